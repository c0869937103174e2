"""What an erasure blanks, shared by the erasure itself and by the sync that carries it.

An erased member keeps its row (counts, sync) with every personal field blank, and the
operations about it, and about the queue rows that held the person's data, are blanked the same
way: the right to erasure outranks the audit trail (who changed which field when stays).
Both the erasing device and every replica that pulls the erasure apply exactly these blanks,
so the replicas stay identical.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bin_desktop.core.store.models import Operation
from bin_desktop.core.store.oplog import encode_fields

#: Member columns that hold personal data, with the value an erasure leaves in them.
BLANK: dict[str, Any] = {
    "full_name": "", "first_name": "", "last_name": "", "notes": "",
    "phone_e164": None, "phone2_e164": None, "email": None, "street": None,
    "house_number": None, "box": None, "quiet_from": None, "quiet_until": None,
    "consent_on": None,
}
PERSONAL_FIELDS = tuple(BLANK)


def blanked(fields: Mapping[str, Any]) -> dict[str, Any]:
    """An operation's fields with the personal values blanked (a queue row's data emptied)."""
    return {k: BLANK.get(k, {} if k == "data" else v) for k, v in fields.items()}


def redact_operations(session: Session, entity_ids: Sequence[str]) -> int:
    """Blank the personal values in every operation about these rows. Returns how many."""
    redacted = 0
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start:start + 500]
        for op_id, text in session.execute(select(Operation.op_id, Operation.fields).where(
                Operation.entity_id.in_(chunk))):
            fields = json.loads(text)
            cleaned = blanked(fields)
            if cleaned != fields:
                session.execute(update(Operation).where(Operation.op_id == op_id)
                                .values(fields=encode_fields(cleaned)))
                redacted += 1
    return redacted
