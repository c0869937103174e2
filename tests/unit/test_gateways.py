"""Gateways against real servers on loopback: every fault gets the outcome the dispatcher needs."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bin_desktop.core.gateways import GatewayAuthError, Outgoing
from bin_desktop.core.gateways.http_json import HttpJsonGateway
from bin_desktop.core.gateways.outbox import OutboxGateway
from bin_desktop.core.gateways.smtp import SmtpGateway
from tests.fakes.http_provider import ProviderState, running_provider
from tests.fakes.smtp_server import Mailbox, free_port, running_smtp

READ_TIMEOUT = 0.3


def sms(number: int, channel: str = "sms") -> Outgoing:
    return Outgoing(reference=f"m1-r1-{channel}-{number:05d}", channel=channel,  # type: ignore[arg-type]
                    to=f"+3247{number:07d}", language="nl-BE",
                    text="Inbraakgolf in de Kerkwijk: sluit ramen en deuren.", subject=None,
                    sender="PZ Zennevallei", validity_seconds=3600)


def mail(number: int) -> Outgoing:
    return Outgoing(reference=f"m1-r1-email-{number:05d}", channel="email",
                    to=f"lid{number}@example.be", language="nl-BE",
                    text="Inbraakgolf in de Kerkwijk. Sluit ramen en deuren — ook overdag.",
                    subject="Politiebericht: inbraken", sender="bin@pz-zennevallei.be",
                    validity_seconds=86400)


@pytest.fixture
def provider() -> Iterator[tuple[HttpJsonGateway, ProviderState]]:
    with running_provider() as (url, state):
        gateway = HttpJsonGateway("relay", url, state.token, batch_size=100,
                                  connect_timeout=1.0, read_timeout=READ_TIMEOUT)
        state.sleep_seconds = READ_TIMEOUT * 3
        yield gateway, state
        gateway.close()


# -- http-json ------------------------------------------------------------------------------------

def test_http_json_happy_path_and_status(provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    batch = [sms(n) for n in range(5)] + [sms(5, "voice")]
    state.reject.add(batch[2].reference)
    results = gateway.submit(batch)
    assert [r.reference for r in results] == [b.reference for b in batch]
    assert [r.outcome for r in results] == ["accepted", "accepted", "rejected", "accepted",
                                            "accepted", "accepted"]
    assert results[0].provider_id == f"p-{batch[0].reference}"
    assert results[2].error == "invalid number"
    assert state.messages[batch[5].reference]["channel"] == "voice"
    assert state.messages[batch[0].reference]["to"] == batch[0].to

    for final in ("accepted", "sent", "delivered", "failed", "expired"):
        state.states[batch[0].reference] = final
        status = gateway.status(batch[0].reference)
        assert (status.state, status.provider_id) == (final, f"p-{batch[0].reference}")
    state.states[batch[0].reference] = "failed"
    assert gateway.status(batch[0].reference).error == "unreachable"
    assert gateway.status("never-sent").state == "not_found"


def test_http_json_reuses_one_connection(provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    gateway.submit([sms(1)])
    first = gateway._conn
    gateway.submit([sms(2)])
    assert first is not None and gateway._conn is first
    assert state.accepted == {sms(1).reference: 1, sms(2).reference: 1}


def test_http_json_wrong_token_raises_and_nothing_accepted() -> None:
    with running_provider() as (url, state):
        gateway = HttpJsonGateway("relay", url, "wrong", read_timeout=READ_TIMEOUT)
        with pytest.raises(GatewayAuthError, match=r"gateway relay.*Settings → Gateways"):
            gateway.submit([sms(1)])
        with pytest.raises(GatewayAuthError):
            gateway.status(sms(1).reference)
        gateway.close()
    assert not state.accepted


def test_http_json_429_storm_is_retry_then_goes_through(
        provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    state.fault, state.fault_times, state.retry_after = "429", 5, "2"
    batch = [sms(n) for n in range(3)]
    for _ in range(5):
        results = gateway.submit(batch)
        assert {(r.outcome, r.retry_after) for r in results} == {("retry", 2.0)}
    assert not state.accepted
    assert {r.outcome for r in gateway.submit(batch)} == {"accepted"}
    assert set(state.accepted.values()) == {1}


def test_http_json_503_is_retry(provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    state.fault, state.retry_after = "503", "Wed, 21 Oct 2015 07:28:00 GMT"
    results = gateway.submit([sms(1)])
    assert (results[0].outcome, results[0].retry_after) == ("retry", 0.0)


def test_http_json_connection_refused_is_retry() -> None:
    gateway = HttpJsonGateway("relay", f"http://127.0.0.1:{free_port()}", "t",
                              connect_timeout=1.0)
    assert [r.outcome for r in gateway.submit([sms(1), sms(2)])] == ["retry", "retry"]
    assert gateway.status(sms(1).reference).state == "unknown"


def test_http_json_unresolvable_host_is_retry() -> None:
    gateway = HttpJsonGateway("relay", "http://no-such-host.invalid", "t", connect_timeout=1.0)
    assert gateway.submit([sms(1)])[0].outcome == "retry"


@pytest.mark.parametrize("fault", ["500_after_accept", "timeout", "drop", "malformed"])
def test_http_json_uncertain_replies_are_unknown_and_reconciled(
        provider: tuple[HttpJsonGateway, ProviderState], fault: str) -> None:
    gateway, state = provider
    state.fault, state.fault_times = fault, 1
    batch = [sms(n) for n in range(4)]
    assert {r.outcome for r in gateway.submit(batch)} == {"unknown"}
    # The provider did take them: reconciliation says so, and nothing is resent.
    assert [gateway.status(b.reference).state for b in batch] == ["accepted"] * 4
    assert gateway.status("m1-r1-sms-99999").state == "not_found"
    assert dict(state.accepted) == {b.reference: 1 for b in batch}


def test_http_json_reordered_and_duplicated_results(
        provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    state.fault = "reorder_duplicate"
    batch = [sms(n) for n in range(4)]
    state.reject.add(batch[1].reference)
    results = gateway.submit(batch)
    assert [r.reference for r in results] == [b.reference for b in batch]
    assert [r.outcome for r in results] == ["accepted", "rejected", "accepted", "accepted"]


def test_http_json_other_4xx_rejects_the_batch(
        provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    state.fault = "400"
    results = gateway.submit([sms(1)])
    assert results[0].outcome == "rejected" and "HTTP 400" in (results[0].error or "")
    assert not state.accepted


def test_http_json_batch_larger_than_configured_is_refused(
        provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, _state = provider
    with pytest.raises(ValueError, match="exceeds"):
        gateway.submit([sms(n) for n in range(101)])


def test_http_json_thousand_sms_in_batches_each_received_once(
        provider: tuple[HttpJsonGateway, ProviderState]) -> None:
    gateway, state = provider
    deliveries = [sms(n) for n in range(1000)]
    for start in range(0, len(deliveries), 100):
        assert {r.outcome for r in gateway.submit(deliveries[start:start + 100])} == {"accepted"}
    assert len(state.accepted) == 1000 and set(state.accepted.values()) == {1}


# -- outbox ---------------------------------------------------------------------------------------

def test_outbox_writes_once_and_reports_status(tmp_path: Path) -> None:
    gateway = OutboxGateway("airgap", tmp_path / "out")
    batch = [sms(1), mail(2)]
    assert [r.outcome for r in gateway.submit(batch)] == ["accepted", "accepted"]
    path = tmp_path / "out" / f"{batch[1].reference}.json"
    assert json.loads(path.read_text(encoding="utf-8"))["subject"] == batch[1].subject
    changed = dataclasses.replace(batch[1], text="a different text")
    assert gateway.submit([changed])[0].outcome == "accepted"  # idempotent: not overwritten
    assert json.loads(path.read_text(encoding="utf-8"))["text"] == batch[1].text
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{b.reference}.json" for b in batch)  # no temporary file left behind
    assert gateway.status(batch[0].reference).state == "sent"
    assert gateway.status("never-written").state == "not_found"
    assert gateway.status("../escape").state == "not_found"


def test_outbox_refuses_unsafe_reference_and_retries_unwritable(tmp_path: Path) -> None:
    bad = Outgoing("../x", "sms", "+32470000000", "nl-BE", "t", None, "PZ", 60)
    assert OutboxGateway("airgap", tmp_path).submit([bad])[0].outcome == "rejected"
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert OutboxGateway("airgap", blocker / "out").submit([sms(1)])[0].outcome == "retry"


# -- smtp -----------------------------------------------------------------------------------------

def test_smtp_delivers_with_reference_in_message_id() -> None:
    with running_smtp() as (port, mailbox):
        gateway = SmtpGateway("mail", "127.0.0.1", port, security="plain")
        batch = [mail(n) for n in range(3)]
        results = gateway.submit(batch)
    assert [r.outcome for r in results] == ["accepted"] * 3
    assert mailbox.message_ids() == [f"<{b.reference}@bin-desk>" for b in batch]
    first = mailbox.messages[0]
    assert first["Subject"] == batch[0].subject and first["To"] == batch[0].to
    body = first.get_payload(decode=True)
    assert isinstance(body, bytes) and "ook overdag" in body.decode("utf-8")


def test_smtp_refused_recipient_is_rejected_others_accepted() -> None:
    batch = [mail(n) for n in range(3)]
    with running_smtp(Mailbox(refuse={batch[1].to})) as (port, mailbox):
        results = SmtpGateway("mail", "127.0.0.1", port, security="plain").submit(batch)
    assert [r.outcome for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1].error is not None and results[1].error.startswith("550")
    assert mailbox.message_ids() == [f"<{batch[0].reference}@bin-desk>",
                                      f"<{batch[2].reference}@bin-desk>"]


def test_smtp_connection_refused_is_retry() -> None:
    gateway = SmtpGateway("mail", "127.0.0.1", free_port(), security="plain", timeout=1.0)
    assert [r.outcome for r in gateway.submit([mail(1), mail(2)])] == ["retry", "retry"]
    assert gateway.status(mail(1).reference).state == "unknown"


def test_smtp_drop_after_data_is_unknown_and_rest_retry() -> None:
    batch = [mail(n) for n in range(3)]
    with running_smtp(Mailbox(drop_after_data=True)) as (port, mailbox):
        results = SmtpGateway("mail", "127.0.0.1", port, security="plain",
                              timeout=2.0).submit(batch)
    assert [r.outcome for r in results] == ["unknown", "retry", "retry"]
    assert len(mailbox.messages) == 1


def test_smtp_login() -> None:
    with running_smtp(Mailbox(password="right")) as (port, mailbox):
        good = SmtpGateway("mail", "127.0.0.1", port, security="plain", username="bin",
                           password="right", timeout=2.0)
        assert good.submit([mail(1)])[0].outcome == "accepted"
        bad = SmtpGateway("mail", "127.0.0.1", port, security="plain", username="bin",
                          password="wrong", timeout=2.0)
        with pytest.raises(GatewayAuthError, match="gateway mail"):
            bad.submit([mail(2)])
    assert len(mailbox.messages) == 1
