"""Signing benchmark: one PAdES signature, and verifying a charter with five. Prints figures.

    .venv/bin/python tests/bench/bench_signing.py [--runs 10]

1. `sign_field` on a blank charter with a loaded PKCS#12 credential, median of N (target < 300 ms);
2. `verify` of the five-signature charter with the zone's trust root, difference analysis
   included, median of N (target < 300 ms).
Loading the PKCS#12 file (key derivation from the passphrase) happens once per session and is
timed separately, for information.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bin_desktop.core.signing import load_credential, sign_field, verify  # noqa: E402
from tests.pki import CHARTER_FIELDS, PASSPHRASE, charter_pdf, make_pki  # noqa: E402

PEOPLE = ("coordinator", "officer", "korpschef", "prevention", "mayor")


def median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    pki = make_pki()
    blank = charter_pdf()
    loading = median_ms(lambda: load_credential(pki.people["officer"].pkcs12, PASSPHRASE),
                        args.runs)
    credentials = [load_credential(pki.people[p].pkcs12, PASSPHRASE) for p in PEOPLE]
    signing = median_ms(lambda: sign_field(blank, CHARTER_FIELDS[0], credentials[0]), args.runs)
    signed = blank
    for field, credential in zip(CHARTER_FIELDS, credentials, strict=True):
        signed = sign_field(signed, field, credential)
    report = verify(signed, [pki.root_pem])
    assert report.ok and report.all_trusted and len(report.signed) == 5
    verifying = median_ms(lambda: verify(signed, [pki.root_pem]), args.runs)
    print(f"load PKCS#12 credential: median {loading:.1f} ms (once per session)")
    print(f"sign one field: median {signing:.1f} ms over {args.runs} (target < 300 ms)")
    print(f"verify 5 signatures ({len(signed) // 1024} KiB): median {verifying:.1f} ms "
          f"over {args.runs} (target < 300 ms)")


if __name__ == "__main__":
    main()
