"""Small dialogs of the ADVP steps: the approval letter's date and reference, and free texts
(ADVP's remarks, why a charter is amended)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.gui.labels import date_pattern


@dataclass(frozen=True)
class Approval:
    approved_on: dt.date
    reference: str


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ApprovalDialog(QDialog):
    """ADVP's letter arrived: its date and reference make the network official."""

    def __init__(self, parent: QWidget | None, heading: str, submitted_on: dt.date | None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record ADVP approval"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        intro = QLabel(heading)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setAccessibleName(self.tr("Date of the ADVP letter"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        if submitted_on is not None:
            self.date_edit.setMinimumDate(_qdate(submitted_on))
        self.date_edit.setDate(_qdate(max(today, submitted_on or today)))
        form.addRow(self.tr("&Letter dated:"), self.date_edit)
        self.reference_edit = QLineEdit()
        self.reference_edit.setAccessibleName(self.tr("ADVP reference"))
        self.reference_edit.setPlaceholderText(self.tr("The reference on ADVP's letter"))
        self.reference_edit.setMaxLength(64)
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reference_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reference_edit.text().strip()))

    def approval(self) -> Approval:
        date = self.date_edit.date()
        return Approval(dt.date(date.year(), date.month(), date.day()),
                        self.reference_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, heading: str,
            submitted_on: dt.date | None) -> Approval | None:
        dialog = cls(parent, heading, submitted_on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.approval()


class TextDialog(QDialog):
    """A required free text, such as ADVP's remarks or the reason of an amendment."""

    def __init__(self, parent: QWidget | None, title: str, heading: str, label: str,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(heading)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        caption = QLabel(label)
        layout.addWidget(caption)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.text_edit.setPlaceholderText(placeholder)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        caption.setBuddy(self.text_edit)
        layout.addWidget(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text().strip()))

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, heading: str, label: str,
            placeholder: str = "") -> str | None:
        dialog = cls(parent, title, heading, label, placeholder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text()
