"""What the charter and the letters share: page size, type styles, free text, the page canvas.

One look for every document the zone sends out, and one place where "page X of Y" and the
PDF's Info dictionary are made.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]
    PDFDate,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFString,
)
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from bin_desktop.core.documents import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 24 * mm  # the footer lives in the bottom margin
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6770")
RULE = colors.HexColor("#c5ced8")
SHADE = colors.HexColor("#eef2f6")
FIELD = colors.HexColor("#f7f9fb")

PRODUCER = "BIN Desk"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kicker: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    street: ParagraphStyle


@cache
def styles() -> Styles:
    """Built once, after the fonts are registered: reportlab styles are plain, shared values."""
    fonts.register_fonts()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=13.2,
                          spaceAfter=5, alignment=TA_LEFT, textColor=colors.black)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11, spaceAfter=0,
                             textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.4, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=fonts.BOLD, fontSize=8.8,
                                 leading=11.4, spaceAfter=0),
        title=ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=20,
                             leading=24, textColor=ACCENT, spaceAfter=3),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=15.5,
                                textColor=ACCENT, spaceAfter=2),
        kicker=ParagraphStyle("kicker", parent=body, fontSize=8.5, leading=11,
                              textColor=MUTED, spaceAfter=6),
        heading=ParagraphStyle("heading", parent=body, fontName=fonts.BOLD, fontSize=11.5,
                               leading=14.5, textColor=ACCENT, spaceBefore=10, spaceAfter=5,
                               keepWithNext=1),
        subheading=ParagraphStyle("subheading", parent=body, fontName=fonts.BOLD,
                                  fontSize=9.5, leading=12.5, spaceBefore=5, spaceAfter=3,
                                  keepWithNext=1),
        street=ParagraphStyle("street", parent=body, fontSize=8.8, leading=11.2, spaceAfter=0),
    )


def cap(text: str) -> str:
    """First letter upper case: labels are stored as they read inside a sentence."""
    return text[:1].upper() + text[1:]


def markup(text: str) -> str:
    """Plain text made safe for a reportlab Paragraph (which parses a little XML)."""
    return escape(text)


_BULLET = re.compile(r"^\s*[-•*]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")


def text_flowables(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """The officer's free text as paragraphs and lists.

    A blank line starts a paragraph, "- " a bullet and "1. " a numbered item; a line that
    continues neither keeps its line break. Free text is plain text, never markup.
    """
    style = style or styles().body
    result: list[Flowable] = []
    lines: list[str] = []
    items: list[str] = []
    numbered = False

    def flush_lines() -> None:
        if lines:
            result.append(Paragraph("<br/>".join(markup(line) for line in lines), style))
            lines.clear()

    def flush_items() -> None:
        if items:
            result.append(item_list(items, numbered, style))
            items.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        number = _NUMBERED.match(line)
        item = number or _BULLET.match(line)
        if not line.strip():
            flush_lines()
            flush_items()
        elif item is not None:
            flush_lines()
            if items and numbered != (number is not None):
                flush_items()
            numbered = number is not None
            items.append(item.group(item.lastindex or 0))  # the last group is the text
        elif items:
            items[-1] += " " + line.strip()  # a wrapped item line
        else:
            lines.append(line)
    flush_lines()
    flush_items()
    return result


def item_list(items: list[str], numbered: bool = False,
              style: ParagraphStyle | None = None) -> Flowable:
    """A bulleted (or numbered) list of plain-text items."""
    style = style or styles().body
    item_style = ParagraphStyle(f"{style.name}-item", parent=style, spaceAfter=1.5)
    flowables = [ListItem(Paragraph(markup(item), item_style)) for item in items]
    if numbered:
        return ListFlowable(flowables, bulletType="1", bulletFormat="%s.",
                            bulletFontName=style.fontName, bulletFontSize=style.fontSize,
                            leftIndent=16, spaceAfter=style.spaceAfter)
    return ListFlowable(flowables, bulletType="bullet", start="•",
                        bulletFontName=style.fontName, bulletFontSize=style.fontSize,
                        leftIndent=13, spaceAfter=style.spaceAfter)


class Line(Flowable):
    """A short plain text (a street name) that wraps only when it must.

    BalancedColumns re-measures its content many times while it balances the columns; a
    Paragraph re-parses on every measure (60 % of a charter's render time with 40 streets),
    this caches the line breaks per width.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines: tuple[float, list[str]] | None = None

    def _broken(self, width: float) -> list[str]:
        if self._lines is None or self._lines[0] != width:
            self._lines = (width, simpleSplit(self.text, self.style.fontName,
                                              self.style.fontSize, width) or [""])
        return self._lines[1]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, len(self._broken(available_width)) * self.style.leading

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        lines = self._broken(self.width)
        top = len(lines) * self.style.leading
        for index, text in enumerate(lines):  # baselines where a Paragraph puts them
            canvas.drawString(0, top - self.style.fontSize - index * self.style.leading, text)


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle in our font: reportlab sets every cell's font, Helvetica unless told, and
    Helvetica would then land in the PDF as a font that is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def gap(height: float) -> Spacer:
    return Spacer(1, height)


def fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with an ellipsis to fit `width`: a footer line must never overflow."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Info(PDFInfo):
    """reportlab's Info dictionary plus our own keys (reportlab writes only the standard ones).

    The keys tie a PDF that comes back signed to the charter version it was printed from.
    """

    def __init__(self, extra: Mapping[str, str]) -> None:
        super().__init__()
        self.extra = dict(extra)

    def format(self, document: Any) -> bytes:
        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "CreationDate": PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter),
            "ModDate": PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter),
            "Trapped": PDFName(self.trapped),
        }
        for key, value in self.extra.items():
            entries[key.lstrip("/")] = PDFString(value)
        return PDFDictionary(entries).format(document)


PageDecorator = Callable[[Canvas, int, int], None]


def build_pdf(story: list[Flowable], decorate: PageDecorator, *, title: str, author: str,
              subject: str, keywords: str, language: str,
              info: Mapping[str, str] | None = None) -> bytes:
    """Lay out `story` on A4 pages, decorate every page, return the PDF bytes.

    The frame has no inner padding, so FRAME_WIDTH is exactly the width flowables get.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject,
        keywords=keywords, creator=PRODUCER, producer=PRODUCER, lang=language,
        initialFontName=fonts.REGULAR)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(story, canvasmaker=lambda *args, **kwargs: DocumentCanvas(
        *args, decorate=decorate, info=info, **kwargs))
    return buffer.getvalue()


class DocumentCanvas(Canvas):
    """Holds every page back until the end, so that each page can say "page X of Y".

    The usual alternative, building twice, doubles the render time. Also installs the Info
    dictionary with our own keys.
    """

    def __init__(self, *args: Any, decorate: PageDecorator,
                 info: Mapping[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = _Info(info or {})
        self._held_pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()
