"""The delivery report of a sent message (counts per channel and language, time to 50/90 %
delivered, cost, failed members) and the round-by-round dispatcher the desktop runs, against a
real SQLite data folder and a real http-json provider on loopback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bin_desktop.core import delivery_report as dr
from bin_desktop.core import dispatch, gateway_config, networks
from bin_desktop.core.alerts import service
from bin_desktop.core.alerts.sms import analyse
from bin_desktop.core.errors import ValidationError
from bin_desktop.core.gateways.http_json import HttpJsonGateway
from bin_desktop.core.store.models import Delivery, Member
from tests.fakes.http_provider import ProviderState, running_provider
from tests.fakes.memory_keyring import MemoryKeyring
from tests.unit.conftest import SmallZone

NOW = dt.datetime(2026, 11, 27, 10, 0)
NL = ("Inbraakgolf in de Kerkwijk. De voorbije week werd in vier woningen ingebroken, telkens "
      "'s avonds via de achterdeur. Sluit ramen en deuren, ook als u maar even weg bent. Ziet u "
      "een verdachte situatie? Ga niet zelf achter de daders aan en bel 112.")
FR = ("Cambriolages dans le quartier de l'eglise. Cette semaine, quatre maisons ont ete "
      "cambriolees le soir par la porte arriere. Fermez portes et fenetres et appelez le 112 si "
      "vous voyez quelque chose de suspect.")


@pytest.fixture
def zone(small_zone: SmallZone) -> SmallZone:
    db, officer, nid = small_zone.db, small_zone.officer, small_zone.network
    networks.update_network(db, officer, nid, allowed_categories=["burglary"],
                            channels=["sms", "voice", "email"])
    for state in ("preparation", "coordinator_screening", "charter_drafting", "signatures",
                  "submitted", "official", "active"):
        networks.transition(db, officer, nid, state, dt.date(2026, 2, 1))
    return small_zone


@pytest.fixture
def provider() -> Iterator[tuple[str, ProviderState]]:
    with running_provider() as served:
        yield served




def _members(zone: SmallZone, nl: int, fr: int = 0) -> list[str]:
    with zone.db.unit_of_work(zone.officer) as uow:
        return [uow.create(Member, network_id=zone.network, status="active",
                           full_name=f"Lid {i:02d}", phone_e164=f"+324700{i:05d}",
                           email=f"lid{i}@example.org", street=None, house_number=None,
                           postcode=None, language="nl" if i < nl else "fr", consent_on=None,
                           joined_on=dt.date(2026, 1, 1), deleted=False, channels=[]).id
                for i in range(nl + fr)]


def _sent(zone: SmallZone, channels: list[str], *, exercise: bool = False) -> str:
    message = service.create_message(
        zone.db, zone.officer, [zone.network], "burglary", "urgent",
        [service.TextVersion("nl", NL, "Inbraakgolf", "Inbraakgolf"),
         service.TextVersion("fr", FR, "Cambriolages", "Cambriolages")],
        channels=channels, now=NOW, is_exercise=exercise)
    service.approve_message(zone.db, zone.korpschef, message, now=NOW,
                            override_reason="test of the delivery report")
    dispatch.send_message(zone.db, zone.officer, message, NOW)
    return message


def _key_of(zone: SmallZone, member_id: str, channel: str) -> str:
    with zone.db.read() as session:
        return session.scalars(select(Delivery.key).where(
            Delivery.member_id == member_id, Delivery.channel == channel)).one()


def _mark(state: ProviderState, keys: list[str], status: str) -> None:
    with state.lock:
        for key in keys:
            state.states[key] = status


def test_counts_times_cost_and_failures(zone: SmallZone,
                                        provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    members = _members(zone, nl=7, fr=3)
    message = _sent(zone, ["sms", "email"])
    state.reject.add(_key_of(zone, members[8], "sms"))  # a French member's number is refused
    gateway = HttpJsonGateway("relay", url, "test-token", batch_size=50)
    dispatch.dispatch_once(zone.db, gateway, device_id="A", now=NOW + dt.timedelta(seconds=2))

    report = dr.delivery_report(zone.db, message)
    assert report.total == 20 and report.status == "sent" and report.sent_at == NOW
    by_group = {(g.channel, g.language): g.counts for g in report.groups}
    assert [(g.channel, g.language) for g in report.groups] == [
        ("sms", "fr"), ("sms", "nl"), ("email", "fr"), ("email", "nl")]
    assert by_group[("sms", "nl")]["submitted"] == 7
    assert (by_group[("sms", "fr")]["submitted"], by_group[("sms", "fr")]["failed"]) == (2, 1)
    assert by_group[("email", "fr")]["submitted"] == 3
    assert report.time_to_50 is None and report.time_to_90 is None
    assert [(f.member_id, f.member_name, f.channel, f.reason) for f in report.failures] == [
        (members[8], "Lid 08", "sms", "invalid number")]
    assert report.failures_total == 1 and report.done == 1 and report.outstanding == 19

    # delivery reports arrive: 10 after 10 seconds, 8 more after a minute, 1 never
    sms_keys = [_key_of(zone, m, "sms") for m in members if m != members[8]]
    email_keys = [_key_of(zone, m, "email") for m in members]
    _mark(state, email_keys, "delivered")
    dispatch.reconcile(zone.db, gateway, now=NOW + dt.timedelta(seconds=10))
    _mark(state, sms_keys[:8], "delivered")
    dispatch.reconcile(zone.db, gateway, now=NOW + dt.timedelta(seconds=60))
    report = dr.delivery_report(zone.db, message)
    assert report.totals["delivered"] == 18 and report.totals["submitted"] == 1
    assert report.time_to_50 == dt.timedelta(seconds=10)  # 10 of 20
    assert report.time_to_90 == dt.timedelta(seconds=60)  # 18 of 20
    segments = report.sms_segments
    assert segments == {"nl": analyse(NL).segments, "fr": analyse(FR).segments}
    # charged: the 9 SMS that reached the provider (7 nl, 2 fr), not the refused one
    assert report.sms_charged_segments == 7 * segments["nl"] + 2 * segments["fr"]
    assert report.cost_eur == pytest.approx(report.sms_charged_segments * dr.SMS_PRICE_EUR)
    gateway.close()


def test_an_exercise_costs_its_marker_too(zone: SmallZone) -> None:
    _members(zone, nl=2)
    message = _sent(zone, ["sms"], exercise=True)
    marked = analyse(f"{dispatch.EXERCISE_MARKERS['nl']} {NL}").segments
    assert dr.delivery_report(zone.db, message).sms_segments["nl"] == marked


def test_cancelled_deliveries_do_not_count_towards_the_times(
        zone: SmallZone, provider: tuple[str, ProviderState]) -> None:
    url, state = provider
    _members(zone, nl=4)
    message = _sent(zone, ["sms", "email"])
    gateway = HttpJsonGateway("relay", url, "test-token", batch_size=4)
    dispatch.dispatch_once(zone.db, gateway, device_id="A", now=NOW, batch=4)
    assert dispatch.cancel_deliveries(zone.db, zone.officer, message, NOW) == 4
    _mark(state, list(state.accepted), "delivered")
    dispatch.reconcile(zone.db, gateway, now=NOW + dt.timedelta(seconds=30))
    report = dr.delivery_report(zone.db, message)
    assert (report.totals["delivered"], report.totals["cancelled"]) == (4, 4)
    assert report.time_to_90 == dt.timedelta(seconds=30)  # 4 of the 4 meant to go out
    assert report.outstanding == 0
    gateway.close()


def test_round_dispatcher_uses_the_configured_gateways(
        zone: SmallZone, provider: tuple[str, ProviderState], memory: MemoryKeyring) -> None:
    url, state = provider
    _members(zone, nl=30)
    message = _sent(zone, ["sms", "voice"])
    gateway_config.add_gateway(zone.db, zone.admin, "relay", type="http-json", url=url,
                               channels=["sms"], batch_size=10)
    gateway_config.store_secret(zone.db, zone.admin, "relay", "test-token")
    runner = dr.RoundDispatcher(zone.db, "A", rounds_of_batches=1)
    try:
        first = runner.round(NOW)
        assert first.report.submitted == 10  # one batch per round: short rounds
        assert first.unserved == ("voice",)
        rounds, result = 1, first
        while result.pending:
            result, rounds = runner.round(NOW), rounds + 1
        assert rounds == 3
        _mark(state, list(state.accepted), "delivered")
        # one batch of status queries per call: short polls, the next ones on the next call
        assert [runner.follow(NOW + dt.timedelta(seconds=5)).delivered
                for _poll in range(4)] == [10, 10, 10, 0]
    finally:
        runner.close()
    assert sorted(state.accepted.values()) == [1] * 30
    stats = dispatch.delivery_stats(zone.db, message)
    assert stats["sms"]["delivered"] == 30 and stats["voice"]["queued"] == 30


def test_round_dispatcher_without_gateway_or_secret_says_what_to_do(
        zone: SmallZone, memory: MemoryKeyring) -> None:
    runner = dr.RoundDispatcher(zone.db, "A")
    with pytest.raises(ValidationError, match="Settings → Gateways"):
        runner.round(NOW)
    gateway_config.add_gateway(zone.db, zone.admin, "relay", type="http-json",
                               url="http://127.0.0.1:9")
    with pytest.raises(gateway_config.GatewaySecretMissing):
        runner.round(NOW)
