"""Every row of a coordinator's list checked before anything is stored.

Each row gets its findings (English templates for the GUI to translate, params that show the
officer which cell to fix) and a status: "duplicate" when it repeats an earlier row or an existing
member, "problem" when a finding outside model.WARNING_CODES needs a fix, else "ok".

Duplicates are found through dictionaries (phone, e-mail, street + house number), so only rows at
the same address are compared by fuzzy name: a list of 100,000 rows takes seconds, not hours.
Never log cell contents: they are personal data.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.members import addresses, phones
from bin_desktop.core.members.model import (
    ADDRESS_MISSING,
    ADDRESS_OUTSIDE,
    CONSENT_MISSING,
    CONTACT_MISSING,
    DUPLICATE_EXISTING,
    DUPLICATE_IN_FILE,
    EMAIL_INVALID,
    LANGUAGE_UNKNOWN,
    NAME_MISSING,
    PHONE_NOT_MOBILE,
    WARNING_CODES,
    ExistingMember,
    Finding,
    RowStatus,
    Territory,
    ValidatedRow,
)
from bin_desktop.core.text import fold

log = logging.getLogger("bin_desktop.core.members")

# token-sort ratio (0-100) from which two names at the same address are one person.
NAME_THRESHOLD = 90.0

_T = {
    "name_missing": QT_TRANSLATE_NOOP(
        "core", "The row has no name: fill in the name, or the first and last name."),
    "not_mobile_fixed": QT_TRANSLATE_NOOP(
        "core", "{number} is a fixed line: the member gets voice messages but no SMS."),
    "not_mobile_other": QT_TRANSLATE_NOOP(
        "core", "{number} is not a mobile number: the member gets voice messages but no SMS."),
    "contact_missing": QT_TRANSLATE_NOOP(
        "core", "The row has neither a usable phone number nor an e-mail address."),
    "address_missing": QT_TRANSLATE_NOOP("core", "The row has no street."),
    "outside_street": QT_TRANSLATE_NOOP(
        "core", "'{street}' is not one of this network's streets."),
    "outside_postcode": QT_TRANSLATE_NOOP(
        "core", "Postcode {postcode} is outside this network's area ({postcodes})."),
    "consent_empty": QT_TRANSLATE_NOOP("core", "No consent recorded: a date or yes is needed."),
    "consent_no": QT_TRANSLATE_NOOP("core", "The member did not give consent ('{value}')."),
    "consent_unclear": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not understood as consent: use a date (dd/mm/yyyy) or yes/no."),
    "consent_future": QT_TRANSLATE_NOOP(
        "core", "The consent date {date} lies in the future."),
    "language_unknown": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not understood as a language: {default} is used."),
    "dup_member_phone": QT_TRANSLATE_NOOP(
        "core", "Same phone number as member {member}."),
    "dup_member_email": QT_TRANSLATE_NOOP(
        "core", "Same e-mail address as member {member}."),
    "dup_member_name": QT_TRANSLATE_NOOP(
        "core", "Same name and address as member {member}."),
    "dup_row_phone": QT_TRANSLATE_NOOP(
        "core", "Same phone number as row {row} ({name})."),
    "dup_row_email": QT_TRANSLATE_NOOP(
        "core", "Same e-mail address as row {row} ({name})."),
    "dup_row_name": QT_TRANSLATE_NOOP(
        "core", "Same name and address as row {row} ({name})."),
}
_EMAIL_T = {
    "spaces": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not an e-mail address: it contains spaces."),
    "at": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not an e-mail address: it needs exactly one @."),
    "too_long": QT_TRANSLATE_NOOP("core", "'{value}' is not an e-mail address: it is too long."),
    "local": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not an e-mail address: the part before the @ is not valid."),
    "no_dot": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not an e-mail address: the part after the @ needs a dot "
        "(as in telenet.be)."),
    "domain": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not an e-mail address: the part after the @ is not a domain."),
    "several": QT_TRANSLATE_NOOP(
        "core", "'{value}' holds several e-mail addresses: keep one."),
}

# --- e-mail ----------------------------------------------------------------------------------

_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_ANGLE = re.compile(r"[^<>]*<([^<>]+)>")
_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_SPACE_OR_LIST = re.compile(r"[;,\s]")
_SPACE = re.compile(r"\s")


def check_email(text: str) -> tuple[str | None, str | None]:
    """(address with the domain lower-cased, None) or (None, reason). Syntax only, no DNS."""
    value = text.strip().strip("\"'")
    angle = _ANGLE.fullmatch(value)  # "Jan Peeters <jan@telenet.be>"
    if angle:
        value = angle.group(1).strip()
    if value.casefold().startswith("mailto:"):
        value = value[7:]
    if _SPACE_OR_LIST.search(value):
        parts = [p for p in _EMAIL_SPLIT.split(value) if p]
        if len(parts) > 1 and sum(p.count("@") == 1 for p in parts) > 1:
            first = next((e for e, _ in map(check_email, parts) if e), None)
            return first, "several"
        if _SPACE.search(value):
            return None, "spaces"
    if value.count("@") != 1:
        return None, "at"
    local, domain = value.split("@")
    if len(value) > 254 or len(local) > 64:
        return None, "too_long"
    if not _LOCAL.fullmatch(local):
        return None, "local"
    domain = domain.lower()
    if "." not in domain:
        return None, "no_dot"
    try:  # an internationalised domain ("café.be") is checked in its ASCII form
        ascii_domain = domain if domain.isascii() else domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None, "domain"
    labels = ascii_domain.split(".")
    if len(ascii_domain) > 253 or not all(_LABEL.fullmatch(label) for label in labels) or (
            not _TLD.fullmatch(labels[-1])):
        return None, "domain"
    return f"{local}@{domain}", None


# --- consent ---------------------------------------------------------------------------------

_YES = frozenset({"yes", "y", "ja", "j", "oui", "x", "✓", "✔", "☑", "1", "true", "waar", "vrai",
                  "ok", "akkoord", "daccord", "d accord"})
_NO = frozenset({"no", "n", "nee", "neen", "non", "0", "false", "onwaar", "faux", "-", "✗",
                 "✘", "geen", "pas d accord"})
# First words that decide a longer cell: "ja, mondeling", "nee (ingetrokken 12/03/2024)".
_YES_FIRST = frozenset({"yes", "ja", "oui", "akkoord"})
_NO_FIRST = frozenset({"no", "nee", "neen", "non", "geen"})
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)")
_SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_SERIAL = 25569  # 1970-01-01: smaller numbers are no consent dates
_WORD_PUNCTUATION = re.compile(r"[.!'’]")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Consent:
    given: bool
    on: dt.date | None
    problem: str | None = None  # a key of _T when consent is missing
    date: str = ""  # the date as the officer reads it, for "in the future"


def _date(text: str, today: dt.date) -> dt.date | None:
    try:
        iso = _ISO_DATE.search(text)
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        dmy = _DMY_DATE.search(text)
        if dmy:
            year = int(dmy.group(3))
            if year < 100:  # d/m/yy: this century unless that lies ahead ("99" is 1999)
                year += 2000 if 2000 + year <= today.year else 1900
            return dt.date(year, int(dmy.group(2)), int(dmy.group(1)))
        serial = _SERIAL.fullmatch(text)
        if serial and int(serial.group(1)) >= _FIRST_SERIAL:
            return _EXCEL_EPOCH + dt.timedelta(days=int(serial.group(1)))
    except ValueError:  # 31/02/2024
        return None
    return None


@lru_cache(maxsize=4096)
def parse_consent(text: str, today: dt.date) -> Consent:
    """A date (dd/mm/yyyy, yyyy-mm-dd, d/m/yy, an Excel serial) or yes/no in NL, FR or EN."""
    value = text.strip()
    if not value:
        return Consent(False, None, "consent_empty")
    words = _WORD_PUNCTUATION.sub(" ", fold(value)).split()
    if " ".join(words) in _YES:
        return Consent(True, None)
    first = _FIRST_WORD.match(words[0]) if words else None
    if " ".join(words) in _NO or (first and first.group() in _NO_FIRST):
        return Consent(False, None, "consent_no")
    on = _date(value, today)
    if on is None:
        if first and first.group() in _YES_FIRST:
            return Consent(True, None)
        return Consent(False, None, "consent_unclear")
    if on > today:
        return Consent(False, None, "consent_future", on.strftime("%d/%m/%Y"))
    return Consent(True, on)


# --- language and channels -------------------------------------------------------------------

_LANGUAGE_NAMES = {
    "nl": ("nl", "n", "nld", "dut", "ned", "nederlands", "dutch", "neerlandais", "vlaams",
           "flemish", "flamand", "nederlandstalig", "neerlandophone"),
    "fr": ("fr", "f", "fra", "fre", "frans", "francais", "french", "franstalig", "francophone"),
    "de": ("de", "d", "deu", "ger", "duits", "allemand", "german", "deutsch", "duitstalig",
           "germanophone"),
    "en": ("en", "e", "eng", "engels", "anglais", "english", "engelstalig", "anglophone"),
}
_LANGUAGES = {name: code for code, names in _LANGUAGE_NAMES.items() for name in names}
_NOT_LETTERS = re.compile(r"[^a-z]+")


@lru_cache(maxsize=1024)
def parse_language(text: str) -> str | None:
    """'Nederlands' / 'français' / 'FR-BE' / 'nl_BE' -> 'nl' / 'fr'; None when not understood."""
    tokens = _NOT_LETTERS.sub(" ", fold(text)).split()
    if not tokens:
        return None
    code = _LANGUAGES.get(" ".join(tokens)) or _LANGUAGES.get("".join(tokens))
    if code is None and len(tokens) == 2 and len(tokens[1]) == 2:  # a region: "fr be", "de de"
        code = _LANGUAGES.get(tokens[0])
        if _LANGUAGES.get(tokens[1], code) != code:  # "nl fr": two languages, not a region
            return None
    return code


CHANNEL_ORDER = ("sms", "voice", "email")
_CHANNEL_WORDS = {
    "sms": "sms", "gsm": "sms", "text": "sms", "texto": "sms", "tekst": "sms",
    "email": "email", "mail": "email", "mails": "email", "courriel": "email",
    "voice": "voice", "tel": "voice", "telefoon": "voice", "telephone": "voice",
    "phone": "voice", "spraak": "voice", "spraakbericht": "voice", "appel": "voice",
    "oproep": "voice", "bellen": "voice", "vocal": "voice", "call": "voice",
}
_E_MAIL = re.compile(r"\be\s*-?\s*mail")
_CHANNEL_SPLIT = re.compile(r"[^\w]+")


@lru_cache(maxsize=1024)
def parse_channels(text: str) -> tuple[str, ...]:
    """'SMS; e-mail' / 'tel, mail' -> ('sms', 'email') in the canonical order; unknown words go."""
    words = _CHANNEL_SPLIT.split(_E_MAIL.sub("email", fold(text)))
    wanted = {_CHANNEL_WORDS[w] for w in words if w in _CHANNEL_WORDS}
    return tuple(c for c in CHANNEL_ORDER if c in wanted)


# --- one row ---------------------------------------------------------------------------------

_PERSON_PUNCTUATION = re.compile(r"[^\w\s]|_")


def _clean(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def name_key(name: str) -> str:
    """'Jean-Pierre Dupré' and 'dupre jean pierre' give one key (sorted folded words)."""
    return " ".join(sorted(_PERSON_PUNCTUATION.sub(" ", fold(name)).split()))


@dataclass
class _Context:
    territory: Territory
    streets: addresses.StreetIndex
    default_language: str | None
    today: dt.date
    street_matches: dict[str, tuple[str | None, str]] = field(default_factory=dict)

    def match_street(self, street: str) -> tuple[str | None, str]:
        """(the territory's spelling or None, the key of what is stored) of a street as given."""
        found = self.street_matches.get(street)
        if found is None:
            matched = self.streets.match(street) if self.streets else None
            found = self.street_matches[street] = (
                matched, addresses.street_key(matched or street))
        return found


@dataclass(frozen=True)
class _Keys:
    """What duplicate detection compares, computed once per row or member."""

    phone: str | None
    email: str | None
    address: tuple[str, str] | None
    postcode: str | None
    name: str


def _phones(cells: dict[str, str], findings: list[Finding]) -> tuple[
        phones.PhoneResult | None, phones.PhoneResult | None]:
    found = [(field_name, result) for field_name in ("phone", "phone2")
             if (text := cells.get(field_name)) for result in phones.parse_cell(text)]
    if len(found) == 1 and found[0][1].kind == "mobile" and found[0][1].problem_code is None:
        return found[0][1], None  # the usual case: one Belgian mobile
    valid: dict[str, tuple[str, phones.PhoneResult]] = {}
    for field_name, result in found:
        if result.e164 is None:
            problem = result.finding(field_name)
            if problem is not None:
                findings.append(problem)
        else:
            valid.setdefault(result.e164, (field_name, result))
    kept = list(valid.values())
    primary = next((p for p in kept if p[1].kind == "mobile"), kept[0] if kept else None)
    secondary = next((p for p in kept if p is not primary), None)
    for chosen in (primary, secondary):
        if chosen is not None:
            foreign = chosen[1].finding(chosen[0])
            if foreign is not None:
                findings.append(foreign)
    if primary is not None and primary[1].kind != "mobile":
        template = _T["not_mobile_fixed" if primary[1].kind == "fixed" else "not_mobile_other"]
        findings.append(Finding(PHONE_NOT_MOBILE, primary[0], template,
                                {"number": primary[1].e164 or ""}))
    return (primary[1] if primary else None), (secondary[1] if secondary else None)


@lru_cache(maxsize=4096)
def _channels(text: str, mobile: bool, phone: bool, email: bool) -> tuple[str, ...]:
    """What the member asked for, as far as the contact data allows; else what the data allows.

    By default a mobile gets SMS (voice costs per minute and wakes people), a fixed line voice.
    """
    possible = set()
    if mobile:
        possible.add("sms")
    if phone:
        possible.add("voice")
    if email:
        possible.add("email")
    asked = tuple(c for c in parse_channels(text) if c in possible)
    if asked:
        return asked
    default = possible - {"voice"} if "sms" in possible else possible
    return tuple(c for c in CHANNEL_ORDER if c in default)


def _address(cells: dict[str, str], context: _Context, findings: list[Finding]) -> tuple[
        str | None, str | None, str | None, str | None, str | None]:
    """(street as stored, house number, box, postcode, street key) and the address findings."""
    territory = context.territory
    street_cell = _clean(cells.get("street"))
    parts = addresses.split_street(street_cell) if street_cell else addresses.AddressParts("")
    number, box = parts.house_number, parts.box
    number_cell = _clean(cells.get("house_number"))
    if number_cell:
        number, box_in_number = addresses.split_house_number(number_cell)
        box = box_in_number or box
    box_cell = cells.get("box")
    if box_cell and box_cell.strip():
        box = addresses.normalise_box(box_cell)
    postcode_cell = cells.get("postcode")
    postcode = (addresses.normalise_postcode(postcode_cell) if postcode_cell else "") or (
        parts.postcode)
    if not parts.street:
        findings.append(Finding(ADDRESS_MISSING, "street", _T["address_missing"]))
        return None, number, box, postcode or None, None
    matched, key = context.match_street(parts.street)
    outside = None
    if context.streets and matched is None:
        outside = "street"
    elif territory.postcodes and postcode and postcode not in territory.postcodes:
        outside = "postcode"
    elif not postcode and matched is not None and len(territory.postcodes) == 1:
        postcode = territory.postcodes[0]  # the street is in an area with one postcode
    if outside is not None:
        findings.append(Finding(ADDRESS_OUTSIDE, outside, _T[f"outside_{outside}"], {
            "street": parts.street, "postcode": postcode or "",
            "postcodes": ", ".join(territory.postcodes)}))
    return matched or parts.street, number, box, postcode or None, key


def _check_row(number: int, cells: dict[str, str], context: _Context,
               duplicates: _Duplicates) -> ValidatedRow:
    findings: list[Finding] = []

    first, last = _clean(cells.get("first_name")), _clean(cells.get("last_name"))
    full_name = _clean(cells.get("full_name")) or " ".join(p for p in (first, last) if p)
    if not full_name:
        findings.append(Finding(NAME_MISSING, "full_name", _T["name_missing"]))

    phone, phone2 = _phones(cells, findings)

    email_cell = _clean(cells.get("email"))
    email: str | None = None
    if email_cell:
        email, reason = check_email(email_cell)
        if reason is not None:
            findings.append(Finding(EMAIL_INVALID, "email", _EMAIL_T[reason],
                                    {"value": email_cell, "reason": reason}))
    if phone is None and email is None:
        findings.append(Finding(CONTACT_MISSING, None, _T["contact_missing"]))

    street, house_number, box, postcode, street_key = _address(cells, context, findings)

    consent_cell = cells.get("consent") or ""
    consent = parse_consent(consent_cell, context.today)
    if consent.problem is not None:
        findings.append(Finding(CONSENT_MISSING, "consent", _T[consent.problem],
                                {"value": consent_cell.strip(), "date": consent.date}))

    language_cell = _clean(cells.get("language"))
    language = context.default_language
    if language_cell:
        understood = parse_language(language_cell)
        if understood is None:
            findings.append(Finding(LANGUAGE_UNKNOWN, "language", _T["language_unknown"],
                                    {"value": language_cell, "default": language or "-"}))
        else:
            language = understood

    address = (street_key, addresses.number_key(house_number)) if (
        street_key and house_number) else None
    keys = _Keys(phone.e164 if phone else None, email.casefold() if email else None, address,
                 postcode, name_key(full_name))
    of_member, of_row = duplicates.check(keys, number, full_name, findings)
    return ValidatedRow(
        row=number, status=_status(findings), findings=tuple(findings), full_name=full_name,
        first_name=first, last_name=last,
        phone_e164=phone.e164 if phone else None, phone_kind=phone.kind if phone else None,
        phone2_e164=phone2.e164 if phone2 else None, email=email, street=street,
        house_number=house_number, box=box, postcode=postcode, language=language,
        consent=consent.given, consent_on=consent.on,
        channels=_channels(cells.get("channels") or "", phone is not None and (
            phone.kind == "mobile"), phone is not None, email is not None),
        notes=(cells.get("notes") or "").strip(),
        duplicate_of_member=of_member, duplicate_of_row=of_row)


# --- duplicates ------------------------------------------------------------------------------


class _Index:
    """First owner of each phone and e-mail, and everyone by street + house number."""

    def __init__(self) -> None:
        self.phones: dict[str, int] = {}
        self.emails: dict[str, int] = {}
        self.addresses: dict[tuple[str, str], list[tuple[str, str | None, int]]] = {}

    def add(self, keys: _Keys, owner: int) -> None:
        if keys.phone:
            self.phones.setdefault(keys.phone, owner)
        if keys.email:
            self.emails.setdefault(keys.email, owner)
        if keys.address and keys.name:
            self.addresses.setdefault(keys.address, []).append((keys.name, keys.postcode, owner))

    def find(self, keys: _Keys) -> tuple[str, int] | None:
        """('phone' | 'email' | 'full_name', owner) of the first rule that matches."""
        if keys.phone and keys.phone in self.phones:
            return "phone", self.phones[keys.phone]
        if keys.email and keys.email in self.emails:
            return "email", self.emails[keys.email]
        if keys.address and keys.name:
            for name, postcode, owner in self.addresses.get(keys.address, ()):
                if postcode and keys.postcode and postcode != keys.postcode:
                    continue
                if name == keys.name or fuzz.token_sort_ratio(
                        name, keys.name, score_cutoff=NAME_THRESHOLD):
                    return "full_name", owner
        return None


def _member_keys(member: ExistingMember, context: _Context) -> _Keys:
    address = None
    if member.street and member.house_number:
        address = (context.match_street(member.street)[1],
                   addresses.number_key(member.house_number))
    return _Keys(member.phone_e164.strip() if member.phone_e164 else None,
                 member.email.strip().casefold() if member.email else None, address,
                 member.postcode, name_key(member.full_name))


_RULE = {"phone": "phone", "email": "email", "full_name": "name"}


def _status(findings: Sequence[Finding]) -> RowStatus:
    codes = {f.code for f in findings}
    if codes & {DUPLICATE_IN_FILE, DUPLICATE_EXISTING}:
        return "duplicate"
    if codes - WARNING_CODES:
        return "problem"
    return "ok"


class _Duplicates:
    """Earlier rows of the file and the existing members, looked up by a row's keys."""

    def __init__(self, existing: Sequence[ExistingMember], context: _Context) -> None:
        self.existing = existing
        self.members = _Index()
        for position, member in enumerate(existing):
            self.members.add(_member_keys(member, context), position)
        self.earlier = _Index()
        self.rows: list[tuple[int, str]] = []  # (row number, name) by position in the file

    def check(self, keys: _Keys, number: int, full_name: str,
              findings: list[Finding]) -> tuple[str | None, int | None]:
        """Adds the duplicate findings; (existing member id, earlier row number)."""
        of_member: str | None = None
        of_row: int | None = None
        hit = self.members.find(keys)
        if hit is not None:
            rule, owner = hit
            member = self.existing[owner]
            of_member = member.id
            findings.append(Finding(DUPLICATE_EXISTING, rule, _T[f"dup_member_{_RULE[rule]}"],
                                    {"member": member.full_name, "member_id": member.id}))
        hit = self.earlier.find(keys)
        if hit is not None:
            rule, owner = hit
            of_row, name = self.rows[owner]
            findings.append(Finding(DUPLICATE_IN_FILE, rule, _T[f"dup_row_{_RULE[rule]}"],
                                    {"row": str(of_row), "name": name}))
        self.earlier.add(keys, len(self.rows))
        self.rows.append((number, full_name))
        return of_member, of_row


def validate_rows(
    rows: Sequence[tuple[int, dict[str, str]]],
    territory: Territory,
    existing: Sequence[ExistingMember],
    network_languages: Sequence[str],
    *,
    today: dt.date,
) -> list[ValidatedRow]:
    """Check every mapped row (row number, field -> text) against the territory and the members."""
    context = _Context(territory, addresses.StreetIndex(territory.streets),
                       network_languages[0] if network_languages else None, today)
    duplicates = _Duplicates(existing, context)
    checked = [_check_row(number, cells, context, duplicates) for number, cells in rows]
    counts = Counter(r.status for r in checked)
    log.debug("validated %d rows: %d ok, %d problem, %d duplicate", len(checked), counts["ok"],
              counts["problem"], counts["duplicate"])
    return checked
