"""Sending from the command line: an outbox gateway, and an http-json one whose token is in the
keyring (a test keyring file shared with the CLI subprocesses), with a look for the secret in
every file and output afterwards."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from bin_desktop.core.alerts import service
from bin_desktop.core.demo import seed_demo
from bin_desktop.core.store.database import DB_FILENAME, open_database
from bin_desktop.core.store.models import Delivery, Member, Network, Operator
from tests.e2e.test_cli import as_json, run_cli
from tests.e2e.test_cli_alerts import TEXT
from tests.fakes.file_keyring import ENV
from tests.fakes.http_provider import ProviderState, running_provider

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_outbox_gateway_send_dispatch_and_status(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    outbox = tmp_path / "outbox"
    run_cli("demo", data_dir=data_dir)
    operators = as_json(run_cli("operators", "list", "--json", data_dir=data_dir))
    admin = next(o for o in operators if o["role"] == "administrator")["personnel_number"]
    officers = [o["personnel_number"] for o in operators if o["role"] == "mandated_officer"]

    refused = run_cli("--operator", officers[0], "gateway", "add", "box", "--type", "outbox",
                      "--url", str(outbox), data_dir=data_dir, check=False)
    assert refused.returncode == 2
    cm = run_cli("--operator", admin, "gateway", "add", "cm1", "--type", "cm", "--url",
                 "https://gw.messaging.cm.com", "--channels", "email", data_dir=data_dir,
                 check=False)
    assert cm.returncode == 2 and "sms and voice only" in cm.stderr
    run_cli("--operator", admin, "gateway", "add", "box", "--type", "outbox", "--url",
            str(outbox), "--channels", "sms,voice,email", "--batch", "20", data_dir=data_dir)
    listed = as_json(run_cli("gateway", "list", "--json", data_dir=data_dir))
    assert [(g["name"], g["type"], g["has_secret"]) for g in listed] == [
        ("box", "outbox", False)]

    listed_networks = as_json(run_cli("networks", "list", "--json", data_dir=data_dir))
    network = next(n for n in listed_networks if n["state"] == "active" and n["members"])
    shown = as_json(run_cli("networks", "show", network["id"], "--json", data_dir=data_dir))
    text = tmp_path / "bericht.txt"
    text.write_text(TEXT, encoding="utf-8")
    created = as_json(run_cli("--operator", officers[0], "alert", "create", "--network",
                              network["id"], "--category", "burglary", "--urgency", "urgent",
                              "--lang", shown["languages"][0], "--text-file", str(text),
                              "--headline", "Inbraakgolf", "--json", data_dir=data_dir))
    early = run_cli("--operator", officers[0], "alert", "send", created["id"],
                    data_dir=data_dir, check=False)
    assert early.returncode == 2 and "approved" in early.stderr
    run_cli("--operator", officers[1], "alert", "approve", created["id"], data_dir=data_dir)
    sent = as_json(run_cli("--operator", officers[0], "alert", "send", created["id"],
                           "--json", data_dir=data_dir))
    assert sent["deliveries"] > 0

    dispatched = run_cli("alert", "dispatch", "--until-empty", "--json", data_dir=data_dir)
    assert as_json(dispatched)["pending"] == 0
    files = sorted(outbox.glob("*.json"))
    assert len(files) == sent["deliveries"]
    references = {json.loads(f.read_text(encoding="utf-8"))["reference"] for f in files}
    assert len(references) == len(files)

    status = as_json(run_cli("alert", "status", created["id"], "--json", data_dir=data_dir))
    counts = status["deliveries"]
    assert sum(c["submitted"] for c in counts.values()) == sent["deliveries"]
    assert all(c["queued"] == c["failed"] == c["unknown"] == 0 for c in counts.values())
    for channel, c in counts.items():
        assert set(c) >= {"queued", "submitted", "delivered", "failed", "unknown", "expired"}
        on_disk = sum(1 for f in files
                      if json.loads(f.read_text(encoding="utf-8"))["channel"] == channel)
        assert c["submitted"] == on_disk

    again = run_cli("alert", "dispatch", data_dir=data_dir)  # nothing left: no second file
    assert again.returncode == 0
    assert len(list(outbox.glob("*.json"))) == len(files)


# -- http-json through the keyring, as a station PC's scheduled job runs it --------------------
SECRET = "tok-e2e-Vq93-never-anywhere-else"


@dataclass
class Sending:
    """A demo data folder with an http-json gateway (token in a test keyring file) and an
    approved, sent message; every CLI output is kept to look for the secret in it."""

    data_dir: Path
    home: Path
    keyring_file: Path
    message_id: str
    deliveries: int
    outputs: list[str] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "BIN_DESKTOP_DATA_DIR"}
        env.update({"PYTHON_KEYRING_BACKEND": "tests.fakes.file_keyring.FileKeyring",
                    ENV: str(self.keyring_file), "HOME": str(self.home),
                    "XDG_CONFIG_HOME": str(self.home / ".config"),
                    "XDG_DATA_HOME": str(self.home / ".local" / "share"),
                    "XDG_STATE_HOME": str(self.home / ".local" / "state"),
                    "XDG_CACHE_HOME": str(self.home / ".cache")})
        return env

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "bin_desktop", "--data-dir", str(self.data_dir), *args]

    def run(self, *args: str, stdin: str | None = None, check: bool = True
            ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(self.command(*args), input=stdin, capture_output=True,
                                text=True, env=self.env(), timeout=120, check=False,
                                cwd=ROOT)
        self.outputs += [result.stdout, result.stderr]
        if check and result.returncode != 0:
            raise AssertionError(f"exit {result.returncode}: {result.stderr}")
        return result

    def keys(self) -> set[str]:
        db = open_database(self.data_dir)
        try:
            with db.read() as session:
                return set(session.scalars(select(Delivery.key).where(
                    Delivery.message_id == self.message_id)))
        finally:
            db.close()


def approved_demo_message(sending: Sending) -> tuple[str, str]:
    """Seeds the demo zone and an approved urgent message in this process (what is under test
    is the sending); returns the personnel numbers of an administrator and of an officer."""
    sending.home.mkdir(exist_ok=True)
    db = open_database(sending.data_dir)
    try:
        seed_demo(db, seed=1)
        with db.read() as session:
            people = list(session.scalars(select(Operator).order_by(
                Operator.personnel_number)))
            network = next(n for n in session.scalars(select(Network).where(
                Network.state == "active").order_by(Network.name))
                if session.scalar(select(Member.id).where(Member.network_id == n.id)))
        admin = next(o for o in people if o.role == "administrator")
        officers = [o for o in people if o.role == "mandated_officer"]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        sending.message_id = service.create_message(
            db, officers[0].id, [network.id], "burglary", "urgent",
            [service.TextVersion((network.languages or ["nl"])[0], TEXT, "Inbraakgolf")],
            now=now)
        service.approve_message(db, officers[1].id, sending.message_id, now=now)
    finally:
        db.close()
    return admin.personnel_number, officers[0].personnel_number


def prepare_sending(tmp_path: Path, url: str, *, batch: int = 25) -> Sending:
    """An http-json gateway added, its token stored and the message sent, all by the CLI."""
    sending = Sending(tmp_path / "data", tmp_path / "home", tmp_path / "keyring.json", "", 0)
    admin, officer = approved_demo_message(sending)
    sending.run("--operator", admin, "gateway", "add", "relay", "--type", "http-json", "--url",
                url, "--sender", "PZ Demo", "--channels", "sms,voice,email", "--batch",
                str(batch))
    sending.run("--operator", admin, "gateway", "secret", "relay", stdin=SECRET + "\n")
    listed = json.loads(sending.run("gateway", "list", "--json").stdout)
    assert [(g["name"], g["has_secret"]) for g in listed] == [("relay", True)]
    sent = json.loads(sending.run("--operator", officer, "alert", "send", sending.message_id,
                                  "--json").stdout)
    sending.deliveries = sent["deliveries"]
    assert sending.deliveries > 0
    return sending


def test_http_json_through_the_keyring_and_no_secret_anywhere_else(tmp_path: Path) -> None:
    with running_provider(ProviderState(token=SECRET)) as (url, state):
        sending = prepare_sending(tmp_path, url)
        dispatched = json.loads(sending.run("alert", "dispatch", "--until-empty",
                                            "--json").stdout)
        status = json.loads(sending.run("alert", "status", sending.message_id,
                                        "--json").stdout)
    assert (dispatched["pending"], dispatched["waiting"]) == (0, 0)
    keys = sending.keys()
    assert len(keys) == sending.deliveries
    assert set(state.accepted) == keys and set(state.accepted.values()) == {1}
    counts = status["deliveries"]
    for channel, c in counts.items():
        on_provider = sum(1 for m in state.messages.values() if m["channel"] == channel)
        assert c["submitted"] == on_provider and c["queued"] == c["unknown"] == 0
    assert {m["sender"] for m in state.messages.values()} == {"PZ Demo"}

    # the secret is in the keyring and nowhere else: database, settings, logs, exports
    assert SECRET in sending.keyring_file.read_text(encoding="utf-8")
    export = sending.run("export", "--json").stdout
    sending.run("alert", "cap", sending.message_id, "-o", str(tmp_path / "data" / "cap.xml"))
    assert "relay" in export
    db = open_database(sending.data_dir)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    db.close()
    looked_at = [p for folder in (sending.data_dir, sending.home)
                 for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == DB_FILENAME for p in looked_at)
    for path in looked_at:
        assert SECRET.encode() not in path.read_bytes(), path
    for output in sending.outputs:
        assert SECRET not in output
    assert not any(p.name.startswith(".keyring-") for p in tmp_path.iterdir())
