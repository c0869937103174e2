"""Confirming how a coordinator's list is read (ui/members_import.ui), before it is queued.

The dialog shows every column of the file with the field core guessed from its header (a combo
per column, or "not used"), the first rows of the file, and the result of a trial run (core's
import_file with dry_run=True): how many rows are ready, have a problem or repeat someone, and
how the list compares with the members on record. Each change of a column runs the trial again
in the database worker; the newest answer wins. Nothing is stored until Import.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from bin_desktop.core.errors import BinDeskError
from bin_desktop.core.members import service
from bin_desktop.core.members.model import FIELDS, Mapping
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dashboard_model import OVERDUE_FOREGROUND
from bin_desktop.gui.forms.ui_members_import import Ui_MemberImportDialog
from bin_desktop.gui.labels import error_message, member_field_label
from bin_desktop.gui.member_models import FIELD_ROLE, MappingModel, PreviewModel

TRIAL_DELAY_MS = 250


class FieldDelegate(QStyledItemDelegate):
    """A combo of the fields (and "not used") that writes the choice as soon as it is made."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Field of column {column}").format(
            column=index.row() + 1))
        combo.addItem(self.tr("(not used)"), "")
        for name in FIELDS:
            combo.addItem(member_field_label(name), name)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(FIELD_ROLE) or "")))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), FIELD_ROLE)


class MappingDialog(QDialog):
    #: A trial run came back (its result is in `trial`, or `error` says why it failed).
    trialDone = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None, ctx: AppContext, network_id: str,
                 network_name: str, data: bytes, filename: str,
                 first: service.ImportResult) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.network_id = network_id
        self.data = data
        self.filename = filename
        self.trial: service.ImportResult | None = first
        self.error: str | None = None
        self._generation = 0
        self._running = False
        self.ui = Ui_MemberImportDialog()
        self.ui.setupUi(self)
        table = first.table
        self.model = MappingModel(table, first.mapping, self)
        self.preview = PreviewModel(table, self)
        self.preview.set_header_label(self._preview_header)
        self.delegate = FieldDelegate(self)
        self._setup_views()
        self._trial_timer = QTimer(self)
        self._trial_timer.setSingleShot(True)
        self._trial_timer.setInterval(TRIAL_DELAY_MS)
        self._trial_timer.timeout.connect(self.run_trial)
        self.model.mappingChanged.connect(self._mapping_changed)

        self.import_button = QPushButton(self.tr("&Import for review"))
        self.import_button.setAccessibleName(self.tr("Import for review"))
        self.import_button.setDefault(True)
        self.ui.buttonBox.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

        where = self.tr("header on row {row}").format(row=table.header_row)
        if table.sheet:
            where = self.tr("sheet “{sheet}”, {where}").format(sheet=table.sheet, where=where)
        if table.encoding:
            where = self.tr("{where}, text in {encoding}, separated by “{delimiter}”").format(
                where=where, encoding=table.encoding, delimiter=table.delimiter or "")
        self.ui.introLabel.setText(self.tr(
            "<b>{file}</b> for {network}: {rows} rows ({where}).<br>Check which column holds "
            "what. The trial run below shows what the import would find. Nothing is stored "
            "until you click Import; the rows then wait in the review queue.").format(
                file=escape(filename), network=escape(network_name), rows=len(table.rows),
                where=escape(where)))
        self._show_result(first)

    def _setup_views(self) -> None:
        ui = self.ui
        view = ui.columnsView
        view.setModel(self.model)
        view.setItemDelegateForColumn(MappingModel.FIELD, self.delegate)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        for row in range(self.model.rowCount()):
            view.openPersistentEditor(self.model.index(row, MappingModel.FIELD))
        combo_height = max((w.sizeHint().height() for w in view.viewport().findChildren(
            QComboBox)), default=view.fontMetrics().height() + 10)
        view.verticalHeader().setDefaultSectionSize(combo_height + 2)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MappingModel.FIELD, max(
            (w.sizeHint().width() for w in view.viewport().findChildren(QComboBox)),
            default=200) + 8)
        header.setSectionResizeMode(MappingModel.EXAMPLES, QHeaderView.ResizeMode.Stretch)

        preview = ui.previewView
        preview.setModel(self.preview)
        preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        preview.setWordWrap(False)
        preview.verticalHeader().setDefaultSectionSize(preview.fontMetrics().height() + 8)
        preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        preview.horizontalHeader().setMaximumSectionSize(260)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

    def _preview_header(self, column: int) -> str:
        name = self.model.field_of(column)
        header = self.model.header_text(column)
        return f"{header}\n→ {member_field_label(name)}" if name else header

    # -- the trial run -----------------------------------------------------------------------
    def mapping(self) -> Mapping:
        return self.model.mapping()

    @Slot()
    def _mapping_changed(self) -> None:
        self.preview.set_header_label(self._preview_header)
        self.import_button.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("Trying the new choice…"))
        self.ui.diffLabel.clear()
        self._generation += 1
        self._trial_timer.start()

    @Slot()
    def run_trial(self) -> None:
        """The dry run with the mapping on screen, in the database worker."""
        self._trial_timer.stop()
        if self._running:
            return  # _trial_back starts the newest one
        self._running = True
        generation, mapping = self._generation, self.mapping()
        db, actor, network_id = self.ctx.db, self.ctx.actor_id, self.network_id
        data, filename = self.data, self.filename
        self.ctx.tasks.run(
            lambda: service.import_file(db, actor, network_id, data, filename, mapping=mapping,
                                        dry_run=True),
            lambda result: self._trial_back(generation, result, None),
            lambda exc: self._trial_back(generation, None, exc), owner=self, parent=self)

    def _trial_back(self, generation: int, result: service.ImportResult | None,
                    exc: BaseException | None) -> None:
        self._running = False
        if generation != self._generation:
            self.run_trial()
            return
        if exc is not None and not isinstance(exc, BinDeskError):
            self.ctx.errors.report(exc, self)
            return
        self.trial = result
        self.error = error_message(exc) if isinstance(exc, BinDeskError) else None
        if result is not None:
            self._show_result(result)
        else:
            self.ui.summaryLabel.setText(self.error or "")
            self.ui.summaryLabel.setStyleSheet(f"color: {OVERDUE_FOREGROUND.name()};")
            self.ui.diffLabel.clear()
            self.import_button.setEnabled(False)
        self.trialDone.emit()

    def _show_result(self, result: service.ImportResult) -> None:
        counts, diff = result.summary, result.diff
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText(self.tr(
            "Of {total} rows: {ok} ready to approve, {problem} with a problem, {duplicate} "
            "repeating someone.").format(total=len(result.rows), ok=counts["ok"],
                                         problem=counts["problem"],
                                         duplicate=counts["duplicate"]))
        self.ui.diffLabel.setText(self.tr(
            "Compared with the members on record: {new} new, {changed} changed, {unchanged} "
            "unchanged; {gone} members are not on this list (they stay members until you "
            "change them).").format(new=diff.new, changed=diff.changed,
                                    unchanged=diff.unchanged, gone=len(diff.gone)))
        self.import_button.setEnabled(bool(result.rows))

    def counts(self) -> dict[str, int]:
        """The last trial's counts (tests): ok/problem/duplicate and new/changed/…/gone."""
        if self.trial is None:
            return {}
        diff = self.trial.diff
        return {**self.trial.summary, "new": diff.new, "changed": diff.changed,
                "unchanged": diff.unchanged, "gone": len(diff.gone)}

    def busy(self) -> bool:
        return self._running or self._trial_timer.isActive()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, network_id: str, network_name: str,
            data: bytes, filename: str, first: service.ImportResult) -> Mapping | None:
        """The mapping to import with, or None when the officer cancelled."""
        dialog = cls(parent, ctx, network_id, network_name, data, filename, first)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping()

