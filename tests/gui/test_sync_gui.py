"""Sync in the window: the status bar (online/offline, last sync, what waits, conflicts), the
background sync with its backoff, Settings → Synchronisation and the Conflicts page.

Real SQLite data folders and a real SQLite hub file: device A is seeded with the small demo zone
and synced, device B starts empty and pulls everything. Edits are made through core, the way the
pages make them."""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bin_desktop.core import networks, operators
from bin_desktop.core.demo import seed_demo
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Network, NetworkContact
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.hub import Hub, init_hub
from bin_desktop.core.zone import get_zone
from bin_desktop.gui.context import AppContext, DataEvents
from bin_desktop.gui.dialogs.sync_settings import SyncSettingsDialog
from bin_desktop.gui.errors import ErrorHelper, MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.sync import SyncController, SyncState
from bin_desktop.gui.tasks import DbTasks
from tests.fakes.memory_keyring import MemoryKeyring
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui

UNREACHABLE = "postgresql://x@127.0.0.1:1/none"


@pytest.fixture(autouse=True)
def _memory_keyring(memory: MemoryKeyring) -> MemoryKeyring:
    """The hub password goes to the in-memory keyring (tests/conftest.py)."""
    return memory


@dataclass
class Zone:
    hub_url: str
    a: Database
    b: Database
    officer: str


def _sync(db: Database) -> engine.SyncReport:
    with engine.open_hub(db) as hub:
        return engine.sync(db, hub)


@pytest.fixture
def hub_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    return url


@pytest.fixture
def zone(tmp_path: Path, hub_url: str) -> Iterator[Zone]:
    """Device A with the demo zone, synced; device B joined empty and pulled everything."""
    a = open_database(tmp_path / "a")
    b = open_database(tmp_path / "b")
    try:
        seed_demo(a, size="small")
        for db in (a, b):
            engine.set_hub_url(db, hub_url)
            _sync(db)
        officer = operators.current_operator(a).id
        operators.set_default_operator(b, officer)  # a local setting: not replicated
        yield Zone(hub_url, a, b, officer)
    finally:
        a.close()
        b.close()


def _context(db: Database) -> AppContext:
    helper = ErrorHelper(db.data_dir)
    return AppContext(db, DbTasks(helper), helper, DataEvents(), operators.current_operator(db),
                      get_zone(db))


Opener = Callable[[Database], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Opener]:
    """Main windows on data folders; closed (sync thread joined) and their workers stopped."""
    opened: list[MainWindow] = []

    def open_(db: Database) -> MainWindow:
        window = MainWindow(_context(db), remember=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close()
        window.ctx.tasks.wait_idle(5_000)
        window.ctx.tasks.shutdown()


def _network(db: Database, name_part: str = "") -> tuple[str, str]:
    with db.read() as session:
        row = session.execute(select(Network.id, Network.name).where(
            Network.name.contains(name_part)).order_by(Network.name)).first()
    assert row is not None
    return row[0], row[1]


def _name(db: Database, network_id: str) -> str:
    with db.read() as session:
        network = session.get(Network, network_id)
        assert network is not None
        return network.name


def _sync_in_window(qtbot: QtBot, window: MainWindow) -> None:
    """Ask for a sync and wait until one that started after the request has ended."""
    with qtbot.waitSignal(window.sync.synced, timeout=20_000):
        window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=20_000)


# -- the status bar and Settings → Synchronisation -------------------------------------------
def test_status_bar_offline_then_sync_now_sends_everything(
        tmp_path: Path, hub_url: str, open_window: Opener, qtbot: QtBot,
        memory: MemoryKeyring) -> None:
    db = open_database(tmp_path / "laptop")
    try:
        seed_demo(db, size="small")
        waiting = engine.pending_count(db)
        assert waiting > 1000  # nothing of the demo zone went up yet
        engine.set_hub_url(db, UNREACHABLE)
        window = open_window(db)
        indicators = window.sync_status
        qtbot.waitUntil(lambda: indicators.state_label.text() == "○ Offline", timeout=15_000)
        assert "127.0.0.1" in indicators.state_label.toolTip()
        assert indicators.last_label.text() == "Never synced"
        assert indicators.pending_label.text() == f"{waiting} waiting to go up"
        assert indicators.conflicts_button.text() == "No conflicts"

        network_id, _ = _network(db)
        networks.update_network(db, window.ctx.actor_id, network_id,
                                description="Changed offline")
        window.sync.poke()
        qtbot.waitUntil(lambda: indicators.pending_label.text()
                        == f"{waiting + 1} waiting to go up", timeout=15_000)
        assert indicators.state_label.text() == "○ Offline"

        dialog = SyncSettingsDialog(window, window.ctx, window.sync)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.url_edit.text() == "postgresql://x@127.0.0.1:1/none"  # as typed
        assert "cannot be reached" in dialog.state_value.text()
        dialog.url_edit.setText(hub_url)
        dialog.password_edit.setText("hub-s3cret-value")
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert dialog.password_edit.text() == ""  # read once, then only in the keyring
        qtbot.waitUntil(lambda: indicators.pending_label.text() == "0 waiting to go up",
                        timeout=30_000)
        assert indicators.state_label.text() == "● Online"
        assert indicators.last_label.text().startswith("Last sync: ")
        assert dialog.pending_value.text() == "0 change(s)"
        assert dialog.last_value.text() != "never"
        assert memory.store == {("BIN Desk", "hub"): "hub-s3cret-value"}
        assert engine.hub_url(db) == hub_url
        for path in (tmp_path / "laptop").iterdir():  # the database, its WAL, the logs
            assert path.is_dir() or b"s3cret" not in path.read_bytes()
        with Hub(hub_url) as hub:
            assert hub.last_seq() == waiting + 1  # the hub holds every operation, once
    finally:
        db.close()


def test_settings_refuse_a_password_in_the_url(
        zone_data_window: MainWindow, qtbot: QtBot, boxes: Boxes,
        memory: MemoryKeyring) -> None:
    window = zone_data_window
    assert window.sync_status.state_label.text() == "No hub"
    assert not window.sync_status.pending_label.isVisible()
    window.show_page("settings")
    qtbot.mouseClick(window.settings.sync_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SyncSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.url_edit.text() == ""
    assert dialog.state_value.text() == "No hub: this computer works alone."
    dialog.url_edit.setText("postgresql://bindesk:pw123@hub.zone.local/bindesk")
    dialog.save()
    qtbot.waitUntil(lambda: bool(boxes.messages))
    assert len(boxes.messages) == 1 and boxes.messages[0][0] == MessageKind.WARNING
    assert "Do not put the password in the hub URL" in boxes.messages[0][1]
    assert engine.hub_url(window.ctx.db) is None and memory.store == {}
    dialog.url_edit.setText("")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_label.text() == (
        "Saved: this computer no longer syncs."))
    dialog.close()


@pytest.fixture
def zone_data_window(window: MainWindow, qtbot: QtBot) -> Iterator[MainWindow]:
    qtbot.waitUntil(lambda: window.sync.status().state == SyncState.NO_HUB)
    yield window
    window.close()  # joins the sync thread before the ctx fixture stops the worker


# -- the background sync ---------------------------------------------------------------------
def test_background_sync_backs_off_while_offline_and_never_runs_twice(
        ctx: AppContext, hub_url: str, qtbot: QtBot) -> None:
    engine.set_hub_url(ctx.db, UNREACHABLE)
    controller = SyncController(ctx, interval_ms=100, max_backoff_ms=800)
    delays: list[int] = []
    attempts: list[float] = []

    def failed(_message: str) -> None:
        attempts.append(time.monotonic())
        delays.append(controller.next_delay_ms)

    controller.failed.connect(failed)
    try:
        controller.start()
        qtbot.waitUntil(lambda: len(delays) >= 5, timeout=20_000)
        assert delays[:5] == [200, 400, 800, 800, 800]
        gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
        assert all(gap >= delay / 1000 * 0.9 for gap, delay in zip(gaps, delays, strict=False))
        assert controller.status().state == SyncState.OFFLINE

        engine.set_hub_url(ctx.db, hub_url)
        reports: list[engine.SyncReport] = []
        controller.synced.connect(reports.append)
        controller.hub_changed()
        qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
        assert controller.status().state == SyncState.ONLINE
        assert controller.next_delay_ms == 100 and reports[0].pushed > 0

    finally:
        controller.shutdown()


def test_sync_now_during_a_sync_asks_for_one_more_not_two_at_once(
        ctx: AppContext, hub_url: str, qtbot: QtBot) -> None:
    engine.set_hub_url(ctx.db, hub_url)
    controller = SyncController(ctx, interval_ms=600_000)  # no tick during the test
    reports: list[engine.SyncReport] = []
    controller.synced.connect(reports.append)
    try:
        controller.start()  # reads the status, finds the hub and syncs at once
        qtbot.waitUntil(lambda: bool(reports) and not controller.busy, timeout=20_000)
        assert reports[0].pushed > 0 and controller.status().pending == 0
        reports.clear()
        network_id, _ = _network(ctx.db)
        networks.update_network(ctx.db, ctx.actor_id, network_id, description="One more")
        for _ in range(3):
            controller.sync_now()  # the second and third ask for one more run, not two
        assert controller.busy and controller.status().syncing
        qtbot.waitUntil(lambda: not controller.busy and len(reports) == 2, timeout=20_000)
        qtbot.wait(300)
        assert [r.pushed for r in reports] == [1, 0]
        assert controller.status().pending == 0 and not controller.status().syncing
    finally:
        controller.shutdown()


# -- conflicts -------------------------------------------------------------------------------
def test_conflict_listed_on_both_devices_and_keep_the_other_value_settles_it(
        zone: Zone, open_window: Opener, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    network_id, name = _network(zone.a)
    networks.update_network(zone.a, zone.officer, network_id, name=f"{name} (A)")
    networks.update_network(zone.b, zone.officer, network_id, name=f"{name} (B)")
    win_a, win_b = open_window(zone.a), open_window(zone.b)
    for window in (win_a, win_b, win_a):
        _sync_in_window(qtbot, window)
    for window in (win_a, win_b):
        qtbot.waitUntil(lambda w=window: w.sync_status.conflicts_button.text()  # type: ignore[misc]
                        == "⚠ 1 conflict(s) to look at")
    winner = _name(zone.a, network_id)
    assert winner == _name(zone.b, network_id) and winner in (f"{name} (A)", f"{name} (B)")
    loser = f"{name} (B)" if winner.endswith("(A)") else f"{name} (A)"

    pages = []
    for window in (win_a, win_b):
        page = window.conflicts
        with qtbot.waitSignal(page.loaded):
            qtbot.mouseClick(window.sync_status.conflicts_button, Qt.MouseButton.LeftButton)
        assert window.current_page() == "conflicts"
        assert window.nav_buttons["conflicts"].isChecked()
        qtmodeltester.check(page.model)
        model = page.model
        assert model.rowCount() == 1
        cells = [model.index(0, c).data() for c in range(model.columnCount())]
        assert cells[0] == winner  # the network, by its name
        assert cells[1] == "Name"
        assert cells[2] == winner and cells[4] == loser
        assert cells[3].startswith("Tom Peeters, ") and cells[5].startswith("Tom Peeters, ")
        assert cells[3].endswith(", here") != cells[5].endswith(", here")  # one was made here
        assert cells[6] == "The later change wins" and cells[7] == "To look at"
        assert page.count_label.text() == "1 conflict(s) to look at"
        pages.append(page)

    # the device where the losing value was typed takes it back
    page_a, page_b = pages
    assert not page_a.keep_button.isEnabled()
    assert page_a.keep_button.toolTip() == "Select a conflict first."
    page_a.view.selectRow(0)
    assert page_a.keep_button.isEnabled()
    with qtbot.waitSignal(page_a.loaded):
        qtbot.mouseClick(page_a.keep_button, Qt.MouseButton.LeftButton)
    assert page_a.model.rowCount() == 0
    assert _name(zone.a, network_id) == loser
    page_a.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: page_a.model.rowCount() == 1)
    assert page_a.model.index(0, 7).data() == "Resolved"
    page_a.view.selectRow(0)
    assert not page_a.keep_button.isEnabled()

    # the choice is an operation like any other: once synced, B has it and is settled too
    _sync_in_window(qtbot, win_a)
    assert win_a.sync_status.conflicts_button.text() == "No conflicts"
    _sync_in_window(qtbot, win_b)
    assert _name(zone.b, network_id) == loser
    qtbot.waitUntil(lambda: page_b.model.rowCount() == 0)  # reloaded after the pull
    assert win_b.sync_status.conflicts_button.text() == "No conflicts"
    page_b.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: page_b.model.rowCount() == 1)
    assert page_b.model.index(0, 7).data() == "Resolved"


def test_a_deleted_row_cannot_take_the_other_value(
        zone: Zone, open_window: Opener, qtbot: QtBot) -> None:
    with zone.a.read() as session:
        contact_id = session.scalars(select(NetworkContact.id).where(
            NetworkContact.deleted.is_(False)).order_by(NetworkContact.id)).first()
    assert contact_id is not None
    networks.remove_contact(zone.a, zone.officer, contact_id)
    with zone.b.unit_of_work(zone.officer) as uow:
        contact = uow.session.get(NetworkContact, contact_id)
        assert contact is not None
        uow.update(contact, role="deputy" if contact.role == "coordinator" else "coordinator")
    window = open_window(zone.b)
    _sync_in_window(qtbot, open_window(zone.a))
    _sync_in_window(qtbot, window)
    assert window.sync.status().conflicts == 1
    page = window.conflicts
    with qtbot.waitSignal(page.loaded):
        window.show_page("conflicts")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "(deleted)"
    assert page.model.index(0, 6).data() == "A deletion wins over a change"
    page.view.selectRow(0)
    assert not page.keep_button.isEnabled()
    assert "deleted row cannot take the other value" in page.keep_button.toolTip()


def test_a_copied_data_folder_is_stopped_with_a_clear_message(
        zone: Zone, tmp_path: Path, open_window: Opener, qtbot: QtBot, boxes: Boxes) -> None:
    copy_dir = tmp_path / "copy"
    shutil.copytree(zone.a.data_dir, copy_dir)  # the same device id, a diverging log from now
    copy = open_database(copy_dir)
    try:
        network_id, _ = _network(zone.a)
        networks.update_network(zone.a, zone.officer, network_id, description="On the original")
        networks.update_network(copy, zone.officer, network_id, description="On the copy")
        _sync(zone.a)
        window = open_window(copy)
        qtbot.waitUntil(lambda: window.sync.status().state == SyncState.STOPPED, timeout=20_000)
        indicators = window.sync_status
        assert indicators.state_label.text() == "⚠ Sync stopped"
        assert "copy or a restored backup" in indicators.state_label.toolTip()
        assert indicators.pending_label.text() == "1 waiting to go up"  # nothing was lost
        assert not boxes.messages  # shown in the status bar, never in a box every 5 s
        failures: list[str] = []
        window.sync.failed.connect(failures.append)
        qtbot.wait(300)
        window.sync.poke()  # no automatic attempt any more …
        qtbot.wait(800)
        assert failures == []
        window.sync.sync_now()  # … but the user may ask, and is told again
        qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
        assert "copy or a restored backup" in failures[0]
    finally:
        copy.close()
