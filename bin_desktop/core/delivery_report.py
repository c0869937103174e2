"""What became of a sent message, and the dispatcher as the desktop runs it: round by round.

`delivery_report` gathers in one read what the message page shows while and after a message
goes out: counts per channel and language and state, how long it took until half and nine in
ten of the deliveries were delivered (from the message's `sent_at` to each delivered row's
`updated_at`), what the SMS cost (segments × the price per segment the composer's audience
check uses) and the members whose delivery failed, for follow-up.

`RoundDispatcher` runs the same outbox as `bin-desktop alert dispatch` (one gateway per channel,
`gateway_config.gateways_by_channel`), but one short round per call: the desktop's database
worker runs a round, then any other queued work (the live statistics), then the next round, so
the window stays responsive and a cancel lands between two rounds.

Member names and addresses are personal data: they are returned, never logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bin_desktop.core import dispatch
from bin_desktop.core.alerts.model import CheckContext
from bin_desktop.core.alerts.sms import analyse
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bin_desktop.core.gateway_config import (
    ConfiguredGateway,
    build_gateway,
    gateways_by_channel,
)
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Delivery, Member, Message, MessageText

log = logging.getLogger("bin_desktop.delivery_report")

#: What one SMS segment costs (the price the composer's audience check uses).
SMS_PRICE_EUR: float = CheckContext.sms_cost_eur
#: Deliveries that reached the provider and are charged for.
CHARGED_STATES = (dispatch.SUBMITTED, dispatch.DELIVERED, dispatch.UNKNOWN)
#: States that need no more work from the dispatcher.
DONE_STATES = (dispatch.DELIVERED, dispatch.FAILED, dispatch.EXPIRED, dispatch.CANCELLED)
#: Failed deliveries listed for follow-up (the counts cover them all).
MAX_FAILURES = 1000


@dataclass(frozen=True)
class GroupStats:
    """The deliveries of one channel in one language, by state."""

    channel: str
    language: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class FailedDelivery:
    """A member the message did not reach (failed or expired), for the member review."""

    id: str  # the delivery
    member_id: str
    network_id: str
    member_name: str
    channel: str
    state: str
    reason: str


@dataclass(frozen=True)
class DeliveryReport:
    message_id: str
    status: str
    sent_at: dt.datetime | None
    groups: tuple[GroupStats, ...]
    time_to_50: dt.timedelta | None  # None until half of the deliveries are delivered
    time_to_90: dt.timedelta | None
    sms_segments: dict[str, int]  # per language: segments of one SMS in that language
    sms_charged_segments: int  # segments of the SMS that reached the provider
    cost_eur: float
    failures: tuple[FailedDelivery, ...]
    failures_total: int
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    @property
    def done(self) -> int:
        """Deliveries in a final state (delivered, failed, expired, cancelled)."""
        return sum(self.totals.get(state, 0) for state in DONE_STATES)

    @property
    def outstanding(self) -> int:
        """Queued or with an outcome still to learn (submitted, unknown)."""
        return self.total - self.done


def _elapsed(sent_at: dt.datetime | None, moments: list[dt.datetime], needed: int
             ) -> dt.timedelta | None:
    if sent_at is None or needed <= 0 or len(moments) < needed:
        return None
    return max(dt.timedelta(0), moments[needed - 1] - sent_at)


def _segments(session: Session, message: Message) -> dict[str, int]:
    """Segments of one SMS per language, as the dispatcher sends it (exercise marker too)."""
    texts = session.scalars(select(MessageText).where(
        MessageText.message_id == message.id))
    segments: dict[str, int] = {}
    for text in texts:
        body = text.body
        if message.is_exercise:
            marker = dispatch.EXERCISE_MARKERS.get(text.language, dispatch.EXERCISE_MARKERS["nl"])
            body = f"{marker} {body}"
        segments[text.language] = analyse(body).segments
    return segments


def delivery_report(db: Database, message_id: str) -> DeliveryReport:
    """Everything the message page shows about the deliveries of one message (one read)."""
    with db.read() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        grouped: dict[tuple[str, str], dict[str, int]] = defaultdict(
            lambda: dict.fromkeys(dispatch.STATS_STATES, 0))
        for channel, language, state, count in session.execute(
                select(Delivery.channel, Delivery.language, Delivery.state, func.count())
                .where(Delivery.message_id == message_id)
                .group_by(Delivery.channel, Delivery.language, Delivery.state)):
            grouped[(channel, language)][state] = count
        delivered_at = sorted(moment for moment in session.scalars(
            select(Delivery.updated_at).where(Delivery.message_id == message_id,
                                              Delivery.state == dispatch.DELIVERED))
            if moment is not None)
        failure_filter = (Delivery.message_id == message_id,
                          Delivery.state.in_((dispatch.FAILED, dispatch.EXPIRED)))
        failures_total = session.scalar(
            select(func.count()).select_from(Delivery).where(*failure_filter)) or 0
        failures = tuple(
            FailedDelivery(delivery_id, member_id, network_id, name, channel, state,
                           error or "")
            for delivery_id, member_id, network_id, name, channel, state, error
            in session.execute(
                select(Delivery.id, Delivery.member_id, Delivery.network_id, Member.full_name,
                       Delivery.channel, Delivery.state, Delivery.error)
                .join(Member, Member.id == Delivery.member_id)
                .where(*failure_filter)
                .order_by(Member.full_name, Delivery.channel, Delivery.id)
                .limit(MAX_FAILURES)))
        segments = _segments(session, message)
        status, sent_at = message.status, message.sent_at

    channel_order = {c: i for i, c in enumerate(dispatch.CHANNELS)}
    groups = tuple(GroupStats(channel, language, counts) for (channel, language), counts
                   in sorted(grouped.items(), key=lambda item: (
                       channel_order.get(item[0][0], 99), item[0][1])))
    totals = dict.fromkeys(dispatch.STATS_STATES, 0)
    for group in groups:
        for state, count in group.counts.items():
            totals[state] = totals.get(state, 0) + count
    # Half (nine in ten) of what was meant to go out: cancelled deliveries are not counted.
    meant = sum(totals.values()) - totals.get(dispatch.CANCELLED, 0)
    charged = sum(segments.get(g.language, 1) * sum(g.counts[s] for s in CHARGED_STATES)
                  for g in groups if g.channel == "sms")
    return DeliveryReport(
        message_id=message_id, status=status, sent_at=sent_at, groups=groups,
        time_to_50=_elapsed(sent_at, delivered_at, math.ceil(meant * 0.5)),
        time_to_90=_elapsed(sent_at, delivered_at, math.ceil(meant * 0.9)),
        sms_segments=segments, sms_charged_segments=charged,
        cost_eur=round(charged * SMS_PRICE_EUR, 4), failures=failures,
        failures_total=failures_total, totals=totals)


# -- the dispatcher, one round at a time ---------------------------------------------------------
@dataclass(frozen=True)
class RoundResult:
    report: dispatch.DispatchReport
    pending: int  # deliveries (of every message) the dispatcher still has to handle now
    next_due: dt.datetime | None  # when the earliest queued one becomes due
    unserved: tuple[str, ...]  # channels with queued deliveries and no gateway


class RoundDispatcher:
    """The zone's gateways, opened once, and dispatch rounds short enough to interleave.

    Not thread-safe: every call comes from the same thread (the desktop's database worker).
    """

    def __init__(self, db: Database, device_id: str, *, rounds_of_batches: int = 5,
                 lease_seconds: float = 60) -> None:
        self.db = db
        self.device_id = device_id
        self.rounds_of_batches = rounds_of_batches
        self.lease_seconds = lease_seconds
        self._gateways: list[ConfiguredGateway] | None = None
        self._claims = ExitStack()
        #: with a zone hub, the hub's dispatch claims (sync.claims): one device per message
        self.message_filter: dispatch.MessageFilter | None = None

    def open(self) -> None:
        """Builds the gateways (reads their secrets from the keyring)."""
        if self._gateways is not None:
            return
        groups = gateways_by_channel(self.db)
        if not groups:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "No gateway is configured: an administrator adds one in Settings → "
                        "Gateways."))
        gateways: list[ConfiguredGateway] = []
        try:
            for config, channels in groups:
                gateways.append(build_gateway(config, channels))
        except BaseException:
            for gateway in gateways:
                gateway.close()
            raise
        self._gateways = gateways
        from bin_desktop.core.sync.claims import dispatch_claims  # noqa: PLC0415

        self.message_filter = self._claims.enter_context(dispatch_claims(self.db))

    @property
    def channels(self) -> tuple[str, ...]:
        served = {c for g in self._gateways or () for c in g.channels}
        return tuple(c for c in dispatch.CHANNELS if c in served)

    def round(self, now: dt.datetime) -> RoundResult:
        """One round through every gateway: claim, submit, record, reconcile unknowns.

        Left to do counts as core's `dispatch_until_empty` does: deliveries held back (quiet
        hours, a gateway in test mode) and unknown ones nobody can ask about are not work."""
        self.open()
        assert self._gateways is not None
        total = dispatch.DispatchReport()
        left, next_due = 0, None
        for gateway in self._gateways:
            report = dispatch.dispatch_once(
                self.db, gateway, device_id=self.device_id, now=now,
                lease_seconds=self.lease_seconds,
                batch=max(1, gateway.batch_size) * self.rounds_of_batches,
                message_filter=self.message_filter)
            total.add(report)
            count, due = dispatch.pending(self.db, now, gateway.channels,
                                          include_unknown=gateway.can_query_status)
            left += max(0, count - report.waiting)
            if due is not None and count > report.waiting:
                next_due = due if next_due is None else min(next_due, due)
        unserved = tuple(c for c in dispatch.CHANNELS if c not in self.channels
                         and dispatch.pending(self.db, now, [c])[0])
        return RoundResult(total, left, next_due, unserved)

    def follow(self, now: dt.datetime) -> dispatch.DispatchReport:
        """Asks the providers about submitted deliveries for their delivery reports: as many
        per gateway and call as a round sends (a status query is one request per delivery),
        so a poll stays as short as a round; core's cursor takes the next ones next time."""
        self.open()
        assert self._gateways is not None
        total = dispatch.DispatchReport()
        for gateway in self._gateways:
            total.add(dispatch.reconcile(
                self.db, gateway, now=now, include_submitted=True,
                limit=max(1, gateway.batch_size) * self.rounds_of_batches))
        return total

    def close(self) -> None:
        for gateway in self._gateways or ():
            gateway.close()
        self._gateways = None
        self._claims.close()
        self.message_filter = None


def awaiting_report(db: Database, message_id: str) -> int:
    """Deliveries of the message handed over whose outcome is still to learn."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Delivery).where(
            Delivery.message_id == message_id,
            Delivery.state.in_((dispatch.SUBMITTED, dispatch.UNKNOWN)))) or 0
