"""The sync from the command line: hub init, sync, status, conflicts, and `sync` killed with
SIGKILL in the middle of a large push — the hub must hold each operation exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.e2e.test_cli import as_json, run_cli
from tests.sync_support import HubSpec, make_hub

pytestmark = pytest.mark.e2e


@pytest.fixture
def pg_hub(tmp_path: Path) -> Iterator[HubSpec]:
    with make_hub("postgresql", tmp_path) as spec:
        yield spec


def test_hub_init_sync_status_and_conflicts(tmp_path: Path) -> None:
    hub = f"sqlite:///{tmp_path / 'office-hub.db'}"
    sql = run_cli("hub", "init", hub, "--print-sql").stdout
    assert "CREATE TRIGGER hub_operation_no_update" in sql
    assert not (tmp_path / "office-hub.db").exists()  # --print-sql changes nothing
    assert as_json(run_cli("hub", "init", hub, "--json"))["created"] is True
    again = run_cli("hub", "init", hub, check=False)
    assert again.returncode == 3 and "already a BIN Desk hub" in again.stderr

    a, b = tmp_path / "a", tmp_path / "b"
    run_cli("demo", data_dir=a)
    first = as_json(run_cli("sync", "--hub", hub, "--json", data_dir=a))
    assert first["pushed"] > 1000 and first["conflicts"] == 0
    joined = as_json(run_cli("sync", "--hub", hub, "--json", data_dir=b))
    assert joined["pulled"] == first["pulled"]
    network = as_json(run_cli("networks", "list", "--json", data_dir=a))[0]["id"]
    officer = next(o["personnel_number"] for o in as_json(
        run_cli("operators", "list", "--json", data_dir=a)) if o["default"])
    run_cli("networks", "update", network, "--set", "name=Wijk A", data_dir=a)
    time.sleep(0.01)
    run_cli("--operator", officer, "networks", "update", network, "--set", "name=Wijk B",
            "--set", "description=Nieuw", data_dir=b)
    status = as_json(run_cli("sync", "status", "--json", data_dir=b))
    assert status["pending"] == 2 and status["hub"] == hub and status["last_sync"]
    for folder in (a, b, a):
        run_cli("sync", "--json", data_dir=folder)  # the hub is remembered
    listed = [as_json(run_cli("conflicts", "list", "--json", data_dir=f)) for f in (a, b)]
    assert listed[0] == listed[1] and len(listed[0]) == 1
    assert (listed[0][0]["winner"]["value"], listed[0][0]["loser"]["value"]) == (
        "Wijk B", "Wijk A")
    run_cli("conflicts", "keep-other", listed[0][0]["id"][:12], data_dir=a)
    for folder in (a, b):
        run_cli("sync", data_dir=folder)
    names = {as_json(run_cli("networks", "show", network, "--json", data_dir=f))["name"]
             for f in (a, b)}
    assert names == {"Wijk A"}
    assert run_cli("export", data_dir=a).stdout == run_cli("export", data_dir=b).stdout


def test_an_unreachable_hub_exits_3_and_keeps_everything(tmp_path: Path) -> None:
    run_cli("demo", data_dir=tmp_path / "a")
    result = run_cli("sync", "--hub", "postgresql://nobody@127.0.0.1:1/none", "--json",
                     data_dir=tmp_path / "a", check=False)
    assert result.returncode == 3
    assert "cannot be reached" in result.stderr and "Traceback" not in result.stderr
    assert as_json(run_cli("sync", "status", "--json", data_dir=tmp_path / "a"))["pending"] > 1000


def test_sync_killed_mid_push_leaves_each_operation_once_on_the_hub(
        tmp_path: Path, pg_hub: HubSpec) -> None:
    data = tmp_path / "a"
    run_cli("demo", data_dir=data)
    local_ops = {op["op_id"] for op in as_json(run_cli("export", data_dir=data))["operations"]}
    rng = random.Random(7)
    env = {k: v for k, v in os.environ.items() if k != "BIN_DESKTOP_DATA_DIR"}
    command = [sys.executable, "-m", "bin_desktop", "--data-dir", str(data), "sync", "--hub",
               pg_hub.url, "--batch", "25"]
    killed = 0
    for _attempt in range(6):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.6, 1.6))  # start-up is ~0.5 s; then batches of 25
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait(30)
    assert killed >= 3  # the test did interrupt pushes
    run_cli("sync", "--hub", pg_hub.url, data_dir=data)
    with psycopg.connect(pg_hub.url) as conn:
        on_hub = [row[0] for row in conn.execute("SELECT op_id FROM bin_hub.hub_operation")]
    assert len(on_hub) == len(set(on_hub))  # exactly once
    assert set(on_hub) == local_ops  # and none missing
    assert as_json(run_cli("sync", "status", "--json", data_dir=data))["pending"] == 0


def test_a_message_queued_offline_is_sent_once_by_the_station(tmp_path: Path) -> None:
    hub_file = tmp_path / "hub.db"
    hub = f"sqlite:///{hub_file}"
    station, laptop, outbox = tmp_path / "station", tmp_path / "laptop", tmp_path / "outbox"
    run_cli("hub", "init", hub)
    run_cli("demo", data_dir=station)
    people = as_json(run_cli("operators", "list", "--json", data_dir=station))
    admin = next(o for o in people if o["role"] == "administrator")["personnel_number"]
    officers = [o["personnel_number"] for o in people if o["role"] == "mandated_officer"]
    run_cli("--operator", admin, "gateway", "add", "box", "--type", "outbox", "--url",
            str(outbox), "--channels", "sms,voice,email", data_dir=station)
    run_cli("sync", "--hub", hub, data_dir=station)
    run_cli("sync", "--hub", hub, data_dir=laptop)
    network = next(n for n in as_json(run_cli("networks", "list", "--json", data_dir=laptop))
                   if n["state"] == "active" and n["members"])
    text = tmp_path / "bericht.txt"
    text.write_text("Inbraken in de wijk: sluit ramen en deuren, ook als u maar even weg bent. "
                    "Ziet u iets verdachts? Bel 101.", encoding="utf-8")
    shown = as_json(run_cli("networks", "show", network["id"], "--json", data_dir=laptop))
    created = as_json(run_cli("--operator", officers[0], "alert", "create", "--network",
                              network["id"], "--category", "burglary", "--urgency", "urgent",
                              "--lang", shown["languages"][0], "--text-file", str(text),
                              "--headline", "Inbraken", "--json", data_dir=laptop))
    run_cli("--operator", officers[1], "alert", "approve", created["id"], data_dir=laptop)
    sent = as_json(run_cli("--operator", officers[0], "alert", "send", created["id"], "--json",
                           data_dir=laptop))["deliveries"]
    # the laptop is offline: it sends nothing, and says why
    hub_file.rename(tmp_path / "away.db")
    offline = run_cli("alert", "dispatch", "--until-empty", "--json", data_dir=laptop)
    assert "Nothing is sent until the hub can be reached" in offline.stderr
    assert as_json(offline)["waiting"] == sent and not outbox.exists()
    hub_file.unlink(missing_ok=True)
    (tmp_path / "away.db").rename(hub_file)
    # back online: it syncs; the station claims the message and sends it, once
    run_cli("sync", data_dir=laptop)
    station_run = as_json(run_cli("alert", "dispatch", "--until-empty", "--json",
                                  data_dir=station))
    assert station_run["pending"] == 0
    assert len(list(outbox.glob("*.json"))) == sent
    laptop_run = as_json(run_cli("alert", "dispatch", "--until-empty", "--json",
                                 data_dir=laptop))
    assert sum(r["submitted"] for r in laptop_run["gateways"].values()) == 0
    assert len(list(outbox.glob("*.json"))) == sent
    status = as_json(run_cli("alert", "status", created["id"], "--json", data_dir=laptop))
    assert sum(c["submitted"] + c["delivered"] for c in status["deliveries"].values()) == sent
