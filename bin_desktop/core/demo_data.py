"""Raw material for the demo zone: places, street parts, names, message and charter texts.

Kept apart from the generator (demo.py) so that the logic stays readable and the lists can grow
without touching it. Everything here is fictional but built to look like a real zone in the
Brussels periphery: real municipalities (NIS codes, postcodes), plausible street and quarter names,
first names and surnames as found in Belgium today. E-mail addresses are only ever made at the
reserved example domains (RFC 2606), so a demo database can never reach a real mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass

from bin_desktop.core.domain import Category, NetworkType, Role, Urgency

ZONE_NAME = "PZ Zennevallei (demo)"
ZONE_SHORT = "Zennevallei"
ZONE_NUMBER = "5415"
#: Fictional postal address of the demo zone's headquarters (for letters to ADVP).
ZONE_ADDRESS = "Politiezone Zennevallei (demo)\nDemostraat 1\n1500 Halle"

#: RFC 2606 reserved domains: the only domains demo e-mail addresses may use.
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

#: Belgian mobile prefixes (after +32): 0470-0499 are the mobile operators' ranges.
MOBILE_PREFIXES = tuple(str(p) for p in range(470, 500))


@dataclass(frozen=True)
class OperatorSpec:
    name: str
    personnel_number: str
    role: Role
    email: str


ADMINISTRATOR = OperatorSpec("Sofie Claes", "P10007", Role.ADMINISTRATOR,
                             "sofie.claes@example.org")
OFFICERS = (
    OperatorSpec("Tom Peeters", "P10234", Role.MANDATED_OFFICER, "tom.peeters@example.org"),
    OperatorSpec("Nadia El Amrani", "P10318", Role.MANDATED_OFFICER,
                 "nadia.elamrani@example.org"),
)
#: More mandated officers for the large zone (a zone with 500 BINs has a BIN cell, not two people).
EXTRA_OFFICERS = (
    OperatorSpec("Pieter Janssens", "P10452", Role.MANDATED_OFFICER,
                 "pieter.janssens@example.org"),
    OperatorSpec("Julie Lambert", "P10517", Role.MANDATED_OFFICER, "julie.lambert@example.org"),
    OperatorSpec("Kevin De Smet", "P10583", Role.MANDATED_OFFICER, "kevin.desmet@example.org"),
    OperatorSpec("Fatima Benali", "P10644", Role.MANDATED_OFFICER, "fatima.benali@example.org"),
)
KORPSCHEF = OperatorSpec("Marc Vandenbroeck", "P10001", Role.KORPSCHEF,
                         "marc.vandenbroeck@example.org")
#: The prevention officer of the first municipality, who also uses BIN Desk.
PREVENTION_OFFICER = OperatorSpec("Els Wouters", "P20415", Role.PREVENTION_OFFICER,
                                  "els.wouters@example.org")


@dataclass(frozen=True)
class AreaSpec:
    """A deelgemeente (section): one postcode, its quarters (nl, fr), real-looking streets."""

    postcode: str
    name_nl: str
    name_fr: str
    quarters: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]


@dataclass(frozen=True)
class MunicipalitySpec:
    nis_code: str
    name_nl: str
    name_fr: str | None
    name_de: str | None
    languages: tuple[str, ...]
    organisation_nl: str
    organisation_fr: str
    areas: tuple[AreaSpec, ...]
    #: Relative size: how many of the large zone's networks it gets.
    weight: int = 10

    @property
    def postcodes(self) -> list[str]:
        return sorted({a.postcode for a in self.areas})


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, n) for n in names)


HALLE = MunicipalitySpec(
    "23027", "Halle", "Hal", None, ("nl",), "Stad Halle", "Ville de Hal",
    (
        AreaSpec("1500", "Halle", "Hal",
                 _same("Kerkwijk", "Stationswijk", "Zuidwijk", "Breedhout", "Essenbeek",
                       "Nederhem", "Sint-Rochus", "Basiliekwijk", "Windmolenwijk", "Molenborre"),
                 ("Basiliekstraat", "Grote Markt", "Vondelstraat", "Kluisstraat", "Leide",
                  "Brusselsesteenweg", "Bergensesteenweg", "Edingensesteenweg",
                  "Ninoofsesteenweg", "Suikerkaai", "Zuster Bernardastraat", "Beestenmarkt",
                  "Possozplein", "Albertstraat", "Parklaan", "Kapittelstraat",
                  "Kardinaal Cardijnstraat", "Sint-Rochusstraat", "Nederhemstraat",
                  "Zwaluwstraat", "Stationsplein", "Molenborre", "Sint-Jansstraat",
                  "Melkerijstraat", "Arkenvest", "Nijvelsestraat", "Windmolenstraat",
                  "Akkerstraat", "Meiboom", "Sterrestraat", "Vlasmarkt", "Hoogstraat",
                  "Maandagmarkt", "Oudstrijdersplein", "Lenniksesteenweg", "Breedhoutstraat",
                  "Essenbeekstraat", "Lindestraat", "Zennestraat", "Dekenstraat")),
        AreaSpec("1501", "Buizingen", "Buizingen",
                 _same("Buizingen-Zuid", "Buizingen Dorp", "Zuun", "Kapittelbos", "Bosveld"),
                 ("Alsembergsesteenweg", "Sint-Vincentiusstraat", "Vijverstraat",
                  "Kapittelbosstraat", "Zuunstraat", "Lotsestraat", "Ruisbroekstraat",
                  "Kleine Zennestraat", "Bosveldweg", "Eikenlaan", "Berkenlaan",
                  "Prinsenstraat", "Kasteelstraat", "Pepijnstraat", "Spoorwegstraat",
                  "Waterstraat", "Geleeg", "Tuinwijk", "Hoogveld", "Sint-Annastraat")),
        AreaSpec("1502", "Lembeek", "Lembeek",
                 _same("Lembeek Dorp", "Sint-Veron", "Kesterbeek", "Hondzocht",
                       "Lembeek-Station"),
                 ("Sint-Veronstraat", "Fabrieksstraat", "Kerkstraat", "Hondzochtstraat",
                  "Kesterbeekstraat", "Kanaalstraat", "Sashuisstraat", "Groenstraat",
                  "Stationsstraat", "Vijfhoek", "Brugstraat", "Molenstraat", "Dorpsplein",
                  "Senneweg", "Heide", "Vlamingstraat", "Kastanjelaan", "Bosstraat")),
    ),
    weight=14,
)

BEERSEL = MunicipalitySpec(
    "23003", "Beersel", "Beersel", None, ("nl",), "Gemeente Beersel", "Commune de Beersel",
    (
        AreaSpec("1650", "Beersel", "Beersel",
                 _same("Beersel Burcht", "Beersel Centrum", "Heideveld", "Vroenenbos"),
                 ("Herman Teirlinckplein", "Kasteelstraat", "Schoolstraat",
                  "Sint-Lambertusstraat", "Kerkstraat", "Bierstraat", "Brouwerijstraat",
                  "Heideweg", "Vroenenbosstraat", "Zandstraat", "Molenstraat",
                  "Kapelleveld", "Beerselsesteenweg", "Pastoor Bortierlaan", "Dennenlaan",
                  "Eikenlaan", "Burchtweg", "Lindeweg", "Lotsestraat", "Groenstraat")),
        AreaSpec("1651", "Lot", "Lot",
                 _same("Lot Station", "Lot Dorp", "Lotsebos", "Zennebroek"),
                 ("Stationsstraat", "Zennestraat", "Fabrieksstraat", "Kasteellaan",
                  "Heerbaan", "Dorpsstraat", "Spoorwegstraat", "Parkstraat", "Beukenlaan",
                  "Kanaalweg", "Bosstraat", "Groenweg", "Sint-Niklaasstraat", "Broekstraat",
                  "Weidestraat", "Nijverheidsstraat")),
        AreaSpec("1652", "Alsemberg", "Alsemberg",
                 _same("Alsemberg Centrum", "Alsemberg-Heide", "Kapelleveld", "Kriekenput"),
                 ("Gemeenteplein", "Sint-Elooistraat", "Kapellebaan", "Hoogstraat",
                  "Waterloosesteenweg", "Kriekenput", "Sneppenstraat", "Grote Baan",
                  "Tulpenlaan", "Rozenlaan", "Populierenlaan", "Ruisbroeksesteenweg",
                  "Maalbeekstraat", "Brusselsesteenweg", "Kerkplein", "Vlierbeekstraat")),
        AreaSpec("1653", "Dworp", "Tourneppe",
                 _same("Dworp Dorp", "Dworp Kasteel", "Kasteelbos", "Dworp-Heide"),
                 ("Kasteelweg", "Dworpsestraat", "Tombergstraat", "Gildestraat",
                  "Sint-Gertrudisstraat", "Kerkplein", "Molenweg", "Kwadebeekstraat",
                  "Linkebeeksestraat", "Lindenlaan", "Kastanjelaan", "Bergstraat",
                  "Heidestraat", "Halleweg", "Nachtegaalstraat", "Hazelaarlaan")),
        AreaSpec("1654", "Huizingen", "Huizingen",
                 _same("Huizingen Domein", "Huizingen Dorp", "Torleyveld"),
                 ("Torleylaan", "Provinciedomeinstraat", "Huizingenstraat", "Kasteeldreef",
                  "Beukenhof", "Vijverweg", "Dorpsstraat", "Fabiolastraat", "Boudewijnlaan",
                  "Meerstraat", "Eikendreef", "Heikant", "Zonnedauwstraat", "Sint-Martinusplein")),
    ),
    weight=14,
)

SINT_GENESIUS_RODE = MunicipalitySpec(
    "23101", "Sint-Genesius-Rode", "Rhode-Saint-Genèse", None, ("nl", "fr"),
    "Gemeente Sint-Genesius-Rode", "Commune de Rhode-Saint-Genèse",
    (
        AreaSpec("1640", "Sint-Genesius-Rode", "Rhode-Saint-Genèse",
                 (("Centrum", "Centre"), ("Stationswijk", "Quartier de la Gare"),
                  ("Zoete Waters", "Eaux Douces"), ("Espinette", "Espinette"),
                  ("Middelpunt", "Middelpunt"), ("Bosrand", "Lisière de la Forêt"),
                  ("Hutte", "Hutte"), ("Kwadebeek", "Kwadebeek"),
                  ("Zonienwoud", "Forêt de Soignes"), ("Ter Rivieren", "Ter Rivieren")),
                 ("Stationsstraat / Rue de la Station",
                  "Bevrijdingslaan / Avenue de la Libération",
                  "Sint-Genesiusplein / Place Saint-Genèse",
                  "Waterloosesteenweg / Chaussée de Waterloo",
                  "Zoniënwoudlaan / Avenue de la Forêt de Soignes",
                  "Kerkstraat / Rue de l'Église", "Lindenlaan / Avenue des Tilleuls",
                  "Eikenlaan / Avenue des Chênes", "Beukenlaan / Avenue des Hêtres",
                  "Berkendreef / Drève des Bouleaux", "Kastanjelaan / Avenue des Marronniers",
                  "Bosstraat / Rue du Bois", "Molenstraat / Rue du Moulin",
                  "Dorpsplein / Place du Village", "Bronweg / Chemin de la Source",
                  "Vijverlaan / Avenue de l'Étang",
                  "Zoete Watersweg / Chemin des Eaux Douces",
                  "Espinettelaan / Avenue de l'Espinette",
                  "Hutteweg / Chemin de la Hutte", "Linkebeeksedreef / Drève de Linkebeek",
                  "Duboislaan / Avenue Dubois", "Koning Albertlaan / Avenue du Roi Albert",
                  "Kapelweg / Chemin de la Chapelle", "Rozenlaan / Avenue des Roses",
                  "Seringenlaan / Avenue des Lilas", "Zonnelaan / Avenue du Soleil",
                  "Vogelzanglaan / Avenue du Chant d'Oiseau",
                  "Sparrendreef / Drève des Sapins", "Hoevestraat / Rue de la Ferme",
                  "Veldstraat / Rue des Champs", "Schoolstraat / Rue de l'École",
                  "Beekstraat / Rue du Ruisseau", "Middelpuntlaan / Avenue du Middelpunt",
                  "Kwadebeekstraat / Rue de Kwadebeek")),
    ),
    weight=12,
)

#: The three municipalities of the small zone, in the order the demo sets them up.
SMALL_MUNICIPALITIES = (HALLE, BEERSEL, SINT_GENESIUS_RODE)


def _area(postcode: str, name_nl: str, name_fr: str | None = None,
          *quarters: str) -> AreaSpec:
    return AreaSpec(postcode, name_nl, name_fr or name_nl, _same(*quarters), ())


#: Added for the large zone (a zone of 500 BINs is a merged zone of the Brussels periphery).
EXTRA_MUNICIPALITIES = (
    MunicipalitySpec("23077", "Sint-Pieters-Leeuw", "Leeuw-Saint-Pierre", None, ("nl",),
                     "Gemeente Sint-Pieters-Leeuw", "Commune de Leeuw-Saint-Pierre",
                     (_area("1600", "Sint-Pieters-Leeuw", "Leeuw-Saint-Pierre", "Negenmanneke",
                            "Zuun-Zuid", "Sint-Laureins-Berchem", "Oudenaken"),
                      _area("1601", "Ruisbroek", None, "Ruisbroek Dorp", "Kanaalzone"),
                      _area("1602", "Vlezenbeek", None, "Vlezenbeek Dorp", "Sint-Anna")),
                     weight=14),
    MunicipalitySpec("23016", "Dilbeek", "Dilbeek", None, ("nl",), "Gemeente Dilbeek",
                     "Commune de Dilbeek",
                     (_area("1700", "Dilbeek", None, "Dilbeek Centrum", "Sint-Ulriks-Kapelle",
                            "Sint-Martens-Bodegem", "Wolsem"),
                      _area("1701", "Itterbeek", None, "Itterbeek Dorp", "Kattebroek"),
                      _area("1702", "Groot-Bijgaarden", None, "Groot-Bijgaarden Dorp",
                            "Bijgaardenveld"),
                      _area("1703", "Schepdaal", None, "Schepdaal Dorp", "Bodegemveld")),
                     weight=14),
    MunicipalitySpec("23002", "Asse", "Asse", None, ("nl",), "Gemeente Asse", "Commune d'Asse",
                     (_area("1730", "Asse", None, "Asse Centrum", "Bekkerzeel", "Kobbegem",
                            "Mollem", "Walfergem"),
                      _area("1731", "Zellik", None, "Zellik Dorp", "Relegem", "Zellik-Station")),
                     weight=12),
    MunicipalitySpec("23098", "Drogenbos", "Drogenbos", None, ("nl", "fr"),
                     "Gemeente Drogenbos", "Commune de Drogenbos",
                     (AreaSpec("1620", "Drogenbos", "Drogenbos",
                               (("Centrum", "Centre"), ("Verlaatbeek", "Verlaatbeek"),
                                ("Grote Baan", "Grande Route")), ()),),
                     weight=4),
    MunicipalitySpec("23100", "Linkebeek", "Linkebeek", None, ("nl", "fr"),
                     "Gemeente Linkebeek", "Commune de Linkebeek",
                     (AreaSpec("1630", "Linkebeek", "Linkebeek",
                               (("Holleweg", "Chemin Creux"), ("Hoeve", "Ferme"),
                                ("Station", "Gare")), ()),),
                     weight=4),
    MunicipalitySpec("23102", "Wemmel", "Wemmel", None, ("nl", "fr"), "Gemeente Wemmel",
                     "Commune de Wemmel",
                     (AreaSpec("1780", "Wemmel", "Wemmel",
                               (("Centrum", "Centre"), ("Zijp", "Zijp"),
                                ("Bouchout", "Bouchout")), ()),),
                     weight=7),
    MunicipalitySpec("23099", "Kraainem", "Crainhem", None, ("nl", "fr"), "Gemeente Kraainem",
                     "Commune de Crainhem",
                     (AreaSpec("1950", "Kraainem", "Crainhem",
                               (("Centrum", "Centre"), ("Mariadal", "Val Marie"),
                                ("Kapelleveld", "Kapelleveld")), ()),),
                     weight=6),
    MunicipalitySpec("23103", "Wezembeek-Oppem", "Wezembeek-Oppem", None, ("nl", "fr"),
                     "Gemeente Wezembeek-Oppem", "Commune de Wezembeek-Oppem",
                     (AreaSpec("1970", "Wezembeek-Oppem", "Wezembeek-Oppem",
                               (("Centrum", "Centre"), ("Oppem", "Oppem"),
                                ("Rozenberg", "Rozenberg")), ()),),
                     weight=6),
)

#: Parts of street and quarter names: (Dutch root for compounds, French complement).
NAME_ROOTS: tuple[tuple[str, str], ...] = (
    ("Molen", "du Moulin"), ("Kerk", "de l'Église"), ("Linden", "des Tilleuls"),
    ("Kastanje", "des Marronniers"), ("Beuken", "des Hêtres"), ("Eiken", "des Chênes"),
    ("Bron", "de la Source"), ("Kapel", "de la Chapelle"), ("Stations", "de la Gare"),
    ("Velden", "des Champs"), ("Bos", "du Bois"), ("Beek", "du Ruisseau"),
    ("School", "de l'École"), ("Vijver", "de l'Étang"), ("Hoeve", "de la Ferme"),
    ("Heuvel", "de la Colline"), ("Rozen", "des Roses"), ("Zonne", "du Soleil"),
    ("Wijngaard", "de la Vigne"), ("Weide", "de la Prairie"), ("Dorps", "du Village"),
    ("Markt", "du Marché"), ("Merel", "des Merles"), ("Leeuwerik", "des Alouettes"),
    ("Vlinder", "des Papillons"), ("Klaproos", "des Coquelicots"), ("Seringen", "des Lilas"),
    ("Berken", "des Bouleaux"), ("Populieren", "des Peupliers"), ("Wilgen", "des Saules"),
    ("Hazelaar", "des Noisetiers"), ("Sparren", "des Sapins"), ("Vossen", "du Renard"),
    ("Kasteel", "du Château"), ("Brouwerij", "de la Brasserie"), ("Smidse", "de la Forge"),
    ("Kouter", "de la Campagne"), ("Heide", "de la Bruyère"), ("Meers", "du Marais"),
    ("Nachtegaal", "du Rossignol"), ("Zwaluw", "des Hirondelles"), ("Appel", "des Pommiers"),
    ("Kersen", "des Cerisiers"), ("Tulpen", "des Tulipes"), ("Lelie", "des Lys"),
    ("Abdij", "de l'Abbaye"), ("Pastorij", "du Presbytère"), ("Gilde", "de la Guilde"),
    ("Kanaal", "du Canal"), ("Spoorweg", "du Chemin de Fer"), ("Hulst", "du Houx"),
    ("Esdoorn", "des Érables"), ("Vlier", "des Sureaux"), ("Reigers", "des Hérons"),
)
#: Street kinds: (Dutch suffix or pattern, French prefix).
STREET_KINDS: tuple[tuple[str, str], ...] = (
    ("straat", "Rue"), ("laan", "Avenue"), ("weg", "Chemin"), ("dreef", "Drève"),
    ("pad", "Sentier"), ("plein", "Place"), ("hof", "Clos"), ("baan", "Chaussée"),
    ("veld", "Champ"), ("Kleine {root}straat", "Petite Rue"), ("Oude {root}weg", "Vieux Chemin"),
)
#: Quarter kinds: (Dutch suffix, French prefix).
QUARTER_KINDS: tuple[tuple[str, str], ...] = (
    ("wijk", "Quartier"), ("veld", "Champ"), ("hoek", "Coin"), ("dries", "Place"),
    ("kouter", "Campagne"), ("berg", "Mont"), ("dal", "Val"), ("bos", "Bois"),
    ("meers", "Prés"), ("hof", "Cour"),
)
#: BIN-Z territories: (Dutch, French) with {area} the section's name.
BIN_Z_AREAS: tuple[tuple[str, str], ...] = (
    ("Centrum {area}", "Centre {area}"), ("Handelaars {area}", "Commerçants {area}"),
    ("Winkelstraten {area}", "Rues commerçantes {area}"), ("Markt {area}", "Marché {area}"),
    ("Bedrijvenzone {area}", "Zoning {area}"),
)


@dataclass(frozen=True)
class SectorSpec:
    code: str
    name_nl: str
    name_fr: str
    organisation_nl: str
    organisation_fr: str
    description_nl: str
    description_fr: str


SECTORS = (
    SectorSpec("pharmacies", "Apothekers", "Pharmaciens", "Apotheek", "Pharmacie",
               "Waarschuwingen over valse voorschriften, overvallen en diefstal van "
               "geneesmiddelen.",
               "Avertissements concernant les fausses prescriptions, les braquages et le vol "
               "de médicaments."),
    SectorSpec("jewellers", "Juweliers", "Bijoutiers", "Juwelier", "Bijouterie",
               "Waarschuwingen over overvallen, oplichting met valse betalingen en "
               "verdachte verkenningen.",
               "Avertissements concernant les braquages, les paiements frauduleux et les "
               "repérages suspects."),
    SectorSpec("farmers", "Landbouwers", "Agriculteurs", "Hoeve", "Ferme",
               "Waarschuwingen over diefstal van materiaal, brandstof en vee, en over "
               "gedumpt drugsafval.",
               "Avertissements concernant le vol de matériel, de carburant et de bétail, et "
               "les déchets de drogue abandonnés."),
    SectorSpec("hospitality", "Horeca", "Horeca", "Café", "Café",
               "Waarschuwingen over vals geld, diefstal van kassa's en inbraken in "
               "horecazaken.",
               "Avertissements concernant la fausse monnaie, le vol de caisses et les "
               "cambriolages dans l'horeca."),
)

DESCRIPTIONS: dict[NetworkType, dict[str, str]] = {
    NetworkType.RESIDENTIAL: {
        "nl": "Buurtinformatienetwerk van de bewoners van {place} ({area}). Doel: inbraken, "
              "oplichting en andere criminaliteit in de buurt voorkomen door snelle en gerichte "
              "informatie-uitwisseling tussen bewoners, politie en gemeente. Het BIN "
              "patrouilleert niet en is geen kliklijn.",
        "fr": "Partenariat local de prévention des habitants de {place} ({area}). Objectif : "
              "prévenir les cambriolages, les escroqueries et les autres faits de criminalité "
              "dans le quartier grâce à un échange d'informations rapide et ciblé entre "
              "habitants, police et commune. Le PLP ne patrouille pas et n'est pas un outil de "
              "délation.",
    },
    NetworkType.BIN_Z: {
        "nl": "BIN voor zelfstandigen, handelaars en vrije beroepen ({place}). Waarschuwingen "
              "over winkeldiefstal, vals geld, oplichting en inbraken in handelszaken.",
        "fr": "PLP pour les indépendants, commerçants et professions libérales ({place}). "
              "Avertissements concernant le vol à l'étalage, la fausse monnaie, les escroqueries "
              "et les cambriolages de commerces.",
    },
    NetworkType.SECTOR: {
        "nl": "Sector-BIN van de {place}. {sector}",
        "fr": "PLP sectoriel des {place}. {sector}",
    },
}

#: A short note an officer writes when recording a life-cycle step, per target state.
TRANSITION_REASONS: dict[str, dict[str, str]] = {
    "initiative": {"nl": "Vraag van bewoners via het onthaal van het commissariaat.",
                   "fr": "Demande d'habitants via l'accueil du commissariat."},
    "preparation": {"nl": "Infovergadering gepland; intekenlijst verspreid.",
                    "fr": "Réunion d'information prévue ; liste d'inscription diffusée."},
    "coordinator_screening": {"nl": "Kandidaat-coördinator voorgedragen door de leden.",
                              "fr": "Candidat coordinateur proposé par les membres."},
    "charter_drafting": {"nl": "Screening van de coördinator positief.",
                         "fr": "Screening du coordinateur positif."},
    "signatures": {"nl": "Charter en huishoudelijk reglement afgewerkt met de gemeente.",
                   "fr": "Charte et règlement d'ordre intérieur finalisés avec la commune."},
    "submitted": {"nl": "Ondertekend charter naar ADVP verstuurd.",
                  "fr": "Charte signée envoyée à la DGSP."},
    "official": {"nl": "Bevestigingsbrief van ADVP ontvangen.",
                 "fr": "Lettre de confirmation de la DGSP reçue."},
    "active": {"nl": "Startvergadering gehouden; eerste berichten verstuurd.",
               "fr": "Réunion de lancement tenue ; premiers messages envoyés."},
    "amendment": {"nl": "Uitbreiding met nieuwe straten: charter wordt aangepast.",
                  "fr": "Extension à de nouvelles rues : la charte est modifiée."},
    "suspended": {"nl": "Coördinator gestopt; geen opvolger gevonden.",
                  "fr": "Le coordinateur a arrêté ; aucun successeur trouvé."},
    "inactive": {"nl": "Geen activiteit meer sinds meer dan een jaar.",
                 "fr": "Plus aucune activité depuis plus d'un an."},
    "merged": {"nl": "Samengevoegd met {other}.", "fr": "Fusionné avec {other}."},
    "dissolved": {"nl": "Ontbonden op vraag van de leden; ADVP verwittigd.",
                  "fr": "Dissous à la demande des membres ; DGSP informée."},
    "back_to_preparation": {"nl": "Kandidaat-coördinator niet weerhouden na screening.",
                            "fr": "Candidat coordinateur non retenu après screening."},
}

#: First names and surnames by origin, as found among residents of Belgium.
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "flemish": (
        "Jan", "Piet", "Luc", "Marc", "Peter", "Tom", "Koen", "Bart", "Wim", "Geert", "Dirk",
        "Kris", "Stijn", "Pieter", "Jef", "Jos", "Rik", "Filip", "Wouter", "Joris", "Sander",
        "Thomas", "Lars", "Arne", "Jens", "Ruben", "Seppe", "Wout", "Bram", "Jonas", "Lucas",
        "Noah", "Vic", "Lotte", "An", "Els", "Katrien", "Sofie", "Liesbeth", "Annelies", "Inge",
        "Veerle", "Hilde", "Greet", "Marleen", "Mieke", "Lieve", "Ilse", "Nathalie", "Sarah",
        "Lien", "Femke", "Eline", "Jolien", "Lore", "Fien", "Marie", "Emma", "Hanne", "Nele",
        "Elke", "Griet", "Leen", "Tine", "Caroline", "Ria", "Godelieve", "Maria", "Jozef",
        "Frans", "Gerda", "Ann", "Karel", "Hendrik", "Dries", "Maarten", "Nick", "Kevin", "Tim",
        "Jeroen", "Evi", "Ellen", "Charlotte", "Saar", "Roos", "Ine", "Kato", "Mathias",
    ),
    "walloon": (
        "Jean", "Pierre", "Philippe", "Michel", "Alain", "Christian", "Daniel", "Patrick",
        "Didier", "Olivier", "Benoît", "Laurent", "Thierry", "Vincent", "Nicolas", "Julien",
        "Maxime", "Antoine", "Quentin", "Romain", "Arnaud", "François", "Jacques", "Guy",
        "André", "Louis", "Hugo", "Nathan", "Théo", "Arthur", "Marie", "Anne", "Isabelle",
        "Catherine", "Christine", "Françoise", "Martine", "Nathalie", "Valérie", "Sophie",
        "Céline", "Aurélie", "Julie", "Camille", "Manon", "Léa", "Chloé", "Emma", "Louise",
        "Juliette", "Amélie", "Pauline", "Charlotte", "Élise", "Sylvie", "Monique", "Brigitte",
        "Dominique", "Véronique", "Géraldine", "Delphine", "Margaux", "Noémie", "Hélène",
        "Gaëlle", "Cédric", "Grégory", "Sébastien", "Jérôme", "Frédéric", "Xavier",
    ),
    "moroccan": (
        "Mohamed", "Ahmed", "Youssef", "Rachid", "Karim", "Mustafa", "Hamza", "Bilal", "Ilyas",
        "Ayoub", "Mehdi", "Samir", "Nordin", "Fatima", "Khadija", "Nadia", "Samira", "Latifa",
        "Salma", "Yasmina", "Imane", "Hajar", "Sara", "Soukaina", "Naima", "Malika", "Amina",
    ),
    "turkish": (
        "Mehmet", "Ahmet", "Mustafa", "Emre", "Burak", "Murat", "Hakan", "Serkan", "Kerem",
        "Elif", "Ayşe", "Fatma", "Zeynep", "Emine", "Merve", "Büşra", "Esra", "Derya", "Hülya",
        "Yusuf", "Ömer",
    ),
    "congolese": (
        "Jean-Pierre", "Patrick", "Serge", "Christian", "Didier", "Blaise", "Cédric", "Grâce",
        "Merveille", "Divine", "Christelle", "Nadège", "Ornella", "Gloria", "Prince", "Exaucé",
        "Bénédicte", "Aimé", "Fiston", "Nathalie",
    ),
    "polish": (
        "Piotr", "Tomasz", "Paweł", "Krzysztof", "Marek", "Michał", "Katarzyna", "Agnieszka",
        "Anna", "Magdalena", "Joanna", "Monika", "Ewa", "Dorota", "Łukasz", "Kamil",
    ),
    "italian": (
        "Giuseppe", "Salvatore", "Antonio", "Giovanni", "Francesco", "Marco", "Luca", "Angela",
        "Rosa", "Giulia", "Francesca", "Carmela", "Lucia", "Concetta", "Vincenzo", "Sandro",
    ),
    "portuguese": (
        "João", "Manuel", "António", "José", "Carlos", "Rui", "Ana", "Sofia", "Inês",
        "Beatriz", "Teresa", "Joana",
    ),
    "romanian": (
        "Andrei", "Alexandru", "Ion", "Mihai", "Bogdan", "Cristian", "Ioana", "Elena",
        "Andreea", "Mihaela", "Alina", "Gabriela",
    ),
    "middle_eastern": (
        "Omar", "Ali", "Hassan", "Hussein", "Khaled", "Mahmoud", "Rami", "Amir", "Layla",
        "Noor", "Rania", "Hiba", "Dina", "Maryam", "Zahra", "Farah",
    ),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "flemish": (
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Van Damme", "De Clercq",
        "Hermans", "Aerts", "Pauwels", "Michiels", "Smets", "Martens", "Verhoeven", "Wuyts",
        "De Backer", "Stevens", "Van de Velde", "Lemmens", "Hendrickx", "Segers", "Cools",
        "Verstraete", "Coppens", "De Vos", "Van Acker", "De Wolf", "Thys", "Bogaerts",
        "Verbeke", "Van Hoof", "Vandenberghe", "Van Dyck", "Verschueren", "Dewulf", "Baert",
        "Vervoort", "Vanderstraeten", "Schepens", "Pieters", "De Ridder", "Van Laere",
        "Goethals", "Sterckx", "Vanhove", "Van Cauwenberghe", "De Coster", "Beeckman",
        "Van Campenhout", "Moens", "Timmermans", "Huysmans", "Daems", "Luyten", "Swinnen",
        "Geerts", "Vermeiren", "Van Bever", "Van Cutsem", "Claessens", "Lambrechts",
        "Coppieters", "Verhaegen", "Hofmans", "Rombouts", "D'Hondt", "Van der Linden",
        "Callebaut", "De Pauw", "Nijs", "Tielemans", "Verbruggen", "Vanderhaegen", "Roelants",
        "Van Geyt", "Deneyer", "Van Herreweghe", "Wauters", "Sergeant", "Walravens",
    ),
    "walloon": (
        "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Dumont",
        "Lejeune", "Renard", "Collin", "François", "Gérard", "Denis", "Lemaire", "Noël",
        "Henry", "Mathieu", "Fontaine", "Leroy", "Masson", "Marchal", "Hubert", "Goffin",
        "Hardy", "Thiry", "Jacquet", "Delhaye", "Wilmotte", "Piron", "Lecomte", "Bodart",
        "Michaux", "Lambot", "Gilson", "Collard", "Delvaux", "Defays", "Mahieu", "Bertrand",
        "Dethier", "Lefèbvre", "Delporte", "Closset", "Baudoux", "Remacle", "Jadot",
        "Charlier", "Moreau", "Pirson", "Demoulin", "Lhoest", "Degand", "Evrard", "Poncelet",
        "Servais", "Rousseau", "Lecocq", "Deprez", "Gillet", "Massart", "Delacroix", "Bastin",
    ),
    "moroccan": (
        "El Amrani", "Benali", "El Idrissi", "Bouzid", "Ait Ouali", "El Khattabi",
        "Haddouchi", "Azzouzi", "Bennani", "Chaouki", "El Fassi", "Lahlou", "Ouazzani",
        "Ziani", "Boukhari", "El Moussaoui", "Tahiri", "El Hamdaoui", "Belhaj", "Achahbar",
    ),
    "turkish": (
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
        "Doğan", "Kılıç", "Aslan", "Koç", "Kurt", "Özdemir", "Polat", "Güneş",
    ),
    "congolese": (
        "Mbuyi", "Kabongo", "Tshibanda", "Mukendi", "Ilunga", "Kalonji", "Lumbala", "Nzuzi",
        "Makiese", "Mbala", "Kasongo", "Lukusa", "Ngoy", "Mwamba", "Tshimanga", "Lutete",
        "Bokanga", "Matondo", "Mayamba", "Nsimba",
    ),
    "polish": (
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Mazur", "Krawczyk",
    ),
    "italian": (
        "Russo", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
        "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Lombardi", "Rizzo",
        "Barbieri", "Moretti", "Di Marco", "Lo Bue", "Fiore", "Santoro", "Caruso",
    ),
    "portuguese": (
        "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Rodrigues", "Martins", "Sousa",
        "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro",
    ),
    "romanian": (
        "Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Stoica", "Munteanu",
        "Gheorghe", "Radu", "Marin", "Tudor",
    ),
    "middle_eastern": (
        "Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "Hamdan", "Darwish", "Kassem",
        "Mansour", "Aziz", "Rahimi", "Ahmadi", "Karimi", "Hashimi",
    ),
}

#: How often each origin occurs among the members of a Dutch- or French-speaking network.
ORIGIN_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "nl": (("flemish", 76), ("walloon", 5), ("moroccan", 6), ("turkish", 3), ("congolese", 1),
           ("polish", 3), ("italian", 2), ("portuguese", 1), ("romanian", 2),
           ("middle_eastern", 1)),
    "fr": (("walloon", 60), ("flemish", 9), ("moroccan", 8), ("congolese", 6), ("italian", 6),
           ("portuguese", 3), ("polish", 2), ("turkish", 2), ("romanian", 2),
           ("middle_eastern", 2)),
}


@dataclass(frozen=True)
class MessageTemplate:
    """A police message as officers write them: headline, subject and body per language.

    `{place}` is the area the message is about; `{zone}` the zone's short name.
    """

    key: str
    category: Category
    urgency: Urgency
    #: Network types the message suits (empty: every type).
    types: tuple[NetworkType, ...]
    nl: tuple[str, str, str]
    fr: tuple[str, str, str]


_SIGN_NL = "\n\nUw BIN-gemandateerde, Politiezone {zone}"
_SIGN_FR = "\n\nVotre policier mandaté PLP, zone de police {zone}"

MESSAGE_TEMPLATES: tuple[MessageTemplate, ...] = (
    MessageTemplate(
        "burglary_wave", Category.BURGLARY, Urgency.URGENT, (),
        ("Inbraakgolf: {place}", "Politie {zone}: reeks woninginbraken in uw buurt",
         "Beste leden,\n\nDe afgelopen dagen werd in uw buurt ({place}) een reeks "
         "woninginbraken gepleegd, vooral tussen 17 en 21 uur, wanneer het donker is en de "
         "bewoners nog niet thuis zijn. De daders forceren meestal een raam of achterdeur.\n\n"
         "Wat kunt u doen?\n- Sluit ramen en deuren, ook als u maar even weg bent.\n- Laat 's "
         "avonds een lamp branden of gebruik een tijdschakelaar.\n- Berg ladders en "
         "tuingereedschap op.\n\nZiet u iets verdachts? Bel onmiddellijk 112. Ga zelf niet "
         "achter verdachten aan." + _SIGN_NL),
        ("Vague de cambriolages : {place}", "Police {zone} : série de cambriolages dans votre "
         "quartier",
         "Chers membres,\n\nCes derniers jours, une série de cambriolages a été commise dans "
         "votre quartier ({place}), surtout entre 17 et 21 heures, quand il fait noir et que "
         "les habitants ne sont pas encore rentrés. Les auteurs forcent généralement une "
         "fenêtre ou une porte arrière.\n\nQue pouvez-vous faire ?\n- Fermez portes et "
         "fenêtres, même pour une courte absence.\n- Laissez une lampe allumée le soir ou "
         "utilisez une minuterie.\n- Rangez échelles et outils de jardin.\n\nVous remarquez "
         "quelque chose de suspect ? Appelez immédiatement le 112. Ne poursuivez jamais "
         "vous-même des suspects." + _SIGN_FR),
    ),
    MessageTemplate(
        "vehicle_breakins", Category.VEHICLE_CRIME, Urgency.NORMAL, (),
        ("Inbraken in geparkeerde wagens: {place}", "Politie {zone}: inbraken in wagens",
         "Beste leden,\n\nAfgelopen nacht werden in uw buurt ({place}) meerdere geparkeerde "
         "wagens opengebroken. Er werden vooral tassen, laptops en gps-toestellen gestolen die "
         "zichtbaar in de wagen lagen.\n\nTips:\n- Laat niets zichtbaar achter in uw wagen, "
         "ook geen lege tassen of kabels.\n- Sluit uw wagen altijd af en controleer het.\n- "
         "Parkeer op een verlichte plaats of in uw garage.\n\nSlachtoffer? Doe aangifte bij de "
         "politie. Ziet u nu verdachte handelingen gebeuren? Bel 112." + _SIGN_NL),
        ("Vols dans des voitures : {place}", "Police {zone} : vols dans des véhicules",
         "Chers membres,\n\nLa nuit dernière, plusieurs voitures stationnées ont été "
         "fracturées dans votre quartier ({place}). Ce sont surtout des sacs, des ordinateurs "
         "portables et des GPS laissés en vue qui ont été volés.\n\nConseils :\n- Ne laissez "
         "rien de visible dans votre voiture, même pas un sac vide ou un câble.\n- Verrouillez "
         "toujours votre voiture et vérifiez-le.\n- Stationnez dans un endroit éclairé ou dans "
         "votre garage.\n\nVictime ? Portez plainte auprès de la police. Vous voyez des faits "
         "suspects en ce moment ? Appelez le 112." + _SIGN_FR),
    ),
    MessageTemplate(
        "phone_fraud", Category.FRAUD, Urgency.URGENT, (),
        ("Opgelet: valse bankbedienden aan de telefoon", "Politie {zone}: telefoonfraude",
         "Beste leden,\n\nVandaag kregen meerdere inwoners ({place}) telefoon van iemand die "
         "zich voordoet als medewerker van hun bank of van Card Stop. De oplichter vraagt de "
         "codes van uw kaartlezer of komt uw bankkaart 'ophalen'.\n\nUw bank of de politie "
         "vraagt NOOIT uw pincode, codes of bankkaart. Haak in, bel zelf uw bank via het "
         "nummer op uw kaart en waarschuw oudere familieleden en buren.\n\nBelt er iemand aan "
         "om uw kaart op te halen? Bel 112." + _SIGN_NL),
        ("Attention : faux employés de banque au téléphone", "Police {zone} : fraude "
         "téléphonique",
         "Chers membres,\n\nAujourd'hui, plusieurs habitants ({place}) ont été appelés par "
         "une personne se faisant passer pour un employé de leur banque ou de Card Stop. "
         "L'escroc demande les codes de votre lecteur de carte ou vient « récupérer » votre "
         "carte bancaire.\n\nVotre banque ou la police ne vous demandera JAMAIS votre code "
         "PIN, vos codes ou votre carte. Raccrochez, appelez vous-même votre banque au numéro "
         "figurant sur votre carte et prévenez vos proches et voisins âgés.\n\nQuelqu'un sonne "
         "pour reprendre votre carte ? Appelez le 112." + _SIGN_FR),
    ),
    MessageTemplate(
        "holiday_watch", Category.PREVENTION_TIP, Urgency.NORMAL, (),
        ("Op vakantie? Vraag afwezigheidstoezicht aan", "Preventietip: afwezigheidstoezicht",
         "Beste leden,\n\nDe vakantie komt eraan. Wist u dat u bij de politie gratis "
         "afwezigheidstoezicht kunt aanvragen? Een inspecteur komt dan tijdens uw afwezigheid "
         "langs uw woning ({place}).\n\nAanvragen kan via Police-on-web of aan het onthaal van "
         "het commissariaat, ten laatste een week voor uw vertrek.\n\nNog enkele tips: laat "
         "de brievenbus legen door een buur, gebruik tijdschakelaars en meld uw afwezigheid "
         "niet op sociale media." + _SIGN_NL),
        ("En vacances ? Demandez une surveillance d'habitation", "Conseil de prévention : "
         "surveillance d'habitation",
         "Chers membres,\n\nLes vacances approchent. Saviez-vous que vous pouvez demander "
         "gratuitement une surveillance d'habitation à la police ? Un inspecteur passera "
         "devant votre domicile ({place}) pendant votre absence.\n\nLa demande se fait via "
         "Police-on-web ou à l'accueil du commissariat, au plus tard une semaine avant votre "
         "départ.\n\nQuelques conseils encore : faites vider votre boîte aux lettres par un "
         "voisin, utilisez des minuteries et n'annoncez pas votre absence sur les réseaux "
         "sociaux." + _SIGN_FR),
    ),
    MessageTemplate(
        "dark_days", Category.PREVENTION_TIP, Urgency.NORMAL, (),
        ("Donkere dagen: extra alert voor inbraken", "Preventietip: de donkere dagen",
         "Beste leden,\n\nNu het vroeger donker wordt, stijgt het aantal inbraken in de vroege "
         "avond. Een woning die bewoond lijkt, wordt minder snel gekozen.\n\n- Gebruik "
         "tijdschakelaars voor binnen- en buitenverlichting.\n- Sluit ook de garage en het "
         "tuinhuis af.\n- Vraag gratis diefstalpreventieadvies aan bij de "
         "diefstalpreventieadviseur van uw gemeente ({place}).\n\nVerdachte situatie? Bel "
         "112." + _SIGN_NL),
        ("Jours sombres : vigilance accrue contre les cambriolages", "Conseil de prévention : "
         "les jours sombres",
         "Chers membres,\n\nMaintenant qu'il fait noir plus tôt, le nombre de cambriolages en "
         "début de soirée augmente. Une habitation qui semble occupée est moins souvent "
         "visée.\n\n- Utilisez des minuteries pour l'éclairage intérieur et extérieur.\n- "
         "Fermez aussi le garage et l'abri de jardin.\n- Demandez un conseil gratuit au "
         "conseiller en prévention vol de votre commune ({place}).\n\nSituation suspecte ? "
         "Appelez le 112." + _SIGN_FR),
    ),
    MessageTemplate(
        "feedback_arrest", Category.FEEDBACK, Urgency.NORMAL, (),
        ("Terugkoppeling: verdachte personen ({place})", "Politie {zone}: terugkoppeling",
         "Beste leden,\n\nVorige week vroegen wij u alert te zijn na meldingen van verdachte "
         "personen in uw buurt ({place}). Dankzij oproepen van leden kon een patrouille ter "
         "plaatse twee personen controleren; het parket onderzoekt de zaak verder.\n\nBedankt "
         "voor uw waakzaamheid en uw snelle oproep naar 112. Om het onderzoek niet te hinderen "
         "kunnen wij geen verdere details geven." + _SIGN_NL),
        ("Retour : personnes suspectes ({place})", "Police {zone} : retour d'information",
         "Chers membres,\n\nLa semaine dernière, nous vous avons demandé d'être vigilants "
         "après des signalements de personnes suspectes dans votre quartier ({place}). Grâce "
         "aux appels des membres, une patrouille a pu contrôler deux personnes sur place ; le "
         "parquet poursuit l'enquête.\n\nMerci pour votre vigilance et votre appel rapide au "
         "112. Pour ne pas gêner l'enquête, nous ne pouvons pas donner plus de détails."
         + _SIGN_FR),
    ),
    MessageTemplate(
        "suspicious_vehicle", Category.SUSPICIOUS_SITUATION, Urgency.URGENT, (),
        ("Verdacht voertuig in de buurt ({place})", "Politie {zone}: verdacht voertuig",
         "Beste leden,\n\nEr werd ons zopas een bestelwagen gemeld die traag door de straten "
         "rijdt ({place}), waarbij de inzittenden opvallend veel aandacht hebben voor de "
         "woningen. Een patrouille is onderweg.\n\nZiet u het voertuig of verdacht gedrag? "
         "Bel 112 en geef zo veel mogelijk details door (plaats, tijdstip, rijrichting). "
         "Spreek de inzittenden niet zelf aan en volg hen niet." + _SIGN_NL),
        ("Véhicule suspect dans le quartier ({place})", "Police {zone} : véhicule suspect",
         "Chers membres,\n\nOn vient de nous signaler une camionnette qui circule lentement "
         "dans les rues ({place}), ses occupants prêtant une attention particulière aux "
         "habitations. Une patrouille est en route.\n\nVous voyez le véhicule ou un "
         "comportement suspect ? Appelez le 112 et donnez un maximum de détails (lieu, heure, "
         "direction). N'abordez pas les occupants et ne les suivez pas." + _SIGN_FR),
    ),
    MessageTemplate(
        "bike_theft", Category.THEFT, Urgency.NORMAL, (NetworkType.RESIDENTIAL,),
        ("Fietsdiefstallen ({place})", "Politie {zone}: fietsdiefstallen",
         "Beste leden,\n\nDe voorbije weken werden in uw buurt ({place}) opvallend veel "
         "fietsen gestolen, vooral elektrische fietsen aan het station en aan de "
         "sporthal.\n\n- Gebruik twee goede sloten en maak uw fiets vast aan een vast punt.\n- "
         "Laat uw fiets graveren en registreren.\n- Neem de batterij van uw elektrische fiets "
         "mee.\n\nDiefstal gezien? Bel 112." + _SIGN_NL),
        ("Vols de vélos ({place})", "Police {zone} : vols de vélos",
         "Chers membres,\n\nCes dernières semaines, un nombre inhabituel de vélos a été volé "
         "dans votre quartier ({place}), surtout des vélos électriques près de la gare et du "
         "hall omnisports.\n\n- Utilisez deux bons cadenas et attachez votre vélo à un point "
         "fixe.\n- Faites graver et enregistrer votre vélo.\n- Emportez la batterie de votre "
         "vélo électrique.\n\nVous voyez un vol ? Appelez le 112." + _SIGN_FR),
    ),
    MessageTemplate(
        "shop_theft", Category.THEFT, Urgency.NORMAL, (NetworkType.BIN_Z, NetworkType.SECTOR),
        ("Winkeldiefstal met afleidingsmaneuver", "Politie {zone}: winkeldiefstal",
         "Beste handelaars,\n\nIn verschillende zaken ({place}) leidde een persoon het "
         "personeel af met vragen, terwijl een tweede persoon de kassa of de toonbank "
         "leeghaalde.\n\n- Laat de kassa nooit openstaan en onbewaakt.\n- Houd waardevolle "
         "goederen achter de toonbank.\n- Blijf bij verdachte situaties met twee.\n\nBetrapt "
         "u een diefstal? Bel 112 en houd de dader niet zelf tegen." + _SIGN_NL),
        ("Vol à l'étalage avec diversion", "Police {zone} : vol à l'étalage",
         "Chers commerçants,\n\nDans plusieurs commerces ({place}), une personne a détourné "
         "l'attention du personnel avec des questions pendant qu'une seconde vidait la caisse "
         "ou le comptoir.\n\n- Ne laissez jamais la caisse ouverte sans surveillance.\n- "
         "Gardez les articles de valeur derrière le comptoir.\n- En cas de situation suspecte, "
         "restez à deux.\n\nVous surprenez un vol ? Appelez le 112 et ne retenez pas "
         "vous-même l'auteur." + _SIGN_FR),
    ),
    MessageTemplate(
        "counterfeit", Category.FRAUD, Urgency.NORMAL, (NetworkType.BIN_Z, NetworkType.SECTOR),
        ("Vals geld in omloop: biljetten van 50 euro", "Politie {zone}: vals geld",
         "Beste handelaars,\n\nDeze week werden in de zone ({place}) valse biljetten van 50 "
         "euro aangeboden, vooral bij kleine aankopen op drukke momenten.\n\nControleer elk "
         "biljet: voelen (reliëf), kijken (watermerk, veiligheidsdraad) en kantelen "
         "(hologram). Weiger een twijfelachtig biljet beleefd en verwittig de politie.\n\n"
         "Dringend? Bel 112." + _SIGN_NL),
        ("Fausse monnaie en circulation : billets de 50 euros", "Police {zone} : fausse "
         "monnaie",
         "Chers commerçants,\n\nCette semaine, de faux billets de 50 euros ont été présentés "
         "dans la zone ({place}), surtout pour de petits achats aux heures de pointe.\n\n"
         "Vérifiez chaque billet : toucher (relief), regarder (filigrane, fil de sécurité) et "
         "incliner (hologramme). Refusez poliment un billet douteux et prévenez la police.\n\n"
         "Urgence ? Appelez le 112." + _SIGN_FR),
    ),
    MessageTemplate(
        "road_closure", Category.PUBLIC_ORDER, Urgency.NORMAL, (),
        ("Verkeershinder: wegenwerken en omleiding ({place})", "Politie {zone}: verkeershinder",
         "Beste leden,\n\nVan maandag tot en met vrijdag is de doortocht ({place}) afgesloten "
         "wegens rioleringswerken. Volg de omleiding; plaatselijk verkeer en hulpdiensten "
         "kunnen door.\n\nParkeer niet in de werfzone: wagens worden getakeld." + _SIGN_NL),
        ("Circulation : travaux et déviation ({place})", "Police {zone} : perturbations de "
         "circulation",
         "Chers membres,\n\nDu lundi au vendredi, le passage ({place}) est fermé en raison de "
         "travaux d'égouttage. Suivez la déviation ; la circulation locale et les services de "
         "secours peuvent passer.\n\nNe stationnez pas dans la zone de chantier : les "
         "véhicules seront enlevés." + _SIGN_FR),
    ),
    MessageTemplate(
        "storm", Category.DISASTER, Urgency.URGENT, (),
        ("Stormwaarschuwing: code oranje", "Politie {zone}: stormwaarschuwing",
         "Beste leden,\n\nHet KMI heeft voor vannacht code oranje afgekondigd voor zware "
         "windstoten ({place}).\n\n- Zet losse voorwerpen in tuin en op terras vast.\n- "
         "Parkeer niet onder bomen.\n- Blijf zo veel mogelijk binnen.\n\nBel 112 alleen bij "
         "levensgevaar. Voor stormschade zonder gevaar: 1722." + _SIGN_NL),
        ("Avertissement tempête : code orange", "Police {zone} : avertissement tempête",
         "Chers membres,\n\nL'IRM a déclenché pour cette nuit le code orange pour de fortes "
         "rafales de vent ({place}).\n\n- Fixez les objets dans le jardin et sur la "
         "terrasse.\n- Ne stationnez pas sous les arbres.\n- Restez autant que possible à "
         "l'intérieur.\n\nAppelez le 112 uniquement en cas de danger de mort. Pour les dégâts "
         "de tempête sans danger : 1722." + _SIGN_FR),
    ),
    MessageTemplate(
        "drug_waste", Category.DRUGS, Urgency.NORMAL, (),
        ("Drugsafval gedumpt: niet aanraken", "Politie {zone}: gedumpt drugsafval",
         "Beste leden,\n\nIn de bossen en velden ({place}) werden vaten met chemisch afval "
         "gevonden, afkomstig van de productie van synthetische drugs.\n\nRaak zulke vaten of "
         "jerrycans nooit aan: de stoffen zijn giftig en ontvlambaar. Houd afstand en bel "
         "112." + _SIGN_NL),
        ("Déchets de drogue abandonnés : ne pas toucher", "Police {zone} : déchets de drogue",
         "Chers membres,\n\nDes fûts de déchets chimiques provenant de la production de "
         "drogues de synthèse ont été découverts dans les bois et les champs ({place}).\n\n"
         "Ne touchez jamais ces fûts ou bidons : les produits sont toxiques et inflammables. "
         "Gardez vos distances et appelez le 112." + _SIGN_FR),
    ),
    MessageTemplate(
        "missing_person", Category.DISAPPEARANCE, Urgency.URGENT, (),
        ("Vermissing: deel enkel de officiële oproep", "Politie {zone}: opsporingsbericht",
         "Beste leden,\n\nDe politie zoekt een vermiste minderjarige in de omgeving "
         "({place}). Het officiële opsporingsbericht staat op de website van de federale "
         "politie; deel alleen dat bericht, geen schermafdrukken of eigen berichten.\n\n"
         "Informatie? Bel 112 of Child Focus op 116 000." + _SIGN_NL),
        ("Disparition : ne partagez que l'avis officiel", "Police {zone} : avis de recherche",
         "Chers membres,\n\nLa police recherche un mineur disparu dans les environs "
         "({place}). L'avis de recherche officiel se trouve sur le site de la police "
         "fédérale ; ne partagez que cet avis, pas de captures d'écran ni de messages "
         "personnels.\n\nUne information ? Appelez le 112 ou Child Focus au 116 000."
         + _SIGN_FR),
    ),
)
