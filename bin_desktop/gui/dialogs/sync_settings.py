"""Settings → Synchronisation: which hub this computer syncs with, and how that goes.

The hub address is kept in the data folder without any password. A password typed here goes
straight to the operating system's keyring and the field is emptied at once; the dialog never
shows a stored password back. "Sync now" saves what was typed, then syncs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import setup
from bin_desktop.core.secrets import set_hub_password
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.hub import safe_url
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.labels import format_datetime
from bin_desktop.gui.sync import SyncController, SyncState, SyncStatus, notice_text


@dataclass(frozen=True)
class _Saved:
    url: str | None
    password_stored: bool


def save_hub(ctx: AppContext, url: str, password: str) -> _Saved:
    """Runs in the database worker: check and keep the address, the password in the keyring."""
    clean = setup.check_hub(setup.HubInput(url)).url if url else None
    engine.set_hub_url(ctx.db, clean)
    if password:
        set_hub_password(password)
    return _Saved(clean, bool(password))


class SyncSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext,
                 controller: SyncController) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self._sync_after_save = False
        self.setWindowTitle(self.tr("Synchronisation"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "BIN Desk works on the copy of the zone's data in this computer's data folder and "
            "exchanges changes with the zone's hub in the background whenever it can be "
            "reached. Ask the zone administrator for the hub's address."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        hub_box = QGroupBox(self.tr("Hub"))
        form = QFormLayout(hub_box)
        self.url_edit = QLineEdit(controller.status().hub or "")
        self.url_edit.setAccessibleName(self.tr("Hub address"))
        self.url_edit.setPlaceholderText("postgresql://bindesk@hub.zone.local/bindesk")
        self.url_edit.setToolTip(self.tr(
            "A PostgreSQL database (postgresql://USER@SERVER/DATABASE) or, for a single office,"
            " a SQLite file (sqlite:///PATH/hub.db). Leave empty to stop syncing."))
        form.addRow(self.tr("&Address:"), self.url_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Hub password"))
        self.password_edit.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("&Password:"), self.password_edit)
        note = QLabel(self.tr(
            "The password is kept only in this computer's keyring, never in the data folder. "
            "Leave it empty to keep the one stored before."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the hub settings"))
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        layout.addWidget(hub_box)

        status_box = QGroupBox(self.tr("Status"))
        status_form = QFormLayout(status_box)
        self.state_value = QLabel()
        self.state_value.setWordWrap(True)
        self.state_value.setAccessibleName(self.tr("Connection to the hub"))
        status_form.addRow(self.tr("Connection:"), self.state_value)
        self.last_value = QLabel()
        self.last_value.setAccessibleName(self.tr("Last sync"))
        status_form.addRow(self.tr("Last sync:"), self.last_value)
        self.pending_value = QLabel()
        self.pending_value.setAccessibleName(self.tr("Changes waiting to go up"))
        status_form.addRow(self.tr("Waiting to go up:"), self.pending_value)
        self.conflicts_value = QLabel()
        self.conflicts_value.setAccessibleName(self.tr("Conflicts to look at"))
        status_form.addRow(self.tr("Conflicts:"), self.conflicts_value)
        device = QLabel(ctx.db.device_id)
        device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        device.setAccessibleName(self.tr("Device id"))
        status_form.addRow(self.tr("Device id:"), device)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result of the last sync"))
        layout.addWidget(status_box)
        self.result_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self.sync_now)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        controller.statusChanged.connect(self.show_status)
        controller.synced.connect(self._synced)
        controller.failed.connect(self._failed)
        self.show_status(controller.status())

    # -- saving ------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        url = self.url_edit.text().strip()
        password = self.password_edit.text()
        self.password_edit.clear()  # read once; it lives on only in the keyring
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(lambda: save_hub(self.ctx, url, password), self._saved,
                           self._save_failed, owner=self, parent=self)

    def _saved(self, saved: _Saved) -> None:
        self.save_button.setEnabled(True)
        self.url_edit.setText(saved.url or "")
        self.result_label.setText(
            (self.tr("Saved; the password is in the keyring.") if saved.password_stored
             else self.tr("Saved.")) if saved.url
            else self.tr("Saved: this computer no longer syncs."))
        self.controller.hub_changed()
        if self._sync_after_save:
            self._sync_after_save = False
            if saved.url:
                self.controller.sync_now()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._sync_after_save = False
        self.ctx.errors.report(exc, self)

    @Slot()
    def sync_now(self) -> None:
        """Save what was typed (it may be a new hub or password), then sync."""
        self._sync_after_save = True
        self.sync_button.setEnabled(False)
        self.result_label.setText(self.tr("Syncing…"))
        self.save()

    # -- showing -----------------------------------------------------------------------------
    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        states = {
            SyncState.NO_HUB: self.tr("No hub: this computer works alone."),
            SyncState.UNKNOWN: self.tr("Connecting…"),
            SyncState.ONLINE: self.tr("Online: {hub}"),
            SyncState.OFFLINE: self.tr("Offline: {hub} cannot be reached"),
            SyncState.ERROR: self.tr("Sync error with {hub}"),
            SyncState.STOPPED: self.tr("Sync stopped"),
        }
        text = self.tr("Syncing with {hub}…") if status.syncing else states[status.state]
        self.state_value.setText(text.format(hub=safe_url(status.hub) if status.hub else ""))
        self.last_value.setText(format_datetime(status.last_sync) if status.last_sync
                                else self.tr("never"))
        self.pending_value.setText(self.tr("%n change(s)", "", status.pending))
        self.conflicts_value.setText(self.tr("%n conflict(s)", "", status.conflicts))
        self.sync_button.setEnabled(not status.syncing and not self._sync_after_save)
        if status.message and not status.syncing:
            self.result_label.setText(status.message)

    @Slot(object)
    def _synced(self, report: engine.SyncReport) -> None:
        lines = [self.tr("Sent {pushed} and received {pulled} change(s) in {seconds} s.")
                 .format(pushed=report.pushed, pulled=report.pulled,
                         seconds=f"{report.seconds:.1f}")]
        lines += [notice_text(w) for w in report.warnings]
        self.result_label.setText("\n".join(lines))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.result_label.setText(message)
