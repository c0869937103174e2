"""Network services: validation, permissions in core, the life cycle, the dashboard query."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bin_desktop.core import networks
from bin_desktop.core.dashboard import DashboardFilter, SortKey, load_rows, needs_action
from bin_desktop.core.domain import Signatory
from bin_desktop.core.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from bin_desktop.core.lifecycle import (
    TRANSITIONS,
    Actor,
    PendingSignature,
    State,
    Task,
    next_action,
)
from bin_desktop.core.store.models import Charter, SignatureEvent, SignatureSlot, StateTransition

from .conftest import SmallZone


def test_fields_are_normalised_and_validated(small_zone: SmallZone) -> None:
    db, officer, nid = small_zone.db, small_zone.officer, small_zone.network
    changed = networks.update_network(
        db, officer, nid, streets="  Kerkstraat ,Sint-Rochusstraat;;Kerkstraat ",
        postcodes=["1501", "1500"], languages=["fr", "NL"], channels=["email", "sms"],
        evaluation_due="2027-03-01",
    )
    assert changed["streets"] == ["Kerkstraat", "Sint-Rochusstraat"]
    assert changed["postcodes"] == ["1500", "1501"]
    assert changed["languages"] == ["nl", "fr"]
    assert changed["channels"] == ["sms", "email"]
    assert changed["evaluation_due"] == dt.date(2027, 3, 1)
    for bad in ({"postcodes": ["0999"]}, {"languages": ["en"]}, {"name": "   "},
                {"allowed_categories": ["gossip"]}, {"evaluation_due": "next week"},
                {"colour": "blue"}, {"languages": []}):
        with pytest.raises(ValidationError):
            networks.update_network(db, officer, nid, **bad)
    assert networks.network_detail(db, nid).network.name == "BIN Kerkwijk"


def test_permissions_are_checked_in_core(small_zone: SmallZone) -> None:
    db, nid = small_zone.db, small_zone.network
    for role_holder in (small_zone.admin, small_zone.prevention):
        with pytest.raises(PermissionDenied):
            networks.update_network(db, role_holder, nid, name="Hijacked")
        with pytest.raises(PermissionDenied):
            networks.transition(db, role_holder, nid, "preparation")
    networks.update_network(db, small_zone.korpschef, nid, description="Checked by the chief")
    with pytest.raises(PermissionDenied):
        networks.update_network(db, None, nid, name="Nobody")  # type: ignore[arg-type]


def test_only_allowed_transitions_with_actor_and_date(small_zone: SmallZone) -> None:
    db, officer, nid = small_zone.db, small_zone.officer, small_zone.network
    with pytest.raises(InvalidTransition) as refused:
        networks.transition(db, officer, nid, State.OFFICIAL, dt.date(2026, 2, 1))
    assert "preparation" in refused.value.message
    with pytest.raises(InvalidTransition):
        networks.transition(db, officer, nid, State.PREPARATION, dt.date(2025, 12, 31))
    networks.transition(db, officer, nid, State.PREPARATION, dt.date(2026, 2, 1), "info evening")
    with db.read() as session:
        facts = session.scalars(select(StateTransition).where(
            StateTransition.network_id == nid).order_by(StateTransition.effective_on)).all()
    assert [(f.from_state, f.to_state) for f in facts] == [(None, "initiative"),
                                                          ("initiative", "preparation")]
    assert facts[-1].actor_id == officer and facts[-1].reason == "info evening"
    detail = networks.network_detail(db, nid)
    assert detail.summary.state == State.PREPARATION
    assert detail.network.state_since == dt.date(2026, 2, 1)


def test_every_state_is_reachable_and_endings_are_final() -> None:
    reached = {State.INITIATIVE}
    frontier = [State.INITIATIVE]
    while frontier:
        for target in TRANSITIONS[frontier.pop()]:
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(State)
    assert TRANSITIONS[State.DISSOLVED] == () and TRANSITIONS[State.MERGED] == ()


def test_next_action_names_the_longest_waiting_signatory() -> None:
    today = dt.date(2026, 11, 27)
    pending = [PendingSignature(Signatory.KORPSCHEF, dt.date(2026, 10, 1)),
               PendingSignature(Signatory.MAYOR, dt.date(2026, 7, 29))]
    action = next_action(State.SIGNATURES, dt.date(2026, 7, 1), pending, None, None, today)
    assert (action.actor, action.task, action.days(today)) == (Actor.MAYOR, Task.SIGN, 121)
    done = next_action(State.SIGNATURES, dt.date(2026, 7, 1), [], None, None, today)
    assert done.task == Task.SUBMIT_TO_ADVP
    active_overdue = next_action(State.ACTIVE, dt.date(2024, 1, 1), [], None,
                                 dt.date(2026, 11, 1), today)
    assert (active_overdue.task, active_overdue.days(today)) == (Task.EVALUATE, 26)
    assert next_action(State.DISSOLVED, today, [], None, None, today).actor == Actor.NOBODY


def test_dashboard_rows_filters_search_and_sort(small_zone: SmallZone) -> None:
    db, officer = small_zone.db, small_zone.officer
    second = networks.create_network(
        db, officer, name="PLP Quartier de la Gare", type="bin_z",
        municipality_id=small_zone.rode, streets=["Chaussée de Waterloo", "Rue de la Gare"],
        postcodes=["1640"], today=dt.date(2026, 3, 1))
    with db.read() as session:
        by_street = load_rows(session, DashboardFilter(search="chaussee"))
        by_postcode = load_rows(session, DashboardFilter(search="1500"))
        by_type = load_rows(session, DashboardFilter(network_type="bin_z"))
        by_town = load_rows(session, DashboardFilter(municipality_id=small_zone.halle))
        none = load_rows(session, DashboardFilter(states=frozenset({"active"})))
        by_name_desc = load_rows(session, sort=SortKey.NAME, descending=True)
    assert [r.id for r in by_street] == [second]
    assert [r.id for r in by_postcode] == [small_zone.network]
    assert [r.id for r in by_type] == [second]
    assert [r.id for r in by_town] == [small_zone.network]
    assert none == []
    assert [r.name for r in by_name_desc] == ["PLP Quartier de la Gare", "BIN Kerkwijk"]


def test_dashboard_counts_signatures_of_the_current_charter(small_zone: SmallZone) -> None:
    db, officer, nid = small_zone.db, small_zone.officer, small_zone.network
    for target in ("preparation", "coordinator_screening", "charter_drafting", "signatures"):
        networks.transition(db, officer, nid, target, dt.date(2026, 6, 1))
    with db.unit_of_work(officer) as uow:
        charter = uow.create(Charter, network_id=nid, version=1, status="signing",
                             drafted_on=dt.date(2026, 6, 1), submitted_on=None,
                             advp_reference=None, approved_on=None)
        slots = {}
        for signatory, party in (("coordinator", "citizens"), ("korpschef", "police"),
                                 ("mayor", "municipality")):
            slots[signatory] = uow.create(
                SignatureSlot, charter_id=charter.id, network_id=nid, party=party,
                signatory=signatory, requested_on=dt.date(2026, 6, 1)).id
        for signatory in ("coordinator", "korpschef"):
            uow.create(SignatureEvent, slot_id=slots[signatory], network_id=nid,
                       status="signed", effective_on=dt.date(2026, 6, 10), method="wet_ink",
                       signer_name="x", recorded_by=officer, note="")
    with db.read() as session:
        (row,) = load_rows(session, today=dt.date(2026, 9, 30))
    assert (row.signatures_done, row.signatures_needed) == (2, 3)
    assert (row.next.actor, row.waiting_days) == (Actor.MAYOR, 121)
    (waiting,) = needs_action([row], overdue_days=30)
    assert waiting.overdue and waiting.days == 121


def test_unknown_ids_are_reported(small_zone: SmallZone) -> None:
    with pytest.raises(NotFound):
        networks.network_detail(small_zone.db, "no-such-id")
    with pytest.raises(NotFound):
        networks.update_network(small_zone.db, small_zone.officer, "no-such-id", name="x")
