"""Member-list validation benchmark on synthetic lists. Prints figures.

    .venv/bin/python tests/bench/bench_member_validation.py

1. phonenumbers alone (parse + is_valid + number_type + E.164) for N numbers, against
   phones.parse_belgian on the same numbers (fast path + phonenumbers fallback);
2. validate_rows for 10,000 rows against 5,000 existing members (target < 1 s);
3. validate_rows for 100,000 rows against 5,000 existing members (target: a few seconds).
Rows mix the usual notations, abbreviated and misspelt streets, foreign and invalid numbers,
and about 5 % duplicates (in the file and against the members).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import phonenumbers  # noqa: E402

from bin_desktop.core.members import phones  # noqa: E402
from bin_desktop.core.members.model import ExistingMember, Territory  # noqa: E402
from bin_desktop.core.members.validation import validate_rows  # noqa: E402

FIRST = ["Jan", "Marie", "Jean-Pierre", "Sofie", "Luc", "Anne", "Pieter", "Nathalie", "Koen",
         "Isabelle", "Geert", "Chantal", "Wim", "Els", "Mohamed", "Fatima", "Thomas", "Lotte"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Van den Broeck", "Dupré"]
STEMS = ["Kerk", "Molen", "Statie", "Beuken", "Linden", "School", "Dorp", "Veld", "Bos", "Hoog",
         "Nieuw", "Wind", "Koren", "Berken", "Eiken", "Vijver", "Water", "Zand", "Heide", "Akker"]
TYPES = ["straat", "laan", "plein", "steenweg", "dreef"]
ABBREVIATED = {"straat": "str.", "laan": "ln", "plein": "pl.", "steenweg": "stwg", "dreef": "dreef"}
LANGUAGES = ["nl", "NL", "Nederlands", "fr", "Frans", "français", ""]
CONSENTS = ["ja", "x", "12/03/2024", "2024-03-12", "45123", "oui", "", "nee"]


def notation(national: str, rng: random.Random) -> str:
    """One Belgian mobile (national digits without 0) in a random coordinator notation."""
    a, b, c, d = national[:3], national[3:5], national[5:7], national[7:]
    return rng.choice([
        f"0{a} {b} {c} {d}", f"+32 {a}/{b}.{c}.{d}", f"0032{national}", f"0{a}.{b}.{c}.{d}",
        f"0{a}-{b}{c}{d}", national, f"32{national}", f"+32 (0){a} {b} {c} {d}",
    ])


def make_territory() -> Territory:
    streets = [f"{stem}{kind}" for stem in STEMS for kind in TYPES[:3]]
    streets += ["Rue de la Gare", "Avenue Louise", "Kerkweg / Chemin de l'Église"]
    return Territory(tuple(streets), ("1500", "1501", "1502"))


def make_rows(count: int, members: list[ExistingMember], rng: random.Random) -> list[
        tuple[int, dict[str, str]]]:
    rows: list[tuple[int, dict[str, str]]] = []
    for number in range(2, count + 2):
        roll = rng.random()
        if roll < 0.03 and members:  # a member already on the list, written differently
            member = rng.choice(members)
            national = (member.phone_e164 or "+32470000000")[3:]
            cells = {"full_name": member.full_name.lower(), "phone": notation(national, rng),
                     "street": member.street or "", "house_number": member.house_number or ""}
        elif roll < 0.05 and rows:  # an earlier row again
            cells = dict(rng.choice(rows)[1])
        else:
            stem, kind = rng.choice(STEMS), rng.choice(TYPES)
            street = stem + (ABBREVIATED[kind] if rng.random() < 0.3 else kind)
            cells = {
                "first_name": rng.choice(FIRST), "last_name": rng.choice(LAST),
                "phone": notation(f"4{rng.randint(70, 99)}{rng.randint(0, 999999):06d}", rng),
                "street": f"{street} {rng.randint(1, 200)}" + (" bus 2" if roll > 0.9 else ""),
                "postcode": rng.choice(["1500", "1501", "1502", "9000"]),
                "email": f"user{number}@example.be" if rng.random() < 0.6 else "",
                "language": rng.choice(LANGUAGES), "consent": rng.choice(CONSENTS),
                "channels": rng.choice(["", "sms", "sms, e-mail", "tel"]),
            }
            if roll > 0.98:
                cells["phone"] = rng.choice(["+31 6 12345678", "0470 12 34", "02 345 67 89"])
        rows.append((number, cells))
    return rows


def make_members(count: int, rng: random.Random) -> list[ExistingMember]:
    return [ExistingMember(
        f"m{i}", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        f"+324{rng.randint(70, 99)}{rng.randint(0, 999999):06d}",
        f"member{i}@example.be" if i % 2 else None,
        f"{rng.choice(STEMS)}{rng.choice(TYPES[:3])}", str(rng.randint(1, 200)), "1500",
    ) for i in range(count)]


def bench_phones(count: int, rng: random.Random) -> None:
    numbers = [notation(f"4{rng.randint(70, 99)}{rng.randint(0, 999999):06d}", rng)
               for _ in range(count)] + ["02 345 67 89", "053/12.34.56", "+31 6 12345678"] * (
        count // 30)
    started = time.perf_counter()
    for text in numbers:
        parsed = phonenumbers.parse(text, "BE")
        if phonenumbers.is_valid_number(parsed):
            phonenumbers.number_type(parsed)
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    for text in numbers:
        phones.parse_belgian(text)
    ours = time.perf_counter() - started
    print(f"phones: {len(numbers):,} numbers: phonenumbers alone {alone:.3f} s, "
          f"parse_belgian {ours:.3f} s")


def bench_validate(count: int, members: list[ExistingMember], territory: Territory,
                   rng: random.Random) -> None:
    rows = make_rows(count, members, rng)
    started = time.perf_counter()
    result = validate_rows(rows, territory, members, ["nl", "fr"], today=dt.date(2025, 6, 1))
    elapsed = time.perf_counter() - started
    statuses = {s: sum(1 for r in result if r.status == s) for s in ("ok", "problem", "duplicate")}
    print(f"validate_rows: {count:,} rows against {len(members):,} members in {elapsed:.3f} s "
          f"({statuses})")


def main() -> None:
    rng = random.Random(20250601)
    territory = make_territory()
    members = make_members(5_000, rng)
    bench_phones(10_000, rng)
    bench_validate(10_000, members, territory, rng)
    bench_validate(100_000, members, territory, rng)


if __name__ == "__main__":
    main()
