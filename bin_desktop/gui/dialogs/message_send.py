"""The last look before an approved message goes out: the approval's confirmation, worded for
sending (real or exercise in large letters, who receives it on which channel, what it costs;
"Cancel" stays the default button)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bin_desktop.gui.dialogs.message_confirm import ApprovalSummary, MessageConfirmDialog


class SendConfirmDialog(MessageConfirmDialog):
    def __init__(self, parent: QWidget | None, summary: ApprovalSummary) -> None:
        super().__init__(parent, summary)
        self.setWindowTitle(self.tr("Send the message"))
        self.setAccessibleName(self.windowTitle())
        self.approve_button.setText(
            self.tr("Send exercise") if summary.is_exercise else self.tr("Send real message"))
        self.approve_button.setAccessibleName(self.approve_button.text())
