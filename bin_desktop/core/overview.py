"""Read-only overviews for the Networks, Members, Messages and Charters pages.

Each function takes an open session and returns plain frozen rows, so the GUI can run it in its
database worker and hand the rows to a table model. Members are only counted here: the overview
never carries personal data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bin_desktop.core.dashboard import municipality_label, signature_progress
from bin_desktop.core.domain import MemberStatus, Role
from bin_desktop.core.lifecycle import PendingSignature, State
from bin_desktop.core.store.models import (
    Charter,
    Member,
    Message,
    MessageTarget,
    Municipality,
    Network,
    Operator,
)
from bin_desktop.core.text import fold

#: Roles that networks.normalise_fields accepts as a network's mandated officer.
MANDATED_OFFICER_ROLES = (Role.MANDATED_OFFICER.value, Role.KORPSCHEF.value)


@dataclass(frozen=True)
class NetworkListRow:
    id: str
    name: str
    type: str
    sector: str | None
    municipality: str
    state: State
    state_since: dt.date
    postcodes: tuple[str, ...]
    street_count: int
    mandated_officer: str | None


def list_networks(session: Session) -> list[NetworkListRow]:
    """Every network that is not deleted, by name."""
    stmt = (
        select(Network.id, Network.name, Network.type, Network.sector,
               municipality_label(), Network.state, Network.state_since, Network.postcodes,
               Network.streets, Operator.name)
        .join(Municipality, Municipality.id == Network.municipality_id)
        .outerjoin(Operator, Operator.id == Network.mandated_officer_id)
        .where(Network.deleted.is_(False))
    )
    rows = [
        NetworkListRow(nid, name, ntype, sector, municipality or "", State(state), since,
                       tuple(postcodes or ()), len(streets or ()), officer)
        for nid, name, ntype, sector, municipality, state, since, postcodes, streets, officer
        in session.execute(stmt)
    ]
    rows.sort(key=lambda r: fold(r.name))
    return rows


@dataclass(frozen=True)
class MemberCountRow:
    network_id: str
    network: str
    municipality: str
    counts: dict[MemberStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def member_counts(session: Session) -> list[MemberCountRow]:
    """How many members each network has in every status (no personal data)."""
    networks = session.execute(
        select(Network.id, Network.name, municipality_label())
        .join(Municipality, Municipality.id == Network.municipality_id)
        .where(Network.deleted.is_(False))
    ).all()
    counts: dict[str, dict[MemberStatus, int]] = defaultdict(dict)
    for network_id, status, count in session.execute(
        select(Member.network_id, Member.status, func.count())
        .where(Member.deleted.is_(False))
        .group_by(Member.network_id, Member.status)
    ):
        counts[network_id][MemberStatus(status)] = int(count)
    rows = [
        MemberCountRow(nid, name, municipality or "",
                       {status: counts[nid].get(status, 0) for status in MemberStatus})
        for nid, name, municipality in networks
    ]
    rows.sort(key=lambda r: fold(r.network))
    return rows


@dataclass(frozen=True)
class MessageRow:
    id: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    status: str
    category: str
    urgency: str
    headline: str
    is_exercise: bool
    targets: tuple[str, ...]

    @property
    def date(self) -> dt.datetime:
        """When the message went out, or for a draft when it was written."""
        return self.sent_at or self.created_at


def list_messages(session: Session, limit: int = 1000) -> list[MessageRow]:
    """Messages, newest first, with the names of the networks they are addressed to."""
    messages = session.execute(
        select(Message.id, Message.created_at, Message.sent_at, Message.status,
               Message.category, Message.urgency, Message.headline, Message.is_exercise)
        .order_by(func.coalesce(Message.sent_at, Message.created_at).desc(), Message.id.desc())
        .limit(limit)
    ).all()
    targets: dict[str, list[str]] = defaultdict(list)
    ids = [m.id for m in messages]
    if ids:
        for message_id, name in session.execute(
            select(MessageTarget.message_id, Network.name)
            .join(Network, Network.id == MessageTarget.network_id)
            .where(MessageTarget.message_id.in_(ids))
        ):
            targets[message_id].append(name)
    return [
        MessageRow(m.id, m.created_at, m.sent_at, m.status, m.category, m.urgency, m.headline,
                   bool(m.is_exercise), tuple(sorted(targets[m.id], key=fold)))
        for m in messages
    ]


@dataclass(frozen=True)
class CharterRow:
    network_id: str
    network: str
    version: int | None  # None: no charter drafted yet
    status: str | None
    signatures_done: int
    signatures_needed: int
    pending: tuple[PendingSignature, ...]
    submitted_on: dt.date | None
    approved_on: dt.date | None


def charter_overview(session: Session) -> list[CharterRow]:
    """Per network: its current (highest) charter version and where its signatures stand."""
    networks = session.execute(
        select(Network.id, Network.name).where(Network.deleted.is_(False))
    ).all()
    latest = (
        select(Charter.network_id, func.max(Charter.version).label("version"))
        .group_by(Charter.network_id)
        .subquery("latest")
    )
    charters = {
        network_id: (version, status, approved_on)
        for network_id, version, status, approved_on in session.execute(
            select(Charter.network_id, Charter.version, Charter.status, Charter.approved_on)
            .join(latest, (latest.c.network_id == Charter.network_id)
                  & (latest.c.version == Charter.version))
        )
    }
    progress = signature_progress(session, None)
    rows = []
    for network_id, name in networks:
        version, status, approved_on = charters.get(network_id, (None, None, None))
        sig = progress.get(network_id)
        rows.append(CharterRow(
            network_id, name, version, status,
            sig.done if sig else 0, sig.needed if sig else 0,
            tuple(sorted(sig.pending, key=lambda p: p.requested_on)) if sig else (),
            sig.submitted_on if sig else None, approved_on,
        ))
    rows.sort(key=lambda r: fold(r.network))
    return rows


def officer_candidates(session: Session) -> list[Operator]:
    """Active operators who may be a network's mandated officer, by name."""
    return list(session.scalars(
        select(Operator)
        .where(Operator.role.in_(MANDATED_OFFICER_ROLES), Operator.active.is_(True))
        .order_by(Operator.name)
    ))
