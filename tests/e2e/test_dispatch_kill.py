"""kill -9 of the real dispatcher, again and again: no member gets a delivery twice, none skipped.

`bin-desktop alert dispatch --until-empty` runs as a subprocess against a slow http-json provider
in this test process (which counts every reference it accepts). It is SIGKILLed at random moments
— during start-up, between batches, with a request in flight, during reconciliation — and
restarted, until a last run ends on its own with nothing pending.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bin_desktop.core import dispatch, gateway_config
from bin_desktop.core.secrets import SERVICE
from bin_desktop.core.store.database import open_database
from bin_desktop.core.store.models import Operator
from tests.e2e.test_cli_sending import ROOT, SECRET, Sending, approved_demo_message
from tests.fakes.file_keyring import ENV, FileKeyring
from tests.fakes.http_provider import ProviderState, running_provider

pytestmark = pytest.mark.e2e

KILLS = 5
LEASE_SECONDS = "1"


def prepared(tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch) -> Sending:
    """The demo zone, an http-json gateway (token in the test keyring file) and a sent message,
    set up in this process: the subprocess under test is the dispatcher only."""
    sending = Sending(tmp_path / "data", tmp_path / "home", tmp_path / "keyring.json", "", 0)
    admin, officer = approved_demo_message(sending)
    monkeypatch.setenv(ENV, str(sending.keyring_file))
    FileKeyring().set_password(SERVICE, "gateway:relay", SECRET)
    db = open_database(sending.data_dir)
    try:
        with db.read() as session:
            ids = {o.personnel_number: o.id for o in session.scalars(select(Operator))}
        gateway_config.add_gateway(db, ids[admin], "relay", type="http-json", url=url,
                                   channels=["sms", "voice", "email"], batch_size=4)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        sending.deliveries = dispatch.send_message(db, ids[officer], sending.message_id, now)
    finally:
        db.close()
    return sending


def test_killed_dispatcher_never_sends_twice_and_skips_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chance = random.Random(20261127)
    with running_provider(ProviderState(token=SECRET, delay=0.12)) as (url, state):
        sending = prepared(tmp_path, url, monkeypatch)
        killed_with_work_done = 0
        for round_ in range(KILLS):
            before = sum(state.accepted.values())
            process = subprocess.Popen(
                sending.command("alert", "dispatch", "--until-empty", "--lease",
                                LEASE_SECONDS, "--json"),
                env=sending.env(), cwd=ROOT, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            if round_ == 0:
                time.sleep(0.3)  # still starting up
            else:  # once it is sending: mid-batch, between batches, while it records
                deadline = time.monotonic() + 30
                while (sum(state.accepted.values()) == before and process.poll() is None
                       and time.monotonic() < deadline):
                    time.sleep(0.01)
                time.sleep(chance.uniform(0.0, 0.3))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            if process.returncode == -signal.SIGKILL and sum(state.accepted.values()) > before:
                killed_with_work_done += 1
        last = sending.run("alert", "dispatch", "--until-empty", "--lease", LEASE_SECONDS,
                           "--json")
        status = json.loads(sending.run("alert", "status", sending.message_id,
                                        "--json").stdout)
    assert json.loads(last.stdout)["pending"] == 0
    assert killed_with_work_done >= KILLS - 2, (
        f"{killed_with_work_done} kills landed while the dispatcher worked "
        f"({sending.deliveries} deliveries)")
    keys = sending.keys()
    assert len(keys) == sending.deliveries
    assert set(state.accepted) == keys, "a member was skipped"
    duplicates = [key for key, times in state.accepted.items() if times != 1]
    assert not duplicates, f"{len(duplicates)} deliveries received more than once"
    counts = status["deliveries"]
    assert sum(c["submitted"] for c in counts.values()) == sending.deliveries
    assert all(c["queued"] == c["unknown"] == 0 for c in counts.values())
