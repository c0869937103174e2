"""Read-only overview pages: networks, member counts, messages and charters of the zone.

Each page is a title, one sentence on what it shows, and a sortable table whose rows come from
a bin_desktop.core.overview query run in the database worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bin_desktop.core import overview
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.overview_models import (
    ChartersModel,
    NetworksModel,
)
from bin_desktop.gui.table_model import ID_ROLE, SIZE_HINT_ROWS, RowsModel, sorting_proxy
from bin_desktop.gui.widgets import setup_list_view


class OverviewPage(QWidget):
    """A title, an explanation and a table; `query` runs in the database worker."""

    loaded = Signal()
    openNetwork = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, ctx: AppContext, title: str, intro: str, model: RowsModel,
                 query: Callable[[Session], Sequence[Any]], stretch_column: int,
                 opens_network: bool,
                 sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.model.setParent(self)
        self._query = query
        self._opens_network = opens_network
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.proxy = sorting_proxy(model, self)
        self.view = QTableView()
        self.view.setAccessibleName(title)
        self.view.setModel(self.proxy)
        setup_list_view(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, sort_order)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

    @Slot()
    def refresh(self) -> None:
        def job() -> Sequence[Any]:
            with self.ctx.db.read() as session:
                return self._query(session)

        self.ctx.tasks.run(job, self._show, owner=self, parent=self)

    def _show(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n row(s)", "", len(rows)))
        self.loaded.emit()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self._opens_network and index.isValid():
            self.openNetwork.emit(str(index.data(ID_ROLE)))


def networks_page(ctx: AppContext) -> OverviewPage:
    return OverviewPage(
        ctx, QCoreApplication.translate("OverviewPage", "Networks"),
        QCoreApplication.translate(
            "OverviewPage", "Every network of the zone with its state and territory. "
            "Double-click a network to open it."),
        NetworksModel(), overview.list_networks, stretch_column=0, opens_network=True)


def charters_page(ctx: AppContext) -> OverviewPage:
    return OverviewPage(
        ctx, QCoreApplication.translate("OverviewPage", "Charters"),
        QCoreApplication.translate(
            "OverviewPage", "The current charter of every network: its version, its status, "
            "the signatures collected and who has been asked to sign since when. Double-click "
            "a network to open its charter."),
        ChartersModel(), overview.charter_overview, stretch_column=0, opens_network=True)
