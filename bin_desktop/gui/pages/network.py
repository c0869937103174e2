"""One network: its form (ui/network_form.ui), contacts, life-cycle state and history.

The form is compared with what was loaded to know what changed; Save sends only those fields to
`networks.update_network`, which validates them. When core refuses (an invalid postcode, an empty
name) the message goes through the error helper and the form keeps what the user typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from bin_desktop.core import networks, overview
from bin_desktop.core import zone as zone_service
from bin_desktop.core.dashboard import SignatureProgress, signature_progress
from bin_desktop.core.domain import Category, Channel, ContactRole, NetworkType
from bin_desktop.core.lifecycle import Task
from bin_desktop.core.store.database import Database
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.contact import ContactDialog
from bin_desktop.gui.dialogs.transition import TransitionDialog, TransitionRequest
from bin_desktop.gui.forms.ui_network_form import Ui_NetworkForm
from bin_desktop.gui.labels import (
    actor_label,
    category_label,
    date_pattern,
    format_date,
    network_type_label,
    state_label,
    task_sentence,
)
from bin_desktop.gui.network_models import ContactsModel, HistoryModel
from bin_desktop.gui.table_model import ID_ROLE, SIZE_HINT_ROWS
from bin_desktop.gui.widgets import setup_list_view

_CATEGORY_COLUMNS = 3


@dataclass(frozen=True)
class NetworkData:
    """Everything the page shows, read in one worker job."""

    detail: networks.NetworkDetail
    history: list[networks.HistoryEntry]
    signatures: SignatureProgress | None
    municipalities: list[tuple[str, str]]
    officers: list[tuple[str, str]]  # (operator id, label)
    names: dict[str, str]


def load_network(db: Database, network_id: str, today: dt.date | None = None) -> NetworkData:
    """Runs in the database worker."""
    detail = networks.network_detail(db, network_id, today)
    history = networks.network_history(db, network_id)
    municipalities = [(m.id, m.display_name()) for m in zone_service.list_municipalities(db)]
    with db.read() as session:
        signatures = signature_progress(session, [network_id]).get(network_id)
        candidates = overview.officer_candidates(session)
    officers = [(o.id, f"{o.name} ({o.personnel_number})") for o in candidates]
    names = dict(municipalities)
    names.update({o.id: o.name for o in candidates})
    current = detail.mandated_officer
    if current is not None and current.id not in names:  # deactivated since: still show them
        officers.append((current.id, f"{current.name} ({current.personnel_number})"))
        names[current.id] = current.name
    return NetworkData(detail, history, signatures, municipalities, officers, names)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class NetworkPage(QWidget):
    #: The network's data on screen is fresh (after opening, saving, a state change …).
    loaded = Signal()
    #: A change was saved (the lists elsewhere should reload).
    saved = Signal()
    back = Signal()
    #: Show the charter page of this network (its id).
    openCharter = Signal(str)  # noqa: N815 - Qt naming
    #: Show the member list and review queue of this network (its id).
    openMembers = Signal(str)  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: dt.date | None = None
        self.network_id: str | None = None
        self.data: NetworkData | None = None
        self._baseline: dict[str, Any] = {}
        self._filling = False
        self.ui = Ui_NetworkForm()
        self.ui.setupUi(self)
        self._category_checks: dict[Category, QCheckBox] = {}
        self._language_checks = {"nl": self.ui.languageNlCheck, "fr": self.ui.languageFrCheck,
                                 "de": self.ui.languageDeCheck}
        self._channel_checks = {Channel.SMS: self.ui.channelSmsCheck,
                                Channel.VOICE: self.ui.channelVoiceCheck,
                                Channel.EMAIL: self.ui.channelEmailCheck}
        self._setup()

    # -- set-up ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        title_font = QFont(ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        for network_type in NetworkType:
            ui.typeCombo.addItem(network_type_label(network_type), network_type.value)
        for position, category in enumerate(Category):
            check = QCheckBox(category_label(category))
            check.setAccessibleName(category_label(category))
            ui.categoriesGrid.addWidget(check, position // _CATEGORY_COLUMNS,
                                        position % _CATEGORY_COLUMNS)
            self._category_checks[category] = check
        ui.evaluationDateEdit.setEnabled(False)
        ui.evaluationDateEdit.setDisplayFormat(date_pattern())
        ui.evaluationCheck.toggled.connect(self._evaluation_toggled)

        self.contacts_model = ContactsModel(self)
        self.history_model = HistoryModel(self.ctx.db.device_id, self)
        for view, model in ((ui.contactsView, self.contacts_model),
                            (ui.historyView, self.history_model)):
            self._setup_view(view)
            view.setModel(model)
        contacts_header = ui.contactsView.horizontalHeader()
        contacts_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        contacts_header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        contacts_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_header = ui.historyView.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        history_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ui.contactsView.activated.connect(self.edit_contact)
        ui.contactsView.selectionModel().selectionChanged.connect(self._contact_selection)

        for widget in (ui.nameEdit, ui.sectorEdit, ui.postcodesEdit):
            widget.textChanged.connect(self._form_edited)
        for edit in (ui.descriptionEdit, ui.streetsEdit):
            edit.textChanged.connect(self._form_edited)
        for combo in (ui.typeCombo, ui.municipalityCombo, ui.officerCombo):
            combo.currentIndexChanged.connect(self._form_edited)
        ui.evaluationDateEdit.dateChanged.connect(self._form_edited)
        for check in (ui.evaluationCheck, *self._language_checks.values(),
                      *self._channel_checks.values(), *self._category_checks.values()):
            check.toggled.connect(self._form_edited)

        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.changeStateButton.clicked.connect(self.change_state)
        self.charter_button = QPushButton(self.tr("Charter…"))
        self.charter_button.setAccessibleName(self.tr("Charter"))
        self.charter_button.setToolTip(self.tr("The charter of this network: versions, "
                                               "signatures, ADVP"))
        self.charter_button.clicked.connect(self._open_charter)
        self.members_button = QPushButton(self.tr("Members…"))
        self.members_button.setAccessibleName(self.tr("Members"))
        self.members_button.setToolTip(self.tr("The member list of this network, its review "
                                               "queue and imports"))
        self.members_button.clicked.connect(self._open_members)
        ui.headerLayout.removeWidget(ui.changeStateButton)
        header_buttons = QHBoxLayout()
        header_buttons.setSpacing(6)
        header_buttons.addWidget(self.members_button)
        header_buttons.addWidget(self.charter_button)
        header_buttons.addWidget(ui.changeStateButton)
        ui.headerLayout.addLayout(header_buttons, 0, 2)
        ui.backButton.clicked.connect(self.back)
        ui.setCoordinatorButton.clicked.connect(self.set_coordinator)
        ui.addDeputyButton.clicked.connect(self.add_deputy)
        ui.editContactButton.clicked.connect(self.edit_contact)
        ui.removeContactButton.clicked.connect(self.remove_contact)
        for button in (ui.setCoordinatorButton, ui.addDeputyButton, ui.editContactButton,
                       ui.removeContactButton, ui.saveButton, ui.revertButton):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back = QShortcut(QKeySequence.StandardKey.Back, self, self.back.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_dirty(False)
        self._contact_selection()

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        setup_list_view(view)

    # -- loading -----------------------------------------------------------------------------
    def open_network(self, network_id: str) -> None:
        self.network_id = network_id
        self.data = None
        self.ui.tabs.setCurrentIndex(0)
        self._load(refill_form=True)

    @Slot()
    def refresh(self) -> None:
        if self.network_id is not None:
            self._load(refill_form=not self.is_dirty())

    def _load(self, refill_form: bool) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        self.ctx.tasks.run(lambda: load_network(self.ctx.db, network_id, self.today),
                           lambda data: self._show(network_id, data, refill_form),
                           owner=self, parent=self)

    def _show(self, network_id: str, data: NetworkData, refill_form: bool) -> None:
        if network_id != self.network_id:
            return  # another network was opened meanwhile
        self.data = data
        self._show_header(data)
        self.contacts_model.set_rows(data.detail.contacts)
        self._contact_selection()
        self.history_model.names = data.names
        self.history_model.set_rows(data.history)
        if refill_form:
            self._fill_form(data)
        self.loaded.emit()

    def _show_header(self, data: NetworkData) -> None:
        ui, summary = self.ui, data.detail.summary
        ui.titleLabel.setText(data.detail.network.name)
        ui.stateValueLabel.setText(self.tr("{state} (since {date})").format(
            state=state_label(summary.state), date=format_date(summary.state_since)))
        if summary.next.task == Task.NONE or summary.waiting_days is None:
            ui.nextActionLabel.setText(self.tr("Nothing to do at the moment."))
        else:
            ui.nextActionLabel.setText(task_sentence(
                summary.next.task, data.detail.network.name, summary.next.actor,
                summary.waiting_days))
        signatures = data.signatures
        if signatures is None or not signatures.needed:
            ui.signaturesValueLabel.setText(self.tr("no charter yet"))
        else:
            text = self.tr("{done} of {needed} signed").format(
                done=signatures.done, needed=signatures.needed)
            waiting = [
                self.tr("{who} since {date}").format(
                    who=actor_label(p.signatory.value), date=format_date(p.requested_on))
                for p in sorted(signatures.pending, key=lambda p: p.requested_on)
            ]
            # The header has room for one pending party; the tool tip names them all.
            ui.signaturesValueLabel.setToolTip("\n".join(waiting))
            if len(waiting) == 1:
                text = self.tr("{signed}; waiting for {waiting}").format(
                    signed=text, waiting=waiting[0])
            elif waiting:
                text = self.tr("{signed}; waiting for {waiting} and {more} more").format(
                    signed=text, waiting=waiting[0], more=len(waiting) - 1)
            ui.signaturesValueLabel.setText(text)
        ui.changeStateButton.setEnabled(True)

    def _fill_form(self, data: NetworkData) -> None:
        ui, network = self.ui, data.detail.network
        self._filling = True
        try:
            ui.nameEdit.setText(network.name)
            ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(network.type)))
            ui.sectorEdit.setText(network.sector or "")
            ui.municipalityCombo.clear()
            for municipality_id, name in data.municipalities:
                ui.municipalityCombo.addItem(name, municipality_id)
            ui.municipalityCombo.setCurrentIndex(
                ui.municipalityCombo.findData(network.municipality_id))
            ui.officerCombo.clear()
            ui.officerCombo.addItem(self.tr("(none)"), None)
            for operator_id, label in data.officers:
                ui.officerCombo.addItem(label, operator_id)
            ui.officerCombo.setCurrentIndex(
                max(0, ui.officerCombo.findData(network.mandated_officer_id))
                if network.mandated_officer_id else 0)
            due = network.evaluation_due
            ui.evaluationCheck.setChecked(due is not None)
            ui.evaluationDateEdit.setDate(_qdate(due or self._default_evaluation()))
            ui.evaluationDateEdit.setEnabled(due is not None)
            for code, check in self._language_checks.items():
                check.setChecked(code in network.languages)
            ui.descriptionEdit.setPlainText(network.description)
            ui.streetsEdit.setPlainText("\n".join(network.streets))
            ui.postcodesEdit.setText(", ".join(network.postcodes))
            for channel, check in self._channel_checks.items():
                check.setChecked(channel.value in network.channels)
            for category, check in self._category_checks.items():
                check.setChecked(category.value in network.allowed_categories)
        finally:
            self._filling = False
        self._baseline = self.form_values()
        self._set_dirty(False)

    def _default_evaluation(self) -> dt.date:
        today = self.today or dt.date.today()
        months = self.ctx.zone.evaluation_interval_months if self.ctx.zone else 12
        year, month = divmod(today.month - 1 + months, 12)
        return dt.date(today.year + year, month + 1, min(today.day, 28))

    # -- the form ----------------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        """The editable fields as the user has them now, in the shape core accepts."""
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "type": ui.typeCombo.currentData(),
            "sector": ui.sectorEdit.text(),
            "municipality_id": ui.municipalityCombo.currentData(),
            "mandated_officer_id": ui.officerCombo.currentData(),
            "evaluation_due": (_pydate(ui.evaluationDateEdit.date())
                               if ui.evaluationCheck.isChecked() else None),
            "languages": [c for c, check in self._language_checks.items() if check.isChecked()],
            "description": ui.descriptionEdit.toPlainText(),
            "streets": ui.streetsEdit.toPlainText().splitlines(),
            "postcodes": ui.postcodesEdit.text(),
            "channels": [c.value for c, check in self._channel_checks.items()
                         if check.isChecked()],
            "allowed_categories": [c.value for c, check in self._category_checks.items()
                                   if check.isChecked()],
        }

    def changes(self) -> dict[str, Any]:
        current = self.form_values()
        return {k: v for k, v in current.items() if self._baseline.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self._baseline) and bool(self.changes())

    @Slot()
    def _form_edited(self) -> None:
        if not self._filling:
            self._set_dirty(self.is_dirty())

    def _set_dirty(self, dirty: bool) -> None:
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        self.ui.changesLabel.setText(self.tr("Unsaved changes") if dirty else "")

    @Slot(bool)
    def _evaluation_toggled(self, checked: bool) -> None:
        self.ui.evaluationDateEdit.setEnabled(checked)

    @Slot()
    def save(self) -> None:
        changes = self.changes()
        network_id = self.network_id
        if not changes or network_id is None:
            return
        self.ui.saveButton.setEnabled(False)
        self.ctx.tasks.run(
            lambda: networks.update_network(self.ctx.db, self.ctx.actor_id,
                                            network_id, **changes),
            self._saved, self._save_failed, owner=self, parent=self,
        )

    def _saved(self, _changed: dict[str, Any]) -> None:
        self._load(refill_form=True)
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self.ui.saveButton.setEnabled(self.is_dirty())
        self.ctx.errors.report(exc, self)

    @Slot()
    def revert(self) -> None:
        if self.data is not None:
            self._fill_form(self.data)

    def confirm_leave(self) -> bool:
        """Before the window shows another page: may unsaved changes be dropped?"""
        if not self.is_dirty():
            return True
        if gui_errors.ask_yes_no(self, self.tr("Unsaved changes"), self.tr(
                "The changes to {network} are not saved. Discard them?").format(
                    network=self.data.detail.network.name if self.data else "")):
            self.revert()
            return True
        return False

    @Slot()
    def _open_charter(self) -> None:
        if self.network_id is not None:
            self.openCharter.emit(self.network_id)

    @Slot()
    def _open_members(self) -> None:
        if self.network_id is not None:
            self.openMembers.emit(self.network_id)

    # -- life cycle --------------------------------------------------------------------------
    @Slot()
    def change_state(self) -> None:
        if self.data is None or self.network_id is None:
            return
        summary = self.data.detail.summary
        request = TransitionDialog.ask(self, self.data.detail.network.name, summary.state,
                                       summary.state_since)
        if request is not None:
            self.apply_transition(request)

    def apply_transition(self, request: TransitionRequest) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        self.ctx.tasks.run(
            lambda: networks.transition(self.ctx.db, self.ctx.actor_id,
                                        network_id, request.target, request.effective_on,
                                        request.reason),
            self._changed_elsewhere, owner=self, parent=self,
        )

    def _changed_elsewhere(self, _result: object = None) -> None:
        """A state or contact change was saved: reload, keeping unsaved form edits."""
        self._load(refill_form=not self.is_dirty())
        self.saved.emit()

    # -- contacts ----------------------------------------------------------------------------
    def selected_contact(self) -> networks.Contact | None:
        rows = self.ui.contactsView.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.contacts_model.row_of(str(rows[0].data(ID_ROLE)))
        return self.contacts_model.row_at(row) if row is not None else None

    @Slot()
    def _contact_selection(self) -> None:
        selected = self.selected_contact() is not None
        self.ui.editContactButton.setEnabled(selected)
        self.ui.removeContactButton.setEnabled(selected)

    def _run_contact_change(self, job: Any) -> None:
        self.ctx.tasks.run(job, self._changed_elsewhere, owner=self, parent=self)

    @Slot()
    def set_coordinator(self) -> None:
        self._add_contact(ContactRole.COORDINATOR, self.tr("Coordinator"))

    @Slot()
    def add_deputy(self) -> None:
        self._add_contact(ContactRole.DEPUTY, self.tr("Deputy coordinator"))

    def _add_contact(self, role: ContactRole, title: str) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        data = ContactDialog.ask(self, title)
        if data is not None:
            self._run_contact_change(lambda: networks.add_contact(
                self.ctx.db, self.ctx.actor_id, network_id, role, data))

    @Slot()
    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        current = networks.ContactData(contact.full_name, contact.email, contact.phone,
                                       contact.language)
        data = ContactDialog.ask(self, contact.full_name, current)
        if data is not None:
            self._run_contact_change(lambda: networks.update_contact(
                self.ctx.db, self.ctx.actor_id, contact.contact_id, data))

    @Slot()
    def remove_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if gui_errors.ask_yes_no(self, self.tr("Remove contact"), self.tr(
                "Remove {name} from this network?").format(name=contact.full_name)):
            self._run_contact_change(lambda: networks.remove_contact(
                self.ctx.db, self.ctx.actor_id, contact.contact_id))
