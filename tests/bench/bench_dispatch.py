"""Dispatch end to end on loopback: outbox writes included, from `send_message` to the last batch.

    .venv/bin/python tests/bench/bench_dispatch.py [--profile]

Prints figures for 10,000 SMS through http-json in batches of 100 (target ≥ 1,000 deliveries/s
for send_message + dispatch_until_empty together) and 1,000 e-mails through a local aiosmtpd
(target < 10 s). Each fake provider counts what it received: every reference exactly once.
`--profile` prints the cProfile hot spots of the SMS run.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import multiprocessing
import pstats
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bin_desktop.core import dispatch, networks, operators  # noqa: E402
from bin_desktop.core.alerts import service  # noqa: E402
from bin_desktop.core.gateways.base import Gateway  # noqa: E402
from bin_desktop.core.gateways.http_json import HttpJsonGateway  # noqa: E402
from bin_desktop.core.gateways.smtp import SmtpGateway  # noqa: E402
from bin_desktop.core.store.database import Database, open_database  # noqa: E402
from bin_desktop.core.store.models import Member, Municipality, Zone  # noqa: E402
from tests.fakes.http_provider import running_provider  # noqa: E402
from tests.fakes.smtp_server import running_smtp  # noqa: E402

NOW = dt.datetime(2026, 11, 27, 10, 0)
TEXT = ("Inbraakgolf in de Kerkwijk. Sluit ramen en deuren, ook als u maar even weg bent. "
        "Ziet u een verdachte situatie? Bel 112.")


def zone_with_members(folder: Path, count: int, channel: str) -> tuple[Database, str, str]:
    """A zone with one active network of `count` members and an approved urgent message."""
    db = open_database(folder)
    admin = operators.create_operator(db, None, "Admin", "A001", "administrator").id
    officer = operators.create_operator(db, admin, "Jan Peeters", "P1001", "mandated_officer").id
    chief = operators.create_operator(db, admin, "Els Maes", "K0001", "korpschef").id
    with db.unit_of_work(admin) as uow:
        zone = uow.create(Zone, name="PZ Bench", number="5999", language="nl",
                          signature_overdue_days=30, evaluation_interval_months=12)
        halle = uow.create(Municipality, zone_id=zone.id, nis_code="23027", name_nl="Halle",
                           name_fr="Hal", name_de=None, languages=["nl"], postcodes=["1500"],
                           mayor_id=None, prevention_officer_id=None)
        halle_id = halle.id
    network = networks.create_network(db, officer, name="BIN Bench", type="residential",
                                      municipality_id=halle_id, streets=["Kerkstraat"],
                                      postcodes=["1500"], today=dt.date(2026, 1, 5))
    networks.update_network(db, officer, network, allowed_categories=["burglary"],
                            channels=["sms", "voice", "email"])
    for state in ("preparation", "coordinator_screening", "charter_drafting", "signatures",
                  "submitted", "official", "active"):
        networks.transition(db, officer, network, state, dt.date(2026, 2, 1))
    with db.unit_of_work(officer) as uow:
        uow.create_many(Member, [
            {"network_id": network, "status": "active", "full_name": f"Lid {i}",
             "phone_e164": f"+3247{i:07d}", "email": f"lid{i}@example.org", "street": None,
             "house_number": None, "postcode": None, "language": "nl", "consent_on": None,
             "joined_on": dt.date(2026, 1, 1), "deleted": False, "channels": []}
            for i in range(count)])
    message = service.create_message(db, officer, [network], "burglary", "urgent",
                                     [service.TextVersion("nl", TEXT, "Inbraakgolf",
                                                          "Inbraakgolf")],
                                     channels=[channel], now=NOW)
    service.approve_message(db, chief, message, now=NOW)
    return db, officer, message


def _serve(pipe: Connection) -> None:
    with running_provider() as (url, state):
        pipe.send((url, state.token))
        pipe.recv()  # until the benchmark is done
        with state.lock:
            pipe.send(dict(state.accepted))


@contextmanager
def provider_process() -> Iterator[tuple[str, str, Connection]]:
    """The fake provider in its own process, as a real one would be: it does not share the
    benchmark's interpreter lock. Send anything on the pipe to get its counts back."""
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_serve, args=(theirs,), daemon=True)
    process.start()
    try:
        url, token = ours.recv()
        yield url, token, ours
    finally:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()


def run(db: Database, officer: str, message: str, gateway: Gateway) -> tuple[int, float]:
    start = time.perf_counter()
    total = dispatch.send_message(db, officer, message, NOW)
    report = dispatch.dispatch_until_empty(db, gateway, device_id=db.device_id,
                                           clock=lambda: NOW, sleep=time.sleep)
    seconds = time.perf_counter() - start
    assert report.submitted == total, report
    return total, seconds


def bench_sms(count: int, profile: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-dispatch-") as tmp, \
            provider_process() as (url, token, pipe):
        db, officer, message = zone_with_members(Path(tmp), count, "sms")
        gateway = HttpJsonGateway("bench", url, token, batch_size=100)
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        total, seconds = run(db, officer, message, gateway)
        if profiler:
            profiler.disable()
        poll_start = time.perf_counter()
        rounds = 0
        while rounds * 100 * dispatch.POLL_BATCHES < total:
            dispatch.reconcile(db, gateway, now=NOW, include_submitted=True)
            rounds += 1
        poll = time.perf_counter() - poll_start
        gateway.close()
        db.close()
        pipe.send("done")
        accepted = pipe.recv()
        assert len(accepted) == total and set(accepted.values()) == {1}
    verdict = "ok" if total / seconds >= 1000 else "UNDER TARGET"
    print(f"http-json: {total} SMS end to end (send_message + dispatch_until_empty, batch 100):"
          f" {seconds:.2f} s, {total / seconds:,.0f} deliveries/s (target ≥ 1,000: {verdict})")
    print(f"http-json: delivery reports for {total} submitted SMS: {rounds} reconcile rounds "
          f"of ≤ {100 * dispatch.POLL_BATCHES} status queries, {poll:.2f} s, "
          f"{poll / total * 1000:.2f} ms per query")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def bench_email(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-dispatch-") as tmp, \
            running_smtp() as (port, mailbox):
        db, officer, message = zone_with_members(Path(tmp), count, "email")
        gateway = SmtpGateway("bench", "127.0.0.1", port, security="plain", batch_size=50)
        total, seconds = run(db, officer, message, gateway)
        db.close()
        ids = mailbox.message_ids()
        assert len(ids) == total == len(set(ids))
    verdict = "ok" if seconds < 10 else "OVER TARGET"
    print(f"smtp: {total} e-mails end to end through aiosmtpd (batch 50): {seconds:.2f} s, "
          f"{total / seconds:,.0f}/s (target < 10 s: {verdict})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sms", type=int, default=10_000)
    parser.add_argument("--emails", type=int, default=1_000)
    args = parser.parse_args(argv)
    bench_sms(args.sms, args.profile)
    bench_email(args.emails)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
