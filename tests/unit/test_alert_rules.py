"""The message checks: every rule with Dutch and French examples, positive and negative."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from bin_desktop.core.alerts import engine, sms
from bin_desktop.core.alerts.model import (
    AudienceMember,
    CheckContext,
    CheckResult,
    Draft,
    Finding,
    RecentMessage,
)
from bin_desktop.core.alerts.rules import ALL_RULES
from bin_desktop.core.alerts.rules.language import MIN_MARGIN, detect

NOW = dt.datetime(2026, 3, 3, 10, 0)  # a Tuesday morning, local time

BURGLARY_NL = (
    "Inbraakgolf in de Kerkwijk. De voorbije week werd in vier woningen ingebroken, telkens "
    "'s avonds via de achterdeur. Sluit ramen en deuren, ook als u maar even weg bent, en laat "
    "'s avonds licht branden. Ziet u een verdachte situatie? Ga niet zelf achter de daders aan "
    "en bel meteen 112.")
BURGLARY_FR = (
    "Vague de cambriolages dans le quartier de l'Église. La semaine dernière, quatre habitations "
    "ont été cambriolées, chaque fois en soirée par la porte arrière. Fermez portes et fenêtres, "
    "même si vous ne vous absentez que quelques minutes, et laissez une lumière allumée le soir. "
    "Vous remarquez une situation suspecte ? Ne poursuivez pas les auteurs vous-même et appelez "
    "immédiatement le 112.")


def context(**changes: object) -> CheckContext:
    values: dict[str, object] = dict(
        allowed_categories=frozenset({"burglary", "fraud", "prevention_tip", "feedback"}),
        network_languages=("nl", "fr"),
        texts_by_language={"nl": BURGLARY_NL, "fr": BURGLARY_FR},
        zone_numbers=("112", "101", "053 72 03 00"),
        now=NOW)
    values.update(changes)
    return CheckContext(**values)  # type: ignore[arg-type]


def draft(text: str, language: str = "nl", **changes: object) -> Draft:
    values: dict[str, object] = dict(text=text, language=language, category="burglary",
                                     urgency="normal", subject="Inbraken")
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def run(text: str, language: str = "nl", ctx: CheckContext | None = None,
        **changes: object) -> CheckResult:
    return engine.check(draft(text, language, **changes), ctx or context())


def found(code: str, text: str, language: str = "nl", ctx: CheckContext | None = None,
          **changes: object) -> list[Finding]:
    return [f for f in run(text, language, ctx, **changes).findings if f.code == code]


def spans(code: str, text: str, language: str = "nl", **changes: object) -> list[str]:
    return [text[f.start:f.end] for f in found(code, text, language, None, **changes)]


# -- the engine -----------------------------------------------------------------------------
def test_a_real_dutch_burglary_warning_is_never_blocked() -> None:
    for urgency in ("normal", "urgent"):
        result = run(BURGLARY_NL, urgency=urgency)
        assert result.verdict in ("ok", "warn"), result.findings
    assert run(BURGLARY_NL).verdict == "ok"


def test_the_french_equivalent_is_never_blocked() -> None:
    result = run(BURGLARY_FR, "fr", subject="Cambriolages")
    assert result.verdict in ("ok", "warn"), result.findings
    assert result.findings == ()


def test_the_french_warning_by_sms_is_too_long_in_ucs2_but_fits_in_gsm_characters() -> None:
    result = run(BURGLARY_FR, "fr", urgency="urgent")
    assert {f.code for f in result.findings if f.severity == "block"} == {"sms.too_long"}
    assert result.sms.encoding == "UCS-2" and result.sms.ucs2_characters == ("ê",)
    too_long = next(f for f in result.findings if f.code == "sms.too_long")
    assert too_long.params["safe_segments"] == "3"
    assert run(sms.gsm_safe(BURGLARY_FR), "fr", urgency="urgent").verdict in ("ok", "warn")


def test_rule_ids_are_the_finding_codes_and_every_rule_explains_itself() -> None:
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids)) == 26
    result = run(BURGLARY_NL)
    assert [r.rule for r in result.rules] == ids
    assert all(r.description and not r.disabled for r in result.rules)


def test_findings_are_sorted_by_start_and_the_verdict_is_the_worst() -> None:
    text = "Meneer Janssens (0470 12 34 56) zag het. Sluit uw deuren!!"
    result = run(text)
    starts = [f.start for f in result.findings]
    assert starts == sorted(starts)
    assert result.verdict == "block"
    assert run("Opgelet!! Sluit uw deuren en ramen goed af, ook overdag.").verdict == "warn"


def test_disabling_a_rule_removes_its_findings_and_its_rule_run_says_so() -> None:
    text = BURGLARY_NL + " Meer info bij meneer Janssens."
    assert [f.code for f in run(text).findings] == ["pii.name"]
    result = engine.check(draft(text), context(), disabled=frozenset({"pii.name", "nonsense"}))
    assert result.findings == () and result.verdict == "ok"
    (name_run,) = [r for r in result.rules if r.rule == "pii.name"]
    assert name_run.disabled and name_run.findings == 0
    assert sum(r.disabled for r in result.rules) == 1


def test_the_rule_run_counts_the_findings() -> None:
    result = run("Meneer Janssens en mevrouw Peeters. Sluit uw deuren.")
    (name_run,) = [r for r in result.rules if r.rule == "pii.name"]
    assert name_run.findings == 2 and not name_run.disabled


# -- category and relevance -----------------------------------------------------------------
def test_a_category_outside_the_charters_blocks() -> None:
    assert found("category.not_allowed", BURGLARY_NL, category="drugs")[0].severity == "block"
    assert found("category.not_allowed", BURGLARY_FR, "fr", category="drugs")
    assert not found("category.not_allowed", BURGLARY_NL)


def test_an_old_incident_is_not_timely() -> None:
    old, recent = NOW - dt.timedelta(days=5), NOW - dt.timedelta(hours=20)
    (finding,) = found("content.not_timely", BURGLARY_NL, incident_at=old)
    assert finding.severity == "warn" and finding.params["hours"] == "120"
    assert found("content.not_timely", BURGLARY_FR, "fr", incident_at=old)
    assert not found("content.not_timely", BURGLARY_NL, incident_at=recent)
    assert not found("content.not_timely", BURGLARY_NL, incident_at=old, category="feedback")
    aware = dt.datetime(2026, 2, 25, 9, 0, tzinfo=dt.UTC)  # naive and aware times mix
    assert found("content.not_timely", BURGLARY_NL, incident_at=aware)


@pytest.mark.parametrize(("text", "language"), [
    ("Bij een verdachte situatie: bel 112.", "nl"),
    ("Er werd ingebroken in twee garages. Let op uw fietsen.", "nl"),
    ("Er werd ingebroken in twee garages. Sluit uw garagepoort altijd af.", "nl"),
    ("Tip: graveer uw fiets en registreer hem.", "nl"),
    ("Meld verdachte voertuigen aan de politie.", "nl"),
    ("Deux garages ont été visités. Verrouillez toujours votre porte de garage.", "fr"),
    ("Une situation suspecte ? Appelez le 112.", "fr"),
    ("Des escrocs se présentent comme policiers. Soyez vigilants.", "fr"),
    ("Signalez tout comportement suspect au 101.", "fr"),
])
def test_advice_or_a_call_to_action_passes(text: str, language: str) -> None:
    assert not found("content.no_advice", text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Er werd deze week ingebroken in twee garages in de Molenstraat.", "nl"),
    ("Gisteren werden drie fietsen gestolen aan het station.", "nl"),
    ("Deux garages ont été cambriolés cette semaine rue du Moulin.", "fr"),
    ("Trois vélos ont été volés hier à la gare.", "fr"),
])
def test_a_message_without_advice_warns(text: str, language: str) -> None:
    (finding,) = found("content.no_advice", text, language)
    assert finding.severity == "warn"
    assert not found("content.no_advice", text, language, category="feedback")


def test_a_non_urgent_message_at_night_warns() -> None:
    night = dt.datetime(2026, 3, 3, 23, 30)
    (finding,) = found("content.night", BURGLARY_NL, send_at=night)
    assert finding.params == {"time": "23:30", "night_from": "22:00", "night_until": "07:00"}
    assert found("content.night", BURGLARY_FR, "fr", ctx=context(now=dt.datetime(2026, 3, 3, 5)))
    assert not found("content.night", BURGLARY_NL, send_at=night, urgency="urgent")
    assert not found("content.night", BURGLARY_NL, send_at=dt.datetime(2026, 3, 3, 7, 0))
    utc_evening = dt.datetime(2026, 7, 1, 20, 30, tzinfo=dt.UTC)  # 22:30 in Brussels
    assert found("content.night", BURGLARY_NL, send_at=utc_evening)


# -- personal data --------------------------------------------------------------------------
def test_national_register_and_bis_numbers_in_every_notation() -> None:
    text = ("Rijksregisternummer 85.07.30-033.28, ook 85073003328 of 850730 033 28; "
            "BIS-nummer 85273003371 en 04012304564.")
    assert spans("pii.national_number", text) == [
        "85.07.30-033.28", "85073003328", "850730 033 28", "85273003371", "04012304564"]
    fr = "Né le 30/07/85, numéro national 85.07.30-033.28."
    (first,) = found("pii.national_number", fr, "fr")
    assert (first.start, first.end, first.severity) == (32, 47, "block")
    assert fr[32:47] == "85.07.30-033.28"
    assert not found("pii.phone", text)


def test_an_eleven_digit_number_that_fails_the_checksum_is_not_flagged() -> None:
    assert not found("pii.national_number", "Dossiernummer 85073003329 en 12345678901.")
    assert not found("pii.national_number", "Référence 85.07.30-033.29.", "fr")


def test_bank_accounts() -> None:
    text = ("Stort niets op BE68 5390 0754 7034 of BE68539007547034 en ook niet op "
            "NL91ABNA0417164300 of 539-0075470-34.")
    assert spans("pii.iban", text) == [
        "BE68 5390 0754 7034", "BE68539007547034", "NL91ABNA0417164300", "539-0075470-34"]
    (fr,) = found("pii.iban", "Ne versez rien sur le compte BE68 5390 0754 7034 !", "fr")
    assert (fr.start, fr.end) == (29, 48)
    assert not found("pii.iban", "Compte BE68 5390 0754 7035 ou 539-0075470-35.", "fr")


def test_email_addresses_except_the_polices_own() -> None:
    text = "Mail jan.peeters@gmail.com of bin.pz5415@police.be."
    (email,) = found("pii.email", text)
    assert (email.start, email.end, email.severity) == (5, 26, "block")
    assert spans("pii.email", "Écrivez à marie.dupont@skynet.be.", "fr") == [
        "marie.dupont@skynet.be"]
    assert not found("pii.email", "Info: info@politie.be of https://www.politie.be")


def test_phone_numbers_are_flagged_with_their_span() -> None:
    text = "Bel de eigenaar op 0470 12 34 56 of 0470/12.34.56, of +32 9 223 45 67."
    assert spans("pii.phone", text) == ["0470 12 34 56", "0470/12.34.56", "+32 9 223 45 67"]
    (fr,) = found("pii.phone", "Appelez Mme au 02/511.22.33 ce soir.", "fr")
    assert (fr.start, fr.end, fr.severity) == (15, 27, "block")


def test_emergency_service_and_zone_numbers_are_not_flagged() -> None:
    text = ("Bel 112 bij nood, 101 voor de politie, ons algemeen nummer 053/72.03.00 of "
            "+32 53 72 03 00, de huisartsenwachtpost 1733, Child Focus 116000, Card Stop "
            "078 170 170, gratis 0800 30 030.")
    assert not found("pii.phone", text)
    assert not found("pii.phone", "Appelez le 112, le 101 ou notre numéro 053 72 03 00.", "fr")
    assert not found("pii.phone", "KBO-nummer 0403.170.701, op 12/03/2024 om 14.30 uur.")


def test_number_plates() -> None:
    text = ("Voertuigen: 1-ABC-123, 1ABC123, 2 XYZ 987, ABC-123, 123-ABC, ABC123 en 1-abc-123; "
            "niet: BIN 112, SMS 101, abc123.")
    assert spans("pii.plate", text) == [
        "1-ABC-123", "1ABC123", "2 XYZ 987", "ABC-123", "123-ABC", "ABC123", "1-abc-123"]
    (fr,) = found("pii.plate", "Une Golf grise immatriculée 1-VXT-482 a été vue.", "fr")
    assert (fr.start, fr.end, fr.severity) == (28, 37, "block")


def test_names_warn() -> None:
    text = ("Meneer Janssens en mevrouw De Smet zagen Jan Peeters en Marie Van den Broeck "
            "in de Jan Breydelstraat.")
    assert spans("pii.name", text) == [
        "Meneer Janssens", "mevrouw De Smet", "Jan Peeters", "Marie Van den Broeck"]
    fr = "Mme Dupont et M. Lambert ont vu Pierre Dubois avenue Victor Hugo."
    assert spans("pii.name", fr, "fr") == ["Mme Dupont", "M. Lambert", "Pierre Dubois"]
    assert found("pii.name", fr, "fr")[0].severity == "warn"


def test_no_names_in_ordinary_sentences_streets_and_functions() -> None:
    assert not found("pii.name", "Sluit Ramen en Deuren. De burgemeester en meneer de "
                                 "Burgemeester. Jan Breydelstraat, Pieter Coutereelstraat.")
    assert not found("pii.name", "Madame la Bourgmestre et Monsieur le Commissaire. "
                                 "La Police locale, rue Victor Hugo.", "fr")


def test_addresses_warn() -> None:
    text = ("Ingebroken in de Kerkstraat 12 en op het Sint-Jansplein 3 bus 2, Grote Markt 1 en "
            "Koning Albertlaan 20A.")
    assert spans("pii.address", text) == ["Kerkstraat 12", "Sint-Jansplein 3 bus 2",
                                          "Grote Markt 1", "Koning Albertlaan 20A"]
    fr = "Cambriolage rue de la Gare 5, au 14, avenue Louise et chaussée de Mons 1020."
    assert spans("pii.address", fr, "fr") == [
        "rue de la Gare 5", "14, avenue Louise", "chaussée de Mons 1020"]
    assert found("pii.address", fr, "fr")[0].severity == "warn"


def test_a_street_without_a_house_number_is_no_address() -> None:
    assert not found("pii.address", "Inbraken in de Kerkstraat en de Kerkwijk, 3 woningen.")
    assert not found("pii.address", "Cambriolages rue de la Gare et avenue Louise.", "fr")


# -- appropriateness ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ziet u iets verdachts? Ga zelf kijken.", "nl", "Ga zelf kijken"),
    ("Achtervolg de daders als ze vluchten.", "nl", "Achtervolg"),
    ("Spreek hen aan als ze in de straat rondhangen.", "nl", "Spreek hen aan"),
    ("Patrouilleer 's avonds met enkele buren.", "nl", "Patrouilleer"),
    ("Neem het recht in eigen handen.", "nl", "Neem het recht in eigen handen"),
    ("Hou de dader vast tot de politie er is.", "nl", "Hou de dader vast"),
    ("Vous voyez les voleurs ? Poursuivez-les.", "fr", "Poursuivez"),
    ("Interpellez les individus suspects.", "fr", "Interpellez"),
    ("Faites justice vous-même.", "fr", "Faites justice"),
    ("Organisez des rondes dans le quartier.", "fr", "Organisez des rondes"),
    ("Verfolgen Sie die Täter.", "de", "Verfolgen Sie"),
])
def test_calls_to_act_against_suspects_block(text: str, language: str, expected: str) -> None:
    (finding,) = found("content.vigilantism", text, language)
    assert finding.severity == "block" and text[finding.start:finding.end] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Ga niet zelf achter de daders aan en bel meteen 112.", "nl"),
    ("Spreek verdachte personen niet zelf aan.", "nl"),
    ("Achtervolg de daders nooit: bel 112.", "nl"),
    ("Ga nooit zelf kijken, bel de politie.", "nl"),
    ("Neem geen risico's en grijp niet zelf in.", "nl"),
    ("De politie patrouilleert extra in de wijk.", "nl"),
    ("Ga zelf na of uw ramen gesloten zijn.", "nl"),
    ("De daders werden door een buurman achtervolgd.", "nl"),
    ("Ne poursuivez pas les auteurs.", "fr"),
    ("N'intervenez pas vous-même : appelez le 112.", "fr"),
    ("Ne les confrontez jamais.", "fr"),
    ("Ne confrontez jamais les auteurs et n'interpellez personne.", "fr"),
    ("La police poursuit son enquête.", "fr"),
    ("Verfolgen Sie die Täter nicht.", "de"),
])
def test_advice_not_to_act_passes(text: str, language: str) -> None:
    assert not found("content.vigilantism", text, language)


def test_a_negation_in_another_clause_does_not_excuse_a_call_to_act() -> None:
    assert found("content.vigilantism", "Bel niet eerst de buren maar achtervolg de daders.")
    assert found("content.vigilantism", "Ne paniquez pas, et poursuivez les auteurs.", "fr")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("De dader had een Noord-Afrikaans uiterlijk.", "nl", "Noord-Afrikaans uiterlijk"),
    ("Twee Noord-Afrikaanse mannen belden aan.", "nl", "Noord-Afrikaanse mannen"),
    ("Het gaat om allochtonen.", "nl", "allochtonen"),
    ("Er werden zigeuners gezien.", "nl", "zigeuners"),
    ("Een groep Roma bood tapijten aan.", "nl", "Roma"),
    ("Een zwarte man liep weg.", "nl", "zwarte man"),
    ("Een Roemeense bende is actief.", "nl", "Roemeense bende"),
    ("De verdachte is moslim.", "nl", "moslim"),
    ("Twee daders van Marokkaanse afkomst.", "nl", "Marokkaanse afkomst"),
    ("Un individu de type maghrébin a été vu.", "fr", "type maghrébin"),
    ("Deux hommes d'origine étrangère.", "fr", "d'origine étrangère"),
    ("Des gens du voyage se sont installés.", "fr", "gens du voyage"),
    ("Une femme noire sonnait aux portes.", "fr", "femme noire"),
    ("Trois jeunes Maghrébines ont été vues.", "fr", "jeunes Maghrébines"),
    ("Un camp de Roms.", "fr", "Roms"),
    ("Un homme de nationalité roumaine.", "fr", "de nationalité roumaine"),
    ("Ein Mann mit südländischem Aussehen.", "de", "südländischem Aussehen"),
])
def test_descriptions_by_origin_religion_or_skin_colour_block(
        text: str, language: str, expected: str) -> None:
    matches = found("content.discrimination", text, language)
    assert matches and all(f.severity == "block" for f in matches)
    assert any(expected in text[f.start:f.end] for f in matches)


@pytest.mark.parametrize(("text", "language"), [
    ("Een zwarte BMW met een buitenlandse nummerplaat reed rond in het donker.", "nl"),
    ("De man droeg een zwarte jas en een donkere muts, lengte 1,80 m.", "nl"),
    ("Een man van ongeveer 30 jaar, slank, met een grijze trui.", "nl"),
    ("Une voiture de couleur grise immatriculée à l'étranger.", "fr"),
    ("Un homme vêtu de noir, environ 1,80 m, casquette rouge.", "fr"),
    ("Un homme d'allure sportive, de type athlétique, en jogging gris.", "fr"),
    ("La police poursuit son enquête sur les vols de voitures.", "fr"),
])
def test_observable_descriptions_pass(text: str, language: str) -> None:
    assert not found("content.discrimination", text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Meld wie er bij uw buren over de vloer komt.", "nl"),
    ("Houd uw buren in de gaten.", "nl"),
    ("Wie ontvangt er bezoek in uw straat?", "nl"),
    ("Laat ons het komen en gaan van uw buren weten.", "nl"),
    ("Signalez les allées et venues de vos voisins.", "fr"),
    ("Surveillez vos voisins.", "fr"),
    ("Dites-nous qui rend visite à vos voisins.", "fr"),
])
def test_asking_to_report_on_neighbours_blocks(text: str, language: str) -> None:
    (finding,) = found("content.snitching", text, language)
    assert finding.severity == "block"


@pytest.mark.parametrize(("text", "language"), [
    ("Laat uw buren weten wanneer u op reis bent; zij kunnen uw brievenbus leegmaken.", "nl"),
    ("Meld verdachte voertuigen in de straat aan de politie via 101.", "nl"),
    ("Houd de woning van uw buren in de gaten als zij op reis zijn.", "nl"),
    ("Prévenez vos voisins de votre absence.", "fr"),
    ("Signalez les allées et venues suspectes dans le quartier au 101.", "fr"),
])
def test_neighbourly_advice_passes(text: str, language: str) -> None:
    assert not found("content.snitching", text, language)


def test_html_warns() -> None:
    assert spans("content.html", "<b>Opgelet</b>: sluit uw deuren&nbsp;af.") == [
        "<b>", "</b>", "&nbsp;"]
    assert spans("content.html", "Fermez vos portes.<br/>Merci &amp; bonne soirée.", "fr") == [
        "<br/>", "&amp;"]
    assert not found("content.html", "Sluit uw deuren als u < 5 minuten weg bent & ook 's nachts.")


def test_long_runs_of_capitals_warn_but_acronyms_pass() -> None:
    text = "DRINGEND: SLUIT ALLE DEUREN. Bericht van de BIN en het PLP via SMS, bel 112."
    assert spans("content.all_caps", text) == ["DRINGEND: SLUIT ALLE DEUREN"]
    assert spans("content.all_caps", "ATTENTION ESCROQUERIE au faux policier.", "fr") == [
        "ATTENTION ESCROQUERIE"]
    assert not found("content.all_caps", "Info van de BIN, de ADVP en BE-Alert via SMS (112).")
    assert not found("content.all_caps", "Le PLP et la police: appelez le 112.", "fr")


def test_alarmist_wording_warns() -> None:
    assert spans("content.alarmist", "PANIEK in de wijk!!! Levensgevaarlijke situatie.") == [
        "PANIEK", "!!!", "Levensgevaarlijke"]
    assert spans("content.alarmist", "Alerte maximale : la terreur règne !", "fr") == [
        "Alerte maximale", "terreur"]
    assert not found("content.alarmist", BURGLARY_NL)
    assert not found("content.alarmist", BURGLARY_FR, "fr")


def test_an_empty_text_blocks() -> None:
    for text in ("", "   \n "):
        (finding,) = found("content.empty", text)
        assert finding.severity == "block"
        assert run(text).verdict == "block"
    assert not found("content.empty", "Sluit uw deuren.")


# -- language -------------------------------------------------------------------------------
#: Sentences the detector never saw (its samples are in the module), 15 a language.
LANGUAGE_SENTENCES: dict[str, list[str]] = {
    "nl": [
        "Opgelet voor valse politieagenten die aan de deur komen.",
        "In de nacht van zaterdag op zondag werden drie auto's opengebroken.",
        "Laat geen waardevolle spullen zichtbaar achter in uw wagen.",
        "De straat blijft morgen de hele dag afgesloten voor alle verkeer.",
        "Wij zoeken getuigen van een aanrijding op het kruispunt.",
        "Hebt u iets gezien of gehoord? Neem dan contact op met ons.",
        "Oplichters bellen met de vraag om uw bankgegevens door te geven.",
        "Het meisje is inmiddels terecht en maakt het goed.",
        "Bedankt aan iedereen die ons heeft geholpen bij de zoektocht.",
        "Zet uw fiets altijd op slot, ook als u maar even in de winkel bent.",
        "Er is een grote brand in een loods, hou ramen en deuren gesloten.",
        "Inbrekers hebben het vooral gemunt op juwelen en cash geld.",
        "Verdachte personen werden gezien rond de school tijdens de vakantie.",
        "De wijkagent houdt zitdag op woensdag in het gemeentehuis.",
        "Een verkoper aan de deur beweerde van de energieleverancier te zijn.",
    ],
    "fr": [
        "Attention aux faux policiers qui se présentent à votre porte.",
        "Dans la nuit de samedi à dimanche, trois voitures ont été fracturées.",
        "Ne laissez aucun objet de valeur visible dans votre véhicule.",
        "La rue restera fermée toute la journée de demain à la circulation.",
        "Nous recherchons des témoins d'un accident au carrefour.",
        "Vous avez vu ou entendu quelque chose ? Prenez contact avec nous.",
        "Des escrocs téléphonent pour vous demander vos données bancaires.",
        "La jeune fille a été retrouvée et elle se porte bien.",
        "Merci à tous ceux qui nous ont aidés dans les recherches.",
        "Cadenassez toujours votre vélo, même pour un court passage au magasin.",
        "Un important incendie touche un entrepôt, gardez portes et fenêtres fermées.",
        "Les cambrioleurs cherchent surtout des bijoux et de l'argent liquide.",
        "Des personnes suspectes ont été aperçues près de l'école pendant les vacances.",
        "L'agent de quartier tient une permanence le mercredi à la maison communale.",
        "Un vendeur au porte-à-porte prétendait travailler pour le fournisseur d'énergie.",
    ],
    "de": [
        "Achtung vor falschen Polizisten, die an Ihrer Tür klingeln.",
        "In der Nacht von Samstag auf Sonntag wurden drei Autos aufgebrochen.",
        "Lassen Sie keine Wertsachen sichtbar in Ihrem Wagen liegen.",
        "Die Straße bleibt morgen den ganzen Tag für den Verkehr gesperrt.",
        "Wir suchen Zeugen eines Unfalls an der Kreuzung.",
        "Haben Sie etwas gesehen oder gehört? Dann melden Sie sich bei uns.",
        "Betrüger rufen an und fragen nach Ihren Bankdaten.",
        "Das Mädchen ist inzwischen wieder da und es geht ihm gut.",
        "Danke an alle, die uns bei der Suche geholfen haben.",
        "Schließen Sie Ihr Fahrrad immer ab, auch beim kurzen Einkauf.",
        "Ein Großbrand in einer Halle: halten Sie Fenster und Türen geschlossen.",
        "Die Einbrecher haben es vor allem auf Schmuck und Bargeld abgesehen.",
        "Verdächtige Personen wurden während der Ferien bei der Schule gesehen.",
        "Der Bezirksbeamte hat mittwochs Sprechstunde im Gemeindehaus.",
        "Ein Verkäufer an der Haustür gab vor, vom Energieversorger zu kommen.",
    ],
    "en": [
        "Beware of fake police officers who come to your door.",
        "During the night from Saturday to Sunday three cars were broken into.",
        "Do not leave any valuables visible in your car.",
        "The street will stay closed to all traffic all day tomorrow.",
        "We are looking for witnesses of a collision at the crossroads.",
        "Did you see or hear anything? Then please get in touch with us.",
        "Fraudsters are calling and asking for your bank details.",
        "The girl has been found in the meantime and she is doing well.",
        "Thanks to everyone who helped us with the search.",
        "Always lock your bike, even when you only pop into the shop.",
        "A large fire broke out in a warehouse, keep your windows and doors shut.",
        "The burglars are mainly after jewellery and cash.",
        "Suspicious people were seen around the school during the holidays.",
        "The community officer holds office hours on Wednesdays at the town hall.",
        "A door-to-door salesman claimed to work for the energy supplier.",
    ],
}


def test_the_language_detector_is_right_on_every_test_sentence() -> None:
    total = right = 0
    for language, sentences in LANGUAGE_SENTENCES.items():
        for sentence in sentences:
            total += 1
            right += detect(sentence).language == language
    assert (right, total) == (60, 60)
    assert detect("Bel 112.").language is None  # too short to tell


def test_short_prefixes_never_raise_a_false_mismatch() -> None:
    guessed = right = 0
    for language, sentences in LANGUAGE_SENTENCES.items():
        for sentence in sentences:
            for cut in (26, 32, 40):
                prefix = sentence[:cut].rsplit(" ", 1)[0]
                detection = detect(prefix)
                guessed += detection.language is not None
                right += detection.language == language
                if detection.language not in (None, language):
                    assert detection.margin < MIN_MARGIN, prefix
    assert guessed - right <= 2


def test_a_text_in_another_language_than_declared_warns() -> None:
    (finding,) = found("language.mismatch", BURGLARY_FR, "nl")
    assert finding.severity == "warn" and finding.params == {"detected": "FR", "language": "NL"}
    assert found("language.mismatch", BURGLARY_NL, "fr")
    assert not found("language.mismatch", BURGLARY_NL, "nl")
    assert not found("language.mismatch", BURGLARY_FR, "fr")
    assert not found("language.mismatch", "Bel 112 nu.", "fr")  # too short


def test_a_language_the_networks_do_not_use_warns() -> None:
    german = "Schließen Sie Fenster und Türen und rufen Sie bei Verdacht die 112 an."
    (finding,) = found("language.mismatch", german, "de")
    assert finding.params == {"language": "DE", "languages": "NL, FR"}
    assert not found("language.mismatch", german, "de",
                     ctx=context(network_languages=("nl", "fr", "de")))


def test_a_network_language_without_a_text_blocks() -> None:
    ctx = context(texts_by_language={"nl": BURGLARY_NL, "fr": "  "})
    (finding,) = found("language.missing", BURGLARY_NL, ctx=ctx)
    assert finding.severity == "block" and finding.params == {"language": "FR"}
    ctx = context(texts_by_language={"nl": ""})  # the draft's own text counts
    assert [f.params["language"] for f in found("language.missing", BURGLARY_FR, "fr",
                                                ctx=ctx)] == ["NL"]
    assert not found("language.missing", BURGLARY_NL)


# -- channels -------------------------------------------------------------------------------
def test_a_character_forcing_ucs2_is_named_with_its_replacement() -> None:
    text = "Het is weer zover: de dieven’s avonds op pad."
    (finding,) = found("sms.ucs2", text, urgency="urgent")
    assert finding.severity == "warn"
    assert (finding.start, finding.end) == (text.index("’"), text.index("’") + 1)
    assert finding.params == {"character": "’", "replacement": "'"}
    assert finding.suggestion == "'"
    fr = "Fermez vos fenêtres – même le jour…"
    assert [(fr[f.start:f.end], f.suggestion) for f in found("sms.ucs2", fr, "fr",
                                                              urgency="urgent")] == [
        ("ê", "e"), ("–", "-"), ("ê", "e"), ("…", "...")]
    assert not found("sms.ucs2", fr, "fr")  # by e-mail: no SMS
    assert not found("sms.ucs2", "Sluit uw deuren, bel 112 (€ 0).", urgency="urgent")


def test_an_sms_above_the_zones_maximum_blocks() -> None:
    text = "Sluit ramen en deuren en bel 112. " * 14  # 476 characters: 4 segments
    (finding,) = found("sms.too_long", text, urgency="urgent")
    assert finding.severity == "block" and finding.params["segments"] == "4"
    assert not found("sms.too_long", text, urgency="urgent",
                     ctx=context(max_sms_segments=4))
    assert not found("sms.too_long", text)  # by e-mail
    assert found("sms.too_long", text, urgency="normal", channels=("sms",))


def test_voice_length_spells_digits() -> None:
    result = run("Bel 112.", urgency="urgent")
    assert result.voice_seconds == 1.6  # bel, 1, 1, 2: four words at 2.5 a second
    long_text = " ".join(["Sluit uw ramen en deuren."] * 32)  # 160 words: 64 seconds
    (finding,) = found("voice.too_long", long_text, urgency="urgent")
    assert finding.params == {"seconds": "64", "max": "60"}
    assert not found("voice.too_long", long_text, urgency="urgent", channels=("sms",))
    assert not found("voice.too_long", BURGLARY_FR, "fr", urgency="urgent")


def test_an_email_without_subject_warns() -> None:
    assert found("email.no_subject", BURGLARY_NL, subject="")[0].severity == "warn"
    assert found("email.no_subject", BURGLARY_FR, "fr", subject=" ")
    assert not found("email.no_subject", BURGLARY_NL)
    assert not found("email.no_subject", BURGLARY_NL, subject="", urgency="urgent")


# -- duplicates -----------------------------------------------------------------------------
def test_a_similar_recent_message_of_the_same_category_warns() -> None:
    earlier = RecentMessage(BURGLARY_NL.replace("vier", "drie"), NOW - dt.timedelta(hours=3),
                            "burglary")
    ctx = context(recent=(earlier,))
    (finding,) = found("duplicate.recent", BURGLARY_NL, ctx=ctx)
    assert finding.severity == "warn" and int(finding.params["similarity"]) >= 80
    assert finding.params["sent_at"] == "03/03 07:00"
    fr_earlier = RecentMessage(BURGLARY_FR.upper(), NOW - dt.timedelta(hours=1), "burglary")
    assert found("duplicate.recent", BURGLARY_FR, "fr", ctx=context(recent=(fr_earlier,)))


def test_other_categories_old_or_different_messages_are_no_duplicates() -> None:
    other_category = RecentMessage(BURGLARY_NL, NOW - dt.timedelta(hours=3), "fraud")
    too_old = RecentMessage(BURGLARY_NL, NOW - dt.timedelta(hours=30), "burglary")
    different = RecentMessage("Valse loodgieters bellen aan bij oudere mensen. Laat niemand "
                              "binnen zonder afspraak.", NOW - dt.timedelta(hours=1), "burglary")
    ctx = context(recent=(other_category, too_old, different))
    assert not found("duplicate.recent", BURGLARY_NL, ctx=ctx)
    assert not found("duplicate.recent", "Inbraak",  # a draft just begun
                     ctx=context(recent=(RecentMessage(BURGLARY_NL, NOW, "burglary"),)))


# -- audience -------------------------------------------------------------------------------
def member(status: str = "active", mobile: bool = False, phone: bool = False,
           email: bool = False, channels: tuple[str, ...] = (),
           quiet: tuple[str, str] | None = None) -> AudienceMember:
    return AudienceMember(status, mobile, phone or mobile, email, channels,
                          quiet[0] if quiet else None, quiet[1] if quiet else None)


MEMBERS = (
    member(mobile=True, email=True),                        # SMS urgent, e-mail normal
    member(mobile=True, email=True, channels=("email",)),   # e-mail only
    member(phone=True),                                     # fixed line: voice
    member(mobile=True, channels=("sms", "voice")),         # both
    member(email=True, quiet=("09:00", "12:00")),           # e-mail, quiet at 10:00
    member(),                                               # no contact at all
    member("paused", mobile=True, email=True),
    member("left", mobile=True, email=True),
)


def test_urgent_audience_counts_and_cost() -> None:
    ctx = context(audience=MEMBERS)
    result = engine.check(draft(BURGLARY_NL, urgency="urgent"), ctx)  # 2 SMS segments
    audience = result.audience
    assert (audience.sms, audience.voice, audience.email) == (2, 2, 0)
    assert (audience.without_channel, audience.paused, audience.in_quiet_hours) == (3, 1, 0)
    assert audience.cost_eur == pytest.approx(2 * 2 * 0.055)
    (unreachable,) = [f for f in result.findings if f.code == "audience.unreachable"]
    assert unreachable.severity == "info" and unreachable.params["count"] == "3"


def test_normal_audience_by_email_with_quiet_hours() -> None:
    ctx = context(audience=MEMBERS)
    audience = engine.check(draft(BURGLARY_FR, "fr"), ctx).audience
    assert (audience.sms, audience.voice, audience.email) == (0, 0, 3)
    assert (audience.without_channel, audience.paused, audience.in_quiet_hours) == (3, 1, 1)
    assert audience.cost_eur == 0
    urgent = engine.check(draft(BURGLARY_FR, "fr", urgency="urgent",
                                channels=("sms",)), ctx).audience
    assert urgent.in_quiet_hours == 0 and urgent.sms == 2
    assert urgent.cost_eur == pytest.approx(6 * 2 * 0.055)  # UCS-2: 6 segments


def test_a_reachable_audience_has_no_finding() -> None:
    ctx = context(audience=(member(mobile=True, email=True),))
    assert not found("audience.unreachable", BURGLARY_NL, ctx=ctx)
    assert not found("audience.unreachable", BURGLARY_NL, ctx=ctx, urgency="urgent")


def test_the_check_is_fast_enough_for_every_keystroke() -> None:
    text = (BURGLARY_NL + " ") * 3
    ctx = context(audience=MEMBERS * 40)
    engine.check(draft(text), ctx)
    start = time.perf_counter()
    for i in range(20):
        engine.check(draft(text + str(i)), ctx)
    assert (time.perf_counter() - start) / 20 < 0.1  # generous: CI machines vary
