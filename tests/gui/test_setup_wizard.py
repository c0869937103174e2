"""The first-run set-up wizard, driven like a user: pages, refusals, finish, then the dashboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bin_desktop.core import gateway_config, operators, setup
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Municipality, Operator, Zone
from bin_desktop.core.sync import engine
from bin_desktop.gui.app import run
from bin_desktop.gui.dialogs.setup_wizard import SetupWizard
from bin_desktop.gui.errors import ErrorHelper
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.tasks import DbTasks
from bin_desktop.options import AppOptions
from tests.fakes.memory_keyring import MemoryKeyring
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def memory_keyring(memory: MemoryKeyring) -> MemoryKeyring:
    return memory


@pytest.fixture
def empty(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[Database, DbTasks]]:
    db = open_database(tmp_path / "fresh")
    tasks = DbTasks(ErrorHelper(tmp_path))
    yield db, tasks
    tasks.wait_idle(5_000)
    tasks.shutdown()
    db.close()


def click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be clicked"
    button.click()


def error_of(wizard: SetupWizard) -> str:
    page = wizard.currentPage()
    label = page.error_label  # type: ignore[attr-defined]
    return label.text() if label.isVisibleTo(wizard) else ""


def fill_zone(wizard: SetupWizard, name: str, number: str) -> None:
    wizard.zone_page.name_edit.setText(name)
    wizard.zone_page.number_edit.setText(number)


def fill_municipality(wizard: SetupWizard, nis: str, names: dict[str, str], postcodes: str
                      ) -> None:
    page = wizard.municipalities_page
    page.nis_edit.setText(nis)
    for code, check in page.language_checks.items():
        check.setChecked(code in names)
        page.name_edits[code].setText(names.get(code, ""))
    page.postcodes_edit.setText(postcodes)


def complete(wizard: SetupWizard, qtbot: QtBot, *, hub: bool = False,
             gateway: bool = False) -> None:
    """From the first page to Finish with valid data; waits for the wizard to close."""
    fill_zone(wizard, "PZ Zennevallei", "5415")
    click(wizard, NEXT)
    fill_municipality(wizard, "23027", {"nl": "Halle", "fr": "Hal"}, "1500, 1501 1502")
    wizard.municipalities_page.add_button.click()
    # The second one stays in the form: Next adds it.
    fill_municipality(wizard, "23101", {"nl": "Sint-Genesius-Rode", "fr": "Rhode-Saint-Genèse"},
                      "1640")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.operator_page, error_of(wizard)
    wizard.operator_page.name_edit.setText("Ann Admin")
    wizard.operator_page.number_edit.setText("A001")
    click(wizard, NEXT)
    if hub:
        wizard.hub_page.enable_check.setChecked(True)
        wizard.hub_page.url_edit.setText("postgresql+psycopg://bindesk@hub.pz5415.local/bindesk")
        wizard.hub_page.password_edit.setText("hub-secret")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.gateway_page, error_of(wizard)
    if gateway:
        page = wizard.gateway_page
        page.enable_check.setChecked(True)
        page.name_edit.setText("sms-relay")
        page.type_combo.setCurrentIndex(page.type_combo.findData("http-json"))
        page.url_edit.setText("https://relay.pz5415.local/v1")
        page.secret_edit.setText("t0ken")
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        click(wizard, FINISH)


def test_wizard_writes_zone_municipalities_and_administrator(
        empty: tuple[Database, DbTasks], qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    db, tasks = empty
    wizard = SetupWizard(None, db, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    complete(wizard, qtbot, hub=True, gateway=True)
    assert wizard.operator is not None
    with db.read() as session:
        zone = session.scalars(select(Zone)).one()
        municipalities = {m.nis_code: m for m in session.scalars(select(Municipality))}
        admin = session.scalars(select(Operator)).one()
    assert (zone.name, zone.number) == ("PZ Zennevallei", "5415")
    assert set(municipalities) == {"23027", "23101"}
    assert municipalities["23027"].postcodes == ["1500", "1501", "1502"]
    assert municipalities["23101"].languages == ["nl", "fr"]
    assert municipalities["23101"].name_fr == "Rhode-Saint-Genèse"
    assert (admin.name, admin.personnel_number, admin.role) == ("Ann Admin", "A001",
                                                                "administrator")
    assert wizard.operator.id == admin.id == operators.current_operator(db).id
    assert engine.hub_url(db) == "postgresql+psycopg://bindesk@hub.pz5415.local/bindesk"
    assert gateway_config.get_gateway(db, "sms-relay").type == "http-json"
    assert memory_keyring.store == {("BIN Desk", "hub"): "hub-secret",
                                    ("BIN Desk", "gateway:sms-relay"): "t0ken"}


def test_invalid_input_is_explained_and_the_page_does_not_advance(
        empty: tuple[Database, DbTasks], qtbot: QtBot, boxes: Boxes) -> None:
    db, tasks = empty
    wizard = SetupWizard(None, db, tasks)
    qtbot.addWidget(wizard)
    wizard.show()

    fill_zone(wizard, "PZ Zennevallei", "54")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.zone_page
    assert "Zone number 54 is not valid: a police zone's number has 4 digits" in error_of(
        wizard)
    fill_zone(wizard, "", "5415")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.zone_page
    assert error_of(wizard) == "The zone's name is empty."
    fill_zone(wizard, "PZ Zennevallei", "5415")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.municipalities_page

    page = wizard.municipalities_page
    click(wizard, NEXT)  # nothing added yet
    assert wizard.currentPage() is page
    assert error_of(wizard) == "Add at least one municipality of the zone."
    fill_municipality(wizard, "2302", {"nl": "Halle"}, "1500")
    page.add_button.click()
    assert "NIS code 2302 is not valid" in error_of(wizard)
    assert page.list_widget.count() == 0 and page.nis_edit.text() == "2302"  # kept to fix
    click(wizard, NEXT)  # the form's content is checked on Next too
    assert wizard.currentPage() is page and "NIS code 2302 is not valid" in error_of(wizard)
    fill_municipality(wizard, "23101", {"nl": "Sint-Genesius-Rode", "fr": ""}, "1640")
    page.language_checks["fr"].setChecked(True)
    page.add_button.click()
    assert "give its name in each of them" in error_of(wizard)
    fill_municipality(wizard, "23027", {"nl": "Halle"}, "1500, 150")
    page.add_button.click()
    assert error_of(wizard) == "Not a Belgian postcode: 150."
    fill_municipality(wizard, "23027", {"nl": "Halle"}, "1500")
    page.add_button.click()
    assert error_of(wizard) == "" and page.list_widget.count() == 1
    assert page.list_widget.item(0).text() == "Halle (23027) — 1500"
    fill_municipality(wizard, "23027", {"nl": "Halle bis"}, "1501")
    page.add_button.click()
    assert error_of(wizard) == "NIS code 23027 is listed twice."
    page.nis_edit.clear()
    page.postcodes_edit.clear()
    page.name_edits["nl"].clear()
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.operator_page

    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.operator_page
    assert error_of(wizard) == "The operator's name is empty."
    wizard.operator_page.name_edit.setText("Ann Admin")
    wizard.operator_page.number_edit.setText("A 1")
    click(wizard, NEXT)
    assert "Personnel number A 1 is not valid" in error_of(wizard)
    wizard.operator_page.number_edit.setText("A001")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.hub_page

    wizard.hub_page.enable_check.setChecked(True)
    wizard.hub_page.url_edit.setText("postgresql://bindesk:secret@hub/bindesk")
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.hub_page
    assert "Do not put the password in the hub URL" in error_of(wizard)
    wizard.hub_page.enable_check.setChecked(False)  # later, then
    click(wizard, NEXT)
    assert wizard.currentPage() is wizard.gateway_page

    wizard.gateway_page.enable_check.setChecked(True)
    wizard.gateway_page.name_edit.setText("mail")
    wizard.gateway_page.url_edit.setText("http://mail.example")
    click(wizard, FINISH)
    assert wizard.isVisible() and "An smtp gateway needs" in error_of(wizard)
    assert setup.needs_setup(db)  # nothing written while a page is refused
    assert boxes.messages == []  # the refusals were on the pages, not in boxes


def test_going_back_keeps_what_was_typed_and_cancel_writes_nothing(
        empty: tuple[Database, DbTasks], qtbot: QtBot) -> None:
    db, tasks = empty
    wizard = SetupWizard(None, db, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_zone(wizard, "PZ Zennevallei", "5415")
    click(wizard, NEXT)
    wizard.back()
    assert wizard.zone_page.number_edit.text() == "5415"
    with qtbot.waitSignal(wizard.rejected):
        wizard.button(QWizard.WizardButton.CancelButton).click()
    assert setup.needs_setup(db)


class _Watch:
    """Runs `action` on the first visible `kind` window, inside run()'s own event loops.

    A failure is recorded and every window closed, so a broken test ends instead of hanging;
    `stop()` ends the watch (it also ends by itself after 5 minutes).
    """

    alive: ClassVar[list[_Watch]] = []  # Qt's timer keeps no reference to the watch

    def __init__(self, kind: type[QWidget], action: Callable[[QWidget], None],
                 failures: list[BaseException]) -> None:
        self.kind, self.action, self.failures = kind, action, failures
        self.polls = 15_000
        _Watch.alive.append(self)
        QTimer.singleShot(0, self.poll)

    def stop(self) -> None:
        self.polls = 0
        if self in _Watch.alive:
            _Watch.alive.remove(self)

    def poll(self) -> None:
        if self.polls <= 0:
            self.stop()
            return
        self.polls -= 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, self.kind) and widget.isVisible():
                self.stop()
                try:
                    self.action(widget)
                except BaseException as exc:
                    self.failures.append(exc)
                    for window in QApplication.topLevelWidgets():
                        window.close()
                    QApplication.quit()
                return
        QTimer.singleShot(20, self.poll)


def test_first_start_runs_the_wizard_then_opens_the_dashboard(
        tmp_path: Path, qtbot: QtBot, boxes: Boxes) -> None:
    data_dir = tmp_path / "first-start"
    failures: list[BaseException] = []
    seen: dict[str, object] = {}

    def on_main_window(widget: QWidget) -> None:
        assert isinstance(widget, MainWindow)
        assert widget.ctx.tasks.wait_idle(5_000)
        seen["page"] = widget.current_page()
        seen["title"] = widget.windowTitle()
        seen["operator"] = widget.operator_status.text()
        seen["networks"] = widget.dashboard.model.rowCount()
        widget.close()

    def on_wizard(widget: QWidget) -> None:
        assert isinstance(widget, SetupWizard)
        complete(widget, qtbot)
        _Watch(MainWindow, on_main_window, failures)

    _Watch(SetupWizard, on_wizard, failures)
    code = run(AppOptions(data_dir=data_dir, lang="en"))
    if failures:
        raise failures[0]
    assert code == 0 and boxes.messages == []
    assert seen == {"page": "dashboard", "title": "BIN Desk — PZ Zennevallei",
                    "operator": "Ann Admin, Administrator", "networks": 0}
    db = open_database(data_dir)  # the real SQLite file the app wrote
    try:
        assert not setup.needs_setup(db)
        with db.read() as session:
            assert session.scalars(select(Zone.number)).all() == ["5415"]
            assert sorted(session.scalars(select(Municipality.nis_code))) == ["23027", "23101"]
        assert operators.current_operator(db).role == "administrator"
    finally:
        db.close()

    # The second start goes straight to the dashboard: no wizard, no operator question.
    shown: list[str] = []

    def on_second_window(widget: QWidget) -> None:
        shown.extend(type(w).__name__ for w in QApplication.topLevelWidgets()
                     if w.isVisible() and w is not widget)
        widget.close()

    _Watch(MainWindow, on_second_window, failures)
    assert run(AppOptions(data_dir=data_dir, lang="en")) == 0
    if failures:
        raise failures[0]
    assert "SetupWizard" not in shown and "OperatorDialog" not in shown


def test_giving_up_the_wizard_ends_the_start_and_writes_nothing(
        tmp_path: Path, qtbot: QtBot) -> None:
    data_dir = tmp_path / "given-up"
    failures: list[BaseException] = []
    _Watch(SetupWizard, lambda w: w.close(), failures)
    assert run(AppOptions(data_dir=data_dir, lang="en")) == 0
    assert not failures
    db = open_database(data_dir)
    try:
        assert setup.needs_setup(db)
    finally:
        db.close()


def test_demo_skips_the_wizard(tmp_path: Path, qtbot: QtBot) -> None:
    data_dir = tmp_path / "demo"
    failures: list[BaseException] = []
    seen: list[str] = []

    def on_main_window(widget: QWidget) -> None:
        assert isinstance(widget, MainWindow)
        seen.append(widget.windowTitle())
        widget.close()

    def wizard_shown(widget: QWidget) -> None:
        widget.close()
        raise AssertionError("the demo showed the set-up wizard")

    watch_wizard = _Watch(SetupWizard, wizard_shown, failures)
    _Watch(MainWindow, on_main_window, failures)
    code = run(AppOptions(data_dir=data_dir, lang="en", demo=True))
    watch_wizard.stop()
    assert not failures and code == 0
    assert seen and seen[0].startswith("BIN Desk — ")


def test_a_new_computer_joins_the_zone_from_its_hub(
        empty: tuple[Database, DbTasks], qtbot: QtBot, memory_keyring: MemoryKeyring,
        tmp_path: Path) -> None:
    from bin_desktop.core.demo import seed_demo  # noqa: PLC0415
    from bin_desktop.core.export import export_json  # noqa: PLC0415
    from bin_desktop.core.sync.hub import Hub, init_hub  # noqa: PLC0415
    from bin_desktop.gui.dialogs.setup_wizard import JoinDialog  # noqa: PLC0415

    db, tasks = empty
    station = open_database(tmp_path / "station")
    seed_demo(station, size="small")
    hub_url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(hub_url)
    with Hub(hub_url) as hub:
        engine.sync(station, hub)
    wizard = SetupWizard(None, db, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    seen: list[str] = []

    def fill_and_join() -> None:  # the join dialog is modal: drive it once it shows
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, JoinDialog) and w.isVisible())
        dialog.url_edit.setText("not a url")
        dialog.join_button.click()
        seen.append(dialog.error_label.text())
        dialog.url_edit.setText(hub_url)
        dialog.join_button.click()

    QTimer.singleShot(0, fill_and_join)
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        wizard.zone_page.join_button.click()
    assert "not a database URL" in seen[0]
    assert wizard.joined and wizard.operator is None
    assert not setup.needs_setup(db)
    assert engine.hub_url(db) == hub_url
    assert export_json(db) == export_json(station)  # the whole zone, identical
    station.close()
