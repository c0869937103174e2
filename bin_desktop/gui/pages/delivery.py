"""The delivery view of the Messages page, and the dispatcher as the window runs it.

`DispatchRunner` hands queued deliveries to the gateways in short rounds, each one job of the
database worker (core's `RoundDispatcher`); between two rounds the worker runs whatever else was
asked, such as the view's statistics, so the window never waits for a provider. When nothing is
left to send it asks the providers for delivery reports every few seconds until every delivery
of the message has its outcome (for at most `FOLLOW_SECONDS`). Cancel stops the rounds and has
core cancel what was not handed over yet.

`DeliveryView` shows one sent message: counts per channel and language and state, a bar chart,
the time until half and nine in ten were delivered, the cost, and the members the message did
not reach, each a click away from the member review. While its message is being dispatched it
reloads every half second (through the worker, one load at a time).
"""

from __future__ import annotations

import datetime as dt
import time
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import dispatch
from bin_desktop.core.delivery_report import (
    SMS_PRICE_EUR,
    DeliveryReport,
    RoundDispatcher,
    RoundResult,
    awaiting_report,
    delivery_report,
)
from bin_desktop.core.operators import Permission, has_permission
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.delivery_models import (
    STATE_COLOURS,
    DeliveryStatsModel,
    FailedDeliveriesModel,
    delivery_state_label,
    format_count,
)
from bin_desktop.gui.dialogs.message_confirm import format_cost
from bin_desktop.gui.labels import channel_label, format_datetime, locale
from bin_desktop.gui.table_model import SIZE_HINT_ROWS
from bin_desktop.gui.widgets import setup_list_view

#: How often the view reloads its statistics while its message is dispatched.
REFRESH_MS = 500
#: How often the providers are asked for delivery reports once everything was handed over.
FOLLOW_MS = 1000
#: How long the window keeps asking for delivery reports.
FOLLOW_SECONDS = 15 * 60
#: The longest pause between two rounds (a 429's Retry-After, a retry back-off).
MAX_WAIT_MS = 30_000


def utc_now() -> dt.datetime:
    """Stored times are naive UTC, to the second (as the CLI stores them)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Phase(Enum):
    IDLE = "idle"
    SENDING = "sending"  # rounds until nothing is due
    FOLLOWING = "following"  # asking the providers for delivery reports
    STOPPING = "stopping"  # cancel or stop asked: the job in flight ends first


class DispatchRunner(QObject):
    """One dispatch at a time, round after round in the database worker."""

    # A round (or a poll for delivery reports) ended.
    progressed = Signal()
    phaseChanged = Signal()  # noqa: N815 - Qt naming
    # The dispatch ended: "done", "cancelled", "stopped", "timeout" or "failed".
    finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.phase = Phase.IDLE
        self.message_id: str | None = None
        self.last: RoundResult | None = None
        self.rounds = 0
        self._dispatcher: RoundDispatcher | None = None
        self._in_flight = False
        self._ending = ""  # why the dispatch ends, once the job in flight is back
        self._follow_until = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def is_running(self) -> bool:
        return self.phase is not Phase.IDLE

    def start(self, message_id: str) -> bool:
        """Sends what is queued (every message's: the outbox is one queue) and follows up
        `message_id`'s delivery reports. False when a dispatch is already running."""
        if self.is_running():
            return False
        self.message_id = message_id
        self.rounds = 0
        self.last = None
        self._ending = ""
        self._dispatcher = RoundDispatcher(self.ctx.db, self.ctx.db.device_id)
        self._set_phase(Phase.SENDING)
        self._next()
        return True

    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase
        self.phaseChanged.emit()

    @Slot()
    def _next(self) -> None:
        dispatcher = self._dispatcher
        if dispatcher is None or self._in_flight or self.phase is Phase.STOPPING:
            return
        self._in_flight = True
        if self.phase is Phase.SENDING:
            self.ctx.tasks.run(lambda: dispatcher.round(utc_now()), self._round_done,
                               self._failed, owner=self)
        else:
            db, message_id = self.ctx.db, self.message_id or ""

            def poll() -> int:
                dispatcher.follow(utc_now())
                return awaiting_report(db, message_id)

            self.ctx.tasks.run(poll, self._followed, self._failed, owner=self)

    def _round_done(self, result: RoundResult) -> None:
        self._in_flight = False
        self.last = result
        self.rounds += 1
        self.progressed.emit()
        if self._ending:
            self._end()
        elif result.pending == 0:
            self._follow_until = time.monotonic() + FOLLOW_SECONDS
            self._set_phase(Phase.FOLLOWING)
            self._next()  # the first delivery reports at once
        else:
            wait = 0.0
            if result.next_due is not None:
                wait = (result.next_due - utc_now()).total_seconds()
            # 0 ms still lets the statistics' load (queued meanwhile) run before the round.
            self._timer.start(int(min(MAX_WAIT_MS, max(0.0, wait * 1000))))

    def _followed(self, awaiting: int) -> None:
        self._in_flight = False
        self.progressed.emit()
        if self._ending:
            self._end()
        elif awaiting == 0:
            self._ending = "done"
            self._end()
        elif time.monotonic() > self._follow_until:
            self._ending = "timeout"
            self._end()
        else:
            self._timer.start(FOLLOW_MS)

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self.ctx.errors.report(exc)
        self._ending = "failed"
        self._end()

    def cancel(self) -> None:
        """Nothing more of the message is handed over: core cancels what was not submitted
        (after the round in flight, which the worker finishes first)."""
        if not self.is_running() or self._ending:
            return
        self._timer.stop()
        db, actor, message_id = self.ctx.db, self.ctx.actor_id, self.message_id or ""
        self._ending = "cancelled"
        self._set_phase(Phase.STOPPING)
        self.ctx.tasks.run(lambda: dispatch.cancel_deliveries(db, actor, message_id,
                                                              utc_now()),
                           lambda _count: self._end(), self._failed, owner=self)

    def stop(self) -> None:
        """Stops asking for delivery reports (or sending: what is queued stays queued)."""
        if not self.is_running() or self._ending:
            return
        self._timer.stop()
        self._ending = "stopped"
        self._set_phase(Phase.STOPPING)
        if not self._in_flight:
            self._end()

    def _end(self) -> None:
        if self._in_flight or self.phase is Phase.IDLE:
            return
        dispatcher, self._dispatcher = self._dispatcher, None
        if dispatcher is not None:
            self.ctx.tasks.run(dispatcher.close, owner=self)
        reason = self._ending or "done"
        self._timer.stop()
        self._set_phase(Phase.IDLE)
        self.finished.emit(reason)


class DeliveryChart(QWidget):
    """One bar per channel, split by delivery state, with a legend: drawn, no chart library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Delivery chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[tuple[str, dict[str, int]]] = []

    def set_report(self, report: DeliveryReport | None) -> None:
        bars: dict[str, dict[str, int]] = {}
        for group in report.groups if report else ():
            counts = bars.setdefault(group.channel, dict.fromkeys(dispatch.STATS_STATES, 0))
            for state, count in group.counts.items():
                counts[state] = counts.get(state, 0) + count
        self._bars = list(bars.items())
        self.setAccessibleDescription("; ".join(
            f"{channel_label(channel)}: " + ", ".join(
                f"{delivery_state_label(state)} {count}" for state, count in counts.items()
                if count)
            for channel, counts in self._bars))
        self.update()

    def bars(self) -> list[tuple[str, dict[str, int]]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(320, line * 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() * 6)

    def _legend(self) -> list[tuple[float, float, str]]:
        """Where each state's swatch goes: left to right, on as many rows as the width needs."""
        metrics = self.fontMetrics()
        line = metrics.height()
        x, row, placed = 2.0, 0, []
        for state in dispatch.STATS_STATES:
            step = line + metrics.horizontalAdvance(delivery_state_label(state)) + 12
            if x + step > self.width() and x > 2:
                x, row = 2.0, row + 1
            placed.append((x, float(row), state))
            x += step
        return placed

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        legend = self._legend()
        legend_height = (int(legend[-1][1]) + 1) * (line + 2) if legend else 0
        area = QRectF(self.rect()).adjusted(2, 2, -2, -(legend_height + 6))
        label_width = max([metrics.horizontalAdvance(channel_label(c)) for c, _ in self._bars]
                          or [0]) + 8
        slot = area.height() / max(1, len(self._bars))
        bar_height = min(slot * 0.7, line * 1.6)
        widest = max([sum(c.values()) for _, c in self._bars] or [1]) or 1
        bar_width = max(10.0, area.width() - label_width)
        for row, (channel, counts) in enumerate(self._bars):
            top = area.top() + row * slot + (slot - bar_height) / 2
            painter.setPen(text_colour)
            painter.drawText(QRectF(area.left(), top, label_width, bar_height),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             channel_label(channel))
            left = area.left() + label_width
            painter.setPen(Qt.PenStyle.NoPen)
            for state in dispatch.STATS_STATES:
                width = bar_width * counts.get(state, 0) / widest
                if width > 0:
                    painter.setBrush(STATE_COLOURS[state])
                    painter.drawRect(QRectF(left, top, width, bar_height))
                    left += width
        for x, legend_row, state in legend:
            y = area.bottom() + 6 + legend_row * (line + 2)
            label = delivery_state_label(state)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATE_COLOURS[state])
            painter.drawRect(QRectF(x, y + 2, line - 4, line - 4))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + line, y, metrics.horizontalAdvance(label) + 4, line),
                             int(Qt.AlignmentFlag.AlignVCenter), label)
        painter.end()


def format_duration(delta: dt.timedelta | None) -> str:
    if delta is None:
        return "—"
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("delivery", "{s} s").format(s=seconds)
    if seconds < 3600:
        return QCoreApplication.translate("delivery", "{m} min {s:02d} s").format(
            m=seconds // 60, s=seconds % 60)
    return QCoreApplication.translate("delivery", "{h} h {m:02d} min").format(
        h=seconds // 3600, m=seconds % 3600 // 60)


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    setup_list_view(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_HINT_ROWS)
    return view


class DeliveryView(QWidget):
    """What became of one sent message, live while it is dispatched."""

    # The statistics on screen are fresh.
    loaded = Signal()
    # The officer wants to review a member the message did not reach: (network id, name).
    openMember = Signal(str, str)  # noqa: N815 - Qt naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message_id: str | None = None
        self.report: DeliveryReport | None = None
        self._loading = False
        self._reload_again = False
        self.runner = DispatchRunner(ctx, self)
        self.setAccessibleName(self.tr("Delivery"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)

        top = QHBoxLayout()
        self.title = QLabel(self.tr("Delivery"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        top.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Delivery summary"))
        top.addWidget(self.summary, 1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Delivery progress"))
        self.progress.setFormat(self.tr("%v of %m done"))
        self.progress.setMinimumWidth(220)
        top.addWidget(self.progress)
        self.resume_button = QPushButton(self.tr("Send the rest"))
        self.resume_button.setAccessibleName(self.resume_button.text())
        self.resume_button.setToolTip(self.tr(
            "Hand the deliveries still queued to the gateways (after a stop or a restart)"))
        self.resume_button.clicked.connect(self.resume)
        top.addWidget(self.resume_button)
        self.stop_button = QPushButton(self.tr("Cancel sending…"))
        self.stop_button.setAccessibleName(self.tr("Cancel sending"))
        self.stop_button.clicked.connect(self.stop_or_cancel)
        top.addWidget(self.stop_button)
        layout.addLayout(top)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.stats_model = DeliveryStatsModel(self)
        self.stats_view = _table(self.tr("Deliveries per channel and language"))
        self.stats_view.setModel(self.stats_model)
        rows_height = self.stats_view.verticalHeader().defaultSectionSize()
        self.stats_view.setFixedHeight(rows_height * 4 + self.stats_view.frameWidth() * 2 + 4)
        left.addWidget(self.stats_view)
        self.chart = DeliveryChart()
        left.addWidget(self.chart, 1)
        self.figures = QLabel()
        self.figures.setAccessibleName(self.tr("Delivery times and cost"))
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.figures)
        body.addLayout(left, 5)

        right = QVBoxLayout()
        self.failed_title = QLabel()
        right.addWidget(self.failed_title)
        self.failed_model = FailedDeliveriesModel(self)
        self.failed_view = _table(self.tr("Members not reached"))
        self.failed_view.setModel(self.failed_model)
        self.failed_view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.failed_view.activated.connect(self.review_member)
        self.failed_view.selectionModel().selectionChanged.connect(self._update_buttons)
        right.addWidget(self.failed_view, 1)
        self.review_button = QPushButton(self.tr("Review member…"))
        self.review_button.setAccessibleName(self.tr("Review member"))
        self.review_button.setToolTip(self.tr(
            "Open the selected member in the member list to check the number or address"))
        self.review_button.clicked.connect(self.review_member)
        right.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignRight)
        body.addLayout(right, 3)
        layout.addLayout(body, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self.runner.phaseChanged.connect(self._runner_changed)
        self.runner.finished.connect(self._runner_finished)
        self._runner_changed()

    # -- showing a message -------------------------------------------------------------------
    def show_message(self, message_id: str | None) -> None:
        if message_id == self.message_id:
            return
        self.message_id = message_id
        self.report = None
        self._show(None)
        if message_id is not None:
            self.reload()
        self._runner_changed()

    @Slot()
    def reload(self) -> None:
        """One load in the worker at a time; a reload asked meanwhile follows it."""
        if self.message_id is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        db, message_id = self.ctx.db, self.message_id
        self.ctx.tasks.run(lambda: delivery_report(db, message_id), self._loaded,
                           self._load_failed, owner=self, parent=self)

    def _loaded(self, report: DeliveryReport) -> None:
        self._loading = False
        if report.message_id == self.message_id:
            if report != self.report:  # twice a second: widgets change only when figures do
                self._show(report)
            self.loaded.emit()
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._reload_again = False
        self.ctx.errors.report(exc, self)

    def _show(self, report: DeliveryReport | None) -> None:
        self.report = report
        self.stats_model.set_rows(report.groups if report else [])
        self.failed_model.set_rows(report.failures if report else [])
        self.chart.set_report(report)
        if report is None:
            self.summary.clear()
            self.figures.clear()
            self.failed_title.setText(self.tr("Members not reached"))
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self._update_buttons()
            return
        totals = report.totals
        handed = report.total - totals.get(dispatch.QUEUED, 0) - totals.get(dispatch.CANCELLED, 0)
        self.summary.setText(self.tr(
            "sent {when} · {total} deliveries · {handed} handed to the providers · "
            "{delivered} delivered · {failed} failed").format(
            when=format_datetime(_local(report.sent_at)) if report.sent_at else "—",
            total=format_count(report.total), handed=format_count(max(0, handed)),
            delivered=format_count(totals.get(dispatch.DELIVERED, 0)),
            failed=format_count(totals.get(dispatch.FAILED, 0))))
        self.progress.setRange(0, max(1, report.total))
        self.progress.setValue(totals.get(dispatch.DELIVERED, 0) + totals.get(dispatch.FAILED, 0)
                               + totals.get(dispatch.EXPIRED, 0)
                               + totals.get(dispatch.CANCELLED, 0))
        lines = [
            self.tr("Half delivered after: {t50} · nine in ten after: {t90}").format(
                t50=format_duration(report.time_to_50), t90=format_duration(report.time_to_90)),
        ]
        if any(g.channel == "sms" for g in report.groups):
            segments = ", ".join(f"{lang}: {n}" for lang, n in sorted(report.sms_segments.items()))
            lines.append(self.tr(
                "SMS cost so far: {cost} ({segments} segments × {price}; segments per SMS "
                "{per_language})").format(
                cost=format_cost(report.cost_eur),
                segments=format_count(report.sms_charged_segments),
                price=locale().toCurrencyString(SMS_PRICE_EUR, "€", 3),
                per_language=segments))
        self.figures.setText("\n".join(lines))
        self.failed_title.setText(self.tr("Members not reached: %n", "", report.failures_total))
        self._update_buttons()

    # -- dispatching -------------------------------------------------------------------------
    def start_dispatch(self, message_id: str) -> bool:
        """Dispatches (the message was just sent) and shows it live."""
        self.show_message(message_id)
        started = self.runner.start(message_id)
        self._runner_changed()
        return started

    @Slot()
    def resume(self) -> None:
        if self.message_id is not None and self._may_send():
            self.start_dispatch(self.message_id)

    @Slot()
    def stop_or_cancel(self) -> None:
        runner = self.runner
        if runner.phase is Phase.SENDING:
            if gui_errors.ask_yes_no(self, self.tr("Cancel sending"), self.tr(
                    "Cancel this message? Deliveries not yet handed to a provider are not sent; "
                    "those already handed over cannot be called back.")):
                runner.cancel()
        elif runner.phase is Phase.FOLLOWING:
            runner.stop()

    def _may_send(self) -> bool:
        role = self.ctx.operator.role if self.ctx.operator else ""
        return has_permission(role, Permission.MESSAGE_COMPOSE)

    def watching_dispatch(self) -> bool:
        return self.runner.is_running() and self.runner.message_id == self.message_id

    @Slot()
    def _runner_changed(self) -> None:
        watching = self.watching_dispatch()
        if watching and not self._timer.isActive():
            self._timer.start()
        elif not watching:
            self._timer.stop()
        phase = self.runner.phase
        if watching and phase is Phase.FOLLOWING:
            self.stop_button.setText(self.tr("Stop waiting for reports"))
            self.stop_button.setAccessibleName(self.stop_button.text())
        else:
            self.stop_button.setText(self.tr("Cancel sending…"))
            self.stop_button.setAccessibleName(self.tr("Cancel sending"))
        self._update_buttons()

    @Slot(str)
    def _runner_finished(self, reason: str) -> None:
        self._timer.stop()
        texts = {
            "cancelled": self.tr("Sending cancelled."),
            "stopped": self.tr("Stopped; what is still queued waits for 'Send the rest'."),
            "timeout": self.tr("Stopped waiting for delivery reports."),
            "failed": self.tr("Sending stopped on an error."),
        }
        self.title.setToolTip(texts.get(reason, ""))
        self._runner_changed()
        self.reload()

    @Slot()
    def _update_buttons(self) -> None:
        watching = self.watching_dispatch()
        report = self.report
        queued = report.totals.get(dispatch.QUEUED, 0) if report else 0
        sendable = report is not None and report.status == "sent"
        self.progress.setVisible(report is not None and report.total > 0)
        self.stop_button.setVisible(watching)
        self.stop_button.setEnabled(watching and self.runner.phase is not Phase.STOPPING
                                    and self._may_send())
        self.resume_button.setVisible(not watching and sendable and queued > 0)
        self.resume_button.setEnabled(not self.runner.is_running() and self._may_send())
        self.review_button.setEnabled(
            bool(self.failed_view.selectionModel().selectedRows()))

    # -- members not reached -----------------------------------------------------------------
    @Slot()
    def review_member(self) -> None:
        rows = self.failed_view.selectionModel().selectedRows()
        if rows:
            failed = self.failed_model.row_at(rows[0].row())
            self.openMember.emit(failed.network_id, failed.member_name)


def _local(moment: dt.datetime) -> dt.datetime:
    """Stored times are naive UTC: shown in the computer's time zone."""
    return moment.replace(tzinfo=dt.UTC).astimezone()
