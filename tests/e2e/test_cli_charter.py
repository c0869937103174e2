"""The charter from the command line, as a station PC's scripts would run it: a demo network
waiting for the mayor's signature goes to "official"; tampered PDFs are caught."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.pki import PASSPHRASE, issue_people

pytestmark = pytest.mark.e2e


def cli(data_dir: Path, *args: str, check: bool = True, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "BIN_DESKTOP_DATA_DIR"}
    environment.update(env or {})
    result = subprocess.run([sys.executable, "-m", "bin_desktop", "--data-dir", str(data_dir),
                             *args], capture_output=True, text=True, env=environment,
                            timeout=120, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"{args}: exit {result.returncode}: {result.stderr}")
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("charter-demo")
    cli(data_dir, "demo")
    return data_dir


def _waiting_for_the_mayor(data_dir: Path) -> dict[str, Any]:
    listed = as_json(cli(data_dir, "networks", "list", "--json"))
    return next(n for n in listed if n["state"] == "signatures"
                and n["next_action"]["actor"] == "mayor")


def _with_charter(data_dir: Path) -> dict[str, Any]:
    listed = as_json(cli(data_dir, "networks", "list", "--json"))
    return next(n for n in listed if n["state"] == "active" and n["signatures_needed"])


def test_a_demo_network_goes_from_signatures_pending_to_official(demo: Path,
                                                                 tmp_path: Path) -> None:
    network = _waiting_for_the_mayor(demo)
    shown = as_json(cli(demo, "charter", "show", network["id"], "--json"))
    mayor = next(s for s in shown[0]["signatures"] if s["signatory"] == "mayor")
    assert mayor["status"] == "pending"
    pki = issue_people([mayor["expected_signer"]])
    (tmp_path / "root.pem").write_bytes(pki.root_pem)
    (tmp_path / "mayor.p12").write_bytes(pki.people[mayor["expected_signer"]].pkcs12)
    admin = next(o for o in as_json(cli(demo, "operators", "list", "--json"))
                 if o["role"] == "administrator")
    cli(demo, "--operator", admin["personnel_number"], "zone", "trust", "add",
        str(tmp_path / "root.pem"))

    cli(demo, "charter", "pdf", network["id"], "-o", str(tmp_path / "charter.pdf"))
    fields = as_json(cli(demo, "charter", "fields", str(tmp_path / "charter.pdf"), "--json"))
    assert "sig_mayor" in [f["name"] for f in fields]
    assert not any(f["signed"] for f in fields)
    cli(demo, "charter", "sign", str(tmp_path / "charter.pdf"), "--field", "sig_mayor",
        "--pkcs12", str(tmp_path / "mayor.p12"), "--passphrase-env", "P12_PASS",
        "-o", str(tmp_path / "signed.pdf"), env={"P12_PASS": PASSPHRASE.decode()})
    verified = as_json(cli(demo, "charter", "verify", str(tmp_path / "signed.pdf"),
                           "--trust", str(tmp_path / "root.pem"), "--json"))
    mayor_field = next(f for f in verified["fields"] if f["field"] == "sig_mayor")
    assert mayor_field["signed"] and mayor_field["intact"] and mayor_field["trusted"]

    recorded = as_json(cli(demo, "charter", "record", network["id"], "--party", "municipality",
                           "--signed-pdf", str(tmp_path / "signed.pdf"), "--json"))
    assert recorded == [{"signatory": "mayor", "signer": mayor["expected_signer"],
                         "method": "signed_pdf"}]
    cli(demo, "charter", "submit", network["id"], "-o", str(tmp_path / "letter.pdf"))
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    today = dt.date.today().isoformat()
    cli(demo, "charter", "approve", network["id"], "--date", today, "--reference",
        "ADVP/2026/0777")
    after = as_json(cli(demo, "networks", "show", network["id"], "--json"))
    assert after["state"] == "official"
    assert after["signatures_done"] == after["signatures_needed"]
    history = as_json(cli(demo, "networks", "history", network["id"], "--json"))
    assert any(h["entity"] == "signature_event" for h in history)


def test_a_flipped_byte_makes_verify_exit_1(demo: Path, tmp_path: Path) -> None:
    pki = issue_people(["Test Signer"])
    (tmp_path / "root.pem").write_bytes(pki.root_pem)
    (tmp_path / "signer.p12").write_bytes(pki.people["Test Signer"].pkcs12)
    network = _with_charter(demo)
    cli(demo, "charter", "pdf", network["id"], "-o", str(tmp_path / "c.pdf"))
    cli(demo, "charter", "sign", str(tmp_path / "c.pdf"), "--field", "sig_coordinator",
        "--pkcs12", str(tmp_path / "signer.p12"), "--passphrase-env", "P12_PASS",
        "-o", str(tmp_path / "s.pdf"), env={"P12_PASS": PASSPHRASE.decode()})
    good = cli(demo, "charter", "verify", str(tmp_path / "s.pdf"), "--trust",
               str(tmp_path / "root.pem"), "--json")
    assert good.returncode == 0 and as_json(good)["ok"]
    data = bytearray((tmp_path / "s.pdf").read_bytes())
    position = data.index(b"stream", len(data) // 3) + 30  # inside page content, not /Contents
    data[position] ^= 0x20
    (tmp_path / "tampered.pdf").write_bytes(bytes(data))
    bad = cli(demo, "charter", "verify", str(tmp_path / "tampered.pdf"), "--trust",
              str(tmp_path / "root.pem"), "--json", check=False)
    assert bad.returncode == 1


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_an_independent_validator_accepts_every_signature(demo: Path, tmp_path: Path) -> None:
    names = ["Signer One", "Signer Two", "Signer Three"]
    pki = issue_people(names)
    network = _with_charter(demo)
    cli(demo, "charter", "pdf", network["id"], "-o", str(tmp_path / "0.pdf"))
    fields = [f["name"] for f in as_json(cli(demo, "charter", "fields",
                                              str(tmp_path / "0.pdf"), "--json"))]
    for index, (name, field) in enumerate(zip(names, fields, strict=False)):
        (tmp_path / f"{index}.p12").write_bytes(pki.people[name].pkcs12)
        cli(demo, "charter", "sign", str(tmp_path / f"{index}.pdf"), "--field", field,
            "--pkcs12", str(tmp_path / f"{index}.p12"), "--passphrase-env", "P12_PASS",
            "-o", str(tmp_path / f"{index + 1}.pdf"), env={"P12_PASS": PASSPHRASE.decode()})
    final = tmp_path / f"{min(len(names), len(fields))}.pdf"
    report = subprocess.run(["pdfsig", str(final)], capture_output=True, text=True,
                            check=False).stdout
    assert report.count("Signature is Valid") == min(len(names), len(fields))
    assert "Signature is Invalid" not in report
