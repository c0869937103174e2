"""Sync figures against the local PostgreSQL (127.0.0.1:5432): push and pull of 10,000
operations, the same rows through a bare psycopg executemany INSERT for comparison, a sync with
nothing to do, and the initial pull of the large demo zone by a device that joins.

    .venv/bin/python tests/bench/bench_sync.py [--skip-large]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bin_desktop.core import networks, operators
from bin_desktop.core.demo import seed_demo
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Member, Municipality, Operation, Zone
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.hub import OP_COLUMNS
from tests.sync_support import make_hub

N = 10_000


def zone_with_members(path: Path, count: int) -> Database:
    db = open_database(path)
    admin = operators.create_operator(db, None, "Admin", "A1", "administrator").id
    officer = operators.create_operator(db, admin, "Jan", "P1", "mandated_officer").id
    with db.unit_of_work(admin) as uow:
        zone = uow.create(Zone, name="PZ", number="5999", language="nl",
                          signature_overdue_days=30, evaluation_interval_months=12)
        town = uow.create(Municipality, zone_id=zone.id, nis_code="23027", name_nl="Halle",
                          name_fr=None, name_de=None, languages=["nl"], postcodes=["1500"],
                          mayor_id=None, prevention_officer_id=None)
        town_id = town.id
    network = networks.create_network(db, officer, name="BIN", type="residential",
                                      municipality_id=town_id, streets=["Kerkstraat"],
                                      postcodes=["1500"], today=dt.date(2026, 1, 5))
    with db.unit_of_work(officer) as uow:
        uow.create_many(Member, [
            {"network_id": network, "status": "active", "full_name": f"Lid {n}",
             "phone_e164": f"+3247{n:07d}", "street": "Kerkstraat", "house_number": str(n),
             "language": "nl", "joined_on": dt.date(2026, 1, 5), "deleted": False}
            for n in range(count - 8)])
    return db


def bare_insert(rows: list[dict[str, object]], dsn: str) -> float:
    columns = ", ".join(OP_COLUMNS)
    marks = ", ".join(f"%({c})s" for c in OP_COLUMNS)
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TEMP TABLE bare (LIKE bin_hub.hub_operation INCLUDING DEFAULTS)")
        conn.execute("ALTER TABLE bare DROP COLUMN seq")
        conn.execute("ALTER TABLE bare ADD COLUMN seq bigserial PRIMARY KEY")
        conn.execute("ALTER TABLE bare ADD UNIQUE (op_id)")
        started = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO bare ({columns}) VALUES ({marks})", rows)
        conn.commit()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bd-bench-sync-"))
    with make_hub("postgresql", tmp) as hub_spec:
        source = zone_with_members(tmp / "a", N)
        with source.read() as s:
            rows = [dict(r._mapping) for r in s.execute(
                __import__("sqlalchemy").select(*[Operation.__table__.c[c] for c in OP_COLUMNS])
                .order_by(Operation.device_seq))]
        with hub_spec.open() as hub:
            started = time.perf_counter()
            pushed = engine._push(source, hub, engine.BATCH, engine.SyncReport(), None)
            push_s = time.perf_counter() - started
        bare_s = bare_insert(rows, hub_spec.admin_url)
        print(f"push   {pushed:>6} ops: {push_s:6.2f} s = {pushed / push_s:7.0f} ops/s "
              f"(bare psycopg executemany of the same rows: {bare_s:.2f} s, "
              f"ratio {push_s / bare_s:.1f}x)  target < 5 s")
        joiner = open_database(tmp / "b")
        with hub_spec.open() as hub:
            started = time.perf_counter()
            report = engine.sync(joiner, hub)
            pull_s = time.perf_counter() - started
        print(f"pull   {report.pulled:>6} ops: {pull_s:6.2f} s = "
              f"{report.pulled / pull_s:7.0f} ops/s  target < 5 s")
        with hub_spec.open() as hub:
            engine.sync(source, hub)  # the source learns its hub sequences
            times = []
            for _ in range(7):
                started = time.perf_counter()
                engine.sync(joiner, hub)
                times.append(time.perf_counter() - started)
        print(f"nothing to do: median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms  target < 300 ms")
        source.close()
        joiner.close()
    if args.skip_large:
        return
    with make_hub("postgresql", tmp / "large") as hub_spec:
        big = open_database(tmp / "large-a")
        seed_demo(big, size="large")
        with hub_spec.open() as hub:
            started = time.perf_counter()
            up = engine.sync(big, hub)
            up_s = time.perf_counter() - started
        joiner = open_database(tmp / "large-b")
        with hub_spec.open() as hub:
            started = time.perf_counter()
            down = engine.sync(joiner, hub)
            down_s = time.perf_counter() - started
        print(f"large demo zone: first push of {up.pushed} ops {up_s:.1f} s; a device that "
              f"joins pulls {down.pulled} ops in {down_s:.1f} s  target < 60 s")
        big.close()
        joiner.close()


if __name__ == "__main__":
    main()
