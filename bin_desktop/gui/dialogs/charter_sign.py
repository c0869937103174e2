"""Signing one's own field of the charter: a PKCS#12 file and its passphrase (or, later, the eID).

The passphrase leaves the dialog only inside the request handed to the signing job; it is never
written anywhere, and the field is emptied when the dialog closes or a signature failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.gui.dialogs import files
from bin_desktop.gui.labels import tr_core


@dataclass(frozen=True)
class SignRequest:
    pkcs12_path: Path
    passphrase: bytes = field(repr=False)


@dataclass(frozen=True)
class EidState:
    """Whether the eID card can sign on this computer, and if not, what to install."""

    available: bool
    reason: str  # an English text of core, marked for the "core" context


class CredentialsWidget(QWidget):
    """The certificate file, its passphrase and the eID alternative."""

    changed = Signal()

    def __init__(self, eid: EidState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No certificate file chosen"))
        self.file_edit.setAccessibleName(self.tr("Certificate file"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the certificate file"))
        self.choose_button.setToolTip(self.tr("A PKCS#12 file (.p12 or .pfx) with your "
                                              "signing certificate and key"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("Certificate &file:"))
        file_label.setBuddy(self.choose_button)
        layout.addRow(file_label, row)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setToolTip(self.tr("The passphrase of the certificate file. "
                                                "BIN Desk never stores it."))
        self.passphrase_edit.textChanged.connect(self.changed)
        layout.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.eid_button = QPushButton(self.tr("Sign with the eID card"))
        self.eid_button.setAccessibleName(self.eid_button.text())
        # Core signs with a PKCS#12 file only; the eID path waits for a core service.
        self.eid_button.setEnabled(False)
        layout.addRow("", self.eid_button)
        if eid is not None:
            self.set_eid(eid)

    def set_eid(self, eid: EidState) -> None:
        """Say why the eID card cannot sign here (the button stays disabled either way)."""
        self.eid_button.setToolTip(
            self.tr("Signing with the eID card is not possible in this version of BIN Desk yet.")
            if eid.available else tr_core(eid.reason))
        self.eid_button.setAccessibleDescription(self.eid_button.toolTip())

    @Slot()
    def choose_file(self) -> None:
        chosen = files.choose_open_file(self, self.tr("Certificate file"),
                                        self.tr("PKCS#12 certificates (*.p12 *.pfx);;"
                                                "All files (*)"))
        if chosen is not None:
            self.set_path(chosen)

    def set_path(self, path: Path) -> None:
        self._path = path
        self.file_edit.setText(path.name)
        self.file_edit.setToolTip(str(path))
        self.changed.emit()

    def path(self) -> Path | None:
        return self._path

    def passphrase(self) -> bytes:
        return self.passphrase_edit.text().encode("utf-8")

    def clear_passphrase(self) -> None:
        self.passphrase_edit.clear()

    def request(self) -> SignRequest | None:
        if self._path is None:
            return None
        return SignRequest(self._path, self.passphrase())


class SignDialog(QDialog):
    """Sign one's own field: the mandated officer, a prevention officer."""

    def __init__(self, parent: QWidget | None, intro: str, eid: EidState) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the charter"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self._request: SignRequest | None = None
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.credentials = CredentialsWidget(eid)
        layout.addWidget(self.credentials)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setAccessibleName(self.tr("Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.credentials.changed.connect(self._update)
        self.finished.connect(self.credentials.clear_passphrase)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.sign_button.setEnabled(self.credentials.path() is not None)

    @Slot()
    def accept(self) -> None:
        if self.credentials.path() is None:
            return
        self._request = self.credentials.request()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, intro: str, eid: EidState) -> SignRequest | None:
        dialog = cls(parent, intro, eid)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._request
