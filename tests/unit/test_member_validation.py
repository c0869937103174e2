"""Member-list validation: phones, addresses, e-mail, consent, language, channels, duplicates."""

from __future__ import annotations

import datetime as dt
import itertools

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bin_desktop.core.members import addresses, phones
from bin_desktop.core.members.model import (
    ADDRESS_MISSING,
    ADDRESS_OUTSIDE,
    CONSENT_MISSING,
    CONTACT_MISSING,
    DUPLICATE_EXISTING,
    DUPLICATE_IN_FILE,
    EMAIL_INVALID,
    FIELDS,
    LANGUAGE_UNKNOWN,
    NAME_MISSING,
    PHONE_FOREIGN,
    PHONE_INVALID,
    PHONE_NOT_MOBILE,
    ExistingMember,
    Territory,
    ValidatedRow,
)
from bin_desktop.core.members.validation import (
    check_email,
    name_key,
    parse_channels,
    parse_language,
    validate_rows,
)

TODAY = dt.date(2025, 6, 1)
STREETS = (
    "Kerkstraat / Rue de l'Église",
    "Stationsstraat",
    "Sint-Pietersstraat",
    "Dokter Van de Perrestraat",
    "Brusselsesteenweg",
    "Beukenlaan",
    "Marktplein",
    "Rue de la Gare",
    "Avenue Louise",
    "Chaussée de Bruxelles",
    "Place Saint-Lambert",
    "Boulevard Anspach",
)
TERRITORY = Territory(STREETS, ("1500", "1501"), ("Halle",))
LANGUAGES = ("nl", "fr")
GOOD = {"full_name": "Jan Peeters", "phone": "0470 12 34 56", "street": "Kerkstraat",
        "house_number": "12", "postcode": "1500", "consent": "ja"}


def check(**cells: str) -> ValidatedRow:
    """One row: the good row with some cells changed ('' empties a cell)."""
    row = {**GOOD, **cells}
    return validate_rows([(2, row)], TERRITORY, [], LANGUAGES, today=TODAY)[0]


def run(rows: list[dict[str, str]], existing: tuple[ExistingMember, ...] = ()) -> list[
        ValidatedRow]:
    return validate_rows([(n, {**GOOD, **r}) for n, r in enumerate(rows, start=2)], TERRITORY,
                         list(existing), LANGUAGES, today=TODAY)


# --- phones --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "0470 12 34 56", "+32 470/12.34.56", "0032470123456", "0470.12.34.56", "0470-123456",
    "470123456", "32470123456", "+32 (0)470 12 34 56", "0470123456", "+32470123456",
    "GSM: 0470 12 34 56", "0470 12 34 56 (privé)", "470123456.0",
])
def test_belgian_mobile_notations(text: str) -> None:
    result = phones.parse_belgian(text)
    assert (result.e164, result.kind, result.region, result.problem_code) == (
        "+32470123456", "mobile", "BE", None)


@pytest.mark.parametrize(("text", "e164"), [
    ("02 345 67 89", "+3223456789"), ("053/12.34.56", "+3253123456"),
    ("+32 2 345 67 89", "+3223456789"), ("016 12 34 56", "+3216123456"),
    ("0032 (0)2 345 67 89", "+3223456789"),
])
def test_belgian_fixed_lines(text: str, e164: str) -> None:
    result = phones.parse_belgian(text)
    assert (result.e164, result.kind, result.problem_code) == (e164, "fixed", None)


def test_other_kinds_are_neither_mobile_nor_fixed() -> None:
    assert phones.parse_belgian("078 15 15 15").kind == "other"
    assert phones.parse_belgian("0800 12 345").kind == "other"


@pytest.mark.parametrize(("text", "e164", "country"), [
    ("+31 6 12345678", "+31612345678", "NL"), ("0031 6 12345678", "+31612345678", "NL"),
    ("+33 6 12 34 56 78", "+33612345678", "FR"), ("+49 151 23456789", "+4915123456789", "DE"),
    ("+352 621 123 456", "+352621123456", "LU"), ("31612345678", "+31612345678", "NL"),
])
def test_foreign_numbers_are_kept_and_flagged(text: str, e164: str, country: str) -> None:
    result = phones.parse_belgian(text)
    assert (result.e164, result.problem_code, result.region) == (e164, PHONE_FOREIGN, country)
    assert result.problem_params == {"value": text, "country": country}


def test_fixed_line_or_mobile_counts_as_mobile() -> None:
    assert phones.parse_belgian("+1 212 555 0123").kind == "mobile"


@pytest.mark.parametrize(("text", "reason"), [
    ("0470 12 34", "mobile_length"), ("0470 12 34 56 78", "mobile_length"),
    ("abc", "letters"), ("0470 CALL ME", "letters"), ("12", "too_short"),
    ("02 345 67", "too_short"), ("02 345 67 89 12", "too_long"), ("+999 123", "country_code"),
    ("--", "no_digits"), ("09 123 45 67", "no_such_range"),
])
def test_invalid_numbers_carry_the_reason(text: str, reason: str) -> None:
    result = phones.parse_belgian(text)
    assert (result.e164, result.problem_code) == (None, PHONE_INVALID)
    assert result.problem_params["reason"] == reason
    finding = result.finding("phone")
    assert finding is not None and finding.text.startswith(f"'{text}' is not a phone number")


def test_mobile_length_says_how_many_digits() -> None:
    finding = phones.parse_belgian("0470 12 34").finding("phone")
    assert finding is not None and "10 digits" in finding.text and "has 8" in finding.text


def test_fast_path_agrees_with_phonenumbers() -> None:
    """Every BE prefix of two/three digits, at every national length, both paths give one answer."""
    kinds = {phonenumbers.PhoneNumberType.MOBILE: "mobile",
             phonenumbers.PhoneNumberType.FIXED_LINE: "fixed"}
    for prefix in itertools.chain(range(10, 100), range(450, 500), range(800, 810)):
        for length in (8, 9):
            national = str(prefix) + "1234567"[: length - len(str(prefix))]
            ours = phones.parse_belgian("0" + national)
            number = phonenumbers.parse("0" + national, "BE")
            if phonenumbers.is_valid_number(number):
                assert ours.e164 == phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164), national
                assert ours.kind == kinds.get(phonenumbers.number_type(number), "other"), national
            else:
                assert ours.e164 is None, national


def test_several_numbers_in_one_cell_mobile_first() -> None:
    row = check(phone="02 345 67 89 / 0470 12 34 56")
    assert (row.phone_e164, row.phone_kind, row.phone2_e164) == (
        "+32470123456", "mobile", "+3223456789")
    assert row.status == "ok"
    row = check(phone="0470 12 34 56; 0032 2 345 67 89")
    assert (row.phone_e164, row.phone2_e164) == ("+32470123456", "+3223456789")


def test_phone2_column_and_same_number_twice() -> None:
    row = check(phone="02 345 67 89", phone2="0470/12.34.56")
    assert (row.phone_e164, row.phone2_e164) == ("+32470123456", "+3223456789")
    assert PHONE_NOT_MOBILE not in row.codes
    row = check(phone="0470 12 34 56", phone2="+32 470 12 34 56")
    assert (row.phone_e164, row.phone2_e164) == ("+32470123456", None)


def test_only_a_fixed_line_is_a_warning() -> None:
    row = check(phone="053/12.34.56")
    assert row.codes == (PHONE_NOT_MOBILE,)
    assert row.status == "ok" and row.phone_kind == "fixed"
    assert row.channels == ("voice",)
    assert row.findings[0].params == {"number": "+3253123456"}


def test_invalid_phone_in_a_row_is_a_problem_with_its_field() -> None:
    row = check(phone="0470 12 34", email="jan@telenet.be")
    assert row.codes == (PHONE_INVALID,)
    assert row.findings[0].field == "phone" and row.status == "problem"
    assert row.phone_e164 is None
    row = check(phone2="06 12")
    assert PHONE_INVALID in row.codes and row.findings[0].field == "phone2"


def test_foreign_number_row_is_ok_with_warning() -> None:
    row = check(phone="+33 6 12 34 56 78")
    assert row.codes == (PHONE_FOREIGN,) and row.status == "ok"
    assert row.channels == ("sms",)


# --- e-mail --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("jan.peeters@telenet.be", "jan.peeters@telenet.be"),
    ("Jan.Peeters@TELENET.BE", "Jan.Peeters@telenet.be"),
    ("  marie-claire+bin@Skynet.be ", "marie-claire+bin@skynet.be"),
    ("Jean Dupré <jean.dupre@proximus.be>", "jean.dupre@proximus.be"),
    ("mailto:info@bin-halle.be", "info@bin-halle.be"),
    ("jean@café.be", "jean@café.be"),
])
def test_good_email_addresses(text: str, expected: str) -> None:
    assert check_email(text) == (expected, None)


@pytest.mark.parametrize(("text", "reason"), [
    ("jan peeters@telenet.be", "spaces"), ("jan.peeters.telenet.be", "at"),
    ("jan@@telenet.be", "at"), ("jan@telenet", "no_dot"), ("jan@telenet,be", "no_dot"),
    (".jan@telenet.be", "local"), ("jan..peeters@telenet.be", "local"),
    ("jean@-proximus.be", "domain"), ("jean@proximus.b", "domain"),
    ("x" * 65 + "@telenet.be", "too_long"), ("a@b.be; c@d.be", "several"),
    ("andré@telenet.be", "local"),
])
def test_bad_email_addresses(text: str, reason: str) -> None:
    assert check_email(text)[1] == reason


def test_email_finding_in_row() -> None:
    row = check(email="jan@telenet", phone="")
    assert row.email is None
    assert set(row.codes) == {EMAIL_INVALID, CONTACT_MISSING}
    email = next(f for f in row.findings if f.code == EMAIL_INVALID)
    assert email.field == "email" and email.params["value"] == "jan@telenet"
    assert "needs a dot" in email.text


def test_contact_missing_only_without_phone_and_email() -> None:
    assert CONTACT_MISSING in check(phone="", email="").codes
    assert CONTACT_MISSING in check(phone="abc", email="").codes
    assert CONTACT_MISSING not in check(phone="", email="marie@skynet.be").codes
    assert check(phone="", email="marie@skynet.be").status == "ok"


# --- names ---------------------------------------------------------------------------------


def test_names() -> None:
    row = check(full_name="", first_name="Marie", last_name="Dubois")
    assert (row.full_name, row.first_name, row.last_name) == ("Marie Dubois", "Marie", "Dubois")
    assert NAME_MISSING not in row.codes
    row = check(full_name="  Van den  Broeck Jan ")
    assert row.full_name == "Van den Broeck Jan"
    row = check(full_name="", first_name="", last_name="")
    assert row.codes == (NAME_MISSING,) and row.status == "problem"


# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "canonical"), [
    ("Kerkstraat", "Kerkstraat / Rue de l'Église"),
    ("KERKSTRAAT", "Kerkstraat / Rue de l'Église"),
    ("Kerkstr.", "Kerkstraat / Rue de l'Église"),
    ("Kerk str", "Kerkstraat / Rue de l'Église"),
    ("Kerkstaat", "Kerkstraat / Rue de l'Église"),
    ("rue de l'eglise", "Kerkstraat / Rue de l'Église"),
    ("R. de l’Église", "Kerkstraat / Rue de l'Église"),
    ("Rue de l'Église / Kerkstraat", "Kerkstraat / Rue de l'Église"),
    ("Kerkstraat / Rue de l'Église", "Kerkstraat / Rue de l'Église"),
    ("St.-Pietersstraat", "Sint-Pietersstraat"),
    ("St Pietersstr", "Sint-Pietersstraat"),
    ("sint pietersstraat", "Sint-Pietersstraat"),
    ("Dr. Van de Perrestraat", "Dokter Van de Perrestraat"),
    ("Brusselse Stwg", "Brusselsesteenweg"),
    ("Brusselsestwg.", "Brusselsesteenweg"),
    ("Beukenln", "Beukenlaan"),
    ("Marktpl.", "Marktplein"),
    ("Stationstraat", "Stationsstraat"),
    ("rue de la gare", "Rue de la Gare"),
    ("Av. Louise", "Avenue Louise"),
    ("ave Louise", "Avenue Louise"),
    ("Ch. de Bruxelles", "Chaussée de Bruxelles"),
    ("chaussee de bruxelles", "Chaussée de Bruxelles"),
    ("Pl. St-Lambert", "Place Saint-Lambert"),
    ("Place Ste Lambert", "Place Saint-Lambert"),
    ("Bd Anspach", "Boulevard Anspach"),
    ("Boul. Anspach", "Boulevard Anspach"),
])
def test_street_matches_territory_spelling(given: str, canonical: str) -> None:
    assert addresses.match_street(given, STREETS) == canonical


@pytest.mark.parametrize("given", [
    "Kerkplein", "Kerkhofstraat", "Statiestraat", "Rue de la Station", "Avenue Louis Lepoutre",
    "Molenstraat", "Gare", "",
])
def test_other_streets_do_not_match(given: str) -> None:
    assert addresses.match_street(given, STREETS) is None


def test_r_is_rue_only_in_front() -> None:
    assert addresses.normalise_street("R. Haute") == "rue haute"
    assert addresses.normalise_street("Avenue Franklin R.") == "avenue franklin r"
    assert addresses.normalise_street("Pl. du Jeu") == "place du jeu"
    assert addresses.normalise_street("Markt pl") == "markt plein"


@pytest.mark.parametrize(("cell", "street", "number", "box"), [
    ("Kerkstraat 12 bus 3", "Kerkstraat", "12", "3"),
    ("Rue de la Gare 5A bte 2", "Rue de la Gare", "5A", "2"),
    ("Rue de la Gare 5 boîte 2", "Rue de la Gare", "5", "2"),
    ("Kerkstr. 12/3", "Kerkstr.", "12", "3"),
    ("Kerkstraat 12b3", "Kerkstraat", "12", "3"),
    ("Kerkstraat nr. 7", "Kerkstraat", "7", None),
    ("Kerkstraat 12-14", "Kerkstraat", "12-14", None),
    ("Kerkstraat 12 bus", "Kerkstraat", "12", None),
    ("Kerkstraat 5 bte A", "Kerkstraat", "5", "A"),
    ("Kerkstraat 12 A", "Kerkstraat", "12A", None),
    ("Rue du 11 Novembre 5", "Rue du 11 Novembre", "5", None),
    ("Rue du 11 Novembre", "Rue du 11 Novembre", None, None),
    ("12, rue de la Gare", "rue de la Gare", "12", None),
])
def test_house_number_split_from_street(cell: str, street: str, number: str | None,
                                        box: str | None) -> None:
    parts = addresses.split_street(cell)
    assert (parts.street, parts.house_number, parts.box) == (street, number, box)


def test_house_number_inside_street_cell_in_a_row() -> None:
    row = check(street="Kerkstr. 12/3", house_number="")
    assert (row.street, row.house_number, row.box) == ("Kerkstraat / Rue de l'Église", "12", "3")
    assert row.status == "ok"
    row = check(street="Rue de la Gare 5A bte 2", house_number="", postcode="")
    assert (row.street, row.house_number, row.box) == ("Rue de la Gare", "5A", "2")
    row = check(street="Kerkstraat 12, 1501 Halle", house_number="", postcode="")
    assert (row.house_number, row.postcode) == ("12", "1501")


def test_house_number_and_box_cells() -> None:
    row = check(house_number="12 bus 3")
    assert (row.house_number, row.box) == ("12", "3")
    row = check(house_number="12.0", box="bte 4")
    assert (row.house_number, row.box) == ("12", "4")


def test_street_outside_the_territory() -> None:
    row = check(street="Molenstraat 4", house_number="")
    assert row.codes == (ADDRESS_OUTSIDE,) and row.status == "problem"
    finding = row.findings[0]
    assert finding.field == "street"
    assert finding.params["street"] == "Molenstraat" and finding.params["postcode"] == "1500"
    assert row.street == "Molenstraat"
    row = check(street="Rue de la Station")
    assert row.codes == (ADDRESS_OUTSIDE,)


def test_wrong_postcode() -> None:
    row = check(postcode="B-9000")
    assert row.codes == (ADDRESS_OUTSIDE,)
    finding = row.findings[0]
    assert finding.field == "postcode" and finding.params["postcode"] == "9000"
    assert finding.text == "Postcode 9000 is outside this network's area (1500, 1501)."
    assert check(postcode="1501.0").postcode == "1501"


def test_postcode_filled_in_when_the_area_has_one() -> None:
    single = Territory(STREETS, ("1500",))
    (row,) = validate_rows([(2, {**GOOD, "postcode": ""})], single, [], LANGUAGES, today=TODAY)
    assert row.postcode == "1500" and row.status == "ok"
    assert check(postcode="").postcode is None


def test_address_missing() -> None:
    row = check(street="", house_number="")
    assert row.codes == (ADDRESS_MISSING,) and row.status == "problem"


# --- consent -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "on"), [
    ("12/03/2024", dt.date(2024, 3, 12)), ("12-03-2024", dt.date(2024, 3, 12)),
    ("2024-03-12", dt.date(2024, 3, 12)), ("5/3/24", dt.date(2024, 3, 5)),
    ("12.03.2024", dt.date(2024, 3, 12)), ("2024-03-12 00:00:00", dt.date(2024, 3, 12)),
    ("45123", dt.date(2023, 7, 16)), ("45123.0", dt.date(2023, 7, 16)),
    ("ja, op 12/03/2024", dt.date(2024, 3, 12)), ("1/2/99", dt.date(1999, 2, 1)),
    ("1/2/25", dt.date(2025, 2, 1)),
])
def test_consent_dates(text: str, on: dt.date) -> None:
    row = check(consent=text)
    assert (row.consent, row.consent_on, row.codes) == (True, on, ())


@pytest.mark.parametrize("text", ["ja", "Ja", "yes", "oui", "OUI", "x", "X", "✓", "1", "J",
                                  "akkoord", "d'accord", "Oui, par écrit", "ja (mondeling)"])
def test_consent_yes(text: str) -> None:
    row = check(consent=text)
    assert (row.consent, row.consent_on, row.codes) == (True, None, ())


@pytest.mark.parametrize(("text", "words"), [
    ("", "No consent recorded"), ("nee", "did not give consent"),
    ("Non", "did not give consent"), ("0", "did not give consent"),
    ("neen", "did not give consent"), ("misschien", "not understood"),
    ("nee (ingetrokken op 12/03/2024)", "did not give consent"),
    ("non, retiré le 5/3/2024", "did not give consent"),
    ("31/02/2024", "not understood"), ("...", "not understood"), ("12/03/2026", "in the future"),
])
def test_consent_missing(text: str, words: str) -> None:
    row = check(consent=text)
    assert (row.consent, row.codes, row.status) == (False, (CONSENT_MISSING,), "problem")
    assert words in row.findings[0].text


# --- language and channels -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("nl", "nl"), ("NL", "nl"), ("Nederlands", "nl"), ("néerlandais", "nl"), ("Dutch", "nl"),
    ("Vlaams", "nl"), ("nl_BE", "nl"), ("fr", "fr"), ("FR-BE", "fr"), ("français", "fr"),
    ("Frans", "fr"), ("French", "fr"), ("Francais", "fr"), ("Duits", "de"), ("allemand", "de"),
    ("Deutsch", "de"), ("Engels", "en"), ("anglais", "en"), ("EN", "en"), ("F", "fr"),
])
def test_language_names(text: str, code: str) -> None:
    assert parse_language(text) == code
    row = check(language=text)
    assert (row.language, row.codes) == (code, ())


@pytest.mark.parametrize("text", ["Klingon", "NL/FR", "nl fr", "123"])
def test_language_unknown_is_a_warning_and_uses_the_default(text: str) -> None:
    row = check(language=text)
    assert (row.language, row.codes, row.status) == ("nl", (LANGUAGE_UNKNOWN,), "ok")


def test_language_defaults_to_the_networks_first() -> None:
    assert check(language="").language == "nl"
    (row,) = validate_rows([(2, GOOD)], TERRITORY, [], ("fr", "nl"), today=TODAY)
    assert row.language == "fr"


@pytest.mark.parametrize(("text", "channels"), [
    ("sms", ("sms",)), ("SMS, e-mail", ("sms", "email")), ("mail; tel", ("voice", "email")),
    ("telefoon / sms", ("sms", "voice")), ("spraak", ("voice",)), ("voice", ("voice",)),
    ("appel", ("voice",)), ("E-Mail", ("email",)), ("courriel + SMS", ("sms", "email")),
    ("postduif", ()),
])
def test_parse_channels(text: str, channels: tuple[str, ...]) -> None:
    assert parse_channels(text) == channels


def test_channels_follow_the_contact_data() -> None:
    assert check(email="jan@telenet.be").channels == ("sms", "email")
    assert check(channels="e-mail, spraak", email="jan@telenet.be").channels == (
        "voice", "email")
    assert check(channels="sms", phone="02 345 67 89").channels == ("voice",)
    assert check(channels="", phone="", email="jan@telenet.be").channels == ("email",)
    assert check(channels="sms; mail", phone="", email="").channels == ()


# --- duplicates ----------------------------------------------------------------------------


def test_name_key_ignores_accents_case_hyphens_and_order() -> None:
    assert name_key("Jean-Pierre Dupré") == name_key("dupre jean pierre")


def test_duplicate_in_file_same_phone_written_differently() -> None:
    rows = run([
        {"full_name": "Jean-Pierre Dupré", "phone": "0470 12 34 56"},
        {"full_name": "jean pierre dupre", "phone": "+32 (0)470/12.34.56",
         "street": "Stationsstraat"},
    ])
    assert rows[0].status == "ok" and rows[0].duplicate_of_row is None
    assert rows[1].status == "duplicate" and rows[1].duplicate_of_row == 2
    finding = rows[1].findings[-1]
    assert (finding.code, finding.field) == (DUPLICATE_IN_FILE, "phone")
    assert finding.text == "Same phone number as row 2 (Jean-Pierre Dupré)."


def test_duplicate_in_file_same_email_other_case() -> None:
    rows = run([{"phone": "", "email": "Marie.Dubois@Skynet.be"},
                {"phone": "", "email": "marie.dubois@skynet.BE", "full_name": "M. Dubois"}])
    assert rows[1].codes == (DUPLICATE_IN_FILE,) and rows[1].findings[0].field == "email"


def test_duplicate_in_file_name_and_address_with_spelling_differences() -> None:
    rows = run([
        {"full_name": "Jean-Pierre Dupré", "phone": "0470 11 11 11", "street": "Rue de la Gare",
         "house_number": "5A"},
        {"full_name": "Dupre Jean Pierre", "phone": "0470 22 22 22", "street": "rue de la gare",
         "house_number": "5 a"},
        {"full_name": "Dupré Jean-Piere", "phone": "0470 33 33 33", "street": "R. de la Gare 5A",
         "house_number": ""},
    ])
    assert [r.duplicate_of_row for r in rows] == [None, 2, 2]
    assert rows[2].findings[-1].field == "full_name"


def test_chain_of_duplicates_points_to_the_first_row() -> None:
    rows = run([{"phone": "0470 12 34 56"}, {"phone": "0470123456"}, {"phone": "470123456"}])
    assert [r.duplicate_of_row for r in rows] == [None, 2, 2]


def test_same_name_other_address_or_other_name_same_address_is_no_duplicate() -> None:
    rows = run([
        {"full_name": "Jan Peeters", "phone": "0470 11 11 11", "house_number": "12"},
        {"full_name": "Jan Peeters", "phone": "0470 22 22 22", "house_number": "14"},
        {"full_name": "Jan Peters", "phone": "0470 33 33 33", "street": "Stationsstraat"},
        {"full_name": "Marie Peeters", "phone": "0470 44 44 44", "house_number": "12"},
    ])
    assert [r.status for r in rows] == ["ok"] * 4


MEMBERS = (
    ExistingMember("m1", "Marie Dubois", "+32471000001", "marie.dubois@skynet.be",
                   "Rue de la Gare", "7", "1500"),
    ExistingMember("m2", "Joost Vermeulen", "+3223456789", None,
                   "Kerkstraat / Rue de l'Église", "20", "1500"),
    ExistingMember("m3", "Geert Claes", None, None, "Stationsstraat", "3", "1501"),
)


def test_duplicate_existing_by_phone() -> None:
    (row,) = run([{"full_name": "M. Dubois", "phone": "0471/00.00.01"}], MEMBERS)
    assert (row.status, row.duplicate_of_member, row.codes) == (
        "duplicate", "m1", (DUPLICATE_EXISTING,))
    assert row.findings[0].text == "Same phone number as member Marie Dubois."


def test_duplicate_existing_by_email() -> None:
    (row,) = run([{"phone": "", "email": "MARIE.DUBOIS@skynet.be"}], MEMBERS)
    assert (row.duplicate_of_member, row.findings[0].field) == ("m1", "email")


def test_duplicate_existing_by_fuzzy_name_and_same_address() -> None:
    (row,) = run([{"full_name": "Vermeulen Joost", "phone": "0472 00 00 02",
                   "street": "Rue de l'Eglise 20", "house_number": ""}], MEMBERS)
    assert (row.duplicate_of_member, row.findings[0].field) == ("m2", "full_name")
    (row,) = run([{"full_name": "Geert Claeys", "phone": "", "email": "g@claes.be",
                   "street": "Stationstraat", "house_number": "3", "postcode": "1501"}], MEMBERS)
    assert row.duplicate_of_member == "m3"


def test_near_name_at_another_address_is_not_a_duplicate() -> None:
    (row,) = run([{"full_name": "Geert Claeys", "phone": "0472 00 00 03",
                   "street": "Stationsstraat", "house_number": "5", "postcode": "1501"}], MEMBERS)
    assert (row.status, row.duplicate_of_member) == ("ok", None)
    (row,) = run([{"full_name": "Geert Claes", "phone": "0472 00 00 03",
                   "street": "Stationsstraat", "house_number": "3", "postcode": "1500"}], MEMBERS)
    assert row.duplicate_of_member is None


def test_duplicate_both_in_file_and_existing() -> None:
    rows = run([{"phone": "0471 00 00 01"}, {"phone": "+32471000001"}], MEMBERS)
    assert rows[1].codes == (DUPLICATE_EXISTING, DUPLICATE_IN_FILE)
    assert (rows[1].duplicate_of_member, rows[1].duplicate_of_row) == ("m1", 2)


# --- status --------------------------------------------------------------------------------


def test_status() -> None:
    assert check().status == "ok" and check().codes == ()
    assert check(phone="02 345 67 89", language="Klingon").status == "ok"  # warnings only
    assert check(consent="").status == "problem"
    rows = run([{}, {"consent": "", "phone": "0470 12 34 56"}])
    assert rows[1].status == "duplicate"  # a duplicate wins over a problem
    assert set(rows[1].codes) == {CONSENT_MISSING, DUPLICATE_IN_FILE}


def test_good_row_fields() -> None:
    row = check(email="Jan@Telenet.BE", notes="  sleutel bij buren ", box="")
    assert row == ValidatedRow(
        row=2, status="ok", findings=(), full_name="Jan Peeters", first_name="", last_name="",
        phone_e164="+32470123456", phone_kind="mobile", phone2_e164=None,
        email="Jan@telenet.be", street="Kerkstraat / Rue de l'Église", house_number="12",
        box=None, postcode="1500", language="nl", consent=True, consent_on=None,
        channels=("sms", "email"), notes="sleutel bij buren")


def test_a_validated_row_validates_again_to_itself() -> None:
    """The review queue re-validates stored rows: stored values must read back the same."""
    first = check(street="Kerkstr. 12/3", house_number="", consent="12/03/2024",
                  channels="telefoon, mail", email="jan@telenet.be", language="Frans")
    again = check(street=first.street or "", house_number=first.house_number or "",
                  box=first.box or "", consent=first.consent_on.isoformat() if first.consent_on
                  else "", channels=", ".join(first.channels), email=first.email or "",
                  phone=first.phone_e164 or "", language=first.language or "")
    assert again == first


_CELL = st.one_of(st.text(max_size=40), st.text(alphabet="0123456789 +/.-()bus,", max_size=30))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS), _CELL), max_size=4))
def test_any_text_gives_a_row_and_never_an_exception(rows: list[dict[str, str]]) -> None:
    checked = validate_rows(list(enumerate(rows, start=2)), TERRITORY, list(MEMBERS), LANGUAGES,
                            today=TODAY)
    assert [r.row for r in checked] == list(range(2, len(rows) + 2))
    for row in checked:
        for finding in row.findings:
            assert finding.text  # every template formats with its params
