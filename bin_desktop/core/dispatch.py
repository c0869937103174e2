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
  provider answers "not found";
* a gateway without a status query (SMTP, cm): an uncertain delivery stays unknown for good.

State changes are written in bulk (one executemany per transaction) with one operation per
changed delivery, as the operation log requires.

Phone numbers and e-mail addresses (`Delivery.to`) are never logged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import Row, Table, bindparam, func, insert, or_, select, update
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
    Operation,
    Zone,
)
from bin_desktop.core.store.oplog import OpKind, UnitOfWork

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


def _address(member: Any, channel: str) -> str | None:
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
    members = session.execute(select(
        Member.id, Member.network_id, Member.phone_e164, Member.phone2_e164, Member.email,
        Member.language, Member.channels, Member.quiet_from, Member.quiet_until).where(
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
    cancelled: int = 0
    #: queued deliveries the round left alone: their message was withheld by the message
    #: filter (another device holds it) or the gateway is in test mode. Over several rounds
    #: (dispatch_until_empty) it is the last round's count.
    waiting: int = 0

    def add(self, other: DispatchReport) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def count(self, state: str) -> None:
        if state in (SUBMITTED, DELIVERED, FAILED, EXPIRED, UNKNOWN, CANCELLED):
            setattr(self, state, getattr(self, state) + 1)


#: Called with the ids of the messages that have due deliveries; returns those this device may
#: send now (the sync's hub claim). Deliveries of the others are left queued, reported waiting.
MessageFilter = Callable[[set[str]], set[str]]

#: A status query per delivery is a request to the provider: at most this many batches' worth
#: of submitted deliveries are asked about per round (unknown ones always come first).
POLL_BATCHES = 10

_COLUMNS = (Delivery.id, Delivery.key, Delivery.channel, Delivery.to, Delivery.language,
            Delivery.message_id, Delivery.network_id, Delivery.state, Delivery.attempts,
            Delivery.expires_at, Delivery.claimed_by, Delivery.lease_until,
            Delivery.next_attempt_at, Delivery.provider_id, Delivery.error, Delivery.updated_at)


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


def _write(uow: UnitOfWork, rows: dict[str, Row[Any]],
           changes: Sequence[tuple[str, dict[str, Any]]]) -> int:
    """Applies {field: value} changes to deliveries: one executemany for the rows and one for
    their operations (one operation per changed delivery, only the fields that changed)."""
    table, log_table = Delivery.__table__, Operation.__table__
    assert isinstance(table, Table) and isinstance(log_table, Table)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    operations: list[dict[str, Any]] = []
    for delivery_id, wanted in changes:
        row = rows[delivery_id]
        changed = {k: v for k, v in wanted.items() if getattr(row, k) != v}
        if not changed:
            continue
        names = tuple(sorted(changed))
        groups[names].append({"_id": delivery_id, **changed})
        operations.append(uow._operation_row(Delivery, delivery_id, row.network_id,
                                             OpKind.UPDATE, changed))
    for names, params in groups.items():
        uow.session.execute(update(table).where(table.c.id == bindparam("_id"))
                            .values({n: bindparam(n) for n in names}), params)
    if operations:
        uow.session.execute(insert(log_table), operations)  # Core: no ORM bookkeeping
    return len(operations)


def _rows(session: Session, *where: Any) -> dict[str, Row[Any]]:
    return {row.id: row for row in session.execute(select(*_COLUMNS).where(*where))}


def _cancelled_messages(session: Session, message_ids: Iterable[str]) -> set[str]:
    return set(session.scalars(select(Message.id).where(
        Message.id.in_(sorted(set(message_ids))),
        Message.status == MessageStatus.CANCELLED.value)))


def _live(now: dt.datetime) -> Any:
    """Queued and not held by a dispatcher right now (never claimed, or its lease ran out)."""
    return or_(Delivery.claimed_by.is_(None), Delivery.lease_until.is_(None),
               Delivery.lease_until <= now)


def _due(now: dt.datetime, channels: Iterable[str]) -> tuple[Any, ...]:
    return (Delivery.state == QUEUED, Delivery.channel.in_(sorted(channels)),
            or_(Delivery.not_before.is_(None), Delivery.not_before <= now),
            Delivery.next_attempt_at <= now, _live(now))


def _waiting(session: Session, channels: Iterable[str], now: dt.datetime,
             message_ids: set[str] | None) -> int:
    """Queued deliveries (not held back by quiet hours) of `message_ids` (None: all)."""
    stmt = select(func.count()).select_from(Delivery).where(
        Delivery.state == QUEUED, Delivery.channel.in_(sorted(channels)),
        or_(Delivery.not_before.is_(None), Delivery.not_before <= now))
    if message_ids is not None:
        stmt = stmt.where(Delivery.message_id.in_(sorted(message_ids)))
    return session.scalar(stmt) or 0


def _claim(db: Database, gateway: Gateway, device_id: str, now: dt.datetime,
           lease_seconds: float, limit: int, report: DispatchReport,
           message_filter: MessageFilter | None = None) -> list[_Claimed]:
    """Takes due deliveries for this dispatcher (committed before any gateway call)."""
    lease = now + dt.timedelta(seconds=lease_seconds)
    claimed: list[_Claimed] = []
    changes: list[tuple[str, dict[str, Any]]] = []
    with db.unit_of_work(None) as uow:
        session = uow.session
        where = _due(now, gateway.channels)
        if message_filter is not None:
            candidates = set(session.scalars(select(Delivery.message_id).where(*where)
                                             .distinct()))
            allowed = set(message_filter(set(candidates))) & candidates if candidates else set()
            withheld = candidates - allowed
            if withheld:
                report.waiting += _waiting(session, gateway.channels, now, withheld)
            where = (*where, Delivery.message_id.in_(sorted(allowed)))
        rows = {row.id: row for row in session.execute(
            select(*_COLUMNS).where(*where)
            .order_by(Delivery.next_attempt_at, Delivery.id).limit(limit))}
        cancelled = _cancelled_messages(session, {r.message_id for r in rows.values()})
        for row in rows.values():
            suspect = row.claimed_by is not None
            if not suspect and row.message_id in cancelled:
                changes.append((row.id, _release(state=CANCELLED, updated_at=now)))
                report.cancelled += 1
            elif not suspect and row.expires_at is not None and row.expires_at < now:
                changes.append((row.id, _release(state=EXPIRED, updated_at=now,
                                                 error="validity passed before sending")))
                report.expired += 1
            else:
                claimed.append(_Claimed(row.id, row.key, row.channel, row.to, row.language,
                                        row.message_id, row.expires_at, suspect))
                changes.append((row.id, {"claimed_by": device_id, "lease_until": lease,
                                         "attempts": row.attempts + 1, "updated_at": now}))
        _write(uow, rows, changes)
    return claimed


class _Content:
    """Texts, messages and (for gateways that file CAP) CAP documents of the claimed messages."""

    def __init__(self, db: Database, message_ids: set[str], with_cap: bool) -> None:
        self._db = db
        self._with_cap = with_cap
        self._caps: dict[tuple[str, str], bytes] = {}
        with db.read() as session:
            self.texts = {(t.message_id, t.language): t for t in session.scalars(
                select(MessageText).where(MessageText.message_id.in_(sorted(message_ids))))}
            self.messages = {m.id: m for m in session.scalars(
                select(Message).where(Message.id.in_(sorted(message_ids))))}
            zone = session.scalar(select(Zone).order_by(Zone.id).limit(1))
            self.sender = zone.name if zone else "BIN"

    def cap(self, message_id: str, language: str) -> bytes | None:
        """The message as CAP 1.2 with the info block of the delivery's language only."""
        if not self._with_cap:
            return None
        key = (message_id, language)
        if key not in self._caps:
            from bin_desktop.core.alerts.cap import to_xml  # noqa: PLC0415
            from bin_desktop.core.alerts.service import cap_alert  # noqa: PLC0415

            alert = cap_alert(self._db, message_id)
            infos = tuple(i for i in alert.infos if i.language == language) or alert.infos
            self._caps[key] = to_xml(replace(alert, infos=infos))
        return self._caps[key]


def _texts(db: Database, message_ids: set[str]) -> tuple[dict[tuple[str, str], MessageText],
                                                          dict[str, Message], str]:
    content = _Content(db, message_ids, with_cap=False)
    return content.texts, content.messages, content.sender


def _outgoing(item: _Claimed, texts: dict[tuple[str, str], MessageText],
              messages: dict[str, Message], sender: str, now: dt.datetime,
              content: _Content | None = None) -> Outgoing:
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
    cap = content.cap(item.message_id, text.language) if content else None
    return Outgoing(reference=item.key, channel=item.channel,  # type: ignore[arg-type]
                    to=item.to, language=f"{text.language}-BE", text=body,
                    subject=subject, sender=sender, validity_seconds=max(1, validity),
                    cap=cap)


#: Printed before every exercise text (members' language; GSM-7 safe for SMS).
EXERCISE_MARKERS = {"nl": "OEFENING -", "fr": "EXERCICE -", "de": "ÜBUNG -", "en": "EXERCISE -"}


def _backoff(attempts: int, retry_after: float | None) -> float:
    if retry_after is not None:
        return retry_after
    return min(MAX_BACKOFF_SECONDS, 2.0 ** max(0, attempts - 1))


def _record(db: Database, now: dt.datetime,
            results: Sequence[tuple[str, Submitted | Status]], report: DispatchReport) -> None:
    """Writes outcomes of submissions or status queries in one transaction; a final state
    never moves, and a cancelled message's delivery that provably did not go out is
    cancelled instead of queued again."""
    if not results:
        return
    with db.unit_of_work(None) as uow:
        rows = _rows(uow.session, Delivery.id.in_([delivery_id for delivery_id, _ in results]))
        cancelled = _cancelled_messages(uow.session, {r.message_id for r in rows.values()})
        changes: list[tuple[str, dict[str, Any]]] = []
        for delivery_id, result in results:
            row = rows.get(delivery_id)
            if row is None or row.state in FINAL_STATES:
                continue
            change: dict[str, Any] | None
            state: str | None
            if isinstance(result, Submitted):
                change, state = _submitted_change(row, result, now)
            else:
                change, state = _status_change(row, result, now)
            if change is None:
                continue
            if row.message_id in cancelled and change.get("state") == QUEUED:
                change, state = _release(state=CANCELLED, updated_at=now), CANCELLED
            changes.append((delivery_id, change))
            if state == "retried":
                report.retried += 1
            elif state is not None:
                report.count(state)
        _write(uow, rows, changes)


def _release(**changes: Any) -> dict[str, Any]:
    return {"claimed_by": None, "lease_until": None, **changes}


def _submitted_change(row: Row[Any], result: Submitted, now: dt.datetime
                      ) -> tuple[dict[str, Any], str]:
    if result.outcome == "accepted":
        return _release(state=SUBMITTED, provider_id=result.provider_id, error=None,
                        updated_at=now), SUBMITTED
    if result.outcome == "rejected":
        return _release(state=FAILED, error=result.error, updated_at=now), FAILED
    if result.outcome == "retry":
        wait = _backoff(row.attempts, result.retry_after)
        return _release(state=QUEUED, error=result.error, updated_at=now,
                        next_attempt_at=now + dt.timedelta(seconds=wait)), "retried"
    return _release(state=UNKNOWN, error=result.error, updated_at=now), UNKNOWN


_STATUS_TO_STATE = {"accepted": SUBMITTED, "sent": SUBMITTED, "delivered": DELIVERED,
                    "failed": FAILED, "expired": EXPIRED}


def _status_change(row: Row[Any], status: Status, now: dt.datetime
                   ) -> tuple[dict[str, Any] | None, str | None]:
    if status.state in _STATUS_TO_STATE:
        state = _STATUS_TO_STATE[status.state]
        if state == row.state:
            return None, None  # a repeated report changes nothing
        changes = _release(state=state, updated_at=now)
        if status.provider_id:
            changes["provider_id"] = status.provider_id
        if state == FAILED:
            changes["error"] = status.error
        return changes, state
    if status.state == "not_found":
        # It provably never arrived: queue it again (or let it expire, never send it late).
        if row.expires_at is not None and row.expires_at < now:
            return _release(state=EXPIRED, error="validity passed", updated_at=now), EXPIRED
        return _release(state=QUEUED, next_attempt_at=now, updated_at=now), None
    # The provider could not be asked: keep it as it is and ask again later.
    if row.state == QUEUED:  # a suspect claim stays suspect (claimed_by kept)
        return {"lease_until": now, "updated_at": now,
                "next_attempt_at": now + dt.timedelta(seconds=_backoff(row.attempts, None))
                }, None
    return None, None


_NO_QUERY = "the dispatcher stopped after claiming it and the provider cannot be asked: not resent"


def dispatch_once(db: Database, gateway: Gateway, *, device_id: str, now: dt.datetime,
                  lease_seconds: float = 60, batch: int | None = None,
                  reconcile_submitted: bool = False,
                  message_filter: MessageFilter | None = None) -> DispatchReport:
    """One round: claim what is due, ask about suspect claims, submit the rest in batches of
    the gateway's size, record the outcomes, then reconcile the unknown deliveries (and, when
    asked, poll the submitted ones for their delivery reports).

    `message_filter` gets the ids of the messages with due deliveries and returns those this
    device may send now; the others' deliveries stay queued and are counted in
    `report.waiting`. A gateway in test mode sends no member anything: all its queued
    deliveries wait (see docs/gateways.md)."""
    report = DispatchReport()
    size = max(1, gateway.batch_size)
    if gateway.test_mode:
        with db.read() as session:
            report.waiting = _waiting(session, gateway.channels, now, None)
        log.warning("gateway %s is in test mode: %d deliveries wait", gateway.name,
                    report.waiting)
        report.add(reconcile(db, gateway, now=now, limit=batch,
                             include_submitted=reconcile_submitted))
        return report
    # Without a status query a claim that outlives its dispatcher cannot be cleared: claim no
    # more than the next batch, so a crash leaves at most one batch uncertain.
    limit = batch or (size * 10 if gateway.can_query_status else size)
    claimed = _claim(db, gateway, device_id, now, lease_seconds, limit, report, message_filter)
    if claimed:
        claimed = _clear_suspects(db, gateway, claimed, now, report)
        content = _Content(db, {c.message_id for c in claimed}, with_cap=gateway.wants_cap)
        chunks = [claimed[start:start + size] for start in range(0, len(claimed), size)]
        _submit_all(db, gateway, chunks, content, now, report)
    report.add(reconcile(db, gateway, now=now, limit=batch or size * POLL_BATCHES,
                         include_submitted=reconcile_submitted))
    log.info("dispatch round via %s: %s", gateway.name, report)
    return report


def _submit_all(db: Database, gateway: Gateway, chunks: list[list[_Claimed]],
                content: _Content, now: dt.datetime, report: DispatchReport) -> None:
    """Submits batch after batch and records each outcome as soon as it is known. The next
    batch goes out (on one worker thread, the only user of the gateway meanwhile) while the
    previous one's outcome is being written: the provider's round trip and the database
    overlap. A batch is only sent once the previous reply is in, so at most one is in flight."""

    # Built here, not on the worker: the worker touches nothing but the gateway.
    batches = [[_outgoing(c, content.texts, content.messages, content.sender, now, content)
                for c in chunk] for chunk in chunks]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dispatch-submit") as worker:
        future = worker.submit(gateway.submit, batches[0]) if batches else None
        for index, chunk in enumerate(chunks):
            assert future is not None
            try:
                results = future.result()
            except GatewayAuthError:
                # Nothing of this batch (nor the rest) went out: release the claims.
                _release_claims(db, [c.id for rest in chunks[index:] for c in rest], now)
                raise
            future = worker.submit(gateway.submit, batches[index + 1]) \
                if index + 1 < len(batches) else None
            by_reference = {r.reference: r for r in results}
            _record(db, now, [(c.id, by_reference.get(c.key) or Submitted(
                c.key, "unknown", None, "no result for it")) for c in chunk], report)


def _clear_suspects(db: Database, gateway: Gateway, claimed: list[_Claimed], now: dt.datetime,
                    report: DispatchReport) -> list[_Claimed]:
    """Deliveries whose earlier claim ran out may have reached the provider: asks about them
    first and keeps only those it provably does not have; without a status query they
    become unknown (never resent)."""
    suspects = [c for c in claimed if c.suspect]
    if not suspects:
        return claimed
    if not gateway.can_query_status:
        _record(db, now, [(c.id, Submitted(c.key, "unknown", None, _NO_QUERY))
                          for c in suspects], report)
        return [c for c in claimed if not c.suspect]
    answers = [(c, gateway.status(c.key)) for c in suspects]
    _record(db, now, [(c.id, s) for c, s in answers if s.state != "not_found"], report)
    cleared = [c for c, s in answers if s.state == "not_found"]
    with db.read() as session:
        cancelled = _cancelled_messages(session, {c.message_id for c in cleared})
    stopped = [c for c in cleared if c.message_id in cancelled
               or (c.expires_at is not None and c.expires_at < now)]
    _record(db, now, [(c.id, Status(c.key, "not_found")) for c in stopped], report)
    keep = {c.id for c in cleared} - {c.id for c in stopped}
    return [c for c in claimed if not c.suspect or c.id in keep]


def _release_claims(db: Database, ids: Sequence[str], now: dt.datetime) -> None:
    with db.unit_of_work(None) as uow:
        rows = _rows(uow.session, Delivery.id.in_(list(ids)))
        _write(uow, rows, [(i, _release(updated_at=now)) for i in rows])


_poll_cursor: dict[str, str] = {}  # gateway name → last submitted delivery id asked about


def reconcile(db: Database, gateway: Gateway, *, now: dt.datetime,
              limit: int | None = None, include_submitted: bool = True) -> DispatchReport:
    """Asks the provider about unknown deliveries and, with `include_submitted`, about
    submitted ones for their delivery reports: at most `limit` (default: ten batches) per call,
    unknown first, the submitted ones in turns so each is asked about in time. Nothing is asked
    of a provider that has no status query (SMTP, cm): its unknown deliveries stay unknown."""
    report = DispatchReport()
    if not gateway.can_query_status:
        return report
    limit = limit or max(1, gateway.batch_size) * POLL_BATCHES
    channels = Delivery.channel.in_(sorted(gateway.channels))
    with db.read() as session:
        rows = list(session.execute(select(Delivery.id, Delivery.key).where(
            Delivery.state == UNKNOWN, channels).order_by(Delivery.updated_at, Delivery.id)
            .limit(limit)))
        room = limit - len(rows)
        if include_submitted and room > 0:
            after = _poll_cursor.get(gateway.name, "")
            stmt = select(Delivery.id, Delivery.key).where(
                Delivery.state == SUBMITTED, channels).order_by(Delivery.id)
            turn = list(session.execute(stmt.where(Delivery.id > after).limit(room)))
            if len(turn) < room:  # the end was reached: start again from the first
                seen = {r.id for r in turn}
                turn += [r for r in session.execute(stmt.limit(room - len(turn)))
                         if r.id not in seen]
            if turn:
                _poll_cursor[gateway.name] = turn[-1].id if len(turn) == room else ""
            rows += turn
    answers: list[tuple[str, Submitted | Status]] = [(rid, gateway.status(key))
                                                     for rid, key in rows]
    _record(db, now, answers, report)
    return report


def pending(db: Database, now: dt.datetime, channels: Iterable[str] = CHANNELS, *,
            include_unknown: bool = True) -> tuple[int, dt.datetime | None]:
    """How many deliveries still need the dispatcher now (queued and not held back by quiet
    hours, or unknown), and the earliest moment a queued one becomes due.

    `include_unknown=False` for a gateway without status query: nothing can settle its
    unknown deliveries, so they are no work left."""
    states = or_(Delivery.state == UNKNOWN, (Delivery.state == QUEUED) & or_(
        Delivery.not_before.is_(None), Delivery.not_before <= now))
    if not include_unknown:
        states = (Delivery.state == QUEUED) & or_(Delivery.not_before.is_(None),
                                                  Delivery.not_before <= now)
    with db.read() as session:
        rows = list(session.execute(select(
            Delivery.state, Delivery.next_attempt_at, Delivery.claimed_by, Delivery.lease_until)
            .where(Delivery.channel.in_(sorted(channels)), states)))
    due = [max(next_at, lease) if claimed and lease else next_at
           for state, next_at, claimed, lease in rows if state == QUEUED]
    return len(rows), min(due) if due else None


def dispatch_until_empty(db: Database, gateway: Gateway, *, device_id: str,
                         clock: Callable[[], dt.datetime], sleep: Callable[[float], None],
                         max_rounds: int = 100, lease_seconds: float = 60,
                         max_sleep: float = 30.0,
                         message_filter: MessageFilter | None = None) -> DispatchReport:
    """Rounds until nothing is due any more, at most `max_rounds`; sleeps (injected) until the
    next delivery is due between rounds. Waiting for quiet hours does not count, nor do the
    deliveries left waiting (message filter, test mode): `report.waiting` says how many."""
    total = DispatchReport()
    for _round in range(max_rounds):
        now = clock()
        round_report = dispatch_once(db, gateway, device_id=device_id, now=now,
                                     lease_seconds=lease_seconds,
                                     message_filter=message_filter)
        total.add(round_report)
        total.waiting = round_report.waiting
        now = clock()
        count, due = pending(db, now, gateway.channels,
                             include_unknown=gateway.can_query_status)
        if count - total.waiting <= 0:
            break
        wait = 0.0 if due is None else (due - now).total_seconds()
        if due is not None and wait <= 0 and total.waiting == 0:
            continue  # more is due right now (the round's claim was full)
        sleep(min(max_sleep, max(0.05, wait)))
    return total


# -- cancelling and statistics ---------------------------------------------------------------
_CANCEL_NOTE = "cancelled; its dispatcher stopped after claiming it, it may have gone out"


def cancel_deliveries(db: Database, actor_id: str, message_id: str,
                      now: dt.datetime | None = None) -> int:
    """Stops the message: it is marked cancelled and nothing of it is handed to a provider
    any more. Returns how many deliveries were stopped.

    * queued, unclaimed → cancelled;
    * queued with a claim that ran out (its dispatcher stopped: it may or may not have handed
      it over) → unknown, then settled by a status query: "not found" → cancelled; without a
      status query it stays unknown;
    * queued under a live claim (a dispatcher is submitting it right now) → left to finish; if
      that submission provably did not go out, it becomes cancelled, never queued again.
    """
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.MESSAGE_COMPOSE)
        message = uow.session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        if message.status == MessageStatus.SENT.value:
            uow.update(message, status=MessageStatus.CANCELLED.value)
        rows = _rows(uow.session, Delivery.message_id == message_id, Delivery.state == QUEUED,
                     _live(now))
        changes = [(r.id, _release(state=CANCELLED, updated_at=now)) if r.claimed_by is None
                   else (r.id, _release(state=UNKNOWN, error=_CANCEL_NOTE, updated_at=now))
                   for r in rows.values()]
        _write(uow, rows, changes)
    log.info("message %s cancelled: %d deliveries stopped", message_id, len(changes))
    return len(changes)


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
