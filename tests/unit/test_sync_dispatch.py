"""Dispatch across devices through the hub: one device sends a message, never two; a device
that takes over from one that died asks the provider before sending anything of the message."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bin_desktop.core import dispatch
from bin_desktop.core.store.database import open_database
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.claims import HubClaims
from tests.fakes.http_provider import ProviderState
from tests.sync_support import HubSpec, make_hub
from tests.unit.conftest import SmallZone
from tests.unit.test_dispatch import (
    NOW,
    Clock,
    _approved,
    _exactly_once,
    _gateway,
    _keys,
    _members,
    active,
    provider,
)

__all__ = ["active", "provider"]  # fixtures shared with test_dispatch


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HubSpec]:
    with make_hub(request.param, tmp_path) as spec:
        yield spec


def test_a_message_queued_on_a_laptop_is_sent_once_by_whoever_claims_it(
        active: SmallZone, provider: tuple[str, ProviderState], hub: HubSpec,
        tmp_path: Path) -> None:
    url, state = provider
    _members(active, 9)
    station = active.db
    with hub.open() as h:
        engine.sync(station, h)
        laptop = open_database(tmp_path / "laptop")
        engine.sync(laptop, h)
        on_laptop = dataclasses.replace(active, db=laptop)
        message = _approved(on_laptop)
        assert dispatch.send_message(laptop, active.officer, message, NOW) == 9
        engine.sync(laptop, h)
        engine.sync(station, h)
        claims = {name: HubClaims(db, h) for name, db in (("station", station),
                                                           ("laptop", laptop))}
        assert claims["station"].prepare() == {message}
        assert claims["laptop"].prepare() == set()  # held by the station
        sent = {}
        for name, db in (("laptop", laptop), ("station", station)):
            gateway = _gateway(url, batch=4)
            clock = Clock(NOW)
            report = dispatch.dispatch_until_empty(
                db, gateway, device_id=db.device_id, clock=clock, sleep=clock.sleep,
                message_filter=claims[name])
            sent[name] = report.submitted
            gateway.close()
        assert sent == {"laptop": 0, "station": 9}
        _exactly_once(state, _keys(station, message))
        engine.sync(station, h)
        engine.sync(laptop, h)
    assert dispatch.delivery_stats(laptop, message)["sms"]["queued"] == 0
    laptop.close()


def test_taking_over_from_a_device_that_died_asks_the_provider_first(
        active: SmallZone, provider: tuple[str, ProviderState], hub: HubSpec,
        tmp_path: Path) -> None:
    url, state = provider
    _members(active, 8)
    station = active.db
    message = _approved(active)
    dispatch.send_message(station, active.officer, message, NOW)
    with hub.open() as h:
        engine.sync(station, h)
        other = open_database(tmp_path / "other")
        engine.sync(other, h)
        # the station claims with a short lease, submits five and dies before syncing again
        assert HubClaims(station, h, lease_seconds=0.3).prepare() == {message}
        gateway = _gateway(url)
        claimed = dispatch._claim(station, gateway, station.device_id, NOW, 60, 100,
                                  dispatch.DispatchReport())
        texts, messages, sender = dispatch._texts(station, {message})
        gateway.submit([dispatch._outgoing(c, texts, messages, sender, NOW)
                        for c in claimed[:5]])
        assert state.posts == 1
        claims = HubClaims(other, h)
        assert claims.prepare() == set()  # the station's lease still runs
        time.sleep(0.5)
        assert claims.prepare() == {message}  # taken over
        clock = Clock(NOW)
        report = dispatch.dispatch_until_empty(other, gateway, device_id=other.device_id,
                                               clock=clock, sleep=clock.sleep,
                                               message_filter=claims)
        assert report.submitted == 8  # five found at the provider, three sent now
        _exactly_once(state, _keys(other, message))
        gateway.close()
    other.close()
