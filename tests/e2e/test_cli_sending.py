"""Sending from the command line: an outbox gateway, a message sent and dispatched to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import as_json, run_cli
from tests.e2e.test_cli_alerts import TEXT

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
                 "https://example.org", data_dir=data_dir, check=False)
    assert cm.returncode == 2 and "cm gateway type is not available" in cm.stderr
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
