"""Record a signature made outside BIN Desk: a signed PDF that came back, or a paper scan.

A received PDF is verified by core (valid signatures, by the expected persons, certificates the
zone trusts); a paper signature is recorded with its date and signer and the scan is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core.charter.service import SlotView
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.labels import date_pattern, party_label, signatory_label

SIGNED_PDF = "signed_pdf"
WET_INK = "wet_ink"


@dataclass(frozen=True)
class RecordRequest:
    kind: str  # SIGNED_PDF or WET_INK
    path: Path
    signatory: str | None  # None: every new signature the PDF carries
    signed_on: dt.date | None = None  # paper only
    signer_name: str = ""  # paper only


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class SignatureRecordDialog(QDialog):
    def __init__(self, parent: QWidget | None, heading: str, pending: list[SlotView],
                 sent_on: dt.date | None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a signature"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)
        self._pending = {slot.signatory: slot for slot in pending}
        self._path: Path | None = None
        self._request: RecordRequest | None = None
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        intro = QLabel(heading)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.pdf_radio = QRadioButton(self.tr("A &signed PDF came back"))
        self.pdf_radio.setAccessibleName(self.tr("Signed PDF"))
        self.paper_radio = QRadioButton(self.tr("Signed on &paper (a scan)"))
        self.paper_radio.setAccessibleName(self.tr("Signed on paper"))
        self.mode_group = QButtonGroup(self)
        for radio in (self.pdf_radio, self.paper_radio):
            self.mode_group.addButton(radio)
            layout.addWidget(radio)
        self.mode_hint = QLabel()
        self.mode_hint.setWordWrap(True)
        layout.addWidget(self.mode_hint)

        form = QFormLayout()
        self.signatory_combo = QComboBox()
        self.signatory_combo.setAccessibleName(self.tr("Signatory"))
        form.addRow(self.tr("Si&gnatory:"), self.signatory_combo)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("File"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        form.addRow(file_label, file_row)
        self.date_edit = QDateEdit()
        self.date_edit.setAccessibleName(self.tr("Signed on"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setMaximumDate(_qdate(today))
        if sent_on is not None:
            self.date_edit.setMinimumDate(_qdate(min(sent_on, today)))
        self.date_edit.setDate(_qdate(today))
        self.date_label = QLabel(self.tr("Signed &on:"))
        self.date_label.setBuddy(self.date_edit)
        form.addRow(self.date_label, self.date_edit)
        self.signer_edit = QLineEdit()
        self.signer_edit.setAccessibleName(self.tr("Signed by"))
        self.signer_label = QLabel(self.tr("Signed &by:"))
        self.signer_label.setBuddy(self.signer_edit)
        form.addRow(self.signer_label, self.signer_edit)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(self.tr("&Record"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setAccessibleName(self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.pdf_radio.toggled.connect(self._mode_changed)
        self.signatory_combo.currentIndexChanged.connect(self._signatory_changed)
        self.signer_edit.textChanged.connect(self._update)
        self.pdf_radio.setChecked(True)
        self._mode_changed()

    # -- modes -------------------------------------------------------------------------------
    def is_pdf(self) -> bool:
        return self.pdf_radio.isChecked()

    def choose_pdf(self) -> None:
        self.pdf_radio.setChecked(True)

    def choose_paper(self) -> None:
        self.paper_radio.setChecked(True)

    @Slot()
    def _mode_changed(self) -> None:
        pdf = self.is_pdf()
        chosen = self.signatory_combo.currentData()
        self.signatory_combo.clear()
        if pdf:
            self.signatory_combo.addItem(self.tr("Every new signature in the PDF"), None)
        for code, slot in self._pending.items():
            self.signatory_combo.addItem(self.tr("{signatory}: {name} ({party})").format(
                signatory=signatory_label(code), name=slot.expected_signer or "?",
                party=party_label(slot.party)), code)
        self.signatory_combo.setCurrentIndex(max(0, self.signatory_combo.findData(chosen)))
        self.mode_hint.setText(
            self.tr("BIN Desk checks the PDF: it must be this version of the charter, every "
                    "signature valid, by the person expected, with a certificate the zone "
                    "trusts.") if pdf else
            self.tr("The scan of the signed page is kept with the charter; you are recorded as "
                    "the officer who registered it."))
        for widget in (self.date_label, self.date_edit, self.signer_label, self.signer_edit):
            widget.setVisible(not pdf)
        self._signatory_changed()

    @Slot()
    def _signatory_changed(self) -> None:
        slot = self._pending.get(self.signatory_combo.currentData() or "")
        if not self.is_pdf():
            self.signer_edit.setText(slot.expected_signer if slot else "")
        self._update()

    def select_signatory(self, code: str | None) -> None:
        self.signatory_combo.setCurrentIndex(self.signatory_combo.findData(code))

    # -- the file ----------------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        name_filter = (self.tr("PDF files (*.pdf)") if self.is_pdf() else
                       self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        chosen = files.choose_open_file(self, self.windowTitle(),
                                        f"{name_filter};;{self.tr('All files (*)')}")
        if chosen is not None:
            self._path = chosen
            self.file_edit.setText(chosen.name)
            self.file_edit.setToolTip(str(chosen))
        self._update()

    # -- result ------------------------------------------------------------------------------
    def request(self) -> RecordRequest | None:
        if self._path is None:
            return None
        signatory = self.signatory_combo.currentData()
        if self.is_pdf():
            return RecordRequest(SIGNED_PDF, self._path, signatory)
        if signatory is None or not self.signer_edit.text().strip():
            return None
        date = self.date_edit.date()
        return RecordRequest(WET_INK, self._path, signatory,
                             dt.date(date.year(), date.month(), date.day()),
                             self.signer_edit.text().strip())

    @Slot()
    def _update(self) -> None:
        self.record_button.setEnabled(self.request() is not None)

    @Slot()
    def accept(self) -> None:
        self._request = self.request()
        if self._request is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, heading: str, pending: list[SlotView],
            sent_on: dt.date | None) -> RecordRequest | None:
        dialog = cls(parent, heading, pending, sent_on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._request
