"""Add or change one gateway: its type, where it sends, what it sends and how fast.

The token or password is typed here and handed once to core, which keeps it in the operating
system's keyring only; the field is cleared as soon as it was read, and the dialog never shows a
stored secret back, only whether one is set. Validation is core's (the same rules as the CLI);
the page shows core's message and opens the dialog again with what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import gateway_config
from bin_desktop.gui.labels import channel_label


@dataclass(frozen=True)
class GatewayForm:
    """What the dialog was filled in with (the secret travels separately, see `ask`)."""

    name: str
    type: str
    url: str
    security: str  # smtp only; "" for the others
    sender: str
    channels: tuple[str, ...]
    batch_size: int
    rate_per_second: float | None
    test_mode: bool


@dataclass(frozen=True)
class GatewayAnswer:
    form: GatewayForm
    secret: str  # "" when left empty: the stored secret (if any) stays as it is


def type_label(kind: str) -> str:
    """The gateway type in words (the dialog and the gateway list)."""
    labels = {
        "smtp": QCoreApplication.translate("gateways", "SMTP e-mail server"),
        "http-json": QCoreApplication.translate("gateways", "HTTP provider (JSON protocol)"),
        "cm": QCoreApplication.translate("gateways", "CM.com SMS and voice"),
        "outbox": QCoreApplication.translate("gateways", "Folder outbox (files only)"),
    }
    return labels.get(kind, kind)


class GatewayDialog(QDialog):
    def __init__(self, parent: QWidget | None, form: GatewayForm | None, *,
                 secret_set: bool = False, editing: bool = False) -> None:
        super().__init__(parent)
        self.editing = editing
        self.setWindowTitle(self.tr("Change gateway") if editing else self.tr("Add gateway"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Gateway name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. relay or mail"))
        self.name_edit.setReadOnly(editing)
        form_layout.addRow(self.tr("&Name:"), self.name_edit)

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Gateway type"))
        for kind in gateway_config.TYPES:
            self.type_combo.addItem(type_label(kind), kind)
        form_layout.addRow(self.tr("&Type:"), self.type_combo)

        self.url_edit = QLineEdit()
        self.url_edit.setAccessibleName(self.tr("Address or folder"))
        form_layout.addRow(self.tr("&Address:"), self.url_edit)

        self.security_combo = QComboBox()
        self.security_combo.setAccessibleName(self.tr("SMTP security"))
        self.security_combo.addItem(self.tr("Default (SSL for smtps://, else STARTTLS)"), "")
        self.security_combo.addItem(self.tr("STARTTLS"), "starttls")
        self.security_combo.addItem(self.tr("SSL/TLS"), "ssl")
        self.security_combo.addItem(self.tr("None (local relay only)"), "plain")
        form_layout.addRow(self.tr("&Security:"), self.security_combo)

        self.sender_edit = QLineEdit()
        self.sender_edit.setAccessibleName(self.tr("Sender"))
        self.sender_edit.setPlaceholderText(self.tr("sender id or from address"))
        form_layout.addRow(self.tr("Se&nder:"), self.sender_edit)

        channels = QWidget()
        channels_layout = QHBoxLayout(channels)
        channels_layout.setContentsMargins(0, 0, 0, 0)
        self.channel_checks: dict[str, QCheckBox] = {}
        for channel in gateway_config.CHANNELS:
            check = QCheckBox(channel_label(channel))
            check.setAccessibleName(self.tr("Sends {channel}").format(
                channel=channel_label(channel)))
            self.channel_checks[channel] = check
            channels_layout.addWidget(check)
        channels_layout.addStretch(1)
        form_layout.addRow(self.tr("Channels:"), channels)

        self.batch_spin = QSpinBox()
        self.batch_spin.setAccessibleName(self.tr("Batch size"))
        self.batch_spin.setRange(1, gateway_config.MAX_BATCH)
        self.batch_spin.setSuffix(self.tr(" per request"))
        form_layout.addRow(self.tr("&Batch:"), self.batch_spin)

        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setAccessibleName(self.tr("Rate limit"))
        self.rate_spin.setRange(0, gateway_config.MAX_RATE)
        self.rate_spin.setDecimals(1)
        self.rate_spin.setSpecialValueText(self.tr("no limit"))
        self.rate_spin.setSuffix(self.tr(" per second"))
        form_layout.addRow(self.tr("&Rate:"), self.rate_spin)

        self.test_check = QCheckBox(self.tr("Test mode (the provider does not deliver)"))
        self.test_check.setAccessibleName(self.tr("Test mode"))
        form_layout.addRow("", self.test_check)

        self.secret_edit = QLineEdit()
        self.secret_edit.setAccessibleName(self.tr("Token or password"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(
            self.tr("set: leave empty to keep it") if secret_set else self.tr("not set"))
        form_layout.addRow(self.tr("T&oken or password:"), self.secret_edit)
        note = QLabel(self.tr("Kept only in this computer's keyring (Windows Credential "
                              "Manager, macOS Keychain, Secret Service), never in BIN Desk's "
                              "data or exports. Every computer that sends needs it."))
        note.setWordWrap(True)
        form_layout.addRow("", note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.name_edit.textChanged.connect(self._update_ok)
        self.url_edit.textChanged.connect(self._update_ok)
        for check in self.channel_checks.values():
            check.toggled.connect(self._update_ok)
        self.fill(form)

    def fill(self, form: GatewayForm | None) -> None:
        if form is None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData("http-json")))
            self._type_changed()
            return
        self.name_edit.setText(form.name)
        self.type_combo.blockSignals(True)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(form.type)))
        self.type_combo.blockSignals(False)
        self._show_type()
        self.url_edit.setText(form.url)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(form.security)))
        self.sender_edit.setText(form.sender)
        for channel, check in self.channel_checks.items():
            check.setChecked(channel in form.channels)
        self.batch_spin.setValue(form.batch_size)
        self.rate_spin.setValue(form.rate_per_second or 0)
        self.test_check.setChecked(form.test_mode)
        self._update_ok()

    def kind(self) -> str:
        return str(self.type_combo.currentData())

    @Slot()
    def _type_changed(self) -> None:
        """A new type: its defaults (channels, batch size), as core would choose them."""
        kind = self.kind()
        self._show_type()
        for channel, check in self.channel_checks.items():
            check.setChecked(channel == "email" if kind == "smtp" else True)
        self.batch_spin.setValue(gateway_config.DEFAULT_BATCH.get(kind, 100))
        self._update_ok()

    def _show_type(self) -> None:
        kind = self.kind()
        smtp = kind == "smtp"
        self.security_combo.setEnabled(smtp)
        for channel, check in self.channel_checks.items():
            check.setEnabled(not smtp or channel == "email")
        self.secret_edit.setEnabled(kind != "outbox")
        hints = {
            "smtp": self.tr("smtp://user@mail.example.be:587 or smtps://…"),
            "http-json": self.tr("https://relay.example.be/api"),
            "outbox": self.tr("a folder, e.g. C:\\BIN\\outbox"),
        }
        self.url_edit.setPlaceholderText(hints.get(kind, "https://…"))

    @Slot()
    def _update_ok(self) -> None:
        ready = (bool(self.name_edit.text().strip()) and bool(self.url_edit.text().strip())
                 and any(c.isChecked() for c in self.channel_checks.values()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def form(self) -> GatewayForm:
        kind = self.kind()
        return GatewayForm(
            name=self.name_edit.text().strip(), type=kind, url=self.url_edit.text().strip(),
            security=str(self.security_combo.currentData()) if kind == "smtp" else "",
            sender=self.sender_edit.text().strip(),
            channels=tuple(c for c, check in self.channel_checks.items() if check.isChecked()),
            batch_size=self.batch_spin.value(),
            rate_per_second=self.rate_spin.value() or None,
            test_mode=self.test_check.isChecked())

    def take_secret(self) -> str:
        """The typed secret, once: the field is emptied as it is read."""
        secret = self.secret_edit.text() if self.secret_edit.isEnabled() else ""
        self.secret_edit.clear()
        return secret

    @classmethod
    def ask(cls, parent: QWidget | None, form: GatewayForm | None, *, secret_set: bool = False,
            editing: bool = False) -> GatewayAnswer | None:
        """What the administrator filled in, or None when they cancelled (tests replace it)."""
        dialog = cls(parent, form, secret_set=secret_set, editing=editing)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return GatewayAnswer(dialog.form(), dialog.take_secret())
        finally:
            dialog.secret_edit.clear()
            dialog.deleteLater()
