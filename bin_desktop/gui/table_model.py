"""A read-only table model over a list of plain rows (the frozen dataclasses core returns).

Each model declares its columns once: a translated title, how a row shows in that column, and
optionally a sort value, a tool tip and whether the column holds numbers (right-aligned). The
rows come from a query run in the database worker and are swapped in as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

#: The id (network, message …) of the row, for opening it.
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: A value that sorts the column correctly (numbers as numbers, dates as ISO strings).
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2

#: Rows a view measures to size its columns to their contents (all 500 would cost a paint).
SIZE_HINT_ROWS = 60

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    numeric: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of one type, shown through `columns()`; subclasses add roles they need."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns = self.columns()
        # Display texts per row, made on first paint: views ask for the same cell many times
        # (size hints, paint, accessibility) and a cell's text is made with translations.
        self._cells: dict[int, tuple[str, ...]] = {}

    # -- to implement ------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def row_id(self, row: Any) -> str:
        return str(row.id)

    # -- rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells.clear()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == row_id), None)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None

    def cell_text(self, row: int, column: int) -> str:
        cells = self._cells.get(row)
        if cells is None:
            record = self._rows[row]
            cells = self._cells[row] = tuple(c.display(record) for c in self._columns)
        return cells[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), index.column())
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title}: {self.cell_text(index.row(), index.column())}"
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            if column.sort:
                return column.sort(row)
            return self.cell_text(index.row(), index.column()).casefold()
        return None


def sorting_proxy(model: RowsModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts a small overview by SORT_ROLE in the view (no query needed)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
