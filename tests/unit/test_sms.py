"""SMS encoding and segments (GSM 03.38 7-bit vs UCS-2) and the GSM-safe replacements."""

from __future__ import annotations

import pytest

from bin_desktop.core.alerts import sms


def test_pure_gsm7_fits_160_characters_in_one_segment() -> None:
    info = sms.analyse("a" * 160)
    assert (info.encoding, info.characters, info.segments) == ("GSM-7", 160, 1)
    assert info.ucs2_characters == ()


def test_161_gsm7_characters_take_two_segments_of_153() -> None:
    assert sms.analyse("a" * 161).segments == 2
    assert sms.analyse("a" * 306).segments == 2
    assert sms.analyse("a" * 307).segments == 3


def test_gsm_accents_stay_in_gsm7() -> None:
    text = "Opgelet: inbraken in de wijk. Sluit deuren en ramen; bel 112! Café, été, à, ü, ñ, É."
    assert sms.analyse(text).encoding == "GSM-7"


def test_one_curly_apostrophe_turns_the_message_into_ucs2() -> None:
    text = "a" * 69 + "’"
    info = sms.analyse(text)
    assert (info.encoding, info.characters, info.segments) == ("UCS-2", 70, 1)
    assert info.ucs2_characters == ("’",)
    assert sms.analyse("a" * 70 + "’").segments == 2  # 71: two segments of 67
    assert sms.analyse("a" * 133 + "’").segments == 2
    assert sms.analyse("a" * 134 + "’").segments == 3
    assert sms.analyse("a" * 159 + "’").segments == 3  # 160 characters: 1 segment in GSM-7


def test_the_euro_sign_and_the_extension_table_count_two() -> None:
    info = sms.analyse("€ 5")
    assert (info.encoding, info.characters, info.segments) == ("GSM-7", 4, 1)
    for char in "[]{}\\^~|€":
        assert sms.analyse(char).characters == 2
    assert sms.analyse("a" * 158 + "€").segments == 1  # 160 units
    assert sms.analyse("a" * 159 + "€").segments == 2  # 161 units


def test_an_escaped_character_is_never_split_across_segments() -> None:
    # 152 septets, then € (2): it does not fit in the first 153, so it opens segment two
    text = "a" * 152 + "€" + "a" * 152
    assert sms.analyse(text).characters == 306
    assert sms.analyse(text).segments == 3
    assert sms.analyse("a" * 151 + "€" + "a" * 153).segments == 2


def test_characters_outside_the_bmp_count_two_ucs2_units() -> None:
    info = sms.analyse("Sluit uw deuren 🔒")
    assert info.encoding == "UCS-2" and info.characters == 18
    assert sms.gsm_replacement("🔒") is None


def test_an_empty_text_takes_no_segment() -> None:
    assert sms.analyse("") == sms.SmsInfo("GSM-7", 0, 0, ())


@pytest.mark.parametrize(("char", "replacement"), [
    ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("–", "-"), ("—", "-"),
    ("…", "..."), ("ë", "e"), ("ê", "e"), ("ç", "c"), ("ï", "i"), ("ô", "o"), ("û", "u"),
    ("â", "a"), ("È", "E"), ("œ", "oe"), ("\u00a0", " "),
])
def test_every_ucs2_character_has_a_gsm_safe_replacement(char: str, replacement: str) -> None:
    assert not sms.is_gsm(char)
    assert sms.gsm_replacement(char) == replacement


def test_gsm_safe_replaces_only_when_asked() -> None:
    text = "Fermez vos fenêtres – c’est l’été… Ça coûte 5 €."
    assert sms.analyse(text).encoding == "UCS-2"
    assert sms.analyse(text).ucs2_characters == ("ê", "–", "’", "…", "û")
    safe = sms.gsm_safe(text)
    assert safe == "Fermez vos fenetres - c'est l'été... Ça coute 5 €."
    assert sms.analyse(safe).encoding == "GSM-7"
