"""Dashboard benchmark on the `large` demo zone (500 BINs, 100,000 members). Prints figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_dashboard.py [--data-dir D]

1. model loaded + first paint of the dashboard (target < 0.5 s);
2. search/filter p50/p95 over 20 queries, SQL + core sort + model reset (target < 50 ms);
3. wall time of `python -m bin_desktop --data-dir D --smoke-test` against a bare QApplication
   + QMainWindow start (target < 3×).
The seeded folder is kept in the temp dir and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

QUERIES = ["kerk", "straat", "1500", "bin", "molen", "z", "centrum", "dorp", "park", "veld",
           "laan", "sint", "noord", "zuid", "oost", "west", "1650", "hof", "berg", "xyz"]
BARE = ("from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication([]); "
        "w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents(); w.grab()")


def seeded_folder(data_dir: Path) -> Path:
    from bin_desktop.core.store.database import open_database  # noqa: PLC0415
    from bin_desktop.core.zone import get_zone  # noqa: PLC0415

    db = open_database(data_dir)
    try:
        if get_zone(db) is None:
            from bin_desktop.core.demo import seed_demo  # noqa: PLC0415

            started = time.perf_counter()
            summary = seed_demo(db, size="large")
            print(f"seeded {summary.networks} networks, {summary.members} members "
                  f"in {time.perf_counter() - started:.1f} s")
    finally:
        db.close()
    return data_dir


def bench_gui(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from bin_desktop.core.operators import current_operator  # noqa: PLC0415
    from bin_desktop.core.store.database import open_database  # noqa: PLC0415
    from bin_desktop.core.zone import get_zone  # noqa: PLC0415
    from bin_desktop.gui.context import AppContext, DataEvents  # noqa: PLC0415
    from bin_desktop.gui.errors import ErrorHelper  # noqa: PLC0415
    from bin_desktop.gui.pages.dashboard import DashboardPage  # noqa: PLC0415
    from bin_desktop.gui.tasks import DbTasks  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    db = open_database(data_dir)
    errors = ErrorHelper(data_dir, crash_dialog=False)
    tasks = DbTasks(errors)
    try:
        ctx = AppContext(db, tasks, errors, DataEvents(), current_operator(db), get_zone(db))
        page = DashboardPage(ctx)
        page.resize(1180, 720)
        started = time.perf_counter()
        page.show()
        page.refresh()
        tasks.wait_idle()
        page.grab()
        first = time.perf_counter() - started
        print(f"dashboard: {page.model.rowCount()} rows loaded + first paint: {first * 1000:.0f} ms"
              f" (target < 500 ms)")
        timings = []
        for query in QUERIES:
            page.search_edit.blockSignals(True)
            page.search_edit.setText(query)
            page.search_edit.blockSignals(False)
            started = time.perf_counter()
            page.reload_table()
            tasks.wait_idle()
            app.processEvents()
            timings.append(time.perf_counter() - started)
        timings.sort()
        p50 = statistics.median(timings) * 1000
        p95 = timings[int(len(timings) * 0.95) - 1] * 1000
        print(f"search/filter over {len(QUERIES)} queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
              f"(target < 50 ms)")
    finally:
        tasks.shutdown()
        db.close()


def wall(args: list[str], runs: int = 3) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def bench_startup(data_dir: Path) -> None:
    bare = wall([sys.executable, "-c", BARE])
    if (ROOT / "bin_desktop" / "cli.py").exists():
        smoke_cmd = [sys.executable, "-m", "bin_desktop", "--data-dir", str(data_dir),
                     "--smoke-test"]
    else:
        smoke_cmd = [sys.executable, "-c",
                     "import sys; from pathlib import Path; from bin_desktop.gui.app import run; "
                     "from bin_desktop.options import AppOptions; "
                     f"sys.exit(run(AppOptions(data_dir=Path({str(data_dir)!r}), "
                     "smoke_test=True)))"]
    smoke = wall(smoke_cmd)
    print(f"start-up: smoke test {smoke:.2f} s, bare QApplication+QMainWindow {bare:.2f} s, "
          f"ratio {smoke / bare:.1f}x (target < 3x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "bin-desk-bench-large")
    args = parser.parse_args()
    data_dir = seeded_folder(args.data_dir)
    bench_gui(data_dir)
    bench_startup(data_dir)


if __name__ == "__main__":
    main()
