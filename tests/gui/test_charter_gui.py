"""The charter page and the korpschef's review: a network goes from drafting to official through
the GUI, with real PDFs, real PAdES signatures from a PKI made at test time and a real SQLite."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from bin_desktop.core import networks, operators
from bin_desktop.core.charter import service
from bin_desktop.core.lifecycle import State
from bin_desktop.core.signing import load_credential, sign_field
from bin_desktop.core.store.models import Municipality, Person
from bin_desktop.core.trust import add_trust_anchor
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.dialogs.advp import ApprovalDialog
from bin_desktop.gui.dialogs.charter_sign import EidState, SignDialog
from bin_desktop.gui.dialogs.korpschef_review import KorpschefReviewDialog
from bin_desktop.gui.dialogs.signature_record import SignatureRecordDialog
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.main_window import CHARTER_PAGE, NETWORK_PAGE, MainWindow
from bin_desktop.gui.pages.charter import CharterPage, FilesModel, TrackerModel, VersionsModel
from bin_desktop.gui.translations import install_translators, remove_translators
from tests.conftest import ZoneData
from tests.gui.conftest import Boxes
from tests.gui.test_screenshots import assert_fits
from tests.pki import PASSPHRASE, Pki, make_pki

pytestmark = pytest.mark.gui

Accepted = QDialog.DialogCode.Accepted


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki()


@dataclass
class Ready:
    network: str
    prevention: str  # the prevention officer's operator id
    pki: Pki
    tmp: Path

    def p12(self, person: str) -> Path:
        """The PKCS#12 file of a person, as they would hand it to BIN Desk."""
        path = self.tmp / f"{person}.p12"
        path.write_bytes(self.pki.people[person].pkcs12)
        return path


def prepare(zone: ZoneData, pki: Pki, tmp: Path, drafting_since: int = 10,
            languages: tuple[str, ...] = ("nl",)) -> Ready:
    """A network in charter drafting with everything ADVP checks, but no charter yet."""
    db = zone.db
    prevention = operators.create_operator(db, zone.admin, "Luc Dubois", "V0001",
                                           "prevention_officer").id
    with db.unit_of_work(zone.admin) as uow:
        mayor = uow.create(Person, full_name="Véronique Dupont", email=None, phone=None,
                           language="nl", organisation="Stad Halle", deleted=False)
        officer = uow.create(Person, full_name="Luc Dubois", email=None, phone=None,
                             language="nl", organisation="Stad Halle", deleted=False)
        halle = uow.session.get(Municipality, zone.municipalities["Halle"])
        assert halle is not None
        uow.update(halle, mayor_id=mayor.id, prevention_officer_id=officer.id)
    network = networks.create_network(
        db, zone.officer, name="BIN Molenwijk", type="residential",
        municipality_id=zone.municipalities["Halle"], state=State.CHARTER_DRAFTING,
        today=zone.today - dt.timedelta(days=drafting_since),
        streets=["Molenstraat", "Sint-Rochusstraat"], postcodes=["1500"],
        mandated_officer_id=zone.officer, allowed_categories=["burglary", "prevention_tip"],
        channels=["sms", "email"], languages=list(languages))
    networks.add_contact(db, zone.officer, network, networks.ContactRole.COORDINATOR,
                         networks.ContactData("Marie Claes", "marie.claes@example.be"))
    add_trust_anchor(db, zone.admin, pki.root_pem)
    return Ready(network, prevention, pki, tmp)


@pytest.fixture
def ready(zone_data: ZoneData, pki: Pki, tmp_path: Path) -> Ready:
    return prepare(zone_data, pki, tmp_path)


def send_by_core(zone: ZoneData, network: str, today: dt.date | None = None) -> None:
    service.ensure_draft(zone.db, zone.officer, network, today)
    service.update_draft(zone.db, zone.officer, network, start_date=zone.today)
    service.send_for_signature(zone.db, zone.officer, network, today)


def idle(ctx: AppContext) -> None:
    assert ctx.tasks.wait_idle(15_000)


def open_charter(window: MainWindow, qtbot: QtBot, network: str,
                 origin: str = "charters") -> CharterPage:
    with qtbot.waitSignal(window.charter_page.loaded):
        window.open_charter(network, origin)
    return window.charter_page


def act_as(ctx: AppContext, personnel_number: str) -> None:
    """Another operator takes the seat (the main window's "switch operator")."""
    ctx.operator = operators.find_by_personnel_number(ctx.db, personnel_number)
    ctx.events.operatorChanged.emit()


def statuses(page: CharterPage) -> dict[str, str]:
    return {slot.signatory: slot.status for slot in page.tracker_model.rows()}


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog],
          steps: Callable[[QDialog], object]) -> None:
    """Replace a dialog's exec with `steps`: the test fills it in as the user would."""

    def exec_(dialog: QDialog) -> int:
        result = steps(dialog)
        return int(result) if isinstance(result, int | QDialog.DialogCode) else Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(files, "choose_open_file", lambda *_args: path)


def signer(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, p12: Path,
           passphrase: bytes = PASSPHRASE) -> None:
    def steps(dialog: QDialog) -> object:
        assert isinstance(dialog, SignDialog)
        assert not dialog.credentials.eid_button.isEnabled()
        assert dialog.credentials.eid_button.toolTip()  # says why: not on this machine
        assert not dialog.sign_button.isEnabled()
        choose(monkeypatch, p12)
        qtbot.mouseClick(dialog.credentials.choose_button, Qt.MouseButton.LeftButton)
        dialog.credentials.passphrase_edit.setText(passphrase.decode())
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    drive(monkeypatch, SignDialog, steps)


# -- the way to official -------------------------------------------------------------------
def test_a_network_goes_from_drafting_to_official_through_the_gui(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, ready: Ready, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, boxes: Boxes, tmp_path: Path) -> None:
    nid, db = ready.network, zone_data.db
    page = open_charter(window, qtbot, nid)
    assert window.current_page() == CHARTER_PAGE
    assert page.ui.newDraftButton.isVisible() and not page.ui.recordButton.isVisible()

    # draft: made, edited, checked and sent from the page
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.ui.newDraftButton, Qt.MouseButton.LeftButton)
    assert page.ui.tabs.currentWidget() is page.ui.draftTab
    assert page.ui.languageCombo.currentData() == "nl"
    assert page.ui.sectionList.count() == 11
    assert page.ui.sectionList.item(0).text() == "Doelstellingen"  # the document's heading
    page.select_section("nl", "budget")
    page.ui.sectionEdit.setPlainText("Het BIN heeft geen budget; deelname is gratis.")
    assert page.is_dirty() and page.ui.saveButton.isEnabled()
    with qtbot.waitSignal(page.checked):
        qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    assert [i.text for i in page.missing or []] == ["the start date"]
    assert "the start date" in page.ui.missingLabel.text()
    assert not page.is_dirty()  # the check saved first
    page.ui.startCheck.setChecked(True)
    page.ui.durationSpin.setValue(24)
    assert page.ui.mayorCheck.isChecked() and page.ui.preventionCheck.isChecked()
    qtbot.mouseClick(page.ui.sendButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert "for signature" in boxes.questions[-1]
    (version,) = service.charter_versions(db, nid)
    assert version.status == "signing" and version.content_hash
    assert page.versions_model.index(0, 1).data() == "Being signed"
    assert page.ui.tabs.currentWidget() is page.ui.signaturesTab
    assert set(statuses(page).values()) == {"pending"} and len(statuses(page)) == 5
    assert networks.network_detail(db, nid).summary.state == State.SIGNATURES

    # the unsigned PDF, saved through the PDF… menu, goes to the coordinator who signs it
    unsigned = tmp_path / "unsigned.pdf"
    monkeypatch.setattr(files, "choose_save_file", lambda *_args: unsigned)
    page.pdf_actions["nl"].trigger()
    idle(ctx)
    credential = load_credential(ready.pki.people["coordinator"].pkcs12, PASSPHRASE)
    from_claes = tmp_path / "charter-signed-Claes.pdf"
    from_claes.write_bytes(sign_field(unsigned.read_bytes(), "sig_coordinator", credential))

    def record_pdf(dialog: QDialog) -> object:
        assert isinstance(dialog, SignatureRecordDialog)
        dialog.choose_pdf()
        dialog.select_signatory("coordinator")
        choose(monkeypatch, from_claes)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    drive(monkeypatch, SignatureRecordDialog, record_pdf)
    qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert boxes.messages[-1] == (MessageKind.INFORMATION, "Recorded:\n• Coordinator: Marie Claes")
    assert statuses(page)["coordinator"] == "signed"

    # the officer signs his own field
    assert page.ui.signButton.isVisible() and page.ui.signButton.isEnabled()
    assert not page.ui.reviewButton.isEnabled()
    signer(qtbot, monkeypatch, ready.p12("officer"))
    qtbot.mouseClick(page.ui.signButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert statuses(page)["mandated_officer"] == "signed"
    assert not page.ui.signButton.isEnabled()

    # the korpschef reviews the pages, ticks ADVP's checklist and signs
    act_as(ctx, "K0001")
    assert page.ui.reviewButton.isEnabled() and not page.ui.signButton.isVisible()
    korpschef_p12 = ready.p12("korpschef")

    def review(dialog: QDialog) -> object:
        assert isinstance(dialog, KorpschefReviewDialog)
        with qtbot.waitSignal(dialog.loaded):
            pass
        assert len(dialog.page_labels) >= 2
        assert all(not label.pixmap().isNull() for label in dialog.page_labels)
        assert dialog.ui.pageLabel.text().endswith(f"of {len(dialog.page_labels)}")
        assert "BIN Molenwijk" in dialog.ui.networkValue.text()
        assert "Molenstraat" in dialog.ui.territoryValue.text()
        assert "Coordinator (Marie Claes): signed" in dialog.ui.signaturesValue.text()
        choose(monkeypatch, korpschef_p12)
        qtbot.mouseClick(dialog.credentials.choose_button, Qt.MouseButton.LeftButton)
        dialog.credentials.passphrase_edit.setText(PASSPHRASE.decode())
        for check in dialog.checks:
            assert not dialog.ui.signButton.isEnabled()
            check.setChecked(True)
        assert dialog.ui.signButton.isEnabled()
        qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == Accepted)
        assert dialog.credentials.passphrase_edit.text() == ""  # not kept after use
        return dialog.result()

    drive(monkeypatch, KorpschefReviewDialog, review)
    qtbot.mouseClick(page.ui.reviewButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert statuses(page)["korpschef"] == "signed"

    # the prevention officer signs; the mayor signed on paper
    act_as(ctx, "V0001")
    signer(qtbot, monkeypatch, ready.p12("prevention"))
    qtbot.mouseClick(page.ui.signButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    act_as(ctx, "P1001")
    scan = tmp_path / "burgemeester.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n scanned signature page")

    def record_paper(dialog: QDialog) -> object:
        assert isinstance(dialog, SignatureRecordDialog)
        dialog.choose_paper()
        dialog.select_signatory("mayor")
        assert dialog.signer_edit.text() == "Véronique Dupont"
        choose(monkeypatch, scan)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    drive(monkeypatch, SignatureRecordDialog, record_paper)
    assert not page.ui.submitButton.isEnabled()
    qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert set(statuses(page).values()) == {"signed"}

    # submitted to ADVP: the letter is saved where the officer says
    letter = tmp_path / "aan-ADVP.pdf"
    monkeypatch.setattr(files, "choose_save_file", lambda *_args: letter)
    assert page.ui.submitButton.isEnabled()
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert letter.read_bytes().startswith(b"%PDF")
    assert networks.network_detail(db, nid).summary.state == State.SUBMITTED
    assert page.ui.approvalButton.isVisible() and not page.ui.submitButton.isVisible()

    def approve(dialog: QDialog) -> object:
        assert isinstance(dialog, ApprovalDialog)
        dialog.reference_edit.setText("ADVP/2026/0042")
        return Accepted

    drive(monkeypatch, ApprovalDialog, approve)
    qtbot.mouseClick(page.ui.approvalButton, Qt.MouseButton.LeftButton)
    idle(ctx)

    # official: the page, the tracker and the dashboard say so
    assert networks.network_detail(db, nid).summary.state == State.OFFICIAL
    assert "Official" in page.ui.stateLabel.text()
    assert page.versions_model.index(0, 1).data() == "Approved by ADVP"
    assert page.versions_model.index(0, 7).data() == "ADVP/2026/0042"
    tracker = page.tracker_model
    assert [tracker.index(r, 3).data() for r in range(tracker.rowCount())] == ["Signed"] * 5
    assert {tracker.index(r, 6).data() for r in range(tracker.rowCount())} == {
        "Signed PDF received", "Digital, in BIN Desk", "On paper (scan)"}
    kinds = {page.files_model.index(r, 0).data() for r in range(page.files_model.rowCount())}
    assert {"Signed charter (PDF)", "Scan of a signature on paper", "Letter to ADVP"} <= kinds
    with qtbot.waitSignal(window.dashboard.loaded):
        window.show_page("dashboard")
    model = window.dashboard.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "BIN Molenwijk")
    assert model.index(row, 3).data() == "Official"
    assert model.index(row, 7).data() == "5/5"
    assert [kind for kind, _text in boxes.messages].count(MessageKind.WARNING) == 0


# -- the korpschef's review ----------------------------------------------------------------
def test_the_review_refuses_operators_who_are_not_the_korpschef(
        ctx: AppContext, zone_data: ZoneData, ready: Ready, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    send_by_core(zone_data, ready.network)
    opened: list[QDialog] = []
    monkeypatch.setattr(KorpschefReviewDialog, "exec", lambda d: opened.append(d) or 0)
    assert ctx.operator is not None and ctx.operator.role == "mandated_officer"
    assert KorpschefReviewDialog.ask(None, ctx, ready.network) is False
    assert opened == []
    assert boxes.messages == [(MessageKind.INFORMATION,
                               "Only the korpschef reviews and signs the charter here. You are "
                               "signed in as Jan Peeters (BIN-mandated officer).")]


def review_dialog(ctx: AppContext, qtbot: QtBot, network: str) -> KorpschefReviewDialog:
    act_as(ctx, "K0001")
    dialog = KorpschefReviewDialog(None, ctx, network)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.show()
    return dialog


def test_sign_waits_for_every_checklist_item_and_send_back_for_a_reason(
        ctx: AppContext, zone_data: ZoneData, ready: Ready, qtbot: QtBot,
        boxes: Boxes) -> None:
    send_by_core(zone_data, ready.network)
    dialog = review_dialog(ctx, qtbot, ready.network)
    ui = dialog.ui
    dialog.credentials.set_path(ready.p12("korpschef"))
    assert not ui.signButton.isEnabled() and "Tick every item" in ui.signHint.text()
    for check in dialog.checks:
        check.setChecked(True)
    assert ui.signButton.isEnabled()
    dialog.checks[3].setChecked(False)  # the communication plan is not right after all
    assert not ui.signButton.isEnabled()

    assert not ui.sendBackButton.isEnabled()
    ui.reasonsEdit.setPlainText("   \n ")
    assert not ui.sendBackButton.isEnabled()
    ui.reasonsEdit.setPlainText("Het communicatieplan vermeldt de kliklijn-clausule niet.")
    assert ui.sendBackButton.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ui.sendBackButton, Qt.MouseButton.LeftButton)
    assert dialog.changed and "back to drafting" in boxes.questions[-1]
    assert networks.network_detail(zone_data.db, ready.network).summary.state == \
        State.CHARTER_DRAFTING
    (version,) = service.charter_versions(zone_data.db, ready.network)
    chief = next(s for s in version.slots if s.signatory == "korpschef")
    assert (version.status, chief.status, chief.note) == (
        "returned", "refused",
        "Het communicatieplan vermeldt de kliklijn-clausule niet.")


def test_a_wrong_passphrase_is_shown_and_nothing_is_recorded(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, ready: Ready, qtbot: QtBot,
        boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    send_by_core(zone_data, ready.network)
    page = open_charter(window, qtbot, ready.network)
    signer(qtbot, monkeypatch, ready.p12("officer"), passphrase=b"not my passphrase")
    qtbot.mouseClick(page.ui.signButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert len(boxes.messages) == 1
    kind, text = boxes.messages[0]
    assert kind == MessageKind.WARNING and "passphrase" in text.lower()
    (version,) = service.charter_versions(zone_data.db, ready.network)
    assert version.signed == 0 and version.files == ()
    assert statuses(page)["mandated_officer"] == "pending"

    # the korpschef's dialog stays open after a failed signature, passphrase emptied
    dialog = review_dialog(ctx, qtbot, ready.network)
    dialog.credentials.set_path(ready.p12("korpschef"))
    dialog.credentials.passphrase_edit.setText("wrong")
    for check in dialog.checks:
        check.setChecked(True)
    qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert len(boxes.messages) == 2 and boxes.messages[1][0] == MessageKind.WARNING
    assert dialog.isVisible() and not dialog.changed
    assert dialog.credentials.passphrase_edit.text() == ""
    assert service.charter_versions(zone_data.db, ready.network)[0].signed == 0


def test_sending_an_incomplete_draft_is_refused_with_the_missing_list(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, ready: Ready, qtbot: QtBot,
        boxes: Boxes) -> None:
    service.ensure_draft(zone_data.db, zone_data.officer, ready.network)
    page = open_charter(window, qtbot, ready.network)
    page.select_section("nl", "objectives")
    page.ui.sectionEdit.clear()
    assert page.ui.sectionList.item(0).text() == "Doelstellingen (empty)"
    qtbot.mouseClick(page.ui.sendButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    kind, text = boxes.messages[-1]
    assert kind == MessageKind.WARNING
    assert text == ("The charter cannot be sent for signature yet. Missing:\n"
                    "• texts in Nederlands: Doelstellingen\n• the start date")
    assert networks.network_detail(zone_data.db, ready.network).summary.state == \
        State.CHARTER_DRAFTING
    assert service.charter_versions(zone_data.db, ready.network)[0].status == "draft"


# -- the tracker, files, navigation, models ------------------------------------------------
def test_overdue_signatures_are_marked_and_files_open(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, pki: Pki, tmp_path: Path,
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    ready = prepare(zone_data, pki, tmp_path, drafting_since=60)
    today = zone_data.today
    send_by_core(zone_data, ready.network, today - dt.timedelta(days=45))
    service.record_wet_ink(zone_data.db, zone_data.officer, ready.network, "coordinator",
                           b"%PDF-1.4 scan", "claes.pdf", today - dt.timedelta(days=40),
                           media_type="application/pdf")
    page = open_charter(window, qtbot, ready.network)
    tracker = page.tracker_model
    rows = {tracker.row_at(r).signatory: r for r in range(tracker.rowCount())}
    mayor = tracker.index(rows["mayor"], TrackerModel.WAITING_COLUMN)
    assert mayor.data() == "45 days"
    assert mayor.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "(overdue)" in mayor.data(Qt.ItemDataRole.AccessibleTextRole)
    signed = tracker.index(rows["coordinator"], TrackerModel.WAITING_COLUMN)
    assert signed.data() == "" and signed.data(Qt.ItemDataRole.BackgroundRole) is None

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.ui.tabs.setCurrentWidget(page.ui.filesTab)
    assert not page.ui.openFileButton.isEnabled()
    page.ui.filesView.selectRow(0)
    qtbot.mouseClick(page.ui.openFileButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes() == b"%PDF-1.4 scan"


def test_the_charter_page_opens_from_the_overview_and_from_the_network_page(
        window: MainWindow, zone_data: ZoneData, qtbot: QtBot) -> None:
    kerkwijk = zone_data.networks["BIN Kerkwijk"]
    with qtbot.waitSignal(window.charters.loaded):
        window.show_page("charters")
    view = window.charters.view
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data() == "BIN Kerkwijk")
    rect = view.visualRect(view.model().index(row, 0))
    with qtbot.waitSignal(window.charter_page.loaded):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == CHARTER_PAGE
    assert window.charter_page.ui.titleLabel.text() == "Charter of BIN Kerkwijk"
    window.charter_page.back.emit()
    assert window.current_page() == "charters"

    with qtbot.waitSignal(window.network_page.loaded):
        window.open_network(kerkwijk, "networks")
    with qtbot.waitSignal(window.charter_page.loaded):
        qtbot.mouseClick(window.network_page.charter_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == CHARTER_PAGE
    with qtbot.waitSignal(window.network_page.loaded):
        qtbot.mouseClick(window.charter_page.ui.backButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == NETWORK_PAGE


def test_every_charter_model_passes_the_model_tester(
        zone_data: ZoneData, ready: Ready, qtmodeltester: object) -> None:
    send_by_core(zone_data, ready.network)
    service.record_wet_ink(zone_data.db, zone_data.officer, ready.network, "mayor", b"scan",
                           "mayor.png", zone_data.today, media_type="image/png")
    versions = service.charter_versions(zone_data.db, ready.network)
    kerkwijk = service.charter_versions(zone_data.db, zone_data.networks["BIN Kerkwijk"])
    tracker = TrackerModel(overdue_days=30)
    tracker.set_rows(versions[0].slots + kerkwijk[0].slots)  # pending, signed and overdue
    for model, rows in ((VersionsModel(), versions + kerkwijk), (tracker, None),
                        (FilesModel(), versions[0].files)):
        if rows is not None:
            model.set_rows(rows)
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]


# -- screenshots ---------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_charter_screens_fit_at_1366x768(
        ctx: AppContext, zone_data: ZoneData, pki: Pki, tmp_path: Path, qtbot: QtBot,
        qapp: QApplication, language: str) -> None:
    translators = install_translators(qapp, language)
    out = Path(os.environ.get("BIN_DESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    ready = prepare(zone_data, pki, tmp_path, drafting_since=60, languages=("nl", "fr"))
    today = zone_data.today

    def shot(widget: QWidget, name: str) -> None:
        qapp.processEvents()
        path = out / f"charter-{language}-{name}.png"
        assert widget.grab().save(str(path))
        assert_fits(widget, f"{language} {name}")

    try:
        window = MainWindow(ctx, language)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        idle(ctx)
        service.ensure_draft(zone_data.db, zone_data.officer, ready.network)
        page = open_charter(window, qtbot, ready.network)
        page.select_section(language, "communication_plan")
        shot(window, "draft")
        with qtbot.waitSignal(page.checked):
            page.check()
        shot(window, "draft-checked")

        send_by_core(zone_data, ready.network, today - dt.timedelta(days=45))
        service.record_wet_ink(zone_data.db, zone_data.officer, ready.network, "coordinator",
                               b"%PDF-1.4 scan", "claes.pdf", today - dt.timedelta(days=41),
                               media_type="application/pdf")
        service.sign_in_app(zone_data.db, zone_data.officer, ready.network, "mandated_officer",
                            ready.pki.people["officer"].pkcs12, PASSPHRASE)
        with qtbot.waitSignal(page.loaded):
            page.refresh()
        shot(window, "tracker")
        page.ui.tabs.setCurrentWidget(page.ui.filesTab)
        shot(window, "files")
        latest = service.charter_versions(zone_data.db, ready.network)[0]
        record = SignatureRecordDialog(window, "BIN Molenwijk", list(latest.slots[2:]),
                                       latest.frozen_on)
        qtbot.addWidget(record)
        record.choose_paper()
        record.show()
        shot(record, "record")
        sign = SignDialog(window, "Versie 1 van het charter van BIN Molenwijk.",
                          page.data.eid if page.data else EidState(False, ""))
        qtbot.addWidget(sign)
        sign.show()
        shot(sign, "sign")
        record.close()
        sign.close()

        dialog = review_dialog(ctx, qtbot, ready.network)
        dialog.resize(1366, 768)
        dialog.credentials.set_path(ready.p12("korpschef"))
        for check in dialog.checks[:3]:
            check.setChecked(True)
        shot(dialog, "review")
        dialog.ui.pagesArea.verticalScrollBar().setValue(
            dialog.ui.pagesArea.verticalScrollBar().maximum())
        dialog.zoom_by(1.25)
        shot(dialog, "review-zoomed")
        dialog.close()
    finally:
        remove_translators(qapp, translators)
