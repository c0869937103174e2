"""Conflicts: two people changed the same thing without seeing each other's change.

Every replica lists the same conflicts (core's merge is deterministic): both values, who and
when, the value that was kept and by which rule. "Keep the other value" is a new operation like
any other edit, so once synced the other devices take the value and see the conflict settled.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from bin_desktop.core.store.models import Network
from bin_desktop.core.sync.conflicts import conflict_rows, keep_other
from bin_desktop.core.sync.merge import Rule
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.labels import format_datetime
from bin_desktop.gui.table_model import SIZE_HINT_ROWS, Column, Index, RowsModel, sorting_proxy
from bin_desktop.gui.widgets import setup_list_view


@dataclass(frozen=True)
class Side:
    """One of the two edits."""

    value: Any
    by: str
    at: dt.datetime | None
    device_id: str


@dataclass(frozen=True)
class ConflictRow:
    id: str
    entity: str
    entity_id: str
    #: the network it is about (for a network, its own name), "" when unknown here
    network_name: str
    field: str
    rule: str
    resolved: bool
    kept: Side
    other: Side


def _side(data: dict[str, Any]) -> Side:
    try:
        at = dt.datetime.fromisoformat(data["at"]) if data.get("at") else None
    except ValueError:
        at = None
    return Side(data.get("value"), str(data.get("by") or ""), at, str(data.get("device_id")))


def load_conflicts(ctx: AppContext, include_resolved: bool) -> list[ConflictRow]:
    """Runs in the database worker: core's conflicts with the names of their networks."""
    found = conflict_rows(ctx.db, include_resolved=include_resolved)
    network_ids = {r["network_id"] for r in found if r["network_id"]}
    with ctx.db.read() as session:
        names = {nid: name for nid, name in session.execute(
            select(Network.id, Network.name).where(Network.id.in_(network_ids)))}
    return [ConflictRow(r["id"], r["entity"], r["entity_id"],
                        names.get(r["network_id"] or "", ""), r["field"], r["rule"],
                        bool(r["resolved"]), _side(r["winner"]), _side(r["loser"]))
            for r in found]


#: "Resolved" or "To look at": shown with "Show resolved" only
STATUS_COLUMN = 7


class ConflictsModel(RowsModel):
    def __init__(self, this_device: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.this_device = this_device

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("What"), self.what),
            Column(self.tr("Field"), lambda r: self.field_label(r.field),
                   tooltip=lambda r: r.field),
            Column(self.tr("Value kept"), lambda r: self.value_text(r, r.kept),
                   tooltip=lambda r: self.value_text(r, r.kept)),
            Column(self.tr("Kept: by, when"), lambda r: self.who(r.kept),
                   sort=lambda r: r.kept.at.isoformat() if r.kept.at else "",
                   tooltip=lambda r: f"{self.who(r.kept)}\n{self.device(r.kept)}"),
            Column(self.tr("Other value"), lambda r: self.value_text(r, r.other),
                   tooltip=lambda r: self.value_text(r, r.other)),
            Column(self.tr("Other: by, when"), lambda r: self.who(r.other),
                   sort=lambda r: r.other.at.isoformat() if r.other.at else "",
                   tooltip=lambda r: f"{self.who(r.other)}\n{self.device(r.other)}"),
            Column(self.tr("Rule"), self.rule_text),
            Column(self.tr("Status"), lambda r: self.tr("Resolved") if r.resolved
                   else self.tr("To look at")),
        ]

    def what(self, row: ConflictRow) -> str:
        name = row.network_name or row.entity_id[-12:]
        if row.entity == "network":
            return name
        if row.entity == "member":
            return self.tr("Member of {network}").format(network=name)
        if row.entity == "network_contact":
            return self.tr("Contact of {network}").format(network=name)
        return f"{row.entity} {row.entity_id[-12:]}"

    def field_label(self, field: str) -> str:
        labels = {
            "name": self.tr("Name"), "description": self.tr("Description"),
            "streets": self.tr("Streets"), "postcodes": self.tr("Postcodes"),
            "channels": self.tr("Channels"), "languages": self.tr("Languages"),
            "status": self.tr("Status"), "full_name": self.tr("Name"),
            "email": self.tr("E-mail"), "phone_e164": self.tr("Phone"),
            "deleted": self.tr("Deleted"), "type": self.tr("Type"),
            "mandated_officer_id": self.tr("Mandated officer"),
        }
        return labels.get(field, field)

    def value_text(self, row: ConflictRow, side: Side) -> str:
        value = side.value
        if row.rule == Rule.TOMBSTONE and side is row.kept:
            return self.tr("(deleted)")
        if value is None or value in ("", []):
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def who(self, side: Side) -> str:
        when = format_datetime(side.at)
        if side.device_id == self.this_device:
            return self.tr("{who}, {when}, here").format(
                who=side.by or self.tr("unknown"), when=when)
        return self.tr("{who}, {when}").format(who=side.by or self.tr("unknown"), when=when)

    def device(self, side: Side) -> str:
        if side.device_id == self.this_device:
            return self.tr("Made on this computer")
        return self.tr("Made on device {id}").format(id=side.device_id)

    def rule_text(self, row: ConflictRow) -> str:
        texts = {
            Rule.LWW: self.tr("The later change wins"),
            Rule.TOMBSTONE: self.tr("A deletion wins over a change"),
            Rule.ADD_WINS: self.tr("Staying a member wins over leaving"),
        }
        return texts.get(row.rule, row.rule)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and 0 <= index.row() < self.rowCount() and self.row_at(index.row()).resolved):
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return super().data(index, role)


class ConflictsPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.tr("Conflicts"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "Two people changed the same thing without seeing each other's change (one of them "
            "was offline, say). Every computer of the zone kept the same value, by the rule "
            "shown. If the other value is the right one, select the row and keep it: that is a "
            "new change, sent to the other computers at the next sync."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = ConflictsModel(ctx.db.device_id, self)
        self.proxy = sorting_proxy(self.model, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.setModel(self.proxy)
        setup_list_view(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        for column in (2, 3, 4, 5):  # both values and sides share what the window has
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view, 1)

        actions = QHBoxLayout()
        self.show_resolved = QCheckBox(self.tr("Show &resolved"))
        self.show_resolved.setAccessibleName(self.tr("Show resolved conflicts"))
        self.show_resolved.toggled.connect(self._show_resolved_toggled)
        actions.addWidget(self.show_resolved)
        self.count_label = QLabel()
        actions.addWidget(self.count_label, 1)
        self.keep_button = QPushButton(self.tr("&Keep the other value"))
        self.keep_button.setAccessibleName(self.tr("Keep the other value"))
        self.keep_button.clicked.connect(self.keep_other)
        actions.addWidget(self.keep_button)
        layout.addLayout(actions)
        self.view.setColumnHidden(STATUS_COLUMN, True)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        include = self.show_resolved.isChecked()
        self.ctx.tasks.run(lambda: load_conflicts(self.ctx, include), self._show, owner=self,
                           parent=self)

    @Slot(bool)
    def _show_resolved_toggled(self, checked: bool) -> None:
        self.view.setColumnHidden(STATUS_COLUMN, not checked)
        self.refresh()

    def _show(self, rows: list[ConflictRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        open_count = sum(1 for r in rows if not r.resolved)
        self.count_label.setText(self.tr("%n conflict(s) to look at", "", open_count))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.loaded.emit()

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> ConflictRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row()) if source.isValid() else None

    def select(self, conflict_id: str) -> bool:
        row = self.model.row_of(conflict_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        return True

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        tip = ""
        enabled = row is not None and not row.resolved and row.rule != Rule.TOMBSTONE
        if row is None:
            tip = self.tr("Select a conflict first.")
        elif row.rule == Rule.TOMBSTONE:
            tip = self.tr("The row was deleted: a deleted row cannot take the other value. "
                          "Create it again if it is still needed.")
        elif row.resolved:
            tip = self.tr("This conflict was already settled.")
        elif not self.ctx.actor_id:
            enabled = False
            tip = self.tr("Nobody is selected as operator: changes are refused.")
        else:
            tip = self.tr("Give the field the other value: a new change, sent to the other "
                          "computers at the next sync.")
        self.keep_button.setEnabled(enabled)
        self.keep_button.setToolTip(tip)

    @Slot(QModelIndex)
    def _activated(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        if self.keep_button.isEnabled():
            self.keep_other()

    # -- keeping the other value -------------------------------------------------------------
    @Slot()
    def keep_other(self) -> None:
        row = self.selected()
        if row is None or not self.keep_button.isEnabled():
            return
        self.keep_button.setEnabled(False)  # one click, one operation
        actor, db = self.ctx.actor_id, self.ctx.db
        self.ctx.tasks.run(lambda: keep_other(db, actor, row.id), self._kept,
                           self._keep_failed, owner=self, parent=self)

    def _kept(self, _changed: dict[str, Any]) -> None:
        self.refresh()
        self.ctx.events.networksChanged.emit()  # pages reload; the sync sends it soon

    def _keep_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.ctx.errors.report(exc, self)
