"""One GUI per data folder: an OS file lock that dies with the process.

SQLite keeps concurrent writers safe (the CLI may run beside the GUI), but two windows on one
folder would each show stale data and ask who the operator is; the second one is told instead.
The lock is an OS lock (fcntl / msvcrt), so a crashed process never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, DataDirError

LOCK_FILENAME = "bin-desk.lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILENAME
        self._handle: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        handle = self.path.open("a+", encoding="utf-8")
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DataDirError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "BIN Desk is already open on the data folder {path}. Switch to that window, "
                    "or close it first.",
                ),
                path=str(self.path.parent),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the OS lock
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
