"""Small widgets shared by several pages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window.

    A long data-folder path in the status bar must never set the window's minimum width.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint()
                     .height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 8,
                     super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), text)


def setup_list_view(view: QTableView, *, word_wrap: bool = False) -> None:
    """The house style of a read-only list: whole rows selected, one at a time, no editing,
    alternating colours, compact rows without a row header."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(word_wrap)
    view.verticalHeader().setVisible(False)
    if not word_wrap:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)


class FlowWidget(QWidget):
    """Holds widgets left to right and wraps them to a new row when the width runs out.

    For rows of chips or buttons whose texts vary with the language: a grid with a fixed number
    of columns makes the window as wide as its widest column times the columns. A widget that
    places its children itself rather than a QLayout subclass: Python-held layout items can
    outlive the widgets they point to.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._children: list[QWidget] = []
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._children.append(widget)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(width, move=False)

    def sizeHint(self) -> QSize:
        widths = [w.sizeHint().width() for w in self._children]
        width = sum(widths) + self._spacing * max(len(widths) - 1, 0)
        return QSize(width, self._arrange(width, move=False))

    def minimumSizeHint(self) -> QSize:
        widest = max((w.sizeHint().width() for w in self._children), default=0)
        return QSize(widest, self._arrange(widest, move=False))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width(), move=True)

    def _arrange(self, width: int, *, move: bool) -> int:
        """Places the children (when `move`) and returns the height they take at `width`."""
        x = y = row_height = 0
        for widget in self._children:
            if widget.isHidden():
                continue
            hint = widget.sizeHint()
            if x > 0 and x + hint.width() > width:
                x, y, row_height = 0, y + row_height + self._spacing, 0
            if move:
                widget.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height
