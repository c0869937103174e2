"""Member lists from the command line: a messy Belgian CSV through import, review, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import as_json, run_cli

pytestmark = pytest.mark.e2e


def _network_with_streets(data_dir: Path) -> tuple[str, list[str], str]:
    listed = as_json(run_cli("networks", "list", "--json", data_dir=data_dir))
    network = next(n for n in listed if n["state"] == "active")
    shown = as_json(run_cli("networks", "show", network["id"], "--json", data_dir=data_dir))
    return network["id"], shown["territory"]["streets"], shown["territory"]["postcodes"][0]


def test_import_review_export_and_erase(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    run_cli("demo", data_dir=data_dir)
    network_id, streets, postcode = _network_with_streets(data_dir)
    street = streets[0].split(" / ")[0]
    lines = [
        "Ledenlijst BIN 2026;;;;;;",
        ";;;;;;",
        "Naam;Voornaam;Adres;Postcode;GSM;E-mail;Toestemming",
        f"Zeebroeck;Noor;{street} 4;{postcode};0470 99 88 77;noor@example.org;ja",
        f"Zeebroeck;Noor;{street} 4;{postcode};+32 470/99.88.77;;ja",
        f"Vandamme;Pol;Nergensstraat 1;{postcode};0471 99 88 77;;ja",
        f"Ydens;Ilse;{street} 9;{postcode};12345;;ja",
    ]
    csv_file = tmp_path / "leden.csv"
    csv_file.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    dry = as_json(run_cli("members", "import", network_id, str(csv_file), "--dry-run", "--json",
                          data_dir=data_dir))
    assert dry["file"] == "leden.csv" and dry["header_row"] == 3
    rows = {r["row"]: r for r in dry["rows"]}
    assert rows[4]["status"] == "ok" and rows[4]["phone_e164"] == "+32470998877"
    assert rows[5]["status"] == "duplicate" and "duplicate.in_file" in rows[5]["codes"]
    assert "address.outside_area" in rows[6]["codes"]
    assert "phone.invalid" in rows[7]["codes"]
    assert set(dry["summary"]) == {"ok", "problem", "duplicate"}
    before = len(as_json(run_cli("members", "list", network_id, "--json", data_dir=data_dir)))

    run_cli("members", "import", network_id, str(csv_file), data_dir=data_dir)
    approved = as_json(run_cli("members", "approve", network_id, "--all-ok", "--json",
                                data_dir=data_dir))
    assert approved == {"approved": 1}
    members = as_json(run_cli("members", "list", network_id, "--json", data_dir=data_dir))
    assert len(members) == before + 1
    noor = next(m for m in members if m["full_name"] == "Noor Zeebroeck")

    export = tmp_path / "lijst.csv"
    run_cli("members", "export", network_id, "-o", str(export), data_dir=data_dir)
    assert "Noor Zeebroeck" in export.read_text(encoding="utf-8-sig")
    access = tmp_path / "inzage.json"
    run_cli("members", "access", noor["id"], "-o", str(access), data_dir=data_dir)
    assert json.loads(access.read_text(encoding="utf-8"))["member"]["email"] == \
        "noor@example.org"
    run_cli("members", "forget", noor["id"], data_dir=data_dir)
    exported = run_cli("export", "--json", data_dir=data_dir).stdout
    assert "noor@example.org" not in exported and "+32470998877" not in exported

    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    refused = run_cli("members", "import", network_id, str(bad), data_dir=data_dir,
                      check=False)
    assert refused.returncode == 2 and refused.stderr.strip()
