"""The last look before a message is approved: real or exercise, who receives it, what it costs.

After the 2018 Hawaii false alert (a test and a live alert looked the same, one person sent it),
this step says in large letters whether the message is REAL or an EXERCISE, gives the audience per
channel and the cost, and names the target networks. "Cancel" is the default button: Enter does
not approve. When the checks block the message, the korpschef may override them with a reason,
which core keeps with the approval; nobody else is offered the choice (core refuses it anyway).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core.alerts.model import Audience
from bin_desktop.gui.labels import category_label, channel_label, locale
from bin_desktop.gui.message_models import EXERCISE_COLOUR, exercise_word

REAL_COLOUR = "#b71c1c"


@dataclass(frozen=True)
class ApprovalSummary:
    """What the approver must see before approving."""

    headline: str
    is_exercise: bool
    msg_type: str  # alert, update, cancel
    category: str
    urgent: bool
    channels: tuple[str, ...]
    networks: tuple[str, ...]
    audience: Audience
    sms_segments: int
    blocking: int  # blocking findings
    may_override: bool  # the approver is the korpschef


@dataclass(frozen=True)
class ApprovalDecision:
    override_reason: str = ""


def format_cost(euros: float) -> str:
    return locale().toCurrencyString(euros, "€", 2)


class MessageConfirmDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: ApprovalSummary) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Approve the message"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.kind_label = QLabel()
        self.kind_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.kind_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.kind_label.setFont(font)
        colour = EXERCISE_COLOUR.name() if summary.is_exercise else REAL_COLOUR
        self.kind_label.setStyleSheet(
            f"background: {colour}; color: white; padding: 10px; border-radius: 4px;")
        if summary.is_exercise:
            self.kind_label.setText(exercise_word())
            explanation = self.tr("This message is an exercise: BIN Desk marks it as one "
                                  "everywhere and it goes out with the CAP status Exercise.")
        else:
            self.kind_label.setText(self.tr("REAL MESSAGE"))
            explanation = self.tr("This is not an exercise: real people receive this message.")
        self.kind_label.setAccessibleName(self.kind_label.text())
        layout.addWidget(self.kind_label)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        kinds = {"update": self.tr("Update of an earlier message"),
                 "cancel": self.tr("Cancellation of an earlier message")}
        headline = QLabel(summary.headline)
        headline.setWordWrap(True)
        bold = QFont(headline.font())
        bold.setBold(True)
        headline.setFont(bold)
        form.addRow(self.tr("Message:"), headline)
        if summary.msg_type in kinds:
            form.addRow(self.tr("Kind:"), QLabel(kinds[summary.msg_type]))
        form.addRow(self.tr("Category:"), QLabel(category_label(summary.category)))
        form.addRow(self.tr("Urgency:"), QLabel(
            self.tr("Urgent") if summary.urgent else self.tr("Normal")))
        networks = QLabel("\n".join(summary.networks))
        networks.setAccessibleName(self.tr("Target networks"))
        form.addRow(self.tr("%n network(s):", "", len(summary.networks)), networks)
        layout.addLayout(form)

        self.audience_label = QLabel(self.audience_text())
        self.audience_label.setAccessibleName(self.tr("Audience and cost"))
        self.audience_label.setWordWrap(True)
        big = QFont(self.audience_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        self.audience_label.setFont(big)
        self.audience_label.setStyleSheet(
            "border: 1px solid palette(mid); border-radius: 4px; padding: 8px;")
        layout.addWidget(self.audience_label)

        self.reason_edit: QPlainTextEdit | None = None
        if summary.blocking:
            warning = QLabel(self.tr(
                "The checks block this message (%n blocking finding(s)). As korpschef you may "
                "override them; give the reason, which is kept with the approval.", "",
                summary.blocking))
            warning.setWordWrap(True)
            warning.setStyleSheet(f"color: {REAL_COLOUR}; font-weight: bold;")
            layout.addWidget(warning)
            self.reason_edit = QPlainTextEdit()
            self.reason_edit.setAccessibleName(self.tr("Reason for the override"))
            self.reason_edit.setPlaceholderText(self.tr("Why the blocking findings do not apply"))
            self.reason_edit.setTabChangesFocus(True)
            self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            self.reason_edit.textChanged.connect(self._update_ok)
            layout.addWidget(self.reason_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = self.buttons.addButton(
            self.tr("Approve exercise") if summary.is_exercise else self.tr("Approve real message"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setAccessibleName(self.approve_button.text())
        self.approve_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def audience_text(self) -> str:
        s, audience = self.summary, self.summary.audience
        lines = []
        if "sms" in s.channels:
            lines.append(self.tr("SMS: %n member(s)", "", audience.sms))
        if "voice" in s.channels:
            lines.append(self.tr("Voice call: %n member(s)", "", audience.voice))
        if "email" in s.channels:
            lines.append(self.tr("E-mail: %n member(s)", "", audience.email))
        if audience.without_channel:
            lines.append(self.tr("Not reached (no usable contact): %n", "",
                                 audience.without_channel))
        if audience.paused:
            lines.append(self.tr("Paused, not sent: %n", "", audience.paused))
        if audience.in_quiet_hours:
            lines.append(self.tr("Held until their quiet hours end: %n", "",
                                 audience.in_quiet_hours))
        if "sms" in s.channels:
            lines.append(self.tr("Cost: {cost} (%n SMS segment(s) per member)", "",
                                 s.sms_segments).format(cost=format_cost(audience.cost_eur)))
        channels = ", ".join(channel_label(c) for c in s.channels)
        return self.tr("Channels: {channels}").format(channels=channels) + "\n" + "\n".join(lines)

    @Slot()
    def _update_ok(self) -> None:
        blocked = self.summary.blocking > 0
        if not blocked:
            self.approve_button.setEnabled(True)
            return
        reason = self.reason_edit.toPlainText().strip() if self.reason_edit else ""
        self.approve_button.setEnabled(self.summary.may_override and bool(reason))

    def decision(self) -> ApprovalDecision:
        reason = self.reason_edit.toPlainText().strip() if self.reason_edit else ""
        return ApprovalDecision(reason)

    @classmethod
    def ask(cls, parent: QWidget | None, summary: ApprovalSummary) -> ApprovalDecision | None:
        """The approver's decision, or None when they cancelled (tests replace this)."""
        dialog = cls(parent, summary)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.decision()
