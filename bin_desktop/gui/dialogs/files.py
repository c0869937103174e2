"""Choosing files to read and places to save: every file dialog of the charter work opens here.

Tests replace these functions (like errors.show_message) so that no test waits on a native file
dialog. The folder last used is remembered for the session: officers save a letter where they
saved the charter a minute before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from bin_desktop.gui import errors

if TYPE_CHECKING:
    from bin_desktop.gui.context import AppContext

_last_folder: Path | None = None


def _start(suggested: str = "") -> str:
    folder = _last_folder or Path.home()
    return str(folder / suggested) if suggested else str(folder)


def _remember(chosen: str) -> Path | None:
    global _last_folder  # noqa: PLW0603 - one remembered folder for the whole session
    if not chosen:
        return None
    path = Path(chosen)
    _last_folder = path.parent
    return path


def choose_open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """The file the user picked to read, or None when they cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, _start(), name_filter)
    return _remember(chosen)


def choose_save_file(parent: QWidget | None, title: str, suggested: str,
                     name_filter: str) -> Path | None:
    """Where the user wants a file saved, or None when they cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, _start(suggested), name_filter)
    return _remember(chosen)


def safe_file_name(text: str) -> str:
    """A file name made of a network's name: no separators or characters Windows refuses."""
    kept = "".join(c if c.isalnum() or c in "-_." else "-" for c in text.strip())
    return "-".join(part for part in kept.split("-") if part) or "charter"


def report_failure(ctx: AppContext, exc: BaseException, parent: QWidget | None) -> None:
    """A file that cannot be read or written is the user's to fix, not a bug; the rest goes
    to the error helper."""
    if isinstance(exc, OSError):
        name = exc.filename if isinstance(exc.filename, str) else ""
        errors.show_message(parent, errors.MessageKind.WARNING,
                            QCoreApplication.translate("files", "BIN Desk"),
                            QCoreApplication.translate(
                                "files", "The file {name} cannot be read or written: {reason}")
                            .format(name=Path(name).name if name else "",
                                    reason=exc.strerror or str(exc)))
        return
    ctx.errors.report(exc, parent)
