"""A coordinator's or deputy's contact data (core validates it when it is saved)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core.domain import LANGUAGES
from bin_desktop.core.networks import ContactData
from bin_desktop.gui.labels import language_name


class ContactDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str,
                 contact: ContactData | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        form.addRow(self.tr("Full &name:"), self.name_edit)
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("E-mail address"))
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self.phone_edit.setPlaceholderText("+32 …")
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        form.addRow(self.tr("&Language:"), self.language_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if contact is not None:
            self.name_edit.setText(contact.full_name)
            self.email_edit.setText(contact.email or "")
            self.phone_edit.setText(contact.phone or "")
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(contact.language)))

    def contact(self) -> ContactData:
        return ContactData(self.name_edit.text(), self.email_edit.text() or None,
                           self.phone_edit.text() or None,
                           str(self.language_combo.currentData()))

    @classmethod
    def ask(cls, parent: QWidget | None, title: str,
            contact: ContactData | None = None) -> ContactData | None:
        dialog = cls(parent, title, contact)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.contact()
