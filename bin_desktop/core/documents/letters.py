"""The letters to ADVP: submitting a charter (or an amended one) and the notices of change.

ADVP keeps the federal register of BINs; it goes stale when a zone does not tell it that a
BIN was suspended, merged or dissolved, because no formal procedure exists. A ready, formal
letter — sender, addressee, reference, subject, signatures, copy to the mayor — removes the
excuse. For a submission it lists who signed and when, and names the enclosed charter by
version and hash, so that ADVP can check it received the very document that was signed.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
)

from bin_desktop.core.documents import fonts
from bin_desktop.core.documents.layout import (
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    PAGE_WIDTH,
    RULE,
    build_pdf,
    cap,
    fit,
    gap,
    item_list,
    markup,
    styles,
    table_style,
    text_flowables,
)
from bin_desktop.core.documents.model import AdvpLetter
from bin_desktop.core.documents.texts import LETTER_KINDS, Vocabulary, vocabulary

#: "1500 Halle" in an address: the town a letter is dated from.
_POSTCODE_TOWN = re.compile(r"\b\d{4}\s+([^\n,;]+)")
_WITH_ENCLOSURE = ("submission", "amendment")


def render_advp_letter(letter: AdvpLetter) -> bytes:
    """The letter as PDF bytes. ValueError for an unknown kind or language."""
    if letter.kind not in LETTER_KINDS:
        raise ValueError(f"unknown letter kind {letter.kind!r}; one of {LETTER_KINDS}")
    vocab = vocabulary(letter.language)
    subject = _subject(letter, vocab)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        _footer(canvas, letter, vocab, page, pages)

    return build_pdf(_story(letter, vocab, subject), decorate, title=subject,
                     author=letter.zone_name, subject=subject, keywords=letter.reference,
                     language=letter.language)


def _subject(letter: AdvpLetter, vocab: Vocabulary) -> str:
    subject = vocab.subjects[letter.kind].format(network=letter.network_name)
    if letter.kind in _WITH_ENCLOSURE and letter.charter_version is not None:
        subject += vocab.subject_version.format(version=letter.charter_version)
    return subject


def _place(letter: AdvpLetter) -> str:
    towns = _POSTCODE_TOWN.findall(letter.zone_address)
    return towns[-1].strip() if towns else letter.municipality


def _footer(canvas: Canvas, letter: AdvpLetter, vocab: Vocabulary, page: int,
            pages: int) -> None:
    canvas.saveState()
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, 15 * mm, right, 15 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 7.5)
    page_text = vocab.footer_page.format(page=page, pages=pages)
    canvas.drawRightString(right, 11 * mm, page_text)
    room = right - left - canvas.stringWidth(page_text, fonts.REGULAR, 7.5) - 12
    reference = f"{letter.zone_name} — {vocab.our_reference}{vocab.colon} {letter.reference}"
    canvas.drawString(left, 11 * mm, fit(reference, fonts.REGULAR, 7.5, room))
    canvas.restoreState()


def _lead(vocab: Vocabulary, label: str) -> str:
    """A bold lead-in label ("Betreft:", "Objet :") as Paragraph markup."""
    return f"<b>{markup(label + vocab.colon)}</b>"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _story(letter: AdvpLetter, vocab: Vocabulary, subject: str) -> list[Flowable]:
    st = styles()
    width = FRAME_WIDTH
    bold = ParagraphStyle("letter-bold", parent=st.body, fontName=fonts.BOLD, spaceAfter=0)
    line = ParagraphStyle("letter-line", parent=st.body, spaceAfter=0)
    right = ParagraphStyle("letter-right", parent=st.body, alignment=TA_RIGHT)

    sender = [Paragraph(markup(letter.zone_name), bold),
              Paragraph(markup(cap(vocab.police_zone.format(number=letter.zone_number))),
                        line)]
    sender += [Paragraph(markup(text), line) for text in _lines(letter.zone_address)]
    addressee = [gap(26)] + [Paragraph(markup(text), bold if i < 1 else line)
                             for i, text in enumerate(vocab.advp_address)]
    header = Table([[sender, addressee]], colWidths=[width * 0.45, width * 0.55])
    header.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ))

    place_date = vocab.place_date.format(place=_place(letter),
                                         date=vocab.format_date(letter.dated))
    role = vocab.label(vocab.operator_roles, letter.sender_role)
    references = Table([
        [Paragraph(markup(vocab.our_reference), st.muted),
         Paragraph(markup(vocab.contact_person), st.muted)],
        [Paragraph(markup(letter.reference), st.cell),
         Paragraph(markup(f"{letter.sender_name}, {role}"), st.cell)],
    ], colWidths=[width * 0.4, width * 0.6], hAlign="LEFT")
    references.setStyle(table_style(
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ))

    since = (vocab.since_date.format(date=vocab.format_date(letter.effective_on))
             if letter.effective_on else vocab.since_now)
    kind_label = vocab.label(vocab.network_kinds, letter.network_type)
    story: list[Flowable] = [
        header, gap(34),
        Paragraph(markup(place_date), right),
        references, gap(16),
        Paragraph(f"{_lead(vocab, vocab.subject_label)} {markup(subject)}",
                  ParagraphStyle("letter-subject", parent=st.body, spaceAfter=12)),
        Paragraph(markup(vocab.salutation), st.body),
        Paragraph(markup(vocab.bodies[letter.kind].format(
            kind=kind_label, network=letter.network_name, municipality=letter.municipality,
            zone=letter.zone_name, since=since)), st.body),
    ]
    if letter.reason.strip():
        story.append(Paragraph(
            _lead(vocab, vocab.reason_labels[letter.kind]), line))
        story.extend(text_flowables(letter.reason.strip()))
    if letter.kind in _WITH_ENCLOSURE and letter.signed_by:
        story.append(Paragraph(markup(vocab.signed_intro), line))
        story.append(item_list([
            vocab.signed_item.format(name=name, date=vocab.format_date(on))
            for name, on in letter.signed_by]))
    story.append(Paragraph(markup(vocab.requests[letter.kind]), st.body))
    story.append(Paragraph(markup(vocab.contact_sentence.format(
        name=letter.sender_name, role=role)), st.body))
    story.append(Paragraph(markup(vocab.closing), st.body))
    story.append(_signatures(letter, vocab, role, width))

    trailer: list[Flowable] = []
    if letter.kind in _WITH_ENCLOSURE and letter.charter_version is not None:
        enclosure = vocab.enclosure.format(version=letter.charter_version,
                                           hash=letter.content_hash or "—")
        trailer.append(Paragraph(
            f"{_lead(vocab, vocab.enclosure_label)} {markup(enclosure)}", st.small))
    if letter.mayor_names:
        copies = "; ".join(vocab.copy_item.format(name=name, municipality=letter.municipality)
                           for name in letter.mayor_names)
        trailer.append(Paragraph(f"{_lead(vocab, vocab.copy_label)} {markup(copies)}", st.small))
    if trailer:
        story.append(gap(14))
        story.append(KeepTogether(trailer))
    return story


def _signatures(letter: AdvpLetter, vocab: Vocabulary, role: str, width: float) -> Flowable:
    """Signature lines for the sending officer and the korpschef, side by side."""
    st = styles()
    name = ParagraphStyle("letter-signer", parent=st.body, fontName=fonts.BOLD, spaceAfter=0)
    blank = "." * 30

    def block(signer: str, title: str) -> list[Flowable]:
        return [gap(44), Paragraph(markup(signer or blank), name),
                Paragraph(markup(cap(title)), st.small)]

    chief = vocab.label(vocab.signatories, "korpschef")
    table = Table([[block(letter.sender_name, role), block(letter.korpschef_name, chief)]],
                  colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ))
    return KeepTogether([table])
