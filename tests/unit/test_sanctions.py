"""The sanction steps of DOMAIN.md, checked in core."""

from __future__ import annotations

import datetime as dt

import pytest

from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.members import sanctions, service
from bin_desktop.core.store.models import Member

from .conftest import SmallZone

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def member(small_zone: SmallZone) -> str:
    with small_zone.db.unit_of_work(small_zone.officer) as uow:
        created = uow.create(Member, network_id=small_zone.network, status="active",
                             full_name="Kris Verlinden", phone_e164=None, email=None,
                             street=None, house_number=None, postcode=None, language="nl",
                             consent_on=None, joined_on=DAY, deleted=False, channels=[])
        return created.id


def _status(zone: SmallZone, member_id: str) -> str:
    with zone.db.read() as session:
        return service.get_member(session, member_id).status


def test_the_escalation_with_its_rules(small_zone: SmallZone, member: str) -> None:
    db, officer, chief = small_zone.db, small_zone.officer, small_zone.korpschef
    sanctions.record_step(db, officer, member, "talk", decided_on=DAY, reason="patrolled")
    with pytest.raises(PermissionDenied):
        sanctions.record_step(db, officer, member, "reprimand", decided_on=DAY, reason="x")
    sanctions.record_step(db, chief, member, "reprimand", decided_on=DAY, reason="again")
    with pytest.raises(ValidationError):
        sanctions.record_step(db, officer, member, "temporary_exclusion", decided_on=DAY,
                              reason="third time")
    sanctions.record_step(db, officer, member, "temporary_exclusion", decided_on=DAY,
                          until=DAY + dt.timedelta(days=90), reason="third time")
    assert _status(small_zone, member) == "excluded"
    with pytest.raises(ValidationError):
        sanctions.record_step(db, officer, member, "definitive_exclusion", decided_on=DAY,
                              reason="vigilantism", countersigned_by=officer)
    sanctions.record_step(db, officer, member, "definitive_exclusion", decided_on=DAY,
                          reason="vigilantism", countersigned_by=chief)
    steps = sanctions.history(db, member)
    assert [s.step for s in steps] == ["talk", "reprimand", "temporary_exclusion",
                                       "definitive_exclusion"]
    assert steps[-1].appeal_until == DAY + dt.timedelta(days=21)
    assert steps[0].appeal_until is None


def test_an_appeal_only_within_three_weeks(small_zone: SmallZone, member: str) -> None:
    db, officer = small_zone.db, small_zone.officer
    with pytest.raises(ValidationError):
        sanctions.record_step(db, officer, member, "appeal", decided_on=DAY, reason="unfair")
    sanctions.record_step(db, officer, member, "temporary_exclusion", decided_on=DAY,
                          until=DAY + dt.timedelta(days=30), reason="threats")
    with pytest.raises(ValidationError) as late:
        sanctions.record_step(db, officer, member, "appeal",
                              decided_on=DAY + dt.timedelta(days=22), reason="unfair")
    assert "2026-03-23" in late.value.message
    sanctions.record_step(db, officer, member, "appeal", decided_on=DAY + dt.timedelta(days=21),
                          reason="unfair")
    sanctions.record_step(db, officer, member, "lifted", decided_on=DAY + dt.timedelta(days=25),
                          reason="appeal granted")
    assert _status(small_zone, member) == "active"
