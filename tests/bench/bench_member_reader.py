"""Member-list reader benchmark. Prints figures; targets: XLSX close to bare openpyxl, CSV < 10 s.

    .venv/bin/python tests/bench/bench_member_reader.py [--rows 10000] [--csv-rows 100000]

Builds, in a temporary folder, a 10,000-row XLSX (title row, header, 12 columns with phones as
numbers, dates, text) and a 100,000-row Windows-1252 `;` CSV with quoted fields, then times
`read_table` on each and, for the ratio, a bare openpyxl read-only iteration of the same XLSX
(the least any XLSX reader built on openpyxl must spend). Best of `--runs`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import openpyxl  # type: ignore[import-untyped]  # noqa: E402

from bin_desktop.core.members.reader import read_table  # noqa: E402

CSV_LIMIT_S = 10.0
HEADER = ["Naam", "Voornaam", "Straat", "Nr", "Bus", "Postcode", "Gemeente", "GSM", "E-mail",
          "Taal", "Toestemming", "Opmerking"]
STREETS = ["Kerkstraat", "Rue de la Façade", "Molenweg", "Sint-Rochusstraat", "Dorpsplein"]
NAMES = [("Peeters", "Jan"), ("Goossens", "Zoë"), ("Van Hoeck", "Anaïs"), ("Dubois", "François")]


def member(number: int) -> list[object]:
    last, first = NAMES[number % len(NAMES)]
    return [f"{last} {number}", first, STREETS[number % len(STREETS)], number % 200 + 1,
            "b" if number % 7 == 0 else None, 1500, "Halle", 470000000.0 + number,
            f"lid{number}@example.be", "nl" if number % 3 else "fr",
            dt.date(2026, 1, 1) + dt.timedelta(days=number % 300),
            "sleutel bij buren, hond" if number % 5 == 0 else None]


def make_xlsx(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Leden")
    sheet.append(["Ledenlijst BIN Kerkwijk 2026"])
    sheet.append([])
    sheet.append(HEADER)
    for number in range(rows):
        sheet.append(member(number))
    book.save(path)


def make_csv(path: Path, rows: int) -> None:
    lines = [";".join(HEADER)]
    for number in range(rows):
        cells = ["" if v is None else str(v) for v in member(number)]
        cells[7] = f"0{470000000 + number}"
        cells[10] = f"{number % 28 + 1:02d}/03/2026"
        if cells[11]:
            cells[11] = f'"{cells[11]};\nzie ""nota"""'
        lines.append(";".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def bare_openpyxl(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def best(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--csv-rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-members-") as tmp:
        xlsx, csv_file = Path(tmp) / "leden.xlsx", Path(tmp) / "leden.csv"
        make_xlsx(xlsx, args.rows)
        make_csv(csv_file, args.csv_rows)
        xlsx_data, csv_data = xlsx.read_bytes(), csv_file.read_bytes()
        table = read_table(xlsx_data, xlsx.name)
        assert len(table.rows) == args.rows, len(table.rows)
        assert read_table(csv_data, csv_file.name).rows[-1].cells[7].startswith("04")
        bare = best(lambda: bare_openpyxl(xlsx), args.runs)
        ours = best(lambda: read_table(xlsx_data, xlsx.name), args.runs)
        csv_time = best(lambda: read_table(csv_data, csv_file.name), args.runs)
    print(f"XLSX {args.rows:,} rows ({len(xlsx_data) / 1e6:.1f} MB): read_table {ours:.2f} s, "
          f"bare openpyxl read-only iteration {bare:.2f} s, ratio {ours / bare:.2f}")
    print(f"CSV {args.csv_rows:,} rows ({len(csv_data) / 1e6:.1f} MB): read_table "
          f"{csv_time:.2f} s (limit {CSV_LIMIT_S:.0f} s)")
    return 0 if csv_time < CSV_LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())
