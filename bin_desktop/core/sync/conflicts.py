"""The Conflicts view's data: two edits made without seeing each other, and the one-click
"keep the other value", which is a new operation replicated like any other."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bin_desktop.core.hlc import Timestamp
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    REPLICATED,
    Operation,
    Operator,
    SyncConflict,
    deserialize_value,
)
from bin_desktop.core.sync.merge import Rule

#: what an operator may settle, by entity (the permission to edit that kind of row)
_PERMISSION = {"network": Permission.NETWORK_EDIT, "member": Permission.MEMBER_EDIT}


def conflict_rows(db: Database, include_resolved: bool = False) -> list[dict[str, Any]]:
    """The conflicts with both values, who and when, for the Conflicts view and the CLI."""
    with db.read() as session:
        query = select(SyncConflict).order_by(SyncConflict.entity, SyncConflict.entity_id,
                                              SyncConflict.field)
        if not include_resolved:
            query = query.where(SyncConflict.resolved.is_(False))
        conflicts = list(session.scalars(query))
        op_ids = {c.winner_op for c in conflicts} | {c.loser_op for c in conflicts}
        ops = {o.op_id: o for o in session.scalars(select(Operation).where(
            Operation.op_id.in_(op_ids)))}
        actors = {o.actor_id for o in ops.values() if o.actor_id}
        names = {i: n for i, n in session.execute(select(Operator.id, Operator.name).where(
            Operator.id.in_(actors)))}

    def side(op_id: str, field_name: str) -> dict[str, Any]:
        op = ops[op_id]
        fields = json.loads(op.fields)
        return {"op_id": op_id, "value": fields.get(field_name, fields.get("deleted")),
                "by": names.get(op.actor_id or "", op.actor_id), "at": _hlc_time(op.hlc),
                "device_id": op.device_id}

    return [{"id": c.id, "entity": c.entity, "entity_id": c.entity_id,
             "network_id": c.network_id, "field": c.field, "rule": c.rule,
             "resolved": c.resolved, "winner": side(c.winner_op, c.field),
             "loser": side(c.loser_op, c.field)} for c in conflicts]


def _hlc_time(hlc: str) -> str:
    wall = Timestamp.decode(hlc).wall_ms
    return dt.datetime.fromtimestamp(wall / 1000, dt.UTC).isoformat(timespec="seconds")


def keep_other(db: Database, actor_id: str, conflict_id: str) -> dict[str, Any]:
    """Set the field back to the value that lost. Returns the changed fields."""
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        found = session.get(SyncConflict, conflict_id)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No conflict with id {id}."),
                           id=conflict_id)
        if found.rule == Rule.TOMBSTONE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "The {entity} was deleted; a deleted row cannot take the other value. "
                "Create it again if it is still needed."), entity=found.entity)
        require(session, actor_id, _PERMISSION.get(found.entity, Permission.NETWORK_EDIT))
        cls = REPLICATED[found.entity]
        row = session.get(cls, found.entity_id)
        loser = session.get(Operation, found.loser_op)
        if row is None or loser is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No conflict with id {id}."),
                           id=conflict_id)
        fields = json.loads(loser.fields)
        keys = [found.field] + (["left_on"] if found.rule == Rule.ADD_WINS else [])
        values = {k: deserialize_value(cls, k, fields.get(k)) for k in keys if k in fields}
        changed = uow.update(row, **values)
        found.resolved = True
        return changed
