"""Zone settings: validated, administrator only, recorded in the operation log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.store.models import Operation
from bin_desktop.core.zone import get_zone, update_zone

from .conftest import SmallZone


def test_the_administrator_changes_the_overdue_threshold(small_zone: SmallZone) -> None:
    db = small_zone.db
    changed = update_zone(db, small_zone.admin, signature_overdue_days="45",
                          address="Zuidstraat 2\n1500 Halle")
    assert changed == {"signature_overdue_days": 45, "address": "Zuidstraat 2\n1500 Halle"}
    zone = get_zone(db)
    assert zone is not None and zone.signature_overdue_days == 45
    with db.read() as session:
        last = session.scalars(select(Operation).where(Operation.entity == "zone")
                               .order_by(Operation.hlc.desc())).first()
    assert last is not None and last.actor_id == small_zone.admin


@pytest.mark.parametrize("fields", [{"signature_overdue_days": "soon"},
                                    {"signature_overdue_days": 0}, {"name": "  "},
                                    {"colour": "blue"}])
def test_bad_settings_are_refused(small_zone: SmallZone, fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        update_zone(small_zone.db, small_zone.admin, **fields)


def test_an_officer_cannot_change_zone_settings(small_zone: SmallZone) -> None:
    with pytest.raises(PermissionDenied):
        update_zone(small_zone.db, small_zone.officer, signature_overdue_days=10)
    zone = get_zone(small_zone.db)
    assert zone is not None and zone.signature_overdue_days == 30
