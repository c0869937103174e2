"""The zone dashboard: one summary row per network, filtered in SQL.

A row carries what the officer needs at a glance: life-cycle state, who must act next and
since when, members (and how many wait for review), signatures done/needed on the current charter,
the last message, the evaluation due. Filtering happens in SQL; the derived columns (next action,
signatures) are computed once per query from small side queries.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from bin_desktop.core.domain import MemberStatus, Signatory, SignatureStatus
from bin_desktop.core.lifecycle import (
    SIGNING_STATES,
    Actor,
    NextAction,
    PendingSignature,
    State,
    Task,
    next_action,
)
from bin_desktop.core.store.models import (
    Charter,
    Member,
    Message,
    MessageTarget,
    Municipality,
    Network,
    SignatureEvent,
    SignatureSlot,
)
from bin_desktop.core.text import fold

STATE_ORDER = {state: index for index, state in enumerate(State)}


class SortKey(StrEnum):
    NAME = "name"
    TYPE = "type"
    MUNICIPALITY = "municipality"
    STATE = "state"
    NEXT_ACTOR = "next_actor"
    WAITING_DAYS = "waiting_days"
    MEMBERS = "members"
    PENDING_MEMBERS = "pending_members"
    SIGNATURES = "signatures"
    LAST_MESSAGE = "last_message"
    EVALUATION_DUE = "evaluation_due"


@dataclass(frozen=True)
class DashboardFilter:
    search: str = ""
    states: frozenset[str] = frozenset()
    municipality_id: str | None = None
    network_type: str | None = None
    network_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SignatureProgress:
    done: int
    needed: int
    pending: tuple[PendingSignature, ...] = ()
    submitted_on: dt.date | None = None


@dataclass(frozen=True)
class DashboardRow:
    id: str
    name: str
    type: str
    municipality_id: str
    municipality: str
    state: State
    state_since: dt.date
    members: int
    pending_members: int
    signatures_done: int
    signatures_needed: int
    last_message: dt.datetime | None
    evaluation_due: dt.date | None
    next: NextAction
    today: dt.date = field(compare=False)

    @property
    def waiting_days(self) -> int | None:
        return self.next.days(self.today)

    @property
    def evaluation_overdue(self) -> bool:
        return bool(self.evaluation_due and self.evaluation_due < self.today)


def _member_count(*statuses: MemberStatus) -> Any:
    # Correlated, so a filtered dashboard only counts the members of the networks it shows;
    # the covering index (network_id, status, deleted) answers it without touching the rows.
    return (
        select(func.count())
        .where(Member.network_id == Network.id, Member.status.in_([s.value for s in statuses]),
               Member.deleted.is_(False))
        .correlate(Network)
        .scalar_subquery()
    )


def _last_messages() -> Any:
    return (
        select(MessageTarget.network_id.label("network_id"),
               func.max(Message.sent_at).label("last_sent"))
        .join(Message, Message.id == MessageTarget.message_id)
        .where(Message.sent_at.is_not(None))
        .group_by(MessageTarget.network_id)
        .subquery("last_messages")
    )


def municipality_label() -> Any:
    return func.coalesce(Municipality.name_nl, Municipality.name_fr, Municipality.name_de)


def _filtered(stmt: Select[Any], flt: DashboardFilter) -> Select[Any]:
    stmt = stmt.where(Network.deleted.is_(False))
    if flt.states:
        stmt = stmt.where(Network.state.in_(sorted(flt.states)))
    if flt.municipality_id:
        stmt = stmt.where(Network.municipality_id == flt.municipality_id)
    if flt.network_type:
        stmt = stmt.where(Network.type == flt.network_type)
    if flt.network_ids:
        stmt = stmt.where(Network.id.in_(sorted(flt.network_ids)))
    needle = fold(flt.search.strip())
    if needle:
        pattern = f"%{needle.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(
            or_(
                func.bd_fold(Network.name).like(pattern),
                func.bd_fold(Municipality.name_nl).like(pattern),
                func.bd_fold(Municipality.name_fr).like(pattern),
                # street names and postcodes: "which BIN covers the Kerkstraat?"
                func.bd_fold(cast(Network.streets, Text)).like(pattern),
                cast(Network.postcodes, Text).like(pattern),
            )
        )
    return stmt


def signature_progress(
    session: Session, network_ids: list[str] | None
) -> dict[str, SignatureProgress]:
    """Signatures of each network's current (highest) charter version, in one query.

    A slot's status is its latest fact (signed, refused, revoked); no fact means pending.
    """
    latest = (
        select(Charter.network_id, func.max(Charter.version).label("version"))
        .group_by(Charter.network_id)
        .subquery("latest")
    )
    current = aliased(Charter)
    last_fact = (
        select(SignatureEvent.status)
        .where(SignatureEvent.slot_id == SignatureSlot.id)
        .order_by(SignatureEvent.effective_on.desc(), SignatureEvent.id.desc())
        .limit(1)
        .correlate(SignatureSlot)
        .scalar_subquery()
    )
    stmt = (
        select(current.network_id, current.submitted_on, SignatureSlot.signatory,
               SignatureSlot.requested_on, last_fact)
        .join(latest, and_(latest.c.network_id == current.network_id,
                           latest.c.version == current.version))
        .outerjoin(SignatureSlot, SignatureSlot.charter_id == current.id)
    )
    if network_ids is not None:
        stmt = stmt.where(current.network_id.in_(network_ids))
    done: Counter[str] = Counter()
    needed: Counter[str] = Counter()
    submitted: dict[str, dt.date | None] = {}
    pending: dict[str, list[PendingSignature]] = defaultdict(list)
    for network_id, submitted_on, signatory, requested_on, status in session.execute(stmt):
        submitted[network_id] = submitted_on
        if signatory is None:
            continue  # a charter without slots yet
        needed[network_id] += 1
        if status == SignatureStatus.SIGNED.value:
            done[network_id] += 1
        else:
            pending[network_id].append(PendingSignature(Signatory(signatory), requested_on))
    return {
        network_id: SignatureProgress(done[network_id], needed[network_id],
                                      tuple(pending[network_id]), submitted_on)
        for network_id, submitted_on in submitted.items()
    }


def load_rows(
    session: Session,
    flt: DashboardFilter = DashboardFilter(),
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    today: dt.date | None = None,
) -> list[DashboardRow]:
    today = today or dt.date.today()
    messages = _last_messages()
    stmt = _filtered(
        select(
            Network.id, Network.name, Network.type, Network.municipality_id,
            municipality_label().label("municipality"), Network.state, Network.state_since,
            _member_count(MemberStatus.ACTIVE, MemberStatus.PAUSED),
            _member_count(MemberStatus.PENDING_REVIEW),
            messages.c.last_sent, Network.evaluation_due,
        )
        .join(Municipality, Municipality.id == Network.municipality_id)
        .outerjoin(messages, messages.c.network_id == Network.id),
        flt,
    )
    raw = session.execute(stmt).all()
    progress = signature_progress(session, [r[0] for r in raw] if len(raw) < 100 else None)
    rows = []
    for (nid, name, ntype, mid, mname, state, since, n_members, n_pending, last_sent,
         evaluation_due) in raw:
        sig = progress.get(nid, SignatureProgress(0, 0))
        lifecycle_state = State(state)
        pending = list(sig.pending) if lifecycle_state in SIGNING_STATES else []
        rows.append(
            DashboardRow(
                id=nid, name=name, type=ntype, municipality_id=mid, municipality=mname or "",
                state=lifecycle_state, state_since=since, members=int(n_members),
                pending_members=int(n_pending), signatures_done=sig.done,
                signatures_needed=sig.needed, last_message=last_sent,
                evaluation_due=evaluation_due,
                next=next_action(lifecycle_state, since, pending, sig.submitted_on,
                                 evaluation_due, today),
                today=today,
            )
        )
    rows.sort(key=_sort_key(sort), reverse=descending)
    return rows


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


def _sort_key(sort: SortKey) -> Any:
    keys: dict[SortKey, Any] = {
        SortKey.NAME: lambda r: fold(r.name),
        SortKey.TYPE: lambda r: (r.type, fold(r.name)),
        SortKey.MUNICIPALITY: lambda r: (fold(r.municipality), fold(r.name)),
        SortKey.STATE: lambda r: (STATE_ORDER[r.state], fold(r.name)),
        SortKey.NEXT_ACTOR: lambda r: (r.next.actor == Actor.NOBODY, r.next.actor.value,
                                       fold(r.name)),
        SortKey.WAITING_DAYS: lambda r: (_none_last(r.waiting_days), fold(r.name)),
        SortKey.MEMBERS: lambda r: (r.members, fold(r.name)),
        SortKey.PENDING_MEMBERS: lambda r: (r.pending_members, fold(r.name)),
        SortKey.SIGNATURES: lambda r: (r.signatures_needed - r.signatures_done,
                                       r.signatures_needed, fold(r.name)),
        SortKey.LAST_MESSAGE: lambda r: (_none_last(r.last_message), fold(r.name)),
        SortKey.EVALUATION_DUE: lambda r: (_none_last(r.evaluation_due), fold(r.name)),
    }
    return keys[sort]


def state_counts(rows: list[DashboardRow]) -> dict[State, int]:
    counts = Counter(r.state for r in rows)
    return {state: counts.get(state, 0) for state in State}


@dataclass(frozen=True)
class NeedsAction:
    network_id: str
    network: str
    actor: Actor
    task: Task
    days: int
    overdue: bool


def needs_action(
    rows: list[DashboardRow], overdue_days: int, limit: int = 8
) -> list[NeedsAction]:
    """The networks that wait longest on somebody, overdue ones first."""
    waiting = [
        NeedsAction(r.id, r.name, r.next.actor, r.next.task, r.waiting_days or 0,
                    (r.waiting_days or 0) >= overdue_days)
        for r in rows
        if r.next.task != Task.NONE and r.waiting_days is not None
    ]
    waiting.sort(key=lambda n: (-n.days, fold(n.network)))
    return waiting[:limit]
