"""Database work off the GUI thread, results back on it.

One worker thread runs every database job in submission order (serialised access, like Anki's
QueryOp), so a slow query never freezes the window and two jobs never race. The worker never
touches a widget: it emits a signal of a QObject that lives in the GUI thread, and that object's
slot calls the success or failure callback there. (Connecting a worker signal to a lambda would
run the lambda in the worker thread.)

    tasks.run(lambda: load_rows(...), success=model.set_rows, owner=page)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from bin_desktop.gui.errors import ErrorHelper

log = logging.getLogger("bin_desktop.gui.tasks")

T = TypeVar("T")


@dataclass
class _Job:
    run: Callable[[], Any]
    success: Callable[[Any], None] | None
    failure: Callable[[BaseException], None] | None
    owner: QObject | None
    parent: QWidget | None


class DbTasks(QObject):
    """The single database worker and the GUI-thread end of its results."""

    _finished = Signal(int)
    #: The number of jobs submitted and not yet called back changed (for a busy indicator).
    busyChanged = Signal(bool)  # noqa: N815 - Qt naming
    idle = Signal()

    def __init__(self, errors: ErrorHelper, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="bin-desk-db"
        )
        self._pending = 0
        self._next_key = 0
        #: key -> (callbacks, hand-over list): what a job refers to stays on this thread
        self._jobs: dict[int, tuple[_Job, list[Any]]] = {}
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        job: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        parent: QWidget | None = None,
    ) -> Future[None]:
        """Queue `job` on the worker; call `success(result)` or `failure(exc)` on this thread.

        Without `failure`, errors go to the error helper. When `owner` has been deleted by the
        time the job ends, neither callback runs (the page that asked is gone).
        """
        if self._executor is None:  # the window is closing: a late timer asks for nothing
            log.debug("job refused: the database worker was shut down")
            cancelled: Future[None] = Future()
            cancelled.cancel()
            return cancelled
        entry = _Job(job, success, failure, owner, parent)
        self._next_key += 1
        key = self._next_key
        handover: list[Any] = [job]
        self._jobs[key] = (entry, handover)
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        return self._executor.submit(self._work, key, handover)

    def _work(self, key: int, handover: list[Any]) -> None:
        """Runs in the worker thread: never touches a widget, and keeps no reference to what
        the job returned or captured once it is done. (The last reference to a widget dropped
        here would delete it from this thread: a crash.) Everything goes back in `handover`,
        which the GUI thread empties."""
        run = handover.pop()
        try:
            result, error = run(), None
        except BaseException as exc:
            result, error = None, exc
        handover.extend((run, result, error))
        del run, result, error
        self._finished.emit(key)

    @Slot(int)
    def _deliver(self, key: int) -> None:
        entry, handover = self._jobs.pop(key)
        _run, result, error = handover
        handover.clear()  # the worker's last reference is to an empty list
        if self._executor is None:
            return  # shut down: the window that asked is closing
        try:
            if entry.owner is not None and not isValid(entry.owner):
                return
            if error is None:
                if entry.success is not None:
                    entry.success(result)
            elif entry.failure is not None:
                entry.failure(error)
            else:
                self.errors.report(error, entry.parent)
        except Exception as exc:
            self.errors.bug(exc, entry.parent)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busyChanged.emit(False)
                self.idle.emit()

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Spin the event loop until every queued job has called back (smoke test, tests)."""
        if self._pending == 0:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        self.idle.disconnect(loop.quit)
        timer.stop()
        return self._pending == 0

    def run_with_progress(
        self,
        parent: QWidget | None,
        label: str,
        job: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a long job behind a busy progress dialog that closes when the job ends."""
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)  # the job is one transaction: nothing to cancel halfway
        dialog.setWindowTitle(label)
        dialog.setAccessibleName(label)
        dialog.setMinimumDuration(0)

        def done(result: T) -> None:
            dialog.close()
            if success is not None:
                success(result)

        def failed(exc: BaseException) -> None:
            dialog.close()
            if failure is not None:
                failure(exc)
            else:
                self.errors.report(exc, parent)

        dialog.show()
        self.run(job, done, failed, parent=parent)

    def shutdown(self) -> None:
        """Finish the running job, drop queued ones and join the worker thread."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
            log.debug("database worker stopped")
