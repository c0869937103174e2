"""First start: set up the zone, its municipalities, the administrator, and optionally the hub
and a gateway.

Each page is checked by core (bin_desktop.core.setup) when the user goes on, and a refusal is
shown on the page itself, next to the fields, so nobody loses what they typed. Nothing is written
before Finish; then everything is saved in one transaction in the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bin_desktop.core import setup
from bin_desktop.core.domain import LANGUAGES
from bin_desktop.core.errors import BinDeskError
from bin_desktop.core.operators import current_operator
from bin_desktop.core.setup import (
    GatewayInput,
    HubInput,
    MunicipalityInput,
    OperatorInput,
    SetupPlan,
    SetupResult,
    ZoneInput,
)
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Operator
from bin_desktop.gui.dashboard_model import OVERDUE_FOREGROUND
from bin_desktop.gui.labels import error_message, language_name
from bin_desktop.gui.tasks import DbTasks


class ErrorLabel(QLabel):
    """Why the page cannot go on, in the page itself (hidden while there is nothing to say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupError")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {OVERDUE_FOREGROUND.name()}; font-weight: bold;")
        self.setAccessibleName(self.tr("Problem on this page"))
        self.hide()

    def show_error(self, exc: BinDeskError) -> None:
        self.setText(error_message(exc))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class _Page(QWizardPage):
    """A page with an error label at the bottom, checked by `check()` when going on."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        # In the page, not as the wizard's subtitle: the header does not grow with a long
        # translation, the page does.
        self.layout_.addWidget(_intro(intro))
        self.error_label = ErrorLabel()

    def finish_layout(self) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.error_label)

    def check(self) -> None:
        """Raise a core error when the page cannot go on."""

    def validatePage(self) -> bool:
        try:
            self.check()
        except BinDeskError as exc:
            self.error_label.show_error(exc)
            return False
        self.error_label.clear_error()
        return True


class ZonePage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Police zone"),
            self.tr("Welcome to BIN Desk. First tell us which police zone this installation "
                    "serves. You can change these details later in the settings."))
        form = QFormLayout()
        self.name_edit = _edit(self.tr("Zone name"), self.tr("e.g. PZ Zennevallei"))
        form.addRow(self.tr("Zone &name:"), self.name_edit)
        self.number_edit = _edit(self.tr("Zone number"), self.tr("4 digits, e.g. 5415"))
        self.number_edit.setMaxLength(4)
        form.addRow(self.tr("Zone n&umber:"), self.number_edit)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Working language of the zone"))
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        form.addRow(self.tr("Working &language:"), self.language_combo)
        self.address_edit = _edit(self.tr("Address of the zone"),
                                  self.tr("e.g. Zuster Bernardastraat 30, 1500 Halle"))
        form.addRow(self.tr("&Address:"), self.address_edit)
        self.layout_.addLayout(form)
        join_row = QHBoxLayout()
        join_row.addWidget(_intro(self.tr(
            "Is the zone already set up on another computer with a hub? Then this computer "
            "joins it and gets everything from the hub.")), 1)
        self.join_button = QPushButton(self.tr("&Join the zone from its hub…"))
        self.join_button.setAccessibleName(self.tr("Join the zone from its hub"))
        self.join_button.clicked.connect(self._join)
        join_row.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(join_row)
        self.finish_layout()

    @Slot()
    def _join(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        dialog = JoinDialog(wizard, wizard.db, wizard.tasks)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            wizard.joined = True
            QDialog.done(wizard, QDialog.DialogCode.Accepted)

    def value(self) -> ZoneInput:
        return ZoneInput(self.name_edit.text(), self.number_edit.text(),
                         str(self.language_combo.currentData()), self.address_edit.text())

    def check(self) -> None:
        try:
            setup.check_zone(self.value())
        except BinDeskError:
            (self.name_edit if not self.name_edit.text().strip() else self.number_edit).setFocus()
            raise


class MunicipalitiesPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Municipalities"),
            self.tr("Add each municipality of the zone with its NIS code, its names and its "
                    "postcodes. BINs are created inside these municipalities."))
        self.municipalities: list[MunicipalityInput] = []
        row = QHBoxLayout()
        self.form_box = QGroupBox(self.tr("Municipality"))
        form = QFormLayout(self.form_box)
        self.nis_edit = _edit(self.tr("NIS code"), self.tr("5 digits, e.g. 23027"))
        self.nis_edit.setMaxLength(5)
        form.addRow(self.tr("&NIS code:"), self.nis_edit)
        self.name_edits: dict[str, QLineEdit] = {}
        self.language_checks: dict[str, QCheckBox] = {}
        names = {"nl": self.tr("Name in Dutch"), "fr": self.tr("Name in French"),
                 "de": self.tr("Name in German")}
        captions = {"nl": self.tr("Name (&Dutch):"), "fr": self.tr("Name (&French):"),
                    "de": self.tr("Name (&German):")}
        for code in LANGUAGES:
            self.name_edits[code] = _edit(names[code])
            form.addRow(captions[code], self.name_edits[code])
        self.postcodes_edit = _edit(self.tr("Postcodes"), self.tr("e.g. 1500, 1501, 1502"))
        form.addRow(self.tr("&Postcodes:"), self.postcodes_edit)
        languages = QHBoxLayout()
        for code in LANGUAGES:
            check = QCheckBox(language_name(code))
            check.setAccessibleName(self.tr("Speaks {language}").format(
                language=language_name(code)))
            self.language_checks[code] = check
            languages.addWidget(check)
        languages.addStretch(1)
        self.language_checks["nl"].setChecked(True)
        form.addRow(self.tr("Languages:"), languages)
        self.add_button = QPushButton(self.tr("&Add municipality"))
        self.add_button.setAccessibleName(self.tr("Add municipality"))
        self.add_button.clicked.connect(self.add_from_form)
        form.addRow("", self.add_button)
        row.addWidget(self.form_box, 3)

        list_box = QGroupBox(self.tr("Municipalities of the zone"))
        list_layout = QVBoxLayout(list_box)
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Municipalities of the zone"))
        list_layout.addWidget(self.list_widget, 1)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected municipality"))
        self.remove_button.clicked.connect(self.remove_selected)
        list_layout.addWidget(self.remove_button)
        row.addWidget(list_box, 2)
        self.layout_.addLayout(row)
        self.finish_layout()

    def form_value(self) -> MunicipalityInput:
        return MunicipalityInput(
            self.nis_edit.text(), self.name_edits["nl"].text(), self.name_edits["fr"].text(),
            self.name_edits["de"].text(), setup.split_codes(self.postcodes_edit.text()),
            tuple(code for code, check in self.language_checks.items() if check.isChecked()))

    def form_is_empty(self) -> bool:
        edits = [self.nis_edit, self.postcodes_edit, *self.name_edits.values()]
        return not any(edit.text().strip() for edit in edits)

    @Slot()
    def add_from_form(self) -> bool:
        """Checks the form's municipality and adds it to the list; False when refused."""
        try:
            municipality = setup.check_municipality(self.form_value())
            setup.check_municipalities([*self.municipalities, municipality])
        except BinDeskError as exc:
            self.error_label.show_error(exc)
            self.nis_edit.setFocus()
            return False
        self.error_label.clear_error()
        self.municipalities.append(municipality)
        item = QListWidgetItem(self.tr("{name} ({nis}) — {postcodes}").format(
            name=municipality.display_name(), nis=municipality.nis_code,
            postcodes=", ".join(municipality.postcodes)))
        item.setData(Qt.ItemDataRole.UserRole, municipality.nis_code)
        self.list_widget.addItem(item)
        for edit in (self.nis_edit, self.postcodes_edit, *self.name_edits.values()):
            edit.clear()
        self.nis_edit.setFocus()
        return True

    @Slot()
    def remove_selected(self) -> None:
        row = self.list_widget.currentRow()
        if row >= 0:
            self.list_widget.takeItem(row)
            del self.municipalities[row]

    def validatePage(self) -> bool:
        """A municipality still in the form is added first: nobody has to press Add twice."""
        if not self.form_is_empty() and not self.add_from_form():
            return False
        return super().validatePage()

    def check(self) -> None:
        setup.check_municipalities(self.municipalities)


class OperatorPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Your operator profile"),
            self.tr("Every change in BIN Desk is recorded under the name of the operator who "
                    "made it."))
        self.layout_.addWidget(_intro(self.tr(
            "You are the first operator, so you become the administrator of this installation: "
            "you manage the operators, the zone's settings and the gateways. Add the officers "
            "who work with the BINs afterwards (Settings → Switch operator → Create a new "
            "operator).")))
        form = QFormLayout()
        self.name_edit = _edit(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.number_edit = _edit(self.tr("Personnel number"))
        form.addRow(self.tr("&Personnel number:"), self.number_edit)
        self.email_edit = _edit(self.tr("E-mail address"), self.tr("optional"))
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.layout_.addLayout(form)
        self.finish_layout()

    def value(self) -> OperatorInput:
        return OperatorInput(self.name_edit.text(), self.number_edit.text(),
                             self.email_edit.text())

    def check(self) -> None:
        setup.check_operator(self.value())


class HubPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Zone hub (optional)"),
            self.tr("With a hub, every workstation and laptop of the zone shares the same data "
                    "and works offline in between. You can also set it up later."))
        self.enable_check = QCheckBox(self.tr("&Synchronise with the zone's hub"))
        self.enable_check.setAccessibleName(self.tr("Synchronise with the zone's hub"))
        self.layout_.addWidget(self.enable_check)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.url_edit = _edit(self.tr("Hub database URL"),
                              "postgresql://bindesk@hub.zone.local/bindesk")
        form.addRow(self.tr("Database &URL:"), self.url_edit)
        self.password_edit = _edit(self.tr("Hub password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", _intro(self.tr(
            "Ask the zone's IT for the address. The password is kept in this computer's "
            "keyring, never in a file.")))
        self.layout_.addWidget(self.box)
        self.enable_check.toggled.connect(self.box.setEnabled)
        self.box.setEnabled(False)
        self.finish_layout()

    def value(self) -> HubInput | None:
        if not self.enable_check.isChecked():
            return None
        return HubInput(self.url_edit.text(), self.password_edit.text())

    def check(self) -> None:
        hub = self.value()
        if hub is not None:
            setup.check_hub(hub)


class GatewayPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Gateway (optional)"),
            self.tr("A gateway sends the police messages: e-mail through the zone's mail "
                    "server, SMS and voice through a provider. You can also set it up later."))
        self.enable_check = QCheckBox(self.tr("&Configure a gateway now"))
        self.enable_check.setAccessibleName(self.tr("Configure a gateway now"))
        self.layout_.addWidget(self.enable_check)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.name_edit = _edit(self.tr("Gateway name"), self.tr("e.g. mail"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Gateway type"))
        self.type_combo.addItem(self.tr("E-mail server (SMTP)"), "smtp")
        self.type_combo.addItem(self.tr("SMS and voice provider (HTTP JSON)"), "http-json")
        self.type_combo.addItem(self.tr("Folder outbox (tests and exercises)"), "outbox")
        form.addRow(self.tr("&Type:"), self.type_combo)
        self.url_edit = _edit(self.tr("Gateway address"))
        form.addRow(self.tr("&Address:"), self.url_edit)
        self.sender_edit = _edit(self.tr("Sender"), self.tr("optional"))
        form.addRow(self.tr("S&ender:"), self.sender_edit)
        self.secret_edit = _edit(self.tr("Token or password"), self.tr("optional"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Token or pass&word:"), self.secret_edit)
        self.layout_.addWidget(self.box)
        self.enable_check.toggled.connect(self.box.setEnabled)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.box.setEnabled(False)
        self._type_changed()
        self.finish_layout()

    @Slot()
    def _type_changed(self) -> None:
        hints = {"smtp": "smtp://bindesk@mail.zone.local:587",
                 "http-json": "https://sms.provider.example/v1",
                 "outbox": self.tr("a folder, e.g. C:\\BIN Desk\\outbox")}
        self.url_edit.setPlaceholderText(hints[str(self.type_combo.currentData())])

    def value(self) -> GatewayInput | None:
        if not self.enable_check.isChecked():
            return None
        return GatewayInput(self.name_edit.text(), str(self.type_combo.currentData()),
                            self.url_edit.text(), self.sender_edit.text(),
                            secret=self.secret_edit.text())

    def check(self) -> None:
        gateway = self.value()
        if gateway is not None:
            setup.check_gateway(gateway)


class JoinDialog(QDialog):
    """A new computer of a zone that exists: the hub's address and password, then the whole
    zone is pulled (in the worker; a large zone takes seconds)."""

    def __init__(self, parent: QWidget | None, db: Database, tasks: DbTasks) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.pulled = 0
        self.setWindowTitle(self.tr("Join the zone from its hub"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self.tr(
            "Ask the zone's IT for the hub's address. The password is kept in this computer's "
            "keyring, never in a file.")))
        form = QFormLayout()
        self.url_edit = _edit(self.tr("Hub database URL"),
                              "postgresql://bindesk@hub.zone.local/bindesk")
        form.addRow(self.tr("Database &URL:"), self.url_edit)
        self.password_edit = _edit(self.tr("Hub password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        layout.addLayout(form)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.error_label = ErrorLabel()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.join_button = QPushButton(self.tr("&Join"))
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self._join)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    @Slot()
    def _join(self) -> None:
        hub = HubInput(self.url_edit.text(), self.password_edit.text())
        try:
            hub = setup.check_hub(hub)
        except BinDeskError as exc:
            self.error_label.show_error(exc)
            return
        self.error_label.clear_error()
        self._busy(True)
        self.status_label.setText(self.tr("Getting the zone from the hub…"))
        db = self.db
        self.tasks.run(lambda: setup.join_zone(db, hub), self._joined, self._failed,
                       owner=self, parent=self)

    def _busy(self, busy: bool) -> None:
        for widget in (self.join_button, self.cancel_button, self.url_edit,
                       self.password_edit):
            widget.setEnabled(not busy)

    def _joined(self, pulled: int) -> None:
        self.password_edit.clear()
        self.pulled = pulled
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status_label.clear()
        if isinstance(exc, BinDeskError):
            self.error_label.show_error(exc)
        else:
            self.tasks.errors.report(exc, self)

    @Slot()
    def reject(self) -> None:
        if self.join_button.isEnabled() or self.cancel_button.isEnabled():
            super().reject()  # never while the zone is being pulled


def _save(db: Database, plan: SetupPlan) -> tuple[SetupResult, Operator]:
    """Runs in the database worker."""
    result = setup.set_up(db, plan)
    return result, current_operator(db)


def _nothing() -> None:
    """A job that only marks its place in the worker's queue."""


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None, db: Database, tasks: DbTasks) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.operator: Operator | None = None
        self.result_: SetupResult | None = None
        #: this computer joined an existing zone from its hub (no operator made here)
        self.joined = False
        self._saving = False
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up BIN Desk"))
        self.setAccessibleName(self.windowTitle())
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(760, 560)
        self.zone_page = ZonePage()
        self.municipalities_page = MunicipalitiesPage()
        self.operator_page = OperatorPage()
        self.hub_page = HubPage()
        self.gateway_page = GatewayPage()
        for page in (self.zone_page, self.municipalities_page, self.operator_page,
                     self.hub_page, self.gateway_page):
            self.addPage(page)

    def plan(self) -> SetupPlan:
        return SetupPlan(self.zone_page.value(),
                         tuple(self.municipalities_page.municipalities),
                         self.operator_page.value(), self.hub_page.value(),
                         self.gateway_page.value())

    @Slot()
    def accept(self) -> None:
        """Finish: saves in the worker; the wizard closes only when that succeeded."""
        if self._saving or not self.validateCurrentPage():
            return
        self._saving = True
        self._buttons_enabled(False)
        db, plan = self.db, self.plan()
        self.tasks.run(lambda: _save(db, plan), self._saved, self._failed, owner=self,
                       parent=self)

    @Slot()
    def reject(self) -> None:
        """Escape while saving would hide a set-up that is being written: wait for it."""
        if not self._saving:
            super().reject()

    def _buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def _saved(self, outcome: tuple[SetupResult, Operator]) -> None:
        self.result_, self.operator = outcome
        self._saving = False
        for warning in self.result_.warnings:
            self.tasks.errors.user_error(warning, self)
        super().accept()

    def _failed(self, exc: BinDeskError | BaseException) -> None:
        self._saving = False
        self._buttons_enabled(True)
        page = self.currentPage()
        if isinstance(exc, BinDeskError) and isinstance(page, _Page):
            page.error_label.show_error(exc)
        else:
            self.tasks.errors.report(exc, self)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, tasks: DbTasks) -> Operator | None:
        """The administrator the set-up created, or None when the user gave up or joined an
        existing zone (then who works is chosen among the zone's operators)."""
        wizard = cls(parent, db, tasks)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        # The worker thread may still hold the finished save job, which refers to the wizard:
        # let a no-op job pass behind it, so that the last reference is dropped on this thread
        # (a Qt object released by a Python worker thread is deleted at a random later moment).
        tasks.run(_nothing)
        tasks.wait_idle()
        return wizard.operator if accepted else None
