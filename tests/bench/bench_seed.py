"""Benchmark: seeding the demo zone, small and large (the large one must stay well under 60 s).

Run with `make bench` or `.venv/bin/python tests/bench/bench_seed.py [--seed N]`. Prints wall
times, what was created and the size of the database file, then how long the dashboard query takes
on the result (the first thing the GUI does with a seeded folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bin_desktop.core.dashboard import load_rows, needs_action
from bin_desktop.core.demo import seed_demo
from bin_desktop.core.store.database import DB_FILENAME, open_database

LARGE_LIMIT_S = 60.0


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob(f"{DB_FILENAME}*"))


def bench(size: str, seed: int, today: dt.date) -> float:
    with tempfile.TemporaryDirectory(prefix=f"bench-seed-{size}-") as tmp:
        folder = Path(tmp)
        db = open_database(folder)
        start = time.perf_counter()
        summary = seed_demo(db, seed=seed, size=size, today=today)
        seconds = time.perf_counter() - start
        query_start = time.perf_counter()
        with db.read() as session:
            rows = load_rows(session, today=today)
            needs_action(rows, overdue_days=30)
        query = time.perf_counter() - query_start
        db.close()
        print(f"{size:5}  seed {seconds:6.2f} s   networks {summary.networks:4}   "
              f"members {summary.members:6}   operations {summary.operations:6}   "
              f"messages {summary.messages:4}   file {_size(folder) / 1_048_576:6.1f} MiB   "
              f"dashboard {query * 1000:6.0f} ms")
        print(f"       states {summary.states}")
        return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    today = dt.date.today()
    bench("small", args.seed, today)
    large = bench("large", args.seed, today)
    if large > LARGE_LIMIT_S:
        print(f"FAIL: seeding large took {large:.1f} s (limit {LARGE_LIMIT_S:.0f} s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
