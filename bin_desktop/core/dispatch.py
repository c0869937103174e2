"""Dispatch: the durable outbox between an approved message and the gateways.

`send_message` expands a message into one `Delivery` per (member, channel), committed in one
transaction before anything is handed to a provider. `dispatch_once` claims due deliveries
(claimed_by + lease_until, committed BEFORE the gateway call), submits them in batches, records
the outcomes and reconciles uncertain ones by a status query. The delivery key is the provider's
client reference, so a delivery whose fate is unclear is asked about, never blindly resent:

* outcome "retry" (provably not sent) → stays queued, next attempt after Retry-After / backoff;
* outcome "unknown" (timeout, 5xx after the request went out) → state unknown → reconcile;
* a claim whose lease ran out while the delivery was still queued (a dispatcher died between its
  claim and the outcome) → the next dispatcher asks the provider first and only submits when the
  provider answers "not found".

Phone numbers and e-mail addresses (`Delivery.to`) are never logged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bin_desktop.core.alerts.cap import BRUSSELS
from bin_desktop.core.domain import MemberStatus, MessageStatus, Urgency
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bin_desktop.core.gateways.base import Gateway, GatewayAuthError, Outgoing, Status, Submitted
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    Delivery,
    Member,
    Message,
    MessageTarget,
    MessageText,
    Zone,
)
from bin_desktop.core.store.oplog import UnitOfWork

log = logging.getLogger("bin_desktop.dispatch")

QUEUED, SUBMITTED, DELIVERED = "queued", "submitted", "delivered"
FAILED, EXPIRED, UNKNOWN, CANCELLED = "failed", "expired", "unknown", "cancelled"
FINAL_STATES = frozenset({DELIVERED, FAILED, EXPIRED, CANCELLED})
STATS_STATES = (QUEUED, SUBMITTED, DELIVERED, FAILED, UNKNOWN, EXPIRED, CANCELLED)
CHANNELS = ("sms", "voice", "email")
MAX_BACKOFF_SECONDS = 300.0


def delivery_key(message_id: str, revision: int, channel: str, member_id: str) -> str:
    """The unique, provider-safe client reference of one delivery (32 hex digits)."""
    raw = f"{message_id}:{revision}:{channel}:{member_id}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


# -- expansion -----------------------------------------------------------------------------
def _is_mobile(phone: str | None) -> bool:
    return phone is not None and phone.startswith("+324")


def _address(member: Member, channel: str) -> str | None:
    """Where `channel` reaches the member, or None when the contact data does not allow it."""
    phones = [p for p in (member.phone_e164, member.phone2_e164) if p]
    if channel == "sms":
        return next((p for p in phones if _is_mobile(p)), None)
    if channel == "voice":
        return phones[0] if phones else None
    return member.email or None


def _parse_hhmm(value: str) -> dt.time | None:
    try:
        hours, minutes = value.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        return None


def quiet_until(member_from: str | None, member_until: str | None,
                now: dt.datetime) -> dt.datetime | None:
    """When the member's quiet hours around `now` (naive UTC) end, as naive UTC; None when
    `now` is outside them. Quiet hours are Brussels local times and may span midnight."""
    if not member_from or not member_until:
        return None
    start, end = _parse_hhmm(member_from), _parse_hhmm(member_until)
    if start is None or end is None or start == end:
        return None
    local = now.replace(tzinfo=dt.UTC).astimezone(BRUSSELS)
    clock = local.time().replace(tzinfo=None)
    inside = start <= clock < end if start < end else (clock >= start or clock < end)
    if not inside:
        return None
    day = local.date() if clock < end else local.date() + dt.timedelta(days=1)
    ends = dt.datetime.combine(day, end, tzinfo=BRUSSELS)
    return ends.astimezone(dt.UTC).replace(tzinfo=None)


def _message_languages(session: Session, message_id: str) -> list[str]:
    return list(session.scalars(select(MessageText.language).where(
        MessageText.message_id == message_id).order_by(MessageText.language)))


def send_message(db: Database, actor_id: str, message_id: str, now: dt.datetime) -> int:
    """Expands an approved message into its deliveries and marks it sent, in one transaction.

    Returns how many deliveries the message has. Calling it again for a message already
    expanded changes nothing and returns the same count.
    """
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MESSAGE_COMPOSE)
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        existing = session.scalar(select(func.count()).select_from(Delivery).where(
            Delivery.message_id == message_id)) or 0
        if message.status == MessageStatus.SENT.value:
            return existing
        if message.status != MessageStatus.APPROVED.value:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "Only an approved message can be sent (this one is {status})."),
                status=message.status)
        rows = list(_expand(session, message, now))
        taken = set(session.scalars(select(Delivery.key).where(
            Delivery.message_id == message_id)))
        uow.create_many(Delivery, [row for row in rows if row["key"] not in taken])
        uow.update(message, status=MessageStatus.SENT.value, sent_at=now)
        total = len(taken | {row["key"] for row in rows})
    log.info("message %s expanded into %d deliveries", message_id, total)
    return total


def _expand(session: Session, message: Message, now: dt.datetime) -> Iterable[dict[str, Any]]:
    network_ids = list(session.scalars(select(MessageTarget.network_id).where(
        MessageTarget.message_id == message.id)))
    languages = _message_languages(session, message.id)
    wanted = [c for c in CHANNELS if c in set(message.channels)]
    urgent = message.urgency == Urgency.URGENT.value
    seen: set[tuple[str, str]] = set()  # a member on two target networks gets it once
    members = session.scalars(select(Member).where(
        Member.network_id.in_(network_ids), Member.deleted.is_(False),
        Member.erased.is_(False), Member.status == MemberStatus.ACTIVE.value
    ).order_by(Member.id))
    for member in members:
        preferred = set(member.channels or ())
        not_before = None if urgent else quiet_until(member.quiet_from, member.quiet_until, now)
        language = member.language if member.language in languages else (
            "nl" if "nl" in languages else languages[0] if languages else member.language)
        for channel in wanted:
            if preferred and channel not in preferred:
                continue
            to = _address(member, channel)
            if to is None or (to, channel) in seen:
                continue
            seen.add((to, channel))
            yield {
                "message_id": message.id, "network_id": member.network_id,
                "member_id": member.id, "channel": channel, "revision": 1,
                "key": delivery_key(message.id, 1, channel, member.id), "to": to,
                "language": language, "state": QUEUED, "attempts": 0,
                "next_attempt_at": now, "not_before": not_before,
                "expires_at": message.expires_at, "provider_id": None, "error": None,
                "claimed_by": None, "lease_until": None, "updated_at": now,
            }


# -- dispatching ---------------------------------------------------------------------------
@dataclass
class DispatchReport:
    submitted: int = 0
    delivered: int = 0
    failed: int = 0
    expired: int = 0
    unknown: int = 0
    retried: int = 0

    def add(self, other: DispatchReport) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def count(self, state: str) -> None:
        if state in (SUBMITTED, DELIVERED, FAILED, EXPIRED, UNKNOWN):
            setattr(self, state, getattr(self, state) + 1)


@dataclass(frozen=True)
class _Claimed:
    id: str
    key: str
    channel: str
    to: str
    language: str
    message_id: str
    expires_at: dt.datetime | None
    suspect: bool  # a previous claim ran out: the provider may have it already


def _due(now: dt.datetime, channels: Iterable[str]) -> Any:
    return (Delivery.state == QUEUED, Delivery.channel.in_(sorted(channels)),
            or_(Delivery.not_before.is_(None), Delivery.not_before <= now),
            Delivery.next_attempt_at <= now,
            or_(Delivery.claimed_by.is_(None), Delivery.lease_until.is_(None),
                Delivery.lease_until < now))


def _claim(db: Database, gateway: Gateway, device_id: str, now: dt.datetime,
           lease_seconds: float, limit: int, report: DispatchReport) -> list[_Claimed]:
    """Takes due deliveries for this dispatcher (committed before any gateway call)."""
    lease = now + dt.timedelta(seconds=lease_seconds)
    claimed: list[_Claimed] = []
    with db.unit_of_work(None) as uow:
        rows = list(uow.session.scalars(select(Delivery).where(*_due(now, gateway.channels))
                                        .order_by(Delivery.next_attempt_at, Delivery.id)
                                        .limit(limit)))
        for row in rows:
            suspect = row.claimed_by is not None
            if not suspect and row.expires_at is not None and row.expires_at < now:
                uow.update(row, state=EXPIRED, error="validity passed before sending",
                           updated_at=now)
                report.expired += 1
                continue
            claimed.append(_Claimed(row.id, row.key, row.channel, row.to, row.language,
                                    row.message_id, row.expires_at, suspect))
            uow.update(row, claimed_by=device_id, lease_until=lease,
                       attempts=row.attempts + 1, updated_at=now)
    return claimed


def _texts(db: Database, message_ids: set[str]) -> tuple[dict[tuple[str, str], MessageText],
                                                          dict[str, Message], str]:
    with db.read() as session:
        texts = {(t.message_id, t.language): t for t in session.scalars(
            select(MessageText).where(MessageText.message_id.in_(sorted(message_ids))))}
        messages = {m.id: m for m in session.scalars(
            select(Message).where(Message.id.in_(sorted(message_ids))))}
        zone = session.scalar(select(Zone).order_by(Zone.id).limit(1))
        return texts, messages, zone.name if zone else "BIN"


def _outgoing(item: _Claimed, texts: dict[tuple[str, str], MessageText],
              messages: dict[str, Message], sender: str, now: dt.datetime) -> Outgoing:
    message = messages[item.message_id]
    text = texts.get((item.message_id, item.language)) or next(
        t for (mid, _lang), t in sorted(texts.items()) if mid == item.message_id)
    validity = int((item.expires_at - now).total_seconds()) if item.expires_at else 86_400
    subject = (text.subject or message.headline) if item.channel == "email" else None
    body = text.body
    if message.is_exercise:
        # An exercise must never be mistaken for a real alert by whoever receives it (the
        # 2018 Hawaii false alarm): said in words, in the member's language, first thing.
        marker = EXERCISE_MARKERS.get(text.language, EXERCISE_MARKERS["nl"])
        body = f"{marker} {body}"
        subject = f"{marker} {subject}" if subject else subject
    return Outgoing(reference=item.key, channel=item.channel,  # type: ignore[arg-type]
                    to=item.to, language=f"{text.language}-BE", text=body,
                    subject=subject, sender=sender, validity_seconds=max(1, validity))


#: Printed before every exercise text (members' language; GSM-7 safe for SMS).
EXERCISE_MARKERS = {"nl": "OEFENING -", "fr": "EXERCICE -", "de": "ÜBUNG -", "en": "EXERCISE -"}


def _backoff(attempts: int, retry_after: float | None) -> float:
    if retry_after is not None:
        return retry_after
    return min(MAX_BACKOFF_SECONDS, 2.0 ** max(0, attempts - 1))


def _record(db: Database, device_id: str, now: dt.datetime,
            results: Sequence[tuple[str, Submitted | Status]], report: DispatchReport) -> None:
    """Writes outcomes of submissions or status queries; never leaves a final state."""
    with db.unit_of_work(None) as uow:
        for delivery_id, result in results:
            row = uow.session.get(Delivery, delivery_id)
            if row is None or row.state in FINAL_STATES:
                continue
            if isinstance(result, Submitted):
                _apply_submitted(uow, row, result, now, report)
            else:
                _apply_status(uow, row, result, now, report)


def _release(**changes: Any) -> dict[str, Any]:
    return {"claimed_by": None, "lease_until": None, **changes}


def _apply_submitted(uow: UnitOfWork, row: Delivery, result: Submitted, now: dt.datetime,
                     report: DispatchReport) -> None:
    if result.outcome == "accepted":
        uow.update(row, **_release(state=SUBMITTED, provider_id=result.provider_id,
                                   error=None, updated_at=now))
        report.submitted += 1
    elif result.outcome == "rejected":
        uow.update(row, **_release(state=FAILED, error=result.error, updated_at=now))
        report.failed += 1
    elif result.outcome == "retry":
        wait = _backoff(row.attempts, result.retry_after)
        uow.update(row, **_release(state=QUEUED, error=result.error, updated_at=now,
                                   next_attempt_at=now + dt.timedelta(seconds=wait)))
        report.retried += 1
    else:
        uow.update(row, **_release(state=UNKNOWN, error=result.error, updated_at=now))
        report.unknown += 1


_STATUS_TO_STATE = {"accepted": SUBMITTED, "sent": SUBMITTED, "delivered": DELIVERED,
                    "failed": FAILED, "expired": EXPIRED}


def _apply_status(uow: UnitOfWork, row: Delivery, status: Status, now: dt.datetime,
                  report: DispatchReport) -> None:
    if status.state in _STATUS_TO_STATE:
        state = _STATUS_TO_STATE[status.state]
        if state == row.state:
            return
        changes = _release(state=state, updated_at=now)
        if status.provider_id:
            changes["provider_id"] = status.provider_id
        if state == FAILED:
            changes["error"] = status.error
        uow.update(row, **changes)
        report.count(state)
    elif status.state == "not_found":
        # It provably never arrived: queue it again (or let it expire, never send it late).
        if row.expires_at is not None and row.expires_at < now:
            uow.update(row, **_release(state=EXPIRED, error="validity passed", updated_at=now))
            report.expired += 1
        else:
            uow.update(row, **_release(state=QUEUED, next_attempt_at=now, updated_at=now))
    # The provider could not be asked: keep it as it is and ask again later.
    elif row.state == QUEUED:  # a suspect claim stays suspect (claimed_by kept)
        uow.update(row, lease_until=now, updated_at=now,
                   next_attempt_at=now + dt.timedelta(seconds=_backoff(row.attempts, None)))


def dispatch_once(db: Database, gateway: Gateway, *, device_id: str, now: dt.datetime,
                  lease_seconds: float = 60, batch: int | None = None,
                  reconcile_submitted: bool = False) -> DispatchReport:
    """One round: claim what is due, ask about suspect claims, submit the rest in batches of
    the gateway's size, record the outcomes, then reconcile the unknown deliveries (and, when
    asked, poll the submitted ones for their delivery reports)."""
    report = DispatchReport()
    size = max(1, gateway.batch_size)
    claimed = _claim(db, gateway, device_id, now, lease_seconds, batch or size * 10, report)
    if claimed:
        # Deliveries whose earlier claim ran out may have reached the provider: ask first.
        suspects = [c for c in claimed if c.suspect]
        if suspects:
            answers = [(c, gateway.status(c.key)) for c in suspects]
            found = [(c.id, s) for c, s in answers if s.state != "not_found"]
            _record(db, device_id, now, found, report)
            cleared = {c.id for c, s in answers if s.state == "not_found"}
            expired = [c for c in suspects if c.id in cleared and c.expires_at is not None
                       and c.expires_at < now]
            _record(db, device_id, now, [(c.id, Status(c.key, "not_found")) for c in expired],
                    report)
            claimed = [c for c in claimed if not c.suspect
                       or (c.id in cleared and c not in expired)]
        texts, messages, sender = _texts(db, {c.message_id for c in claimed})
        for start in range(0, len(claimed), size):
            chunk = claimed[start:start + size]
            outgoing = [_outgoing(c, texts, messages, sender, now) for c in chunk]
            try:
                results = gateway.submit(outgoing)
            except GatewayAuthError:
                # Nothing of this batch (nor the rest) went out: release the claims.
                _release_claims(db, [c.id for c in claimed[start:]], now)
                raise
            by_reference = {r.reference: r for r in results}
            _record(db, device_id, now,
                    [(c.id, by_reference.get(c.key) or Submitted(c.key, "unknown", None,
                                                                 "no result for it"))
                     for c in chunk], report)
    report.add(reconcile(db, gateway, now=now, limit=batch,
                         include_submitted=reconcile_submitted))
    log.info("dispatch round via %s: %s", gateway.name, report)
    return report


def _release_claims(db: Database, ids: Sequence[str], now: dt.datetime) -> None:
    with db.unit_of_work(None) as uow:
        for row in uow.session.scalars(select(Delivery).where(Delivery.id.in_(list(ids)))):
            uow.update(row, **_release(updated_at=now))


def reconcile(db: Database, gateway: Gateway, *, now: dt.datetime,
              limit: int | None = None, include_submitted: bool = True) -> DispatchReport:
    """Asks the provider about unknown (and submitted, for delivery reports) deliveries."""
    report = DispatchReport()
    states = [UNKNOWN, SUBMITTED] if include_submitted else [UNKNOWN]
    with db.read() as session:
        stmt = (select(Delivery.id, Delivery.key).where(
            Delivery.state.in_(states), Delivery.channel.in_(sorted(gateway.channels)))
            .order_by(Delivery.state.desc(), Delivery.updated_at, Delivery.id))
        rows = list(session.execute(stmt.limit(limit) if limit else stmt))
    answers: list[tuple[str, Submitted | Status]] = [(rid, gateway.status(key))
                                                     for rid, key in rows]
    if answers:
        _record(db, "", now, answers, report)
    return report


def pending(db: Database, now: dt.datetime, channels: Iterable[str] = CHANNELS
            ) -> tuple[int, dt.datetime | None]:
    """How many deliveries still need the dispatcher now (queued and not held back by quiet
    hours, or unknown), and the earliest moment a queued one becomes due."""
    with db.read() as session:
        rows = list(session.execute(select(
            Delivery.state, Delivery.next_attempt_at, Delivery.claimed_by, Delivery.lease_until)
            .where(Delivery.channel.in_(sorted(channels)),
                   or_(Delivery.state == UNKNOWN,
                       (Delivery.state == QUEUED) & or_(Delivery.not_before.is_(None),
                                                        Delivery.not_before <= now)))))
    due = [max(next_at, lease) if claimed and lease else next_at
           for state, next_at, claimed, lease in rows if state == QUEUED]
    return len(rows), min(due) if due else None


def dispatch_until_empty(db: Database, gateway: Gateway, *, device_id: str,
                         clock: Callable[[], dt.datetime], sleep: Callable[[float], None],
                         max_rounds: int = 100, lease_seconds: float = 60,
                         max_sleep: float = 30.0) -> DispatchReport:
    """Rounds until nothing is due any more (waiting for quiet hours does not count), at most
    `max_rounds`; sleeps (injected) until the next delivery is due between rounds."""
    total = DispatchReport()
    for _round in range(max_rounds):
        now = clock()
        total.add(dispatch_once(db, gateway, device_id=device_id, now=now,
                                lease_seconds=lease_seconds))
        now = clock()
        count, due = pending(db, now, gateway.channels)
        if count == 0:
            break
        wait = 0.0 if due is None else (due - now).total_seconds()
        sleep(min(max_sleep, max(0.05, wait)))
    return total


# -- cancelling and statistics ---------------------------------------------------------------
def cancel_deliveries(db: Database, actor_id: str, message_id: str,
                      now: dt.datetime | None = None) -> int:
    """Everything of the message not yet handed to a provider is cancelled. A delivery a
    dispatcher is submitting at this very moment (live claim) is left to finish."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.MESSAGE_COMPOSE)
        rows = list(uow.session.scalars(select(Delivery).where(
            Delivery.message_id == message_id, Delivery.state == QUEUED,
            or_(Delivery.claimed_by.is_(None), Delivery.lease_until.is_(None),
                Delivery.lease_until < now))))
        for row in rows:
            uow.update(row, **_release(state=CANCELLED, updated_at=now))
    return len(rows)


def delivery_stats(db: Database, message_id: str) -> dict[str, dict[str, int]]:
    """{"sms": {"queued": n, "submitted": n, ...}, ...} for the channels the message uses."""
    stats: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATS_STATES, 0))
    with db.read() as session:
        counts = Counter({(channel, state): n for channel, state, n in session.execute(
            select(Delivery.channel, Delivery.state, func.count())
            .where(Delivery.message_id == message_id)
            .group_by(Delivery.channel, Delivery.state))})
    for (channel, state), n in counts.items():
        stats[channel][state] = n
    return dict(stats)
