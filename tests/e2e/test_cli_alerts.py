"""The message commands as a station PC's script would run them, on the demo zone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import as_json, run_cli

pytestmark = pytest.mark.e2e

TEXT = ("Inbraakgolf in de wijk. De voorbije week werd in vier woningen ingebroken, telkens via "
        "de achterdeur. Sluit ramen en deuren en laat 's avonds licht branden. Ziet u iets "
        "verdachts? Ga niet zelf achter de daders aan en bel meteen 112.")


def test_check_create_approve_and_export_cap(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    run_cli("demo", data_dir=data_dir)
    listed = as_json(run_cli("networks", "list", "--json", data_dir=data_dir))
    network = next(n for n in listed if n["state"] == "active")
    shown = as_json(run_cli("networks", "show", network["id"], "--json", data_dir=data_dir))
    assert "burglary" in shown["allowed_categories"]
    language = shown["languages"][0]
    text = tmp_path / "bericht.txt"
    text.write_text(TEXT, encoding="utf-8")
    checked = as_json(run_cli("alert", "check", "--network", network["id"], "--category",
                              "burglary", "--urgency", "urgent", "--lang", "nl",
                              "--text-file", str(text), "--json", data_dir=data_dir))
    assert checked["verdict"] in ("ok", "warn")
    assert set(checked["sms"]) >= {"encoding", "characters", "segments"}
    assert all(set(f) >= {"code", "severity", "start", "end", "message", "suggestion"}
               for f in checked["findings"])
    if language != "nl":
        assert "language.mismatch" in [f["code"] for f in checked["findings"]]

    plate = tmp_path / "nummerplaat.txt"
    plate.write_text(TEXT + " Een wagen met nummerplaat 1-ABC-123 werd gezien.",
                     encoding="utf-8")
    blocked = as_json(run_cli("alert", "check", "--network", network["id"], "--category",
                              "burglary", "--urgency", "urgent", "--lang", "nl",
                              "--text-file", str(plate), "--json", data_dir=data_dir))
    assert blocked["verdict"] == "block"
    hit = next(f for f in blocked["findings"] if f["code"] == "pii.plate")
    assert plate.read_text(encoding="utf-8")[hit["start"]:hit["end"]] == "1-ABC-123"

    operators = as_json(run_cli("operators", "list", "--json", data_dir=data_dir))
    officers = [o for o in operators if o["role"] == "mandated_officer"]
    created = as_json(run_cli("--operator", officers[0]["personnel_number"], "alert", "create",
                              "--network", network["id"], "--category", "burglary",
                              "--urgency", "urgent", "--lang", language, "--text-file",
                              str(text), "--headline", "Inbraakgolf", "--json",
                              data_dir=data_dir))
    own = run_cli("--operator", officers[0]["personnel_number"], "alert", "approve",
                  created["id"], data_dir=data_dir, check=False)
    assert own.returncode == 2 and "Four eyes" in own.stderr
    approved = as_json(run_cli("--operator", officers[1]["personnel_number"], "alert",
                               "approve", created["id"], "--json", data_dir=data_dir))
    assert approved["status"] == "approved"
    run_cli("alert", "cap", created["id"], "-o", str(tmp_path / "alert.xml"),
            data_dir=data_dir)
    xml = (tmp_path / "alert.xml").read_text(encoding="utf-8")
    assert "<msgType>Alert</msgType>" in xml and "<status>Actual</status>" in xml
