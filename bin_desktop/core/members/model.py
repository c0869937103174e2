"""Plain data shared by the member-list reader, the validation and the services (no DB, no Qt).

The flow: `reader.read_table` turns a coordinator's CSV/XLSX into a RawTable; `reader.guess_mapping`
proposes which column holds which FIELD; `validation.validate_rows` checks every mapped row
against the network's territory and its existing members and returns one ValidatedRow per row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

# What a member list may hold, in the order the mapping dialog shows them.
FIELDS = (
    "full_name",  # when the file has one "Naam" column with first and last name together
    "last_name",
    "first_name",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "phone",
    "phone2",
    "email",
    "language",
    "consent",  # a date or yes/no
    "channels",  # e.g. "sms, e-mail"
    "notes",
)

# Finding codes (stable: they appear in `members import --json`).
PHONE_INVALID = "phone.invalid"
PHONE_NOT_MOBILE = "phone.not_mobile"
PHONE_FOREIGN = "phone.foreign"
EMAIL_INVALID = "email.invalid"
ADDRESS_OUTSIDE = "address.outside_area"
ADDRESS_MISSING = "address.missing"
NAME_MISSING = "name.missing"
CONSENT_MISSING = "consent.missing"
DUPLICATE_IN_FILE = "duplicate.in_file"
DUPLICATE_EXISTING = "duplicate.existing"
CONTACT_MISSING = "contact.missing"
LANGUAGE_UNKNOWN = "language.unknown"
CELL_TRUNCATED = "cell.truncated"

# Codes that still let a row become a member after review (information for the officer).
WARNING_CODES = frozenset({PHONE_NOT_MOBILE, PHONE_FOREIGN, LANGUAGE_UNKNOWN, CELL_TRUNCATED})

RowStatus = Literal["ok", "problem", "duplicate"]


@dataclass(frozen=True)
class RawRow:
    number: int  # 1-based line of the CSV or row of the sheet, as the coordinator sees it
    cells: tuple[str, ...]  # every cell as plain text (numbers and dates already turned to text)


@dataclass(frozen=True)
class RawTable:
    source_name: str
    sheet: str | None
    header_row: int  # 1-based
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]  # data rows only; empty rows left out
    encoding: str | None = None  # CSV only: the encoding that was detected
    delimiter: str | None = None  # CSV only


# field name -> column index in RawTable.headers
Mapping = dict[str, int]


@dataclass(frozen=True)
class Territory:
    streets: tuple[str, ...]
    postcodes: tuple[str, ...]
    municipality_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExistingMember:
    """What validation needs of a member already on the list (for duplicates)."""

    id: str
    full_name: str
    phone_e164: str | None
    email: str | None
    street: str | None
    house_number: str | None
    postcode: str | None


@dataclass(frozen=True)
class Finding:
    code: str
    field: str | None
    template: str  # English, marked with QT_TRANSLATE_NOOP("core", ...)
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class ValidatedRow:
    row: int  # RawRow.number
    status: RowStatus
    findings: tuple[Finding, ...]
    full_name: str
    first_name: str
    last_name: str
    phone_e164: str | None
    phone_kind: Literal["mobile", "fixed", "other"] | None
    phone2_e164: str | None
    email: str | None
    street: str | None  # the territory's spelling when it matched, else as given
    house_number: str | None
    box: str | None
    postcode: str | None
    language: str | None  # nl, fr, de, en
    consent: bool
    consent_on: dt.date | None
    channels: tuple[str, ...]  # sms, voice, email
    notes: str
    duplicate_of_member: str | None = None  # an existing member's id
    duplicate_of_row: int | None = None  # an earlier row of the same file

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.findings)
