"""Appropriateness: what a police message to citizens must never say, and how it should not look.

A BIN never patrols or intervenes (law of 29 July 1934 on private militias), never describes people
by origin, religion or skin colour (anti-discrimination law of 10 May 2007) and is no snitch line.
Advice *not* to act ("ga niet zelf achter de daders aan", "ne poursuivez pas les auteurs") is the
message every BIN should give, so a call to act is only flagged when its clause holds no negation.

Patterns run on the folded text (lower case, no accents, same length as the text).
"""

from __future__ import annotations

import re

from bin_desktop.core.alerts.model import CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import finding, folded, pattern, rule, words
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N

# -- vigilantism ------------------------------------------------------------------------------
_W = r"(?:\s+[\w'’-]+)"  # one more word
_SUSPECTS = (r"(?:hen|hem|haar|ze|zij|dader|daders|verdachte\w*|inbreker\w*|dief|dieven|"
             r"jongeren|personen|persoon|individu\w*|indringer\w*|oplichter\w*)")
_DETERMINER = r"(?:(?:de|die|deze)\s+)?"
_SUSPECTS_FR = (r"(?:auteurs?|suspects?|voleurs?|cambrioleurs?|individus?|malfaiteurs?|fuyards?|"
                r"intrus|escrocs?|personnes?|jeunes)")
_SUSPECTS_DE = r"(?:tater|einbrecher|diebe?|verdachtige\w*|personen|person|sie)"

VIGILANTISM = pattern(
    # NL
    rf"\b(?:ga|gaat|gaan)\b{_W}{{0,2}}?\s+zelf\b{_W}{{0,4}}?\s+(?:kijken|achter\b|op zoek|"
    r"ter plaatse|erop af|op af|naar buiten|de confrontatie|poolshoogte)",
    r"\bga(?:at|an)? (?:zelf )?(?:kijken|op zoek naar de daders|de confrontatie aan)\b",
    r"\bachtervolg(?:en)?\b",
    rf"\bspreek\b{_W}{{0,3}}?\s+{_SUSPECTS}\b{_W}{{0,2}}?\s+aan\b",
    rf"\b{_SUSPECTS}\s+(?:zelf\s+)?(?:aan te spreken|aanspreken)\b",
    r"\bpatrouilleer\b|\b(?:ga|gaan|zelf|samen)\s+(?:\w+\s+)?patrouilleren\b",
    r"\b(?:doe|loop|maak|organiseer|organiseren)\b(?:\s+\w+){0,2}\s+(?:rondes|ronde|patrouilles?|"
    r"wachtrondes?)\b",
    r"\bburgerwacht\w*|\bneem het recht in eigen hand(?:en)?\b|\beigen rechter\b",
    rf"\bhou(?:d)?\s+{_DETERMINER}{_SUSPECTS}\b(?:\s+zelf)?\s+(?:tegen|vast)\b",
    r"\b(?:probeer|tracht)\b(?:\s+\w+){0,4}\s+(?:tegen te houden|te vatten|te stoppen|"
    r"op te pakken|vast te houden|te klissen|in te rekenen)\b",
    rf"\bpak\s+{_DETERMINER}{_SUSPECTS}\s+(?:zelf\s+)?(?:aan|op|vast)\b",
    r"\bconfronteer\b|\bgrijp\b(?:\s+zelf)?\s+in\b|\bzelf (?:in te grijpen|ingrijpen|optreden)\b",
    # FR
    r"\bpoursuivez\b|\bpourchassez\b",
    rf"\bpoursuivre\s+(?:les?|la|l['’]|ces)\s*{_SUSPECTS_FR}\b",
    r"\bprenez[- ](?:les|le|la)\b(?:\s+\w+)?\s+en chasse\b",
    r"\binterpellez\b|\binterpeller\s+(?:les?|la|l['’]|ces)\b",
    rf"\babordez\s+(?:les|ces|le|la|l['’])\s*{_SUSPECTS_FR}\b",
    r"\bfaites[- ](?:vous\s+)?justice\b|\bjustice (?:vous|soi|nous)[- ]memes?\b",
    r"\bpatrouillez\b|\b(?:organisez|faites|effectuez)\b(?:\s+\w+){0,2}\s+(?:patrouilles|rondes)\b",
    r"\bconfrontez\b|\baffrontez\b|\bapprehendez\b|\bmaitrisez\b|\bintervenez\b",
    rf"\b(?:arretez|retenez|immobilisez)[- ](?:les|le|la)\b|\b(?:arretez|retenez)\s+"
    rf"(?:les|le|la|ces)\s+{_SUSPECTS_FR}\b",
    r"\bintervenir (?:vous[- ]memes?|soi[- ]meme|personnellement)\b",
    r"\ballez\b(?:\s+\w+)?\s+voir (?:vous[- ]memes?|par vous[- ]memes?|sur place)\b",
    r"\brendez[- ]vous sur place\b",
    # DE
    r"\bverfolgen sie\b|\bnehmen sie die verfolgung auf\b|\bselbstjustiz\b|\bburgerwehr\w*",
    rf"\bsprechen sie\s+(?:die|diese|den)\s+{_SUSPECTS_DE}\b(?:\s+\w+)?\s+an\b",
    r"\bpatrouillieren sie\b|\bhalten sie\b(?:\s+\w+){0,3}\s+fest\b",
    r"\bnehmen sie das recht in die eigene hand\b|\bgreifen sie\b(?:\s+selbst)?\s+ein\b",
    rf"\b(?:stellen|konfrontieren) sie\s+(?:die|den|diese)\s+{_SUSPECTS_DE}\b",
    # EN
    r"\btake (?:the law|matters) into your own hands\b|\bpatrol\b|\bpursue\b|\bconfront\b|"
    r"\bapprehend\b|\bchase (?:them|the)\b",
)
# A negation anywhere in the clause turns a call to act into advice not to.
NEGATION = re.compile(
    r"\b(?:niet|nooit|geen|nimmer|zonder|verboden|vermijd|ne|n|pas|jamais|ni|aucun|aucune|sans|"
    r"evitez|eviter|interdit|nicht|niemals|nie|kein|keine|keinen|keinem|keiner|ohne|vermeiden|"
    r"verboten|not|never|don|no|avoid)\b")
# Clause boundaries: punctuation and the conjunctions that start a new clause.
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\n]|\b(?:en|maar|of|want|dan|et|mais|ou|car|puis|und|aber|"
                           r"oder|denn|and|but|or|then)\b")
_WINDOW = 60  # characters either side, a clause's reach


def _negated(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] (the folded text) holds a negation."""
    left = max(0, start - _WINDOW)
    before = text[left:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_start = left + breaks[-1].end() if breaks else left
    after_break = _CLAUSE_BREAK.search(text, end, min(len(text), end + _WINDOW))
    clause_end = after_break.start() if after_break else min(len(text), end + _WINDOW)
    return NEGATION.search(text, clause_start, clause_end) is not None


@rule("content.vigilantism",
      _N("core", "No call to patrol, pursue, confront or apprehend anyone (advice not to passes)."))
def vigilantism(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    text = folded(draft.text)
    return [finding("content.vigilantism", "block", m.start(), m.end(),
                    _N("core", "\"{value}\" asks members to act against suspects themselves: "
                               "a BIN never patrols, pursues or intervenes."),
                    _N("core", "Ask members to stay at a distance, observe and call 112."),
                    value=draft.text[m.start():m.end()])
            for m in VIGILANTISM.finditer(text) if not _negated(text, m.start(), m.end())]


# -- discrimination ---------------------------------------------------------------------------
_ORIGIN_NL = (r"(?:noord[- ]?afrikaan|marokkaan|turk|roemeen|bulgaar|albanee|albanees|pool|"
              r"oost[- ]?europe|afrikaan|arabisch|aziatisch|zuid[- ]?amerikaan|zuider|"
              r"mediterraan|mediterran|buitenland|allochto+n|slavisch|zigeuner|joods|"
              r"islamitisch|congolee|syrisch|afghaan|pakistaan|tsjetsjeen|zuidelijk)")
_PEOPLE_NL = (r"(?:uiterlijk|type|afkomst|origine|voorkomen|nationaliteit|man|vrouw|mannen|"
              r"vrouwen|jongere|jongeren|jongeman|jongemannen|persoon|personen|dader|daders|"
              r"individu|individuen|kerel|kerels|bende|bendes|familie|families|kinderen|"
              r"meisjes?|jongens?|koppel|groep|dievegge|dief|dieven|uitziend)")
_COLOUR_NL = r"(?:zwarte|blanke|bruine|getinte|donkere|gekleurde|lichtgekleurde)"
_ORIGIN_FR = (r"(?:maghrebin|nord[- ]africain|africain|arabe|mediterraneen|asiatique|"
              r"europeen de l['’]est|est[- ]europeen|slave|gitan|tzigane|rom|roumain|albanais|"
              r"bulgare|marocain|turc|algerien|tunisien|etranger|oriental|latino|noir|basane|"
              r"black|juif|juive|musulman|subsaharien|caucasien|turque)")
_FR_INFLECTION = r"(?:e|s|es|ne|nes|aux)?\b"
_PEOPLE_FR = (r"(?:homme|femme|hommes|femmes|individu|individus|jeune|jeunes|personne|personnes|"
              r"garcon|garcons|fille|filles|suspect|suspects|auteur|auteurs|bande|famille|familles|"
              r"groupe|type|couple)")
_ORIGIN_DE = (r"(?:nordafrikanisch|sudlandisch|osteuropaisch|arabisch|auslandisch|afrikanisch|"
              r"turkisch|rumanisch|bulgarisch|albanisch|asiatisch|dunkelhautig|hellhautig|"
              r"schwarz|farbig|muslimisch|judisch)")
_PEOPLE_DE = (r"(?:aussehen|aussehend|typ|herkunft|abstammung|mann|manner|frau|frauen|person|"
              r"personen|tater|taterin|jugendliche|jugendlicher|gruppe|bande|familie)")

DISCRIMINATION = pattern(
    # NL: "Noord-Afrikaans uiterlijk", "Roemeense daders", "van Marokkaanse afkomst"
    rf"\b{_ORIGIN_NL}\w*\s+{_PEOPLE_NL}\b",
    rf"\b{_COLOUR_NL}\s+(?:man|vrouw|mannen|vrouwen|jongeman|jongemannen|jongere|jongeren|"
    r"persoon|personen|kerel|kerels|dader|daders|individu|individuen|huid|huidskleur)\b",
    r"\bzwarten\b|\b(?:een|de|die|deze) zwarte(?=\s*(?:[.,;:!?)]|$|\s(?:die|met|werd|was|liep|"
    r"heeft|is)\b))",
    r"\bvan\s+(?:de\s+)?\w+\s+nationaliteit\b",
    r"\bhuidskleur\b|\bdonker van huid\b|\bkleurlingen?\b",
    r"\b(?:allochto+n\w*|zigeuner\w*|roma|woonwagenbewoner\w*|rondtrekkende\w*|moslims?|"
    r"moslima\w*|jood|joden|noord[- ]afrikanen|marokkanen|arabieren|roemenen|bulgaren|"
    r"albanezen|negers?|negro\w*)\b",
    r"\bvan\s+(?:buitenlandse|vreemde|allochtone)\s+(?:afkomst|origine|oorsprong)\b",
    # FR: "type maghrébin", "d'origine étrangère", "gens du voyage", "un homme noir"
    rf"\btype\s+{_ORIGIN_FR}{_FR_INFLECTION}",
    rf"\b{_PEOPLE_FR}\s+(?:d['’]origine|au facies)\s+\w+",
    rf"\b(?:d['’]allure|d['’]apparence|de type|au type)\s+{_ORIGIN_FR}{_FR_INFLECTION}",
    r"\b(?:d['’]|de |d )origine\s+(?:etrangere|maghrebine|africaine|arabe|turque|marocaine|"
    r"roumaine|albanaise|bulgare|polonaise|asiatique|nord[- ]africaine|subsaharienne|rom|"
    r"immigree|extra[- ]europeenne|algerienne|tunisienne|congolaise|syrienne|afghane|"
    r"tchetchene|gitane)\b",
    r"\borigine\s+etrangere\b|\bde nationalite\s+\w+|\bgens du voyage\b",
    rf"\b{_PEOPLE_FR}\s+{_ORIGIN_FR}{_FR_INFLECTION}",
    rf"\b{_PEOPLE_FR}\s+de couleur\b",
    r"\b(?:des|les|un|une|deux|trois|quatre|famille|familles|communaute|campement|camp)\s+"
    r"(?:de\s+|d['’])?"
    r"(?:roms?|tziganes?|gitans?|gitanes?|manouches?|romanichels?|maghrebins?|noirs|arabes|"
    r"musulmans?|musulmanes?|juifs?|juives?|africains?|roumains?|albanais|marocains?|"
    r"allochtones?|immigres?|etrangers)\b",
    r"\b(?:maghrebin\w*|tzigane\w*|romanichel\w*|manouche\w*|musulman\w*|juifs?|juives?|"
    r"basane\w*|allochtone\w*|negres?|negresses?)\b",
    r"\b(?:peau|teint)\s+(?:noire|foncee|mate|basanee|blanche|claire|bronzee|fonce|mat|basane)\b",
    # DE
    rf"\b{_ORIGIN_DE}\w*\s+{_PEOPLE_DE}\b",
    r"\b(?:zigeuner\w*|sinti|roma|muslime?|musliminnen|juden|migrationshintergrund|"
    r"auslander\w*|dunkelhautig\w*|hautfarbe)\b",
    # EN
    r"\b(?:north african|middle eastern|eastern european|foreign|arab|black|asian|gypsy|muslim)\s+"
    r"(?:appearance|looking|man|men|woman|women|origin|youths?|male|males)\b|\bgypsies\b",
)


@rule("content.discrimination",
      _N("core", "No description of people by origin, nationality, ethnicity, religion or "
                 "skin colour."))
def discrimination(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("content.discrimination", "block", m.start(), m.end(),
                    _N("core", "\"{value}\" describes people by origin, nationality, religion or "
                               "skin colour (anti-discrimination law of 10 May 2007)."),
                    _N("core", "Describe what can be observed and matters: clothing, build, "
                               "height, vehicle, behaviour."),
                    value=draft.text[m.start():m.end()])
            for m in DISCRIMINATION.finditer(folded(draft.text))]


# -- snitching --------------------------------------------------------------------------------
_NEIGHBOURS_NL = r"(?:uw|je|jouw|de|hun)\s+(?:buren|buurman|buurvrouw|buurtbewoners|medebewoners)"
_NEIGHBOURS_FR = r"(?:vos|votre|les|leurs?|des)\s+(?:voisins?|voisines?|voisinage)"
SNITCHING = pattern(
    # NL
    rf"\b(?:meld|melden|noteer|noteren|signaleer|laat ons weten|geef door)\b(?:\s+\w+){{0,2}}?\s+"
    rf"wie\b(?:\s+\w+){{0,3}}?\s+bij\s+{_NEIGHBOURS_NL}\b",
    rf"\bwie\s+(?:er\s+)?(?:\w+\s+){{0,2}}?bij\s+{_NEIGHBOURS_NL}\s+"
    r"(?:over de vloer|binnen|op bezoek|langs)\w*",
    rf"\bhou(?:d|dt)?\s+{_NEIGHBOURS_NL}\s+in\s+(?:de|het)\s+(?:gaten|oog)\b",
    rf"\b{_NEIGHBOURS_NL}\s+(?:in de gaten (?:te )?houden|bespieden|bespioneren|observeren|"
    r"te bespieden|te observeren)\b",
    r"\bwie\s+(?:er\s+)?(?:ontvangt|krijgt)\s+(?:er\s+)?(?:\w+\s+)?(?:bezoek|visite)\b",
    r"\bwie\s+(?:er\s+)?(?:\w+\s+)?(?:bezoek|visite)\s+(?:ontvangt|krijgt)\b",
    rf"\b(?:het\s+)?(?:komen en gaan|doen en laten|priveleven|prive-leven|"
    rf"levenswijze|bezoekers|bezoek)\s+van\s+{_NEIGHBOURS_NL}\b",
    rf"\bwat\s+{_NEIGHBOURS_NL}\s+(?:doen|uitspoken|uitsteken)\b",
    rf"\b(?:verklik|verklikken)\s+{_NEIGHBOURS_NL}\b",
    # FR
    r"\ballees et venues\s+(?:de\s+|chez\s+)?(?:vos|votre|les|leurs?|des|mes)\s+voisin\w*",
    rf"\b(?:surveillez|espionnez|observez|epiez|denoncez)\s+{_NEIGHBOURS_FR}\b",
    rf"\b(?:surveiller|espionner|observer|epier|denoncer)\s+{_NEIGHBOURS_FR}\b",
    rf"\bqui\s+(?:rend visite|vient|entre|recoit)\b(?:\s+\w+){{0,3}}?\s+(?:chez|a)\s+"
    rf"{_NEIGHBOURS_FR}\b",
    r"\bqui\s+recoit\s+(?:de la |des )?visites?\b",
    rf"\b(?:les\s+)?(?:visiteurs|visites|frequentations|vie privee|habitudes)\s+(?:de|des|chez)\s+"
    rf"{_NEIGHBOURS_FR}\b",
    rf"\bce que (?:font|fait)\s+{_NEIGHBOURS_FR}\b",
    # DE
    r"\b(?:beobachten|uberwachen|bespitzeln|melden)\s+sie\s+(?:ihre|ihren|die)\s+nachbarn\b",
    r"\bwer bei (?:ihren|den) nachbarn (?:ein und aus geht|zu besuch)\w*",
    r"\bbesucher (?:ihrer|der) nachbarn\b",
    # EN
    r"\b(?:watch|monitor|spy on|report on)\s+your\s+neighbou?rs\b",
    r"\bwho visits your neighbou?rs\b",
)


@rule("content.snitching",
      _N("core", "No request to report on neighbours' private lives (a BIN is no snitch line)."))
def snitching(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("content.snitching", "block", m.start(), m.end(),
                    _N("core", "\"{value}\" asks members to report on their neighbours' private "
                               "lives: a BIN is no snitch line."),
                    _N("core", "Ask only for observations about the incident: suspicious "
                               "behaviour, vehicles, times."),
                    value=draft.text[m.start():m.end()])
            for m in SNITCHING.finditer(folded(draft.text))]


# -- form -------------------------------------------------------------------------------------
HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|"
                  r"[a-zA-Z][a-zA-Z0-9]{1,31});")


@rule("content.html", _N("core", "No HTML tags or entities (members see them as typed)."))
def html(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("content.html", "warn", m.start(), m.end(),
                    _N("core", "\"{value}\" is HTML: SMS, voice and plain e-mail show it as is."),
                    _N("core", "Remove it and write plain text."), value=m.group())
            for m in HTML.finditer(draft.text)]


# Acronyms that are no shouting.
ACRONYMS = words("""
BIN BIN-Z PLP PLP-I ADVP SMS GSM BE-ALERT BE FOD SPF IBZ PZ ZP NMBS SNCB TEC MIVB STIB DE LIJN
OCMW CPAS BTW TVA KBO BCE ANPR IBAN BIC PIN ATM QR URL WWW CAP RIP EU VS USA NL FR DE EN HR GPS
WIFI USB NV BV SA SPRL BVBA VZW ASBL PV OK KB AR TV DVD PC CCTV ID EID LED HLN VRT RTBF NIS
""")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CAPS_RUN_LETTERS = 10  # a run of several capitalised words
_CAPS_WORD_LETTERS = 8  # one long capitalised word ("DRINGEND")


def _caps_runs(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, words, letters) of each run of consecutive all-capital words, acronyms left
    out of the counts."""
    runs: list[tuple[int, int, int, int]] = []
    current: list[int] | None = None
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isupper() and len(word) > 1:
            counted = word.upper() not in ACRONYMS
            letters = sum(c.isalpha() for c in word) if counted else 0
            if current is None:
                current = [match.start(), match.end(), int(counted), letters]
            else:
                current[1:] = [match.end(), current[2] + int(counted), current[3] + letters]
        elif current is not None:
            runs.append((current[0], current[1], current[2], current[3]))
            current = None
    if current is not None:
        runs.append((current[0], current[1], current[2], current[3]))
    return runs


@rule("content.all_caps",
      _N("core", "No long runs of capitals (acronyms such as BIN, PLP or SMS excepted)."))
def all_caps(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    if not any(c.isupper() for c in draft.text):
        return []
    return [finding("content.all_caps", "warn", start, end,
                    _N("core", "\"{value}\" is written in capitals: it reads as shouting and is "
                               "harder to read."),
                    _N("core", "Write it in normal case; put the key point first instead."),
                    value=draft.text[start:end])
            for start, end, words, letters in _caps_runs(draft.text)
            if (words >= 2 and letters >= _CAPS_RUN_LETTERS)
            or (words == 1 and letters >= _CAPS_WORD_LETTERS)]


ALARMIST = pattern(
    r"!{2,}",
    r"\bpaniek\w*|\bpaniqu\w*|\bpanik\w*|\bpanic\b",
    r"\blevensgevaarlijk\w*|\blebensgefahrlich\w*|\bdanger de mort\b|\bdanger mortel\b",
    r"\bterreur\w*|\bterror\w*",
    r"\balerte maximale\b|\bmaximaal alarm\b|\bhoogste alarm\w*|\bhochste alarm\w*",
    r"\bapocalyp\w*|\bhorreur\b|\bhorror\w*",
)


@rule("content.alarmist",
      _N("core", "No alarmist wording (\"PANIEK\", \"!!!\", \"levensgevaarlijk\", \"terreur\")."))
def alarmist(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    return [finding("content.alarmist", "warn", m.start(), m.end(),
                    _N("core", "\"{value}\" is alarmist: it frightens rather than informs."),
                    _N("core", "State the facts calmly and say what members can do."),
                    value=draft.text[m.start():m.end()])
            for m in ALARMIST.finditer(folded(draft.text))]


@rule("content.empty", _N("core", "The message has a text."))
def empty(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    if draft.text.strip():
        return []
    return [finding("content.empty", "block", 0, 0, _N("core", "The message has no text."))]


RULES = (vigilantism, discrimination, snitching, html, all_caps, alarmist, empty)
