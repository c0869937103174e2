"""Phone numbers as coordinators type them, turned into E.164 with their kind (mobile or fixed).

BE-Alert sends SMS only to mobiles and voice messages to any line, so the kind matters as much as
the number. phonenumbers (default region BE) is the reference; the common Belgian notations take a
fast path that checks the national number against phonenumbers' own BE metadata patterns, so both
paths agree by construction and a list of 100,000 numbers does not cost seconds in parsing alone.

FIXED_LINE_OR_MOBILE (countries such as the US and Canada whose plan cannot tell the two apart;
never a Belgian number) counts as "mobile": such a number is always flagged phone.foreign, so the
officer looks at it, and treating it as fixed would take SMS away from what is usually a mobile.
Numbers of other types (078 UAN, 0800, 070, VoIP, personal numbers) are "other".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult

from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.members.model import PHONE_FOREIGN, PHONE_INVALID, Finding

PhoneKind = Literal["mobile", "fixed", "other"]

REGION = "BE"

# reason (stable, in problem_params["reason"]) -> the officer's explanation.
INVALID_TEMPLATES: dict[str, str] = {
    "no_digits": QT_TRANSLATE_NOOP("core", "'{value}' is not a phone number: it holds no digits."),
    "letters": QT_TRANSLATE_NOOP("core", "'{value}' is not a phone number: it contains letters."),
    "too_short": QT_TRANSLATE_NOOP("core", "'{value}' is not a phone number: too few digits."),
    "too_long": QT_TRANSLATE_NOOP("core", "'{value}' is not a phone number: too many digits."),
    "mobile_length": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not a phone number: a Belgian mobile number has 10 digits "
        "(04xx xx xx xx), this one has {digits}."),
    "country_code": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not a phone number: the country code is unknown."),
    "no_such_range": QT_TRANSLATE_NOOP(
        "core", "'{value}' is not a phone number: no such number range is in use."),
}
FOREIGN_TEMPLATE = QT_TRANSLATE_NOOP(
    "core", "{value} is a foreign number ({country}): check that SMS and voice messages reach it.")

_KINDS: dict[int, PhoneKind] = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed",
}

# Words people put next to a number: "GSM: 0470…", "0470… (privé)", "tel.".
_LABELS = re.compile(
    r"\((?:[^\d()]*)\)|\b(?:gsm|mobiel|mobile|portable|port|tel|tél|telefoon|téléphone|"
    r"telephone|phone|nr|thuis|werk|privé|prive|bureau|domicile|home|work)\b\.?:?|n°|:",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_SIMPLE = re.compile(r"\+?[\d\s./()\-]+")
_ZERO_IN_PARENS = re.compile(r"\(\s*0\s*\)")
_NOT_DIGIT = re.compile(r"\D")
_EXCEL_FLOAT = re.compile(r"(\d+)\.0")
# Several numbers in one cell, unambiguously apart.
_STRONG_SEPARATORS = re.compile(
    r"[;,|&]| (?:of|ou|or|en|et|and) ", re.IGNORECASE)
# Separators that may also sit inside one number ("053/12.34.56"): tried only when the whole
# piece is no number.
_WEAK_SEPARATORS = re.compile(r"/| - ")


@dataclass(frozen=True)
class PhoneResult:
    """One number: E.164 and kind when valid; problem_code phone.invalid or phone.foreign."""

    e164: str | None
    kind: PhoneKind | None
    region: str | None  # "BE", "NL" … ; None when invalid
    problem_code: str | None = None
    problem_params: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return self.e164 is not None

    def finding(self, field_name: str) -> Finding | None:
        if self.problem_code == PHONE_INVALID:
            template = INVALID_TEMPLATES[self.problem_params["reason"]]
        elif self.problem_code == PHONE_FOREIGN:
            template = FOREIGN_TEMPLATE
        else:
            return None
        return Finding(self.problem_code, field_name, template, dict(self.problem_params))


@dataclass(frozen=True)
class _Patterns:
    general: re.Pattern[str]
    mobile: re.Pattern[str]
    fixed: re.Pattern[str]


@cache
def _be_patterns() -> _Patterns:
    """The BE national-number patterns of phonenumbers' metadata (the fast path's reference)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(REGION)
    assert meta is not None and meta.general_desc is not None
    assert meta.mobile is not None and meta.fixed_line is not None

    def compiled(pattern: str | None) -> re.Pattern[str]:
        return re.compile(f"(?:{pattern})")

    return _Patterns(compiled(meta.general_desc.national_number_pattern),
                     compiled(meta.mobile.national_number_pattern),
                     compiled(meta.fixed_line.national_number_pattern))


def _invalid(value: str, reason: str, **extra: str) -> PhoneResult:
    return PhoneResult(None, None, None, PHONE_INVALID, {"value": value, "reason": reason, **extra})


def _belgian_national(digits: str, international: bool) -> str | None:
    """The national significant number of a Belgian number written without letters, else None."""
    if international:  # "+32…"
        rest = digits[2:] if digits.startswith("32") else None
    elif digits.startswith("0032"):
        rest = digits[4:]
    elif digits.startswith("0"):
        return digits[1:]
    elif digits.startswith("32") and len(digits) in (10, 11, 12):  # "32470123456", no + or 00
        rest = digits[2:]
    elif len(digits) in (8, 9):  # the leading 0 lost in Excel: "470123456"
        return digits
    else:
        return None
    if rest is None:
        return None
    return rest[1:] if rest.startswith("0") else rest  # "+32 (0)470…", "+32 0470…"


def _fast(text: str) -> PhoneResult | None:
    if not _SIMPLE.fullmatch(text):
        return None
    plain = _ZERO_IN_PARENS.sub("0", text) if "(" in text else text
    digits = _NOT_DIGIT.sub("", plain)
    national = _belgian_national(digits, plain.lstrip().startswith("+"))
    if national is None:
        return None
    patterns = _be_patterns()
    if not patterns.general.fullmatch(national):
        return None
    if patterns.mobile.fullmatch(national):
        return PhoneResult("+32" + national, "mobile", REGION)
    if patterns.fixed.fullmatch(national):
        return PhoneResult("+32" + national, "fixed", REGION)
    return None


def _reason(value: str, digits: str, number: phonenumbers.PhoneNumber | None) -> PhoneResult:
    international = value.lstrip().startswith(("+", "00"))
    national = None if international and not digits.startswith(("32", "0032")) else (
        _belgian_national(digits, value.lstrip().startswith("+")))
    if national is not None:
        if national.startswith("4") and len(national) != 9:
            return _invalid(value, "mobile_length", digits=str(len(national) + 1))
        if len(national) < 8:
            return _invalid(value, "too_short")
        if len(national) > 9:
            return _invalid(value, "too_long")
        return _invalid(value, "no_such_range")
    if number is None:
        return _invalid(value, "too_short")
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == ValidationResult.INVALID_COUNTRY_CODE:
        return _invalid(value, "country_code")
    if possible == ValidationResult.TOO_SHORT:
        return _invalid(value, "too_short")
    if possible == ValidationResult.TOO_LONG:
        return _invalid(value, "too_long")
    return _invalid(value, "no_such_range")


def parse_belgian(text: str) -> PhoneResult:
    """One number in any common Belgian or international notation (default region BE)."""
    value = text.strip()
    excel = _EXCEL_FLOAT.fullmatch(value)  # a number cell read as float: "470123456.0"
    cleaned = excel.group(1) if excel else value
    fast = _fast(cleaned)
    if fast is not None:
        return fast
    cleaned = _LABELS.sub(" ", cleaned).strip()
    if _LETTER.search(cleaned):
        return _invalid(value, "letters")
    digits = _NOT_DIGIT.sub("", cleaned)
    if not digits:
        return _invalid(value, "no_digits")
    try:
        number = phonenumbers.parse(cleaned, REGION)
    except NumberParseException as error:
        if error.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            return _invalid(value, "country_code")
        if error.error_type == NumberParseException.TOO_LONG:
            return _invalid(value, "too_long")
        return _reason(value, digits, None)
    if not phonenumbers.is_valid_number(number) and not cleaned.startswith(("+", "0")):
        try:  # a country code written without + or 00: "31612345678"
            retry = phonenumbers.parse("+" + digits, None)
        except NumberParseException:
            retry = None
        if retry is not None and phonenumbers.is_valid_number(retry):
            number = retry
    if not phonenumbers.is_valid_number(number):
        return _reason(value, digits, number)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    kind = _KINDS.get(phonenumbers.number_type(number), "other")
    region = phonenumbers.region_code_for_number(number) or ""
    if region != REGION:
        return PhoneResult(e164, kind, region or None, PHONE_FOREIGN,
                           {"value": value, "country": region or f"+{number.country_code}"})
    return PhoneResult(e164, kind, REGION)


def parse_cell(text: str) -> list[PhoneResult]:
    """Every number in one cell ("0470 12 34 56 / 02 345 67 89"), in the order written."""
    fast = _fast(text.strip())
    if fast is not None:  # the usual case: one Belgian number
        return [fast]
    results: list[PhoneResult] = []
    for piece in _STRONG_SEPARATORS.split(" ".join(text.replace("\n", ";").split())):
        if not piece.strip():
            continue
        whole = parse_belgian(piece)
        if not whole.valid and _WEAK_SEPARATORS.search(piece):
            parts = [parse_belgian(p) for p in _WEAK_SEPARATORS.split(piece) if p.strip()]
            if len(parts) > 1 and all(p.valid for p in parts):
                results.extend(parts)
                continue
        results.append(whole)
    return results
