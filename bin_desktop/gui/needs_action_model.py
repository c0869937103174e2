"""The dashboard's short "needs action" list: who has kept a network waiting longest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from bin_desktop.core.dashboard import NeedsAction
from bin_desktop.gui.dashboard_model import OVERDUE_FOREGROUND
from bin_desktop.gui.labels import task_sentence
from bin_desktop.gui.table_model import ID_ROLE, Index


class NeedsActionModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[NeedsAction] = []

    def set_items(self, items: Sequence[NeedsAction]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[NeedsAction]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def sentence(self, item: NeedsAction) -> str:
        return task_sentence(item.task, item.network, item.actor, item.days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠ " if item.overdue else "") + self.sentence(item)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.sentence(item)
            return self.tr("{text} (overdue)").format(text=text) if item.overdue else text
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if role == ID_ROLE:
            return item.network_id
        return None
