"""The dashboard's table: one core `DashboardRow` per network.

Sorting is asked from core: a click on a header calls `sort()`, which only records the key and
emits `sortRequested`; the page reloads the rows through the database worker with that key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from bin_desktop.core.dashboard import DashboardRow, SortKey
from bin_desktop.core.lifecycle import Actor, Task
from bin_desktop.gui.labels import (
    actor_label,
    format_date,
    network_type_label,
    network_type_short_label,
    state_label,
    task_sentence,
)
from bin_desktop.gui.table_model import Column, Index, RowsModel

OVERDUE_FOREGROUND = QColor("#9b1c1c")
OVERDUE_BACKGROUND = QColor("#fde8e8")

#: Column order of the dashboard and the core sort key of each column.
SORT_KEYS = (
    SortKey.NAME,
    SortKey.TYPE,
    SortKey.MUNICIPALITY,
    SortKey.STATE,
    SortKey.NEXT_ACTOR,
    SortKey.WAITING_DAYS,
    SortKey.MEMBERS,
    SortKey.SIGNATURES,
    SortKey.LAST_MESSAGE,
    SortKey.EVALUATION_DUE,
)
WAITING_COLUMN = SORT_KEYS.index(SortKey.WAITING_DAYS)
EVALUATION_COLUMN = SORT_KEYS.index(SortKey.EVALUATION_DUE)


class DashboardModel(RowsModel):
    sortRequested = Signal(object, bool)  # noqa: N815 - (SortKey, descending)

    def __init__(self, overdue_days: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overdue_days = overdue_days
        self.sort_key = SortKey.NAME
        self.descending = False

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Type"), lambda r: network_type_short_label(r.type),
                   tooltip=lambda r: network_type_label(r.type)),
            Column(self.tr("Municipality"), lambda r: r.municipality),
            Column(self.tr("State"), lambda r: state_label(r.state),
                   tooltip=self._state_tooltip),
            Column(self.tr("Next actor"), self._actor, tooltip=self._task_tooltip),
            Column(self.tr("Waiting (days)"), self._waiting, numeric=True,
                   tooltip=self._task_tooltip),
            Column(self.tr("Members"), self._members, numeric=True, tooltip=self._members_tooltip),
            Column(self.tr("Signatures"), self._signatures, numeric=True),
            Column(self.tr("Last message"), lambda r: format_date(r.last_message)),
            Column(self.tr("Evaluation due"), lambda r: format_date(r.evaluation_due),
                   tooltip=self._evaluation_tooltip),
        ]

    # -- cells -------------------------------------------------------------------------------
    @staticmethod
    def _actor(row: DashboardRow) -> str:
        return "" if row.next.actor == Actor.NOBODY else actor_label(row.next.actor)

    @staticmethod
    def _waiting(row: DashboardRow) -> str:
        days = row.waiting_days
        return "" if days is None or row.next.task == Task.NONE else str(days)

    def _members(self, row: DashboardRow) -> str:
        if row.pending_members:
            return self.tr("{count} (+{pending} pending)").format(
                count=row.members, pending=row.pending_members)
        return str(row.members)

    @staticmethod
    def _signatures(row: DashboardRow) -> str:
        return f"{row.signatures_done}/{row.signatures_needed}" if row.signatures_needed else ""

    def _state_tooltip(self, row: DashboardRow) -> str:
        return self.tr("Since {date}").format(date=format_date(row.state_since))

    def _task_tooltip(self, row: DashboardRow) -> str:
        if row.next.task == Task.NONE or row.waiting_days is None:
            return ""
        return task_sentence(row.next.task, row.name, row.next.actor, row.waiting_days)

    def _members_tooltip(self, row: DashboardRow) -> str:
        return self.tr("{count} members, {pending} waiting for review").format(
            count=row.members, pending=row.pending_members)

    def _evaluation_tooltip(self, row: DashboardRow) -> str:
        return self.tr("Evaluation overdue") if row.evaluation_overdue else ""

    def is_overdue(self, row: DashboardRow, column: int) -> bool:
        if column == EVALUATION_COLUMN:
            return row.evaluation_overdue
        if column == WAITING_COLUMN:
            days = row.waiting_days
            return row.next.task != Task.NONE and days is not None and days >= self.overdue_days
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return super().data(index, role)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.FontRole):
            if not index.isValid() or not 0 <= index.row() < len(self._rows):
                return None
            if not self.is_overdue(self._rows[index.row()], index.column()):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            text = super().data(index, role)
            if text and 0 <= index.row() < len(self._rows) and self.is_overdue(
                    self._rows[index.row()], index.column()):
                return self.tr("{text} (overdue)").format(text=text)
            return text
        return super().data(index, role)

    # -- sorting by core ---------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sortRequested.emit(self.sort_key, self.descending)
