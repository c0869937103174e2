"""Personal data a police message must never carry (privacy law, the BIN circular).

National register and BIS numbers, bank accounts, e-mail addresses, phone numbers and number plates
block the send; names and addresses are only likely (a capitalised word after "meneer" is usually,
not always, a surname) and warn. Numbers are validated where a checksum exists, so an order number
that merely has eleven digits is not flagged. Phone numbers the zone publishes (its general number,
112, 101, 1733, 116000 …) and numbers of services rather than people (0800, 070, 078) pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberMatcher, PhoneNumberType
from stdnum import iban as stdnum_iban
from stdnum.be import bis, nn, vat

from bin_desktop.core.alerts.model import CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import finding, rule, words
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N

Span = tuple[int, int]

# -- national register and BIS numbers ------------------------------------------------------
# YYMMDD SSS CC in the usual notations: 85.07.30-033.28, 85073003328, 850730 033 28.
_NATIONAL_NUMBER = re.compile(
    r"(?<![\d.\-/])(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})\s?[\s.\-/]?\s?(\d{3})[\s.\-]?(\d{2})(?![\d])")


@lru_cache(maxsize=32)
def national_number_spans(text: str) -> tuple[Span, ...]:
    spans = []
    for match in _NATIONAL_NUMBER.finditer(text):
        number = "".join(match.groups())
        if nn.is_valid(number) or bis.is_valid(number):
            spans.append(match.span())
    return tuple(spans)


@rule("pii.national_number",
      _N("core", "No national register or BIS number (checked with its checksum)."))
def national_number(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("pii.national_number", "block", start, end,
                    _N("core", "{value} is a national register or BIS number: personal data "
                               "that a message must never contain."),
                    _N("core", "Remove it."), value=draft.text[start:end])
            for start, end in national_number_spans(draft.text)]


# -- bank accounts ---------------------------------------------------------------------------
# An IBAN, compact or in groups of four ("BE68 5390 0754 7034"); trailing groups that break the
# checksum are dropped one by one, so a following word or number is not swallowed.
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![\w])",
                   re.IGNORECASE)
# The Belgian account number before IBAN: 539-0075470-34.
_OLD_BELGIAN_ACCOUNT = re.compile(r"(?<![\d-])(\d{3})-(\d{7})-(\d{2})(?![\d-])")


def _valid_iban_prefix(candidate: str) -> int:
    """Length of the longest prefix of candidate (cut at a space) that is a valid IBAN; 0: none."""
    cuts = [len(candidate)] + [i for i in range(len(candidate) - 1, 0, -1) if candidate[i] == " "]
    for cut in cuts:
        if stdnum_iban.is_valid(candidate[:cut], check_country=False):
            return cut
    return 0


@lru_cache(maxsize=32)
def iban_spans(text: str) -> tuple[Span, ...]:
    spans = []
    for match in _IBAN.finditer(text):
        length = _valid_iban_prefix(match.group())
        if length:
            spans.append((match.start(), match.start() + length))
    for match in _OLD_BELGIAN_ACCOUNT.finditer(text):
        number, check = int(match.group(1) + match.group(2)), int(match.group(3))
        if (number % 97 or 97) == check:
            spans.append(match.span())
    return tuple(sorted(spans))


@rule("pii.iban", _N("core", "No bank account number (IBAN, checked with its checksum)."))
def iban(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("pii.iban", "block", start, end,
                    _N("core", "{value} is a bank account number: personal data that a message "
                               "must never contain."),
                    _N("core", "Remove it. To warn about fraud, describe the scheme, not the "
                               "account."), value=draft.text[start:end])
            for start, end in iban_spans(draft.text)]


# -- e-mail addresses -------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
# The police's own addresses may be published (e.g. bin.pz5415@police.be).
_POLICE_DOMAINS = ("police.belgium.eu", "police.be", "politie.be", "polizei.be")


@rule("pii.email", _N("core", "No e-mail address (the police's own addresses excepted)."))
def email(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    found = []
    for match in _EMAIL.finditer(draft.text):
        domain = match.group().rsplit("@", 1)[1].lower()
        if any(domain == d or domain.endswith("." + d) for d in _POLICE_DOMAINS):
            continue
        found.append(finding("pii.email", "block", match.start(), match.end(),
                             _N("core", "{value} is an e-mail address: personal data that a "
                                        "message must never contain."),
                             _N("core", "Remove it."), value=match.group()))
    return found


# -- phone numbers ----------------------------------------------------------------------------
REGION = "BE"
# Emergency and service numbers that may always be given (next to the zone's own numbers).
SERVICE_NUMBERS = frozenset({"112", "100", "101", "1733", "116000", "102", "103", "105", "106",
                             "107", "1712", "1813"})
# Numbers of organisations, not people: freephone, premium rate, shared cost, UAN (078).
_SERVICE_TYPES = frozenset({PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
                            PhoneNumberType.SHARED_COST, PhoneNumberType.UAN})
# Belgian notations the matcher leaves out: 02/123.45.67, 0470/12.34.56, +32 (0)470 12 34 56.
_BELGIAN_NUMBER = re.compile(
    r"(?<![\w+])(?:(?:\+|00)32\s?(?:\(0\)\s?)?|0)[1-9](?:[\s./\-]?\d){7,8}(?![\d])")


_ENTERPRISE_NUMBER = re.compile(r"[01]\d{3}\.\d{3}\.\d{3}")


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=16)
def _allowed_numbers(zone_numbers: tuple[str, ...]) -> frozenset[str]:
    allowed = set(SERVICE_NUMBERS)
    for value in zone_numbers:
        digits = re.sub(r"\D", "", value)
        if len(digits) <= 6 and not value.strip().startswith("+"):
            allowed.add(digits)
            continue
        try:
            allowed.add(_e164(phonenumbers.parse(value, REGION)))
        except NumberParseException:
            allowed.add(digits)
    return frozenset(allowed)


def _personal(number: phonenumbers.PhoneNumber) -> bool:
    return (phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) not in _SERVICE_TYPES)


def _phone_candidates(text: str) -> dict[Span, phonenumbers.PhoneNumber]:
    candidates: dict[Span, phonenumbers.PhoneNumber] = {}
    for match in PhoneNumberMatcher(text, REGION):
        candidates[(match.start, match.end)] = match.number
    for found in _BELGIAN_NUMBER.finditer(text):
        span = found.span()
        if any(s < span[1] and span[0] < e for s, e in candidates):
            continue
        try:
            candidates[span] = phonenumbers.parse(found.group(), REGION)
        except NumberParseException:
            continue
    return candidates


@rule("pii.phone",
      _N("core", "No phone number other than the zone's own, emergency and service numbers."))
def phone(draft: Draft, ctx: CheckContext) -> list[Finding]:
    text = draft.text
    if not any(c.isdigit() for c in text):
        return []
    taken = national_number_spans(text) + iban_spans(text)
    allowed = _allowed_numbers(tuple(ctx.zone_numbers))
    found = []
    for (start, end), number in sorted(_phone_candidates(text).items()):
        if any(s < end and start < e for s, e in taken):
            continue
        if _ENTERPRISE_NUMBER.fullmatch(text, start, end) and vat.is_valid(text[start:end]):
            continue  # a company number (KBO/BCE) written as 0470.123.456
        if not _personal(number) or _e164(number) in allowed:
            continue
        found.append(finding("pii.phone", "block", start, end,
                             _N("core", "{value} is a phone number: a message may only give the "
                                        "zone's own, emergency and service numbers."),
                             _N("core", "Remove it, or give the zone's general number."),
                             value=text[start:end]))
    return found


# -- number plates ----------------------------------------------------------------------------
# Current 1-ABC-123 (since 2010), older ABC-123 (1971-2008) and 123-ABC (2008-2010), with or
# without dashes or spaces. Foreign plates are not recognised.
_PLATE = re.compile(
    r"(?<![\w-])(?:[1-9][\s-]?[A-Z]{3}[\s-]?\d{3}|[A-Z]{3}[\s-]?\d{3}|\d{3}[\s-]?[A-Z]{3})"
    r"(?![\w-])", re.IGNORECASE)
# Three letters and three digits that are no plate: "BIN 112", "SMS 101".
_NOT_PLATE_LETTERS = frozenset({"BIN", "PLP", "SMS", "GSM", "BTW", "TVA", "FOD", "SPF", "NIS",
                                "RIP", "TEL", "TÉL", "NUM", "NRS", "ART", "BUS", "BTE", "KBO",
                                "BCE", "APP", "CAP", "EUR", "USD", "KMH", "KWH", "VAN", "TOT"})


@rule("pii.plate", _N("core", "No readable Belgian number plate."))
def plate(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    found = []
    for match in _PLATE.finditer(draft.text):
        value = match.group()
        letters = "".join(c for c in value if c.isalpha())
        if letters.upper() in _NOT_PLATE_LETTERS:
            continue
        if not letters.isupper() and not (value[0].isdigit() and value.count("-") == 2):
            continue  # lower case only in the unmistakable 1-abc-123
        found.append(finding("pii.plate", "block", match.start(), match.end(),
                             _N("core", "{value} looks like a number plate: a message must not "
                                        "make a vehicle (and so its owner) identifiable."),
                             _N("core", "Describe the vehicle (make, colour) without its plate."),
                             value=value))
    return found


# -- names and addresses ----------------------------------------------------------------------
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# A capitalised surname: Janssens, D'Hondt, Dupont-Durand, Müller.
_SURNAME = (rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?")
_PARTICLES = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Vv]ander|[Vv]anden|[Ll]e|[Ll]a|" \
             r"[Dd]u|[Dd]es|[Vv]on|[Zz]u|[Dd]['’]\s?)\s*)*"
_TITLES = (r"(?i:meneer|mijnheer|mevrouw|mevr\.?|mw\.|dhr\.?|de\s+heer|juffrouw|monsieur|madame|"
           r"mademoiselle|mme\.?|mlle\.?|mr\.?|herr|frau|dokter|docteur|dr\.)|M\.")
# Common first names in Belgium (Statbel), words that are also ordinary words left out.
FIRST_NAMES = words("""
Aaron Adam Adrien Ahmed Alain Alexander Alexandre Alexis Alfons Ali Alice Amélie Amina Ana Andrea
André Annick Anne Anneleen Annemie Anouk Anthony Antoine Arne Arnaud Arthur Astrid Aurélie Axel
Aya Bart Bas Ben Benjamin Benoît Bernard Bert Bianca Brigitte Bram Camille Carine Caroline Catherine
Cédric Céline Charlotte Chantal Christian Christine Christophe Claude Clara Cindy Daan Daniel
Danny David Davy Delphine Didier Dirk Dominique Dries Eddy Elena Elias Elien Elise Ellen Els Emma
Emile Eric Erik Eva Evi Fabienne Fatima Fien Filip Florence Frank François Françoise Frederik
Geert Georges Gerda Gert Gilbert Gilles Greet Guido Guy Hanne Hans Hélène Herman Hilde Hugo Ilse
Inès Inge Isabelle Jacques Jan Jana Jasper Jean Jef Jeroen Jens Jessica Joke Johan Jonas Joris
Jos Josée Joseph Julie Julien Jules Karel Karen Karin Katrien Kathleen Kevin Kim Koen Kris Kristof
Lars Laura Laurent Lea Léa Leen Lena Lien Liesbeth Lieve Linda Lisa Lore Lotte Louis Louise Luc
Lucas Ludo Luna Maarten Manon Marc Marcel Maria Marie Marianne Marijke Mark Martine Mathias Mathieu
Maxime Mehmet Michel Michèle Mila Mohamed Mohammed Monique Nadia Nathalie Nicolas Nicole Niels Nina
Noah Nora Olivia Olivier Pascal Patricia Patrick Paul Peter Philippe Pieter Pierre Rik Rita Robbe
Robert Roger Ruben Rudy Sabine Sam Sandra Sander Sara Sarah Sebastiaan Seppe Simon Sofie Sophie
Stefaan Stefan Steven Stijn Sylvie Thibault Thierry Thomas Tim Tine Tom Valérie Veerle Victor
Vincent Walter Ward Wendy Wim Wout Yasmine Youssef Yves Zoë
""")
_FIRST_NAME = "(?:" + "|".join(sorted(FIRST_NAMES, key=len, reverse=True)) + ")"
_NAME = re.compile(
    rf"(?<![\w-])(?:{_TITLES})\s+{_PARTICLES}(?P<t>{_SURNAME})"
    rf"|(?<![\w-]){_FIRST_NAME}\s+{_PARTICLES}(?P<f>{_SURNAME})(?![\w-])")
# Street types: "Kerkstraat" after a first name is a street, not a surname.
_STREET_SUFFIX = re.compile(
    r"(?:straat|laan|plein|steenweg|dreef|weg|lei|kaai|markt|singel|baan|dijk|vest|wegel|gracht|"
    r"kade|pad|ring|hof|park|veld|berg|wijk|straße|strasse|platz|gasse)$", re.IGNORECASE)
# Functions, not surnames: "Madame la Bourgmestre", "meneer de Burgemeester".
_FUNCTIONS = words(
    "Burgemeester Bourgmestre Bürgermeister Commissaris Commissaire Inspecteur Agent Ministre "
    "Minister Procureur Gouverneur Juge Rechter Schepen Echevin Korpschef Directeur Directrice "
    "Président Présidente Voorzitter Coördinator Coordinateur Coordinatrice Wijkagent Politie "
    "Police Polizei Sint Saint Sainte")


_AFTER_STREET_TYPE = re.compile(
    r"\b(?i:rue|avenue|av\.|boulevard|bd|chaussée|place|square|quai|allée|drève|straat|laan|"
    r"plein|dreef|lei)\s+$")


@rule("pii.name", _N("core", "No person's name (a title or a first name with a surname)."))
def name(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    found = []
    for match in _NAME.finditer(draft.text):
        surname = match.group("t") or match.group("f")
        if surname in _FUNCTIONS or _STREET_SUFFIX.search(surname):
            continue
        if _AFTER_STREET_TYPE.search(draft.text, max(0, match.start() - 16), match.start()):
            continue  # rue Victor Hugo, avenue Louise
        found.append(finding("pii.name", "warn", match.start(), match.end(),
                             _N("core", "\"{value}\" looks like a person's name: a message must "
                                        "not name victims, suspects or witnesses."),
                             _N("core", "Write \"a resident\", \"a man\" … instead."),
                             value=match.group()))
    return found


_NUMBER = r"(?:nr\.?\s?|n°\s?|no\.?\s?)?\d{1,4}(?:\s?[a-zA-Z](?![\w]))?" \
          r"(?:\s?(?:bus|bte|b\.|/)\s?\d{1,4})?(?![\d])"
_FR_STREET_TYPES = (r"(?i:rue|avenue|av\.|boulevard|bd|chaussée|chée|place|chemin|allée|impasse|"
                    r"quai|square|clos|drève|sentier|route|rempart|cité|ruelle|venelle|galerie)")
_FR_LINKS = r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’]|aux|au|et)\s*)"
_FR_NAME = rf"{_FR_LINKS}?[{_UPPER}0-9][\w'’.-]*(?:\s+{_FR_LINKS}?[{_UPPER}][\w'’.-]*){{0,3}}"
_ADDRESS = re.compile(
    # Kerkstraat 12, Sint-Jansplein 3 bus 2, Simon Stevinplein 4, Hauptstraße 5
    rf"(?<![\w-])(?:[{_UPPER}][\w'’.-]*\s){{0,2}}[{_UPPER}][\w'’-]*(?:straat|laan|plein|steenweg|dreef|weg|lei|kaai|markt|singel|"
    rf"baan|dijk|vest|wegel|gracht|kade|hof|pad|str\.|stwg\.?|straße|strasse|gasse|platz|allee)"
    rf",?\s+{_NUMBER}"
    # Grote Markt 1, Oude Baan 12
    rf"|(?<![\w-])(?:[{_UPPER}][\w'’-]*\s){{1,2}}(?:Markt|Baan|Weg|Dreef|Laan|Plein|Steenweg|Kaai|"
    rf"Straat|Lei|Dijk|Vest|Ring)\s+{_NUMBER}"
    # rue de la Gare 5, avenue Louise 120
    rf"|(?<![\w-]){_FR_STREET_TYPES}\s+{_FR_NAME},?\s+{_NUMBER}"
    # 5, rue de la Gare
    rf"|(?<![\w,.-])\d{{1,4}}(?:\s?[a-z])?,?\s+{_FR_STREET_TYPES}\s+{_FR_NAME}")


@rule("pii.address", _N("core", "No address (a street with a house number)."))
def address(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("pii.address", "warn", match.start(), match.end(),
                    _N("core", "\"{value}\" looks like an address: a message must not point to "
                               "a victim's or a suspect's home."),
                    _N("core", "Give the street or the neighbourhood without the house number."),
                    value=match.group())
            for match in _ADDRESS.finditer(draft.text)]


RULES = (national_number, iban, email, phone, plate, name, address)
