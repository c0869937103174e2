"""Turns a coordinator's member list (XLSX or CSV bytes) into a RawTable of plain text.

Coordinators e-mail whatever Excel gave them: a title row above the header, blank rows, merged
cells, phone numbers stored as numbers, a CSV in Windows-1252 with `;`. The reader accepts all of
that, and refuses with a message the officer can act on what it cannot read (password-protected
workbooks, the old .xls format, PDFs, photos of a list). The kind of file is decided by its
content; the name only serves the messages.

Nothing is ever evaluated: formulas give Excel's cached value (openpyxl `data_only`), a text such
as `=HYPERLINK(...)` or `<b>` stays text. Cells are personal data: nothing here logs their
content, nor the file name (which often carries the coordinator's name).

Merged cells: in read-only mode openpyxl gives the value in the top-left cell only. The reader
reads the merged ranges from the sheet's XML itself (cheap, for any size) and copies the value of a
range spanning several rows down its first column, so every member of a household keeps the
street typed once; other cells of a range stay empty (a title merged across the columns remains
one cell and is never taken for a header).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
import os
import posixpath
import re
import struct
import time
import warnings
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError
from bin_desktop.core.members.model import FIELDS, Mapping, RawRow, RawTable
from bin_desktop.core.text import fold

log = logging.getLogger("bin_desktop.members")

MAX_CELL_CHARS = 1000
# Wider than any member list; a stray cell in column XFD must not make every row 16,384 wide.
MAX_COLUMNS = 1000
# How many non-empty rows may precede the header (titles, explanations, blank lines).
HEADER_SCAN_ROWS = 50
_SNIFF_CHARS = 64 * 1024
_MB = 1024 * 1024


class MemberFileError(BinDeskError):
    """A member file that cannot be imported as it is; `code` is stable (tests, CLI --json)."""

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.code = code
        super().__init__(template, **params)


@dataclass(frozen=True)
class ReadResult:
    table: RawTable
    # (RawRow.number, column index) of the cells cut to MAX_CELL_CHARS; the header row included.
    truncated: frozenset[tuple[int, int]]


# --- Public API -------------------------------------------------------------------------------


def read_table(data: bytes, filename: str, *, max_bytes: int = 50 * _MB,
               max_rows: int = 200_000, sheet: str | None = None) -> RawTable:
    """The member list in `data` (XLSX or CSV, whatever `filename` says) as plain text."""
    return read_table_with_notes(data, filename, max_bytes=max_bytes, max_rows=max_rows,
                                 sheet=sheet).table


def read_table_from_path(path: str | os.PathLike[str], *, max_bytes: int = 50 * _MB,
                         max_rows: int = 200_000, sheet: str | None = None) -> RawTable:
    """Like read_table, but a file too large is refused from its size on disk, before reading."""
    data = read_file_bytes(path, max_bytes=max_bytes)
    return read_table(data, Path(path).name, max_bytes=max_bytes, max_rows=max_rows, sheet=sheet)


def read_file_bytes(path: str | os.PathLike[str], *, max_bytes: int = 50 * _MB) -> bytes:
    """The bytes of a member file, refused without reading when it is larger than max_bytes."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise _too_big(file.name, size, max_bytes)
        with file.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise MemberFileError(
            "unreadable",
            QT_TRANSLATE_NOOP("core", "“{name}” could not be opened: {reason}. Check that the "
                              "file still exists and is not open in another program."),
            name=file.name, reason=exc.strerror or type(exc).__name__) from None
    if len(data) > max_bytes:
        raise _too_big(file.name, len(data), max_bytes)
    return data


def read_table_with_notes(data: bytes, filename: str, *, max_bytes: int = 50 * _MB,
                          max_rows: int = 200_000, sheet: str | None = None) -> ReadResult:
    """read_table, plus which cells were cut to MAX_CELL_CHARS (the validator flags them)."""
    name = Path(filename).name or filename
    if len(data) > max_bytes:
        raise _too_big(name, len(data), max_bytes)
    if not data or (len(data) < 4096 and not data.strip()):
        raise MemberFileError(
            "empty",
            QT_TRANSLATE_NOOP("core", "“{name}” is empty. Ask the coordinator for the member "
                              "list again (Excel or CSV) and import that file."),
            name=name)
    started = time.perf_counter()
    kind = _detect_kind(data, name)
    builder = _TableBuilder(name, max_rows)
    if kind == "xlsx":
        result = _read_xlsx(data, name, sheet, builder)
    else:
        result = _read_csv(data, name, builder)
    log.debug("member file read: %s, %d rows, %d columns, %.2f s", kind,
              len(result.table.rows), len(result.table.headers), time.perf_counter() - started)
    return result


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Which column holds which FIELD, from the header texts (nl, fr, en, de; any case/accents).

    Each field is used at most once, the leftmost column winning; a second phone column becomes
    phone2. A lone generic "Naam"/"Nom"/"Name" column (no first-name column next to it) holds the
    whole name in practice ("Peeters Jan"), so it is proposed as full_name.
    """
    mapping: Mapping = {}
    generic_name_column: int | None = None
    for index, header in enumerate(headers):
        field = _header_field(header)
        if field is None:
            continue
        if field == "phone" and "phone" in mapping:
            field = "phone2"
        if field == _GENERIC_NAME:
            field = "last_name"
            if "last_name" not in mapping:
                generic_name_column = index
        if field not in mapping:
            mapping[field] = index
    if (generic_name_column is not None and mapping.get("last_name") == generic_name_column
            and "first_name" not in mapping and "full_name" not in mapping):
        mapping["full_name"] = mapping.pop("last_name")
    return {field: mapping[field] for field in FIELDS if field in mapping}


def apply_mapping(table: RawTable, mapping: Mapping) -> list[tuple[int, dict[str, str]]]:
    """(row number, field -> text) for every data row; only the mapped fields are present."""
    width = len(table.headers)
    for field, index in mapping.items():
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r}")
        if not 0 <= index < width:
            raise ValueError(f"column {index} of field {field!r} is outside the table")
    pairs = tuple(mapping.items())
    return [(row.number, {field: row.cells[index] for field, index in pairs})
            for row in table.rows]


# --- Messages -------------------------------------------------------------------------------


def _too_big(name: str, size: int, limit: int) -> MemberFileError:
    return MemberFileError(
        "too_big",
        QT_TRANSLATE_NOOP("core", "“{name}” is {size} MB; member lists larger than {limit} MB "
                          "are not accepted. Check that this is the member list, or split it "
                          "and import the parts."),
        name=name, size=f"{size / _MB:.1f}", limit=f"{limit / _MB:g}")


def _not_a_table(name: str, what: str | None = None) -> MemberFileError:
    if what is None:
        return MemberFileError(
            "not_a_table",
            QT_TRANSLATE_NOOP("core", "“{name}” is not a table. Ask the coordinator for the "
                              "member list as an Excel file (.xlsx) or CSV."),
            name=name)
    return MemberFileError(
        "not_a_table",
        QT_TRANSLATE_NOOP("core", "“{name}” is not a table: it is {what}. Ask the coordinator "
                          "for the member list as an Excel file (.xlsx) or CSV."),
        name=name, what=what)


def _save_as(code: str, name: str, what: str) -> MemberFileError:
    return MemberFileError(
        code,
        QT_TRANSLATE_NOOP("core", "“{name}” is {what} and cannot be imported as it is. Open "
                          "it in Excel, save it as .xlsx (Excel Workbook) or CSV, and import "
                          "that file."),
        name=name, what=what)


def _password(name: str) -> MemberFileError:
    return MemberFileError(
        "password",
        QT_TRANSLATE_NOOP("core", "“{name}” is password-protected. Save it without a password "
                          "in Excel and import it again."),
        name=name)


def _damaged(name: str) -> MemberFileError:
    return MemberFileError(
        "damaged",
        QT_TRANSLATE_NOOP("core", "“{name}” looks like an Excel file but cannot be read; it "
                          "may be damaged. Open it in Excel, save it again as .xlsx and import "
                          "it again."),
        name=name)


def _no_list(name: str, header_row: int | None = None) -> MemberFileError:
    if header_row is None:
        return MemberFileError(
            "no_list",
            QT_TRANSLATE_NOOP("core", "No member list found in “{name}”: no header row (such "
                              "as Name, Street, Phone) was found. Check that the list is in "
                              "the file, with one member per row, and import it again."),
            name=name)
    return MemberFileError(
        "no_list",
        QT_TRANSLATE_NOOP("core", "No member list found in “{name}”: row {row} looks like a "
                          "header, but no members follow it. Check that the file is the "
                          "complete list and import it again."),
        name=name, row=str(header_row))


# --- Kind of file ---------------------------------------------------------------------------

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The phrases are message parameters, marked for translation: the GUI translates string
# parameters too.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", QT_TRANSLATE_NOOP("core", "a PDF document")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("core", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("core", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("core", "a GIF image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("core", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("core", "a TIFF image")),
    (b"Rar!", QT_TRANSLATE_NOOP("core", "a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("core", "a 7-Zip archive")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("core", "a gzip archive")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("core", "an RTF document")),
)
# Bytes that do not occur in text, apart from the odd stray one (tab, CR, LF, FF are text).
_CONTROL_BYTES = bytes(range(9)) + b"\x0b" + bytes(range(14, 32))


def _detect_kind(data: bytes, name: str) -> str:
    """'xlsx' or 'text'; every other kind raises the message that fits it."""
    head = data[:16]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise _not_a_table(name, what)
    if head[8:12] == b"WEBP" or head[4:8] == b"ftyp":
        raise _not_a_table(name, QT_TRANSLATE_NOOP("core", "a photo or video"))
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _detect_zip(data, name)
    if head.startswith(_OLE2_MAGIC):
        raise _ole2_error(data, name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text; its NULs are not binary
        return "text"
    sample = data[:_SNIFF_CHARS]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > 8 and controls > len(sample) // 100:
        raise _not_a_table(name)
    return "text"


def _detect_zip(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "xl/workbook.bin" in names:
                raise _save_as("xlsb", name, QT_TRANSLATE_NOOP(
                    "core", "a binary Excel workbook (.xlsb)"))
            if "mimetype" in names and archive.read("mimetype").startswith(
                    b"application/vnd.oasis.opendocument.spreadsheet"):
                raise _save_as("ods", name, QT_TRANSLATE_NOOP(
                    "core", "an OpenDocument spreadsheet (LibreOffice)"))
            if "word/document.xml" in names:
                raise _not_a_table(name, QT_TRANSLATE_NOOP("core", "a Word document"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise _damaged(name) from None
    raise _not_a_table(name, QT_TRANSLATE_NOOP("core", "a ZIP archive"))


def _ole2_error(data: bytes, name: str) -> MemberFileError:
    """An OLE2 (Compound File) container: a password-protected OOXML file or a legacy .xls.

    Excel stores an encrypted .xlsx as OLE2 with the streams EncryptionInfo and
    EncryptedPackage; a legacy workbook has a Workbook (or, before Excel 97, Book) stream.
    """
    try:
        names = _ole2_directory_names(data)
    except (ValueError, struct.error):
        names = set()
    if names & {"EncryptionInfo", "EncryptedPackage"}:
        return _password(name)
    if names & {"Workbook", "Book"} or (not names and name.lower().endswith(".xls")):
        return _save_as("xls", name, QT_TRANSLATE_NOOP("core", "in the old Excel format (.xls)"))
    if not names:
        return _damaged(name)
    return _not_a_table(name, QT_TRANSLATE_NOOP("core", "a document in an old Office format"))


_FREE_OR_END = 0xFFFFFFFA  # sector numbers from here on are markers, not sectors


def _ole2_directory_names(data: bytes) -> set[str]:
    """The names of the storages and streams in an OLE2/CFB container ([MS-CFB] 2.2-2.6)."""
    if len(data) < 512:
        raise ValueError("short header")
    (sector_shift,) = struct.unpack_from("<H", data, 0x1E)
    if sector_shift not in (9, 12):
        raise ValueError("sector size")
    size = 1 << sector_shift
    sector_count = -(-(len(data) - size) // size)  # sector n starts at (n + 1) * size
    fat_sectors, first_dir, difat_start, difat_count = struct.unpack_from("<II16xII", data,
                                                                          0x2C)

    def sector(number: int) -> bytes:
        if number >= sector_count:
            raise ValueError("sector outside the file")
        return data[(number + 1) * size:(number + 2) * size]

    fat_list = [n for n in struct.unpack_from("<109I", data, 0x4C) if n < _FREE_OR_END]
    next_difat = difat_start
    for _ in range(min(difat_count, sector_count)):
        if next_difat >= _FREE_OR_END:
            break
        entries = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_list.extend(n for n in entries[:-1] if n < _FREE_OR_END)
        next_difat = entries[-1]
    fat: list[int] = []
    for number in fat_list[:fat_sectors]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(number)))

    names: set[str] = set()
    current = first_dir
    for _ in range(sector_count):
        if current >= _FREE_OR_END:
            break
        block = sector(current)
        for offset in range(0, size, 128):
            length, kind = struct.unpack_from("<HB", block, offset + 0x40)
            if kind in (1, 2) and 2 <= length <= 64:  # storage or stream
                names.add(block[offset:offset + length - 2].decode("utf-16-le", "replace"))
        current = fat[current] if current < len(fat) else _FREE_OR_END
    return names


# --- Cells ----------------------------------------------------------------------------------

# Control and invisible formatting characters: tab and line breaks become a space, the rest go
# (NUL, C0/C1 controls, zero-width characters and bidi overrides that can disguise a name);
# no-break spaces become plain spaces.
_CELL_MAP: dict[int, str | None] = {
    code: None for code in itertools.chain(range(32), range(0x7F, 0xA0))}
_CELL_MAP.update({ord("\t"): " ", ord("\n"): " ", 0x2028: " ", 0x2029: " ",
                  0xA0: " ", 0x202F: " ", 0x2007: " "})
_CELL_MAP.update({code: None for code in itertools.chain(
    (0xAD, 0xFEFF, 0x180E), range(0x200B, 0x2010), range(0x202A, 0x202F), range(0x2060, 0x2070))})


def _clean(value: str) -> str:
    if not value.isprintable():
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        value = value.translate(_CELL_MAP)
    return value.strip()


_EXCEL_ERRORS = frozenset({"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!",
                           "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                           "#CONNECT!", "#BUSY!", "#UNKNOWN!"})


def _float_text(value: float) -> str:
    """470123456.0 -> '470123456', 1.5e-07 -> '0.00000015': never scientific, never '.0'."""
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def _cell_text(value: object) -> str:
    """An openpyxl value as the text the coordinator sees (roughly: Excel's General format).

    An error such as #N/A arrives as its code (a string) and becomes empty.
    """
    if isinstance(value, str):
        return "" if value in _EXCEL_ERRORS else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    return str(value)


# --- Header recognition -----------------------------------------------------------------------

_GENERIC_NAME = "generic_name"  # "Naam", "Nom", "Name": last_name or full_name (see guess)
_FIRST_NAME_PHRASES = ("voornaam", "prenom", "first name", "firstname", "given name", "forename",
                       "vorname", "roepnaam")
_GENERIC_NAME_PHRASES = ("naam", "nom", "name", "naam lid", "nom membre")

# In priority order: a header naming several things ("Adresse e-mail", "Numéro de téléphone",
# "Straat + nr", "Postcode en gemeente") goes to the first rule it matches.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("full_name", ("volledige naam", "naam en voornaam", "voornaam en naam",
                   "voor en achternaam", "achternaam en voornaam", "nom et prenom",
                   "prenom et nom", "nom complet", "full name", "fullname", "first and last name",
                   "vollstandiger name", "vor und nachname", "nom prenom", "prenom nom")),
    ("email", ("email", "mail", "courriel", "emailadres", "mailadres", "emailadresse",
               "emailaddress", "adresse electronique")),
    ("phone", ("gsm", "gsmnummer", "gsmnr", "mobiel", "mobielnummer", "mobile", "mobilephone",
               "tel", "telnr", "telefoon", "telefoonnummer", "telefoonnr", "telephone",
               "phone", "phonenumber", "portable", "natel", "handy", "handynummer", "telefon",
               "telefonnummer", "mobil", "mobilnummer", "cellphone")),
    ("first_name", _FIRST_NAME_PHRASES),
    ("last_name", ("achternaam", "familienaam", "nom de famille", "last name", "lastname",
                   "surname", "family name", "nachname", "familienname")),
    ("postcode", ("postcode", "code postal", "cp", "postal code", "postalcode", "zip", "zipcode",
                  "zip code", "plz", "postleitzahl", "postnummer")),
    ("street", ("straat", "straatnaam", "rue", "adres", "adresse", "street", "address",
                "strasse", "anschrift", "woonadres", "domicile")),
    ("house_number", ("nr", "n", "no", "num", "numero", "nummer", "huisnummer", "huisnr",
                      "house number", "housenumber", "number", "hausnummer")),
    ("box", ("bus", "busnummer", "busnr", "boite", "bte", "bt", "box")),
    ("municipality", ("gemeente", "deelgemeente", "commune", "localite", "woonplaats", "plaats",
                      "city", "town", "stad", "ville", "municipality", "locality", "ort",
                      "wohnort", "gemeinde")),
    ("language", ("taal", "voertaal", "voorkeurtaal", "langue", "language", "sprache")),
    ("consent", ("toestemming", "consentement", "akkoord", "consent", "gdpr", "privacy", "avg",
                 "rgpd", "dsgvo", "zustimmung", "einverstandnis", "accord")),
    ("channels", ("kanaal", "kanalen", "canal", "canaux", "channel", "channels", "voorkeur",
                  "contactvoorkeur", "preference", "preferences")),
    ("notes", ("opmerking", "opmerkingen", "remarque", "remarques", "notes", "note", "notities",
               "commentaar", "commentaire", "commentaires", "comment", "comments",
               "bemerkung", "bemerkungen")),
    (_GENERIC_NAME, _GENERIC_NAME_PHRASES),
)

_JOINERS = re.compile(r"[-'.’`´]")
_SEPARATORS = re.compile(r"[^0-9a-z]+")


def _tokens(text: str) -> tuple[str, ...]:
    """'Tél. 2' -> ('tel',), 'E-mail adres' -> ('email', 'adres'), 'N°' -> ('n',)."""
    words = _SEPARATORS.split(_JOINERS.sub("", fold(text)))
    return tuple(word for word in (w.rstrip("0123456789") for w in words) if word)


def _find(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    width = len(phrase)
    for start in range(len(tokens) - width + 1):
        if tokens[start:start + width] == phrase:
            return start
    return -1


_RULE_TOKENS = tuple((field, tuple(_tokens(p) for p in phrases)) for field, phrases in _RULES)
_EXACT = {"".join(tokens): field for field, phrases in reversed(_RULE_TOKENS)
          for tokens in phrases}
_FIRST_TOKENS = tuple(_tokens(p) for p in _FIRST_NAME_PHRASES)
_GENERIC_TOKENS = tuple(_tokens(p) for p in _GENERIC_NAME_PHRASES)


def _header_field(header: str) -> str | None:
    """The field a header names (phone for every phone column), or None."""
    tokens = _tokens(header)
    if not tokens:
        return None
    exact = _EXACT.get("".join(tokens))
    if exact is not None:
        return exact
    for phrase in _FIRST_TOKENS:  # "Naam & voornaam", "Name, first name": both in one column
        start = _find(tokens, phrase)
        if start >= 0:
            rest = tokens[:start] + tokens[start + len(phrase):]
            if any(_find(rest, generic) >= 0 for generic in _GENERIC_TOKENS):
                return "full_name"
            break
    for field, phrases in _RULE_TOKENS:
        if any(_find(tokens, phrase) >= 0 for phrase in phrases):
            return field
    return None


def _looks_like_header(cell: str) -> bool:
    """A short label naming a field; "Tel: 0470 12 34 56" or "E-mail: jan@…" is a value."""
    return (0 < len(cell) <= 40 and "@" not in cell and sum(ch.isdigit() for ch in cell) <= 2
            and _header_field(cell) is not None)


def _known_headers(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if _looks_like_header(cell))


def _is_sub_header(headers: Sequence[str], cells: Sequence[str]) -> bool:
    """A second header line under a merged one ("Adres" above "Straat | Nr | Bus"): only labels,
    at least two, one of them under an empty header cell."""
    labels = [(index, cell) for index, cell in enumerate(cells) if cell]
    return (len(labels) >= 2 and all(_looks_like_header(cell) for _, cell in labels)
            and any(index >= len(headers) or not headers[index] for index, _ in labels))


def _text_cells(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if any(ch.isalpha() for ch in cell))


# --- From rows to a table -----------------------------------------------------------------------


class _TableBuilder:
    """Finds the header among the first rows, then collects the data rows as clean text."""

    def __init__(self, name: str, max_rows: int) -> None:
        self.name = name
        self.max_rows = max_rows

    def build(self, rows: Iterable[tuple[int, Sequence[str]]], *, sheet: str | None = None,
              encoding: str | None = None, delimiter: str | None = None,
              allow_plain_header: bool = True) -> ReadResult:
        """rows: (row number, raw cell texts). Raises no_list when there is no member list.

        The header is the first row naming at least two known columns; failing that (when
        allow_plain_header), the first row with at least two cells holding letters.
        """
        truncated: set[tuple[int, int]] = set()
        source = iter(rows)
        seen: list[tuple[int, list[str]]] = []
        header_at: int | None = None
        for number, raw in source:
            cells = self._clean_row(number, raw, truncated)
            if not cells:
                continue
            seen.append((number, cells))
            if _known_headers(cells) >= 2:
                header_at = len(seen) - 1
                break
            if len(seen) >= HEADER_SCAN_ROWS:
                break
        if header_at is None and allow_plain_header:
            header_at = next((i for i, (_, cells) in enumerate(seen) if _text_cells(cells) >= 2),
                             None)
        if header_at is None:
            raise _no_list(self.name)
        header_row, headers = seen[header_at]
        data = itertools.chain(seen[header_at + 1:], self._clean_rows(source, truncated))
        first = next(data, None)
        if first is not None and _is_sub_header(headers, first[1]):
            headers = [below or above for above, below in
                       itertools.zip_longest(headers, first[1], fillvalue="")]
            first = next(data, None)
        body: list[tuple[int, list[str]]] = []
        width = len(headers)
        for number, cells in itertools.chain([first] if first else [], data):
            if cells == headers:  # the header repeated (lists pasted together, print titles)
                continue
            if len(body) >= self.max_rows:
                raise MemberFileError(
                    "too_many_rows",
                    QT_TRANSLATE_NOOP("core", "“{name}” has more than {limit} rows; that is not "
                                      "one BIN's member list. Split it per BIN and import the "
                                      "parts."),
                    name=self.name, limit=f"{self.max_rows:,}")
            body.append((number, cells))
            width = max(width, len(cells))
        if not body:
            raise _no_list(self.name, header_row)
        padding = ("",) * width
        table = RawTable(
            source_name=self.name, sheet=sheet, header_row=header_row,
            headers=(*headers, *padding[len(headers):]),
            rows=tuple(RawRow(number, (*cells, *padding[len(cells):])) for number, cells in body),
            encoding=encoding, delimiter=delimiter)
        return ReadResult(table, frozenset(truncated))

    def _clean_rows(self, rows: Iterator[tuple[int, Sequence[str]]],
                    truncated: set[tuple[int, int]]) -> Iterator[tuple[int, list[str]]]:
        for number, raw in rows:
            cells = self._clean_row(number, raw, truncated)
            if cells:
                yield number, cells

    def _clean_row(self, number: int, raw: Sequence[str],
                   truncated: set[tuple[int, int]]) -> list[str]:
        """The cleaned cells without the trailing empty ones ([] for an empty row)."""
        cells = [_clean(value) for value in raw]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise MemberFileError(
                "too_many_columns",
                QT_TRANSLATE_NOOP("core", "Row {row} of “{name}” uses more than {limit} columns. "
                                  "A member list needs only a few: delete the extra columns and "
                                  "import it again."),
                name=self.name, row=str(number), limit=str(MAX_COLUMNS))
        for index, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                cells[index] = cell[:MAX_CELL_CHARS].rstrip()
                truncated.add((number, index))
        return cells


# --- CSV ----------------------------------------------------------------------------------------

_DELIMITERS = (";", ",", "\t")  # on a tie the first wins: Belgian Excel writes ";"
_QUOTED = re.compile(r'"(?:[^"]|"")*"')
_SEP_LINE = re.compile(r"sep=([;,\t|])", re.IGNORECASE)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"  # maps every byte; the C1 controls are removed


def _sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines most consistently (quoted parts ignored)."""
    sample = _QUOTED.sub("", text[:_SNIFF_CHARS])
    lines = [line for line in sample.splitlines() if line.strip()][:HEADER_SCAN_ROWS]
    best, best_score = _DELIMITERS[0], (0, 0)
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        found = Counter(count for count in counts if count)
        if not found:
            continue
        mode = found.most_common(1)[0][0]
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(data: bytes, name: str, builder: _TableBuilder) -> ReadResult:
    text, encoding = _decode(data)
    if "\x00" in text:
        text = text.replace("\x00", "")
    start = text[:2048].lstrip()[:1024].lower()
    if start.startswith("<") and any(tag in start for tag in ("<html", "<table", "<?xml")):
        raise _save_as("markup", name, QT_TRANSLATE_NOOP("core", "a web page or XML file"))
    skip = 0
    sep = _SEP_LINE.fullmatch(text[:64].split("\n", 1)[0].rstrip("\r"))
    if sep:  # Excel's "sep=;" hint line
        delimiter, skip = sep.group(1), 1
    else:
        delimiter = _sniff_delimiter(text)
    limit = csv.field_size_limit()
    if limit < len(text):  # a huge cell is cut later; csv must not refuse it first
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)

    def numbered() -> Iterator[tuple[int, list[str]]]:
        number = previous = 0
        for cells in reader:
            number, previous = previous + 1, reader.line_num  # a row's first physical line
            if number > skip:
                yield number, cells
        if previous > number:
            _check_last_record(text, number, name, delimiter)

    return builder.build(numbered(), encoding=encoding, delimiter=delimiter)


def _check_last_record(text: str, line: int, name: str, delimiter: str) -> None:
    """A quote never closed swallows the rest of the file into one cell: say where it opened."""
    tail = "".join(itertools.islice(io.StringIO(text, newline=""), line - 1, None))
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        raise MemberFileError(
            "unclosed_quote",
            QT_TRANSLATE_NOOP("core", "“{name}” cannot be read from line {line} on: a quote (\") "
                              "opened there is never closed. Correct that line, or open the "
                              "file in Excel, save it again as CSV and import it again."),
            name=name, line=str(line)) from None


# --- XLSX ---------------------------------------------------------------------------------------

_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')


def _read_xlsx(data: bytes, name: str, sheet: str | None, builder: _TableBuilder) -> ReadResult:
    with warnings.catch_warnings():
        # openpyxl warns about what it drops (data validation, unknown extensions): irrelevant
        # to reading values.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                                          keep_links=False)
        except Exception as exc:  # openpyxl raises anything from KeyError to XML errors
            log.info("workbook could not be opened: %s", type(exc).__name__)
            raise _damaged(name) from None
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                paths = _sheet_paths(archive)
                candidates = list(book.worksheets)
                if sheet is not None:
                    candidates = [_named_sheet(candidates, sheet, name)]
                last_error = _no_list(name)
                for plain_header in (False, True):  # prefer a sheet with a recognised header
                    for ws in candidates:
                        ws.reset_dimensions()  # a wrong <dimension> must not cut rows/columns
                        merges = _vertical_merges(archive, paths.get(ws.title))
                        rows = _sheet_rows(ws.iter_rows(values_only=True), merges, name)
                        try:
                            return builder.build(rows, sheet=ws.title,
                                                 allow_plain_header=plain_header)
                        except MemberFileError as error:
                            if error.code != "no_list":
                                raise
                            last_error = error
                raise last_error
        except (zipfile.BadZipFile, KeyError, ET.ParseError, zlib.error, EOFError) as exc:
            log.info("workbook could not be read: %s", type(exc).__name__)
            raise _damaged(name) from None
        finally:
            book.close()


def _named_sheet(worksheets: list[Any], sheet: str, name: str) -> Any:
    wanted = fold(sheet.strip())
    for ws in sorted(worksheets, key=lambda ws: ws.title != sheet):  # exact title first
        if ws.title == sheet or fold(ws.title.strip()) == wanted:
            return ws
    raise MemberFileError(
        "no_sheet",
        QT_TRANSLATE_NOOP("core", "“{name}” has no sheet “{sheet}”. Choose one of: {sheets}."),
        name=name, sheet=sheet, sheets=", ".join(f"“{ws.title}”" for ws in worksheets))


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> its part in the zip, from the workbook and its relationships."""
    try:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        relations = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in relations}
    paths: dict[str, str] = {}
    for element in workbook.iter():
        if not element.tag.endswith("}sheet"):
            continue
        rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rel_id)
        if target:
            paths[element.get("name", "")] = (target.lstrip("/") if target.startswith("/")
                                              else posixpath.normpath("xl/" + target))
    return paths


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _vertical_merges(archive: zipfile.ZipFile, part: str | None) -> list[tuple[int, int, int]]:
    """(first row, last row, 0-based column) of the merged ranges spanning several rows.

    Streamed from the sheet XML (the ranges follow the cell data), so any size stays cheap.
    """
    if part is None or part not in archive.namelist():
        return []
    found: set[tuple[int, int, int]] = set()
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            buffer = tail + chunk
            for match in _MERGE_REF.finditer(buffer):
                first, last = int(match.group(2)), int(match.group(4))
                if last > first:
                    found.add((first, last, _column_number(match.group(1)) - 1))
            tail = buffer[-256:]
    return sorted(found)


def _sheet_rows(values: Iterable[tuple[object, ...]], merges: list[tuple[int, int, int]],
                name: str) -> Iterator[tuple[int, list[str]]]:
    """(sheet row number, cell texts); a vertically merged value is copied down its range."""
    pending = iter(merges)
    upcoming = next(pending, None)
    active: list[tuple[int, int, int]] = []
    tops: dict[tuple[int, int], str] = {}
    source = iter(values)
    number = 0
    while True:
        try:
            row = next(source)
        except StopIteration:
            return
        except Exception as exc:  # the sheet's XML is broken somewhere down the file
            log.info("worksheet could not be read: %s", type(exc).__name__)
            raise _damaged(name) from None
        number += 1
        width = len(row)
        while width and row[width - 1] is None:
            width -= 1
        cells = [_cell_text(value) for value in row[:width]]
        while upcoming is not None and upcoming[0] <= number:
            active.append(upcoming)
            upcoming = next(pending, None)
        if active:
            active = [span for span in active if span[1] >= number]
            for first, _, column in active:
                if first == number:
                    tops[first, column] = cells[column] if column < len(cells) else ""
                elif tops.get((first, column)):
                    cells.extend([""] * (column + 1 - len(cells)))
                    cells[column] = tops[first, column]
        yield number, cells


__all__ = ["MAX_CELL_CHARS", "MemberFileError", "ReadResult", "apply_mapping", "guess_mapping",
           "read_file_bytes", "read_table", "read_table_from_path", "read_table_with_notes"]
