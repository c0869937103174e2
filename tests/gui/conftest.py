"""GUI fixtures: private QSettings, recorded message boxes, a context whose worker is joined."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bin_desktop.core.operators import current_operator
from bin_desktop.core.zone import get_zone
from bin_desktop.gui import errors
from bin_desktop.gui.context import AppContext, DataEvents
from bin_desktop.gui.errors import ErrorHelper, MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.tasks import DbTasks
from bin_desktop.gui.translations import install_translators, remove_translators
from tests.conftest import ZoneData


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Tests read the English texts (the source language, with its plural forms)."""
    qapp.setOrganizationName("BIN Desk")  # as run() names it: the same QSettings file
    qapp.setApplicationName("BIN Desk")
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings of a test go to its own folder, never to the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@dataclass
class Boxes:
    """What the application would have shown in modal boxes."""

    messages: list[tuple[MessageKind, str]] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    recorded = Boxes()

    def show_message(_parent: QWidget | None, kind: MessageKind, _title: str,
                     text: str) -> None:
        recorded.messages.append((kind, text))

    def show_crash(_parent: QWidget | None, report: str, _log: Path | None) -> None:
        recorded.crashes.append(report)

    def ask(_parent: QWidget | None, _title: str, text: str) -> bool:
        recorded.questions.append(text)
        return recorded.answer

    monkeypatch.setattr(errors, "show_message", show_message)
    monkeypatch.setattr(errors, "show_crash_dialog", show_crash)
    monkeypatch.setattr(errors, "ask_yes_no", ask)
    yield recorded
    assert not recorded.crashes, "a bug was reported:\n" + "\n".join(recorded.crashes)


@pytest.fixture(autouse=True)
def no_threads_left() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"threads still running: {left}"


@pytest.fixture
def ctx(zone_data: ZoneData, qtbot: QtBot) -> Iterator[AppContext]:
    helper = ErrorHelper(zone_data.db.data_dir)
    tasks = DbTasks(helper)
    context = AppContext(zone_data.db, tasks, helper, DataEvents(),
                         current_operator(zone_data.db), get_zone(zone_data.db))
    yield context
    tasks.wait_idle(5_000)
    tasks.shutdown()


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    assert ctx.tasks.wait_idle(5_000)
    return main
