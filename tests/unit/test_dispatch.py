"""The dispatch outbox: expansion of a message into deliveries, and "never twice, never lost"
against a real loopback http-json provider (with faults) and the folder outbox."""

from __future__ import annotations

import datetime as dt
import json
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bin_desktop.core import dispatch, networks
from bin_desktop.core.alerts import service
from bin_desktop.core.gateways import GatewayAuthError, Submitted
from bin_desktop.core.gateways.http_json import HttpJsonGateway
from bin_desktop.core.gateways.outbox import OutboxGateway
from bin_desktop.core.gateways.smtp import SmtpGateway
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Delivery, Member, Message, Operation
from tests.fakes.http_provider import ProviderState, running_provider
from tests.unit.test_cap import cap_schema

from .conftest import SmallZone

__all__ = ["cap_schema"]  # the CAP schema fixture, shared with test_cap

NOW = dt.datetime(2026, 11, 27, 10, 0)  # 11:00 in Brussels
NIGHT = dt.datetime(2026, 11, 27, 23, 0)  # 00:00 in Brussels
TEXT = ("Inbraakgolf in de Kerkwijk. De voorbije week werd in vier woningen ingebroken, "
        "telkens 's avonds via de achterdeur. Sluit ramen en deuren, ook als u maar even weg "
        "bent. Ziet u een verdachte situatie? Ga niet zelf achter de daders aan en bel 112.")


@pytest.fixture
def active(small_zone: SmallZone) -> SmallZone:
    db, officer, nid = small_zone.db, small_zone.officer, small_zone.network
    networks.update_network(db, officer, nid, allowed_categories=["burglary", "prevention_tip"],
                            channels=["sms", "voice", "email"])
    for state in ("preparation", "coordinator_screening", "charter_drafting", "signatures",
                  "submitted", "official", "active"):
        networks.transition(db, officer, nid, state, dt.date(2026, 2, 1))
    return small_zone


def _member(db: Database, actor: str, network: str, name: str, *, status: str = "active",
            phone: str | None = None, email: str | None = None,
            channels: list[str] | None = None, quiet: tuple[str, str] | None = None) -> str:
    with db.unit_of_work(actor) as uow:
        return uow.create(Member, network_id=network, status=status, full_name=name,
                          phone_e164=phone, email=email, street=None, house_number=None,
                          postcode=None, language="nl", consent_on=None,
                          joined_on=dt.date(2026, 1, 1), deleted=False, channels=channels or [],
                          quiet_from=quiet[0] if quiet else None,
                          quiet_until=quiet[1] if quiet else None).id


def _members(zone: SmallZone, count: int) -> None:
    with zone.db.unit_of_work(zone.officer) as uow:
        for i in range(count):
            uow.create(Member, network_id=zone.network, status="active", full_name=f"Lid {i}",
                       phone_e164=f"+324700{i:05d}", email=f"lid{i}@example.org", street=None,
                       house_number=None, postcode=None, language="nl", consent_on=None,
                       joined_on=dt.date(2026, 1, 1), deleted=False, channels=[])


def _approved(zone: SmallZone, *, urgency: str = "urgent", channels: list[str] | None = None,
              now: dt.datetime = NOW, expires_at: dt.datetime | None = None,
              is_exercise: bool = False) -> str:
    message = service.create_message(
        zone.db, zone.officer, [zone.network], "burglary", urgency,
        [service.TextVersion("nl", TEXT, "Inbraakgolf", "Inbraakgolf")],
        channels=channels or ["sms"], now=now, expires_at=expires_at, is_exercise=is_exercise)
    service.approve_message(zone.db, zone.korpschef, message, now=now)
    return message


def _keys(db: Database, message_id: str, channel: str | None = None) -> set[str]:
    with db.read() as session:
        stmt = select(Delivery.key).where(Delivery.message_id == message_id)
        if channel:
            stmt = stmt.where(Delivery.channel == channel)
        return set(session.scalars(stmt))


@dataclass
class Clock:
    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def provider() -> Iterator[tuple[str, ProviderState]]:
    with running_provider() as served:
        yield served


def _gateway(url: str, batch: int = 10) -> HttpJsonGateway:
    return HttpJsonGateway("relay", url, "test-token", batch_size=batch, read_timeout=0.3)


def _exactly_once(state: ProviderState, keys: set[str]) -> None:
    assert set(state.accepted) == keys
    assert all(n == 1 for n in state.accepted.values()), state.accepted.most_common(3)


# -- expansion ---------------------------------------------------------------------------------
def test_expansion_follows_preferences_contact_data_status_and_quiet_hours(
        active: SmallZone) -> None:
    db, officer, nid = active.db, active.officer, active.network
    everything = _member(db, officer, nid, "Alles", phone="+32470000001", email="a@example.org")
    landline = _member(db, officer, nid, "Vast", phone="+3223334455")
    mail_only = _member(db, officer, nid, "Mail", phone="+32470000002", email="m@example.org",
                        channels=["email"])
    _member(db, officer, nid, "Pauze", status="paused", phone="+32470000003")
    _member(db, officer, nid, "Weg", status="left", phone="+32470000004")
    _member(db, officer, nid, "Uitgesloten", status="excluded", phone="+32470000005")
    sleeper = _member(db, officer, nid, "Slaper", phone="+32470000006", email="s@example.org",
                      quiet=("22:00", "07:00"))

    urgent = _approved(active, channels=["sms", "voice", "email"], now=NIGHT)
    assert dispatch.send_message(db, officer, urgent, NIGHT) == 8
    with db.read() as session:
        rows = list(session.scalars(select(Delivery).where(Delivery.message_id == urgent)))
        message = session.get(Message, urgent)
        assert message is not None and message.status == "sent" and message.sent_at == NIGHT
    assert {(r.member_id, r.channel) for r in rows} == {
        (everything, "sms"), (everything, "voice"), (everything, "email"),
        (landline, "voice"), (mail_only, "email"),
        (sleeper, "sms"), (sleeper, "voice"), (sleeper, "email")}
    assert all(r.not_before is None for r in rows)  # urgent: quiet hours do not hold it back
    assert len({r.key for r in rows}) == 8 and all(len(r.key) == 32 for r in rows)
    stats = dispatch.delivery_stats(db, urgent)
    assert {c: s["queued"] for c, s in stats.items()} == {"sms": 2, "voice": 3, "email": 3}

    normal = _approved(active, urgency="normal", channels=["email"], now=NIGHT)
    assert dispatch.send_message(db, officer, normal, NIGHT) == 3
    with db.read() as session:
        held = {r.member_id: r.not_before for r in session.scalars(
            select(Delivery).where(Delivery.message_id == normal))}
    # 07:00 in Brussels on 28 November (winter time) is 06:00 UTC
    assert held == {everything: None, mail_only: None,
                    sleeper: dt.datetime(2026, 11, 28, 6, 0)}


def test_the_numbers_add_up(active: SmallZone) -> None:
    db, officer, nid = active.db, active.officer, active.network
    _member(db, officer, nid, "A", phone="+32470000001", email="a@example.org")
    _member(db, officer, nid, "B", phone="+3223334455")
    _member(db, officer, nid, "C", phone="+32470000002", email="c@example.org",
            channels=["email"])
    _member(db, officer, nid, "P", status="paused", phone="+32470000003")
    message = _approved(active, channels=["sms", "voice", "email"])
    assert dispatch.send_message(db, officer, message, NOW) == 5
    stats = dispatch.delivery_stats(db, message)
    assert {c: s["queued"] for c, s in stats.items()} == {"sms": 1, "voice": 2, "email": 2}


def test_sending_twice_does_not_duplicate_and_drafts_cannot_be_sent(active: SmallZone) -> None:
    _members(active, 5)
    message = _approved(active)
    assert dispatch.send_message(active.db, active.officer, message, NOW) == 5
    assert dispatch.send_message(active.db, active.officer, message, NOW) == 5
    with active.db.read() as session:
        assert len(list(session.scalars(select(Delivery)))) == 5
    draft = service.create_message(active.db, active.officer, [active.network], "burglary",
                                   "urgent", [service.TextVersion("nl", TEXT)], now=NOW)
    with pytest.raises(Exception, match="approved"):
        dispatch.send_message(active.db, active.officer, draft, NOW)


# -- dispatching -------------------------------------------------------------------------------
def test_every_member_gets_exactly_one_delivery_per_channel(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 25)
    message = _approved(active, channels=["sms", "email"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    clock = Clock(NOW)
    report = dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                           sleep=clock.sleep)
    assert report.submitted == 50 and report.unknown == 0
    _exactly_once(state, _keys(active.db, message))
    sent = state.messages[next(iter(_keys(active.db, message, "email")))]
    assert sent["subject"] == "Inbraakgolf" and sent["language"] == "nl-BE"
    assert dispatch.delivery_stats(active.db, message)["sms"]["submitted"] == 25
    # delivery reports arrive: a later round reconciles them
    with state.lock:
        for key in state.states:
            state.states[key] = "delivered"
    dispatch.dispatch_once(active.db, gateway, device_id="A", now=NOW,
                           reconcile_submitted=True)
    assert dispatch.delivery_stats(active.db, message)["email"]["delivered"] == 25
    # a final state never moves back
    with state.lock:
        state.states.clear()
    assert dispatch.reconcile(active.db, gateway, now=NOW).submitted == 0
    assert dispatch.delivery_stats(active.db, message)["sms"]["delivered"] == 25
    gateway.close()


@pytest.mark.parametrize("fault", ["500_after_accept", "timeout", "drop", "malformed"])
def test_uncertain_outcomes_are_reconciled_never_resent(
        active: SmallZone, provider: tuple[str, ProviderState], fault: str) -> None:
    url, state = provider
    state.fault, state.fault_times, state.sleep_seconds = fault, 2, 1.0
    _members(active, 30)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    clock = Clock(NOW)
    dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                  sleep=clock.sleep)
    _exactly_once(state, _keys(active.db, message))
    assert dispatch.delivery_stats(active.db, message)["sms"]["submitted"] == 30
    gateway.close()


def test_a_429_storm_is_retried_after_retry_after(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    state.fault, state.fault_times, state.retry_after = "429", 6, "2"
    _members(active, 12)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url, batch=5)
    clock = Clock(NOW)
    report = dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                           sleep=clock.sleep)
    assert report.retried >= 6 and report.submitted == 12
    assert clock.now >= NOW + dt.timedelta(seconds=2)
    _exactly_once(state, _keys(active.db, message))
    gateway.close()


def test_rejected_deliveries_fail_with_their_reason(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 3)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    bad = sorted(_keys(active.db, message))[0]
    state.reject.add(bad)
    gateway = _gateway(url)
    report = dispatch.dispatch_once(active.db, gateway, device_id="A", now=NOW)
    assert (report.submitted, report.failed) == (2, 1)
    with active.db.read() as session:
        row = session.scalars(select(Delivery).where(Delivery.key == bad)).one()
        assert (row.state, row.error) == ("failed", "invalid number")
    gateway.close()


def test_expired_deliveries_are_never_sent(active: SmallZone,
                                           provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 4)
    message = _approved(active, expires_at=NOW + dt.timedelta(hours=1))
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    report = dispatch.dispatch_once(active.db, gateway, device_id="A",
                                    now=NOW + dt.timedelta(hours=2))
    assert report.expired == 4 and state.posts == 0
    assert dispatch.delivery_stats(active.db, message)["sms"]["expired"] == 4
    gateway.close()


def test_cancel_stops_what_was_not_submitted(active: SmallZone,
                                             provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 6)
    message = _approved(active, channels=["sms", "email"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url, batch=6)
    dispatch.dispatch_once(active.db, gateway, device_id="A", now=NOW, batch=6)
    assert dispatch.cancel_deliveries(active.db, active.officer, message, NOW) == 6
    dispatch.dispatch_once(active.db, gateway, device_id="A", now=NOW)
    stats = dispatch.delivery_stats(active.db, message)
    assert sum(s["submitted"] for s in stats.values()) == 6
    assert sum(s["cancelled"] for s in stats.values()) == 6
    assert len(state.accepted) == 6
    gateway.close()


def test_two_dispatchers_on_one_data_folder_never_both_send(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 60)
    message = _approved(active, channels=["sms", "email"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    errors: list[BaseException] = []

    def run(device: str) -> None:
        db = open_database(active.db.data_dir)
        gateway = _gateway(url, batch=7)
        try:
            dispatch.dispatch_until_empty(db, gateway, device_id=device, clock=lambda: NOW,
                                          sleep=lambda _s: threading.Event().wait(0.01),
                                          max_rounds=500)
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)
        finally:
            gateway.close()
            db.close()

    threads = [threading.Thread(target=run, args=(name,)) for name in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    _exactly_once(state, _keys(active.db, message))
    assert dispatch.delivery_stats(active.db, message)["email"]["submitted"] == 60


def test_a_dispatcher_killed_between_claim_and_call_is_taken_over_once(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 8)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    # "A" claims and dies before calling the provider
    claimed = dispatch._claim(active.db, gateway, "A", NOW, 60, 100, dispatch.DispatchReport())
    assert len(claimed) == 8
    # while the lease holds nobody else touches them
    assert dispatch.dispatch_once(active.db, gateway, device_id="B",
                                  now=NOW + dt.timedelta(seconds=30)).submitted == 0
    assert state.posts == 0
    later = NOW + dt.timedelta(seconds=61)
    report = dispatch.dispatch_once(active.db, gateway, device_id="B", now=later)
    assert report.submitted == 8
    _exactly_once(state, _keys(active.db, message))
    gateway.close()


def test_a_dispatcher_killed_after_the_call_is_not_resent(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 8)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    claimed = dispatch._claim(active.db, gateway, "A", NOW, 60, 100, dispatch.DispatchReport())
    texts, messages, sender = dispatch._texts(active.db, {message})
    half = [dispatch._outgoing(c, texts, messages, sender, NOW) for c in claimed[:5]]
    gateway.submit(half)  # reached the provider; "A" dies before recording it
    report = dispatch.dispatch_once(active.db, gateway, device_id="B",
                                    now=NOW + dt.timedelta(seconds=61))
    assert report.submitted == 8
    _exactly_once(state, _keys(active.db, message))
    gateway.close()


def test_the_folder_outbox_gets_each_delivery_once(active: SmallZone, tmp_path: Path) -> None:
    _members(active, 10)
    message = _approved(active, channels=["sms", "email"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    folder = tmp_path / "outbox"
    gateway = OutboxGateway("outbox", folder, batch_size=4)
    claimed = dispatch._claim(active.db, gateway, "A", NOW, 60, 3, dispatch.DispatchReport())
    texts, messages, sender = dispatch._texts(active.db, {message})
    gateway.submit([dispatch._outgoing(c, texts, messages, sender, NOW) for c in claimed])
    clock = Clock(NOW + dt.timedelta(minutes=2))
    report = dispatch.dispatch_until_empty(active.db, gateway, device_id="B", clock=clock,
                                           sleep=clock.sleep)
    assert report.submitted == 20
    assert {p.stem for p in folder.glob("*.json")} == _keys(active.db, message)


def test_an_exercise_says_so_first_in_every_text_it_sends(active: SmallZone,
                                                          tmp_path: Path) -> None:
    _members(active, 3)
    message = _approved(active, channels=["sms", "email"], is_exercise=True)
    real = _approved(active, channels=["sms"])
    for message_id in (message, real):
        dispatch.send_message(active.db, active.officer, message_id, NOW)
    folder = tmp_path / "outbox"
    gateway = OutboxGateway("outbox", folder, batch_size=50)
    clock = Clock(NOW)
    dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                  sleep=clock.sleep)
    sent = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")]
    exercise = [s for s in sent if s["reference"] in _keys(active.db, message)]
    actual = [s for s in sent if s["reference"] in _keys(active.db, real)]
    assert len(exercise) == 6 and len(actual) == 3
    assert all(s["text"].startswith("OEFENING - ") for s in exercise)
    assert all(s["subject"].startswith("OEFENING - ") for s in exercise
               if s["channel"] == "email")
    assert not any(s["text"].startswith("OEFENING") for s in actual)


# -- the sync's claim hook -----------------------------------------------------------------------
def test_a_message_filter_holds_back_other_devices_messages_as_waiting(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 6)
    ours = _approved(active)
    theirs = _approved(active)
    for message_id in (ours, theirs):
        dispatch.send_message(active.db, active.officer, message_id, NOW)
    asked: list[set[str]] = []

    def only_ours(candidates: set[str]) -> set[str]:
        asked.append(set(candidates))
        return candidates & {ours}

    gateway = _gateway(url, batch=4)
    clock = Clock(NOW)
    report = dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                           sleep=clock.sleep, message_filter=only_ours)
    assert asked[0] == {ours, theirs}
    assert (report.submitted, report.waiting) == (6, 6)
    assert clock.now < NOW + dt.timedelta(seconds=5)  # it stopped instead of spinning
    _exactly_once(state, _keys(active.db, ours))
    assert dispatch.delivery_stats(active.db, theirs)["sms"]["queued"] == 6
    # once the other device lets go, the rest goes out, still once each
    report = dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                           sleep=clock.sleep, message_filter=lambda ids: ids)
    assert (report.submitted, report.waiting) == (6, 0)
    _exactly_once(state, _keys(active.db, ours) | _keys(active.db, theirs))
    gateway.close()


def test_a_gateway_in_test_mode_sends_members_nothing(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    from bin_desktop.core.gateway_config import ConfiguredGateway  # noqa: PLC0415

    url, state = provider
    _members(active, 5)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    inner = _gateway(url)
    testing = ConfiguredGateway(inner, channels=frozenset({"sms"}), sender="",
                                rate_per_second=None, test_mode=True)
    clock = Clock(NOW)
    report = dispatch.dispatch_until_empty(active.db, testing, device_id="A", clock=clock,
                                           sleep=clock.sleep)
    assert (report.submitted, report.waiting, state.posts) == (0, 5, 0)
    assert dispatch.delivery_stats(active.db, message)["sms"]["queued"] == 5
    live = ConfiguredGateway(inner, channels=frozenset({"sms"}), sender="",
                             rate_per_second=None)
    assert dispatch.dispatch_once(active.db, live, device_id="A", now=NOW).submitted == 5
    _exactly_once(state, _keys(active.db, message))
    inner.close()


# -- cancelling ----------------------------------------------------------------------------------
def test_cancel_covers_claims_that_ran_out_and_never_requeues(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 9)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url, batch=3)
    claimed = dispatch._claim(active.db, gateway, "A", NOW, 60, 6, dispatch.DispatchReport())
    texts, messages, sender = dispatch._texts(active.db, {message})
    # "A" handed three to the provider and died; three more it claimed never went out
    gateway.submit([dispatch._outgoing(c, texts, messages, sender, NOW) for c in claimed[:3]])
    later = NOW + dt.timedelta(seconds=61)
    assert dispatch.cancel_deliveries(active.db, active.officer, message, later) == 9
    stats = dispatch.delivery_stats(active.db, message)["sms"]
    assert (stats["cancelled"], stats["unknown"], stats["queued"]) == (3, 6, 0)
    with active.db.read() as session:
        assert session.get(Message, message).status == "cancelled"  # type: ignore[union-attr]
    # reconciliation settles them: the provider has three, never saw the other three
    report = dispatch.dispatch_once(active.db, gateway, device_id="B", now=later)
    assert (report.submitted, report.cancelled) == (3, 3)
    stats = dispatch.delivery_stats(active.db, message)["sms"]
    assert (stats["submitted"], stats["cancelled"], stats["unknown"]) == (3, 6, 0)
    assert set(state.accepted) == {c.key for c in claimed[:3]}
    assert all(n == 1 for n in state.accepted.values())
    gateway.close()


def test_a_submission_in_flight_when_cancelled_is_not_queued_again(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 4)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    claimed = dispatch._claim(active.db, gateway, "A", NOW, 60, 4, dispatch.DispatchReport())
    # cancelled while "A" holds a live claim: left to finish
    assert dispatch.cancel_deliveries(active.db, active.officer, message, NOW) == 0
    outcomes = [Submitted(claimed[0].key, "retry", None, "HTTP 429", 1.0),
                Submitted(claimed[1].key, "unknown", None, "timeout"),
                Submitted(claimed[2].key, "accepted", "p-1")]
    report = dispatch.DispatchReport()
    dispatch._record(active.db, NOW, [(c.id, o) for c, o in zip(claimed, outcomes,
                                                                   strict=False)], report)
    assert report.cancelled == 1  # provably not sent: never queued again
    later = NOW + dt.timedelta(seconds=61)
    report = dispatch.dispatch_once(active.db, gateway, device_id="A", now=later)
    # the unknown one: the provider never got it → cancelled; the 4th (claim ran out) too
    stats = dispatch.delivery_stats(active.db, message)["sms"]
    assert (stats["cancelled"], stats["submitted"], stats["queued"], stats["unknown"]) == (
        3, 1, 0, 0)
    assert state.posts == 0
    gateway.close()


# -- providers without status query ---------------------------------------------------------------
def test_smtp_uncertain_stays_unknown_and_a_dead_claim_is_not_resent(active: SmallZone) -> None:
    from tests.fakes.smtp_server import Mailbox, running_smtp  # noqa: PLC0415

    _members(active, 6)
    message = _approved(active, channels=["email"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    with running_smtp(Mailbox(drop_after_data=True)) as (port, mailbox):
        gateway = SmtpGateway("mail", "127.0.0.1", port, security="plain", batch_size=3,
                              timeout=2.0)
        # "A" claims one batch and dies before the call
        dead = dispatch._claim(active.db, gateway, "A", NOW, 60, 3, dispatch.DispatchReport())
        mailbox.drop_after_data = False
        first = dispatch.dispatch_once(active.db, gateway, device_id="B", now=NOW)
        assert first.submitted == 3  # the other three; the dead claim still holds
        mailbox.drop_after_data = True
        clock = Clock(NOW + dt.timedelta(seconds=61))
        report = dispatch.dispatch_until_empty(active.db, gateway, device_id="B", clock=clock,
                                               sleep=clock.sleep)
    assert report.unknown == 3 and clock.now < NOW + dt.timedelta(seconds=70)
    stats = dispatch.delivery_stats(active.db, message)["email"]
    assert (stats["submitted"], stats["unknown"]) == (3, 3)
    ids = mailbox.message_ids()
    assert len(ids) == len(set(ids)) == 3  # the dead claim's three were never sent
    assert not {f"<{c.key}@bin-desk>" for c in dead} & set(ids)
    assert dispatch.pending(active.db, clock.now, ["email"], include_unknown=False)[0] == 0


def test_smtp_refusing_one_recipient_fails_that_one_only(active: SmallZone) -> None:
    from tests.fakes.smtp_server import Mailbox, running_smtp  # noqa: PLC0415

    db, officer, nid = active.db, active.officer, active.network
    _member(db, officer, nid, "Goed", email="goed@example.org")
    bad = _member(db, officer, nid, "Weg", email="weg@example.org")
    _member(db, officer, nid, "Ook", email="ook@example.org")
    message = _approved(active, channels=["email"])
    dispatch.send_message(db, officer, message, NOW)
    with running_smtp(Mailbox(refuse={"weg@example.org"})) as (port, mailbox):
        gateway = SmtpGateway("mail", "127.0.0.1", port, security="plain", timeout=2.0)
        clock = Clock(NOW)
        dispatch.dispatch_until_empty(db, gateway, device_id="A", clock=clock,
                                      sleep=clock.sleep)
    with db.read() as session:
        rows = {r.member_id: r for r in session.scalars(select(Delivery))}
    assert rows[bad].state == "failed" and (rows[bad].error or "").startswith("550")
    assert sorted(str(m["To"]) for m in mailbox.messages) == ["goed@example.org",
                                                              "ook@example.org"]


# -- faults ----------------------------------------------------------------------------------------
def test_a_refused_token_stops_the_round_and_marks_nothing(active: SmallZone) -> None:
    _members(active, 5)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    with running_provider() as (url, state):
        gateway = HttpJsonGateway("relay", url, "wrong-token", read_timeout=0.3)
        with pytest.raises(GatewayAuthError, match="credentials of gateway relay"):
            dispatch.dispatch_once(active.db, gateway, device_id="A", now=NOW)
        gateway.close()
    assert not state.accepted
    with active.db.read() as session:
        rows = list(session.scalars(select(Delivery)))
    assert {(r.state, r.claimed_by) for r in rows} == {("queued", None)}


def test_duplicate_and_out_of_order_reports_never_move_a_delivery_back(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 3)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url)
    dispatch.dispatch_once(active.db, gateway, device_id="A", now=NOW)
    first, second, third = sorted(_keys(active.db, message))
    state.status_script = {first: ["delivered", "delivered", "sent", "accepted"],
                           second: ["sent", "sent", "delivered", "failed"],
                           third: ["failed", "delivered"]}
    seen = []
    for _ in range(4):
        dispatch.reconcile(active.db, gateway, now=NOW)
        with active.db.read() as session:
            seen.append({r.key: r.state for r in session.scalars(select(Delivery))})
    assert [s[first] for s in seen] == ["delivered"] * 4
    assert [s[second] for s in seen] == ["submitted", "submitted", "delivered", "delivered"]
    assert [s[third] for s in seen] == ["failed"] * 4
    with active.db.read() as session:
        ops = session.scalar(select(func.count()).select_from(Operation).where(
            Operation.entity_id.in_(select(Delivery.id).where(Delivery.key == second))))
    assert ops == 4  # created, claimed, submitted, delivered: repeats wrote nothing
    gateway.close()


def test_polling_submitted_deliveries_is_bounded_and_takes_turns(
        active: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(active, 25)
    message = _approved(active)
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url, batch=5)
    clock = Clock(NOW)
    dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                  sleep=clock.sleep)
    keys = _keys(active.db, message)
    dispatch.reconcile(active.db, gateway, now=NOW, limit=10)
    assert sum(state.asked.values()) == 10  # one query per delivery, at most `limit` a call
    for _ in range(2):  # nothing changes at the provider: the others get their turn anyway
        dispatch.reconcile(active.db, gateway, now=NOW, limit=10)
    assert set(state.asked) == keys and max(state.asked.values()) == 2
    with state.lock:
        state.states = dict.fromkeys(state.states, "delivered")
    for _ in range(3):
        dispatch.reconcile(active.db, gateway, now=NOW, limit=10)
    assert dispatch.delivery_stats(active.db, message)["sms"]["delivered"] == 25
    gateway.close()


# -- the folder outbox files CAP too --------------------------------------------------------------
def test_the_outbox_files_json_and_valid_cap_per_delivery(
        active: SmallZone, tmp_path: Path, cap_schema: Any) -> None:
    from bin_desktop.core.alerts.cap import CAP_NS  # noqa: PLC0415

    _members(active, 3)
    message = _approved(active, channels=["sms", "email"], is_exercise=True)
    dispatch.send_message(active.db, active.officer, message, NOW)
    folder = tmp_path / "outbox"
    gateway = OutboxGateway("box", folder)
    clock = Clock(NOW)
    assert dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                         sleep=clock.sleep).submitted == 6
    for reference in _keys(active.db, message):
        document = json.loads((folder / f"{reference}.json").read_text(encoding="utf-8"))
        xml = (folder / document["cap"]).read_bytes()
        cap_schema.validate(xml.decode("utf-8"))
        root = ET.fromstring(xml)
        assert root.findtext(f"{{{CAP_NS}}}status") == "Exercise"
        assert [e.text for e in root.iter(f"{{{CAP_NS}}}language")] == ["nl-BE"]
        assert root.findtext(f".//{{{CAP_NS}}}description") == TEXT
        assert document["text"].startswith("OEFENING - ")
    assert len(list(folder.glob("*.cap.xml"))) == 6 and not list(folder.glob(".*"))


def test_the_operation_log_alone_rebuilds_every_delivery(
        active: SmallZone, provider: tuple[str, ProviderState], tmp_path: Path) -> None:
    """The dispatcher writes in bulk; still every change it makes is in the log."""
    from bin_desktop.core.export import export_state  # noqa: PLC0415
    from bin_desktop.core.replay import apply_operation  # noqa: PLC0415

    url, state = provider
    state.fault, state.fault_times = "500_after_accept", 1
    _members(active, 12)
    message = _approved(active, channels=["sms", "email"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    gateway = _gateway(url, batch=5)
    clock = Clock(NOW)
    dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                  sleep=clock.sleep)
    gateway.close()
    replica = open_database(tmp_path / "replica")
    with active.db.read() as session:
        ops = list(session.scalars(select(Operation).order_by(Operation.hlc)))
    with replica.unit_of_work(None) as uow:
        for op in ops:
            apply_operation(uow.session, op)
    ours = export_state(active.db, include_operations=False)["tables"]["delivery"]
    assert len(ours) == 24
    assert export_state(replica, include_operations=False)["tables"]["delivery"] == ours
    replica.close()
