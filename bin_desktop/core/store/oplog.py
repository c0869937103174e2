"""The only way to change replicated rows: a unit of work that records operations.

Every create, update, tombstone or fact writes the domain row and one `Operation` in the same
transaction, stamped with the device's hybrid logical clock, the actor and the schema version.
The log is the audit trail now and the unit of replication for the sync.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from bin_desktop.core.hlc import HybridLogicalClock
from bin_desktop.core.ids import uuid7
from bin_desktop.core.store.models import (
    Member,
    Operation,
    Replicated,
    column_names,
    entity_name,
    serialize_value,
)
from bin_desktop.core.store.schema import SCHEMA_VERSION

R = TypeVar("R", bound=Replicated)


class OpKind:
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


def encode_fields(fields: Mapping[str, Any]) -> str:
    return json.dumps(
        {k: serialize_value(v) for k, v in fields.items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def _fallbacks(cls: type[Replicated]) -> tuple[dict[str, Any], dict[str, Any]]:
    """For columns a bulk row may leave out: scalar defaults (or NULL when nullable), and
    factories (list, dict) that are called for every row so no two rows share one object."""
    values: dict[str, Any] = {}
    factories: dict[str, Any] = {}
    for column in cls.__table__.columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            values[column.key] = getattr(default, "arg", None)
        elif default is not None and getattr(default, "is_callable", False):
            factories[column.key] = getattr(default, "arg", None)
        elif column.nullable and not column.primary_key:
            values[column.key] = None
    return values, factories


class UnitOfWork:
    """One transaction of changes by one actor on this device."""

    def __init__(
        self,
        session: Session,
        clock: HybridLogicalClock,
        device_id: str,
        actor_id: str | None,
        new_id: Any = uuid7,
        device_seq: int = 0,
        seen_seq: int = 0,
    ) -> None:
        self.session = session
        self.clock = clock
        self.device_id = device_id
        self.actor_id = actor_id
        self.new_id = new_id
        self.operations = 0
        #: the last per-device sequence number used (persisted by the caller after commit)
        self.device_seq = device_seq
        #: the hub cursor of this device: what its author had seen of the zone's log
        self.seen_seq = seen_seq

    # -- recording -------------------------------------------------------------------------
    def _operation_row(
        self, cls: type[Replicated], entity_id: str, network_id: str | None, kind: str,
        fields: Mapping[str, Any],
    ) -> dict[str, Any]:
        self.operations += 1
        self.device_seq += 1
        return {
            "op_id": uuid7(),
            "hlc": self.clock.tick().encode(),
            "device_id": self.device_id,
            "actor_id": self.actor_id,
            "entity": entity_name(cls),
            "entity_id": entity_id,
            "network_id": network_id,
            "kind": kind,
            "fields": encode_fields(fields),
            "schema_version": SCHEMA_VERSION,
            "device_seq": self.device_seq,
            "seen_seq": self.seen_seq,
        }

    @staticmethod
    def _network_of(table: type[Replicated], values: Mapping[str, Any]) -> str | None:
        column = table.network_column
        return values.get(column) if column else None

    # -- changes ---------------------------------------------------------------------------
    def create(self, cls: type[R], **values: Any) -> R:
        """Insert a row (a new id unless given) and record every column as the create op."""
        values.setdefault("id", self.new_id())
        obj = cls(**values)
        self.session.add(obj)
        self.session.flush([obj])
        fields = {c: getattr(obj, c) for c in column_names(cls) if c != "id"}
        self.session.execute(
            insert(Operation),
            [self._operation_row(cls, obj.id, self._network_of(cls, {**fields, "id": obj.id}),
                                 OpKind.CREATE, fields)],
        )
        self._derived(cls, [obj.id])
        return obj

    def create_many(self, cls: type[Replicated], rows: Iterable[dict[str, Any]]) -> int:
        """Bulk create (demo seeding, imports): one executemany for rows, one for operations.

        A column a row leaves out takes its scalar default, or NULL when it is nullable; a
        required column without a default must be given (a forgotten field is a bug).
        """
        table_rows: list[dict[str, Any]] = []
        ops: list[dict[str, Any]] = []
        columns = [c for c in column_names(cls) if c != "id"]
        fallback, factories = _fallbacks(cls)
        for given in rows:
            row = {**fallback, **{k: make(None) for k, make in factories.items()
                                  if k not in given}, **given}
            row.setdefault("id", self.new_id())
            missing = [c for c in columns if c not in row]
            if missing:
                raise ValueError(f"create_many({entity_name(cls)}) misses {missing}")
            table_rows.append(row)
            fields = {c: row[c] for c in columns}
            ops.append(self._operation_row(cls, row["id"], self._network_of(cls, row),
                                           OpKind.CREATE, fields))
        if table_rows:
            table = cls.__table__
            assert isinstance(table, Table)
            self.session.execute(insert(table), table_rows)  # one executemany, NULLs kept
            self.session.execute(insert(Operation), ops)
            self._derived(cls, [row["id"] for row in table_rows])
        return len(table_rows)

    def _derived(self, cls: type[Replicated], ids: list[str]) -> None:
        """Device-local data derived from replicated rows (search text) follows them."""
        if cls is Member:
            from bin_desktop.core.store.search import refresh_member_search  # noqa: PLC0415

            refresh_member_search(self.session, ids)

    def update(self, obj: Replicated, **changes: Any) -> dict[str, Any]:
        """Change fields; records only what really changed. Returns the changed fields."""
        cls = type(obj)
        if cls.append_only:
            raise TypeError(f"{entity_name(cls)} rows are append-only facts")
        valid = set(column_names(cls)) - {"id"}
        unknown = set(changes) - valid
        if unknown:
            raise ValueError(f"unknown fields for {entity_name(cls)}: {sorted(unknown)}")
        changed = {k: v for k, v in changes.items() if getattr(obj, k) != v}
        if not changed:
            return {}
        for key, value in changed.items():
            setattr(obj, key, value)
        self.session.flush([obj])
        values = {c: getattr(obj, c) for c in column_names(cls)}
        self.session.execute(
            insert(Operation),
            [self._operation_row(cls, obj.id, self._network_of(cls, values), OpKind.UPDATE,
                                 changed)],
        )
        self._derived(cls, [obj.id])
        return changed

    def delete(self, obj: Replicated) -> None:
        """Tombstone: the row stays (for sync and counts), marked deleted."""
        cls = type(obj)
        if cls.append_only or not hasattr(obj, "deleted"):
            raise TypeError(f"{entity_name(cls)} rows cannot be deleted")
        if obj.deleted:
            return
        obj.deleted = True
        self.session.flush([obj])
        values = {c: getattr(obj, c) for c in column_names(cls)}
        self.session.execute(
            insert(Operation),
            [self._operation_row(cls, obj.id, self._network_of(cls, values), OpKind.DELETE,
                                 {"deleted": True})],
        )
        self._derived(cls, [obj.id])
