"""The dashboard page: search, filters, sorting by core, opening a network."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from bin_desktop.core.lifecycle import State
from bin_desktop.gui.main_window import NETWORK_PAGE, MainWindow
from bin_desktop.gui.pages.dashboard import DashboardPage
from tests.conftest import ZoneData

pytestmark = pytest.mark.gui


def names(page: DashboardPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_loads_rows_counts_and_needs_action(window: MainWindow) -> None:
    page = window.dashboard
    assert len(names(page)) == 6
    assert page._chips[State.SIGNATURES].text().endswith(" 1")
    assert page._chips[State.MERGED].text().endswith(" 0")
    assert page.needs_model.rowCount() == 5
    first = page.needs_model.index(0, 0).data()
    assert "BIN Kerkwijk" in first and "121 days" in first and first.startswith("⚠")
    assert window.windowTitle() == "BIN Desk — PZ Zennevallei"
    assert "6 networks" in window.count_status.text()
    assert "Jan Peeters" in window.operator_status.text()


def test_search_is_debounced_and_filters(window: MainWindow, qtbot: QtBot) -> None:
    page = window.dashboard
    with qtbot.waitSignal(page.loaded, timeout=3000):
        qtbot.keyClicks(page.search_edit, "zuid")
    assert names(page) == ["BIN Zuidpark"]
    assert page.count_label.text() == "1 of 6 networks"
    page.search_edit.clear()
    with qtbot.waitSignal(page.loaded, timeout=3000):
        qtbot.keyClicks(page.search_edit, "basiliekstr")  # a street of BIN Kerkwijk
    assert names(page) == ["BIN Kerkwijk"]
    page.search_edit.clear()
    with qtbot.waitSignal(page.loaded, timeout=3000):
        qtbot.keyClicks(page.search_edit, "1651")  # a postcode
    assert names(page) == ["BIN Lotsesteenweg"]


def test_state_municipality_and_type_filters(window: MainWindow, qtbot: QtBot,
                                             zone_data: ZoneData) -> None:
    page = window.dashboard
    with qtbot.waitSignal(page.loaded):
        page.state_combo.setCurrentIndex(page.state_combo.findData(State.ACTIVE.value))
    assert names(page) == ["BIN Zuidpark"]
    assert page._chips[State.ACTIVE].isChecked()
    with qtbot.waitSignal(page.loaded):
        page.clear_filters()
    assert len(names(page)) == 6
    with qtbot.waitSignal(page.loaded):
        page.municipality_combo.setCurrentIndex(
            page.municipality_combo.findData(zone_data.municipalities["Beersel"]))
    assert names(page) == ["BIN Apothekers", "BIN Lotsesteenweg"]
    with qtbot.waitSignal(page.loaded):
        page.type_combo.setCurrentIndex(page.type_combo.findData("sector"))
    assert names(page) == ["BIN Apothekers"]
    with qtbot.waitSignal(page.loaded):
        page.clear_filters()
    with qtbot.waitSignal(page.loaded):  # a state chip filters like the combo
        qtbot.mouseClick(page._chips[State.OFFICIAL], Qt.MouseButton.LeftButton)
    assert names(page) == ["BIN-Z Centrum Rode"]
    assert page.state_combo.currentData() == State.OFFICIAL.value


def test_header_click_sorts_through_core(window: MainWindow, qtbot: QtBot) -> None:
    page = window.dashboard
    header = page.view.horizontalHeader()
    waiting = 5

    def click(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        with qtbot.waitSignal(page.loaded):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(x, header.height() // 2))

    click(waiting)
    days = [page.model.index(r, waiting).data() for r in range(page.model.rowCount())]
    assert days == ["3", "10", "20", "45", "121", ""]  # core sorts "no waiting" last
    click(waiting)
    assert page.model.descending
    assert page.model.index(0, 0).data() == "BIN Oud Molenveld"  # reversed, no value first
    assert page.model.index(1, 0).data() == "BIN Kerkwijk"


def test_double_click_and_enter_open_the_network(window: MainWindow, qtbot: QtBot,
                                                 zone_data: ZoneData) -> None:
    page = window.dashboard
    row = page.model.row_of(zone_data.networks["BIN Kerkwijk"])
    assert row is not None
    rect = page.view.visualRect(page.model.index(row, 0))
    with qtbot.waitSignal(window.network_page.loaded):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == NETWORK_PAGE
    assert window.network_page.ui.nameEdit.text() == "BIN Kerkwijk"
    window.go_back()
    assert window.current_page() == "dashboard"
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(window.network_page.loaded):
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.network_page.ui.nameEdit.text() == "BIN Apothekers"


def test_shortcuts_switch_pages_and_focus_search(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    with qtbot.waitSignal(window.charters.loaded):
        qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "charters"
    assert window.charters.model.rowCount() == 6
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "dashboard"
    assert window.dashboard.search_edit.hasFocus()
