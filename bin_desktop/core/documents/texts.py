"""Every printed text of the charter and the ADVP letters, in Dutch, French and German.

These are not interface strings (Qt Linguist translates those): a charter is a legal document
printed in the language of the BIN, whatever language the officer's screen speaks, and its
wording follows Belgian administrative usage — "buurtinformatienetwerk (BIN)", "korpschef",
"partenariat local de prévention (PLP)", "chef de corps", "Bürgermeister". Keeping all three
languages side by side in one module keeps them in step when a text changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bin_desktop.core.documents.model import SECTION_CODES

LETTER_KINDS = ("submission", "amendment", "suspension", "dissolution", "merger", "inactive")


@dataclass(frozen=True)
class Vocabulary:
    """The fixed wording of the documents in one language. Templates use str.format fields."""

    language: str
    months: tuple[str, ...]
    date_pattern: str  # {day} {month} {year}
    colon: str  # after a label: ":", in French " :"

    # vocabulary of the domain
    network_kinds: Mapping[str, str]  # network type -> what the network is called in full
    network_types: Mapping[str, str]  # network type -> short label
    signatories: Mapping[str, str]  # Signatory code -> role label
    parties: Mapping[str, str]  # Party code -> label
    partner_roles: Mapping[str, str]  # Signatory and ContactRole codes -> label
    operator_roles: Mapping[str, str]  # Role code -> label (the sender of a letter)
    categories: Mapping[str, str]  # Category code -> label
    channels: Mapping[str, str]  # Channel code -> label
    channel_use: Mapping[str, str]  # Channel code -> what it is used for

    # charter
    charter_title: str
    zone_line: str  # {zone} {number}
    police_zone: str  # {number}
    version: str  # {version}
    drawn_up_on: str  # {date}
    preamble: str  # {kind} {network} {zone} {number} {municipality}
    territory: str
    municipality: str
    postcodes: str
    sector: str
    streets: str  # {count}
    no_streets: str
    period: str
    start_date: str
    start_on_confirmation: str
    duration: str
    months_one: str
    months_many: str  # {months}
    indefinite: str
    partners: str
    partner_columns: tuple[str, str, str, str]  # role, name, organisation, contact
    no_partners: str
    categories_heading: str
    categories_legend: str
    channels_heading: str
    no_channels: str
    section_headings: Mapping[str, str]
    signatures: str
    signatures_intro: str  # {version}
    party_headings: Mapping[str, str]
    signature: str
    date: str
    place: str
    name: str
    footer_hash: str  # {hash}
    footer_page: str  # {page} {pages}

    # letters to ADVP
    advp_address: tuple[str, ...]
    place_date: str  # {place} {date}
    our_reference: str
    contact_person: str
    subject_label: str
    subjects: Mapping[str, str]  # kind -> {network}
    subject_version: str  # {version}
    salutation: str
    bodies: Mapping[str, str]  # kind -> {kind} {network} {municipality} {zone} {since}
    since_date: str  # {date}
    since_now: str
    reason_labels: Mapping[str, str]  # kind -> label of the free text
    signed_intro: str
    signed_item: str  # {name} {date}
    requests: Mapping[str, str]  # kind -> what ADVP is asked to do
    contact_sentence: str  # {name} {role}
    closing: str
    enclosure_label: str
    enclosure: str  # {version} {hash}
    copy_label: str
    copy_item: str  # {name} {municipality}

    def format_date(self, day: dt.date) -> str:
        return self.date_pattern.format(day=day.day, month=self.months[day.month - 1],
                                        year=day.year)

    def label(self, labels: Mapping[str, str], code: str) -> str:
        """A code's label, or the code itself: a document must print even with a new code."""
        return labels.get(code, code.replace("_", " "))

    def advp_address_line(self) -> str:
        """"FOD Binnenlandse Zaken — Algemene Directie …, Waterloolaan 76, 1000 Brussel"."""
        ministry, directorate, *rest = self.advp_address
        return f"{ministry} — {directorate}, {', '.join(rest)}"


NBSP = "\u00a0"


def _french_spacing(text: str) -> str:
    """French typography: a no-break space inside « » and before : ; ? ! (never a lone line)."""
    for plain, tied in (("« ", "«" + NBSP), (" »", NBSP + "»"), (" :", NBSP + ":"),
                        (" ;", NBSP + ";"), (" ?", NBSP + "?"), (" !", NBSP + "!")):
        text = text.replace(plain, tied)
    return text


def _frenchified(vocab: Vocabulary) -> Vocabulary:
    changes: dict[str, object] = {}
    for name, value in vars(vocab).items():
        if isinstance(value, str):
            changes[name] = _french_spacing(value)
        elif isinstance(value, tuple):
            changes[name] = tuple(_french_spacing(item) for item in value)
        elif isinstance(value, Mapping):
            changes[name] = {key: _french_spacing(item) for key, item in value.items()}
    return replace(vocab, **changes)  # type: ignore[arg-type]

NL = Vocabulary(
    language="nl",
    months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"),
    date_pattern="{day} {month} {year}",
    colon=":",
    network_kinds={
        "residential": "buurtinformatienetwerk (BIN)",
        "bin_z": "buurtinformatienetwerk voor zelfstandigen (BIN-Z)",
        "sector": "sectoraal buurtinformatienetwerk (BIN)",
    },
    network_types={
        "residential": "residentieel BIN",
        "bin_z": "BIN-Z (zelfstandigen)",
        "sector": "sectoraal BIN",
    },
    signatories={
        "coordinator": "coördinator",
        "mandated_officer": "BIN-gemandateerde",
        "korpschef": "korpschef",
        "mayor": "burgemeester",
        "prevention_officer": "preventieambtenaar",
    },
    parties={"citizens": "burgers", "police": "politiezone", "municipality": "gemeente"},
    partner_roles={
        "coordinator": "coördinator",
        "deputy": "adjunct-coördinator",
        "mandated_officer": "BIN-gemandateerde",
        "korpschef": "korpschef",
        "mayor": "burgemeester",
        "prevention_officer": "preventieambtenaar",
    },
    operator_roles={
        "mandated_officer": "BIN-gemandateerde",
        "korpschef": "korpschef",
        "prevention_officer": "preventieambtenaar",
        "administrator": "beheerder BIN-toepassing",
    },
    categories={
        "burglary": "woninginbraak",
        "vehicle_crime": "voertuigcriminaliteit",
        "theft": "diefstal",
        "fraud": "fraude en oplichting",
        "disappearance": "vermissing (Child Focus)",
        "suspicious_situation": "verdachte situatie",
        "drugs": "drugs (o.a. drugslabo's)",
        "public_order": "openbare orde (o.a. wegafsluitingen)",
        "disaster": "instructies bij rampen",
        "prevention_tip": "preventietips",
        "feedback": "terugkoppeling over eerdere berichten",
    },
    channels={"sms": "sms", "voice": "gesproken bericht", "email": "e-mail"},
    channel_use={
        "sms": "dringende („warme”) informatie",
        "voice": "dringende („warme”) informatie",
        "email": "niet-dringende („koude”) informatie en terugkoppeling",
    },
    charter_title="Charter en huishoudelijk reglement",
    zone_line="{zone} — politiezone {number}",
    police_zone="politiezone {number}",
    version="versie {version}",
    drawn_up_on="opgemaakt op {date}",
    preamble=(
        "Dit charter en huishoudelijk reglement regelt de samenwerking binnen het {kind} "
        "„{network}” tussen de burgers van het werkingsgebied, de politiezone {zone} "
        "({number}) en de gemeente {municipality}. Het is opgesteld overeenkomstig de "
        "ministeriële omzendbrieven betreffende de buurtinformatienetwerken. Het BIN wordt "
        "officieel zodra de Algemene Directie Veiligheid en Preventie (ADVP) van de FOD "
        "Binnenlandse Zaken het heeft bevestigd."
    ),
    territory="Werkingsgebied",
    municipality="Gemeente",
    postcodes="Postcode(s)",
    sector="Sector",
    streets="Straten ({count})",
    no_streets="Nog geen straten opgegeven.",
    period="Looptijd",
    start_date="Startdatum",
    start_on_confirmation="na de bevestiging door de ADVP",
    duration="Duur",
    months_one="1 maand",
    months_many="{months} maanden",
    indefinite="onbepaalde duur",
    partners="Partners en contactgegevens",
    partner_columns=("Rol", "Naam", "Organisatie", "Contact"),
    no_partners="Nog geen partners opgegeven.",
    categories_heading="Afgesproken categorieën van informatie",
    categories_legend="☑ wordt doorgegeven   ☐ wordt niet doorgegeven",
    channels_heading="Kanalen",
    no_channels="Nog geen kanalen afgesproken.",
    section_headings={
        "objectives": "Doelstellingen",
        "communication_plan": "Communicatieplan",
        "not_passed_on": "Informatie die niet wordt doorgegeven",
        "membership": "Lidmaatschap",
        "privacy": "Bescherming van de persoonsgegevens (AVG)",
        "prohibited": "Verboden gedrag",
        "sanctions": "Sancties en beroep",
        "evaluation": "Evaluatie",
        "signage": "Signalisatie",
        "amendment": "Wijziging van het charter",
        "budget": "Budget",
    },
    signatures="Handtekeningen",
    signatures_intro=(
        "De partijen gaan akkoord met dit charter en huishoudelijk reglement (versie "
        "{version}) en ondertekenen het hieronder, op papier of met een elektronische "
        "handtekening in het daarvoor bestemde veld."
    ),
    party_headings={
        "citizens": "Voor de burgers",
        "police": "Voor de politiezone",
        "municipality": "Voor de gemeente",
    },
    signature="Handtekening",
    date="Datum",
    place="Plaats",
    name="Naam",
    footer_hash="documenthash: {hash}",
    footer_page="pagina {page} van {pages}",
    advp_address=("FOD Binnenlandse Zaken", "Algemene Directie Veiligheid en Preventie (ADVP)",
                  "Waterloolaan 76", "1000 Brussel"),
    place_date="{place}, {date}",
    our_reference="Ons kenmerk",
    contact_person="Contactpersoon",
    subject_label="Betreft",
    subjects={
        "submission": "Bevestiging van het BIN „{network}”",
        "amendment": "Wijziging van het charter van het BIN „{network}”",
        "suspension": "Kennisgeving van de opschorting van het BIN „{network}”",
        "dissolution": "Kennisgeving van de opheffing van het BIN „{network}”",
        "merger": "Kennisgeving van de samenvoeging van het BIN „{network}”",
        "inactive": "Kennisgeving van de inactiviteit van het BIN „{network}”",
    },
    subject_version=" — charter en huishoudelijk reglement, versie {version}",
    salutation="Geachte mevrouw, geachte heer,",
    bodies={
        "submission": (
            "Hierbij legt de politiezone {zone} u het charter en huishoudelijk reglement voor "
            "van het {kind} „{network}” op het grondgebied van de gemeente "
            "{municipality}. Het charter werd opgesteld overeenkomstig de ministeriële "
            "omzendbrieven betreffende de buurtinformatienetwerken en door alle partners "
            "ondertekend."
        ),
        "amendment": (
            "Hierbij brengen wij u op de hoogte van een wijziging van het charter en "
            "huishoudelijk reglement van het {kind} „{network}” op het grondgebied van "
            "de gemeente {municipality}. De gewijzigde versie werd opnieuw door alle partners "
            "ondertekend."
        ),
        "suspension": (
            "Hierbij melden wij u dat de werking van het {kind} „{network}” op het "
            "grondgebied van de gemeente {municipality} {since} tijdelijk is opgeschort."
        ),
        "dissolution": (
            "Hierbij melden wij u dat het {kind} „{network}” op het grondgebied van de "
            "gemeente {municipality} {since} is opgeheven."
        ),
        "merger": (
            "Hierbij melden wij u dat het {kind} „{network}” op het grondgebied van de "
            "gemeente {municipality} {since} is samengevoegd met een ander netwerk."
        ),
        "inactive": (
            "Hierbij melden wij u dat het {kind} „{network}” op het grondgebied van de "
            "gemeente {municipality} {since} niet meer actief is."
        ),
    },
    since_date="met ingang van {date}",
    since_now="met onmiddellijke ingang",
    reason_labels={
        "submission": "Toelichting",
        "amendment": "Gewijzigd",
        "suspension": "Reden",
        "dissolution": "Reden",
        "merger": "Toelichting",
        "inactive": "Toelichting",
    },
    signed_intro="Het charter werd ondertekend door:",
    signed_item="{name}, op {date}",
    requests={
        "submission": (
            "Wij vragen u het charter te toetsen en het BIN te bevestigen. Uw bevestiging mag "
            "gericht worden aan de korpschef en aan de burgemeester."
        ),
        "amendment": (
            "Wij vragen u de gewijzigde versie te registreren en ons uw eventuele opmerkingen "
            "te bezorgen."
        ),
        "suspension": (
            "Wij vragen u het register van de buurtinformatienetwerken aan te passen. Wij "
            "melden u wanneer het BIN zijn werking hervat."
        ),
        "dissolution": (
            "Wij vragen u het BIN uit het register van de buurtinformatienetwerken te schrappen."
        ),
        "merger": (
            "Wij vragen u het register van de buurtinformatienetwerken dienovereenkomstig aan "
            "te passen."
        ),
        "inactive": (
            "Wij vragen u het register van de buurtinformatienetwerken aan te passen. Wij "
            "melden u een eventuele heropstart."
        ),
    },
    contact_sentence="Voor bijkomende inlichtingen kunt u terecht bij {name}, {role}.",
    closing="Met de meeste hoogachting,",
    enclosure_label="Bijlage",
    enclosure=("het ondertekende charter en huishoudelijk reglement, versie {version}, "
               "documenthash {hash}"),
    copy_label="Afschrift",
    copy_item="{name}, burgemeester van {municipality}",
)

FR = _frenchified(Vocabulary(
    language="fr",
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
    date_pattern="{day} {month} {year}",
    colon=" :",
    network_kinds={
        "residential": "partenariat local de prévention (PLP)",
        "bin_z": "partenariat local de prévention pour indépendants (PLP-I)",
        "sector": "partenariat local de prévention sectoriel (PLP)",
    },
    network_types={
        "residential": "PLP résidentiel",
        "bin_z": "PLP-I (indépendants)",
        "sector": "PLP sectoriel",
    },
    signatories={
        "coordinator": "coordinateur",
        "mandated_officer": "policier mandaté",
        "korpschef": "chef de corps",
        "mayor": "bourgmestre",
        "prevention_officer": "fonctionnaire de prévention",
    },
    parties={"citizens": "citoyens", "police": "zone de police", "municipality": "commune"},
    partner_roles={
        "coordinator": "coordinateur",
        "deputy": "coordinateur adjoint",
        "mandated_officer": "policier mandaté",
        "korpschef": "chef de corps",
        "mayor": "bourgmestre",
        "prevention_officer": "fonctionnaire de prévention",
    },
    operator_roles={
        "mandated_officer": "policier mandaté PLP",
        "korpschef": "chef de corps",
        "prevention_officer": "fonctionnaire de prévention",
        "administrator": "gestionnaire de l'application PLP",
    },
    categories={
        "burglary": "cambriolage",
        "vehicle_crime": "criminalité liée aux véhicules",
        "theft": "vol",
        "fraud": "fraude et escroquerie",
        "disappearance": "disparition (Child Focus)",
        "suspicious_situation": "situation suspecte",
        "drugs": "drogues (dont laboratoires clandestins)",
        "public_order": "ordre public (dont fermetures de routes)",
        "disaster": "consignes en cas de catastrophe",
        "prevention_tip": "conseils de prévention",
        "feedback": "retour d'information sur des messages antérieurs",
    },
    channels={"sms": "SMS", "voice": "message vocal", "email": "e-mail"},
    channel_use={
        "sms": "informations urgentes (« chaudes »)",
        "voice": "informations urgentes (« chaudes »)",
        "email": "informations non urgentes (« froides ») et retour d'information",
    },
    charter_title="Charte et règlement d'ordre intérieur",
    zone_line="{zone} — zone de police {number}",
    police_zone="zone de police {number}",
    version="version {version}",
    drawn_up_on="établie le {date}",
    preamble=(
        "La présente charte et le règlement d'ordre intérieur règlent la collaboration au sein "
        "du {kind} « {network} » entre les citoyens du territoire, la zone de "
        "police {zone} ({number}) et la commune de {municipality}. Ils sont établis "
        "conformément aux circulaires ministérielles relatives aux partenariats locaux de "
        "prévention. Le PLP devient officiel dès sa confirmation par la Direction générale "
        "Sécurité et Prévention (DGSP) du SPF Intérieur."
    ),
    territory="Territoire",
    municipality="Commune",
    postcodes="Code(s) postal(aux)",
    sector="Secteur",
    streets="Rues ({count})",
    no_streets="Aucune rue indiquée pour l'instant.",
    period="Durée de validité",
    start_date="Date de début",
    start_on_confirmation="après la confirmation par la DGSP",
    duration="Durée",
    months_one="1 mois",
    months_many="{months} mois",
    indefinite="durée indéterminée",
    partners="Partenaires et coordonnées",
    partner_columns=("Rôle", "Nom", "Organisation", "Contact"),
    no_partners="Aucun partenaire indiqué pour l'instant.",
    categories_heading="Catégories d'informations convenues",
    categories_legend="☑ est transmis   ☐ n'est pas transmis",
    channels_heading="Canaux",
    no_channels="Aucun canal convenu pour l'instant.",
    section_headings={
        "objectives": "Objectifs",
        "communication_plan": "Plan de communication",
        "not_passed_on": "Informations qui ne sont pas transmises",
        "membership": "Adhésion",
        "privacy": "Protection des données à caractère personnel (RGPD)",
        "prohibited": "Comportements interdits",
        "sanctions": "Sanctions et recours",
        "evaluation": "Évaluation",
        "signage": "Signalisation",
        "amendment": "Modification de la charte",
        "budget": "Budget",
    },
    signatures="Signatures",
    signatures_intro=(
        "Les parties marquent leur accord sur la présente charte et le règlement d'ordre "
        "intérieur (version {version}) et les signent ci-dessous, sur papier ou au moyen d'une "
        "signature électronique dans le champ prévu à cet effet."
    ),
    party_headings={
        "citizens": "Pour les citoyens",
        "police": "Pour la zone de police",
        "municipality": "Pour la commune",
    },
    signature="Signature",
    date="Date",
    place="Lieu",
    name="Nom",
    footer_hash="empreinte du document : {hash}",
    footer_page="page {page} sur {pages}",
    advp_address=("SPF Intérieur", "Direction générale Sécurité et Prévention (DGSP)",
                  "Boulevard de Waterloo 76", "1000 Bruxelles"),
    place_date="{place}, le {date}",
    our_reference="Notre référence",
    contact_person="Personne de contact",
    subject_label="Objet",
    subjects={
        "submission": "Confirmation du PLP « {network} »",
        "amendment": "Modification de la charte du PLP « {network} »",
        "suspension": "Notification de la suspension du PLP « {network} »",
        "dissolution": "Notification de la dissolution du PLP « {network} »",
        "merger": "Notification de la fusion du PLP « {network} »",
        "inactive": "Notification de l'inactivité du PLP « {network} »",
    },
    subject_version=" — charte et règlement d'ordre intérieur, version {version}",
    salutation="Madame, Monsieur,",
    bodies={
        "submission": (
            "La zone de police {zone} vous soumet par la présente la charte et le règlement "
            "d'ordre intérieur du {kind} « {network} » sur le territoire de la commune de "
            "{municipality}. La charte a été établie conformément "
            "aux circulaires ministérielles relatives aux partenariats locaux de prévention et "
            "signée par tous les partenaires."
        ),
        "amendment": (
            "Nous vous informons par la présente d'une modification de la charte et du "
            "règlement d'ordre intérieur du {kind} « {network} » sur "
            "le territoire de la commune de {municipality}. La version modifiée a été signée à "
            "nouveau par tous les partenaires."
        ),
        "suspension": (
            "Nous vous informons par la présente que le fonctionnement du {kind} « "
            "{network} » sur le territoire de la commune de {municipality} "
            "est temporairement suspendu {since}."
        ),
        "dissolution": (
            "Nous vous informons par la présente que le {kind} « {network} » "
            "sur le territoire de la commune de {municipality} est dissous {since}."
        ),
        "merger": (
            "Nous vous informons par la présente que le {kind} « {network} » "
            "sur le territoire de la commune de {municipality} a fusionné avec un "
            "autre partenariat {since}."
        ),
        "inactive": (
            "Nous vous informons par la présente que le {kind} « {network} » "
            "sur le territoire de la commune de {municipality} n'est plus actif "
            "{since}."
        ),
    },
    since_date="à partir du {date}",
    since_now="avec effet immédiat",
    reason_labels={
        "submission": "Précisions",
        "amendment": "Modifications",
        "suspension": "Motif",
        "dissolution": "Motif",
        "merger": "Précisions",
        "inactive": "Précisions",
    },
    signed_intro="La charte a été signée par :",
    signed_item="{name}, le {date}",
    requests={
        "submission": (
            "Nous vous prions d'examiner la charte et de confirmer le PLP. Votre confirmation "
            "peut être adressée au chef de corps et au bourgmestre."
        ),
        "amendment": (
            "Nous vous prions d'enregistrer la version modifiée et de nous faire part de vos "
            "éventuelles remarques."
        ),
        "suspension": (
            "Nous vous prions d'adapter le registre des partenariats locaux de prévention. "
            "Nous vous informerons de la reprise des activités du PLP."
        ),
        "dissolution": (
            "Nous vous prions de radier le PLP du registre des partenariats locaux de "
            "prévention."
        ),
        "merger": (
            "Nous vous prions d'adapter le registre des partenariats locaux de prévention en "
            "conséquence."
        ),
        "inactive": (
            "Nous vous prions d'adapter le registre des partenariats locaux de prévention. "
            "Nous vous informerons d'une éventuelle relance."
        ),
    },
    contact_sentence=(
        "Pour tout renseignement complémentaire, vous pouvez vous adresser à {name}, {role}."
    ),
    closing=(
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
        "distinguées."
    ),
    enclosure_label="Annexe",
    enclosure=("la charte et le règlement d'ordre intérieur signés, version {version}, "
               "empreinte du document {hash}"),
    copy_label="Copie",
    copy_item="{name}, bourgmestre de {municipality}",
))

DE = Vocabulary(
    language="de",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"),
    date_pattern="{day}. {month} {year}",
    colon=":",
    network_kinds={
        "residential": "Bürgerinformationsnetzwerk (BIN)",
        "bin_z": "Bürgerinformationsnetzwerk für Selbstständige (BIN-Z)",
        "sector": "sektorielles Bürgerinformationsnetzwerk (BIN)",
    },
    network_types={
        "residential": "Wohnviertel-BIN",
        "bin_z": "BIN-Z (Selbstständige)",
        "sector": "sektorielles BIN",
    },
    signatories={
        "coordinator": "Koordinator",
        "mandated_officer": "BIN-beauftragter Polizeibeamter",
        "korpschef": "Korpschef",
        "mayor": "Bürgermeister",
        "prevention_officer": "Präventionsbeauftragter",
    },
    parties={"citizens": "Bürger", "police": "Polizeizone", "municipality": "Gemeinde"},
    partner_roles={
        "coordinator": "Koordinator",
        "deputy": "stellvertretender Koordinator",
        "mandated_officer": "BIN-beauftragter Polizeibeamter",
        "korpschef": "Korpschef",
        "mayor": "Bürgermeister",
        "prevention_officer": "Präventionsbeauftragter",
    },
    operator_roles={
        "mandated_officer": "BIN-beauftragter Polizeibeamter",
        "korpschef": "Korpschef",
        "prevention_officer": "Präventionsbeauftragter",
        "administrator": "Verwalter der BIN-Anwendung",
    },
    categories={
        "burglary": "Einbruch",
        "vehicle_crime": "Fahrzeugkriminalität",
        "theft": "Diebstahl",
        "fraud": "Betrug",
        "disappearance": "Vermisstenmeldung (Child Focus)",
        "suspicious_situation": "verdächtige Situation",
        "drugs": "Drogen (u. a. Drogenlabore)",
        "public_order": "öffentliche Ordnung (u. a. Straßensperrungen)",
        "disaster": "Anweisungen bei Katastrophen",
        "prevention_tip": "Präventionstipps",
        "feedback": "Rückmeldung zu früheren Nachrichten",
    },
    channels={"sms": "SMS", "voice": "Sprachnachricht", "email": "E-Mail"},
    channel_use={
        "sms": "dringende („warme“) Informationen",
        "voice": "dringende („warme“) Informationen",
        "email": "nicht dringende („kalte“) Informationen und Rückmeldungen",
    },
    charter_title="Charta und Geschäftsordnung",
    zone_line="{zone} — Polizeizone {number}",
    police_zone="Polizeizone {number}",
    version="Version {version}",
    drawn_up_on="erstellt am {date}",
    preamble=(
        "„{network}“ ist ein {kind}, eine Lokale Präventionspartnerschaft im Sinne der "
        "ministeriellen Rundschreiben über die Bürgerinformationsnetzwerke. Diese Charta und "
        "Geschäftsordnung regelt die Zusammenarbeit zwischen den Bürgern des Gebiets, der "
        "Polizeizone {zone} ({number}) und der Gemeinde {municipality}. Das BIN wird offiziell, "
        "sobald die Generaldirektion Sicherheit und Vorbeugung (GDSV) des FÖD Inneres es "
        "bestätigt hat."
    ),
    territory="Gebiet",
    municipality="Gemeinde",
    postcodes="Postleitzahl(en)",
    sector="Sektor",
    streets="Straßen ({count})",
    no_streets="Noch keine Straßen angegeben.",
    period="Laufzeit",
    start_date="Beginn",
    start_on_confirmation="nach der Bestätigung durch die GDSV",
    duration="Dauer",
    months_one="1 Monat",
    months_many="{months} Monate",
    indefinite="unbefristet",
    partners="Partner und Kontaktdaten",
    partner_columns=("Rolle", "Name", "Organisation", "Kontakt"),
    no_partners="Noch keine Partner angegeben.",
    categories_heading="Vereinbarte Kategorien von Informationen",
    categories_legend="☑ wird weitergegeben   ☐ wird nicht weitergegeben",
    channels_heading="Kanäle",
    no_channels="Noch keine Kanäle vereinbart.",
    section_headings={
        "objectives": "Ziele",
        "communication_plan": "Kommunikationsplan",
        "not_passed_on": "Informationen, die nicht weitergegeben werden",
        "membership": "Mitgliedschaft",
        "privacy": "Schutz personenbezogener Daten (DSGVO)",
        "prohibited": "Verbotenes Verhalten",
        "sanctions": "Sanktionen und Einspruch",
        "evaluation": "Bewertung",
        "signage": "Beschilderung",
        "amendment": "Änderung der Charta",
        "budget": "Budget",
    },
    signatures="Unterschriften",
    signatures_intro=(
        "Die Parteien erklären sich mit dieser Charta und Geschäftsordnung (Version {version}) "
        "einverstanden und unterzeichnen sie unten, auf Papier oder mit einer elektronischen "
        "Signatur im dafür vorgesehenen Feld."
    ),
    party_headings={
        "citizens": "Für die Bürger",
        "police": "Für die Polizeizone",
        "municipality": "Für die Gemeinde",
    },
    signature="Unterschrift",
    date="Datum",
    place="Ort",
    name="Name",
    footer_hash="Dokument-Hash: {hash}",
    footer_page="Seite {page} von {pages}",
    advp_address=("FÖD Inneres", "Generaldirektion Sicherheit und Vorbeugung (GDSV)",
                  "Boulevard de Waterloo 76", "1000 Brüssel"),
    place_date="{place}, den {date}",
    our_reference="Unser Zeichen",
    contact_person="Ansprechpartner",
    subject_label="Betreff",
    subjects={
        "submission": "Bestätigung des BIN „{network}“",
        "amendment": "Änderung der Charta des BIN „{network}“",
        "suspension": "Mitteilung über die Aussetzung des BIN „{network}“",
        "dissolution": "Mitteilung über die Auflösung des BIN „{network}“",
        "merger": "Mitteilung über die Zusammenlegung des BIN „{network}“",
        "inactive": "Mitteilung über die Inaktivität des BIN „{network}“",
    },
    subject_version=" — Charta und Geschäftsordnung, Version {version}",
    salutation="Sehr geehrte Damen und Herren,",
    bodies={
        "submission": (
            "hiermit legt Ihnen die Polizeizone {zone} die Charta und Geschäftsordnung des "
            "folgenden Netzwerks vor: {kind} „{network}“ auf dem Gebiet der Gemeinde "
            "{municipality}. Die Charta wurde gemäß den ministeriellen Rundschreiben über die "
            "Bürgerinformationsnetzwerke erstellt und von allen Partnern unterzeichnet."
        ),
        "amendment": (
            "hiermit teilen wir Ihnen eine Änderung der Charta und Geschäftsordnung des "
            "folgenden Netzwerks mit: {kind} „{network}“ auf dem Gebiet der Gemeinde "
            "{municipality}. Die geänderte Version wurde erneut von allen Partnern unterzeichnet."
        ),
        "suspension": (
            "hiermit teilen wir Ihnen mit, dass die Tätigkeit des folgenden Netzwerks {since} "
            "vorübergehend ausgesetzt ist: {kind} „{network}“ auf dem Gebiet der Gemeinde "
            "{municipality}."
        ),
        "dissolution": (
            "hiermit teilen wir Ihnen mit, dass das folgende Netzwerk {since} aufgelöst ist: "
            "{kind} „{network}“ auf dem Gebiet der Gemeinde {municipality}."
        ),
        "merger": (
            "hiermit teilen wir Ihnen mit, dass das folgende Netzwerk {since} mit einem anderen "
            "Netzwerk zusammengelegt wurde: {kind} „{network}“ auf dem Gebiet der Gemeinde "
            "{municipality}."
        ),
        "inactive": (
            "hiermit teilen wir Ihnen mit, dass das folgende Netzwerk {since} nicht mehr aktiv "
            "ist: {kind} „{network}“ auf dem Gebiet der Gemeinde {municipality}."
        ),
    },
    since_date="mit Wirkung vom {date}",
    since_now="mit sofortiger Wirkung",
    reason_labels={
        "submission": "Erläuterung",
        "amendment": "Änderungen",
        "suspension": "Grund",
        "dissolution": "Grund",
        "merger": "Erläuterung",
        "inactive": "Erläuterung",
    },
    signed_intro="Die Charta wurde unterzeichnet von:",
    signed_item="{name}, am {date}",
    requests={
        "submission": (
            "Wir bitten Sie, die Charta zu prüfen und das BIN zu bestätigen. Ihre Bestätigung "
            "kann an den Korpschef und an den Bürgermeister gerichtet werden."
        ),
        "amendment": (
            "Wir bitten Sie, die geänderte Version zu registrieren und uns etwaige Anmerkungen "
            "mitzuteilen."
        ),
        "suspension": (
            "Wir bitten Sie, das Register der Bürgerinformationsnetzwerke anzupassen. Wir "
            "informieren Sie, sobald das BIN seine Tätigkeit wieder aufnimmt."
        ),
        "dissolution": (
            "Wir bitten Sie, das BIN aus dem Register der Bürgerinformationsnetzwerke zu "
            "streichen."
        ),
        "merger": (
            "Wir bitten Sie, das Register der Bürgerinformationsnetzwerke entsprechend "
            "anzupassen."
        ),
        "inactive": (
            "Wir bitten Sie, das Register der Bürgerinformationsnetzwerke anzupassen. Über "
            "einen etwaigen Neustart informieren wir Sie."
        ),
    },
    contact_sentence="Für weitere Auskünfte steht Ihnen {name}, {role}, zur Verfügung.",
    closing="Mit freundlichen Grüßen",
    enclosure_label="Anlage",
    enclosure=("die unterzeichnete Charta und Geschäftsordnung, Version {version}, "
               "Dokument-Hash {hash}"),
    copy_label="Abschrift",
    copy_item="{name}, Bürgermeister der Gemeinde {municipality}",
)

_VOCABULARIES = {v.language: v for v in (NL, FR, DE)}


def vocabulary(language: str) -> Vocabulary:
    """The wording for `language` (nl, fr or de); ValueError for any other."""
    try:
        return _VOCABULARIES[language]
    except KeyError:
        raise ValueError(f"documents are printed in nl, fr or de, not {language!r}") from None


# -- default texts of the charter's sections ------------------------------------------------
# Starting points the officer edits. Lines starting with "- " print as bullets, "1. " as a
# numbered list; a blank line starts a new paragraph.

_NL_SECTIONS = {
    "objectives": """\
Het buurtinformatienetwerk (BIN) is een gestructureerd samenwerkingsverband tussen de burgers, \
de politiezone en de gemeente binnen een duidelijk afgebakend gebied. Het wil het \
veiligheidsgevoel en de sociale controle in de buurt verhogen door informatie uit te wisselen \
volgens een vooraf afgesproken communicatieplan.

Het BIN streeft de volgende doelstellingen na:
- de burgers bewuster maken van veiligheid en hen aanzetten tot preventief gedrag;
- de sociale cohesie en de sociale controle in de buurt versterken;
- de informatie-uitwisseling tussen de burgers en de politie verbeteren, in beide richtingen;
- bijdragen tot het voorkomen van criminaliteit, in het bijzonder woninginbraken, \
voertuigcriminaliteit en oplichting;
- de burgers snel verwittigen bij een dreiging of een fenomeen waartegen zij zelf preventief \
kunnen optreden.

Het BIN heeft geen politiek, commercieel of religieus doel en verleent zijn leden geen enkel \
voorrecht.""",
    "communication_plan": """\
De politie beslist welke informatie nuttig en relevant is om door te geven en behoudt steeds \
de controle over de inhoud van de berichten. Zij houdt daarbij rekening met het geheim van het \
onderzoek en met de privacywetgeving.

Van de politie naar de burgers:
- Dringende („warme”) informatie, bijvoorbeeld bij een lopende inbraakgolf of een vermissing, \
wordt meteen verstuurd per sms of gesproken bericht.
- Niet-dringende („koude”) informatie, zoals preventietips en overzichten van feiten, wordt per \
e-mail verstuurd, in de regel de volgende werkdag, rechtstreeks of via de coördinator.
- Elk bericht bevat zo mogelijk een concreet preventieadvies.
- 's Nachts worden alleen echt dringende berichten verstuurd.

Van de burgers naar de politie:
- Bij een echt dringende situatie of een misdrijf op heterdaad belt men altijd 112.
- Niet-dringende informatie wordt doorgegeven via de coördinator, het algemene nummer van de \
politiezone of per e-mail.

Terugkoppeling: de politie laat de leden binnen vijf werkdagen weten welk gevolg aan een \
bericht werd gegeven, voor zover het onderzoek dat toelaat.

De coördinator houdt een logboek bij van de ontvangen politieberichten.""",
    "not_passed_on": """\
Een BIN is geen kliklijn. Het BIN dient om preventief te handelen, niet om personen te viseren \
of te verklikken.

De volgende informatie wordt nooit via het BIN doorgegeven:
- herkenbare foto's of beelden van verdachten;
- leesbare nummerplaten;
- namen van verdachten, slachtoffers of getuigen;
- rijksregisternummers of andere identificatienummers;
- adressen van slachtoffers;
- beschrijvingen op basis van afkomst, nationaliteit, religie of huidskleur;
- oproepen om te patrouilleren of om iemand te achtervolgen, aan te spreken of te confronteren.

Ook de leden zelf geven zulke informatie niet door, niet via het BIN en niet via andere kanalen \
(zoals sociale media) in naam van het BIN.""",
    "membership": """\
Elke meerderjarige die in het werkingsgebied woont of werkt, kan lid worden van het BIN.
- Het lidmaatschap is gratis.
- Elke persoon schrijft zich afzonderlijk in: één inschrijving per persoon.
- Bij de inschrijving geeft het lid uitdrukkelijk toestemming om zijn gegevens te gebruiken \
voor de communicatie van het BIN.
- De coördinator en de BIN-gemandateerde kijken de ledenlijst na.
- Een lid kan op elk ogenblik en zonder opgave van reden uitstappen, door dat te melden aan de \
coördinator of aan de politie.
- Wie niet langer in het werkingsgebied woont of werkt, wordt van de lijst geschrapt.""",
    "privacy": """\
De ledenlijst bevat persoonsgegevens. Zij wordt verwerkt overeenkomstig de Algemene \
Verordening Gegevensbescherming (AVG, Verordening (EU) 2016/679) en de wet van 30 juli 2018 \
betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van \
persoonsgegevens.
- Doel: de gegevens worden uitsluitend gebruikt voor de communicatie binnen het BIN.
- Beheer: de coördinator beheert de ledenlijst; de politiezone bewaart een kopie om de \
berichten te versturen en is voor die kopie verwerkingsverantwoordelijke.
- Minimale gegevens: naam, straat, telefoonnummer en/of e-mailadres en de gewenste taal.
- Rechten: elk lid kan zijn gegevens inzien, laten verbeteren en laten wissen bij de \
coördinator of de politiezone.
- De lijst wordt nooit aan derden doorgegeven, verkocht of openbaar gemaakt.
- Bewaartermijn: de gegevens worden gewist uiterlijk één maand nadat het lid is uitgestapt of \
uitgesloten, en bij de opheffing van het BIN.""",
    "prohibited": """\
Het BIN en zijn leden treden nooit zelf op. Het is uitdrukkelijk verboden:
- patrouilles, wachtrondes of burgerwachten te organiseren;
- het recht in eigen hand te nemen of verdachten te achtervolgen, vast te houden of te \
confronteren (wet van 29 juli 1934 waarbij de private milities verboden worden);
- personen te discrimineren of te stigmatiseren (wet van 10 mei 2007 ter bestrijding van \
bepaalde vormen van discriminatie);
- de naam of het logo van het BIN te gebruiken voor politieke, commerciële of religieuze \
doeleinden;
- politieberichten te verspreiden buiten het BIN of op sociale media.

De communicatie tussen de politie, de gemeente en de leden eerbiedigt de wetten op het gebruik \
van de talen in bestuurszaken.""",
    "sanctions": """\
Wie het charter niet naleeft, kan een sanctie krijgen. De sancties volgen elkaar in deze \
volgorde op:
1. een gesprek met de coördinator en de BIN-gemandateerde;
2. een schriftelijke berisping door de korpschef;
3. een tijdelijke uitsluiting, met een proces-verbaal als er een misdrijf werd gepleegd;
4. een definitieve uitsluiting, ondertekend door de coördinator en de BIN-gemandateerde en \
medeondertekend door de korpschef.

Voor een coördinator beslist de burgemeester over de definitieve verwijdering.

De betrokkene kan binnen drie weken na de kennisgeving van de beslissing schriftelijk beroep \
aantekenen bij de burgemeester.""",
    "evaluation": """\
De coördinator, de BIN-gemandateerde en de preventieambtenaar evalueren de werking van het BIN \
minstens eenmaal per jaar. Zij bespreken onder meer het aantal en het nut van de berichten, de \
terugkoppeling, de evolutie van het ledenaantal en de naleving van dit charter. Het verslag gaat \
naar de korpschef en de burgemeester. Is het BIN niet langer actief, dan wordt de ADVP daarvan \
op de hoogte gebracht.""",
    "signage": """\
Na de bevestiging door de ADVP plaatst de gemeente BIN-borden aan de belangrijkste \
toegangswegen van het werkingsgebied. De borden tonen dat de buurt samenwerkt met de politie; \
zij roepen niet op tot toezicht door burgers. De gemeente zorgt voor de plaatsing en het \
onderhoud.""",
    "amendment": """\
Elke wijziging van dit charter en huishoudelijk reglement leidt tot een nieuwe versie, die \
opnieuw door alle partijen wordt ondertekend. De politiezone meldt de gewijzigde versie aan de \
Algemene Directie Veiligheid en Preventie (ADVP) van de FOD Binnenlandse Zaken. Tot de nieuwe \
versie ondertekend is, blijft de vorige van kracht.""",
    "budget": """\
Het lidmaatschap is gratis: de leden betalen niets, ook niet per ontvangen bericht. De kosten \
van de BIN-borden en van het versturen van berichten (sms en gesproken berichten) worden \
gedragen door de gemeente en/of de politiezone. Het BIN beheert geen eigen middelen.""",
}

_NL_BIN_Z = {
    "objectives": """\
Het buurtinformatienetwerk voor zelfstandigen (BIN-Z) is een gestructureerd \
samenwerkingsverband tussen de zelfstandigen en handelaars van het werkingsgebied, de \
politiezone en de gemeente. Het wil de veiligheid van de handelszaken verhogen door informatie \
uit te wisselen volgens een vooraf afgesproken communicatieplan.

Het BIN-Z streeft de volgende doelstellingen na:
- de handelaars snel verwittigen bij fenomenen die hen treffen, zoals winkeldiefstal, \
overvallen en inbraken in handelspanden;
- waarschuwen voor vals geld dat in omloop is en tonen hoe men het herkent;
- waarschuwen voor fraude en oplichting, zoals de wisseltruc, valse facturen, CEO-fraude en \
phishing;
- preventieve maatregelen bevorderen, zoals kassabeheer, camerabewaking en veilige \
geldtransporten;
- de samenwerking tussen de handelaars onderling en met de politie versterken.

Het BIN-Z heeft geen politiek, commercieel of religieus doel en verleent zijn leden geen enkel \
voorrecht.""",
    "membership": """\
Elke meerderjarige zelfstandige, handelaar of zaakvoerder die in het werkingsgebied een zaak \
uitbaat, en zijn meerderjarige medewerkers, kunnen lid worden van het BIN-Z.
- Het lidmaatschap is gratis.
- Elke persoon schrijft zich afzonderlijk in: één inschrijving per persoon.
- Bij de inschrijving geeft het lid uitdrukkelijk toestemming om zijn gegevens te gebruiken \
voor de communicatie van het BIN-Z.
- De coördinator en de BIN-gemandateerde kijken de ledenlijst na.
- Een lid kan op elk ogenblik en zonder opgave van reden uitstappen, door dat te melden aan de \
coördinator of aan de politie.
- Wie niet langer een zaak uitbaat of werkt in het werkingsgebied, wordt van de lijst \
geschrapt.""",
}

_NL_SECTOR = {
    "objectives": """\
Dit sectorale buurtinformatienetwerk (BIN) is een gestructureerd samenwerkingsverband tussen \
de beroepsbeoefenaars van één sector in het werkingsgebied, de politiezone en de gemeente. Het \
wil de veiligheid binnen de sector verhogen door informatie uit te wisselen volgens een vooraf \
afgesproken communicatieplan.

Het BIN streeft de volgende doelstellingen na:
- de leden snel verwittigen bij fenomenen die specifiek de sector treffen;
- waarschuwen voor fraude, oplichting en diefstal die de sector viseren;
- preventieve maatregelen binnen de sector bevorderen;
- de samenwerking tussen de leden onderling en met de politie versterken.

Het BIN heeft geen politiek, commercieel of religieus doel en verleent zijn leden geen enkel \
voorrecht.""",
}

_FR_SECTIONS = {
    "objectives": """\
Le partenariat local de prévention (PLP) est un accord de collaboration structuré entre les \
citoyens, la zone de police et la commune au sein d'un territoire clairement délimité. Il vise \
à renforcer le sentiment de sécurité et le contrôle social dans le quartier grâce à l'échange \
d'informations selon un plan de communication convenu à l'avance.

Le PLP poursuit les objectifs suivants :
- sensibiliser les citoyens à la sécurité et les inciter à adopter des comportements \
préventifs ;
- renforcer la cohésion sociale et le contrôle social dans le quartier ;
- améliorer l'échange d'informations entre les citoyens et la police, dans les deux sens ;
- contribuer à prévenir la criminalité, en particulier les cambriolages, la criminalité liée \
aux véhicules et les escroqueries ;
- avertir rapidement les citoyens d'une menace ou d'un phénomène face auquel ils peuvent agir \
de manière préventive.

Le PLP ne poursuit aucun but politique, commercial ou religieux et n'accorde aucun privilège à \
ses membres.""",
    "communication_plan": """\
La police décide quelles informations sont utiles et pertinentes et garde toujours le contrôle \
du contenu des messages. Elle tient compte du secret de l'enquête et de la législation relative \
à la protection de la vie privée.

De la police vers les citoyens :
- Les informations urgentes (« chaudes »), par exemple lors d'une vague de \
cambriolages en cours ou d'une disparition, sont envoyées immédiatement par SMS ou message \
vocal.
- Les informations non urgentes (« froides »), comme les conseils de prévention et \
les aperçus des faits, sont envoyées par e-mail, en règle générale le jour ouvrable suivant, \
directement ou par l'intermédiaire du coordinateur.
- Chaque message contient si possible un conseil de prévention concret.
- La nuit, seuls les messages réellement urgents sont envoyés.

Des citoyens vers la police :
- En cas de situation réellement urgente ou de flagrant délit, on appelle toujours le 112.
- Les informations non urgentes sont transmises par l'intermédiaire du coordinateur, du numéro \
général de la zone de police ou par e-mail.

Retour d'information : la police fait savoir aux membres, dans les cinq jours ouvrables, \
quelle suite a été donnée à un message, dans la mesure où l'enquête le permet.

Le coordinateur tient un registre des messages de la police reçus.""",
    "not_passed_on": """\
Un PLP n'est pas un outil de délation. Le PLP sert à agir de manière préventive, non à cibler \
ou à dénoncer des personnes.

Les informations suivantes ne sont jamais transmises par le PLP :
- des photos ou images permettant de reconnaître des suspects ;
- des plaques d'immatriculation lisibles ;
- les noms de suspects, de victimes ou de témoins ;
- des numéros de registre national ou d'autres numéros d'identification ;
- les adresses des victimes ;
- des descriptions fondées sur l'origine, la nationalité, la religion ou la couleur de \
peau ;
- des appels à patrouiller ou à poursuivre, interpeller ou confronter qui que ce soit.

Les membres eux-mêmes ne diffusent pas non plus de telles informations, ni par le PLP ni par \
d'autres canaux (comme les réseaux sociaux) au nom du PLP.""",
    "membership": """\
Toute personne majeure qui habite ou travaille sur le territoire peut devenir membre du PLP.
- L'adhésion est gratuite.
- Chaque personne s'inscrit individuellement : une seule inscription par personne.
- Lors de son inscription, le membre consent explicitement à l'utilisation de ses données pour \
la communication du PLP.
- Le coordinateur et le policier mandaté vérifient la liste des membres.
- Un membre peut quitter le PLP à tout moment et sans motif, en le signalant au coordinateur ou \
à la police.
- Toute personne qui n'habite ou ne travaille plus sur le territoire est retirée de la \
liste.""",
    "privacy": """\
La liste des membres contient des données à caractère personnel. Elle est traitée conformément \
au règlement général sur la protection des données (RGPD, règlement (UE) 2016/679) et à la loi \
du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements \
de données à caractère personnel.
- Finalité : les données sont utilisées exclusivement pour la communication au sein du \
PLP.
- Gestion : le coordinateur gère la liste des membres ; la zone de police en \
conserve une copie pour l'envoi des messages et est responsable du traitement de cette copie.
- Données minimales : nom, rue, numéro de téléphone et/ou adresse e-mail et langue \
souhaitée.
- Droits : chaque membre peut consulter ses données, les faire rectifier et les faire \
effacer auprès du coordinateur ou de la zone de police.
- La liste n'est jamais communiquée à des tiers, vendue ni publiée.
- Durée de conservation : les données sont effacées au plus tard un mois après le départ \
ou l'exclusion du membre, ainsi qu'à la dissolution du PLP.""",
    "prohibited": """\
Le PLP et ses membres n'interviennent jamais eux-mêmes. Il est expressément interdit :
- d'organiser des patrouilles, des rondes ou des milices citoyennes ;
- de se faire justice soi-même ou de poursuivre, retenir ou confronter des suspects (loi du \
29 juillet 1934 interdisant les milices privées) ;
- de discriminer ou de stigmatiser des personnes (loi du 10 mai 2007 tendant à lutter contre \
certaines formes de discrimination) ;
- d'utiliser le nom ou le logo du PLP à des fins politiques, commerciales ou religieuses ;
- de diffuser les messages de la police en dehors du PLP ou sur les réseaux sociaux.

La communication entre la police, la commune et les membres respecte les lois sur l'emploi des \
langues en matière administrative.""",
    "sanctions": """\
Quiconque ne respecte pas la charte peut être sanctionné. Les sanctions se succèdent dans \
l'ordre suivant :
1. un entretien avec le coordinateur et le policier mandaté ;
2. un blâme écrit du chef de corps ;
3. une exclusion temporaire, avec procès-verbal si une infraction a été commise ;
4. une exclusion définitive, signée par le coordinateur et le policier mandaté et contresignée \
par le chef de corps.

Pour un coordinateur, le bourgmestre décide de l'exclusion définitive.

L'intéressé peut introduire un recours écrit auprès du bourgmestre dans les trois semaines qui \
suivent la notification de la décision.""",
    "evaluation": """\
Le coordinateur, le policier mandaté et le fonctionnaire de prévention évaluent le \
fonctionnement du PLP au moins une fois par an. Ils examinent notamment le nombre et l'utilité \
des messages, le retour d'information, l'évolution du nombre de membres et le respect de la \
présente charte. Le rapport est transmis au chef de corps et au bourgmestre. Si le PLP n'est \
plus actif, la DGSP en est informée.""",
    "signage": """\
Après la confirmation par la DGSP, la commune place des panneaux PLP aux principales voies \
d'accès du territoire. Les panneaux indiquent que le quartier collabore avec la police ; \
ils n'appellent pas à une surveillance par les citoyens. La commune se charge de leur placement \
et de leur entretien.""",
    "amendment": """\
Toute modification de la présente charte et du règlement d'ordre intérieur donne lieu à une \
nouvelle version, signée à nouveau par toutes les parties. La zone de police notifie la version \
modifiée à la Direction générale Sécurité et Prévention (DGSP) du SPF Intérieur. Jusqu'à la \
signature de la nouvelle version, la version précédente reste d'application.""",
    "budget": """\
L'adhésion est gratuite : les membres ne paient rien, pas même par message reçu. Les frais \
des panneaux PLP et de l'envoi des messages (SMS et messages vocaux) sont pris en charge par la \
commune et/ou la zone de police. Le PLP ne gère pas de fonds propres.""",
}

_FR_BIN_Z = {
    "objectives": """\
Le partenariat local de prévention pour indépendants (PLP-I) est un accord de collaboration \
structuré entre les indépendants et commerçants du territoire, la zone de police et la commune. \
Il vise à renforcer la sécurité des commerces grâce à l'échange d'informations selon un plan de \
communication convenu à l'avance.

Le PLP-I poursuit les objectifs suivants :
- avertir rapidement les commerçants des phénomènes qui les touchent, comme le vol à \
l'étalage, les hold-up et les cambriolages de locaux commerciaux ;
- signaler la fausse monnaie en circulation et montrer comment la reconnaître ;
- mettre en garde contre la fraude et l'escroquerie, comme le vol au rendez-moi, les fausses \
factures, la fraude au président et l'hameçonnage ;
- promouvoir des mesures de prévention, comme la gestion de la caisse, la vidéosurveillance et \
le transport sécurisé de fonds ;
- renforcer la collaboration entre commerçants et avec la police.

Le PLP-I ne poursuit aucun but politique, commercial ou religieux et n'accorde aucun privilège \
à ses membres.""",
    "membership": """\
Tout indépendant, commerçant ou gérant majeur qui exploite un commerce ou une entreprise sur le \
territoire, ainsi que ses collaborateurs majeurs, peuvent devenir membres du PLP-I.
- L'adhésion est gratuite.
- Chaque personne s'inscrit individuellement : une seule inscription par personne.
- Lors de son inscription, le membre consent explicitement à l'utilisation de ses données pour \
la communication du PLP-I.
- Le coordinateur et le policier mandaté vérifient la liste des membres.
- Un membre peut quitter le PLP-I à tout moment et sans motif, en le signalant au coordinateur \
ou à la police.
- Toute personne qui n'exploite plus de commerce ou ne travaille plus sur le territoire est \
retirée de la liste.""",
}

_FR_SECTOR = {
    "objectives": """\
Ce partenariat local de prévention (PLP) sectoriel est un accord de collaboration structuré \
entre les professionnels d'un même secteur sur le territoire, la zone de police et la commune. \
Il vise à renforcer la sécurité au sein du secteur grâce à l'échange d'informations selon un \
plan de communication convenu à l'avance.

Le PLP poursuit les objectifs suivants :
- avertir rapidement les membres des phénomènes qui touchent spécifiquement le secteur ;
- mettre en garde contre la fraude, l'escroquerie et les vols qui visent le secteur ;
- promouvoir des mesures de prévention au sein du secteur ;
- renforcer la collaboration entre les membres et avec la police.

Le PLP ne poursuit aucun but politique, commercial ou religieux et n'accorde aucun privilège à \
ses membres.""",
}

_DE_SECTIONS = {
    "objectives": """\
Das Bürgerinformationsnetzwerk (BIN) – die Lokale Präventionspartnerschaft – ist eine \
strukturierte Zusammenarbeit zwischen den Bürgern, der Polizeizone und der Gemeinde innerhalb \
eines klar abgegrenzten Gebiets. Es soll das Sicherheitsgefühl und die soziale Kontrolle im \
Viertel stärken, indem Informationen nach einem im Voraus vereinbarten Kommunikationsplan \
ausgetauscht werden.

Das BIN verfolgt folgende Ziele:
- die Bürger für Sicherheit sensibilisieren und zu vorbeugendem Verhalten anregen;
- den sozialen Zusammenhalt und die soziale Kontrolle im Viertel stärken;
- den Informationsaustausch zwischen Bürgern und Polizei in beide Richtungen verbessern;
- zur Vorbeugung von Kriminalität beitragen, insbesondere von Wohnungseinbrüchen, \
Fahrzeugkriminalität und Betrug;
- die Bürger schnell vor einer Bedrohung oder einem Phänomen warnen, gegen das sie selbst \
vorbeugend handeln können.

Das BIN verfolgt keine politischen, kommerziellen oder religiösen Ziele und gewährt seinen \
Mitgliedern keinerlei Vorrechte.""",
    "communication_plan": """\
Die Polizei entscheidet, welche Informationen nützlich und relevant sind, und behält stets die \
Kontrolle über den Inhalt der Nachrichten. Sie berücksichtigt dabei das Ermittlungsgeheimnis \
und die Datenschutzgesetzgebung.

Von der Polizei an die Bürger:
- Dringende („warme“) Informationen, zum Beispiel bei einer laufenden Einbruchsserie oder einer \
Vermisstenmeldung, werden sofort per SMS oder Sprachnachricht verschickt.
- Nicht dringende („kalte“) Informationen wie Präventionstipps und Übersichten über Vorfälle \
werden per E-Mail verschickt, in der Regel am nächsten Werktag, direkt oder über den \
Koordinator.
- Jede Nachricht enthält nach Möglichkeit einen konkreten Präventionsratschlag.
- Nachts werden nur wirklich dringende Nachrichten verschickt.

Von den Bürgern an die Polizei:
- In einer wirklich dringenden Situation oder bei einer Straftat auf frischer Tat wird immer \
die 112 angerufen.
- Nicht dringende Informationen werden über den Koordinator, die allgemeine Rufnummer der \
Polizeizone oder per E-Mail weitergegeben.

Rückmeldung: Die Polizei teilt den Mitgliedern innerhalb von fünf Werktagen mit, welche Folge \
einer Nachricht gegeben wurde, soweit die Ermittlungen dies zulassen.

Der Koordinator führt ein Verzeichnis der erhaltenen Nachrichten der Polizei.""",
    "not_passed_on": """\
Ein BIN ist kein Instrument der Denunziation. Das BIN dient dem vorbeugenden Handeln, nicht \
dazu, Personen ins Visier zu nehmen oder anzuschwärzen.

Folgende Informationen werden niemals über das BIN weitergegeben:
- Fotos oder Bilder, auf denen Verdächtige erkennbar sind;
- lesbare Kennzeichen;
- Namen von Verdächtigen, Opfern oder Zeugen;
- Nationalregisternummern oder andere Identifikationsnummern;
- Adressen von Opfern;
- Beschreibungen anhand von Herkunft, Staatsangehörigkeit, Religion oder Hautfarbe;
- Aufrufe, Streife zu gehen oder jemanden zu verfolgen, anzusprechen oder zur Rede zu stellen.

Auch die Mitglieder selbst geben solche Informationen weder über das BIN noch über andere \
Kanäle (etwa soziale Medien) im Namen des BIN weiter.""",
    "membership": """\
Jede volljährige Person, die im Gebiet wohnt oder arbeitet, kann Mitglied des BIN werden.
- Die Mitgliedschaft ist kostenlos.
- Jede Person meldet sich einzeln an: eine Anmeldung pro Person.
- Bei der Anmeldung willigt das Mitglied ausdrücklich ein, dass seine Daten für die \
Kommunikation des BIN verwendet werden.
- Der Koordinator und der BIN-beauftragte Polizeibeamte prüfen die Mitgliederliste.
- Ein Mitglied kann jederzeit und ohne Angabe von Gründen austreten, indem es dies dem \
Koordinator oder der Polizei mitteilt.
- Wer nicht mehr im Gebiet wohnt oder arbeitet, wird von der Liste gestrichen.""",
    "privacy": """\
Die Mitgliederliste enthält personenbezogene Daten. Sie wird gemäß der \
Datenschutz-Grundverordnung (DSGVO, Verordnung (EU) 2016/679) und dem Gesetz vom 30. Juli 2018 \
über den Schutz natürlicher Personen hinsichtlich der Verarbeitung personenbezogener Daten \
verarbeitet.
- Zweck: Die Daten werden ausschließlich für die Kommunikation innerhalb des BIN verwendet.
- Verwaltung: Der Koordinator verwaltet die Mitgliederliste; die Polizeizone bewahrt eine Kopie \
für den Versand der Nachrichten auf und ist für diese Kopie Verantwortlicher.
- Minimale Daten: Name, Straße, Telefonnummer und/oder E-Mail-Adresse und gewünschte Sprache.
- Rechte: Jedes Mitglied kann seine Daten beim Koordinator oder bei der Polizeizone einsehen, \
berichtigen und löschen lassen.
- Die Liste wird niemals an Dritte weitergegeben, verkauft oder veröffentlicht.
- Aufbewahrung: Die Daten werden spätestens einen Monat nach dem Austritt oder Ausschluss des \
Mitglieds sowie bei der Auflösung des BIN gelöscht.""",
    "prohibited": """\
Das BIN und seine Mitglieder greifen niemals selbst ein. Ausdrücklich verboten ist es,
- Streifen, Wachrunden oder Bürgerwehren zu organisieren;
- Selbstjustiz zu üben oder Verdächtige zu verfolgen, festzuhalten oder zur Rede zu stellen \
(Gesetz vom 29. Juli 1934 über das Verbot von Privatmilizen);
- Personen zu diskriminieren oder zu stigmatisieren (Gesetz vom 10. Mai 2007 zur Bekämpfung \
bestimmter Formen von Diskriminierung);
- den Namen oder das Logo des BIN für politische, kommerzielle oder religiöse Zwecke zu \
verwenden;
- Nachrichten der Polizei außerhalb des BIN oder in sozialen Medien zu verbreiten.

Die Kommunikation zwischen Polizei, Gemeinde und Mitgliedern beachtet die Gesetze über den \
Sprachengebrauch in Verwaltungsangelegenheiten.""",
    "sanctions": """\
Wer die Charta nicht einhält, kann sanktioniert werden. Die Sanktionen folgen in dieser \
Reihenfolge aufeinander:
1. ein Gespräch mit dem Koordinator und dem BIN-beauftragten Polizeibeamten;
2. ein schriftlicher Verweis durch den Korpschef;
3. ein vorübergehender Ausschluss, mit einem Protokoll, wenn eine Straftat begangen wurde;
4. ein endgültiger Ausschluss, unterzeichnet vom Koordinator und vom BIN-beauftragten \
Polizeibeamten und gegengezeichnet vom Korpschef.

Bei einem Koordinator entscheidet der Bürgermeister über den endgültigen Ausschluss.

Die betroffene Person kann innerhalb von drei Wochen nach Mitteilung der Entscheidung \
schriftlich Einspruch beim Bürgermeister einlegen.""",
    "evaluation": """\
Der Koordinator, der BIN-beauftragte Polizeibeamte und der Präventionsbeauftragte bewerten die \
Arbeit des BIN mindestens einmal im Jahr. Sie besprechen unter anderem die Anzahl und den \
Nutzen der Nachrichten, die Rückmeldungen, die Entwicklung der Mitgliederzahl und die \
Einhaltung dieser Charta. Der Bericht geht an den Korpschef und den Bürgermeister. Ist das BIN \
nicht mehr aktiv, wird die GDSV darüber informiert.""",
    "signage": """\
Nach der Bestätigung durch die GDSV stellt die Gemeinde an den wichtigsten Zufahrtsstraßen des \
Gebiets BIN-Schilder auf. Die Schilder zeigen, dass das Viertel mit der Polizei \
zusammenarbeitet; sie rufen nicht zur Überwachung durch Bürger auf. Die Gemeinde sorgt für \
Aufstellung und Unterhalt.""",
    "amendment": """\
Jede Änderung dieser Charta und Geschäftsordnung führt zu einer neuen Version, die erneut von \
allen Parteien unterzeichnet wird. Die Polizeizone teilt die geänderte Version der \
Generaldirektion Sicherheit und Vorbeugung (GDSV) des FÖD Inneres mit. Bis die neue Version \
unterzeichnet ist, bleibt die vorherige in Kraft.""",
    "budget": """\
Die Mitgliedschaft ist kostenlos: Die Mitglieder zahlen nichts, auch nicht pro erhaltener \
Nachricht. Die Kosten der BIN-Schilder und des Versands der Nachrichten (SMS und \
Sprachnachrichten) tragen die Gemeinde und/oder die Polizeizone. Das BIN verwaltet keine \
eigenen Mittel.""",
}

_DE_BIN_Z = {
    "objectives": """\
Das Bürgerinformationsnetzwerk für Selbstständige (BIN-Z) ist eine strukturierte \
Zusammenarbeit zwischen den Selbstständigen und Händlern des Gebiets, der Polizeizone und der \
Gemeinde. Es soll die Sicherheit der Geschäfte stärken, indem Informationen nach einem im \
Voraus vereinbarten Kommunikationsplan ausgetauscht werden.

Das BIN-Z verfolgt folgende Ziele:
- die Händler schnell vor Phänomenen warnen, die sie betreffen, etwa Ladendiebstahl, \
Überfälle und Einbrüche in Geschäftsräume;
- vor umlaufendem Falschgeld warnen und zeigen, wie man es erkennt;
- vor Betrug warnen, etwa dem Wechselgeldtrick, falschen Rechnungen, CEO-Betrug und Phishing;
- vorbeugende Maßnahmen fördern, etwa Kassenführung, Videoüberwachung und sichere \
Geldtransporte;
- die Zusammenarbeit der Händler untereinander und mit der Polizei stärken.

Das BIN-Z verfolgt keine politischen, kommerziellen oder religiösen Ziele und gewährt seinen \
Mitgliedern keinerlei Vorrechte.""",
    "membership": """\
Jede volljährige selbstständige Person, jeder Händler und jeder Geschäftsführer, der im Gebiet \
ein Geschäft oder Unternehmen betreibt, sowie deren volljährige Mitarbeiter können Mitglied \
des BIN-Z werden.
- Die Mitgliedschaft ist kostenlos.
- Jede Person meldet sich einzeln an: eine Anmeldung pro Person.
- Bei der Anmeldung willigt das Mitglied ausdrücklich ein, dass seine Daten für die \
Kommunikation des BIN-Z verwendet werden.
- Der Koordinator und der BIN-beauftragte Polizeibeamte prüfen die Mitgliederliste.
- Ein Mitglied kann jederzeit und ohne Angabe von Gründen austreten, indem es dies dem \
Koordinator oder der Polizei mitteilt.
- Wer im Gebiet kein Geschäft mehr betreibt oder dort nicht mehr arbeitet, wird von der Liste \
gestrichen.""",
}

_DE_SECTOR = {
    "objectives": """\
Dieses sektorielle Bürgerinformationsnetzwerk (BIN) ist eine strukturierte Zusammenarbeit \
zwischen den Berufstätigen eines Sektors im Gebiet, der Polizeizone und der Gemeinde. Es soll \
die Sicherheit im Sektor stärken, indem Informationen nach einem im Voraus vereinbarten \
Kommunikationsplan ausgetauscht werden.

Das BIN verfolgt folgende Ziele:
- die Mitglieder schnell vor Phänomenen warnen, die speziell den Sektor betreffen;
- vor Betrug und Diebstahl warnen, die auf den Sektor abzielen;
- vorbeugende Maßnahmen im Sektor fördern;
- die Zusammenarbeit der Mitglieder untereinander und mit der Polizei stärken.

Das BIN verfolgt keine politischen, kommerziellen oder religiösen Ziele und gewährt seinen \
Mitgliedern keinerlei Vorrechte.""",
}

_DEFAULTS: dict[str, dict[str, Mapping[str, str]]] = {
    "nl": {"residential": _NL_SECTIONS, "bin_z": _NL_BIN_Z, "sector": _NL_SECTOR},
    "fr": {kind: {code: _french_spacing(text) for code, text in texts.items()}
           for kind, texts in (("residential", _FR_SECTIONS), ("bin_z", _FR_BIN_Z),
                               ("sector", _FR_SECTOR))},
    "de": {"residential": _DE_SECTIONS, "bin_z": _DE_BIN_Z, "sector": _DE_SECTOR},
}


def default_sections(language: str, network_type: str) -> dict[str, str]:
    """Starting texts for every section of a new charter, which the officer then edits.

    BIN-Z and sector networks get their own objectives (BIN-Z also its membership rules); the
    rest is common to every type. ValueError for an unknown language or network type.
    """
    by_type = _DEFAULTS.get(language)
    if by_type is None:
        raise ValueError(f"documents are printed in nl, fr or de, not {language!r}")
    if network_type not in by_type:
        raise ValueError(f"unknown network type {network_type!r}")
    texts = {**by_type["residential"], **by_type[network_type]}
    return {code: texts[code] for code in SECTION_CODES}
