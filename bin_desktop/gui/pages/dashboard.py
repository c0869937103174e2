"""The dashboard: every network of the zone at a glance, what waits on whom, search and filters.

Two loads, both in the database worker: the zone summary (counts per state and the "needs
action" list, over all networks) on refresh, and the table rows whenever the search, a filter or
the sort order changes (SQL filters, core sorts). Results that arrive after a newer request was
made are dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import zone as zone_service
from bin_desktop.core.dashboard import (
    DashboardFilter,
    DashboardRow,
    NeedsAction,
    SortKey,
    load_rows,
    needs_action,
    state_counts,
)
from bin_desktop.core.domain import NetworkType
from bin_desktop.core.lifecycle import State
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Municipality
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dashboard_model import DashboardModel
from bin_desktop.gui.labels import network_type_label, state_label
from bin_desktop.gui.needs_action_model import NeedsActionModel
from bin_desktop.gui.table_model import ID_ROLE, SIZE_HINT_ROWS
from bin_desktop.gui.widgets import FlowWidget, setup_list_view

SEARCH_DELAY_MS = 150
_NEEDS_ROWS = 5


@dataclass(frozen=True)
class Summary:
    counts: dict[State, int]
    needs_action: list[NeedsAction]
    municipalities: list[tuple[str, str]]  # (id, display name)
    total: int


def load_summary(db: Database, overdue_days: int, sort: SortKey, descending: bool,
                 today: dt.date | None = None) -> tuple[Summary, list[DashboardRow]]:
    """Runs in the database worker. The unfiltered rows double as the table's rows."""
    with db.read() as session:
        rows = load_rows(session, DashboardFilter(), sort, descending, today=today)
    municipalities: list[Municipality] = zone_service.list_municipalities(db)
    return Summary(state_counts(rows), needs_action(rows, overdue_days), [
        (m.id, m.display_name()) for m in municipalities
    ], len(rows)), rows


def load_table(db: Database, flt: DashboardFilter, sort: SortKey, descending: bool,
               today: dt.date | None = None) -> list[DashboardRow]:
    """Runs in the database worker."""
    with db.read() as session:
        return load_rows(session, flt, sort, descending, today=today)


class DashboardPage(QWidget):
    openNetwork = Signal(str)  # noqa: N815 - Qt naming
    #: The table shows the rows of the latest request.
    loaded = Signal()
    #: The zone summary (counts, needs action, total) arrived.
    summaryLoaded = Signal(int)  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self._generation = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_table)
        self._chips: dict[State, QToolButton] = {}
        self._total: int | None = None
        self._build()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)

        self.no_zone_label = QLabel(self.tr(
            "This data folder has no police zone yet. Start BIN Desk with --demo to try it "
            "with example data."
        ))
        self.no_zone_label.setWordWrap(True)
        self.no_zone_label.setVisible(self.ctx.zone is None)
        layout.addWidget(self.no_zone_label)

        states_box = QGroupBox(self.tr("Networks per state"))
        states_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box_layout = QVBoxLayout(states_box)
        box_layout.setContentsMargins(8, 4, 8, 6)
        chips = FlowWidget()  # as many rows as the language's words need
        box_layout.addWidget(chips)
        for state in State:
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setProperty("chip", True)
            chip.clicked.connect(lambda checked, s=state: self._chip_clicked(s, checked))
            chips.add(chip)
            self._chips[state] = chip
        self._set_chip_counts(dict.fromkeys(State, 0))
        layout.addWidget(states_box)

        needs_box = QGroupBox(self.tr("Needs action"))
        needs_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        needs_layout = QVBoxLayout(needs_box)
        needs_layout.setContentsMargins(6, 4, 6, 6)
        self.needs_model = NeedsActionModel(self)
        self.needs_view = QListView()
        self.needs_view.setModel(self.needs_model)
        self.needs_view.setAccessibleName(self.tr("Networks that need action"))
        self.needs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs_view.setUniformItemSizes(True)
        self.needs_view.setFixedHeight(self.fontMetrics().lineSpacing() * _NEEDS_ROWS + 10)
        self.needs_view.activated.connect(self._open_needs_action)
        self.needs_view.setToolTip(self.tr("Double-click to open the network"))
        needs_layout.addWidget(self.needs_view)
        layout.addWidget(needs_box)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search name, municipality, street or postcode"))
        self.search_edit.setAccessibleName(self.tr("Search networks"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        filters.addWidget(self.search_edit, 2)

        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Filter by state"))
        self.state_combo.addItem(self.tr("All states"), None)
        for state in State:
            self.state_combo.addItem(state_label(state), state.value)
        self.state_combo.currentIndexChanged.connect(self._state_filter_changed)
        filters.addWidget(self.state_combo, 1)

        self.municipality_combo = QComboBox()
        self.municipality_combo.setAccessibleName(self.tr("Filter by municipality"))
        self.municipality_combo.addItem(self.tr("All municipalities"), None)
        self.municipality_combo.currentIndexChanged.connect(self.reload_table)
        filters.addWidget(self.municipality_combo, 1)

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Filter by type"))
        self.type_combo.addItem(self.tr("All types"), None)
        for network_type in NetworkType:
            self.type_combo.addItem(network_type_label(network_type), network_type.value)
        self.type_combo.currentIndexChanged.connect(self.reload_table)
        filters.addWidget(self.type_combo, 1)

        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.clear_button.text())
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        for combo in (self.state_combo, self.municipality_combo, self.type_combo):
            # Sized by the layout, not by the longest entry: long municipality names and
            # long languages must not widen the window (the open list shows them whole).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        layout.addLayout(filters)

        self.model = DashboardModel(self.ctx.overdue_days, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Networks of the zone"))
        self.view.setModel(self.model)
        setup_list_view(self.view)
        header = self.view.horizontalHeader()
        # Columns are sized to their contents once, on the first rows; measuring them again on
        # every keystroke of a search would cost more than the query itself.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._columns_sized = False
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.sortRequested.connect(self.reload_table)
        self.view.activated.connect(self._open_row)
        layout.addWidget(self.view, 1)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of networks shown"))
        layout.addWidget(self.count_label)

    # -- state chips -------------------------------------------------------------------------
    def _set_chip_counts(self, counts: dict[State, int]) -> None:
        for state, chip in self._chips.items():
            count = counts.get(state, 0)
            chip.setText(f"{state_label(state)}  {count}")
            chip.setToolTip(self.tr("{state}: {count} networks. Click to show only these.")
                            .format(state=state_label(state), count=count))
            chip.setAccessibleName(self.tr("{state}: {count} networks")
                                   .format(state=state_label(state), count=count))
            chip.setProperty("empty", count == 0)
            chip.style().unpolish(chip)
            chip.style().polish(chip)

    def _chip_clicked(self, state: State, checked: bool) -> None:
        index = self.state_combo.findData(state.value) if checked else 0
        self.state_combo.setCurrentIndex(index)

    @Slot(int)
    def _state_filter_changed(self, _index: int) -> None:
        selected = self.state_combo.currentData()
        for state, chip in self._chips.items():
            chip.setChecked(state.value == selected)
        self.reload_table()

    # -- filters -----------------------------------------------------------------------------
    def current_filter(self) -> DashboardFilter:
        state = self.state_combo.currentData()
        return DashboardFilter(
            search=self.search_edit.text(),
            states=frozenset({state}) if state else frozenset(),
            municipality_id=self.municipality_combo.currentData(),
            network_type=self.type_combo.currentData(),
        )

    @Slot()
    def clear_filters(self) -> None:
        for widget in (self.state_combo, self.municipality_combo, self.type_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._state_filter_changed(0)

    @Slot()
    def _search_now(self) -> None:
        self._search_timer.stop()
        self.reload_table()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- loading -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Reload the zone summary and the table (after a change, F5)."""
        unfiltered = self.current_filter() == DashboardFilter()
        self._generation += 1
        generation = self._generation
        sort, descending = self.model.sort_key, self.model.descending
        self.ctx.tasks.run(
            lambda: load_summary(self.ctx.db, self.ctx.overdue_days, sort, descending,
                                 self.today),
            lambda loaded: self._show_summary(loaded[0], loaded[1] if unfiltered else None,
                                              generation),
            owner=self, parent=self)
        if not unfiltered:
            self.reload_table()

    @Slot()
    def reload_table(self) -> None:
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        sort, descending = self.model.sort_key, self.model.descending
        self.ctx.tasks.run(
            lambda: load_table(self.ctx.db, flt, sort, descending, self.today),
            lambda rows: self._show_rows(generation, rows), owner=self, parent=self,
        )

    def _show_summary(self, summary: Summary, rows: list[DashboardRow] | None,
                      generation: int) -> None:
        self._set_chip_counts(summary.counts)
        self.needs_model.set_items(summary.needs_action)
        self._total = summary.total
        current = self.municipality_combo.currentData()
        self.municipality_combo.blockSignals(True)
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("All municipalities"), None)
        for municipality_id, name in summary.municipalities:
            self.municipality_combo.addItem(name, municipality_id)
        self.municipality_combo.setCurrentIndex(
            max(0, self.municipality_combo.findData(current)) if current else 0)
        self.municipality_combo.blockSignals(False)
        self.summaryLoaded.emit(summary.total)
        if rows is not None:
            self._show_rows(generation, rows)

    def _show_rows(self, generation: int, rows: list[DashboardRow]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        selected = self.selected_network_id()
        self.model.set_rows(rows)
        if rows and not self._columns_sized:
            self._columns_sized = True
            for column in range(1, self.model.columnCount()):
                self.view.resizeColumnToContents(column)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.view.selectRow(row)
        total = self._total
        if total is not None and total != len(rows):
            self.count_label.setText(self.tr("{shown} of {total} networks").format(
                shown=len(rows), total=total))
        else:
            self.count_label.setText(self.tr("%n network(s)", "", len(rows)))
        self.loaded.emit()

    # -- opening -----------------------------------------------------------------------------
    def selected_network_id(self) -> str | None:
        indexes = self.view.selectionModel().selectedRows()
        return str(indexes[0].data(ID_ROLE)) if indexes else None

    @Slot(QModelIndex)
    def _open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.openNetwork.emit(str(index.data(ID_ROLE)))

    @Slot(QModelIndex)
    def _open_needs_action(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.openNetwork.emit(str(index.data(ID_ROLE)))
