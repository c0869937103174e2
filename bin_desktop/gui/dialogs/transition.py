"""Change a network's life-cycle state: only the steps core allows, a date and a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core.lifecycle import State, allowed_next
from bin_desktop.gui.labels import date_pattern, format_date, state_label


@dataclass(frozen=True)
class TransitionRequest:
    target: State
    effective_on: dt.date
    reason: str


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class TransitionDialog(QDialog):
    def __init__(self, parent: QWidget | None, network: str, current: State, since: dt.date,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change state of {network}").format(network=network))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Now: {state}, since {date}.").format(
            state=state_label(current), date=format_date(since)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("New state"))
        for state in allowed_next(current):
            self.target_combo.addItem(state_label(state), state.value)
        form.addRow(self.tr("&New state:"), self.target_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setAccessibleName(self.tr("Effective date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setMinimumDate(_qdate(since))
        self.date_edit.setDate(_qdate(max(today or dt.date.today(), since)))
        form.addRow(self.tr("&Effective on:"), self.date_edit)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("Why, and on whose decision (optional)"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not self.target_combo.count():
            self.target_combo.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            intro.setText(intro.text() + " " + self.tr("This is a final state."))

    def offered_states(self) -> list[State]:
        return [State(self.target_combo.itemData(i)) for i in range(self.target_combo.count())]

    def select(self, state: State) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(state.value))

    def request(self) -> TransitionRequest:
        date = self.date_edit.date()
        return TransitionRequest(State(self.target_combo.currentData()),
                                 dt.date(date.year(), date.month(), date.day()),
                                 self.reason_edit.toPlainText().strip())

    @Slot()
    def accept(self) -> None:
        if self.target_combo.currentData() is None:
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, network: str, current: State,
            since: dt.date) -> TransitionRequest | None:
        dialog = cls(parent, network, current, since)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
