"""Members page benchmark: one network with 100,000 members in a temporary database. Prints figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_members_gui.py [--members N]

1. the member list opened: first page + count in the worker, model reset and first paint;
2. search p50/p95 over 20 searches, from the debounce timer firing to the new rows painted
   (target < 100 ms), next to what core's member_page + count_members cost for the same
   searches (the floor the GUI cannot go under);
3. scrolling a screen at a time inside the pages in memory (no query);
4. scrolling to the end: the last page fetched and painted; then a drag of the scroll bar
   through the list in 20 steps (each step one query at most, never a queue of them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SEARCHES = ["peeters", "maes", "jan", "marie", "straat", "laan", "0470", "+3249", "@example",
            "dubois", "claes", "el", "kerk", "sofie", "xyz", "moha", "de", "ja", "van", "luc"]


def build(data_dir: Path, count: int) -> tuple[str, float]:
    """A zone, an officer and one network with `count` members (create_many, like the demo)."""
    from bin_desktop.core import demo_data as data  # noqa: PLC0415
    from bin_desktop.core import networks, operators  # noqa: PLC0415
    from bin_desktop.core.lifecycle import State  # noqa: PLC0415
    from bin_desktop.core.store.database import open_database  # noqa: PLC0415
    from bin_desktop.core.store.models import Member, Municipality, Zone  # noqa: PLC0415

    db = open_database(data_dir)
    try:
        admin = operators.create_operator(db, None, "Ann Admin", "A001", "administrator").id
        officer = operators.create_operator(db, admin, "Jan Peeters", "P1001",
                                            "mandated_officer").id
        operators.set_default_operator(db, officer)
        with db.unit_of_work(admin) as uow:
            zone = uow.create(Zone, name="PZ Bench", number="5415", language="nl",
                              signature_overdue_days=30, evaluation_interval_months=12)
            halle = uow.create(Municipality, zone_id=zone.id, nis_code="23027",
                               name_nl="Halle", name_fr="Hal", name_de=None, languages=["nl"],
                               postcodes=["1500"], mayor_id=None, prevention_officer_id=None)
        streets = [f"{name}straat" for name in ("Kerk", "Molen", "Dorp", "Stations", "School",
                                                "Bos", "Beek", "Kasteel", "Zuid", "Noord")]
        network = networks.create_network(
            db, officer, name="BIN Groot", type="residential", municipality_id=halle.id,
            state=State.ACTIVE, streets=streets, postcodes=["1500"])
        rng = random.Random(1)
        firsts = [n for names in data.FIRST_NAMES.values() for n in names]
        lasts = [n for names in data.SURNAMES.values() for n in names]
        start = dt.date(2019, 1, 1)
        rows = []
        for n in range(count):
            first, last = rng.choice(firsts), rng.choice(lasts)
            joined = start + dt.timedelta(days=rng.randrange(2400))
            rows.append({
                "network_id": network, "status": rng.choices(
                    ("active", "paused", "left", "pending_review"), (85, 5, 7, 3))[0],
                "full_name": f"{first} {last}", "first_name": first, "last_name": last,
                "phone_e164": f"+32{rng.choice(data.MOBILE_PREFIXES)}{n:06d}",
                "email": f"{first.lower()}.{last.lower().replace(' ', '')}{n}@example.be",
                "street": rng.choice(streets), "house_number": str(rng.randint(1, 180)),
                "postcode": "1500", "language": "nl", "consent": True, "consent_on": joined,
                "joined_on": joined, "deleted": False, "channels": [],
            })
        started = time.perf_counter()
        with db.unit_of_work(officer) as uow:
            uow.create_many(Member, rows)
        return network, time.perf_counter() - started
    finally:
        db.close()


def bench(data_dir: Path, network_id: str, count: int) -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from bin_desktop.core.members import service  # noqa: PLC0415
    from bin_desktop.core.operators import current_operator  # noqa: PLC0415
    from bin_desktop.core.store.database import open_database  # noqa: PLC0415
    from bin_desktop.core.zone import get_zone  # noqa: PLC0415
    from bin_desktop.gui.context import AppContext, DataEvents  # noqa: PLC0415
    from bin_desktop.gui.errors import ErrorHelper  # noqa: PLC0415
    from bin_desktop.gui.member_models import MembersModel  # noqa: PLC0415
    from bin_desktop.gui.pages.members import MembersPage  # noqa: PLC0415
    from bin_desktop.gui.tasks import DbTasks  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    db = open_database(data_dir)
    errors = ErrorHelper(data_dir, crash_dialog=False)
    tasks = DbTasks(errors)

    def settle(model: MembersModel) -> None:
        while True:
            tasks.wait_idle(60_000)
            app.processEvents()
            if tasks.pending == 0 and not model.loading:
                return

    try:
        ctx = AppContext(db, tasks, errors, DataEvents(), current_operator(db), get_zone(db))
        page = MembersPage(ctx)
        page.resize(1220, 720)
        page.show()
        tasks.wait_idle()
        app.processEvents()
        model, view = page.members_model, page.ui.membersView

        started = time.perf_counter()
        page.open_network(network_id)
        settle(model)
        page.grab()
        first = time.perf_counter() - started
        print(f"member list of {model.rowCount():,} members: first page + count + first paint "
              f"{first * 1000:.0f} ms")

        timings, core = [], []
        for text in SEARCHES:
            page.ui.searchEdit.blockSignals(True)
            page.ui.searchEdit.setText(text)
            page.ui.searchEdit.blockSignals(False)
            started = time.perf_counter()
            page.apply_filter()  # what the debounce timer calls
            settle(model)
            view.viewport().repaint()
            timings.append(time.perf_counter() - started)
            flt = service.MemberFilter(text)
            started = time.perf_counter()
            rows = service.member_page(db, network_id, flt, limit=model.page_size)
            if len(rows) == model.page_size:
                service.count_members(db, network_id, flt)
            core.append(time.perf_counter() - started)

        def ms(values: list[float], q: int) -> float:
            return statistics.quantiles(values, n=100)[q - 1] * 1000

        print(f"search ({len(SEARCHES)} searches): p50 {ms(timings, 50):.0f} ms, "
              f"p95 {ms(timings, 95):.0f} ms (target < 100 ms); core's queries alone: "
              f"p50 {ms(core, 50):.0f} ms, p95 {ms(core, 95):.0f} ms")

        page.ui.searchEdit.clear()
        page.apply_filter()
        settle(model)
        bar = view.verticalScrollBar()
        paints = []
        for step in range(1, 11):  # a screen at a time, inside the page already in memory
            moment = time.perf_counter()
            bar.setValue(step * bar.pageStep())
            view.viewport().repaint()
            paints.append(time.perf_counter() - moment)
        settle(model)
        print(f"scrolling a screen at a time within a loaded page: p50 "
              f"{ms(paints, 50):.1f} ms, max {max(paints) * 1000:.1f} ms per screen")

        started = time.perf_counter()
        view.scrollToBottom()
        settle(model)
        page.grab()
        end = time.perf_counter() - started
        last = model.index(model.rowCount() - 1, 0).data()
        print(f"scroll to the end: last page fetched + painted in {end * 1000:.0f} ms "
              f"(last row loaded: {last != '…'})")

        view.scrollToTop()
        settle(model)
        fetched = model.pages_fetched
        started = time.perf_counter()
        steps = []
        for step in range(1, 21):
            moment = time.perf_counter()
            bar.setValue(bar.maximum() * step // 20)
            settle(model)
            view.viewport().repaint()
            steps.append(time.perf_counter() - moment)
        drag = time.perf_counter() - started
        print(f"scroll bar dragged top to bottom in 20 steps: {drag * 1000:.0f} ms, "
              f"per step p50 {ms(steps, 50):.0f} ms / max {max(steps) * 1000:.0f} ms, "
              f"{model.pages_fetched - fetched} pages fetched, "
              f"{len(model.cached_pages())} pages in memory of {count // model.page_size}")
    finally:
        tasks.shutdown()
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-members-") as folder:
        data_dir = Path(folder) / "data"
        network, seconds = build(data_dir, args.members)
        print(f"seeded {args.members:,} members in one network in {seconds:.1f} s")
        bench(data_dir, network, args.members)


if __name__ == "__main__":
    main()
