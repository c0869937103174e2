"""Issue #3's acceptance on the demo zone itself: a demo network waiting for signatures goes to
"official" through the GUI, the korpschef signing in the review dialog."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from bin_desktop.core import networks, operators
from bin_desktop.core.charter import service
from bin_desktop.core.lifecycle import State
from bin_desktop.core.signing import load_credential, sign_field
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.trust import add_trust_anchor
from bin_desktop.core.zone import get_zone
from bin_desktop.gui.context import AppContext, DataEvents
from bin_desktop.gui.dialogs.advp import ApprovalDialog
from bin_desktop.gui.dialogs.korpschef_review import KorpschefReviewDialog
from bin_desktop.gui.dialogs.signature_record import SignatureRecordDialog
from bin_desktop.gui.errors import ErrorHelper
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.tasks import DbTasks
from tests.gui.test_charter_gui import act_as, choose, drive, idle, open_charter, statuses
from tests.pki import PASSPHRASE, issue_people

pytestmark = pytest.mark.gui
Accepted = QDialog.DialogCode.Accepted


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    data_dir = tmp_path / "demo"
    subprocess.run([sys.executable, "-m", "bin_desktop", "--data-dir", str(data_dir), "demo"],
                   check=True, capture_output=True)
    db = open_database(data_dir)
    yield db
    db.close()


@pytest.fixture
def demo_window(demo: Database, qtbot: QtBot) -> Iterator[tuple[MainWindow, AppContext]]:
    helper = ErrorHelper(demo.data_dir)
    tasks = DbTasks(helper)
    ctx = AppContext(demo, tasks, helper, DataEvents(), operators.current_operator(demo),
                     get_zone(demo))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    assert tasks.wait_idle(5_000)
    yield main, ctx
    tasks.wait_idle(5_000)
    tasks.shutdown()


def test_a_demo_network_waiting_for_the_korpschef_becomes_official(
        demo: Database, demo_window: tuple[MainWindow, AppContext], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, ctx = demo_window
    waiting = [n for n in json.loads(subprocess.run(
        [sys.executable, "-m", "bin_desktop", "--data-dir", str(demo.data_dir), "networks",
         "list", "--json"], check=True, capture_output=True, text=True).stdout)
        if n["state"] == "signatures" and n["next_action"]["actor"] == "korpschef"]
    network = waiting[0]["id"]
    (version, *_older) = service.charter_versions(demo, network)
    pending = {s.signatory: s.expected_signer for s in version.slots if s.status == "pending"}
    assert "korpschef" in pending
    pki = issue_people(sorted(set(pending.values())))
    chief = next(o for o in operators.list_operators(demo) if o.role == "korpschef")
    admin = next(o for o in operators.list_operators(demo) if o.role == "administrator")
    add_trust_anchor(demo, admin.id, pki.root_pem)

    page = open_charter(window, qtbot, network)
    assert statuses(page)["korpschef"] == "pending"
    act_as(ctx, chief.personnel_number)
    korpschef_p12 = tmp_path / "korpschef.p12"
    korpschef_p12.write_bytes(pki.people[pending["korpschef"]].pkcs12)

    def review(dialog: QDialog) -> object:
        assert isinstance(dialog, KorpschefReviewDialog)
        with qtbot.waitSignal(dialog.loaded):
            pass
        assert len(dialog.page_labels) >= 2
        assert all(not label.pixmap().isNull() for label in dialog.page_labels)
        choose(monkeypatch, korpschef_p12)
        qtbot.mouseClick(dialog.credentials.choose_button, Qt.MouseButton.LeftButton)
        dialog.credentials.passphrase_edit.setText(PASSPHRASE.decode())
        for check in dialog.checks:
            check.setChecked(True)
        qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == Accepted)
        return dialog.result()

    drive(monkeypatch, KorpschefReviewDialog, review)
    qtbot.mouseClick(page.ui.reviewButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert statuses(page)["korpschef"] == "signed"

    # the other pending parties send their signed PDF back; the officer records it
    act_as(ctx, operators.current_operator(demo).personnel_number)
    signed = service.file_bytes(demo, [f for f in service.charter_versions(demo, network)[0]
                                       .files if f.kind == "signed_pdf"][-1].sha256)
    for signatory, person in pending.items():
        if signatory == "korpschef":
            continue
        credential = load_credential(pki.people[person].pkcs12, PASSPHRASE)
        signed = sign_field(signed, f"sig_{signatory}", credential)
    returned = tmp_path / "returned.pdf"
    returned.write_bytes(signed)

    def record(dialog: QDialog) -> object:
        assert isinstance(dialog, SignatureRecordDialog)
        dialog.choose_pdf()
        choose(monkeypatch, returned)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    if len(pending) > 1:
        drive(monkeypatch, SignatureRecordDialog, record)
        qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
        idle(ctx)
    assert set(statuses(page).values()) == {"signed"}

    letter = tmp_path / "advp.pdf"
    from bin_desktop.gui.dialogs import files  # noqa: PLC0415

    monkeypatch.setattr(files, "choose_save_file", lambda *_args: letter)
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert letter.read_bytes().startswith(b"%PDF")

    def approve(dialog: QDialog) -> object:
        assert isinstance(dialog, ApprovalDialog)
        dialog.reference_edit.setText("ADVP/2026/0901")
        return Accepted

    drive(monkeypatch, ApprovalDialog, approve)
    qtbot.mouseClick(page.ui.approvalButton, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert networks.network_detail(demo, network).summary.state == State.OFFICIAL
