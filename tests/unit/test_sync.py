"""Sync against a real hub: a SQLite file and a database in the local PostgreSQL."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from bin_desktop.core import networks
from bin_desktop.core.demo import seed_demo
from bin_desktop.core.export import export_json
from bin_desktop.core.store.blobs import get_blob, put_blob
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Network, Operation
from bin_desktop.core.store.schema import SCHEMA_VERSION
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.conflicts import conflict_rows, keep_other
from bin_desktop.core.sync.hub import Hub, HubUnreachable, hub_operation
from tests.sync_support import HubSpec, make_hub
from tests.unit.conftest import SmallZone


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HubSpec]:
    with make_hub(request.param, tmp_path) as spec:
        yield spec


def _sync(db: Database, spec: HubSpec, **kwargs: Any) -> engine.SyncReport:
    with spec.open() as hub:
        return engine.sync(db, hub, **kwargs)


def _hub_ops(spec: HubSpec) -> list[str]:
    with spec.open() as hub, hub.engine.connect() as conn:
        return list(conn.execute(select(hub_operation.c.op_id)).scalars())


@pytest.fixture
def laptops(small_zone: SmallZone, hub: HubSpec, tmp_path: Path
            ) -> Iterator[tuple[Database, Database]]:
    """Device A made the zone and synced; device B joined from an empty folder."""
    _sync(small_zone.db, hub)
    b = open_database(tmp_path / "b")
    _sync(b, hub)
    yield small_zone.db, b
    b.close()


def test_a_joining_device_gets_the_whole_zone(tmp_path: Path, hub: HubSpec) -> None:
    a = open_database(tmp_path / "a")
    seed_demo(a, size="small")
    pushed = _sync(a, hub)
    b = open_database(tmp_path / "b")
    pulled = _sync(b, hub)
    assert pushed.pushed == pulled.pulled > 1000
    assert export_json(b) == export_json(a)
    # device-local derived data follows: the member search works on the new device
    counts = []
    for device in (a, b):
        with device.read() as s:
            counts.append(s.execute(text("SELECT COUNT(*), MIN(text), MAX(text) "
                                         "FROM member_search")).one())
    assert counts[0] == counts[1] and counts[0][0] > 100
    again = _sync(b, hub)
    assert (again.pushed, again.pulled) == (0, 0)
    a.close()
    b.close()


def test_edits_of_different_fields_offline_both_survive(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec) -> None:
    a, b = laptops
    net, officer = small_zone.network, small_zone.officer
    networks.update_network(a, officer, net, name="BIN Kerkwijk-Noord")
    networks.update_network(b, officer, net, description="Rond de basiliek")
    for device in (a, b, a):
        _sync(device, hub)
    for device in (a, b):
        with device.read() as s:
            row = s.get(Network, net)
            assert row is not None
            assert (row.name, row.description) == ("BIN Kerkwijk-Noord", "Rond de basiliek")
        assert conflict_rows(device) == []
    assert export_json(a) == export_json(b)


def test_the_same_field_gets_one_winner_and_one_conflict_on_both(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec) -> None:
    a, b = laptops
    net, officer = small_zone.network, small_zone.officer
    networks.update_network(a, officer, net, name="BIN A")
    time.sleep(0.002)
    networks.update_network(b, officer, net, name="BIN B")
    for device in (b, a, b):
        _sync(device, hub)
    names = set()
    for device in (a, b):
        with device.read() as s:
            row = s.get(Network, net)
            assert row is not None
            names.add(row.name)
    assert names == {"BIN B"}  # the later stamp, on both
    conflicts_a, conflicts_b = conflict_rows(a), conflict_rows(b)
    assert conflicts_a == conflicts_b
    [conflict] = conflicts_a
    assert (conflict["field"], conflict["winner"]["value"], conflict["loser"]["value"]) == (
        "name", "BIN B", "BIN A")
    assert conflict["winner"]["by"] == "Jan Peeters"
    # one click on A: keep the other value; it travels like any edit and settles it on B
    keep_other(a, officer, conflict["id"])
    assert conflict_rows(a) == []
    for device in (a, b):
        _sync(device, hub)
    for device in (a, b):
        with device.read() as s:
            row = s.get(Network, net)
            assert row is not None and row.name == "BIN A"
        assert conflict_rows(device) == []
        assert [c["resolved"] for c in conflict_rows(device, include_resolved=True)] == [True]
    assert export_json(a) == export_json(b)


def test_a_push_resent_after_a_crash_is_not_doubled(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec) -> None:
    a, _b = laptops
    networks.update_network(a, small_zone.officer, small_zone.network, name="Nieuw")
    _sync(a, hub)
    before = _hub_ops(hub)
    a.set_local(engine.PUSH_KEY, "0")  # as if killed after the hub's commit, before the ack
    report = _sync(a, hub)
    assert report.pushed == len([o for o in before]) and _hub_ops(hub) == before
    assert len(set(before)) == len(before)


def test_an_interrupted_pull_goes_on_where_it_stopped(tmp_path: Path, hub: HubSpec) -> None:
    a = open_database(tmp_path / "a")
    seed_demo(a, size="small")
    _sync(a, hub)
    b = open_database(tmp_path / "b")

    class Flaky(Hub):
        calls = 0

        def pull(self, after: int, limit: int) -> list[dict[str, Any]]:
            Flaky.calls += 1
            if Flaky.calls == 3:
                from sqlalchemy.exc import OperationalError  # noqa: PLC0415

                raise OperationalError("SELECT", {}, Exception("server closed the connection"))
            return super().pull(after, limit)

    with Flaky(hub.url) as flaky, pytest.raises(HubUnreachable) as raised:
        engine.sync(b, flaky, batch_size=300)
    assert "Nothing is lost" in raised.value.message
    assert engine.status(b)["cursor"] == 600  # two batches applied with their cursor
    _sync(b, hub, batch_size=300)
    assert export_json(b) == export_json(a)
    a.close()
    b.close()


def test_a_restored_backup_is_quarantined_not_merged(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec,
        tmp_path: Path) -> None:
    a, _b = laptops
    a.engine.dispose()
    with a.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_dir = tmp_path / "restored"
    shutil.copytree(a.data_dir, copy_dir)
    networks.update_network(a, small_zone.officer, small_zone.network, name="Echt")
    _sync(a, hub)
    restored = open_database(copy_dir)
    assert restored.device_id == a.device_id
    networks.update_network(restored, small_zone.officer, small_zone.network, name="Kopie")
    hub_before = _hub_ops(hub)
    with pytest.raises(engine.DeviceQuarantined) as raised:
        _sync(restored, hub)
    assert raised.value.exit_code == 4
    with pytest.raises(engine.DeviceQuarantined):
        _sync(restored, hub)  # stays quarantined
    assert _hub_ops(hub) == hub_before  # nothing of the copy reached the zone
    assert engine.status(restored)["quarantined"]
    restored.close()


def test_a_newer_hub_asks_for_an_update_and_changes_nothing(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec) -> None:
    a, _b = laptops
    networks.update_network(a, small_zone.officer, small_zone.network, name="Later")
    before = _hub_ops(hub)
    admin = Hub(hub.admin_url)
    with admin.engine.begin() as conn:
        conn.execute(text("UPDATE " + ("" if hub.kind == "sqlite" else "bin_hub.")
                          + "hub_meta SET value = :v WHERE key = 'schema_version'"),
                     {"v": str(SCHEMA_VERSION + 1)})
    admin.close()
    with pytest.raises(engine.UpdateRequired) as raised:
        _sync(a, hub)
    assert str(SCHEMA_VERSION + 1) in raised.value.message
    assert _hub_ops(hub) == before
    assert engine.pending_count(a) == 1


def test_operations_stamped_in_the_hub_future_are_refused(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec) -> None:
    a, _b = laptops
    future = (time.time_ns() // 1_000_000) + 10 * 60_000
    with a.write() as s:  # a clock ten minutes fast stamped this change
        s.execute(text("UPDATE operation SET hlc = :h WHERE device_seq = (SELECT MAX("
                       "device_seq) FROM operation)"),
                  {"h": f"{future:015d}-00000-{a.device_id}"})
        s.execute(text("UPDATE device_state SET value = '0' WHERE key = 'push_seq'"))
    with pytest.raises(engine.ClockSkewed):
        _sync(a, hub)
    # the hub itself refuses them too, whatever the client says
    with a.read() as s:
        row = s.execute(select(*[Operation.__table__.c[c] for c in (
            "op_id", "hlc", "device_id", "device_seq", "seen_seq", "actor_id", "entity",
            "entity_id", "network_id", "kind", "fields", "schema_version")])
            .order_by(Operation.device_seq.desc()).limit(1)).one()._asdict()
    row["op_id"], row["device_seq"] = "x" * 36, 10**9
    with hub.open() as h, pytest.raises(Exception, match="BIN-HUB-SKEW"):
        h.push([row])


def test_an_unreachable_hub_loses_nothing(small_zone: SmallZone) -> None:
    networks.update_network(small_zone.db, small_zone.officer, small_zone.network, name="X")
    pending = engine.pending_count(small_zone.db)
    with pytest.raises(HubUnreachable) as raised:
        engine.open_hub(small_zone.db, "postgresql://nobody@127.0.0.1:1/none")
    assert raised.value.exit_code == 3
    assert "kept on this computer" in raised.value.message
    assert engine.pending_count(small_zone.db) == pending > 0


def test_files_travel_by_hash(laptops: tuple[Database, Database], hub: HubSpec) -> None:
    a, b = laptops
    with a.write() as s:
        digest = put_blob(s, b"%PDF-1.7 signed charter", "application/pdf")
    report_a = _sync(a, hub)
    report_b = _sync(b, hub)
    assert (report_a.blobs_up, report_b.blobs_down) == (1, 1)
    with b.read() as s:
        assert get_blob(s, digest) == b"%PDF-1.7 signed charter"
    assert (_sync(a, hub).blobs_up, _sync(b, hub).blobs_down) == (0, 0)


def test_the_hub_log_is_append_only(laptops: tuple[Database, Database], hub: HubSpec) -> None:
    with Hub(hub.admin_url) as admin:
        prefix = "" if hub.kind == "sqlite" else "bin_hub."
        for statement in (f"UPDATE {prefix}hub_operation SET kind = 'x'",
                          f"DELETE FROM {prefix}hub_operation"):
            with pytest.raises(Exception, match="append-only"), admin.engine.begin() as conn:
                conn.execute(text(statement))
    assert len(_hub_ops(hub)) > 0


@pytest.mark.parametrize("hub", ["postgresql"], indirect=True)  # roles exist there only
def test_the_client_role_cannot_update_delete_or_truncate(
        laptops: tuple[Database, Database], hub: HubSpec) -> None:
    dsn = hub.url
    for statement in ("UPDATE bin_hub.hub_operation SET kind = 'x'",
                      "DELETE FROM bin_hub.hub_operation",
                      "TRUNCATE bin_hub.hub_operation",
                      "UPDATE bin_hub.hub_blob SET size = 0"):
        with psycopg.connect(dsn) as conn, pytest.raises(
                psycopg.errors.InsufficientPrivilege, match="permission denied"):
            conn.execute(statement)  # type: ignore[arg-type]
    # and the triggers refuse even the owner / an administrator
    with psycopg.connect(hub.admin_url) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege, match="append-only"):
        conn.execute("TRUNCATE bin_hub.hub_operation")
    assert len(_hub_ops(hub)) > 0


@pytest.mark.parametrize("hub", ["postgresql"], indirect=True)  # SQLite serialises writers
def test_sequence_order_is_commit_order_on_postgresql(
        laptops: tuple[Database, Database], hub: HubSpec) -> None:
    """A writer that started first but commits last must not get a lower sequence that a
    reader could skip: the second writer waits for the first."""
    template = dict(hlc=f"{time.time_ns() // 1_000_000:015d}-00000-dev", seen_seq=0,
                    actor_id=None, entity="network", entity_id="e", network_id=None,
                    kind="update", fields="{}", schema_version=SCHEMA_VERSION)
    first = psycopg.connect(hub.url)
    first.execute("INSERT INTO bin_hub.hub_operation (op_id, device_id, device_seq, hlc, "
                  "seen_seq, entity, entity_id, kind, fields, schema_version) VALUES "
                  "('first', 'd1', 1, %(hlc)s, 0, 'network', 'e', 'update', '{}', %(v)s)",
                  {"hlc": template["hlc"], "v": SCHEMA_VERSION})
    done = threading.Event()

    def second_writer() -> None:
        with psycopg.connect(hub.url) as conn:
            conn.execute("INSERT INTO bin_hub.hub_operation (op_id, device_id, device_seq, "
                         "hlc, seen_seq, entity, entity_id, kind, fields, schema_version) "
                         "VALUES ('second', 'd2', 1, %(hlc)s, 0, 'network', 'e', 'update', "
                         "'{}', %(v)s)", {"hlc": template["hlc"], "v": SCHEMA_VERSION})
        done.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert not done.wait(0.5)  # blocked behind the first, uncommitted writer
    first.commit()
    first.close()
    thread.join(10)
    with psycopg.connect(hub.url) as conn:
        seqs = dict(conn.execute("SELECT op_id, seq FROM bin_hub.hub_operation WHERE op_id IN "
                                 "('first', 'second')").fetchall())
    assert seqs["first"] < seqs["second"]


def test_one_device_holds_a_dispatch_claim_until_its_lease_runs_out(
        laptops: tuple[Database, Database], hub: HubSpec) -> None:
    a, b = laptops
    with hub.open() as h:
        assert [c.message_id for c in h.claim({"m1"}, a.device_id, 60)] == ["m1"]
        assert h.claim({"m1"}, b.device_id, 60) == []  # held by A
        assert [c.taken_over_from for c in h.claim({"m1"}, a.device_id, 60)] == [None]
        h.claim({"m2"}, a.device_id, 0.05)
        time.sleep(0.2)
        [taken] = h.claim({"m2"}, b.device_id, 60)  # A's lease ran out: B takes it over
        assert taken.taken_over_from == a.device_id
        assert h.claim({"m2"}, a.device_id, 60) == []


def test_sync_status_counts_what_waits(laptops: tuple[Database, Database],
                                       small_zone: SmallZone, hub: HubSpec) -> None:
    a, _b = laptops
    for name in ("Een", "Twee", "Drie"):
        networks.update_network(a, small_zone.officer, small_zone.network, name=name)
    status = engine.status(a)
    assert status["pending"] == 3 and status["last_sync"]
    assert dt.datetime.fromisoformat(status["last_sync"]).tzinfo is not None
    _sync(a, hub)
    assert engine.status(a)["pending"] == 0


def test_a_unique_value_made_twice_offline_stops_the_pull_with_a_message(
        laptops: tuple[Database, Database], small_zone: SmallZone, hub: HubSpec) -> None:
    from bin_desktop.core import operators  # noqa: PLC0415

    a, b = laptops
    operators.create_operator(a, small_zone.admin, "Ann", "P7777", "mandated_officer")
    operators.create_operator(b, small_zone.admin, "Bart", "P7777", "mandated_officer")
    _sync(a, hub)
    cursor = engine.status(b)["cursor"]
    with pytest.raises(engine.SyncError, match="must be unique") as raised:
        _sync(b, hub)
    assert "Traceback" not in raised.value.message
    assert engine.status(b)["cursor"] == cursor  # nothing half-applied
    with b.unit_of_work(small_zone.admin) as uow:  # renamed here, the next sync goes through
        from bin_desktop.core.store.models import Operator  # noqa: PLC0415

        row = uow.session.scalars(select(Operator).where(
            Operator.personnel_number == "P7777")).one()
        uow.update(row, personnel_number="P7778")
    _sync(b, hub)
    _sync(a, hub)
    assert export_json(a) == export_json(b)


def test_a_missing_office_hub_file_is_offline_and_not_created(tmp_path: Path,
                                                              small_zone: SmallZone) -> None:
    missing = tmp_path / "share" / "hub.db"
    with pytest.raises(HubUnreachable, match="no hub file"):
        engine.open_hub(small_zone.db, f"sqlite:///{missing}")
    assert not missing.exists()


def test_the_hub_url_is_remembered_as_typed_without_its_password(small_zone: SmallZone) -> None:
    engine.set_hub_url(small_zone.db, "postgresql://client:s3cret@db.zone:5432/bin")
    assert engine.hub_url(small_zone.db) == "postgresql://client@db.zone:5432/bin"


def test_a_full_disk_during_a_pull_says_so_and_loses_nothing(tmp_path: Path,
                                                             hub: HubSpec) -> None:
    from sqlalchemy import event  # noqa: PLC0415

    a = open_database(tmp_path / "a")
    seed_demo(a, size="small")
    _sync(a, hub)
    b = open_database(tmp_path / "b")
    with b.read() as s:
        limit = int(s.execute(text("PRAGMA page_count")).scalar() or 0) + 150

    def small_disk(dbapi_connection: Any, _record: Any) -> None:  # room for a few batches
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(b.engine, "connect", small_disk)
    b.engine.dispose()
    with pytest.raises(engine.SyncError, match="Free some disk space") as raised:
        _sync(b, hub, batch_size=200)
    assert "full" in raised.value.message
    cursor = engine.status(b)["cursor"]
    assert cursor % 200 == 0 and cursor < 2000  # whole batches only, then it stopped
    event.remove(b.engine, "connect", small_disk)
    b.engine.dispose()
    _sync(b, hub, batch_size=200)
    assert export_json(b) == export_json(a)
    a.close()
    b.close()
