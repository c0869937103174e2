"""Editing one member, and the confirmation before a member is forgotten (erased).

The edit dialog hands back the changed fields as text, the way an officer typed them; core's
update_member normalises them (phone numbers, e-mail, times) or refuses them with a message, and
the page then opens the dialog again with what was typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core.domain import Channel, MemberStatus
from bin_desktop.core.text import fold
from bin_desktop.gui.labels import channel_label, format_date, language_name, member_status_label
from bin_desktop.gui.member_models import MemberRow

MEMBER_LANGUAGES = ("nl", "fr", "de", "en")
#: The statuses an officer sets by hand (exclusion follows the sanction procedure).
EDITABLE_STATUSES = (MemberStatus.ACTIVE.value, MemberStatus.PAUSED.value,
                     MemberStatus.LEFT.value)
_TIME = "HH:mm"


def text_values(member: MemberRow) -> dict[str, str]:
    """A member's editable fields as the texts update_member accepts."""
    return {
        "full_name": member.full_name, "street": member.street or "",
        "house_number": member.house_number or "", "box": member.box or "",
        "postcode": member.postcode or "", "phone_e164": member.phone or "",
        "phone2_e164": member.phone2 or "", "email": member.email or "",
        "language": member.language, "status": member.status,
        "channels": ", ".join(member.channels), "quiet_from": member.quiet_from or "",
        "quiet_until": member.quiet_until or "", "consent": "yes" if member.consent else "no",
        "notes": member.notes,
    }


class MemberDialog(QDialog):
    def __init__(self, parent: QWidget | None, member: MemberRow,
                 typed: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.member = member
        title = self.tr("Member: {name}").format(name=member.full_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        statuses = list(EDITABLE_STATUSES)
        if member.status not in statuses:
            statuses.insert(0, member.status)
        for status in statuses:
            self.status_combo.addItem(member_status_label(status), status)
        form.addRow(self.tr("&Status:"), self.status_combo)

        self.name_edit = self._line(form, self.tr("Full &name:"), self.tr("Full name"))
        address = QHBoxLayout()
        self.street_edit = QLineEdit()
        self.street_edit.setAccessibleName(self.tr("Street"))
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("House number"))
        self.number_edit.setMaximumWidth(80)
        self.box_edit = QLineEdit()
        self.box_edit.setAccessibleName(self.tr("Box"))
        self.box_edit.setMaximumWidth(60)
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setAccessibleName(self.tr("Postcode"))
        self.postcode_edit.setMaximumWidth(70)
        address.addWidget(self.street_edit, 1)
        address.addWidget(self.number_edit)
        box_label = QLabel(self.tr("box"))
        box_label.setBuddy(self.box_edit)
        address.addWidget(box_label)
        address.addWidget(self.box_edit)
        address.addWidget(self.postcode_edit)
        street_label = QLabel(self.tr("&Address:"))
        street_label.setBuddy(self.street_edit)
        form.addRow(street_label, address)
        self.phone_edit = self._line(form, self.tr("&Phone:"), self.tr("Phone number"))
        self.phone_edit.setPlaceholderText("0470 12 34 56")
        self.phone2_edit = self._line(form, self.tr("Second p&hone:"),
                                      self.tr("Second phone number"))
        self.email_edit = self._line(form, self.tr("&E-mail:"), self.tr("E-mail address"))

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code in MEMBER_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        form.addRow(self.tr("&Language:"), self.language_combo)

        channels = QHBoxLayout()
        self.channel_checks: dict[str, QCheckBox] = {}
        for channel in Channel:
            check = QCheckBox(channel_label(channel))
            check.setAccessibleName(channel_label(channel))
            channels.addWidget(check)
            self.channel_checks[channel.value] = check
        channels.addStretch(1)
        channels_label = QLabel(self.tr("&Channels:"))
        channels_label.setBuddy(self.channel_checks[Channel.SMS.value])
        channels_label.setToolTip(self.tr("None ticked: what the contact data allows"))
        form.addRow(channels_label, channels)

        quiet = QVBoxLayout()
        quiet.setSpacing(2)
        self.quiet_check = QCheckBox(self.tr("No non-urgent messages"))
        self.quiet_check.setAccessibleName(self.tr("Quiet hours"))
        self.quiet_from_edit = QTimeEdit()
        self.quiet_from_edit.setDisplayFormat(_TIME)
        self.quiet_from_edit.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_until_edit = QTimeEdit()
        self.quiet_until_edit.setDisplayFormat(_TIME)
        self.quiet_until_edit.setAccessibleName(self.tr("Quiet hours end"))
        times = QHBoxLayout()
        from_label = QLabel(self.tr("from"))
        from_label.setBuddy(self.quiet_from_edit)
        until_label = QLabel(self.tr("until"))
        until_label.setBuddy(self.quiet_until_edit)
        for widget in (from_label, self.quiet_from_edit, until_label, self.quiet_until_edit):
            times.addWidget(widget)
        times.addStretch(1)
        quiet.addWidget(self.quiet_check)
        quiet.addLayout(times)
        self.quiet_check.toggled.connect(self._quiet_toggled)
        form.addRow(self.tr("Quiet hours:"), quiet)

        consent = self.tr("The member agreed to the purpose")
        if member.consent_on:
            consent = self.tr("{text} (on {date})").format(text=consent,
                                                          date=format_date(member.consent_on))
        self.consent_check = QCheckBox(consent)
        self.consent_check.setAccessibleName(self.tr("Consent"))
        form.addRow(self.tr("Consent:"), self.consent_check)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        notes_label = QLabel(self.tr("N&otes:"))
        notes_label.setBuddy(self.notes_edit)
        form.addRow(notes_label, self.notes_edit)
        layout.addLayout(form)

        hint = QLabel(self.tr("Only what the BIN's communication needs. Phone numbers may be "
                              "typed in any Belgian notation."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_values(typed if typed is not None else text_values(member))

    def _line(self, form: QFormLayout, label: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        form.addRow(label, edit)
        return edit

    @Slot(bool)
    def _quiet_toggled(self, on: bool) -> None:
        self.quiet_from_edit.setEnabled(on)
        self.quiet_until_edit.setEnabled(on)

    def set_values(self, values: dict[str, str]) -> None:
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(values["status"])))
        self.name_edit.setText(values["full_name"])
        self.street_edit.setText(values["street"])
        self.number_edit.setText(values["house_number"])
        self.box_edit.setText(values["box"])
        self.postcode_edit.setText(values["postcode"])
        self.phone_edit.setText(values["phone_e164"])
        self.phone2_edit.setText(values["phone2_e164"])
        self.email_edit.setText(values["email"])
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(values["language"])))
        chosen = {c.strip() for c in values["channels"].split(",")}
        for code, check in self.channel_checks.items():
            check.setChecked(code in chosen)
        quiet = bool(values["quiet_from"] and values["quiet_until"])
        self.quiet_check.setChecked(quiet)
        self._quiet_toggled(quiet)
        self.quiet_from_edit.setTime(QTime.fromString(values["quiet_from"] or "22:00", _TIME))
        self.quiet_until_edit.setTime(QTime.fromString(values["quiet_until"] or "07:00", _TIME))
        self.consent_check.setChecked(values["consent"] == "yes")
        self.notes_edit.setPlainText(values["notes"])

    def values(self) -> dict[str, str]:
        quiet = self.quiet_check.isChecked()
        return {
            "full_name": self.name_edit.text().strip(), "street": self.street_edit.text(),
            "house_number": self.number_edit.text(), "box": self.box_edit.text(),
            "postcode": self.postcode_edit.text(), "phone_e164": self.phone_edit.text(),
            "phone2_e164": self.phone2_edit.text(), "email": self.email_edit.text(),
            "language": str(self.language_combo.currentData()),
            "status": str(self.status_combo.currentData()),
            "channels": ", ".join(c for c, check in self.channel_checks.items()
                                  if check.isChecked()),
            "quiet_from": self.quiet_from_edit.time().toString(_TIME) if quiet else "",
            "quiet_until": self.quiet_until_edit.time().toString(_TIME) if quiet else "",
            "consent": "yes" if self.consent_check.isChecked() else "no",
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def changes(self) -> dict[str, str]:
        """The fields that differ from the member on record."""
        before = text_values(self.member)
        return {key: value for key, value in self.values().items()
                if value.strip() != before[key].strip()}

    @classmethod
    def ask(cls, parent: QWidget | None, member: MemberRow,
            typed: dict[str, str] | None = None) -> tuple[dict[str, str], dict[str, str]] | None:
        """(changed fields, everything typed) or None when cancelled."""
        dialog = cls(parent, member, typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.changes(), dialog.values()


def _same_name(typed: str, name: str) -> bool:
    return " ".join(fold(typed).split()) == " ".join(fold(name).split()) and bool(name.strip())


class EraseMemberDialog(QDialog):
    """Forgetting a person cannot be undone: the officer types the name to confirm."""

    def __init__(self, parent: QWidget | None, name: str, network: str) -> None:
        super().__init__(parent)
        self.name = name
        title = self.tr("Forget a member")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<p><b>{name}</b> is erased from the member list of {network}.</p>"
            "<p>Their name, address, phone numbers, e-mail address and notes are blanked "
            "everywhere BIN Desk holds them: on the list, in the review queue and in the "
            "history of changes. This cannot be undone. Use it when the person asks to be "
            "forgotten; a member who only leaves the BIN gets the status Left.</p>"
            "<p>Type the member's name to confirm:</p>").format(
                name=escape(name), network=escape(network)))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of the member, to confirm"))
        layout.addWidget(self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Forget for good"))
        self.erase_button.setAccessibleName(self.tr("Forget for good"))
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.erase_button.setEnabled(_same_name(self.name_edit.text(), self.name))

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, network: str) -> bool:
        dialog = cls(parent, name, network)
        return dialog.exec() == QDialog.DialogCode.Accepted and _same_name(
            dialog.name_edit.text(), name)
