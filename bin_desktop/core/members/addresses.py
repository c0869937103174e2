"""Street names and house numbers as coordinators type them, matched to the network's territory.

A street is compared by a key: folded (case, accents), punctuation gone, the usual Dutch and French
abbreviations written out, words joined ("Kerk str." = "Kerkstr" = "Kerkstraat"). French street
types are abbreviated in front ("r.", "av.", "ch.", "pl." = place), Dutch ones at the end, often
glued to the name ("Kerkstr.", "Marktpl." = plein), so where an abbreviation stands decides what it
means. A bilingual territory street "Kerkstraat / Rue de l'Église" matches by either side.

Fuzzy matching is a last resort with a conservative threshold: a typo in a long name matches
("Kerkstaat"), another street that shares most letters does not ("Kerkplein", "Kerkhofstraat").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bin_desktop.core.text import fold

#: rapidfuzz ratio (0-100) on street keys; one wrong letter in a 10-letter name scores about 95.
FUZZY_THRESHOLD = 90.0
#: Two candidates closer than this are ambiguous: no guess.
_AMBIGUITY_MARGIN = 3.0

#: Abbreviations that mean the same wherever they stand.
_ANYWHERE = {
    "str": "straat",
    "stwg": "steenweg", "stw": "steenweg", "steenwg": "steenweg",
    "ln": "laan",
    "av": "avenue", "ave": "avenue", "avn": "avenue",
    "bd": "boulevard", "bld": "boulevard", "blvd": "boulevard", "boul": "boulevard",
    "bvd": "boulevard", "boulev": "boulevard",
    "sq": "square", "imp": "impasse", "rte": "route",
    # Saints: Dutch "Sint", French "Saint(e)", both abbreviated "St"/"Ste".
    "sint": "st", "saint": "st", "sainte": "st", "ste": "st", "sinte": "st",
    # Titles in street names.
    "dr": "dr", "dokter": "dr", "docteur": "dr", "doct": "dr",
    "prof": "prof", "professor": "prof", "professeur": "prof",
    "burg": "burg", "burgemeester": "burg", "bourgmestre": "burg",
    "kon": "kon", "koning": "kon", "koningin": "kon",
    "gen": "gen", "generaal": "gen", "general": "gen",
    "lt": "lt", "luitenant": "lt", "lieutenant": "lt",
    "kard": "kard", "kardinaal": "kard", "cardinal": "kard",
    "mgr": "mgr", "monseigneur": "mgr",
    "pres": "pres", "president": "pres",
    "cdt": "cdt", "commandant": "cdt", "kmdt": "cdt", "kommandant": "cdt",
}
#: French street types, abbreviated in front: "R. de la Gare", "Ch. de Mons", "Pl. du Jeu".
_FRONT = {"r": "rue", "ch": "chaussee", "chee": "chaussee", "chs": "chaussee",
          "chau": "chaussee", "pl": "place", "all": "allee"}
#: Dutch street types, at the end: "Markt pl.", or glued: "Kerkstr", "Brusselsestwg", "Beukenln".
_END = {"pl": "plein"}
_GLUED = (("stwg", "steenweg"), ("str", "straat"), ("stw", "steenweg"), ("ln", "laan"),
          ("pl", "plein"))
_PHRASES = (
    (re.compile(r"\bonze lieve vrouw"), "olv"),
    (re.compile(r"\bo l v\b"), "olv"),
    (re.compile(r"\bn d\b"), "notre dame"),
)
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_BILINGUAL = re.compile(r"\s*/\s*")


@lru_cache(maxsize=16384)
def normalise_street(text: str) -> str:
    """'Kerkstr.' -> 'kerkstraat', 'Av. de l'Église' -> 'avenue de l eglise' (for matching only)."""
    spaced = _PUNCTUATION.sub(" ", fold(text))
    for pattern, replacement in _PHRASES:
        spaced = pattern.sub(replacement, spaced)
    tokens = spaced.split()
    last = len(tokens) - 1
    out: list[str] = []
    for index, token in enumerate(tokens):
        if index == 0 and last > 0 and token in _FRONT:
            out.append(_FRONT[token])
        elif index == last and index > 0 and token in _END:
            out.append(_END[token])
        elif token in _ANYWHERE:
            out.append(_ANYWHERE[token])
        else:
            out.append(_unglue(token))
    return " ".join(out)


def _unglue(token: str) -> str:
    for short, full in _GLUED:
        if token.endswith(short) and len(token) > len(short) + 2 and not token[0].isdigit():
            return token[: -len(short)] + full
    return token


def street_key(text: str) -> str:
    """The normalised street without spaces: 'Kerk straat' and 'Kerkstraat' are one street."""
    return normalise_street(text).replace(" ", "")


class StreetIndex:
    """A territory's streets by key, built once per validation run."""

    def __init__(self, streets: Iterable[str]) -> None:
        self._by_key: dict[str, str] = {}
        for street in streets:
            if not street.strip():
                continue
            self._by_key.setdefault(street_key(street), street)
            sides = _BILINGUAL.split(street.strip())
            if len(sides) > 1:
                for side in sides:
                    if side:
                        self._by_key.setdefault(street_key(side), street)
        self._keys = list(self._by_key)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def match(self, street: str) -> str | None:
        """The territory's spelling of `street`, or None when it is not in the territory."""
        found = self._exact(street)
        if found is not None:
            return found
        sides = _BILINGUAL.split(street.strip())
        if len(sides) > 1:
            for side in sides:
                found = self._exact(side) or self._fuzzy(side)
                if found is not None:
                    return found
            return None
        return self._fuzzy(street)

    def _exact(self, street: str) -> str | None:
        return self._by_key.get(street_key(street))

    def _fuzzy(self, street: str) -> str | None:
        key = street_key(street)
        if len(key) < 5:
            return None
        best = process.extract(key, self._keys, scorer=fuzz.ratio,
                               score_cutoff=FUZZY_THRESHOLD, limit=None)
        if not best:
            return None
        top = self._by_key[best[0][0]]
        for candidate, score, _ in best[1:]:
            if best[0][1] - score < _AMBIGUITY_MARGIN and self._by_key[candidate] != top:
                return None
        return top


@lru_cache(maxsize=64)
def _index(streets: tuple[str, ...]) -> StreetIndex:
    return StreetIndex(streets)


def match_street(street: str, territory_streets: Sequence[str]) -> str | None:
    """The canonical territory spelling of `street` (exact after normalisation, else fuzzy)."""
    return _index(tuple(territory_streets)).match(street)


@dataclass(frozen=True)
class AddressParts:
    street: str
    house_number: str | None = None
    box: str | None = None
    postcode: str | None = None


_BOX_WORD = r"(?:bus|bte|bo[iî]te|bt|box|b)\.?"
_NUMBER = r"\d{1,5}(?:[a-z]{1,2}\b|\s[a-z]\b)?(?:\s*-\s*\d{1,5}[a-z]?\b)?"
_BOX = rf"(?:\s*/\s*|\s*,?\s*{_BOX_WORD}\s*)(?P<box>\d[\w.-]{{0,9}}|[a-z]\b)"
_EMPTY_BOX = r"(?:\s+(?:bus|bte|bo[iî]te|box)\.?)?"  # "12 bus" with the box left blank
_NUMBER_AFTER = re.compile(
    rf"^(?P<street>.*?[^\d\s,])[\s,]+(?:n(?:r|°|o)\.?\s*)?(?P<number>{_NUMBER})(?:{_BOX})?"
    rf"{_EMPTY_BOX}\s*$",
    re.IGNORECASE)
_NUMBER_BEFORE = re.compile(
    rf"^(?P<number>{_NUMBER})(?:{_BOX})?(?:\s*,\s*|\s+(?=(?:rue|r\.|av|avenue|chauss|ch\.|"
    rf"boulevard|bd|place|pl\.|square|all[ée]e|impasse|quai|route|chemin|clos)\b))"
    rf"(?P<street>\D.*)$",
    re.IGNORECASE)
_HOUSE_NUMBER = re.compile(
    rf"^(?:n(?:r|°|o)\.?\s*)?(?P<number>{_NUMBER})(?:{_BOX})?{_EMPTY_BOX}\s*$", re.IGNORECASE)
_POSTCODE_TAIL = re.compile(r"^(?P<rest>.*?)\s*,\s*(?:B\s*-?\s*)?(?P<postcode>[1-9]\d{3})\b[^\d]*$",
                            re.IGNORECASE)
_POSTCODE = re.compile(r"^(?:B\s*-?\s*)?(?P<postcode>[1-9]\d{3})(?:\.0)?$", re.IGNORECASE)
_BOX_CELL = re.compile(rf"^{_BOX_WORD}\s*(?P<box>.+)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_EXCEL_FLOAT = re.compile(r"(\d+)\.0")


def split_street(cell: str) -> AddressParts:
    """'Kerkstraat 12 bus 3' -> street, '12', '3'; also 'Kerkstr. 12/3', 'Rue X 5A bte 2'."""
    text = _SPACES.sub(" ", cell).strip()
    postcode = None
    if "," in text:
        tail = _POSTCODE_TAIL.match(text)
        if tail and tail.group("rest"):  # "Kerkstraat 12, 1500 Halle"
            text, postcode = tail.group("rest"), tail.group("postcode")
    match = None
    if _DIGIT.search(text):
        match = _NUMBER_AFTER.match(text) or (
            _NUMBER_BEFORE.match(text) if text[:1].isdigit() else None)
    if match is None:
        return AddressParts(text, postcode=postcode)
    return AddressParts(match.group("street").strip(" ,"), _tidy_number(match.group("number")),
                        match.group("box"), postcode)


def split_house_number(cell: str) -> tuple[str | None, str | None]:
    """A house number cell: '12 bus 3' / '12/3' / '12b3' -> ('12', '3'); '5A' -> ('5A', None)."""
    text = _SPACES.sub(" ", cell).strip()
    excel = _EXCEL_FLOAT.fullmatch(text)
    if excel:
        return excel.group(1), None
    match = _HOUSE_NUMBER.match(text)
    if match is None:
        return (text or None), None
    return _tidy_number(match.group("number")), match.group("box")


def normalise_box(cell: str) -> str | None:
    """'bus 3' / 'bte 2' / 'b.3' -> the box itself."""
    text = _SPACES.sub(" ", cell).strip()
    match = _BOX_CELL.match(text)
    if match and not text.isalpha():
        text = match.group("box").strip()
    excel = _EXCEL_FLOAT.fullmatch(text)
    return (excel.group(1) if excel else text) or None


@lru_cache(maxsize=1024)
def normalise_postcode(cell: str) -> str:
    """'B-1500' / '1500.0' -> '1500'; anything else comes back stripped."""
    text = cell.strip()
    match = _POSTCODE.match(text)
    return match.group("postcode") if match else text


def number_key(number: str | None) -> str:
    """'12 A' and '12a' are the same house."""
    return _SPACES.sub("", number or "").casefold()


def _tidy_number(number: str) -> str:
    return _SPACES.sub("", number)
