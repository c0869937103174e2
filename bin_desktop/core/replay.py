"""Applying operations to the domain tables: the inverse of the operation log.

The sync applies the operations it pulls through here; tests use it to prove that the log alone
rebuilds the shared state (so nothing is changed outside the log).
"""

from __future__ import annotations

import json

from sqlalchemy import Table, insert, update
from sqlalchemy.orm import Session

from bin_desktop.core.store.models import REPLICATED, Operation, deserialize_value
from bin_desktop.core.store.oplog import OpKind


def apply_operation(session: Session, op: Operation) -> None:
    """Apply one operation to its domain row (no conflict resolution: that is the sync's job)."""
    cls = REPLICATED[op.entity]
    values = {k: deserialize_value(cls, k, v) for k, v in json.loads(op.fields).items()}
    table = cls.__table__
    assert isinstance(table, Table)
    if op.kind == OpKind.CREATE:
        session.execute(insert(table), [{"id": op.entity_id, **values}])
    elif op.kind in (OpKind.UPDATE, OpKind.DELETE):
        session.execute(update(table).where(table.c.id == op.entity_id).values(**values))
    else:
        raise ValueError(f"unknown operation kind {op.kind!r}")
    if op.entity == "member":
        from bin_desktop.core.store.search import refresh_member_search  # noqa: PLC0415

        refresh_member_search(session, [op.entity_id])
