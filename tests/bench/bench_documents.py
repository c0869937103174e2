"""Document rendering benchmark. Prints figures; target < 300 ms for a charter, warm.

    .venv/bin/python tests/bench/bench_documents.py [--runs 20]

A realistic charter (40 streets, 6 partners, 5 signatories, default texts) rendered to PDF
with its signature fields, in nl, fr and de, and the ADVP submission letter: median and p95
of `--runs` renders after one warm-up render (which registers the fonts, ~0.1 s once).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_MS = 300.0


def timings(render: Callable[[], bytes], runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        started = time.perf_counter()
        render()
        result.append((time.perf_counter() - started) * 1000)
    return result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    from bin_desktop.core.documents.charter_pdf import render_charter  # noqa: PLC0415
    from bin_desktop.core.documents.letters import render_advp_letter  # noqa: PLC0415
    from tests.unit.test_documents import sample_charter, sample_letter  # noqa: PLC0415

    imported = time.perf_counter() - started
    started = time.perf_counter()
    render_charter(sample_charter("nl"))
    cold = time.perf_counter() - started
    print(f"imports {imported * 1000:.0f} ms; first render incl. font registration "
          f"{cold * 1000:.0f} ms")

    def charter(language: str) -> bytes:
        return render_charter(sample_charter(language))

    cases: list[tuple[str, Callable[[], bytes], float | None]] = [
        (f"charter {language}", partial(charter, language), TARGET_MS)
        for language in ("nl", "fr", "de")
    ]
    cases.append(("letter nl", lambda: render_advp_letter(sample_letter()), None))
    failed = False
    for name, render, target in cases:
        render()  # warm-up per case
        values = timings(render, args.runs)
        median, high = statistics.median(values), p95(values)
        verdict = ""
        if target is not None:
            ok = high < target
            failed |= not ok
            verdict = f"  {'OK' if ok else 'TOO SLOW'} (target < {target:.0f} ms)"
        print(f"{name:<11} median {median:6.1f} ms   p95 {high:6.1f} ms   "
              f"({args.runs} runs, {len(render()) // 1024} KiB){verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
