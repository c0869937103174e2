"""Members (ui/members_page.ui): the count per network, then one network's list and review queue.

The page opens on the number of members of every network (no names: a list is opened only when
the work needs it). A network's list is a paged model over core's member_page (search, status
filter and sort are SQL queries in the worker), with editing, erasure, the subject access report
and the export for the coordinator. Its review queue holds the rows of imported lists until the
officer approves, fixes, merges or rejects them; a coordinator's file comes in through "Import
list…" or by dropping it on the page, and the mapping dialog confirms how it is read.

Every change runs in the database worker and then announces itself (DataEvents.networksChanged):
the main window reloads this page and marks the dashboard's member counts stale.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bin_desktop.core import overview
from bin_desktop.core.domain import MemberStatus
from bin_desktop.core.errors import BinDeskError
from bin_desktop.core.members import service
from bin_desktop.core.overview import MemberCountRow
from bin_desktop.core.store.database import Database
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.dialogs.advp import TextDialog
from bin_desktop.gui.dialogs.files import report_failure, safe_file_name
from bin_desktop.gui.dialogs.member_edit import EraseMemberDialog, MemberDialog
from bin_desktop.gui.dialogs.member_import import MappingDialog
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.forms.ui_members_page import Ui_MembersForm
from bin_desktop.gui.labels import finding_label, member_status_label, row_status_label
from bin_desktop.gui.member_models import (
    Q_NAME,
    MemberQuery,
    MemberRow,
    MembersModel,
    QueueData,
    QueueModel,
    dropped_values,
    load_queue,
    merge_target,
    row_findings,
)
from bin_desktop.gui.overview_models import MemberCountsModel
from bin_desktop.gui.table_model import ID_ROLE, SIZE_HINT_ROWS, sorting_proxy
from bin_desktop.gui.widgets import setup_list_view

SEARCH_DELAY_MS = 250
_MAX_COLUMN_WIDTH = 320
MEMBER_FILES = "*.xlsx *.xlsm *.csv *.txt"
_MEMBERS_TAB, _QUEUE_TAB = 0, 1


def _load_counts(db: Database) -> list[MemberCountRow]:
    """Runs in the database worker."""
    with db.read() as session:
        return overview.member_counts(session)


def _read_and_try(db: Database, actor: str, network_id: str,
                  path: Path) -> tuple[bytes, str, service.ImportResult]:
    """Runs in the database worker: the file's bytes and a trial run with the guessed mapping."""
    from bin_desktop.core.members.reader import read_file_bytes  # noqa: PLC0415 - openpyxl

    data = read_file_bytes(path)
    return data, path.name, service.import_file(db, actor, network_id, data, path.name,
                                                dry_run=True)


class MembersPage(QWidget):
    #: The per-network counts on screen are fresh.
    overviewLoaded = Signal()  # noqa: N815 - Qt naming
    #: The first page of the member list (after a network, search, filter or sort) is in.
    membersLoaded = Signal()  # noqa: N815
    #: The review queue on screen is fresh.
    queueLoaded = Signal()  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.network_id: str | None = None
        self.counts: list[MemberCountRow] = []
        self.queue: QueueData | None = None
        self._select_after_load: str | None = None  # a queue row to show after a reload
        self._columns_sized = False
        self._queue_sized = False
        self.ui = Ui_MembersForm()
        self.ui.setupUi(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._setup()

    # -- set-up ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        for label, scale in ((ui.overviewTitle, 1.4), (ui.titleLabel, 1.5)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        self.setAcceptDrops(True)

        self.counts_model = MemberCountsModel(self)
        self.counts_proxy = sorting_proxy(self.counts_model, self)
        view = ui.countsView
        self._setup_view(view)
        view.setModel(self.counts_proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.activated.connect(self._count_activated)
        view.selectionModel().selectionChanged.connect(self._update_overview_buttons)
        ui.openListButton.clicked.connect(self._open_selected_network)

        self.members_model = MembersModel(self.ctx.tasks, self.ctx.db, self)
        members = ui.membersView
        self._setup_view(members)
        members.setModel(self.members_model)
        header = members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setSortIndicator(MembersModel.NAME, Qt.SortOrder.AscendingOrder)
        members.setSortingEnabled(True)
        self.members_model.sortRefused.connect(self._show_sort_in_use)
        self.members_model.loaded.connect(self._members_loaded)
        members.activated.connect(lambda _index: self.edit_member())
        members.selectionModel().selectionChanged.connect(self._update_member_buttons)
        self.members_model.modelReset.connect(self._update_member_buttons)

        ui.statusCombo.addItem(self.tr("All statuses"), "")
        for status in MemberStatus:
            ui.statusCombo.addItem(member_status_label(status), status.value)
        ui.statusCombo.currentIndexChanged.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filter)

        self.queue_model = QueueModel(self)
        queue = ui.queueView
        queue.setModel(self.queue_model)
        queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        queue.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        queue.setAlternatingRowColors(True)
        queue.setWordWrap(False)
        queue.setUniformRowHeights(True)
        queue.setAllColumnsShowFocus(True)
        queue_header = queue.header()
        queue_header.setStretchLastSection(True)
        queue_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        queue.selectionModel().selectionChanged.connect(self._queue_selection)
        self.queue_model.fixRequested.connect(self.fix_cell)
        ui.queueStatusCombo.addItem(self.tr("All rows"), "")
        for row_status in ("problem", "duplicate", "ok"):
            ui.queueStatusCombo.addItem(row_status_label(row_status), row_status)
        ui.queueCodeCombo.addItem(self.tr("All findings"), "")
        ui.queueStatusCombo.currentIndexChanged.connect(self._queue_filter_changed)
        ui.queueCodeCombo.currentIndexChanged.connect(self._queue_filter_changed)

        ui.backButton.clicked.connect(self.show_overview)
        ui.networkCombo.activated.connect(self._network_chosen)
        ui.importButton.clicked.connect(self.import_list)
        ui.editButton.clicked.connect(self.edit_member)
        ui.forgetButton.clicked.connect(self.forget_member)
        ui.accessButton.clicked.connect(self.access_report)
        ui.exportButton.clicked.connect(self.export_list)
        ui.approveAllButton.clicked.connect(self.approve_all)
        ui.approveSelectedButton.clicked.connect(self.approve_selected)
        ui.rejectButton.clicked.connect(self.reject_selected)
        ui.mergeButton.clicked.connect(self.merge_selected)
        back = QShortcut(QKeySequence.StandardKey.Back, ui.listPage, self.show_overview)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.importButton.setToolTip(ui.importButton.toolTip() + " (Ctrl+I)")
        import_list = QShortcut(QKeySequence("Ctrl+I"), ui.listPage, self.import_list)
        import_list.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.stack.setCurrentWidget(ui.overviewPage)
        self._update_overview_buttons()
        self._update_member_buttons()
        self._update_queue_buttons()

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        setup_list_view(view)

    # -- navigation --------------------------------------------------------------------------
    def showing_list(self) -> bool:
        return self.ui.stack.currentWidget() is self.ui.listPage

    @Slot()
    def refresh(self) -> None:
        """Reload what is on screen (after a change anywhere, F5)."""
        self._load_counts()
        if self.showing_list() and self.network_id is not None:
            if self.members_model.query is None:
                self.apply_filter()
            else:
                self.members_model.reload()
            self._load_queue()

    @Slot()
    def show_overview(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.overviewPage)
        self._load_counts()

    def open_network(self, network_id: str) -> None:
        """The member list and review queue of one network."""
        changed = network_id != self.network_id
        self.network_id = network_id
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        if changed:
            self._columns_sized = False
            self.ui.noticeLabel.clear()
            self.ui.searchEdit.blockSignals(True)
            self.ui.searchEdit.clear()
            self.ui.searchEdit.blockSignals(False)
            self.ui.tabs.setCurrentIndex(_MEMBERS_TAB)
            self.queue_model.set_rows([])
        self._show_network_name()
        self._load_counts()
        if changed or self.members_model.query is None:
            self.apply_filter()
        else:
            self.members_model.reload()  # the same list again: fresh, where it was
        self._load_queue()

    def network_name(self) -> str:
        row = next((r for r in self.counts if r.network_id == self.network_id), None)
        return row.network if row else ""

    def _show_network_name(self) -> None:
        name = self.network_name()
        self.ui.titleLabel.setText(self.tr("Members of {network}").format(network=name)
                                   if name else self.tr("Members"))
        combo = self.ui.networkCombo
        combo.setCurrentIndex(combo.findData(self.network_id))

    @Slot(QModelIndex)
    def _count_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_network(str(index.data(ID_ROLE)))

    @Slot()
    def _open_selected_network(self) -> None:
        rows = self.ui.countsView.selectionModel().selectedRows()
        if rows:
            self._count_activated(rows[0])

    @Slot()
    def _update_overview_buttons(self) -> None:
        self.ui.openListButton.setEnabled(
            bool(self.ui.countsView.selectionModel().selectedRows()))

    @Slot(int)
    def _network_chosen(self, index: int) -> None:
        network_id = self.ui.networkCombo.itemData(index)
        if network_id and network_id != self.network_id:
            self.open_network(str(network_id))

    def _load_counts(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.run(lambda: _load_counts(db), self._counts_loaded, owner=self,
                           parent=self)

    def _counts_loaded(self, rows: list[MemberCountRow]) -> None:
        self.counts = rows
        self.counts_model.set_rows(rows)
        self.ui.overviewCountLabel.setText(self.tr("%n network(s)", "", len(rows)))
        combo = self.ui.networkCombo
        combo.blockSignals(True)
        combo.clear()
        for row in rows:
            combo.addItem(row.network, row.network_id)
        combo.blockSignals(False)
        self._show_network_name()
        self._update_overview_buttons()
        self._show_member_count()
        self.overviewLoaded.emit()

    # -- the member list ---------------------------------------------------------------------
    def current_query(self) -> MemberQuery | None:
        if self.network_id is None:
            return None
        status = self.ui.statusCombo.currentData()
        column, order = self.members_model.sort_column()
        return MemberQuery(self.network_id, self.ui.searchEdit.text(),
                           frozenset({status}) if status else frozenset(),
                           MembersModel.SORT_KEYS[column],
                           order == Qt.SortOrder.DescendingOrder)

    @Slot()
    def apply_filter(self) -> None:
        """Search and status filter (and the network) as a new SQL query in the worker."""
        self._search_timer.stop()
        self.members_model.set_query(self.current_query())

    @Slot()
    def _show_sort_in_use(self) -> None:
        column, order = self.members_model.sort_column()
        QTimer.singleShot(0, lambda: self.ui.membersView.horizontalHeader().setSortIndicator(
            column, order))

    @Slot(int)
    def _members_loaded(self, _total: int) -> None:
        if not self._columns_sized and self.members_model.rowCount():
            self._size_member_columns()
        self._show_member_count()
        self._update_member_buttons()
        self.membersLoaded.emit()

    def _size_member_columns(self) -> None:
        """Once per network, on its first page: every column as wide as its header and first
        rows need, what is left to the name, address and e-mail (interactive afterwards;
        measuring again on every search would cost more than the query)."""
        self._columns_sized = True
        view = self.ui.membersView
        header = view.horizontalHeader()
        view.resizeColumnsToContents()
        for column in range(header.count()):
            wanted = max(header.sectionSize(column), header.sectionSizeFromContents(column)
                         .width())
            header.resizeSection(column, min(wanted, _MAX_COLUMN_WIDTH))
        # the vertical scroll bar may appear with the next rows: leave it its room
        spare = view.viewport().width() - header.length() - (
            0 if view.verticalScrollBar().isVisible()
            else view.verticalScrollBar().sizeHint().width())
        growing = (MembersModel.NAME, MembersModel.ADDRESS, MembersModel.EMAIL)
        if spare > 0:
            for column in growing:
                header.resizeSection(column, header.sectionSize(column) + spare // len(growing))

    def _show_member_count(self) -> None:
        if not self.showing_list() or self.members_model.query is None:
            return
        shown = self.members_model.rowCount()
        query = self.members_model.query
        if query.search.strip() or query.statuses:
            text = self.tr("%n member(s) match the search or filter.", "", shown)
        elif shown:
            text = self.tr("%n member(s).", "", shown)
        else:
            text = self.tr("No members yet: import the coordinator's list (Import list…, or "
                           "drop the file on this page).")
        self.ui.countLabel.setText(text)
        self.ui.tabs.setTabText(_MEMBERS_TAB, self.tr("Members ({count})").format(
            count=self._network_total()))

    def _network_total(self) -> int:
        row = next((r for r in self.counts if r.network_id == self.network_id), None)
        return row.total if row else self.members_model.rowCount()

    def selected_member(self) -> MemberRow | None:
        rows = self.ui.membersView.selectionModel().selectedRows()
        return self.members_model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _update_member_buttons(self) -> None:
        chosen = self.selected_member() is not None
        for button in (self.ui.editButton, self.ui.forgetButton, self.ui.accessButton):
            button.setEnabled(chosen)
        self.ui.exportButton.setEnabled(self.network_id is not None)

    @Slot()
    def edit_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._edit(member)

    def _edit(self, member: MemberRow, typed: dict[str, str] | None = None) -> None:
        answer = MemberDialog.ask(self, member, typed)
        if answer is None:
            return
        changes, everything = answer
        if not changes:
            return
        db, actor = self.ctx.db, self.ctx.actor_id

        def refused(exc: BaseException) -> None:
            self.ctx.errors.report(exc, self)
            if isinstance(exc, BinDeskError):
                self._edit(member, everything)  # the dialog again, with what was typed

        self.ctx.tasks.run(lambda: service.update_member(db, actor, member.id, **changes),
                           lambda _fields: self._done(self.tr("The member's data was saved.")),
                           refused, owner=self, parent=self)

    @Slot()
    def forget_member(self) -> None:
        member = self.selected_member()
        if member is None or not EraseMemberDialog.ask(self, member.full_name,
                                                       self.network_name()):
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self.ui.membersView.clearSelection()
        self._run(lambda: service.forget_member(db, actor, member.id), self.tr(
            "The member was forgotten: their personal data is erased everywhere."))

    @Slot()
    def access_report(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        path = files.choose_save_file(
            self, self.tr("Save the access report"),
            f"access-report-{dt.date.today().isoformat()}.json", self.tr("JSON files (*.json)"))
        if path is None:
            return
        db, actor = self.ctx.db, self.ctx.actor_id

        def job() -> Path:
            report = service.access_report(db, actor, member.id)
            path.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str),
                            encoding="utf-8")
            return path

        def saved(where: Path) -> None:
            gui_errors.show_message(self, MessageKind.INFORMATION, self.tr("Access report"),
                                    self.tr("The access report was saved as {path}. It holds "
                                            "personal data: give it only to the member who "
                                            "asked.").format(path=where))

        self.ctx.tasks.run(job, saved, lambda exc: report_failure(self.ctx, exc, self),
                           owner=self, parent=self)

    @Slot()
    def export_list(self) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        path = files.choose_save_file(
            self, self.tr("Export for the coordinator"),
            f"{safe_file_name(self.network_name())}-members.csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        db, actor = self.ctx.db, self.ctx.actor_id

        def job() -> Path:
            path.write_bytes(service.export_csv(db, actor, network_id))
            return path

        def saved(where: Path) -> None:
            gui_errors.show_message(self, MessageKind.INFORMATION,
                                    self.tr("Export for the coordinator"), self.tr(
                                        "The active and paused members were saved as {path}. "
                                        "The file holds personal data: send it only to the "
                                        "coordinator, never to the members.").format(path=where))

        self.ctx.tasks.run(job, saved, lambda exc: report_failure(self.ctx, exc, self),
                           owner=self, parent=self)

    # -- import ------------------------------------------------------------------------------
    @Slot()
    def import_list(self) -> None:
        if self.network_id is None:
            return
        path = files.choose_open_file(
            self, self.tr("Import a member list"),
            self.tr("Member lists ({patterns});;All files (*)").format(patterns=MEMBER_FILES))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path, network_id: str | None = None) -> None:
        """Read `path` and try it in the worker, then let the officer confirm the mapping."""
        network_id = network_id or self.network_id
        if network_id is None:
            return
        if network_id != self.network_id:
            self.open_network(network_id)
        db, actor = self.ctx.db, self.ctx.actor_id
        self.ctx.tasks.run_with_progress(
            self, self.tr("Reading {file}…").format(file=path.name),
            lambda: _read_and_try(db, actor, network_id, path),
            lambda read: self._confirm_mapping(network_id, *read),
            lambda exc: report_failure(self.ctx, exc, self))

    def _confirm_mapping(self, network_id: str, data: bytes, filename: str,
                         first: service.ImportResult) -> None:
        mapping = MappingDialog.ask(self, self.ctx, network_id, self.network_name(), data,
                                    filename, first)
        if mapping is None:
            return
        db, actor = self.ctx.db, self.ctx.actor_id

        def queued(result: service.ImportResult) -> None:
            counts = result.summary
            self.ui.tabs.setCurrentIndex(_QUEUE_TAB)
            self._done(self.tr(
                "{rows} rows of {file} wait in the review queue: {ok} ready to approve, "
                "{problem} with a problem, {duplicate} repeating someone.").format(
                    rows=len(result.rows), file=filename, ok=counts["ok"],
                    problem=counts["problem"], duplicate=counts["duplicate"]))

        self.ctx.tasks.run_with_progress(
            self, self.tr("Importing {file}…").format(file=filename),
            lambda: service.import_file(db, actor, network_id, data, filename, mapping=mapping),
            queued)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> Path | None:
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        return Path(urls[0].toLocalFile())

    def _drop_network(self, position: QPoint) -> str | None:
        if self.showing_list():
            return self.network_id
        view = self.ui.countsView
        index = view.indexAt(view.viewport().mapFrom(self, position))
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drop_network(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        network_id = self._drop_network(event.position().toPoint())
        if path is None or network_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_path(path, network_id)

    # -- review queue ------------------------------------------------------------------------
    def _load_queue(self) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        status = self.ui.queueStatusCombo.currentData() or None
        code = self.ui.queueCodeCombo.currentData() or None
        db = self.ctx.db
        self.ctx.tasks.run(lambda: load_queue(db, network_id, status, code),
                           lambda data: self._queue_loaded(network_id, data),
                           owner=self, parent=self)

    @Slot()
    def _queue_filter_changed(self) -> None:
        self._load_queue()

    def _queue_loaded(self, network_id: str, data: QueueData) -> None:
        if network_id != self.network_id:
            return
        view = self.ui.queueView
        keep = [r.id for r in self.selected_rows()]
        wanted = self._select_after_load
        self._select_after_load = None
        self.queue = data
        self.queue_model.set_rows(data.rows)
        view.expandAll()
        for group in range(self.queue_model.group_count()):
            view.setFirstColumnSpanned(group, QModelIndex(), True)
        if not self._queue_sized and data.rows:
            self._size_queue_columns()
        selection = view.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row_id in ([wanted] if wanted else keep):
            index = self.queue_model.index_of(row_id)
            if index.isValid():
                selection.select(index, flags)
                view.scrollTo(index)
        self._fill_code_combo(data)
        self.ui.tabs.setTabText(_QUEUE_TAB, self.tr("Review queue ({count})").format(
            count=data.pending))
        ready = data.statuses.get("ok", 0)
        self.ui.approveAllButton.setText(self.tr("Approve all &ok rows ({count})").format(
            count=ready))
        self.ui.queueCountLabel.setText(
            self.tr("%n row(s) wait for review.", "", data.pending) if data.pending else
            self.tr("Nothing waits for review."))
        self._queue_selection()
        self.queueLoaded.emit()

    def _size_queue_columns(self) -> None:
        self._queue_sized = True
        view = self.ui.queueView
        header = view.header()
        for column in range(self.queue_model.columnCount() - 1):
            view.resizeColumnToContents(column)
            wanted = max(header.sectionSize(column), header.sectionSizeFromContents(column)
                         .width())
            header.resizeSection(column, min(wanted, 260 if column != Q_NAME else 220))

    def _fill_code_combo(self, data: QueueData) -> None:
        combo = self.ui.queueCodeCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All findings"), "")
        codes = set(data.codes) | ({current} if current else set())  # the filter in use stays
        for code in sorted(codes, key=finding_label):
            combo.addItem(self.tr("{finding} ({count})").format(
                finding=finding_label(code), count=data.codes.get(code, 0)), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def selected_rows(self) -> list[service.QueuedRow]:
        rows = []
        for index in self.ui.queueView.selectionModel().selectedRows():
            row = self.queue_model.row_at(index)
            if row is not None:
                rows.append(row)
        return rows

    @Slot()
    def _queue_selection(self) -> None:
        rows = self.selected_rows()
        label = self.ui.findingsLabel
        if len(rows) == 1:
            row = rows[0]
            findings = row_findings(row)
            lines = [self.tr("Row {row} of the list ({name}):").format(
                row=row.row_number, name=self.queue_model.cell_text(row, Q_NAME) or "—")]
            lines += [f"• {f.text}" for f in findings] or [self.tr("• No findings.")]
            if row.status != "ok":
                lines.append(self.tr("Double-click a marked cell to correct it."))
            label.setText("\n".join(lines))
        elif rows:
            label.setText(self.tr("%n row(s) selected.", "", len(rows)))
        else:
            label.setText(self.tr("Select a row to see what was found; double-click a cell "
                                  "to correct it."))
        self._update_queue_buttons()

    def _update_queue_buttons(self) -> None:
        rows = self.selected_rows() if self.network_id else []
        ready = self.queue.statuses.get("ok", 0) if self.queue else 0
        self.ui.approveAllButton.setEnabled(ready > 0)
        self.ui.approveSelectedButton.setEnabled(any(r.status == "ok" for r in rows))
        self.ui.rejectButton.setEnabled(bool(rows))
        self.ui.mergeButton.setEnabled(len(rows) == 1 and rows[0].status == "duplicate")

    @Slot()
    def approve_all(self) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self._run(lambda: service.approve_all_ok(db, actor, network_id), self._approved_text)

    @Slot()
    def approve_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.status == "ok"]
        if not ids:
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self._run(lambda: service.approve_rows(db, actor, ids), self._approved_text)

    def _approved_text(self, count: int) -> str:
        return self.tr("%n row(s) approved: they are on the member list now.", "", count)

    @Slot()
    def reject_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        reason = TextDialog.ask(
            self, self.tr("Reject rows"),
            self.tr("%n row(s) do not become members. The reason is kept with the import.", "",
                    len(rows)),
            self.tr("&Reason:"), self.tr("e.g. lives outside the area; asked not to join"))
        if reason is None:
            return
        ids = [r.id for r in rows]
        db, actor = self.ctx.db, self.ctx.actor_id
        self._run(lambda: service.reject_rows(db, actor, ids, reason),
                  lambda count: self.tr("%n row(s) rejected.", "", count))

    @Slot()
    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].status != "duplicate":
            return
        row = rows[0]
        target = merge_target(row) or self.tr("the member it repeats")
        if not gui_errors.ask_yes_no(self, self.tr("Merge into member"), self.tr(
                "Merge row {row} ({name}) into {member}? The member keeps their name; what the "
                "row adds or changes (phone, e-mail, address, consent …) is taken over, and no "
                "second member is made.").format(
                    row=row.row_number, name=self.queue_model.cell_text(row, Q_NAME),
                    member=target)):
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self._run(lambda: service.merge_row(db, actor, row.id),
                  self.tr("Row {row} was merged into {member}.").format(row=row.row_number,
                                                                       member=target))

    @Slot(str, str, str)
    def fix_cell(self, row_id: str, field: str, value: str) -> None:
        """A corrected cell: core validates the whole row again; the queue then shows it."""
        row = next((r for r in self.queue_model.rows() if r.id == row_id), None)
        lost = dropped_values(row, field) if row is not None else []
        if row is not None and lost and not gui_errors.ask_yes_no(
                self, self.tr("Correct row {row}").format(row=row.row_number), self.tr(
                    "Row {row} also holds what could not be read: {values}. Correcting this "
                    "cell drops it from the row. Correct that cell first to keep it. Go on "
                    "anyway?").format(row=row.row_number, values=", ".join(lost))):
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self._select_after_load = row_id
        self._run(lambda: service.fix_row(db, actor, row_id, field, value), self._fixed_text)

    def _fixed_text(self, row: service.QueuedRow) -> str:
        if row.status == "ok":
            return self.tr("Row {row} is ready to approve.").format(row=row.row_number)
        findings = " ".join(f.text for f in row_findings(row))
        return self.tr("Row {row} still needs attention: {findings}").format(
            row=row.row_number, findings=findings)

    # -- changes -----------------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], done: str | Callable[[Any], str]) -> None:
        """A change in the worker; then the notice, and every page hears of it."""

        def success(result: Any) -> None:
            self._done(done(result) if callable(done) else done)

        def failure(exc: BaseException) -> None:
            self.ctx.errors.report(exc, self)
            self._changed()  # what is on screen may be out of date: that is often why

        self.ctx.tasks.run(job, success, failure, owner=self, parent=self)

    def _done(self, notice: str) -> None:
        self.ui.noticeLabel.setText(notice)
        self._changed()

    def _changed(self) -> None:
        """The main window reloads this page and marks the other lists stale."""
        self.ctx.events.networksChanged.emit()
