"""The cm gateway against a local server of CM.com's shape: request shapes, outcomes per fault,
and through the dispatcher every member gets exactly one SMS and one call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from bin_desktop.core import dispatch
from bin_desktop.core import gateway_config as gc
from bin_desktop.core.gateways import GatewayAuthError, Outgoing
from bin_desktop.core.gateways.cm import CmGateway, cm_number, voice_url
from tests.fakes.cm_provider import running_cm
from tests.fakes.http_provider import ProviderState
from tests.fakes.memory_keyring import MemoryKeyring
from tests.unit.conftest import SmallZone
from tests.unit.test_dispatch import NOW, Clock, _approved, _keys, _members, active

__all__ = ["active"]  # the fixture, shared with test_dispatch

READ_TIMEOUT = 0.3


def item(number: int, channel: str = "sms", text: str = "Inbraakgolf: sluit ramen en deuren."
         ) -> Outgoing:
    return Outgoing(reference=f"ref-{channel}-{number:05d}", channel=channel,  # type: ignore[arg-type]
                    to=f"+3247{number:07d}", language="fr-BE", text=text, subject=None,
                    sender="PZ Zenne", validity_seconds=7200)


@pytest.fixture
def cm() -> Iterator[tuple[CmGateway, ProviderState]]:
    with running_cm() as (url, state):
        state.sleep_seconds = READ_TIMEOUT * 3
        gateway = CmGateway("cm", url, state.token, connect_timeout=1.0,
                            read_timeout=READ_TIMEOUT)
        yield gateway, state
        gateway.close()


def test_sms_and_voice_requests_have_cm_s_shape(cm: tuple[CmGateway, ProviderState]) -> None:
    gateway, state = cm
    batch = [item(1), item(2), item(3, "voice")]
    state.reject.add(batch[1].reference)
    results = gateway.submit(batch)
    assert [r.outcome for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1].error == "303: Gsm is not a number."
    assert results[2].provider_id == f"call-{batch[2].reference}"
    sms = state.messages[batch[0].reference]
    assert sms["to"] == [{"number": "0032470000001"}] and sms["from"] == "PZ Zenne"
    assert sms["body"] == {"type": "auto", "content": batch[0].text}
    assert (sms["validity"], sms["allowedChannels"]) == ("120m", ["SMS"])
    call = state.messages[batch[2].reference]
    assert (call["callee"], call["prompt"], call["prompt-type"]) == (
        "+32470000003", batch[2].text, "TTS")
    assert call["voice"]["language"] == "fr-BE" and call["anonymous"] is True
    assert dict(state.accepted) == {batch[0].reference: 1, batch[2].reference: 1}
    assert not gateway.can_query_status
    assert gateway.status(batch[0].reference).state == "unknown"


def test_number_form_and_voice_url() -> None:
    assert cm_number("+32470123456") == "0032470123456"
    assert voice_url("https://gw.messaging.cm.com") == "https://api.cm.com/voiceapi/v2/Notification"
    assert voice_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/voiceapi/v2/Notification"


def test_wrong_token_raises_and_nothing_is_accepted() -> None:
    with running_cm() as (url, state):
        gateway = CmGateway("cm", url, "wrong", read_timeout=READ_TIMEOUT)
        with pytest.raises(GatewayAuthError, match="gateway cm"):
            gateway.submit([item(1)])
        with pytest.raises(GatewayAuthError):
            gateway.submit([item(2, "voice")])
        gateway.close()
    assert not state.accepted


def test_429_is_retry_with_retry_after(cm: tuple[CmGateway, ProviderState]) -> None:
    gateway, state = cm
    state.fault, state.fault_times, state.retry_after = "429", 2, "3"
    assert {(r.outcome, r.retry_after) for r in gateway.submit([item(1), item(2)])} == {
        ("retry", 3.0)}
    assert gateway.submit([item(3, "voice")])[0].outcome == "retry"
    assert not state.accepted


@pytest.mark.parametrize("fault", ["500_after_accept", "timeout", "drop", "malformed"])
def test_uncertain_replies_are_unknown(cm: tuple[CmGateway, ProviderState], fault: str) -> None:
    gateway, state = cm
    state.fault, state.fault_times = fault, 2
    assert {r.outcome for r in gateway.submit([item(1), item(2)])} == {"unknown"}
    # a call's 2xx is all CM's voice API promises to say: an unreadable body does not matter
    expected = "accepted" if fault == "malformed" else "unknown"
    assert gateway.submit([item(3, "voice")])[0].outcome == expected
    assert set(state.accepted) == {item(1).reference, item(2).reference,
                                   item(3, "voice").reference}


def test_a_voice_text_too_long_for_cm_is_rejected_without_a_call(
        cm: tuple[CmGateway, ProviderState]) -> None:
    gateway, state = cm
    result = gateway.submit([item(1, "voice", "x" * 751)])[0]
    assert result.outcome == "rejected" and "750" in (result.error or "")
    assert state.posts == 0


def test_dispatch_through_cm_once_per_member_and_channel_unknown_never_resent(
        active: SmallZone) -> None:
    _members(active, 12)
    message = _approved(active, channels=["sms", "voice"])
    dispatch.send_message(active.db, active.officer, message, NOW)
    with running_cm() as (url, state):
        state.fault, state.fault_times = "500_after_accept", 1  # the first SMS batch
        gateway = CmGateway("cm", url, state.token, batch_size=5, read_timeout=READ_TIMEOUT)
        clock = Clock(NOW)
        report = dispatch.dispatch_until_empty(active.db, gateway, device_id="A", clock=clock,
                                               sleep=clock.sleep)
        gateway.close()
    keys = _keys(active.db, message)
    assert set(state.accepted) == keys and set(state.accepted.values()) == {1}
    stats = dispatch.delivery_stats(active.db, message)
    # CM cannot be asked: the SMS of the faulty request stay unknown, never sent twice
    unknown = stats["sms"]["unknown"] + stats["voice"]["unknown"]
    assert report.unknown == unknown == stats["sms"]["unknown"] >= 1
    assert sum(s["submitted"] for s in stats.values()) == 24 - unknown
    assert dispatch.pending(active.db, NOW, ["sms", "voice"], include_unknown=False)[0] == 0


def test_configured_cm_reads_its_token_from_the_keyring(small_zone: SmallZone) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        db, admin = small_zone.db, small_zone.admin
        with pytest.raises(Exception, match="sms and voice only"):
            gc.add_gateway(db, admin, "cm", type="cm", url="https://gw.messaging.cm.com",
                           channels=["email"])
        gc.add_gateway(db, admin, "cm", type="cm", url="https://gw.messaging.cm.com",
                       sender="PZZenne")
        config = gc.get_gateway(db, "cm")
        assert config.channels == ["sms", "voice"] and gc.needs_secret(config)
        with pytest.raises(gc.GatewaySecretMissing):
            gc.build_gateway(config)
        gc.store_secret(db, admin, "cm", "cm-token-1")
        built = gc.build_gateway(config)
        assert isinstance(built.inner, CmGateway) and not built.can_query_status
        assert "cm-token-1" not in repr(built)
    finally:
        keyring.set_keyring(previous)


def test_cm_url_must_be_http(small_zone: SmallZone, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="http:// or https://"):
        gc.add_gateway(small_zone.db, small_zone.admin, "cm", type="cm", url=str(tmp_path))
