"""Applying operations to the domain tables: the inverse of the operation log.

The sync applies the operations it pulls through here; tests use it to prove that the log alone
rebuilds the shared state (so nothing is changed outside the log).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from bin_desktop.core.store.models import REPLICATED, Operation, deserialize_value
from bin_desktop.core.store.oplog import OpKind


def apply_operation(session: Session, op: Operation | dict[str, Any]) -> None:
    """Apply one operation to its domain row (no conflict resolution: that is the sync's job)."""
    get = op.get if isinstance(op, dict) else lambda key: getattr(op, key)
    cls = REPLICATED[get("entity")]
    raw = get("fields")
    fields = json.loads(raw) if isinstance(raw, str) else raw
    values = {k: deserialize_value(cls, k, v) for k, v in fields.items()}
    table = cls.__table__
    if get("kind") == OpKind.CREATE:
        session.execute(insert(table), [{"id": get("entity_id"), **values}])
    elif get("kind") in (OpKind.UPDATE, OpKind.DELETE):
        session.execute(update(table).where(table.c.id == get("entity_id")).values(**values))
    else:
        raise ValueError(f"unknown operation kind {get('kind')!r}")
