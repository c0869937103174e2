"""Composer benchmark: what one keystroke costs once the officer pauses, on a 1,000-character text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_composer_gui.py [--runs N]

The composer on the test zone's BIN Zuidpark (with 300 members added), a Dutch text of 1,000
characters holding findings (a plate, an e-mail address, curly quotes), SMS and voice chosen.
Each run types one more character at the end of the text (so no cache on the text helps) and
then times, on the GUI thread:

1. check + highlight: Composer.run_checks() — the rules engine, the findings panel, the marks in
   the text, the counters and the buttons (what runs when the debounce timer fires);
2. the engine alone: engine.check on the same draft and context;
3. the marks alone: FindingHighlighter.set_marks for the same findings;
4. a keystroke alone: the key event and its repaint, without the check (the debounce restarts).

Prints p50/p95/max in milliseconds (target for 1: p95 well under 50 ms, "no visible lag").
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

LENGTH = 1000
TEXT = ("Inbraakgolf in de Parklaan. De voorbije week werd in vier woningen ingebroken, telkens "
        "’s avonds via de achterdeur. Een wagen 1-ABC-123 werd gezien. Meldingen graag aan "
        "tips@example.com. Sluit ramen en deuren, ook als u maar even weg bent, en laat ’s "
        "avonds licht branden. Ziet u iets verdachts? Ga niet zelf kijken en bel meteen 112. ")


def _figures(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(len(ordered) * 0.95) - 1)]
    print(f"{name:<34} p50 {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms   "
          f"max {ordered[-1]:6.2f} ms   (n={len(ordered)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: PLC0415
    from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from bin_desktop.core.alerts import engine  # noqa: PLC0415
    from bin_desktop.core.operators import current_operator  # noqa: PLC0415
    from bin_desktop.core.store.models import Member  # noqa: PLC0415
    from bin_desktop.core.zone import get_zone  # noqa: PLC0415
    from bin_desktop.gui.context import AppContext, DataEvents  # noqa: PLC0415
    from bin_desktop.gui.errors import ErrorHelper  # noqa: PLC0415
    from bin_desktop.gui.highlighter import Mark  # noqa: PLC0415
    from bin_desktop.gui.pages.composer import local_now  # noqa: PLC0415
    from bin_desktop.gui.pages.messages import MessagesPage  # noqa: PLC0415
    from bin_desktop.gui.tasks import DbTasks  # noqa: PLC0415
    from tests.conftest import build_zone_data  # noqa: PLC0415

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(tmp / "settings"))
        zone = build_zone_data(tmp / "data")
        zuidpark = zone.networks["BIN Zuidpark"]
        with zone.db.unit_of_work(zone.officer) as uow:
            uow.create_many(Member, [{
                "network_id": zuidpark, "status": "active", "full_name": f"Lid {n}",
                "phone_e164": f"+32470{n:06d}" if n % 3 else None,
                "email": f"lid{n}@example.be" if n % 2 else None, "street": None,
                "house_number": None, "postcode": None, "language": "nl", "consent_on": None,
                "joined_on": dt.date(2025, 1, 1), "deleted": False, "channels": [],
            } for n in range(300)])
        helper = ErrorHelper(zone.db.data_dir)
        tasks = DbTasks(helper)
        ctx = AppContext(zone.db, tasks, helper, DataEvents(), current_operator(zone.db),
                         get_zone(zone.db))
        try:
            page = MessagesPage(ctx)
            page.resize(1216, 740)
            page.show()
            composer = page.composer
            page.new_message()
            tasks.wait_idle()
            composer.targets_model.set_checked([zuidpark])
            tasks.wait_idle()
            composer.ui.urgentRadio.setChecked(True)
            editor = composer.tabs["nl"].ui.bodyEdit
            editor.setPlainText((TEXT * (LENGTH // len(TEXT) + 1))[:LENGTH])
            editor.moveCursor(QTextCursor.MoveOperation.End)
            editor.setFocus()
            composer.run_checks()
            app.processEvents()
            assert composer.target_context is not None
            context, disabled = composer.target_context.context, composer.target_context.disabled
            highlighter = composer.tabs["nl"].highlighter

            full, alone, marks, keys = [], [], [], []
            for run in range(args.runs):
                char = "abcdefghij"[run % 10]
                started = time.perf_counter()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(editor, QKeyEvent(
                        kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, char))
                app.processEvents()
                keys.append((time.perf_counter() - started) * 1000)

                started = time.perf_counter()
                composer.run_checks()
                app.processEvents()
                full.append((time.perf_counter() - started) * 1000)

                draft = composer.draft("nl")
                base = dataclasses.replace(context, texts_by_language={"nl": draft.text},
                                           now=local_now())
                started = time.perf_counter()
                result = engine.check(draft, base, disabled=disabled)
                alone.append((time.perf_counter() - started) * 1000)

                found = [Mark(f.start, f.end, f.severity) for f in result.findings]
                highlighter.clear()
                started = time.perf_counter()
                highlighter.set_marks(draft.text, found)
                marks.append((time.perf_counter() - started) * 1000)

            findings = len(composer.findings_model.findings())
            print(f"Composer, {len(editor.toPlainText())} characters, {findings} findings, "
                  f"{len(context.audience)} members in the context")
            _figures("check + highlight (run_checks)", full)
            _figures("engine.check alone", alone)
            _figures("marks alone (set_marks)", marks)
            _figures("keystroke alone (no check)", keys)
        finally:
            tasks.wait_idle()
            tasks.shutdown()
            zone.db.close()


if __name__ == "__main__":
    main()
