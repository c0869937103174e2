"""Derived, device-local search text for rows that are searched in bulk (members).

Kept in step by the unit of work and by applying replicated operations, so it never needs
the operation log itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from bin_desktop.core.store.models import Member, MemberSearch
from bin_desktop.core.text import fold


def member_text(full_name: str | None, street: str | None, email: str | None,
                phone: str | None) -> str:
    return " | ".join(fold(part) for part in (full_name, street, email, phone) if part)


def refresh_member_search(session: Session, member_ids: Iterable[str]) -> None:
    ids = list(dict.fromkeys(member_ids))
    if not ids:
        return
    session.flush()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        session.execute(delete(MemberSearch).where(MemberSearch.member_id.in_(chunk)))
        rows = session.execute(
            select(Member.id, Member.network_id, Member.full_name, Member.street,
                   Member.email, Member.phone_e164, Member.deleted)
            .where(Member.id.in_(chunk))).all()
        values = [{"member_id": mid, "network_id": nid,
                   "text": member_text(name, street, email, phone)}
                  for mid, nid, name, street, email, phone, deleted in rows if not deleted]
        if values:
            session.execute(insert(MemberSearch), values)
