"""Marks the spans of a message's findings in its text editor.

The marks are extra selections of the QPlainTextEdit, not a QSyntaxHighlighter: an extra
selection holds a QTextCursor, which moves with the text as the officer types, so in the short
wait before the next check a mark stays on the words it is about instead of sliding to the
next ones (a highlighter would re-apply stale offsets to every edited line). Setting them does
not touch the document, so the undo stack and the modified flag are left alone.

Core counts positions in Python characters, Qt in UTF-16 code units: an emoji before a finding
would shift every mark after it by one, so spans are converted here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

# Block = red, warn = orange, info = blue: the same colours in the findings list.
SEVERITY_COLOURS = {
    "block": QColor("#c62828"),
    "warn": QColor("#e65100"),
    "info": QColor("#1565c0"),
}
# Painted last, so a blocking mark shows on top of a warning on the same words.
_PAINT_ORDER = {"info": 0, "warn": 1, "block": 2}
_BACKGROUND_ALPHA = 64
# Marks a span as a finding's (QTextFormat user property), to tell them from other selections.
SEVERITY_PROPERTY = int(QTextFormat.Property.UserProperty) + 1


@dataclass(frozen=True)
class Mark:
    """A span of the text (Python indexes, as core gives them) and the finding's severity."""

    start: int
    end: int
    severity: str


def utf16_positions(text: str) -> list[int] | None:
    """For each Python index of text (and its end), the UTF-16 position; None when the text has
    no character outside the Basic Multilingual Plane and the two agree."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) > 0xFFFF else 1))
    return positions


def mark_format(severity: str) -> QTextCharFormat:
    colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"])
    fmt = QTextCharFormat()
    background = QColor(colour)
    background.setAlpha(_BACKGROUND_ALPHA)
    fmt.setBackground(background)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(colour)
    fmt.setProperty(SEVERITY_PROPERTY, severity)
    return fmt


class FindingHighlighter:
    """The marks of one editor: `set_marks` after every check."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self.editor = editor
        self._formats = {severity: mark_format(severity) for severity in SEVERITY_COLOURS}
        self._shown: tuple[Mark, ...] = ()
        self._text = ""

    def set_marks(self, text: str, marks: Sequence[Mark]) -> None:
        """Mark the spans of `marks`, found in `text` (the editor's text when it was checked).

        When the editor changed since (the check ran on an older text), nothing is marked until
        the next check: a span of another text would point at the wrong words.
        """
        wanted = tuple(sorted((m for m in marks if m.end > m.start),
                              key=lambda m: (_PAINT_ORDER.get(m.severity, 0), m.start, m.end)))
        if wanted == self._shown and text == self._text:
            return
        self._shown, self._text = wanted, text
        if text != self.editor.toPlainText():
            self.editor.setExtraSelections([])
            return
        positions = utf16_positions(text)
        document = self.editor.document()
        selections = []
        for mark in wanted:
            start = positions[mark.start] if positions else mark.start
            end = positions[mark.end] if positions else mark.end
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._formats.get(mark.severity, self._formats["info"])
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def clear(self) -> None:
        self._shown, self._text = (), ""
        self.editor.setExtraSelections([])

    def marked(self) -> list[tuple[int, int, str]]:
        """(start, end, severity) of every mark now on screen, in editor (UTF-16) positions.

        Read back from the editor, so it is what the officer sees (tests compare it with the
        findings' spans)."""
        return sorted(
            (s.cursor.selectionStart(), s.cursor.selectionEnd(),
             str(s.format.property(SEVERITY_PROPERTY)))
            for s in self.editor.extraSelections())

    def select(self, start: int, end: int) -> None:
        """Select text[start:end] (Python indexes) in the editor and bring it into view."""
        text = self.editor.toPlainText()
        positions = utf16_positions(text)
        length = len(text)
        start, end = min(start, length), min(end, length)
        cursor = self.editor.textCursor()
        cursor.setPosition(positions[start] if positions else start)
        cursor.setPosition(positions[end] if positions else end,
                           QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
