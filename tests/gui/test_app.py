"""Start-up (run), the operator dialog, the error helper, the worker and the translations."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from bin_desktop.core import operators
from bin_desktop.core.errors import ValidationError
from bin_desktop.core.store.database import DB_FILENAME, open_database
from bin_desktop.core.store.lock import InstanceLock
from bin_desktop.gui import preferences
from bin_desktop.gui.app import run
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.operator import OperatorDialog
from bin_desktop.gui.errors import ErrorHelper, MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.tasks import DbTasks
from bin_desktop.gui.translations import choose_language, install_translators, remove_translators
from bin_desktop.options import AppOptions
from tests.conftest import ZoneData
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui


def test_operator_dialog_creates_the_first_operator(tmp_path: Path, qtbot: QtBot) -> None:
    db = open_database(tmp_path / "empty")
    tasks = DbTasks(ErrorHelper(tmp_path))
    try:
        dialog = OperatorDialog(None, db, tasks, [])
        qtbot.addWidget(dialog)
        assert not dialog.pick_combo.isVisibleTo(dialog)  # nothing to pick from yet
        dialog.name_edit.setText("Jan Peeters")
        dialog.number_edit.setText("P1001")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("mandated_officer"))
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        assert dialog.operator is not None
        chosen = operators.current_operator(db)
        assert (chosen.name, chosen.personnel_number, chosen.role) == (
            "Jan Peeters", "P1001", "mandated_officer")
        assert dialog.operator.id == chosen.id
    finally:
        tasks.shutdown()
        db.close()


def test_operator_dialog_refusal_keeps_the_dialog_open(
        zone_data: ZoneData, ctx: AppContext, qtbot: QtBot, boxes: Boxes) -> None:
    existing = operators.list_operators(zone_data.db)
    dialog = OperatorDialog(None, zone_data.db, ctx.tasks, existing, zone_data.officer)
    qtbot.addWidget(dialog)
    dialog.create_radio.setChecked(True)
    dialog.name_edit.setText("Intruder")
    dialog.number_edit.setText("X999")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(boxes.messages))
    assert "may not do this" in boxes.messages[0][1]  # only an administrator adds operators
    assert dialog.result() == 0 and dialog.operator is None
    dialog.pick_radio.setChecked(True)
    dialog.pick_combo.setCurrentIndex(dialog.pick_combo.findData(zone_data.korpschef))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert operators.current_operator(zone_data.db).id == zone_data.korpschef


def test_smoke_test_passes_on_a_seeded_folder(zone_data: ZoneData,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    preferences.save_last_page("members")
    assert run(AppOptions(data_dir=zone_data.db.data_dir, smoke_test=True, lang="en")) == 0
    assert capsys.readouterr().err == ""
    assert preferences.last_page() == "members"  # a smoke test leaves the settings alone


def test_smoke_test_fails_with_a_message_on_a_corrupt_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "corrupt"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\x07garbage" * 600)
    assert run(AppOptions(data_dir=data_dir, smoke_test=True, lang="en")) == 1
    err = capsys.readouterr().err
    assert "is damaged and cannot be read" in err and str(data_dir) in err


def test_second_instance_is_refused(zone_data: ZoneData, boxes: Boxes,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = zone_data.db.data_dir
    with InstanceLock(data_dir):
        assert run(AppOptions(data_dir=data_dir, lang="en")) == 2
        assert len(boxes.messages) == 1
        kind, text = boxes.messages[0]
        assert kind == MessageKind.WARNING and "already open" in text
        assert run(AppOptions(data_dir=data_dir, smoke_test=True, lang="en")) == 2
        assert "already open" in capsys.readouterr().err
        assert len(boxes.messages) == 1  # the smoke test printed instead of a box


def test_unknown_operator_on_the_command_line(zone_data: ZoneData,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    options = AppOptions(data_dir=zone_data.db.data_dir, operator="NOPE", lang="en",
                         crash_dialog=False)
    assert run(options) == 2
    assert "No operator with personnel number NOPE." in capsys.readouterr().err


def test_language_choice_defaults_to_dutch() -> None:
    assert choose_language(None, "it_IT") == "nl"
    assert choose_language(None, "fr_BE") == "fr"
    assert choose_language("de", "fr_BE") == "de"
    preferences.save_language("en")
    assert choose_language(None, "fr_BE") == "en"


def test_the_window_speaks_dutch(ctx: AppContext, qtbot: QtBot, qapp: QApplication) -> None:
    translators = install_translators(qapp, "nl")
    try:
        assert translators, "bin_desktop_nl.qm is missing: run make translations"
        window = MainWindow(ctx, "nl")
        qtbot.addWidget(window)
        assert ctx.tasks.wait_idle(5000)
        assert window.nav_buttons["networks"].text() == "Netwerken"
        assert window.dashboard.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
        sentences = [window.dashboard.needs_model.index(r, 0).data()
                     for r in range(window.dashboard.needs_model.rowCount())]
        assert ("⚠ BIN Kerkwijk: wacht al 121 dagen op de handtekening van de burgemeester"
                in sentences)
        message = ErrorHelper(None)
        assert QCoreApplication.translate("core", "Not a Belgian postcode: {codes}.") == (
            "Geen Belgische postcode: {codes}.")
        del message
    finally:
        remove_translators(qapp, translators)


def test_user_errors_are_translated_messages_and_bugs_crash_reports(
        tmp_path: Path, boxes: Boxes, capsys: pytest.CaptureFixture[str]) -> None:
    helper = ErrorHelper(tmp_path)
    helper.report(ValidationError("Not a Belgian postcode: {codes}.", codes="0999"))
    assert boxes.messages == [(MessageKind.WARNING, "Not a Belgian postcode: 0999.")]
    try:
        raise KeyError("boom")
    except KeyError as exc:
        helper.report(exc)
    assert len(boxes.crashes) == 1 and "KeyError: 'boom'" in boxes.crashes[0]
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "KeyError: 'boom'" in logs[0].read_text(encoding="utf-8")
    boxes.crashes.clear()
    quiet = ErrorHelper(tmp_path, crash_dialog=False)
    quiet.report(ValidationError("A network needs a name."))
    assert capsys.readouterr().err.strip() == "A network needs a name."
    assert not boxes.messages[1:]


def test_excepthook_reports_on_the_gui_thread(tmp_path: Path, qtbot: QtBot,
                                              boxes: Boxes, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    helper = ErrorHelper(tmp_path)
    seen_on: list[threading.Thread] = []
    monkeypatch.setattr(helper, "bug", lambda exc, parent=None: seen_on.append(
        threading.current_thread()))
    helper.install_excepthook()
    try:
        def fail() -> None:
            try:
                raise RuntimeError("in a thread")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(seen_on))
        assert seen_on == [threading.main_thread()]
    finally:
        helper.uninstall_excepthook()


def test_worker_calls_back_on_the_gui_thread_and_joins(tmp_path: Path, qtbot: QtBot,
                                                       boxes: Boxes) -> None:
    tasks = DbTasks(ErrorHelper(tmp_path))
    threads: dict[str, threading.Thread] = {}

    def job() -> int:
        threads["job"] = threading.current_thread()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        results.append(value)
        threads["callback"] = threading.current_thread()

    tasks.run(job, done)
    tasks.run(lambda: (_ for _ in ()).throw(ValidationError("A contact needs a name.")))
    assert tasks.wait_idle(5000)
    tasks.shutdown()
    assert results == [42]
    assert threads["job"] is not threading.main_thread()
    assert threads["callback"] is threading.main_thread()
    assert boxes.messages == [(MessageKind.WARNING, "A contact needs a name.")]
    assert not threads["job"].is_alive()
