"""The one error helper: user errors become a translated message, bugs a crash report.

A `BinDeskError` is something the user can act on (an invalid postcode, a locked folder): it is
shown in the interface language and work goes on. Anything else is a bug: the traceback is written
to a crash log in the data folder's `logs/` and shown in a crash dialog with a copy button.
Exceptions raised outside a slot reach `sys.excepthook`, which only emits a signal, so the dialog
always opens on the GUI thread.

Every box opens through `show_message` / `show_crash_dialog` / `ask_yes_no`: tests replace those
module functions so that no test ever blocks on a modal dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from enum import Enum
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import bin_desktop
from bin_desktop.core.errors import BinDeskError
from bin_desktop.gui.labels import error_message

log = logging.getLogger("bin_desktop.gui")

#: The exit code of a run that stopped on a bug (`--no-crash-dialog`).
BUG_EXIT_CODE = 1


class MessageKind(Enum):
    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"


_ICONS = {
    MessageKind.INFORMATION: QMessageBox.Icon.Information,
    MessageKind.WARNING: QMessageBox.Icon.Warning,
    MessageKind.ERROR: QMessageBox.Icon.Critical,
}


def show_message(parent: QWidget | None, kind: MessageKind, title: str, text: str) -> None:
    """Every message box of the application opens here."""
    box = QMessageBox(_ICONS[kind], title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Every yes/no question of the application opens here."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, report: str, log_path: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BIN Desk has a problem"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "An unexpected error occurred. Your saved work is safe; the last action may not have "
            "been carried out. Please send this report to your IT support."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = (self.tr("The report was saved in {path}.").format(path=log_path) if log_path
                 else self.tr("The report could not be saved to a file."))
        where_label = QLabel(where)
        where_label.setWordWrap(True)
        where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where_label)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy report"))
        copy.setAccessibleName(copy.text())
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def show_crash_dialog(parent: QWidget | None, report: str, log_path: Path | None) -> None:
    CrashDialog(parent, report, log_path).exec()


def crash_report(exc: BaseException) -> str:
    """The traceback and the versions a developer needs; no user data."""
    from PySide6 import __version__ as pyside_version  # noqa: PLC0415

    lines = [
        f"BIN Desk {bin_desktop.__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}",
        f"{dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorHelper(QObject):
    """Routes every exception the GUI meets to the right face (message or crash report)."""

    _unhandled = Signal(object)

    def __init__(self, data_dir: Path | None, crash_dialog: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.crash_dialog = crash_dialog
        self.window: QWidget | None = None  # parent of the boxes when none is given
        self.failed = False  # a bug was met (the run's exit code says so)
        self._previous_hook = sys.excepthook
        self._unhandled.connect(self._on_unhandled)

    # -- reporting ---------------------------------------------------------------------------
    def report(self, exc: BaseException, parent: QWidget | None = None) -> None:
        if isinstance(exc, BinDeskError):
            self.user_error(exc, parent)
        else:
            self.bug(exc, parent)

    def user_error(self, exc: BinDeskError, parent: QWidget | None = None) -> None:
        text = error_message(exc)
        log.info("user error: %s", exc.template)
        if not self.crash_dialog:
            print(text, file=sys.stderr)
            return
        show_message(parent or self.window, MessageKind.WARNING,
                     QCoreApplication.translate("errors", "BIN Desk"), text)

    def bug(self, exc: BaseException, parent: QWidget | None = None) -> None:
        self.failed = True
        report = crash_report(exc)
        log_path = self.write_crash_log(report)
        log.error("unexpected error, report in %s", log_path)
        if not self.crash_dialog:
            print(report, file=sys.stderr)
            if log_path:
                print(f"Crash report: {log_path}", file=sys.stderr)
            QCoreApplication.exit(BUG_EXIT_CODE)
            return
        show_crash_dialog(parent or self.window, report, log_path)

    def write_crash_log(self, report: str) -> Path | None:
        if self.data_dir is None:
            return None
        logs = self.data_dir / "logs"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = logs / f"crash-{stamp}.log"
        try:
            logs.mkdir(parents=True, exist_ok=True)
            path.write_text(report + "\n", encoding="utf-8")
        except OSError:
            return None
        return path

    # -- sys.excepthook ----------------------------------------------------------------------
    def install_excepthook(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook

    def uninstall_excepthook(self) -> None:
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        self._unhandled.emit(exc)  # queued to the GUI thread when raised in another thread

    @Slot(object)
    def _on_unhandled(self, exc: BaseException) -> None:
        self.report(exc)
