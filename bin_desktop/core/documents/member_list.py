"""The member list as PDF, for the coordinator (minimum data, one line per member)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Table  # type: ignore[import-untyped]

from bin_desktop.core.documents import fonts
from bin_desktop.core.documents.layout import (
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    PAGE_WIDTH,
    RULE,
    build_pdf,
    fit,
    markup,
    styles,
    table_style,
)

_TEXTS = {
    "nl": ("Ledenlijst", "Naam", "Adres", "Telefoon", "E-mail", "Taal",
           "{count} leden · opgemaakt op {date} · vertrouwelijk: enkel voor de werking van het BIN",
           "pagina {page} van {pages}"),
    "fr": ("Liste des membres", "Nom", "Adresse", "Téléphone", "E-mail", "Langue",
           "{count} membres · établie le {date} · confidentiel : uniquement pour le PLP",
           "page {page} sur {pages}"),
    "de": ("Mitgliederliste", "Name", "Adresse", "Telefon", "E-Mail", "Sprache",
           "{count} Mitglieder · erstellt am {date} · vertraulich: nur für das Netzwerk",
           "Seite {page} von {pages}"),
}


@dataclass(frozen=True)
class ListedMember:
    name: str
    address: str
    phone: str
    email: str
    language: str


def render_member_list(network_name: str, zone_name: str, members: Sequence[ListedMember],
                       language: str = "nl", dated: dt.date | None = None) -> bytes:
    title, *columns, summary, page_label = _TEXTS.get(language, _TEXTS["nl"])
    st = styles()
    dated = dated or dt.date.today()
    # a dense list: a smaller size than the charter's tables keeps one member on one line
    cell = ParagraphStyle("list_cell", parent=st.cell, fontSize=7.6, leading=9.4)
    head = ParagraphStyle("list_head", parent=st.cell_bold, fontSize=7.6, leading=9.4)
    rows = [[Paragraph(markup(c), head) for c in columns]]
    rows += [[Paragraph(markup(value), cell) for value in
              (m.name, m.address, m.phone, m.email, m.language)] for m in members]
    table = Table(rows, colWidths=[FRAME_WIDTH * s for s in (0.21, 0.26, 0.15, 0.31, 0.07)],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")))
    story = [Paragraph(markup(f"{title} — {network_name}"), st.subtitle),
             Paragraph(markup(summary.format(count=len(members), date=dated.isoformat())),
                       st.muted), table]

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 7.5)
        text = page_label.format(page=page, pages=pages)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 11 * mm, text)
        canvas.drawString(MARGIN_X, 11 * mm, fit(f"{zone_name} — {network_name}",
                                                 fonts.REGULAR, 7.5, FRAME_WIDTH - 80))
        canvas.restoreState()

    return build_pdf(story, decorate, title=f"{title} — {network_name}", author=zone_name,
                     subject=title, keywords="", language=language)
