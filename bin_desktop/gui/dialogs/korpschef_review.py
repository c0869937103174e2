"""The korpschef's review of a charter version before signing it (ui/charter_review.ui).

The pages shown are the PDF that will be signed (the latest signed copy, or the unsigned render
when nobody signed yet), rasterised in the database worker, so what the korpschef reads is what
gets the signature. Signing needs every item of ADVP's checklist ticked; sending back needs the
reasons. Only an operator with the korpschef role opens the dialog; core refuses anyone else too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QSizePolicy, QWidget

from bin_desktop.core import networks
from bin_desktop.core.charter import service
from bin_desktop.core.charter.content import SNAPSHOT
from bin_desktop.core.documents.preview import page_images
from bin_desktop.core.domain import CharterStatus, Role, Signatory, SignatureStatus
from bin_desktop.core.signing import eid_available
from bin_desktop.core.store.database import Database
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.charter_sign import CredentialsWidget, EidState
from bin_desktop.gui.dialogs.files import report_failure
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.forms.ui_charter_review import Ui_KorpschefReviewForm
from bin_desktop.gui.labels import (
    category_label,
    channel_label,
    format_date,
    network_type_label,
    role_label,
    signatory_label,
    signature_method_label,
)

#: Resolution of the page images: sharp at 100 % on a laptop, small enough for six pages.
PREVIEW_DPI = 110
_ZOOM_STEP = 1.25
_MIN_ZOOM, _MAX_ZOOM = 0.3, 3.0
_STREETS_SHOWN = 8


@dataclass(frozen=True)
class ReviewData:
    """Everything the dialog shows, read and rendered in one worker job."""

    network_name: str
    version: service.VersionView | None  # None: no version is being signed (any more)
    snapshot: dict[str, Any]
    pages: list[bytes]  # PNG
    eid: EidState


def load_review(db: Database, network_id: str) -> ReviewData:
    """Runs in the database worker: the version being signed, its frozen content, its pages."""
    detail = networks.network_detail(db, network_id)
    name = detail.network.name
    eid = EidState(*eid_available())
    versions = service.charter_versions(db, network_id)
    latest = versions[0] if versions else None
    if latest is None or latest.status != CharterStatus.SIGNING.value:
        return ReviewData(name, None, {}, [], eid)
    with db.read() as session:
        charter = service.latest_charter(session, network_id)
        snapshot = dict(charter.content.get(SNAPSHOT, {})) if charter and charter.content else {}
        signed = service.latest_signed_pdf(session, latest.charter_id)
    if signed is None:  # what sign_in_app signs when nobody signed yet
        language = (list(detail.network.languages) or ["nl"])[0]
        signed = service.render_charter_pdf(db, network_id, language, latest.version)
    return ReviewData(name, latest, snapshot, page_images(signed, PREVIEW_DPI), eid)


class KorpschefReviewDialog(QDialog):
    #: The review data arrived and the pages are shown.
    loaded = Signal()

    def __init__(self, parent: QWidget | None, ctx: AppContext, network_id: str,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.network_id = network_id
        self.today = today or dt.date.today()
        self.data: ReviewData | None = None
        #: Something was recorded (a signature, a refusal): the caller reloads.
        self.changed = False
        self._busy = False
        self._pixmaps: list[QPixmap] = []
        self.page_labels: list[QLabel] = []
        self._zoom = 1.0
        self.ui = Ui_KorpschefReviewForm()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        ui = self.ui
        self.checks: list[QCheckBox] = [ui.objectivesCheck, ui.partnersCheck, ui.territoryCheck,
                                        ui.communicationCheck, ui.privacyCheck]
        for check in self.checks:
            check.setAccessibleName(check.text())
            check.setAccessibleDescription(check.toolTip())
            check.toggled.connect(self._update)
        self.credentials = CredentialsWidget()
        ui.signLayout.insertWidget(0, self.credentials)
        self.credentials.changed.connect(self._update)
        ui.reasonsEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        ui.reasonsEdit.textChanged.connect(self._update)
        ui.signButton.clicked.connect(self.sign)
        ui.sendBackButton.clicked.connect(self.send_back)
        ui.buttonBox.rejected.connect(self.reject)
        ui.zoomInButton.clicked.connect(lambda: self.zoom_by(_ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / _ZOOM_STEP))
        ui.fitButton.toggled.connect(self._fit_toggled)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom_by(_ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom_by(1 / _ZOOM_STEP))
        ui.pagesArea.viewport().installEventFilter(self)
        ui.pagesArea.verticalScrollBar().valueChanged.connect(self._show_page_number)
        ui.pagesWidget.setStyleSheet("background: palette(mid);")
        ui.pageLabel.setText(self.tr("Rendering the pages…"))
        ui.sideArea.setMinimumWidth(440)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self._split = False
        self.finished.connect(self.credentials.clear_passphrase)
        self.resize(1280, 720)
        self._update()
        ctx.tasks.run(lambda: load_review(ctx.db, network_id), self._show, self._load_failed,
                      owner=self, parent=self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:  # the pages get the room; the side keeps what it needs
            self._split = True
            side = max(self.ui.sideArea.minimumWidth(), round(self.width() * 0.36))
            self.ui.splitter.setSizes([max(1, self.width() - side), side])

    # -- who may open it ---------------------------------------------------------------------
    @staticmethod
    def may_review(ctx: AppContext) -> bool:
        return ctx.operator is not None and ctx.operator.role == Role.KORPSCHEF.value

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, network_id: str) -> bool:
        """Open the review for the korpschef; True when a signature or a refusal was recorded.

        Anybody else is told who may review, and nothing opens.
        """
        if not cls.may_review(ctx):
            operator = ctx.operator
            who = (QCoreApplication.translate(
                "KorpschefReviewDialog", "You are signed in as {name} ({role}).").format(
                    name=operator.name, role=role_label(operator.role)) if operator else "")
            gui_errors.show_message(
                parent, MessageKind.INFORMATION,
                QCoreApplication.translate("KorpschefReviewDialog", "Korpschef review"),
                QCoreApplication.translate(
                    "KorpschefReviewDialog",
                    "Only the korpschef reviews and signs the charter here. {who}").format(
                        who=who).strip())
            return False
        dialog = cls(parent, ctx, network_id)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)  # a document is read at size
        dialog.exec()
        return dialog.changed

    # -- loading -----------------------------------------------------------------------------
    def _load_failed(self, exc: BaseException) -> None:
        self.ui.pageLabel.setText(self.tr("The charter could not be shown."))
        report_failure(self.ctx, exc, self)

    def _show(self, data: ReviewData) -> None:
        self.data = data
        ui = self.ui
        self.credentials.set_eid(data.eid)
        version = data.version
        self.setWindowTitle(self.tr("Korpschef review: {network}").format(
            network=data.network_name))
        if version is None:
            ui.pageLabel.setText(self.tr("No version of this charter is being signed."))
            self._update()
            self.loaded.emit()
            return
        self._show_summary(data, version)
        self._show_signatures(version)
        self._pixmaps = [QPixmap.fromImage(QImage.fromData(png)) for png in data.pages]
        for number, pixmap in enumerate(self._pixmaps, start=1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setAccessibleName(self.tr("Page {page}").format(page=number))
            label.setPixmap(pixmap)
            ui.pagesLayout.addWidget(label)
            self.page_labels.append(label)
        ui.pagesLayout.addStretch(1)
        self._apply_zoom()
        self._show_page_number()
        self._update()
        self.loaded.emit()

    def _show_summary(self, data: ReviewData, version: service.VersionView) -> None:
        ui, snap = self.ui, data.snapshot
        kind = network_type_label(snap.get("network_type", ""))
        sector = snap.get("sector")
        ui.networkValue.setText(f"{snap.get('network_name', data.network_name)} "
                                f"({kind}{': ' + sector if sector else ''})")
        ui.versionValue.setText(self.tr("{version}, sent for signature on {date}").format(
            version=version.version, date=format_date(version.frozen_on)))
        digest = version.content_hash or ""
        ui.hashValue.setText(f"{digest[:16]}…" if digest else "—")
        ui.hashValue.setToolTip(digest)
        streets = list(snap.get("streets", []))
        shown = ", ".join(streets[:_STREETS_SHOWN])
        if len(streets) > _STREETS_SHOWN:
            shown = self.tr("{streets} and {more} more").format(
                streets=shown, more=len(streets) - _STREETS_SHOWN)
        ui.territoryValue.setText(self.tr("{municipality} ({postcodes}): {streets}").format(
            municipality=snap.get("municipality", ""),
            postcodes=", ".join(snap.get("postcodes", [])), streets=shown or "—"))
        ui.territoryValue.setToolTip("\n".join(streets))
        categories = ", ".join(category_label(c) for c in snap.get("allowed_categories", []))
        channels = ", ".join(channel_label(c) for c in snap.get("channels", []))
        ui.categoriesValue.setText(self.tr("{categories}; via {channels}").format(
            categories=categories or "—", channels=channels or "—"))
        partners = [
            self.tr("{role}: {name}").format(
                role=self.tr("Deputy coordinator") if p.get("role") == "deputy"
                else signatory_label(p.get("role", "")), name=p.get("name", ""))
            for p in snap.get("partners", [])
        ]
        ui.partnersValue.setText("\n".join(partners) or "—")

    def _show_signatures(self, version: service.VersionView) -> None:
        lines = []
        for slot in version.slots:
            if slot.signatory == Signatory.KORPSCHEF.value:
                continue
            who = f"{signatory_label(slot.signatory)} ({slot.expected_signer or '?'})"
            if slot.status == SignatureStatus.SIGNED.value:
                lines.append(self.tr("✓ {who}: signed on {date} ({method})").format(
                    who=who, date=format_date(slot.signed_on),
                    method=signature_method_label(slot.method)))
            else:
                lines.append(self.tr("… {who}: waiting since {date}").format(
                    who=who, date=format_date(slot.requested_on)))
        self.ui.signaturesValue.setText("\n".join(lines) or "—")

    # -- the pages ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Resize and watched is self.ui.pagesArea.viewport()
                and self.ui.fitButton.isChecked()):
            self._apply_zoom()
        return super().eventFilter(watched, event)

    def _fit_zoom(self) -> float:
        if not self._pixmaps:
            return 1.0
        margins = self.ui.pagesLayout.contentsMargins()
        available = self.ui.pagesArea.viewport().width() - margins.left() - margins.right()
        return max(_MIN_ZOOM, available / max(1, self._pixmaps[0].width()))

    def zoom(self) -> float:
        return self._zoom

    @Slot(bool)
    def _fit_toggled(self, checked: bool) -> None:
        if checked:
            self._apply_zoom()

    def zoom_by(self, factor: float) -> None:
        current = self._fit_zoom() if self.ui.fitButton.isChecked() else self._zoom
        self.ui.fitButton.setChecked(False)
        self._zoom = min(_MAX_ZOOM, max(_MIN_ZOOM, current * factor))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        if self.ui.fitButton.isChecked():
            self._zoom = self._fit_zoom()
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=True):
            width = max(1, round(pixmap.width() * self._zoom))
            label.setPixmap(pixmap.scaledToWidth(width,
                                                 Qt.TransformationMode.SmoothTransformation))
            label.setFixedHeight(label.pixmap().height())
            # Zoomed in beyond the view's width, the pages scroll sideways instead of clipping.
            label.setMinimumWidth(0 if self.ui.fitButton.isChecked() else width)
        self._show_page_number()

    def current_page(self) -> int:
        """The page in the middle of the view, from 1."""
        if not self.page_labels:
            return 0
        area = self.ui.pagesArea
        middle = area.verticalScrollBar().value() + area.viewport().height() // 2
        for number, label in enumerate(self.page_labels, start=1):
            if label.geometry().bottom() >= middle:
                return number
        return len(self.page_labels)

    @Slot()
    def _show_page_number(self) -> None:
        if self.page_labels:
            self.ui.pageLabel.setText(self.tr("Page {page} of {pages}").format(
                page=self.current_page(), pages=len(self.page_labels)))

    # -- actions -----------------------------------------------------------------------------
    def korpschef_pending(self) -> bool:
        version = self.data.version if self.data else None
        return version is not None and any(
            s.signatory == Signatory.KORPSCHEF.value and s.status != SignatureStatus.SIGNED.value
            for s in version.slots)

    def checklist_done(self) -> bool:
        return all(check.isChecked() for check in self.checks)

    @Slot()
    def _update(self) -> None:
        ui = self.ui
        pending = self.korpschef_pending() and not self._busy
        ready = self.checklist_done()
        chosen = self.credentials.path() is not None
        ui.signButton.setEnabled(pending and ready and chosen)
        ui.sendBackButton.setEnabled(pending and bool(ui.reasonsEdit.toPlainText().strip()))
        if self.data is not None and not self.korpschef_pending():
            hint = self.tr("There is nothing for you to sign in this version.")
        elif not ready:
            hint = self.tr("Tick every item ADVP checks before you sign.")
        elif not chosen:
            hint = self.tr("Choose your certificate file and enter its passphrase.")
        else:
            hint = ""
        ui.signHint.setText(hint)
        ui.signHint.setVisible(bool(hint))
        ui.signButton.setToolTip(hint)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    @Slot()
    def sign(self) -> None:
        request = self.credentials.request()
        if request is None or not self.checklist_done() or not self.korpschef_pending():
            return
        db, actor, network_id = self.ctx.db, self.ctx.actor_id, self.network_id
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda: service.sign_in_app(db, actor, network_id, Signatory.KORPSCHEF.value,
                                        request.pkcs12_path.read_bytes(),
                                        request.passphrase or None),
            self._done, self._failed, owner=self, parent=self)

    @Slot()
    def send_back(self) -> None:
        reasons = self.ui.reasonsEdit.toPlainText().strip()
        if not reasons or self.data is None or self.data.version is None:
            return
        if not gui_errors.ask_yes_no(self, self.tr("Send the charter back"), self.tr(
                "Send version {version} of the charter of {network} back to drafting? The "
                "signatures collected on it lapse; a new version will be signed.").format(
                    version=self.data.version.version, network=self.data.network_name)):
            return
        db, actor, network_id = self.ctx.db, self.ctx.actor_id, self.network_id
        self._set_busy(True)
        self.ctx.tasks.run(lambda: service.send_back(db, actor, network_id, reasons),
                           self._done, self._failed, owner=self, parent=self)

    def _done(self, _result: object) -> None:
        self.changed = True
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.credentials.clear_passphrase()
        self._set_busy(False)
        report_failure(self.ctx, exc, self)
