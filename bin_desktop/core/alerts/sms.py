"""SMS encoding and segments: GSM 03.38 7-bit (160, or 153 a segment when split) vs UCS-2 (70/67).

One character outside the GSM 7-bit alphabet (a curly quote, ë, ê, ç) turns the whole message into
UCS-2 and more than doubles its segments and so its cost. The composer names each such character
with a GSM-safe replacement; replacing is the officer's choice, never done silently here.

The extension table (€ [ ] { } \\ ^ ~ | and form feed) costs two septets: an escape and the
character. A split message carries a 7-septet header, and a phone never splits an escaped pair or
a UTF-16 surrogate pair across two segments, which `analyse` follows exactly.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bin_desktop.core.alerts.model import SmsInfo

#: 3GPP TS 23.038 default alphabet (the escape 0x1B left out). Ç is the standard's 0x09.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
#: The default extension table: each costs two septets.
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67

#: Hand-picked replacements; other accented letters lose their accent when the bare letter is GSM.
_REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys("’‘‚‛′´`", "'"),
    **dict.fromkeys("“”„‟«»″", '"'),
    **dict.fromkeys("–—‒−‐‑", "-"),
    **dict.fromkeys("\u00a0\u2007\u2009\u202f\u200a\t", " "),
    "…": "...",
    "•": "-",
    "·": ".",
    "œ": "oe",
    "Œ": "OE",
    "°": "o",
    "×": "x",
    "ç": "c",
}


def is_gsm(char: str) -> bool:
    return char in GSM_BASIC or char in GSM_EXTENSION


@lru_cache(maxsize=1024)
def gsm_replacement(char: str) -> str | None:
    """A GSM-safe stand-in for a character outside the GSM alphabet, or None if there is none."""
    if char in _REPLACEMENTS:
        return _REPLACEMENTS[char]
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    if bare and bare != char and all(is_gsm(c) for c in bare):
        return bare
    return None


def gsm_safe(text: str) -> str:
    """The text with every replaceable character replaced: what the officer may choose to send."""
    return "".join(c if is_gsm(c) else (gsm_replacement(c) or c) for c in text)


def _segments(units: list[int], single: int, part: int) -> int:
    total = sum(units)
    if total == 0:
        return 0
    if total <= single:
        return 1
    segments, used = 1, 0
    for size in units:
        if used + size > part:  # an escaped pair or a surrogate pair is never split
            segments, used = segments + 1, 0
        used += size
    return segments


@lru_cache(maxsize=64)
def analyse(text: str) -> SmsInfo:
    """Encoding, length in encoding units and segments of text sent as one SMS message."""
    ucs2 = tuple(dict.fromkeys(c for c in text if not is_gsm(c)))
    if not ucs2:
        units = [2 if c in GSM_EXTENSION else 1 for c in text]
        return SmsInfo("GSM-7", sum(units), _segments(units, GSM_SINGLE, GSM_PART), ())
    units = [2 if ord(c) > 0xFFFF else 1 for c in text]
    return SmsInfo("UCS-2", sum(units), _segments(units, UCS2_SINGLE, UCS2_PART), ucs2)
