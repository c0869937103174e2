"""Rows from operations: the merge rules of the sync, deterministic on every replica.

A replicated row is a pure function of the set of operations about it, folded in HLC order:
whatever order two replicas received the operations in, once they hold the same set they hold
the same row and list the same conflicts. The rules (docs/sync.md):

* last writer wins **per field** by HLC;
* a tombstone beats every edit (`deleted` is only ever set by a delete); an edit made without
  seeing the delete is kept as a conflict;
* membership: a member set back to active beats a concurrent "left" (add wins over remove);
* an erased member stays erased: no later or concurrent edit brings personal data back;
* append-only facts are only ever created, so they are never overwritten.

"Concurrent" is exact because every change reaches other devices through the hub's log: an
operation B had seen A when A was made on B's device, or when A's hub sequence is at most the
hub cursor B's device had when B was made (`seen_seq`). Operations not yet on the hub cannot be
in conflict yet: their conflicts appear once they come back from the hub with a sequence.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, select
from sqlalchemy.orm import Session

from bin_desktop.core.domain import MemberStatus
from bin_desktop.core.members.privacy import BLANK, redact_operations
from bin_desktop.core.store.models import (
    REPLICATED,
    ImportRow,
    Member,
    MemberSearch,
    Operation,
    SyncConflict,
    deserialize_value,
)
from bin_desktop.core.store.oplog import OpKind
from bin_desktop.core.store.search import member_text

_REMOVE_FIELDS = ("status", "left_on")
_CHUNK = 2000


class Rule:
    LWW = "lww"
    TOMBSTONE = "tombstone"
    ADD_WINS = "add_wins"


@dataclass(frozen=True)
class Op:
    op_id: str
    hlc: str
    device_id: str
    seen_seq: int
    hub_seq: int | None
    kind: str
    fields: dict[str, Any]
    network_id: str | None


def saw(later: Op, earlier: Op) -> bool:
    """Had the author of `later` seen `earlier` when making it? (Unknown → assumed yes: an
    operation not yet on the hub cannot be judged, it is judged again once it comes back.)"""
    if later.device_id == earlier.device_id or earlier.hub_seq is None:
        return True
    if later.hub_seq is None:
        return True
    return earlier.hub_seq <= later.seen_seq


def concurrent(a: Op, b: Op) -> bool:
    return not saw(a, b) and not saw(b, a)


@dataclass(frozen=True)
class Conflict:
    entity: str
    entity_id: str
    network_id: str | None
    field: str
    rule: str
    winner: Op
    loser: Op
    resolved: bool

    @property
    def id(self) -> str:
        raw = f"{self.winner.op_id}:{self.loser.op_id}:{self.field}".encode()
        return hashlib.sha256(raw).hexdigest()[:32]


@dataclass
class Folded:
    values: dict[str, Any]
    conflicts: list[Conflict]
    erased: bool


def _is_add(op: Op) -> bool:
    return op.fields.get("status") == MemberStatus.ACTIVE.value


def _is_remove(op: Op) -> bool:
    return op.fields.get("status") == MemberStatus.LEFT.value and not op.fields.get("deleted")


def fold(entity: str, entity_id: str, ops: Sequence[Op]) -> Folded:
    """The row's values and its conflicts from all operations about it (any order given)."""
    ordered = sorted(ops, key=lambda o: (o.hlc, o.op_id))
    values: dict[str, Any] = {}
    writer: dict[str, Op] = {}
    conflicts: list[Conflict] = []
    network_id = next((o.network_id for o in ordered if o.network_id), None)
    deletes = [o for o in ordered if o.kind == OpKind.DELETE or o.fields.get("deleted") is True]
    is_member = entity == Member.__tablename__
    adds = [o for o in ordered if is_member and o.kind != OpKind.CREATE and _is_add(o)]

    def conflict(field: str, rule: str, winner: Op, loser: Op) -> None:
        conflicts.append(Conflict(entity, entity_id, network_id, field, rule, winner, loser,
                                  resolved=False))

    for op in ordered:
        fields = op.fields
        if op.kind == OpKind.CREATE:
            values.update(fields)
            writer.update(dict.fromkeys(fields, op))
            continue
        if is_member and not deletes and _is_remove(op):
            beaten_by = next((a for a in adds if concurrent(a, op)), None)
            if beaten_by is not None:
                conflict("status", Rule.ADD_WINS, beaten_by, op)
                fields = {k: v for k, v in fields.items() if k not in _REMOVE_FIELDS}
        for key, value in fields.items():
            previous = writer.get(key)
            if (previous is not None and previous.kind != OpKind.CREATE
                    and concurrent(previous, op) and values.get(key) != value):
                conflict(key, Rule.LWW, op, previous)
            values[key] = value
            writer[key] = op
    if deletes:
        values["deleted"] = True
        first_delete = deletes[0]
        for op in ordered:
            if op.kind == OpKind.UPDATE and not op.fields.get("deleted") and any(
                    concurrent(op, d) for d in deletes):
                field = next(iter(sorted(op.fields)), "*")
                conflict(field, Rule.TOMBSTONE, first_delete, op)
    if is_member:
        erased = any(o.fields.get("erased") is True for o in ordered)
        if erased:
            values.update(BLANK)
    else:  # a queue row emptied by an erasure stays empty
        erased = entity == ImportRow.__tablename__ and any(
            o.kind == OpKind.UPDATE and o.fields.get("data") == {} for o in ordered)
        if erased:
            values["data"] = {}
    resolved = [_with_resolution(c, ordered) for c in conflicts]
    return Folded(values, resolved, erased)


def _with_resolution(found: Conflict, ordered: Sequence[Op]) -> Conflict:
    """A conflict is resolved once a later edit of its field saw both sides."""
    later = [o for o in ordered if o.hlc > max(found.winner.hlc, found.loser.hlc)
             and (found.field in o.fields or found.rule == Rule.TOMBSTONE)]
    if any(saw(o, found.winner) and saw(o, found.loser) for o in later):
        return Conflict(found.entity, found.entity_id, found.network_id, found.field,
                        found.rule, found.winner, found.loser, resolved=True)
    return found


# -- applying to the local tables ----------------------------------------------------------
def _load_ops(session: Session, entity_ids: Sequence[str]) -> dict[str, list[Op]]:
    found: dict[str, list[Op]] = defaultdict(list)
    t = Operation.__table__
    for start in range(0, len(entity_ids), _CHUNK):
        chunk = entity_ids[start:start + _CHUNK]
        for r in session.execute(select(
                t.c.op_id, t.c.hlc, t.c.device_id, t.c.seen_seq, t.c.hub_seq, t.c.kind,
                t.c.fields, t.c.network_id, t.c.entity_id).where(t.c.entity_id.in_(chunk))):
            found[r.entity_id].append(Op(r.op_id, r.hlc, r.device_id, r.seen_seq, r.hub_seq,
                                         r.kind, json.loads(r.fields), r.network_id))
    return found


def write_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]],
               upsert: bool = False, key: str = "id") -> None:
    """executemany straight on the driver: the ORM's per-row statement handling costs more
    than SQLite's insert itself for a pull of 100,000 rows. Values go through each column
    type's own bind processor, so they are stored exactly as the ORM would store them."""
    if not rows:
        return
    columns = list(rows[0])
    dialect = session.get_bind().dialect
    processors = [table.c[c].type.bind_processor(dialect) for c in columns]
    quoted = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
    if upsert:
        sql += f' ON CONFLICT ("{key}") DO UPDATE SET ' + ", ".join(
            f'"{c}" = excluded."{c}"' for c in columns if c != key)
    params = [tuple(r[c] if p is None else p(r[c])
                    for c, p in zip(columns, processors, strict=True)) for r in rows]
    session.connection().exec_driver_sql(sql, params)


@functools.cache
def _converters(cls: type[Any]) -> dict[str, Any]:
    """Columns whose JSON value needs converting back (dates, date-times)."""
    return {c.key: functools.partial(deserialize_value, cls, c.key) for c in cls.__table__.columns
            if isinstance(c.type, Date | DateTime)}


def materialize(session: Session, touched: dict[str, list[str]],
                preloaded: dict[str, list[Op]] | None = None) -> int:
    """Rebuild the rows of `touched` (entity → ids, in the order first met) from their
    operations, and their conflicts. Returns how many open conflicts they have.

    `preloaded` holds every operation of entities that had none here before (a pulled batch
    that creates them), so they are not read back from the database."""
    open_conflicts = 0
    preloaded = preloaded or {}
    for entity, ids in touched.items():
        cls = REPLICATED[entity]
        table = cls.__table__
        assert isinstance(table, Table)
        columns = {c.key for c in table.columns}
        convert = _converters(cls)
        ops_by_id = _load_ops(session, [i for i in ids if i not in preloaded])
        ops_by_id.update((i, preloaded[i]) for i in ids if i in preloaded)
        rows_by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        conflicts: list[Conflict] = []
        erased: list[str] = []
        for entity_id in ids:
            folded = fold(entity, entity_id, ops_by_id.get(entity_id, []))
            if not folded.values:
                continue
            row = {k: (convert[k](v) if k in convert and v is not None else v)
                   for k, v in folded.values.items() if k in columns}
            row["id"] = entity_id
            rows_by_shape[tuple(sorted(row))].append(row)
            conflicts.extend(folded.conflicts)
            if folded.erased:
                erased.append(entity_id)
        for rows in rows_by_shape.values():
            write_rows(session, table, rows, upsert=True)
        _store_conflicts(session, ids, conflicts)
        open_conflicts += sum(1 for c in conflicts if not c.resolved)
        if erased:
            redact_operations(session, erased)
        if cls is Member:
            _member_search(session, [r for rows in rows_by_shape.values() for r in rows])
    return open_conflicts


def _member_search(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """The device-local search text follows the folded member rows (no read back)."""
    table = MemberSearch.__table__
    assert isinstance(table, Table)
    gone = [r["id"] for r in rows if r.get("deleted")]
    for start in range(0, len(gone), _CHUNK):
        session.execute(delete(MemberSearch).where(
            MemberSearch.member_id.in_(gone[start:start + _CHUNK])))
    write_rows(session, table, [
        {"member_id": r["id"], "network_id": r["network_id"],
         "text": member_text(r.get("full_name"), r.get("street"), r.get("email"),
                             r.get("phone_e164"))}
        for r in rows if not r.get("deleted")], upsert=True, key="member_id")


def _store_conflicts(session: Session, ids: Sequence[str], conflicts: Iterable[Conflict]
                     ) -> None:
    for start in range(0, len(ids), _CHUNK):
        session.execute(delete(SyncConflict).where(
            SyncConflict.entity_id.in_(ids[start:start + _CHUNK])))
    rows = [{"id": c.id, "entity": c.entity, "entity_id": c.entity_id,
             "network_id": c.network_id, "field": c.field, "rule": c.rule,
             "winner_op": c.winner.op_id, "loser_op": c.loser.op_id, "resolved": c.resolved}
            for c in conflicts]
    if rows:
        session.execute(insert(SyncConflict), rows)
