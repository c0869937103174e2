"""Background sync with the zone hub, and the status-bar indicators that show how it goes.

A QTimer ticks on the GUI thread. When a hub is configured, each tick syncs if a sync is due and
otherwise reads the folder's sync status (small local queries), in a thread of its own rather
than in the database worker: a first pull of a large zone takes seconds, and page loads must
not wait behind it (SQLite's WAL and busy timeout serialise the writes). Without a hub there is
no such thread and nothing periodic: the status is read in the database worker at the start
and after a change. One job at a time: "Sync now" during a sync asks for one more right after
it.

While the hub cannot be reached the wait between attempts doubles up to a minute, so a laptop
on the road costs nothing and syncs soon after it is back. A quarantined folder or a hub of a
newer BIN Desk stops the automatic sync until the settings change or the user asks again;
these failures are shown, never in a box that would pop up every few seconds.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton
from sqlalchemy import func, select

from bin_desktop.core.errors import BinDeskError
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Operation
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.hub import HubUnreachable, safe_url
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.labels import error_message, format_datetime, tr_core

log = logging.getLogger("bin_desktop.gui.sync")

#: A station PC syncs this often while the hub answers.
SYNC_INTERVAL_MS = 5_000
#: The longest wait between two attempts while the hub cannot be reached.
MAX_BACKOFF_MS = 60_000
#: After a local change, the status (and on line, a sync) follows this soon.
POKE_DELAY_MS = 300


def notice_text(notice: str) -> str:
    """A sync warning in the interface language (core keeps its English template)."""
    template = getattr(notice, "template", None)
    if template is None:
        return notice
    return tr_core(template).format(**getattr(notice, "params", {}))


class SyncState(Enum):
    NO_HUB = "no_hub"
    UNKNOWN = "unknown"  # a hub is set, no attempt made yet
    ONLINE = "online"
    OFFLINE = "offline"
    ERROR = "error"  # the hub answered but the sync failed (clock, refused, not a hub …)
    STOPPED = "stopped"  # quarantined or an update is needed: no automatic attempt


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the settings dialog show."""

    state: SyncState = SyncState.UNKNOWN
    hub: str | None = None
    pending: int = 0
    #: to the minute, as shown: a sync with nothing to do changes nothing on screen
    last_sync: dt.datetime | None = None
    conflicts: int = 0
    syncing: bool = False
    #: the translated reason of the last failed attempt ("" after a good one)
    message: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


class _Cancelled(Exception):
    """The window is closing: the sync stops between two batches (nothing is lost)."""


@dataclass
class _Outcome:
    attempted: bool
    report: engine.SyncReport | None = None
    error: BinDeskError | None = None
    status: dict[str, Any] | None = None
    #: operations of other devices the sync brought (a report's `pulled` counts this
    #: device's own too, as they come back from the hub with their sequence)
    news: int = 0
    bug: BaseException | None = None


def _news_since(db: Database, cursor: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Operation).where(
            Operation.hub_seq > cursor, Operation.device_id != db.device_id)) or 0)


def _minute(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).replace(second=0, microsecond=0)
    except ValueError:
        return None


class SyncController(QObject):
    """Runs the background sync of one data folder and publishes its status."""

    statusChanged = Signal(object)  # noqa: N815 - Qt naming; a SyncStatus
    #: A sync brought operations from the hub: the pages should reload.
    dataPulled = Signal()  # noqa: N815
    #: A sync ended well (a SyncReport: after "Sync now", or when something moved) or
    #: failed (the translated reason).
    synced = Signal(object)
    failed = Signal(str)
    #: (phase "push"/"pull", done, total) during a sync
    progress = Signal(str, int, int)
    _finished = Signal(object)

    def __init__(self, ctx: AppContext, interval_ms: int = SYNC_INTERVAL_MS,
                 max_backoff_ms: int = MAX_BACKOFF_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval_ms = interval_ms
        self.max_backoff_ms = max_backoff_ms
        self._executor: ThreadPoolExecutor | None = None  # made at the first job
        self._closed = False
        self._busy = False
        self._again = False  # "Sync now" during a job: one more sync right after it
        self._asked = False  # the running or next sync was asked for by the user
        self._cancel = False
        self._failures = 0  # attempts in a row that did not reach the hub
        self._delay_ms = interval_ms  # the wait chosen after the last attempt
        self._auto = True
        self._read_once = False  # the folder's status was read at least once
        self._next_sync = 0.0  # time.monotonic() of the next automatic attempt
        self._status = SyncStatus()
        self._finished.connect(self._deliver)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._poke_timer = QTimer(self)
        self._poke_timer.setSingleShot(True)
        self._poke_timer.timeout.connect(self._step)
        ctx.events.networksChanged.connect(self.poke)

    # -- public ------------------------------------------------------------------------------
    def start(self) -> None:
        self._timer.start()
        self._step()

    def shutdown(self) -> None:
        """Stop the timers, let a running sync stop after its batch, join the thread."""
        self._closed = True
        self._timer.stop()
        self._poke_timer.stop()
        self._cancel = True
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
            log.debug("sync worker stopped")

    @property
    def busy(self) -> bool:
        return self._busy

    def status(self) -> SyncStatus:
        return self._status

    @property
    def next_delay_ms(self) -> int:
        """The wait before the next automatic attempt, as chosen after the last one."""
        return self._delay_ms

    @Slot()
    def sync_now(self) -> None:
        """The user asked: sync at once (or right after the running job), whatever the wait."""
        self._auto = True
        if self._busy:
            self._again = True
            return
        self._asked = True
        self._run(sync=True)

    @Slot()
    def refresh_status(self) -> None:
        if not self._busy:
            self._run(sync=False)

    @Slot()
    def hub_changed(self) -> None:
        """Another hub, or none: forget the waits and failures of the old one."""
        self._failures = 0
        self._delay_ms = self.interval_ms
        self._auto = True
        self._next_sync = 0.0
        self._status = replace(self._status, state=SyncState.UNKNOWN, message="")
        self.poke()

    @Slot()
    def poke(self) -> None:
        """Something changed here: show it soon, and on line send it soon."""
        if not self._closed:
            if self._status.state == SyncState.ONLINE:
                self._next_sync = 0.0
            self._poke_timer.start(POKE_DELAY_MS)

    # -- the jobs ----------------------------------------------------------------------------
    def _due(self) -> bool:
        return (self._auto and self._status.hub is not None
                and time.monotonic() >= self._next_sync)

    @Slot()
    def _tick(self) -> None:
        """The periodic tick: without a hub, nothing changes that a change would not poke."""
        if self._status.hub is not None or not self._read_once:
            self._step()

    @Slot()
    def _step(self) -> None:
        if self._busy or self._closed:
            return
        self._run(sync=self._due())

    def _run(self, sync: bool) -> None:
        if self._closed:
            return
        self._busy = True
        if not sync and self._status.hub is None:
            db = self.ctx.db
            self.ctx.tasks.run(lambda: _Outcome(False, status=engine.status(db)),
                               self._deliver, self._status_failed, owner=self)
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix="bin-desk-sync")
        self._cancel = False
        if sync and self._asked:  # a background sync with nothing to do shows nothing
            self._publish(replace(self._status, syncing=True))
        self._executor.submit(self._work, sync)

    def _status_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ctx.errors.report(exc)

    def _work(self, sync: bool) -> None:
        """Runs in the sync thread: never touches a widget."""
        try:
            outcome = self._sync(sync)
        except BaseException as exc:  # a bug: reported on the GUI thread
            outcome = _Outcome(sync, bug=exc)
        self._finished.emit(outcome)

    def _sync(self, sync: bool) -> _Outcome:
        db = self.ctx.db
        outcome = _Outcome(attempted=sync and bool(engine.hub_url(db)))
        if outcome.attempted:
            cursor = int(db.get_local(engine.CURSOR_KEY) or 0)
            try:
                with engine.open_hub(db) as hub:
                    outcome.report = engine.sync(db, hub, progress=self._progress)
                if outcome.report.pulled:
                    if outcome.report.cursor <= cursor:
                        cursor = 0  # another hub, numbered from the start again
                    outcome.news = _news_since(db, cursor)
            except _Cancelled:
                outcome.attempted = False
            except BinDeskError as exc:
                outcome.error = exc
        outcome.status = engine.status(db)
        return outcome

    def _progress(self, phase: str, done: int, total: int) -> None:
        """Runs in the sync thread, after each committed batch."""
        if self._cancel:
            raise _Cancelled
        self.progress.emit(phase, done, total)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self._busy = False
        if self._closed:
            return
        if outcome.bug is not None:
            self._auto = False  # a bug every five seconds would bury the window in reports
            self._publish(replace(self._status, syncing=False))
            self.ctx.errors.bug(outcome.bug)
            return
        assert outcome.status is not None
        self._read_once = True
        status = self._judge(outcome, outcome.status)
        moved = outcome.report is not None and bool(outcome.report.pushed
                                                     or outcome.report.pulled)
        self._publish(status, force=moved)  # the progress shown ends
        asked, self._asked = self._asked, False
        if outcome.attempted:
            report = outcome.report
            if outcome.error is not None:
                self.failed.emit(status.message)
            elif report is not None:
                if asked or report.pushed or report.pulled or report.warnings:
                    self.synced.emit(report)
                if outcome.news:
                    self.dataPulled.emit()
        if self._again:
            self._again = False
            self._asked = True
            self._run(sync=True)
        elif not outcome.attempted and self._due():
            self._run(sync=True)  # a hub was found (at the start, or a new one): sync now

    def _judge(self, outcome: _Outcome, found: dict[str, Any]) -> SyncStatus:
        """The new status, and when to try again."""
        previous = self._status
        hub = found.get("hub")
        state, message, warnings = previous.state, previous.message, previous.warnings
        if hub is None:
            state, message, warnings = SyncState.NO_HUB, "", ()
        elif outcome.attempted:
            error = outcome.error
            if error is None:
                assert outcome.report is not None
                state, message = SyncState.ONLINE, ""
                warnings = tuple(notice_text(w) for w in outcome.report.warnings)
                self._failures, self._delay_ms = 0, self.interval_ms
            else:
                message = error_message(error)
                if isinstance(error, HubUnreachable):
                    state = SyncState.OFFLINE
                    self._failures += 1
                    self._delay_ms = min(self.max_backoff_ms,
                                         self.interval_ms * 2 ** self._failures)
                elif isinstance(error, engine.DeviceQuarantined | engine.UpdateRequired):
                    state = SyncState.STOPPED
                    self._auto = False
                else:  # the hub answered: asking again soon would not help
                    state = SyncState.ERROR
                    self._delay_ms = self.max_backoff_ms
                log.info("sync failed (%s): %s", state.value, error.template)
            self._next_sync = time.monotonic() + self._delay_ms / 1000
        elif found.get("quarantined"):
            state = SyncState.STOPPED
        elif state == SyncState.NO_HUB:
            state = SyncState.UNKNOWN
        return SyncStatus(
            state=state, hub=hub, pending=int(found.get("pending") or 0),
            last_sync=_minute(found.get("last_sync")),
            conflicts=int(found.get("conflicts") or 0), syncing=False, message=message,
            warnings=warnings)

    def _publish(self, status: SyncStatus, force: bool = False) -> None:
        if force or status != self._status:
            self._status = status
            self.statusChanged.emit(status)


class SyncIndicators(QObject):
    """The status bar's part: on line or not, the last sync, what waits, the conflicts."""

    conflictsClicked = Signal()  # noqa: N815 - Qt naming

    def __init__(self, bar: QStatusBar, controller: SyncController) -> None:
        super().__init__(bar)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.state_label.setAccessibleName(self.tr("Connection to the hub"))
        self.last_label = QLabel()
        self.last_label.setAccessibleName(self.tr("Last sync"))
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(self.tr("Changes waiting to go up"))
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setAccessibleName(self.tr("Conflicts to look at"))
        self.conflicts_button.setToolTip(self.tr("Open the Conflicts page"))
        self.conflicts_button.clicked.connect(self.conflictsClicked)
        for widget in (self.state_label, self.last_label, self.pending_label,
                       self.conflicts_button):
            bar.addPermanentWidget(widget)
        controller.statusChanged.connect(self.show_status)
        controller.progress.connect(self._show_progress)
        self.show_status(controller.status())

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        texts = {
            SyncState.NO_HUB: self.tr("No hub"),
            SyncState.UNKNOWN: self.tr("Hub: connecting…"),
            SyncState.ONLINE: self.tr("● Online"),
            SyncState.OFFLINE: self.tr("○ Offline"),
            SyncState.ERROR: self.tr("⚠ Sync error"),
            SyncState.STOPPED: self.tr("⚠ Sync stopped"),
        }
        text = self.tr("⟳ Syncing…") if status.syncing else texts[status.state]
        if status.state == SyncState.UNKNOWN and status.hub is None:
            text = ""  # not read yet
        self.state_label.setText(text)
        tips = [self.tr("Hub: {hub}").format(hub=safe_url(status.hub)) if status.hub
                else self.tr("This computer is not linked to a hub (Settings → "
                             "Synchronisation).")]
        tips += [status.message, *status.warnings]
        self.state_label.setToolTip("\n".join(t for t in tips if t))
        has_hub = status.hub is not None
        self.last_label.setVisible(has_hub)
        self.pending_label.setVisible(has_hub)
        self.last_label.setText(
            self.tr("Last sync: {when}").format(when=format_datetime(status.last_sync))
            if status.last_sync else self.tr("Never synced"))
        self.pending_label.setText(self.tr("%n waiting to go up", "", status.pending))
        self.conflicts_button.setVisible(has_hub or status.conflicts > 0)
        self.conflicts_button.setText(
            self.tr("⚠ %n conflict(s) to look at", "", status.conflicts) if status.conflicts
            else self.tr("No conflicts"))

    @Slot(str, int, int)
    def _show_progress(self, phase: str, done: int, total: int) -> None:
        text = (self.tr("⟳ Sending {done}/{total}…") if phase == "push"
                else self.tr("⟳ Receiving {done}/{total}…"))
        self.state_label.setText(text.format(done=done, total=total))
