"""Settings → Gateways: an administrator adds a gateway through the dialog with its token (which
lands in the keyring and nowhere in the data folder), sends a test to a real http-json provider
on loopback, and without a keyring is told what to install. Real SQLite, real dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from bin_desktop.core import gateway_config, operators
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.gateway import GatewayDialog
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.pages.gateways import GatewaysPage
from tests.conftest import ZoneData
from tests.fakes.http_provider import ProviderState, running_provider
from tests.fakes.memory_keyring import MemoryKeyring
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui

SECRET = "tok-Gui-7731-very-secret"




@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def admin_ctx(ctx: AppContext, zone_data: ZoneData) -> AppContext:
    ctx.operator = next(o for o in operators.list_operators(zone_data.db)
                        if o.id == zone_data.admin)
    return ctx


@pytest.fixture
def provider() -> Iterator[tuple[str, ProviderState]]:
    with running_provider() as served:
        yield served


def open_page(ctx: AppContext, qtbot: QtBot) -> GatewaysPage:
    page = GatewaysPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def fill_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                fill: Callable[[GatewayDialog], None]) -> list[GatewayDialog]:
    """The real dialog opens; it is filled in as an administrator types, and saved."""
    opened: list[GatewayDialog] = []

    def exec_(dialog: GatewayDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.isEnabled()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(GatewayDialog, "exec", exec_)
    return opened


def type_relay(url: str, secret: str) -> Callable[[GatewayDialog], None]:
    def fill(dialog: GatewayDialog) -> None:
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("http-json"))
        QtBot.keyClicks(dialog.name_edit, "relay")
        QtBot.keyClicks(dialog.url_edit, url)
        QtBot.keyClicks(dialog.sender_edit, "PZ Zennevallei")
        dialog.channel_checks["email"].setChecked(False)
        dialog.batch_spin.setValue(25)
        dialog.rate_spin.setValue(40)
        dialog.test_check.setChecked(True)
        QtBot.keyClicks(dialog.secret_edit, secret)
    return fill


def _files_containing(folder: Path, needle: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_add_a_gateway_with_its_secret_through_the_dialog(
        admin_ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring, zone_data: ZoneData,
        monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester, boxes: Boxes,
        tmp_path: Path) -> None:
    page = open_page(admin_ctx, qtbot)
    assert page.model.rowCount() == 0 and page.add_button.isEnabled()
    opened = fill_dialog(monkeypatch, qtbot, type_relay("https://relay.example.be/api", SECRET))
    with qtbot.waitSignal(page.changed, timeout=10_000), qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not boxes.messages
    qtbot.waitUntil(lambda: not isValid(opened[0]))  # the typed secret's widget is gone

    config = gateway_config.get_gateway(zone_data.db, "relay")
    assert (config.type, config.url, config.sender, config.channels, config.batch_size,
            config.rate_per_second, config.test_mode) == (
        "http-json", "https://relay.example.be/api", "PZ Zennevallei", ["sms", "voice"], 25,
        40.0, True)
    assert memory.store == {("BIN Desk", "gateway:relay"): SECRET}
    zone_data.db.close()  # everything written out (WAL included) before the grep
    assert _files_containing(zone_data.db.data_dir, SECRET) == []
    assert _files_containing(tmp_path / "settings", SECRET) == []

    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    cells = [page.model.cell_text(0, c) for c in range(page.model.columnCount())]
    assert cells[0] == "relay" and cells[-1] == "set" and SECRET not in "".join(cells)
    assert "40" in cells[6] and cells[7] == "yes"


def test_change_keeps_the_secret_unless_a_new_one_is_typed_and_remove_forgets_it(
        admin_ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring, zone_data: ZoneData,
        monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> None:
    gateway_config.add_gateway(zone_data.db, zone_data.admin, "relay", type="http-json",
                               url="https://relay.example.be")
    gateway_config.store_secret(zone_data.db, zone_data.admin, "relay", SECRET)
    page = open_page(admin_ctx, qtbot)
    page.select("relay")

    def change_batch(dialog: GatewayDialog) -> None:
        assert dialog.name_edit.isReadOnly() and dialog.secret_edit.text() == ""
        assert "leave empty" in dialog.secret_edit.placeholderText()
        dialog.batch_spin.setValue(7)

    fill_dialog(monkeypatch, qtbot, change_batch)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert gateway_config.get_gateway(zone_data.db, "relay").batch_size == 7
    assert memory.store == {("BIN Desk", "gateway:relay"): SECRET}

    boxes.answer = True
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "relay" in boxes.questions[-1]
    assert gateway_config.list_gateways(zone_data.db) == [] and memory.store == {}
    assert page.model.rowCount() == 0


def test_invalid_settings_show_core_message_and_reopen_the_dialog(
        admin_ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring, zone_data: ZoneData,
        monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> None:
    page = open_page(admin_ctx, qtbot)
    typed: list[str] = []

    def fill(dialog: GatewayDialog) -> None:
        if not typed:  # first: a password in the URL, which core refuses
            dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("http-json"))
            QtBot.keyClicks(dialog.name_edit, "relay")
            QtBot.keyClicks(dialog.url_edit, "https://u:pw@relay.example.be")
        else:  # the dialog comes back with what was typed: fix the URL
            dialog.url_edit.setText("https://relay.example.be")
        typed.append(dialog.url_edit.text())

    fill_dialog(monkeypatch, qtbot, fill)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert typed == ["https://u:pw@relay.example.be", "https://relay.example.be"]
    assert [kind for kind, _text in boxes.messages] == [MessageKind.WARNING]
    assert "Do not put a password" in boxes.messages[0][1]
    assert [c.url for c in gateway_config.list_gateways(zone_data.db)] == [
        "https://relay.example.be"]


def test_send_test_reaches_the_provider_exactly_once(
        admin_ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring, zone_data: ZoneData,
        provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    gateway_config.add_gateway(zone_data.db, zone_data.admin, "relay", type="http-json",
                               url=url, channels=["sms"])
    gateway_config.store_secret(zone_data.db, zone_data.admin, "relay", state.token)
    page = open_page(admin_ctx, qtbot)
    assert page.selected_row() is not None and page.selected_row().has_secret
    page.test_edit.setText("+32470123456")
    with qtbot.waitSignal(page.testFinished, timeout=10_000):
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert len(state.accepted) == 1 and list(state.accepted.values()) == [1]
    sent = next(iter(state.messages.values()))
    assert (sent["to"], sent["channel"]) == ("+32470123456", "sms")
    assert "accepted" in page.test_result.text()

    state.token = "another-token"  # the provider now refuses the stored token
    with qtbot.waitSignal(page.testFinished, timeout=10_000):
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert "refused the credentials" in page.test_result.text()
    assert len(state.accepted) == 1


def test_without_a_keyring_the_page_says_what_to_install_and_stores_nothing(
        admin_ctx: AppContext, qtbot: QtBot, no_keyring: KeyringBackend, zone_data: ZoneData,
        monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> None:
    page = open_page(admin_ctx, qtbot)
    assert page.keyring_label.isVisible()
    assert "gnome-keyring" in page.keyring_label.text()
    fill_dialog(monkeypatch, qtbot, type_relay("https://relay.example.be", SECRET))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(boxes.messages) == 1 and "KeePassXC" in boxes.messages[0][1]
    assert page.model.cell_text(0, page.model.columnCount() - 1) == "NOT SET"
    zone_data.db.close()
    assert _files_containing(zone_data.db.data_dir, SECRET) == []


def test_only_an_administrator_changes_gateways_and_settings_show_them(
        window: MainWindow, qtbot: QtBot, memory: MemoryKeyring) -> None:
    window.show_page("settings")
    page = window.settings.gateways
    qtbot.waitUntil(lambda: page.notice.text() != "")
    assert window.ctx.operator is not None and window.ctx.operator.role == "mandated_officer"
    assert page.isVisible()
    assert not page.add_button.isEnabled() and not page.test_button.isEnabled()
    assert "administrator" in page.notice.text()
