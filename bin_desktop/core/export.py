"""Export of the whole shared state as canonical JSON.

Two replicas that have exchanged every operation produce byte-identical exports: rows of every
replicated table sorted by id with their columns in a fixed order, and the operation log sorted
by HLC. Device-local bookkeeping (device id, clock, default operator, sync cursors) is left out.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    LOCAL_OPERATION_COLUMNS,
    REPLICATED,
    Operation,
    column_names,
    serialize_value,
)

EXPORT_FORMAT = 1


def export_state(db: Database, include_operations: bool = True) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.read() as session:
        for name in sorted(REPLICATED):
            cls = REPLICATED[name]
            columns = sorted(column_names(cls))
            table = cls.__table__
            rows = session.execute(
                select(*[table.c[c] for c in columns]).order_by(table.c.id)
            )
            tables[name] = [
                {c: serialize_value(v) for c, v in zip(columns, row, strict=True)} for row in rows
            ]
        state: dict[str, Any] = {"format": EXPORT_FORMAT, "tables": tables}
        if include_operations:
            op_columns = sorted(c.key for c in Operation.__table__.columns
                                if c.key not in LOCAL_OPERATION_COLUMNS)
            ops = session.execute(
                select(*[Operation.__table__.c[c] for c in op_columns]).order_by(
                    Operation.hlc, Operation.op_id
                )
            )
            state["operations"] = [
                {c: (json.loads(v) if c == "fields" else v)
                 for c, v in zip(op_columns, row, strict=True)}
                for row in ops
            ]
    return state


def export_json(db: Database, include_operations: bool = True) -> str:
    return json.dumps(export_state(db, include_operations), ensure_ascii=False, sort_keys=True,
                      indent=1)
