"""Every page at 1366×768, in English and in Dutch: painted, nothing clipped or elided.

The PNGs go to a temporary folder, or to $BIN_DESK_SCREENSHOTS when set (to look at them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bin_desktop.gui.context import AppContext
from bin_desktop.gui.main_window import PAGE_NAMES, MainWindow
from bin_desktop.gui.translations import install_translators, remove_translators
from tests.conftest import ZoneData

pytestmark = pytest.mark.gui

WIDTH, HEIGHT = 1366, 768


def assert_fits(page: QWidget, where: str) -> None:
    """Visible headers, labels and buttons get at least the room their text needs."""
    for view in page.findChildren(QTableView):
        if not view.isVisible():
            continue
        header = view.horizontalHeader()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            needed = header.sectionSizeFromContents(section).width()
            assert header.sectionSize(section) >= needed, (
                f"{where}: header '{view.model().headerData(section, header.orientation())}' "
                f"is elided ({header.sectionSize(section)} < {needed})")
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if isinstance(widget, QLabel) and widget.metaObject().className() != "QLabel":
            continue  # ElidedLabel shortens on purpose
        needed = widget.minimumSizeHint().width()
        if isinstance(widget, QCheckBox | QAbstractButton):
            needed = min(needed, widget.sizeHint().width())
        assert widget.width() >= needed, f"{where}: '{widget.text()}' is clipped"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_page_fits_at_1366x768(ctx: AppContext, zone_data: ZoneData, qtbot: QtBot,
                                     qapp: QApplication, tmp_path: Path, language: str) -> None:
    translators = install_translators(qapp, language) if language != "en" else []
    out = Path(os.environ.get("BIN_DESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    try:
        window = MainWindow(ctx, language)
        qtbot.addWidget(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        assert ctx.tasks.wait_idle(5000)
        hint = window.minimumSizeHint()
        assert hint.width() <= WIDTH and hint.height() <= HEIGHT, hint
        assert window.size().width() == WIDTH and window.size().height() == HEIGHT

        for name in PAGE_NAMES:
            window.show_page(name)
            assert ctx.tasks.wait_idle(5000)
            qapp.processEvents()
            path = out / f"{language}-{name}.png"
            assert window.grab().save(str(path))
            assert path.stat().st_size > 10_000
            assert_fits(window.pages[name], f"{language} {name}")

        window.open_network(zone_data.networks["BIN Kerkwijk"], "networks")
        assert ctx.tasks.wait_idle(5000)
        tabs = window.network_page.ui.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qapp.processEvents()
            assert window.grab().save(str(out / f"{language}-network-{index}.png"))
            assert_fits(window.network_page, f"{language} network tab {index}")
    finally:
        remove_translators(qapp, translators)
