"""The command line as a user runs it: a subprocess on a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e


def run_cli(*args: str, data_dir: Path | None = None, check: bool = True
            ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BIN_DESKTOP_DATA_DIR"}
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    result = subprocess.run([sys.executable, "-m", "bin_desktop", *prefix, *args],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo")
    run_cli("demo", "--seed", "7", data_dir=data_dir)
    return data_dir


def test_demo_lists_networks_in_many_states(demo_dir: Path) -> None:
    listed = as_json(run_cli("networks", "list", "--json", data_dir=demo_dir))
    assert len(listed) >= 12
    assert len({n["state"] for n in listed}) >= 6
    required = {"id", "name", "type", "municipality", "state", "members", "signatures_done",
                "signatures_needed", "next_action"}
    assert all(required <= set(n) for n in listed)
    assert sum(n["members"] for n in listed) >= 1000


def test_same_seed_same_zone_and_exports_are_byte_identical(demo_dir: Path,
                                                            tmp_path: Path) -> None:
    other = tmp_path / "again"
    run_cli("demo", "--seed", "7", data_dir=other)
    first = as_json(run_cli("networks", "list", "--json", data_dir=demo_dir))
    second = as_json(run_cli("networks", "list", "--json", data_dir=other))
    assert [(n["name"], n["state"]) for n in first] == [(n["name"], n["state"]) for n in second]
    export_a = run_cli("export", "--json", data_dir=demo_dir).stdout
    export_b = run_cli("--json", "export", data_dir=demo_dir).stdout
    assert export_a == export_b
    assert "device_id\": \"" in export_a  # operations carry their device
    assert '"key"' not in export_a  # device-local state stays out


def test_show_has_territory_languages_and_categories(demo_dir: Path) -> None:
    listed = as_json(run_cli("networks", "list", "--json", data_dir=demo_dir))
    shown = as_json(run_cli("networks", "show", listed[0]["id"], "--json", data_dir=demo_dir))
    assert shown["id"] == listed[0]["id"]
    assert set(shown["territory"]) == {"postcodes", "streets"}
    assert all(code.isdigit() and len(code) == 4 for code in shown["territory"]["postcodes"])
    assert set(shown["languages"]) <= {"nl", "fr", "de"} and shown["languages"]
    categories = {"burglary", "vehicle_crime", "theft", "fraud", "disappearance",
                  "suspicious_situation", "drugs", "public_order", "disaster",
                  "prevention_tip", "feedback"}
    assert set(shown["allowed_categories"]) <= categories
    assert isinstance(shown["municipality"], str) and shown["municipality"]


def test_operators_and_acting_as_another_operator(demo_dir: Path) -> None:
    ops = as_json(run_cli("operators", "list", "--json", data_dir=demo_dir))
    roles = [o["role"] for o in ops]
    assert roles.count("mandated_officer") >= 2
    assert {"korpschef", "administrator"} <= set(roles)
    assert all(set(o) >= {"id", "name", "personnel_number", "role"} for o in ops)
    admin = next(o for o in ops if o["role"] == "administrator")
    network = as_json(run_cli("networks", "list", "--json", data_dir=demo_dir))[0]
    refused = run_cli("--operator", admin["personnel_number"], "networks", "update",
                      network["id"], "--set", "name=Renamed by admin", data_dir=demo_dir,
                      check=False)
    assert refused.returncode == 2 and "may not" in refused.stderr


def test_update_is_one_operation_per_set_with_the_actor(demo_dir: Path) -> None:
    ops = as_json(run_cli("operators", "list", "--json", data_dir=demo_dir))
    officer = [o for o in ops if o["role"] == "mandated_officer"][1]
    network = as_json(run_cli("networks", "list", "--json", data_dir=demo_dir))[-1]
    run_cli("--operator", officer["personnel_number"], "networks", "update", network["id"],
            "--set", "name=BIN Nieuwe Naam", "--set", "description=Twee wijzigingen",
            data_dir=demo_dir)
    history = as_json(run_cli("networks", "history", network["id"], "--json",
                              data_dir=demo_dir))
    assert [h["fields"] for h in history[:2]] == [{"description": "Twee wijzigingen"},
                                                  {"name": "BIN Nieuwe Naam"}]
    assert {h["actor_personnel_number"] for h in history[:2]} == {officer["personnel_number"]}


def test_bad_arguments_and_unknown_ids_exit_2_with_a_message(demo_dir: Path,
                                                              tmp_path: Path) -> None:
    unknown = run_cli("networks", "show", "0000", "--json", data_dir=demo_dir, check=False)
    assert unknown.returncode == 2 and "No network with id 0000" in unknown.stderr
    assert unknown.stdout == ""
    bad_state = run_cli("networks", "list", "--bogus", data_dir=demo_dir, check=False)
    assert bad_state.returncode == 2
    again = run_cli("demo", data_dir=demo_dir, check=False)
    assert again.returncode == 2 and "already" in again.stderr
    unknown_op = run_cli("--operator", "NOBODY", "networks", "update", "x", "--set", "name=y",
                         data_dir=demo_dir, check=False)
    assert unknown_op.returncode == 2 and "NOBODY" in unknown_op.stderr
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    not_a_dir = run_cli("networks", "list", data_dir=blocked / "sub", check=False)
    assert not_a_dir.returncode == 2 and "cannot be created" in not_a_dir.stderr
    bad_size = run_cli("demo", "--size", "huge", data_dir=tmp_path / "x", check=False)
    assert bad_size.returncode == 2
