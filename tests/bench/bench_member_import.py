"""Member import, end to end through the core service (read, validate, queue in SQLite).

    .venv/bin/python tests/bench/bench_member_import.py

Prints: importing a 10,000-row XLSX against the time of reading the same file with openpyxl and
parsing every phone number with phonenumbers alone (target: within 2x); importing a
100,000-row CSV (target < 30 s).
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import openpyxl  # type: ignore[import-untyped]  # noqa: E402
import phonenumbers  # noqa: E402

from bin_desktop.core import networks, operators  # noqa: E402
from bin_desktop.core.members.service import import_file  # noqa: E402
from bin_desktop.core.store.database import open_database  # noqa: E402
from bin_desktop.core.store.models import Municipality, Zone  # noqa: E402

STREETS = [f"{name}straat" for name in ("Kerk", "Molen", "School", "Stations", "Beek", "Hoog",
                                        "Dorps", "Nieuw", "Linde", "Berken")]
FIRST = ["Jan", "An", "Mohamed", "Els", "Pieter", "Fatima", "Luc", "Sofie", "Noah", "Emma"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "El Amrani", "Dupont"]


def rows(count: int, rng: random.Random) -> list[list[str]]:
    out = []
    for i in range(count):
        phone = f"04{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
                f"{rng.randint(10, 99)}"
        out.append([rng.choice(LAST), f"{rng.choice(FIRST)}{i}", rng.choice(STREETS),
                    str(rng.randint(1, 200)), "1500", phone,
                    f"lid{i}@example.org" if rng.random() < 0.7 else "", "nl", "ja"])
    return out


HEADER = ["Naam", "Voornaam", "Straat", "Nr", "Postcode", "GSM", "E-mail", "Taal", "Toestemming"]


def xlsx(data: list[list[str]]) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Leden")
    sheet.append(["Ledenlijst BIN Kerkwijk"])
    sheet.append([])
    sheet.append(HEADER)
    for row in data:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(data: list[list[str]]) -> bytes:
    lines = [";".join(HEADER), *(";".join(r) for r in data)]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def setup(folder: Path) -> tuple[object, str, str]:
    db = open_database(folder)
    admin = operators.create_operator(db, None, "Admin", "A1", "administrator").id
    officer = operators.create_operator(db, admin, "Jan Peeters", "P1", "mandated_officer").id
    with db.unit_of_work(admin) as uow:
        zone = uow.create(Zone, name="PZ Bench", number="5999", language="nl",
                          signature_overdue_days=30, evaluation_interval_months=12)
        town = uow.create(Municipality, zone_id=zone.id, nis_code="23027", name_nl="Halle",
                          name_fr=None, name_de=None, languages=["nl"], postcodes=["1500"],
                          mayor_id=None, prevention_officer_id=None)
        town_id = town.id
    network = networks.create_network(db, officer, name="BIN Bench", type="residential",
                                      municipality_id=town_id, streets=STREETS,
                                      postcodes=["1500"])
    return db, officer, network


def baseline(data: bytes) -> float:
    started = time.perf_counter()
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    for row in book.worksheets[0].iter_rows(values_only=True):
        if len(row) > 5 and row[5] and str(row[5]).startswith("04"):
            phonenumbers.parse(str(row[5]), "BE")
    book.close()
    return time.perf_counter() - started


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db, officer, network = setup(Path(tmp) / "data")
        book = xlsx(rows(10_000, rng))
        base = min(baseline(book) for _ in range(3))
        started = time.perf_counter()
        result = import_file(db, officer, network, book, "leden.xlsx")  # type: ignore[arg-type]
        took = time.perf_counter() - started
        print(f"10,000-row XLSX: import {took:.2f} s (summary {result.summary}); openpyxl + "
              f"phonenumbers alone {base:.2f} s; ratio {took / base:.2f} (target <= 2)")
        big = csv_bytes(rows(100_000, rng))
        started = time.perf_counter()
        result = import_file(db, officer, network, big, "leden.csv")  # type: ignore[arg-type]
        print(f"100,000-row CSV: import {time.perf_counter() - started:.2f} s (target < 30 s), "
              f"{len(result.rows)} rows")


if __name__ == "__main__":
    main()
