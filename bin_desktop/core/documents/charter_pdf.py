"""The charter + internal rules as a PDF, with an empty signature field for every signatory.

The PDF is what the partners sign — on paper or digitally in its fields — and what goes to
ADVP, so it carries its own identity: the network, the version and the content hash, in the
footer of every page (for people) and in the Info dictionary (for `read_metadata`, which ties a
PDF that comes back signed to the charter version it was printed from).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
)
from reportlab.platypus.flowables import (  # type: ignore[import-untyped]
    BalancedColumns,
    HRFlowable,
)

from bin_desktop.core.documents import fonts
from bin_desktop.core.documents.layout import (
    ACCENT,
    FIELD,
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    PAGE_WIDTH,
    RULE,
    SHADE,
    Line,
    build_pdf,
    cap,
    fit,
    gap,
    markup,
    styles,
    table_style,
    text_flowables,
)
from bin_desktop.core.documents.model import (
    META_CONTENT_HASH,
    META_NETWORK,
    META_VERSION,
    SECTION_CODES,
    CharterDocument,
    SignatureFieldSpec,
)
from bin_desktop.core.documents.texts import Vocabulary, vocabulary
from bin_desktop.core.domain import Category, Party

#: What a malformed PDF makes pyHanko's parser raise (see signing/pdf.py).
_PARSE_ERRORS: tuple[type[Exception], ...] = (PdfError, ValueError, LookupError, TypeError)


@dataclass(frozen=True)
class _PlacedField:
    """Where a signature box was drawn: the signature field goes exactly there."""

    name: str
    tooltip: str
    page: int  # 0-based, as pyHanko counts
    box: tuple[int, int, int, int]  # x1, y1, x2, y2 in PDF points


class SignatureBox(Flowable):
    """One signatory's place: role, name, the box to sign in, and lines for date and place.

    It records the page and absolute position of the box while it is drawn, because only the
    layout knows where it ends up; the box is snapped to whole points so that the signature
    field (whose corners pyHanko takes as integers) covers it exactly.
    """

    HEIGHT = 118.0
    BOX_TOP = 40.0  # from the top of the flowable
    BOX_HEIGHT = 58

    def __init__(self, spec: SignatureFieldSpec, vocab: Vocabulary, width: float,
                 placed: dict[str, _PlacedField]) -> None:
        super().__init__()
        self.spec = spec
        self.vocab = vocab
        self.width = width
        self.height = self.HEIGHT
        self.placed = placed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        vocab, top = self.vocab, self.height
        role = cap(vocab.label(vocab.signatories, self.spec.signatory))
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, 9.5)
        canvas.drawString(0, top - 10, fit(role, fonts.BOLD, 9.5, self.width))
        canvas.setFillColor(colors.black if self.spec.signer_name else MUTED)
        canvas.setFont(fonts.REGULAR, 9)
        name = self.spec.signer_name or f"{vocab.name}{vocab.colon} " + "." * 40
        canvas.drawString(0, top - 23, fit(name, fonts.REGULAR, 9, self.width))
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawString(0, top - self.BOX_TOP + 3, vocab.signature)

        box_width = int(self.width)
        box_y = top - self.BOX_TOP - self.BOX_HEIGHT
        x, y = canvas.absolutePosition(0, box_y)
        dx, dy = round(x) - x, round(y) - y
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(FIELD)
        canvas.setLineWidth(0.8)
        canvas.rect(dx, box_y + dy, box_width, self.BOX_HEIGHT, stroke=1, fill=1)
        left, bottom = round(x), round(y)
        tooltip = f"{role}{vocab.colon} {self.spec.signer_name}" if self.spec.signer_name else role
        self.placed[self.spec.field_name] = _PlacedField(
            self.spec.field_name, tooltip, canvas.getPageNumber() - 1,
            (left, bottom, left + box_width, bottom + self.BOX_HEIGHT))

        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 8)
        baseline = box_y - 14
        half = self.width / 2
        for offset, label in ((0.0, vocab.date), (half + 6, vocab.place)):
            text = label + vocab.colon
            canvas.drawString(offset, baseline, text)
            start = offset + canvas.stringWidth(text, fonts.REGULAR, 8) + 4
            end = offset + half - 6 if offset == 0 else self.width
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(start, baseline - 1.5, end, baseline - 1.5)


def render_charter(doc: CharterDocument) -> bytes:
    """The charter as PDF bytes, with one empty signature field per signatory.

    ValueError when two signatories share a field name or the language is not nl, fr or de.
    """
    vocab = vocabulary(doc.language)
    names = [spec.field_name for spec in doc.signatories]
    if len(set(names)) != len(names):
        raise ValueError(f"signature field names must be unique: {names}")
    placed: dict[str, _PlacedField] = {}
    version = vocab.version.format(version=doc.version)
    kind = vocab.label(vocab.network_kinds, doc.network_type)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        _footer(canvas, doc, vocab, version, page, pages)

    pdf = build_pdf(
        _story(doc, vocab, placed), decorate,
        title=f"{vocab.charter_title} — {doc.network_name} ({version})",
        author=doc.zone_name, subject=f"{cap(kind)} {doc.network_name}, {version}",
        keywords=f"{doc.network_name}, {version}, {doc.content_hash}", language=doc.language,
        info={META_NETWORK: doc.network_id, META_VERSION: str(doc.version),
              META_CONTENT_HASH: doc.content_hash})
    missing = [name for name in names if name not in placed]
    if missing:
        raise RuntimeError(f"signature boxes not drawn: {missing}")
    return _with_signature_fields(pdf, [placed[name] for name in names])


def _footer(canvas: Canvas, doc: CharterDocument, vocab: Vocabulary, version: str, page: int,
            pages: int) -> None:
    canvas.saveState()
    right = PAGE_WIDTH - MARGIN_X
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, 16 * mm, right, 16 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 7.5)
    page_text = vocab.footer_page.format(page=page, pages=pages)
    canvas.drawRightString(right, 12 * mm, page_text)
    room = FRAME_WIDTH - canvas.stringWidth(page_text, fonts.REGULAR, 7.5) - 12
    canvas.drawString(MARGIN_X, 12 * mm, fit(
        f"{doc.network_name} — {vocab.charter_title}, {version}", fonts.REGULAR, 7.5, room))
    canvas.drawString(MARGIN_X, 8.6 * mm,
                      vocab.footer_hash.format(hash=doc.content_hash[:16]))
    canvas.restoreState()


def _story(doc: CharterDocument, vocab: Vocabulary,
           placed: dict[str, _PlacedField]) -> list[Flowable]:
    st = styles()
    kind = vocab.label(vocab.network_kinds, doc.network_type)
    version = vocab.version.format(version=doc.version)
    story: list[Flowable] = [
        Paragraph(markup(vocab.zone_line.format(zone=doc.zone_name, number=doc.zone_number)),
                  st.kicker),
        Paragraph(markup(doc.network_name), st.title),
        Paragraph(markup(f"{vocab.charter_title} — {version}"), st.subtitle),
        Paragraph(markup(" · ".join((
            cap(kind), vocab.label(vocab.network_types, doc.network_type),
            vocab.drawn_up_on.format(date=vocab.format_date(doc.generated_on))))), st.muted),
        gap(6),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8),
        Paragraph(markup(vocab.preamble.format(
            kind=kind, network=doc.network_name, zone=doc.zone_name, number=doc.zone_number,
            municipality=doc.municipality)), st.body),
    ]
    number = 0

    def heading(text: str) -> Paragraph:
        nonlocal number
        number += 1
        return Paragraph(markup(f"{number}. {text}"), st.heading)

    story.append(heading(vocab.territory))
    rows = [(vocab.municipality, doc.municipality),
            (vocab.postcodes, ", ".join(doc.postcodes) or "—")]
    if doc.sector:
        rows.append((vocab.sector, doc.sector))
    story.append(_facts(rows))
    # no keepWithNext here: KeepTogether would push a long street list whole to the next page
    story.append(CondPageBreak(60))
    story.append(Paragraph(markup(vocab.streets.format(count=len(doc.streets))),
                           ParagraphStyle("streets", parent=st.subheading, keepWithNext=0)))
    if doc.streets:
        story.append(BalancedColumns([Line(street, st.street) for street in doc.streets],
                                     nCols=3, needed=40, innerPadding=10, leftPadding=0,
                                     rightPadding=0, topPadding=0, bottomPadding=0,
                                     spaceAfter=4))
    else:
        story.append(Paragraph(markup(vocab.no_streets), st.muted))

    story.append(heading(vocab.period))
    start = (vocab.format_date(doc.start_date) if doc.start_date
             else vocab.start_on_confirmation)
    if doc.duration_months is None:
        duration = vocab.indefinite
    elif doc.duration_months == 1:
        duration = vocab.months_one
    else:
        duration = vocab.months_many.format(months=doc.duration_months)
    story.append(_facts([(vocab.start_date, start), (vocab.duration, duration)]))

    story.append(heading(vocab.partners))
    story.append(_partners(doc, vocab))

    for code in SECTION_CODES:
        story.append(heading(vocab.section_headings[code]))
        text = doc.sections.get(code, "").strip()
        story.extend(text_flowables(text) if text else [Paragraph("—", st.muted)])
        if code == "communication_plan":
            story.extend(_communication_plan(doc, vocab))

    story.extend(_signature_page(doc, vocab, placed))
    return story


def _facts(rows: list[tuple[str, str]]) -> Table:
    """A two-column label/value table for the structured facts of the charter."""
    st = styles()
    table = Table([[Paragraph(markup(label), st.cell_bold), Paragraph(markup(value), st.cell)]
                   for label, value in rows], colWidths=[42 * mm, None], hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ))
    return table


def _partners(doc: CharterDocument, vocab: Vocabulary) -> Flowable:
    st = styles()
    if not doc.partners:
        return Paragraph(markup(vocab.no_partners), st.muted)
    header = [Paragraph(markup(label), st.cell_bold) for label in vocab.partner_columns]
    rows: list[list[Flowable]] = [header]
    for partner in doc.partners:
        contact = "<br/>".join(markup(part) for part in (partner.email, partner.phone) if part)
        rows.append([
            Paragraph(markup(cap(vocab.label(vocab.partner_roles, partner.role))), st.cell),
            Paragraph(markup(partner.name), st.cell),
            Paragraph(markup(partner.organisation), st.cell),
            Paragraph(contact, st.cell),
        ])
    widths = [FRAME_WIDTH * share for share in (0.21, 0.20, 0.22, 0.37)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ))
    return table


def _communication_plan(doc: CharterDocument, vocab: Vocabulary) -> list[Flowable]:
    """The agreed categories as a checklist (all of them, so what is NOT agreed shows too)."""
    st = styles()
    codes = [c.value for c in Category]
    codes += [code for code in doc.allowed_categories if code not in codes]
    allowed = set(doc.allowed_categories)
    cells = []
    for code in codes:
        label = markup(vocab.label(vocab.categories, code))
        if code in allowed:
            cells.append(Paragraph(f'<font color="#1f3a5f">☑</font>  {label}', st.cell))
        else:
            cells.append(Paragraph(f'<font color="#8a949c">☐  {label}</font>', st.cell))
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:] + [Paragraph("", st.cell)] * (half - len(cells[half:]))
    checklist = Table([list(pair) for pair in zip(left, right, strict=True)],
                      colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
    checklist.setStyle(table_style(
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ))
    result: list[Flowable] = [
        KeepTogether([Paragraph(markup(vocab.categories_heading), st.subheading), checklist,
                      gap(2), Paragraph(markup(vocab.categories_legend), st.muted)]),
        Paragraph(markup(vocab.channels_heading), st.subheading),
    ]
    if doc.channels:
        rows = [[Paragraph(markup(cap(vocab.label(vocab.channels, code))), st.cell_bold),
                 Paragraph(markup(vocab.channel_use.get(code, "")), st.cell)]
                for code in doc.channels]
        table = Table(rows, colWidths=[42 * mm, None], hAlign="LEFT")
        table.setStyle(table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ))
        result.append(table)
    else:
        result.append(Paragraph(markup(vocab.no_channels), st.muted))
    return result


def _signature_page(doc: CharterDocument, vocab: Vocabulary,
                    placed: dict[str, _PlacedField]) -> list[Flowable]:
    st = styles()
    result: list[Flowable] = [
        PageBreak(),
        Paragraph(markup(vocab.signatures), st.heading),
        Paragraph(markup(vocab.signatures_intro.format(version=doc.version)), st.body),
    ]
    order = [p.value for p in Party]
    parties = order + sorted({s.party for s in doc.signatories} - set(order))
    gutter = 18.0
    width = (FRAME_WIDTH - gutter) / 2
    for party in parties:
        specs = [s for s in doc.signatories if s.party == party]
        if not specs:
            continue
        boxes = [SignatureBox(spec, vocab, width, placed) for spec in specs]
        rows = [boxes[i:i + 2] + [""] * (2 - len(boxes[i:i + 2]))
                for i in range(0, len(boxes), 2)]
        table = Table(rows, colWidths=[width + gutter, width], hAlign="LEFT")
        table.setStyle(table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ))
        heading = vocab.party_headings.get(party, cap(vocab.label(vocab.parties, party)))
        result.append(KeepTogether([
            Paragraph(markup(heading), st.subheading),
            HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=0, spaceAfter=6),
            table,
        ]))
    return result


def _with_signature_fields(pdf: bytes, fields: list[_PlacedField]) -> bytes:
    """Add the empty signature fields over the drawn boxes, as an incremental update.

    reportlab cannot make signature fields; pyHanko can, and the same library signs them
    later, so what it creates here is exactly what it expects to fill.
    """
    if not fields:
        return pdf
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for placed in fields:
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=placed.name, on_page=placed.page, box=placed.box,
            readable_field_name=placed.tooltip))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_metadata(pdf: bytes) -> dict[str, Any]:
    """network_id, version (int) and content_hash of a charter PDF made by `render_charter`.

    Also after the PDF was signed (incremental updates): if a signing tool rewrote the Info
    dictionary without our keys, the earlier revisions still have them. ValueError when the
    bytes are no readable PDF or carry no charter metadata.
    """
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found = None
        # the newest revision first, then back to the one render_charter wrote
        for revision in range(reader.total_revisions - 1, -1, -1):
            found = _charter_keys(reader.get_historical_resolver(revision).trailer_view)
            if found is not None:
                break
    except _PARSE_ERRORS as error:
        raise ValueError(f"not a readable PDF ({error})") from error
    if found is None:
        raise ValueError("the PDF carries no BIN Desk charter metadata (network, version, hash)")
    network, version, content_hash = found
    if not version.isdigit():
        raise ValueError(f"the PDF's charter version is not a number: {version!r}")
    return {"network_id": network, "version": int(version), "content_hash": content_hash}


def _charter_keys(trailer: generic.DictionaryObject) -> tuple[str, str, str] | None:
    info = trailer.get("/Info")
    if info is None:
        return None
    info = info.get_object()
    if not isinstance(info, generic.DictionaryObject):
        return None
    values = [info.get(key) for key in (META_NETWORK, META_VERSION, META_CONTENT_HASH)]
    if any(value is None for value in values):
        return None
    network, version, content_hash = (str(value) for value in values)
    return network, version, content_hash
