"""The demo zone: complete, realistic, deterministic, and written only through the operation log."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bin_desktop.core.dashboard import load_rows, needs_action
from bin_desktop.core.demo import DemoSummary, seed_demo
from bin_desktop.core.demo_data import EMAIL_DOMAINS
from bin_desktop.core.domain import Category, CharterStatus, MemberStatus, Role, Signatory
from bin_desktop.core.errors import ValidationError
from bin_desktop.core.export import export_state
from bin_desktop.core.lifecycle import MESSAGING_STATES, Actor, State, Task, can_transition
from bin_desktop.core.operators import create_operator, current_operator
from bin_desktop.core.replay import apply_operation
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import (
    REPLICATED,
    Charter,
    Member,
    Message,
    MessageTarget,
    MessageText,
    Municipality,
    Network,
    NetworkContact,
    Operation,
    Operator,
    Person,
    SignatureEvent,
    SignatureSlot,
    StateTransition,
    Zone,
)

TODAY = dt.date(2025, 6, 15)


def _seeded(folder: Path, seed: int = 1) -> tuple[Database, DemoSummary]:
    database = open_database(folder)
    return database, seed_demo(database, seed=seed, size="small", today=TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    database, summary = _seeded(tmp_path_factory.mktemp("demo"))
    yield database, summary
    database.close()


@pytest.fixture(scope="module")
def demo_db(demo: tuple[Database, DemoSummary]) -> Database:
    """One small demo zone shared by the read-only tests of this module (seeding costs time)."""
    return demo[0]


def test_small_zone_covers_every_state_and_matches_its_summary(
    demo: tuple[Database, DemoSummary],
) -> None:
    demo_db, summary = demo
    with demo_db.read() as session:
        networks = list(session.scalars(select(Network)))
        states = Counter(n.state for n in networks)
        members = session.scalar(select(func.count()).select_from(Member))
        messages = session.scalar(select(func.count()).select_from(Message))
        municipalities = session.scalar(select(func.count()).select_from(Municipality))
    assert len(networks) >= 12
    assert set(states) == {s.value for s in State}
    assert states[State.ACTIVE.value] >= 3
    assert {n.type for n in networks} == {"residential", "bin_z", "sector"}
    assert summary.networks == len(networks)
    assert summary.members == members
    assert summary.messages == messages
    assert summary.municipalities == municipalities == 3
    assert summary.states == {s.value: states.get(s.value, 0) for s in State}
    assert 1000 <= summary.members <= 2000


def test_operators_have_the_roles_a_zone_needs(demo_db: Database) -> None:
    with demo_db.read() as session:
        operators = list(session.scalars(select(Operator)))
    roles = Counter(o.role for o in operators)
    assert len(operators) >= 4
    assert roles[Role.MANDATED_OFFICER] >= 2
    assert roles[Role.KORPSCHEF] == 1
    assert roles[Role.ADMINISTRATOR] == 1
    assert all(re.fullmatch(r"P\d{5}", o.personnel_number) for o in operators)
    default = current_operator(demo_db)
    assert default.role == Role.MANDATED_OFFICER
    assert default.personnel_number == "P10234"


def test_zone_and_municipalities(demo_db: Database) -> None:
    with demo_db.read() as session:
        zone = session.scalars(select(Zone)).one()
        municipalities = list(session.scalars(select(Municipality)))
        people = {p.id: p for p in session.scalars(select(Person))}
    assert "(demo)" in zone.name
    assert re.fullmatch(r"\d{4}", zone.number)
    assert (zone.language, zone.signature_overdue_days, zone.evaluation_interval_months) == (
        "nl", 30, 12)
    assert {m.nis_code for m in municipalities} == {"23027", "23003", "23101"}
    assert any(m.languages == ["nl", "fr"] for m in municipalities)
    for municipality in municipalities:
        assert municipality.postcodes
        assert municipality.mayor_id in people
        assert municipality.prevention_officer_id in people


def test_languages_and_full_agreement_per_language(demo_db: Database) -> None:
    every = [c.value for c in Category]
    with demo_db.read() as session:
        networks = list(session.scalars(select(Network)))
    assert {tuple(n.languages) for n in networks} >= {("nl",), ("fr",), ("nl", "fr")}
    for languages in (["nl"], ["fr"], ["nl", "fr"]):
        assert any(n.state == State.ACTIVE and n.languages == languages
                   and n.allowed_categories == every for n in networks), languages
    # Charters agree on different sets: not everybody passes on everything.
    assert len({tuple(n.allowed_categories) for n in networks}) >= len(networks) // 2
    for network in networks:
        assert 5 <= len(network.streets) <= 25
        assert network.description and network.channels and network.postcodes
        assert network.mandated_officer_id


def test_same_seed_same_day_gives_the_same_zone(tmp_path: Path) -> None:
    first, _ = _seeded(tmp_path / "a")
    second, _ = _seeded(tmp_path / "b")
    try:
        assert export_state(first, include_operations=False) == export_state(
            second, include_operations=False)
    finally:
        first.close()
        second.close()


def test_another_seed_gives_other_names(demo_db: Database, tmp_path: Path) -> None:
    other, _ = _seeded(tmp_path / "c", seed=2)
    try:
        def names(database: Database) -> tuple[set[str], set[str]]:
            with database.read() as session:
                return (set(session.scalars(select(Network.name))),
                        set(session.scalars(select(Member.full_name))))

        assert names(demo_db)[0] != names(other)[0]
        assert names(demo_db)[1] != names(other)[1]
    finally:
        other.close()


def test_every_row_was_created_through_the_operation_log(demo_db: Database) -> None:
    with demo_db.read() as session:
        created = defaultdict(set)
        for entity, entity_id in session.execute(
                select(Operation.entity, Operation.entity_id).where(Operation.kind == "create")):
            created[entity].add(entity_id)
        for name, cls in REPLICATED.items():
            ids = set(session.scalars(select(cls.id)))
            assert ids == created[name], name
        assert session.scalar(select(func.count()).select_from(Operation).where(
            Operation.kind != "create")) == 0
        admin = session.scalars(select(Operator).where(Operator.role == "administrator")).one()
        first = session.scalars(select(Operation).order_by(Operation.hlc).limit(1)).one()
        assert (first.entity, first.entity_id, first.actor_id) == ("operator", admin.id, admin.id)


def test_the_log_alone_rebuilds_the_zone(demo_db: Database, tmp_path: Path) -> None:
    replica = open_database(tmp_path / "replica")
    try:
        with demo_db.read() as session:
            operations = list(session.scalars(select(Operation).order_by(Operation.hlc)))
        with replica.unit_of_work(None) as uow:
            for operation in operations:
                apply_operation(uow.session, operation)
        assert export_state(replica, include_operations=False) == export_state(
            demo_db, include_operations=False)
    finally:
        replica.close()


def test_history_replays_to_every_networks_state(demo_db: Database) -> None:
    with demo_db.read() as session:
        networks = list(session.scalars(select(Network)))
        facts: dict[str, list[StateTransition]] = defaultdict(list)
        for fact in session.scalars(select(StateTransition).order_by(StateTransition.id)):
            facts[fact.network_id].append(fact)
        officers = set(session.scalars(select(Operator.id).where(
            Operator.role.in_([Role.MANDATED_OFFICER, Role.KORPSCHEF]))))
    for network in networks:
        history = facts[network.id]
        assert history[0].from_state is None
        assert history[0].to_state == State.INITIATIVE
        assert history[0].effective_on == network.created_on
        state = State(history[0].to_state)
        day = history[0].effective_on
        for fact in history[1:]:
            assert fact.from_state == state
            assert can_transition(state, State(fact.to_state)), (network.name, fact.to_state)
            assert fact.effective_on > day
            state, day = State(fact.to_state), fact.effective_on
        assert state == network.state
        assert day == network.state_since <= TODAY
        assert {f.actor_id for f in history} <= officers


def test_needs_action_shows_the_bin_waiting_for_the_mayor(demo_db: Database) -> None:
    with demo_db.read() as session:
        rows = load_rows(session, today=TODAY)
    waiting = needs_action(rows, overdue_days=30)
    assert any(w.actor == Actor.MAYOR and w.task == Task.SIGN and w.days >= 100 and w.overdue
               for w in waiting)
    assert waiting[0].actor == Actor.MAYOR


def test_charters_follow_the_life_cycle(demo_db: Database) -> None:
    expected = {
        State.SIGNATURES: [CharterStatus.SIGNING],
        State.SUBMITTED: [CharterStatus.SUBMITTED],
        State.OFFICIAL: [CharterStatus.APPROVED],
        State.AMENDMENT: [CharterStatus.APPROVED, CharterStatus.SIGNING],
        State.SUSPENDED: [CharterStatus.APPROVED],
        State.INACTIVE: [CharterStatus.APPROVED],
        State.MERGED: [CharterStatus.APPROVED],
        State.DISSOLVED: [CharterStatus.APPROVED],
    }
    with demo_db.read() as session:
        networks = list(session.scalars(select(Network)))
        charters: dict[str, list[Charter]] = defaultdict(list)
        for charter in session.scalars(select(Charter).order_by(Charter.version)):
            charters[charter.network_id].append(charter)
        slots = list(session.scalars(select(SignatureSlot)))
        events = {e.slot_id: e for e in session.scalars(select(SignatureEvent))}
        contacts = Counter(c.network_id for c in session.scalars(select(NetworkContact))
                           if c.role == "coordinator")
    for network in networks:
        state = State(network.state)
        statuses = [c.status for c in charters[network.id]]
        if state in expected:
            assert statuses == expected[state], network.name
        elif state == State.ACTIVE:
            assert statuses[-1] == CharterStatus.APPROVED
            assert all(s == CharterStatus.SUPERSEDED for s in statuses[:-1])
        else:
            assert statuses == [], network.name
        for charter in charters[network.id]:
            if charter.status in (CharterStatus.APPROVED, CharterStatus.SUPERSEDED):
                assert charter.approved_on and charter.submitted_on
                assert re.fullmatch(r"ADVP/\d{4}/\d{4}", charter.advp_reference or "")
            if charter.status == CharterStatus.SUBMITTED:
                assert charter.submitted_on and not charter.approved_on
        assert contacts[network.id] == (0 if state == State.INITIATIVE else 1), network.name
    by_charter: dict[str, list[SignatureSlot]] = defaultdict(list)
    for slot in slots:
        by_charter[slot.charter_id].append(slot)
        event = events.get(slot.id)
        if event:
            assert event.status == "signed" and event.method in ("wet_ink", "digital")
            assert slot.requested_on <= event.effective_on <= TODAY
            assert event.signer_name
    for charter_list in charters.values():
        for charter in charter_list:
            signatories = {s.signatory for s in by_charter[charter.id]}
            assert {Signatory.COORDINATOR, Signatory.MANDATED_OFFICER,
                    Signatory.KORPSCHEF} <= signatories
            assert signatories & {Signatory.MAYOR, Signatory.PREVENTION_OFFICER}
            signed = all(s.id in events for s in by_charter[charter.id])
            assert signed == (charter.status != CharterStatus.SIGNING)


def test_members_look_real_and_stay_in_their_network(demo_db: Database) -> None:
    with demo_db.read() as session:
        networks = {n.id: n for n in session.scalars(select(Network))}
        members = list(session.scalars(select(Member)))
    statuses = Counter(m.status for m in members)
    assert statuses[MemberStatus.ACTIVE] > len(members) // 2
    for status in (MemberStatus.PENDING_REVIEW, MemberStatus.PAUSED, MemberStatus.LEFT):
        assert statuses[status] > 0
    assert any(m.phone_e164 is None for m in members)
    phones = [m.phone_e164 for m in members if m.phone_e164]
    assert len(set(phones)) == len(phones)
    per_network = Counter(m.network_id for m in members)
    assert any(n not in per_network for n in networks)  # a few lists are empty
    for member in members:
        network = networks[member.network_id]
        assert State(network.state) != State.INITIATIVE
        assert member.phone_e164 or member.email
        assert member.phone_e164 is None or re.fullmatch(r"\+324[7-9]\d{7}", member.phone_e164)
        assert member.street in network.streets
        assert member.postcode in network.postcodes
        assert member.language in network.languages
        assert member.house_number
        assert member.consent_on and member.joined_on <= TODAY
        assert len(member.full_name.split()) >= 2
        assert member.deleted is False


def test_no_e_mail_outside_the_reserved_example_domains(demo_db: Database) -> None:
    with demo_db.read() as session:
        addresses = [
            *session.scalars(select(Member.email)),
            *session.scalars(select(Person.email)),
            *session.scalars(select(Operator.email)),
        ]
    present = [a for a in addresses if a]
    assert len(present) > 1000
    assert {a.rsplit("@", 1)[1] for a in present} <= set(EMAIL_DOMAINS)
    assert all(re.fullmatch(r"[a-z0-9.]+@[a-z.]+", a) for a in present)


def test_messages_respect_the_charters(demo_db: Database) -> None:
    with demo_db.read() as session:
        networks = {n.id: n for n in session.scalars(select(Network))}
        messages = list(session.scalars(select(Message)))
        targets: dict[str, list[str]] = defaultdict(list)
        for target in session.scalars(select(MessageTarget)):
            targets[target.message_id].append(target.network_id)
        texts: dict[str, set[str]] = defaultdict(set)
        for text in session.scalars(select(MessageText)):
            texts[text.message_id].add(text.language)
            assert "112" in text.body or text.body.count("\n") > 2
    assert sum(m.status == "draft" for m in messages) == 1
    assert sum(m.status == "sent" for m in messages) >= 10
    assert {m.urgency for m in messages} == {"urgent", "normal"}
    assert any(len(targets[m.id]) > 1 for m in messages)
    now = dt.datetime.combine(TODAY, dt.time())
    for message in messages:
        assert targets[message.id]
        for network_id in targets[message.id]:
            network = networks[network_id]
            assert State(network.state) in MESSAGING_STATES
            assert message.category in network.allowed_categories
        languages = {lang for n in targets[message.id] for lang in networks[n].languages}
        assert texts[message.id] == languages
        if message.status == "sent":
            assert message.sent_at is not None
            assert now - dt.timedelta(days=90) <= message.sent_at < now
            assert message.sent_at.microsecond == 0
            assert message.created_at <= message.sent_at
        else:
            assert message.sent_at is None


def test_refuses_a_folder_that_is_not_empty(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        seed_demo(demo_db, today=TODAY)
    with_operator = open_database(tmp_path / "operator")
    try:
        create_operator(with_operator, None, "An Peeters", "P99999", "administrator")
        with pytest.raises(ValidationError):
            seed_demo(with_operator, today=TODAY)
        with with_operator.read() as session:
            assert session.scalar(select(func.count()).select_from(Network)) == 0
    finally:
        with_operator.close()


def test_refuses_an_unknown_size(tmp_path: Path) -> None:
    empty = open_database(tmp_path / "empty")
    try:
        with pytest.raises(ValidationError) as caught:
            seed_demo(empty, size="medium", today=TODAY)
        assert "medium" in caught.value.message
        with empty.read() as session:
            assert session.scalar(select(func.count()).select_from(Operation)) == 0
    finally:
        empty.close()
