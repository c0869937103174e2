"""The charter of one network (ui/charter_page.ui): from the first draft to ADVP's approval.

The page lists the versions of the charter; for the selected one it shows the signature tracker
(one row per signatory, overdue ones in red), its files, and for a draft the editor of every
section. The buttons above offer the steps the latest version's status allows: record or make a
signature, the korpschef's review, the ADVP letter, approval or remarks, an amendment, a notice.
Every database call, render and signature runs in the database worker; after a change the page
reloads and tells the other pages (DataEvents.networksChanged) so the dashboard follows.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QMenu,
    QTableView,
    QWidget,
)

from bin_desktop.core import networks
from bin_desktop.core.charter import service
from bin_desktop.core.charter.content import MissingItem, texts_of
from bin_desktop.core.documents.model import SECTION_CODES
from bin_desktop.core.documents.texts import vocabulary
from bin_desktop.core.domain import LANGUAGES, CharterStatus, Role, Signatory, SignatureStatus
from bin_desktop.core.lifecycle import State
from bin_desktop.core.operators import Permission, has_permission
from bin_desktop.core.signing import eid_available
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Charter
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dashboard_model import OVERDUE_BACKGROUND, OVERDUE_FOREGROUND
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.dialogs.advp import ApprovalDialog, TextDialog
from bin_desktop.gui.dialogs.charter_sign import EidState, SignDialog
from bin_desktop.gui.dialogs.files import report_failure, safe_file_name
from bin_desktop.gui.dialogs.korpschef_review import KorpschefReviewDialog
from bin_desktop.gui.dialogs.signature_record import SIGNED_PDF, SignatureRecordDialog
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.forms.ui_charter_page import Ui_CharterForm
from bin_desktop.gui.labels import (
    charter_status_label,
    date_pattern,
    file_kind_label,
    format_date,
    language_name,
    party_label,
    signatory_label,
    signature_method_label,
    signature_status_label,
    state_label,
    tr_core,
)
from bin_desktop.gui.table_model import SIZE_HINT_ROWS, Column, Index, RowsModel
from bin_desktop.gui.widgets import setup_list_view

HASH_SHOWN = 12
#: Which field an operator signs in BIN Desk, by role (the korpschef signs in the review).
OWN_FIELD = {Role.MANDATED_OFFICER.value: Signatory.MANDATED_OFFICER.value,
             Role.PREVENTION_OFFICER.value: Signatory.PREVENTION_OFFICER.value}
NOTICE_STATES = frozenset({State.SUSPENDED, State.INACTIVE, State.MERGED, State.DISSOLVED})
_VERSION_ROWS_SHOWN = 3


# -- data --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DraftData:
    """The editable fields of the draft version (not in VersionView)."""

    charter_id: str
    version: int
    texts: dict[str, dict[str, str]]
    start_date: dt.date | None
    duration_months: int | None
    municipality_signatories: tuple[str, ...]


@dataclass(frozen=True)
class CharterData:
    network_id: str
    network_name: str
    state: State
    state_since: dt.date
    versions: list[service.VersionView]  # newest first
    draft: DraftData | None
    text_languages: dict[str, list[str]]  # charter id -> languages its texts are written in
    eid: EidState

    @property
    def latest(self) -> service.VersionView | None:
        return self.versions[0] if self.versions else None


def _ordered(languages: list[str] | set[str]) -> list[str]:
    return sorted(languages, key=lambda c: LANGUAGES.index(c) if c in LANGUAGES else 99)


def load_charter(db: Database, network_id: str) -> CharterData:
    """Runs in the database worker."""
    detail = networks.network_detail(db, network_id)
    versions = service.charter_versions(db, network_id)
    draft = None
    languages: dict[str, list[str]] = {}
    with db.read() as session:
        for version in versions:
            charter = session.get(Charter, version.charter_id)
            if charter is None:
                continue
            texts = texts_of(charter)
            languages[charter.id] = _ordered(set(texts)) or list(detail.network.languages)
            if charter.status == CharterStatus.DRAFT.value and draft is None:
                draft = DraftData(charter.id, charter.version, texts, charter.start_date,
                                  charter.duration_months,
                                  tuple(charter.municipality_signatories or ()))
    network = detail.network
    return CharterData(network.id, network.name, State(network.state), network.state_since,
                       versions, draft, languages, EidState(*eid_available()))


def missing_text(item: MissingItem, document_language: str) -> str:
    """One missing item in the interface language (section codes become their headings)."""
    params = dict(item.params)
    if "sections" in params:
        headings = vocabulary(params.get("language", document_language)).section_headings
        params["sections"] = ", ".join(headings.get(code.strip(), code.strip())
                                       for code in params["sections"].split(","))
    if "language" in params:
        params["language"] = language_name(params["language"])
    if "signatory" in params:
        params["signatory"] = tr_core(params["signatory"])
    try:
        return tr_core(item.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return item.text


# -- models ------------------------------------------------------------------------------------
class VersionsModel(RowsModel):
    """The versions of a charter, newest first."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Version"), lambda v: str(v.version), numeric=True,
                   sort=lambda v: v.version),
            Column(self.tr("Status"), lambda v: charter_status_label(v.status)),
            Column(self.tr("Sent for signature"), lambda v: format_date(v.frozen_on)),
            Column(self.tr("Fingerprint"),
                   lambda v: v.content_hash[:HASH_SHOWN] if v.content_hash else "",
                   tooltip=lambda v: v.content_hash or ""),
            Column(self.tr("Signatures"),
                   lambda v: f"{v.signed}/{len(v.slots)}" if v.slots else "", numeric=True),
            Column(self.tr("Submitted to ADVP"), lambda v: format_date(v.submitted_on)),
            Column(self.tr("Approved"), lambda v: format_date(v.approved_on)),
            Column(self.tr("ADVP reference"), lambda v: v.advp_reference or ""),
            Column(self.tr("ADVP remarks"), lambda v: " ".join(v.advp_remarks.split()),
                   tooltip=lambda v: v.advp_remarks),
        ]

    def row_id(self, row: service.VersionView) -> str:
        return row.charter_id


class TrackerModel(RowsModel):
    """One row per signatory of a version; pending ones waiting too long are marked overdue."""

    WAITING_COLUMN = 7

    def __init__(self, overdue_days: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue_days = overdue_days
        self.today = dt.date.today()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Party"), lambda s: party_label(s.party)),
            Column(self.tr("Signatory"), lambda s: signatory_label(s.signatory)),
            Column(self.tr("Expected signer"), lambda s: s.expected_signer),
            Column(self.tr("Status"), lambda s: signature_status_label(s.status)),
            Column(self.tr("Date"), lambda s: format_date(s.signed_on),
                   sort=lambda s: s.signed_on.isoformat() if s.signed_on else ""),
            Column(self.tr("Signed by"), self._signer),
            Column(self.tr("Method"), self._method),
            Column(self.tr("Waiting"), self._waiting, numeric=True,
                   sort=lambda s: s.waiting_days(self.today) or -1,
                   tooltip=lambda s: self.tr("Asked on {date}").format(
                       date=format_date(s.requested_on))),
            Column(self.tr("Reason or note"), lambda s: " ".join(s.note.split()),
                   tooltip=lambda s: s.note),
        ]

    def row_id(self, row: service.SlotView) -> str:
        return row.signatory

    @staticmethod
    def _signer(slot: service.SlotView) -> str:
        return slot.signer if slot.status != SignatureStatus.PENDING.value else ""

    @staticmethod
    def _method(slot: service.SlotView) -> str:
        if slot.status != SignatureStatus.SIGNED.value or not slot.method:
            return ""
        return signature_method_label(slot.method)

    def _waiting(self, slot: service.SlotView) -> str:
        days = slot.waiting_days(self.today)
        if days is None:
            return ""
        return self.tr("%n day(s)", "", days)

    def is_overdue(self, slot: service.SlotView) -> bool:
        days = slot.waiting_days(self.today)
        return days is not None and days >= self.overdue_days

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return super().data(index, role)
        overdue = (index.isValid() and 0 <= index.row() < len(self._rows)
                   and self.is_overdue(self._rows[index.row()]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_FOREGROUND) if overdue else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if overdue else None
        if role == Qt.ItemDataRole.FontRole:
            if not (overdue and index.column() == self.WAITING_COLUMN):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and overdue:
            return self.tr("{text} (overdue)").format(text=super().data(index, role))
        return super().data(index, role)


class FilesModel(RowsModel):
    """The files kept with a version: signed PDFs, scans, letters to ADVP."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Document"), lambda f: file_kind_label(f.kind)),
            Column(self.tr("File name"), lambda f: f.filename, tooltip=lambda f: f.sha256),
            Column(self.tr("Size"), self._size, numeric=True, sort=lambda f: f.size),
            Column(self.tr("Recorded on"), lambda f: format_date(f.recorded_on),
                   sort=lambda f: f.recorded_on.isoformat()),
        ]

    def row_id(self, row: service.FileView) -> str:
        return f"{row.sha256}/{row.filename}"

    def _size(self, file: service.FileView) -> str:
        return self.tr("{size} kB").format(size=max(1, round(file.size / 1024)))


# -- the page ----------------------------------------------------------------------------------
def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CharterPage(QWidget):
    #: The charter on screen is fresh (after opening, a save, a signature …).
    loaded = Signal()
    #: Missing items of the draft were listed (after "Check for ADVP" or a refused send).
    checked = Signal()
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: dt.date | None = None  # tests pin the date; None: the real today
        self.network_id: str | None = None
        self.data: CharterData | None = None
        self.missing: list[MissingItem] | None = None
        self._selected: str | None = None  # charter id of the selected version
        self._shown: tuple[str, str] | None = None  # (charter id, status) on screen
        self._texts: dict[str, dict[str, str]] = {}
        self._baseline: dict[str, Any] = {}
        self._language = ""
        self._section = SECTION_CODES[0]
        self._filling = False
        self.pdf_actions: dict[str, QAction] = {}
        self.ui = Ui_CharterForm()
        self.ui.setupUi(self)
        self._setup()

    # -- set-up ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        title_font = QFont(ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        self.versions_model = VersionsModel(self)
        self.tracker_model = TrackerModel(self.ctx.overdue_days, self)
        self.files_model = FilesModel(self)
        for view, model in ((ui.versionsView, self.versions_model),
                            (ui.trackerView, self.tracker_model),
                            (ui.filesView, self.files_model)):
            self._setup_view(view)
            view.setModel(model)
        ui.versionsView.selectionModel().selectionChanged.connect(self._version_selected)
        ui.filesView.selectionModel().selectionChanged.connect(self._update_file_buttons)
        ui.filesView.activated.connect(self.open_file)
        rows = ui.versionsView.verticalHeader().defaultSectionSize()
        ui.versionsView.setMinimumHeight(rows * 2 + ui.versionsView.horizontalHeader()
                                         .sizeHint().height() + 4)
        ui.splitter.setSizes([rows * (_VERSION_ROWS_SHOWN + 1) + 8, 10_000])
        ui.splitter.setStretchFactor(1, 1)

        self.pdf_menu = QMenu(self)
        ui.pdfButton.setMenu(self.pdf_menu)
        ui.newDraftButton.clicked.connect(self.new_draft)
        ui.recordButton.clicked.connect(self.record_signature)
        ui.signButton.clicked.connect(self.sign)
        ui.reviewButton.clicked.connect(self.korpschef_review)
        ui.submitButton.clicked.connect(self.submit_to_advp)
        ui.approvalButton.clicked.connect(self.record_approval)
        ui.remarksButton.clicked.connect(self.record_remarks)
        ui.amendmentButton.clicked.connect(self.start_amendment)
        ui.noticeButton.clicked.connect(self.notice_to_advp)
        ui.backButton.clicked.connect(self.back)
        ui.openFileButton.clicked.connect(self.open_file)
        ui.saveFileButton.clicked.connect(self.save_file_as)

        ui.startDateEdit.setDisplayFormat(date_pattern())
        ui.startCheck.toggled.connect(ui.startDateEdit.setEnabled)
        ui.durationSpin.setSpecialValueText(self.tr("indefinite"))
        ui.durationSpin.setSuffix(self.tr(" months"))
        ui.sectionList.setFixedWidth(self._section_list_width())
        ui.sectionList.setSpacing(1)
        ui.sectionList.currentRowChanged.connect(self._section_changed)
        ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        ui.sectionEdit.textChanged.connect(self._section_edited)
        ui.startDateEdit.dateChanged.connect(self._form_edited)
        ui.startCheck.toggled.connect(self._form_edited)
        ui.durationSpin.valueChanged.connect(self._form_edited)
        ui.mayorCheck.toggled.connect(self._form_edited)
        ui.preventionCheck.toggled.connect(self._form_edited)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.checkButton.clicked.connect(self.check)
        ui.sendButton.clicked.connect(self.send_for_signature)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back = QShortcut(QKeySequence.StandardKey.Back, self, self.back.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.events.operatorChanged.connect(self._update_actions)
        self._set_dirty(False)
        self._update_actions()

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        setup_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setStretchLastSection(True)

    def _section_list_width(self) -> int:
        metrics = self.ui.sectionList.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.tr("{heading} (empty)").format(heading=h))
                     for language in LANGUAGES
                     for h in vocabulary(language).section_headings.values())
        return min(widest + 32, 340)

    # -- loading -----------------------------------------------------------------------------
    def open_network(self, network_id: str) -> None:
        if network_id != self.network_id:
            self._selected = None
            self.missing = None
            self.ui.missingLabel.clear()
        self.network_id = network_id
        self._load(refill_form=True)

    @Slot()
    def refresh(self) -> None:
        if self.network_id is not None:
            self._load(refill_form=not self.is_dirty())

    def _load(self, refill_form: bool) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        self.ctx.tasks.run(lambda: load_charter(self.ctx.db, network_id),
                           lambda data: self._show(network_id, data, refill_form),
                           owner=self, parent=self)

    def _show(self, network_id: str, data: CharterData, refill_form: bool) -> None:
        if network_id != self.network_id:
            return  # another network was opened meanwhile
        self.data = data
        ui = self.ui
        ui.titleLabel.setText(self.tr("Charter of {network}").format(network=data.network_name))
        ui.stateLabel.setText(self.tr("Network: {state} since {date}").format(
            state=state_label(data.state), date=format_date(data.state_since)))
        self.tracker_model.today = self.today or dt.date.today()
        self.tracker_model.overdue_days = self.ctx.overdue_days
        previous = self._selected
        self.versions_model.set_rows(data.versions)
        wanted = previous if previous and self.versions_model.row_of(previous) is not None \
            else (data.latest.charter_id if data.latest else None)
        if refill_form:
            self._fill_draft(data.draft)
        self._select_version(wanted)
        self._update_actions()
        self.loaded.emit()

    def _select_version(self, charter_id: str | None) -> None:
        view = self.ui.versionsView
        row = self.versions_model.row_of(charter_id) if charter_id else None
        self._selected = charter_id
        if row is None:
            view.clearSelection()
        else:
            view.selectRow(row)
        self._show_version()

    @Slot(QItemSelection, QItemSelection)
    def _version_selected(self, *_args: object) -> None:
        rows = self.ui.versionsView.selectionModel().selectedRows()
        if not rows:
            return
        charter_id = self.versions_model.row_id(self.versions_model.row_at(rows[0].row()))
        if charter_id != self._selected:
            self._selected = charter_id
            self._show_version()

    def selected_version(self) -> service.VersionView | None:
        if self._selected is None:
            return None
        row = self.versions_model.row_of(self._selected)
        return self.versions_model.row_at(row) if row is not None else None

    def _show_version(self) -> None:
        """The selected version's tracker, files and editor; a version shown for the first
        time, or whose status changed, opens on its editor (a draft) or its signatures."""
        ui = self.ui
        version = self.selected_version()
        self.tracker_model.set_rows(version.slots if version else ())
        self.files_model.set_rows(version.files if version else ())
        is_draft = version is not None and version.status == CharterStatus.DRAFT.value
        shown = (version.charter_id, version.status) if version else None
        if shown != self._shown:
            self._shown = shown
            ui.tabs.setCurrentWidget(ui.draftTab if is_draft else ui.signaturesTab)
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.draftTab), is_draft)
        ui.tabs.setTabToolTip(ui.tabs.indexOf(ui.draftTab), "" if is_draft else self.tr(
            "Only a draft version is edited; a sent version is frozen."))
        if version is None:
            hint = self.tr("This network has no charter yet. Draft one to start.")
        elif not version.slots:
            hint = self.tr("The signatures are asked when the draft is sent for signature.")
        else:
            hint = self.tr("A signature waiting {days} days or more (the zone's setting) is "
                           "marked in red.").format(days=self.ctx.overdue_days)
        ui.trackerHint.setText(hint)
        self._update_pdf_menu()
        self._update_file_buttons()
        self._update_actions()

    # -- which steps are possible ------------------------------------------------------------
    def _role(self) -> str:
        return self.ctx.operator.role if self.ctx.operator else ""

    def may_manage(self) -> bool:
        return has_permission(self._role(), Permission.CHARTER_MANAGE)

    def own_field(self) -> str | None:
        """The signatory field the operator signs in with the Sign… button."""
        return OWN_FIELD.get(self._role())

    @Slot()
    def _update_actions(self) -> None:
        ui, data = self.ui, self.data
        latest = data.latest if data else None
        status = latest.status if latest else None
        is_latest = latest is not None and self._selected == latest.charter_id
        manage = self.may_manage()
        signing = status == CharterStatus.SIGNING.value and is_latest
        pending = [s for s in latest.slots if s.status != SignatureStatus.SIGNED.value] \
            if latest else []

        ui.pdfButton.setVisible(self.selected_version() is not None)
        ui.newDraftButton.setVisible(data is not None and (
            latest is None or status == CharterStatus.RETURNED.value))
        ui.newDraftButton.setEnabled(manage)
        ui.recordButton.setVisible(signing)
        ui.recordButton.setEnabled(manage and bool(pending))

        own = self.own_field()
        ui.signButton.setVisible(signing and own is not None)
        own_pending = own is not None and any(s.signatory == own for s in pending)
        ui.signButton.setEnabled(own_pending)
        ui.signButton.setToolTip(
            self.tr("Sign your own field of this version with your certificate")
            if own_pending else self.tr("This version has no field for you left to sign."))

        ui.reviewButton.setVisible(signing)
        chief = self._role() == Role.KORPSCHEF.value
        ui.reviewButton.setEnabled(chief)
        ui.reviewButton.setToolTip(
            self.tr("Read the charter, tick ADVP's checklist, then sign or send it back")
            if chief else self.tr("Only the korpschef reviews and signs the charter."))

        ui.submitButton.setVisible(signing)
        ui.submitButton.setEnabled(manage and signing and not pending)
        ui.submitButton.setToolTip(
            self.tr("Every party signed: make the letter to ADVP and mark the charter "
                    "submitted") if not pending else
            self.tr("Waiting for: {who}").format(
                who=", ".join(signatory_label(s.signatory) for s in pending)))

        submitted = status == CharterStatus.SUBMITTED.value and is_latest
        for button in (ui.approvalButton, ui.remarksButton):
            button.setVisible(submitted)
            button.setEnabled(manage)
        state = data.state if data else None
        ui.amendmentButton.setVisible(state == State.ACTIVE)
        ui.amendmentButton.setEnabled(manage)
        ui.noticeButton.setVisible(state in NOTICE_STATES)
        ui.noticeButton.setEnabled(manage)

        editable = manage and self._draft_selected()
        for widget in (ui.languageCombo, ui.sectionList):
            widget.setEnabled(self._draft_selected())
        for widget in (ui.startCheck, ui.durationSpin, ui.mayorCheck, ui.preventionCheck,
                       ui.checkButton, ui.sendButton):
            widget.setEnabled(editable)
        if data and data.draft and data.draft.start_date is not None:
            ui.startCheck.setEnabled(False)  # core keeps a start date once agreed
        ui.startDateEdit.setEnabled(editable and ui.startCheck.isChecked())
        ui.sectionEdit.setReadOnly(not editable)
        self._set_dirty(self.is_dirty())

    def _draft_selected(self) -> bool:
        data = self.data
        return bool(data and data.draft and self._selected == data.draft.charter_id)

    # -- the draft editor --------------------------------------------------------------------
    def _fill_draft(self, draft: DraftData | None) -> None:
        ui = self.ui
        self._filling = True
        try:
            self._texts = {lang: dict(sections) for lang, sections in
                           (draft.texts.items() if draft else ())}
            languages = _ordered(set(self._texts)) if draft else []
            keep = self._language if self._language in languages else (
                languages[0] if languages else "")
            ui.languageCombo.clear()
            for code in languages:
                ui.languageCombo.addItem(language_name(code), code)
            ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(keep)))
            self._language = keep
            today = self.today or dt.date.today()
            start = draft.start_date if draft else None
            ui.startCheck.setChecked(start is not None)
            ui.startDateEdit.setDate(_qdate(start or today))
            ui.startDateEdit.setEnabled(start is not None)
            ui.durationSpin.setValue((draft.duration_months or 0) if draft else 0)
            signatories = draft.municipality_signatories if draft else ()
            ui.mayorCheck.setChecked(Signatory.MAYOR.value in signatories)
            ui.preventionCheck.setChecked(Signatory.PREVENTION_OFFICER.value in signatories)
            self._fill_sections()
        finally:
            self._filling = False
        self._baseline = self.draft_values() if draft else {}
        self._set_dirty(False)

    def _fill_sections(self) -> None:
        """The section list in the document language, marking empty sections."""
        ui = self.ui
        was = self._filling
        self._filling = True
        try:
            headings = vocabulary(self._language).section_headings if self._language else {}
            ui.sectionList.clear()
            for code in SECTION_CODES:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, code)
                ui.sectionList.addItem(item)
                self._mark_section(item, headings.get(code, code))
            ui.sectionList.setCurrentRow(SECTION_CODES.index(self._section))
            ui.sectionEdit.setPlainText(self._texts.get(self._language, {}).get(self._section, ""))
        finally:
            self._filling = was

    def _mark_section(self, item: QListWidgetItem, heading: str) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        empty = not self._texts.get(self._language, {}).get(code, "").strip()
        item.setText(self.tr("{heading} (empty)").format(heading=heading) if empty else heading)
        item.setForeground(QBrush(OVERDUE_FOREGROUND) if empty else QBrush())
        item.setToolTip(self.tr("Empty: ADVP checks that every section is filled in")
                        if empty else "")

    @Slot(int)
    def _language_changed(self, _index: int) -> None:
        code = self.ui.languageCombo.currentData()
        if self._filling or not code:
            return
        self._language = code
        self._fill_sections()

    @Slot(int)
    def _section_changed(self, row: int) -> None:
        if self._filling or not 0 <= row < len(SECTION_CODES):
            return
        self._section = SECTION_CODES[row]
        self._filling = True
        try:
            self.ui.sectionEdit.setPlainText(
                self._texts.get(self._language, {}).get(self._section, ""))
        finally:
            self._filling = False

    @Slot()
    def _section_edited(self) -> None:
        if self._filling or not self._language:
            return
        self._texts.setdefault(self._language, {})[self._section] = \
            self.ui.sectionEdit.toPlainText()
        item = self.ui.sectionList.currentItem()
        if item is not None:
            self._mark_section(item, vocabulary(self._language).section_headings[self._section])
        self._form_edited()

    def select_section(self, language: str, code: str) -> None:
        """Show one section of one language in the editor (keyboard users and tests)."""
        index = self.ui.languageCombo.findData(language)
        if index >= 0:
            self.ui.languageCombo.setCurrentIndex(index)
        self.ui.sectionList.setCurrentRow(SECTION_CODES.index(code))

    def draft_values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "texts": {lang: dict(sections) for lang, sections in self._texts.items()},
            "start_date": (_pydate(ui.startDateEdit.date()) if ui.startCheck.isChecked()
                           else None),
            "duration_months": ui.durationSpin.value(),
            "municipality_signatories": [
                code for code, check in ((Signatory.MAYOR.value, ui.mayorCheck),
                                         (Signatory.PREVENTION_OFFICER.value,
                                          ui.preventionCheck)) if check.isChecked()],
        }

    def changes(self) -> dict[str, Any]:
        """What update_draft needs to be told: changed sections only, changed fields only."""
        if not self._baseline:
            return {}
        now, before = self.draft_values(), self._baseline
        changes: dict[str, Any] = {}
        texts = {}
        for language, sections in now["texts"].items():
            old = before["texts"].get(language, {})
            changed = {code: text for code, text in sections.items()
                       if text.strip() != old.get(code, "").strip()}
            if changed:
                texts[language] = changed
        if texts:
            changes["texts"] = texts
        if now["start_date"] is not None and now["start_date"] != before["start_date"]:
            changes["start_date"] = now["start_date"]
        if now["duration_months"] != before["duration_months"]:
            changes["duration_months"] = now["duration_months"]
        if set(now["municipality_signatories"]) != set(before["municipality_signatories"]):
            changes["municipality_signatories"] = now["municipality_signatories"]
        return changes

    def is_dirty(self) -> bool:
        return bool(self.changes())

    @Slot()
    def _form_edited(self) -> None:
        if not self._filling:
            self._set_dirty(self.is_dirty())

    def _set_dirty(self, dirty: bool) -> None:
        editable = self.may_manage() and self._draft_selected()
        self.ui.saveButton.setEnabled(dirty and editable)
        self.ui.revertButton.setEnabled(dirty)
        self.ui.changesLabel.setText(self.tr("Unsaved changes") if dirty else "")

    @Slot()
    def revert(self) -> None:
        if self.data is not None:
            self._fill_draft(self.data.draft)

    def confirm_leave(self) -> bool:
        """Before the window shows another page: may unsaved changes be dropped?"""
        if not self.is_dirty():
            return True
        if gui_errors.ask_yes_no(self, self.tr("Unsaved changes"), self.tr(
                "The changes to the charter of {network} are not saved. Discard them?").format(
                    network=self.data.network_name if self.data else "")):
            self.revert()
            return True
        return False

    @Slot()
    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the draft's changes, then run `then` (a check, a send) if the save worked."""
        network_id = self.network_id
        if network_id is None or not self._draft_selected():
            return
        changes = self.changes()
        if not changes:
            if then is not None:
                then()
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self.ui.saveButton.setEnabled(False)

        def saved(_result: object) -> None:
            self._baseline = self.draft_values()
            self._set_dirty(False)
            self._changed()
            if then is not None:
                then()

        self.ctx.tasks.run(lambda: service.update_draft(db, actor, network_id, **changes),
                           saved, self._save_failed, owner=self, parent=self)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_dirty(self.is_dirty())
        report_failure(self.ctx, exc, self)

    @Slot()
    def check(self) -> None:
        self.save(then=self._run_check)

    def _run_check(self) -> None:
        network_id, db = self.network_id, self.ctx.db
        if network_id is not None:
            self.ctx.tasks.run(lambda: service.check_draft(db, network_id), self._show_missing,
                               owner=self, parent=self)

    def _show_missing(self, items: list[MissingItem]) -> None:
        self.missing = items
        label = self.ui.missingLabel
        if items:
            lines = "\n".join(f"• {missing_text(i, self._language)}" for i in items)
            label.setText(self.tr("ADVP would find missing:\n{items}").format(items=lines))
            label.setStyleSheet(f"color: {OVERDUE_FOREGROUND.name()};")
        else:
            label.setText(self.tr("Nothing is missing: the draft can be sent for signature."))
            label.setStyleSheet("")
        self.checked.emit()

    @Slot()
    def send_for_signature(self) -> None:
        data = self.data
        if data is None or data.draft is None or not self._draft_selected():
            return
        if not gui_errors.ask_yes_no(self, self.tr("Send for signature"), self.tr(
                "Send version {version} of the charter of {network} for signature? Its text "
                "is frozen: later changes need a new version.").format(
                    version=data.draft.version, network=data.network_name)):
            return
        self.save(then=self._run_send)

    def _run_send(self) -> None:
        network_id, db, actor, today = self.network_id, self.ctx.db, self.ctx.actor_id, self.today
        if network_id is None:
            return

        def job() -> list[MissingItem]:
            missing = service.check_draft(db, network_id)
            if not missing:
                service.send_for_signature(db, actor, network_id, today)
            return missing

        self.ctx.tasks.run(job, self._sent, self._step_failed, owner=self, parent=self)

    def _sent(self, missing: list[MissingItem]) -> None:
        if missing:
            self._show_missing(missing)
            lines = "\n".join(f"• {missing_text(i, self._language)}" for i in missing)
            gui_errors.show_message(self, MessageKind.WARNING, self.tr("Send for signature"),
                                    self.tr("The charter cannot be sent for signature yet. "
                                            "Missing:\n{items}").format(items=lines))
            return
        self.missing = None
        self.ui.missingLabel.clear()
        self._selected = None  # show the version sent, on its signatures
        self._changed()

    # -- steps -------------------------------------------------------------------------------
    def _run_step(self, job: Callable[[], Any],
                  done: Callable[[Any], None] | None = None) -> None:
        """A change in the worker; afterwards the page reloads and the other pages follow."""

        def success(result: Any) -> None:
            if done is not None:
                done(result)
            self._changed()

        self.ctx.tasks.run(job, success, self._step_failed, owner=self, parent=self)

    def _step_failed(self, exc: BaseException) -> None:
        report_failure(self.ctx, exc, self)
        self.refresh()  # a letter written to the database before its file failed, say
        self.ctx.events.networksChanged.emit()

    def _changed(self) -> None:
        self._load(refill_form=not self.is_dirty())
        self.ctx.events.networksChanged.emit()

    def _heading(self) -> str:
        version = self.selected_version()
        return self.tr("Version {version} of the charter of {network}.").format(
            version=version.version if version else "", network=self.data.network_name
            if self.data else "")

    def _latest(self) -> service.VersionView | None:
        return self.data.latest if self.data else None

    @Slot()
    def new_draft(self) -> None:
        network_id, db, actor, today = self.network_id, self.ctx.db, self.ctx.actor_id, self.today
        if network_id is None:
            return
        self._selected = None
        self._run_step(lambda: service.ensure_draft(db, actor, network_id, today))

    def _update_pdf_menu(self) -> None:
        self.pdf_menu.clear()
        self.pdf_actions = {}
        version = self.selected_version()
        if version is None or self.data is None:
            return
        for code in self.data.text_languages.get(version.charter_id, []):
            action = self.pdf_menu.addAction(language_name(code))
            action.triggered.connect(lambda _checked=False, c=code: self.save_pdf(c))
            self.pdf_actions[code] = action

    def save_pdf(self, language: str) -> None:
        version, data = self.selected_version(), self.data
        if version is None or data is None:
            return
        path = files.choose_save_file(
            self, self.tr("Save the charter as PDF"),
            f"{safe_file_name(data.network_name)}-v{version.version}-{language}.pdf",
            self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        db, network_id, number, today = self.ctx.db, data.network_id, version.version, self.today

        def job() -> None:
            path.write_bytes(service.render_charter_pdf(db, network_id, language, number, today))

        self.ctx.tasks.run(job, None, lambda exc: report_failure(self.ctx, exc, self),
                           owner=self, parent=self)

    @Slot()
    def record_signature(self) -> None:
        latest, network_id = self._latest(), self.network_id
        if latest is None or network_id is None:
            return
        pending = [s for s in latest.slots if s.status != SignatureStatus.SIGNED.value]
        request = SignatureRecordDialog.ask(self, self._heading(), pending, latest.frozen_on)
        if request is None:
            return
        db, actor, today = self.ctx.db, self.ctx.actor_id, self.today

        def job() -> list[service.RecordedSignature]:
            content = request.path.read_bytes()
            if request.kind == SIGNED_PDF:
                return service.record_signed_pdf(db, actor, network_id, content,
                                                 request.path.name, request.signatory, today)
            assert request.signatory is not None and request.signed_on is not None
            media_type = mimetypes.guess_type(request.path.name)[0] or "application/octet-stream"
            return [service.record_wet_ink(db, actor, network_id, request.signatory, content,
                                           request.path.name, request.signed_on,
                                           request.signer_name, media_type, today)]

        self._run_step(job, self._recorded)

    def _recorded(self, recorded: list[service.RecordedSignature]) -> None:
        lines = "\n".join(self.tr("• {signatory}: {name}").format(
            signatory=signatory_label(r.signatory), name=r.signer) for r in recorded)
        gui_errors.show_message(self, MessageKind.INFORMATION, self.tr("Signature recorded"),
                                self.tr("Recorded:\n{signatures}").format(signatures=lines))

    @Slot()
    def sign(self) -> None:
        own, network_id, data = self.own_field(), self.network_id, self.data
        latest = self._latest()
        if own is None or network_id is None or data is None or latest is None:
            return
        slot = next((s for s in latest.slots if s.signatory == own), None)
        if slot is None:
            return
        intro = self.tr("You sign version {version} of the charter of {network} as "
                        "{signatory}: {name}. Fingerprint: {hash}…").format(
            version=latest.version, network=data.network_name,
            signatory=signatory_label(own), name=slot.expected_signer,
            hash=(latest.content_hash or "")[:16])
        request = SignDialog.ask(self, intro, data.eid)
        if request is None:
            return
        db, actor, today = self.ctx.db, self.ctx.actor_id, self.today
        self._run_step(lambda: service.sign_in_app(
            db, actor, network_id, own, request.pkcs12_path.read_bytes(),
            request.passphrase or None, today))

    @Slot()
    def korpschef_review(self) -> None:
        if self.network_id is not None and KorpschefReviewDialog.ask(self, self.ctx,
                                                                     self.network_id):
            self._changed()

    def _save_letter(self, title: str, suggested: str,
                     make: Callable[[], bytes]) -> None:
        path = files.choose_save_file(self, title, suggested, self.tr("PDF files (*.pdf)"))
        if path is None:
            return

        def job() -> Path:
            letter = make()
            path.write_bytes(letter)
            return path

        def done(saved: Path) -> None:
            gui_errors.show_message(self, MessageKind.INFORMATION, title, self.tr(
                "The letter was saved as {path}. It is also kept with the charter's files. "
                "Send it to ADVP.").format(path=saved))

        self._run_step(job, done)

    @Slot()
    def submit_to_advp(self) -> None:
        latest, data, network_id = self._latest(), self.data, self.network_id
        if latest is None or data is None or network_id is None:
            return
        db, actor, today = self.ctx.db, self.ctx.actor_id, self.today
        self._save_letter(self.tr("Submit to ADVP"),
                          f"ADVP-{safe_file_name(data.network_name)}-v{latest.version}.pdf",
                          lambda: service.submit_to_advp(db, actor, network_id, today))

    @Slot()
    def notice_to_advp(self) -> None:
        data, network_id = self.data, self.network_id
        if data is None or network_id is None:
            return
        db, actor, today = self.ctx.db, self.ctx.actor_id, self.today
        self._save_letter(self.tr("Notice to ADVP"),
                          f"ADVP-{safe_file_name(data.network_name)}-{data.state.value}.pdf",
                          lambda: service.advp_notice(db, actor, network_id, today))

    @Slot()
    def record_approval(self) -> None:
        latest, network_id = self._latest(), self.network_id
        if latest is None or network_id is None:
            return
        approval = ApprovalDialog.ask(self, self._heading(), latest.submitted_on)
        if approval is None:
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        self._run_step(lambda: service.record_approval(db, actor, network_id,
                                                       approval.approved_on,
                                                       approval.reference))

    @Slot()
    def record_remarks(self) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        remarks = TextDialog.ask(
            self, self.tr("Record ADVP remarks"),
            self._heading() + " " + self.tr("ADVP sends it back: the network drafts a new "
                                            "version that takes the remarks into account."),
            self.tr("ADVP's &remarks:"))
        if remarks is None:
            return
        db, actor, today = self.ctx.db, self.ctx.actor_id, self.today
        self._run_step(lambda: service.record_advp_remarks(db, actor, network_id, remarks,
                                                           today))

    @Slot()
    def start_amendment(self) -> None:
        network_id, data = self.network_id, self.data
        if network_id is None or data is None:
            return
        reason = TextDialog.ask(
            self, self.tr("Start an amendment"),
            self.tr("A new version of the charter of {network} is drafted from the current "
                    "one; every party signs it again and ADVP is told.").format(
                        network=data.network_name),
            self.tr("&What changes, and why:"))
        if reason is None:
            return
        db, actor, today = self.ctx.db, self.ctx.actor_id, self.today
        self._selected = None
        self._run_step(lambda: service.start_amendment(db, actor, network_id, reason, today))

    # -- files -------------------------------------------------------------------------------
    def selected_file(self) -> service.FileView | None:
        rows = self.ui.filesView.selectionModel().selectedRows()
        return self.files_model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _update_file_buttons(self) -> None:
        chosen = self.selected_file() is not None
        self.ui.openFileButton.setEnabled(chosen)
        self.ui.saveFileButton.setEnabled(chosen)

    @Slot()
    def open_file(self) -> None:
        file = self.selected_file()
        if file is None:
            return
        db = self.ctx.db

        def job() -> Path:
            folder = Path(tempfile.gettempdir()) / "bin-desk"
            folder.mkdir(exist_ok=True)
            path = folder / f"{file.sha256[:12]}-{safe_file_name(file.filename)}"
            path.write_bytes(service.file_bytes(db, file.sha256))
            return path

        self.ctx.tasks.run(job, self._open_path, lambda exc: report_failure(self.ctx, exc, self),
                           owner=self, parent=self)

    def _open_path(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            gui_errors.show_message(self, MessageKind.WARNING, self.tr("Open file"), self.tr(
                "No program on this computer opens {name}. Use Save as… instead.").format(
                    name=path.name))

    @Slot()
    def save_file_as(self) -> None:
        file = self.selected_file()
        if file is None:
            return
        suffix = Path(file.filename).suffix
        path = files.choose_save_file(self, self.tr("Save the file as"), file.filename,
                                      self.tr("Files (*{suffix})").format(suffix=suffix)
                                      if suffix else "")
        if path is None:
            return
        db = self.ctx.db
        self.ctx.tasks.run(lambda: path.write_bytes(service.file_bytes(db, file.sha256)), None,
                           lambda exc: report_failure(self.ctx, exc, self),
                           owner=self, parent=self)
