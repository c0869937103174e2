<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ChartersModel</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Ingediend bij ADVP</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>No charter yet</source>
        <translation>Nog geen charter</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>In ondertekening</translation>
    </message>
    <message>
        <source>Approved by ADVP</source>
        <translation>Goedgekeurd door ADVP</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation>{who} sinds {date}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Volledige &amp;naam:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjunct</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BIN Desk has a problem</source>
        <extracomment>The exit code of a run that stopped on a bug (`--no-crash-dialog`).</extracomment>
        <translation>BIN Desk heeft een probleem</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved work is safe; the last action may not have been carried out. Please send this report to your IT support.</source>
        <translation>Er is een onverwachte fout opgetreden. Wat u al bewaard had, is veilig; de laatste handeling is mogelijk niet uitgevoerd. Bezorg dit rapport aan uw informaticadienst.</translation>
    </message>
    <message>
        <source>The report was saved in {path}.</source>
        <translation>Het rapport is bewaard in {path}.</translation>
    </message>
    <message>
        <source>The report could not be saved to a file.</source>
        <translation>Het rapport kon niet in een bestand bewaard worden.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column order of the dashboard and the core sort key of each column.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Next actor</source>
        <translation>Aan zet</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Wacht (d.)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Getekend</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>{count} (+{pending} pending)</source>
        <translation>{count} (+{pending} nieuw)</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Sinds {date}</translation>
    </message>
    <message>
        <source>{count} members, {pending} waiting for review</source>
        <translation>{count} leden, {pending} wachten op beoordeling</translation>
    </message>
    <message>
        <source>Evaluation overdue</source>
        <translation>Evaluatie te laat</translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (te laat)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This data folder has no police zone yet. Start BIN Desk with --demo to try it with example data.</source>
        <extracomment>The table shows the rows of the latest request. The zone summary (counts, needs action, total) arrived.</extracomment>
        <translation>Deze gegevensmap heeft nog geen politiezone. Start BIN Desk met --demo om het met voorbeeldgegevens uit te proberen.</translation>
    </message>
    <message>
        <source>Networks per state</source>
        <translation>Netwerken per fase</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <source>Networks that need action</source>
        <translation>Netwerken waarvoor actie nodig is</translation>
    </message>
    <message>
        <source>Double-click to open the network</source>
        <translation>Dubbelklik om het netwerk te openen</translation>
    </message>
    <message>
        <source>Search name, municipality, street or postcode</source>
        <translation>Zoek op naam, gemeente, straat of postcode</translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation>Netwerken zoeken</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filteren op fase</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Filteren op gemeente</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filteren op type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Networks of the zone</source>
        <translation>Netwerken van de zone</translation>
    </message>
    <message>
        <source>Number of networks shown</source>
        <translation>Aantal getoonde netwerken</translation>
    </message>
    <message>
        <source>{state}: {count} networks. Click to show only these.</source>
        <translation>{state}: {count} netwerken. Klik om alleen deze te tonen.</translation>
    </message>
    <message>
        <source>{state}: {count} networks</source>
        <translation>{state}: {count} netwerken</translation>
    </message>
    <message>
        <source>{shown} of {total} networks</source>
        <translation>{shown} van {total} netwerken</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n netwerk</numerusform>
            <numerusform>%n netwerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Member rows hold personal data: their history shows which fields changed, not the values.</extracomment>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Contactrol</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Fasewijziging</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Signature request</source>
        <translation>Handtekeningsverzoek</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>{entity} {kind}</source>
        <translation>{entity} {kind}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>talen</translation>
    </message>
    <message>
        <source>postcodes</source>
        <translation>postcodes</translation>
    </message>
    <message>
        <source>streets</source>
        <translation>straten</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorieën</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <source>mandated officer</source>
        <translation>BIN-gemandateerde</translation>
    </message>
    <message>
        <source>evaluation due</source>
        <translation>evaluatie gepland</translation>
    </message>
    <message>
        <source>state</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sinds</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>naar</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>geregistreerd door</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>ondertekend door</translation>
    </message>
    <message>
        <source>method</source>
        <translation>wijze</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partij</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>ondertekenaar</translation>
    </message>
    <message>
        <source>requested on</source>
        <translation>gevraagd op</translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation>opgesteld op</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>ingediend op</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>goedgekeurd op</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>referentie ADVP</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjunct</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BIN Desk main window</source>
        <translation>Hoofdvenster van BIN Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Charters</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Number of networks</source>
        <translation>Aantal netwerken</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation>Zone: {zone}</translation>
    </message>
    <message>
        <source>No zone set up</source>
        <translation>Geen zone ingesteld</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>Geen gebruiker</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n netwerk</numerusform>
            <numerusform>%n netwerken</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>MemberCountsModel</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>{status} (exercise)</source>
        <translation>{status} (oefening)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Niet dringend</translation>
    </message>
</context>
<context>
    <name>NeedsActionModel</name>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (te laat)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Back to the list you came from (Alt+Left)</source>
        <translation>Terug naar de lijst waar u vandaan kwam (Alt+Links)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Naam van het netwerk</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Life-cycle state</source>
        <translation>Fase in de levensloop</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Handtekeningen:</translation>
    </message>
    <message>
        <source>Signatures of the current charter</source>
        <translation>Handtekeningen van het huidige charter</translation>
    </message>
    <message>
        <source>Move the network to the next step of its life cycle</source>
        <translation>Het netwerk naar de volgende fase brengen</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Fase wijzigen…</translation>
    </message>
    <message>
        <source>Network details</source>
        <translation>Gegevens van het netwerk</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Only for a sector BIN, e.g. pharmacies, port, jewellers</source>
        <translation>Enkel voor een sectorale BIN, bv. apothekers, haven, juweliers</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Mandated &amp;officer:</source>
        <translation>BIN-&amp;gemandateerde:</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>BIN-gemandateerde</translation>
    </message>
    <message>
        <source>&amp;Evaluation due:</source>
        <translation>&amp;Evaluatie gepland:</translation>
    </message>
    <message>
        <source>An evaluation is planned</source>
        <translation>Er is een evaluatie gepland</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Datum van de evaluatie</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Motives and objectives of the network</source>
        <translation>Motieven en doelstellingen van het netwerk</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Grondgebied</translation>
    </message>
    <message>
        <source>&amp;Streets (one per line):</source>
        <translation>&amp;Straten (één per regel):</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation>&amp;Postcodes:</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Separate postcodes with commas, e.g. 1500, 1501.</source>
        <translation>Scheid postcodes met komma's, bv. 1500, 1501.</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Communicatieplan</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>SMS (urgent)</source>
        <translation>Sms (dringend)</translation>
    </message>
    <message>
        <source>Voice message (urgent)</source>
        <translation>Spraakbericht (dringend)</translation>
    </message>
    <message>
        <source>E-mail (non-urgent and feedback)</source>
        <translation>E-mail (niet dringend en terugkoppeling)</translation>
    </message>
    <message>
        <source>Information categories agreed in the charter</source>
        <translation>Informatiecategorieën afgesproken in het charter</translation>
    </message>
    <message>
        <source>Never passed on: recognisable photos of suspects, readable number plates, names, national register numbers, addresses of victims, descriptions by origin, religion or skin colour, calls to patrol or confront anyone. A BIN is not a snitch line.</source>
        <translation>Nooit doorgegeven: herkenbare foto's van verdachten, leesbare nummerplaten, namen, rijksregisternummers, adressen van slachtoffers, beschrijvingen naar afkomst, godsdienst of huidskleur, oproepen om te patrouilleren of iemand aan te spreken. Een BIN is geen kliklijn.</translation>
    </message>
    <message>
        <source>Coordinator and deputies</source>
        <translation>Coördinator en adjuncten</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>Coördinator instellen…</translation>
    </message>
    <message>
        <source>Add deputy…</source>
        <translation>Adjunct toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Changes to contacts are saved at once.</source>
        <translation>Wijzigingen aan contacten worden meteen bewaard.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>History of the network</source>
        <translation>Geschiedenis van het netwerk</translation>
    </message>
    <message>
        <source>Forget the changes that are not saved</source>
        <translation>De niet-bewaarde wijzigingen vergeten</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen bewaren (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>{state} (since {date})</source>
        <extracomment>The network's data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload).</extracomment>
        <translation>{state} (sinds {date})</translation>
    </message>
    <message>
        <source>Nothing to do at the moment.</source>
        <translation>Momenteel niets te doen.</translation>
    </message>
    <message>
        <source>no charter yet</source>
        <translation>nog geen charter</translation>
    </message>
    <message>
        <source>{done} of {needed} signed</source>
        <translation>{done} van {needed} ondertekend</translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation>{who} sinds {date}</translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting}</source>
        <translation>{signed}; wacht op {waiting}</translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting} and {more} more</source>
        <translation>{signed}; wacht op {waiting} en nog {more}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>The changes to {network} are not saved. Discard them?</source>
        <translation>De wijzigingen aan {network} zijn niet bewaard. Wilt u ze verwerpen?</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation>Adjunct-coördinator</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from this network?</source>
        <translation>{name} uit dit netwerk verwijderen?</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation>BIN-gemandateerde</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Wie werkt er?</translation>
    </message>
    <message>
        <source>I am an existing operator:</source>
        <translation>Ik ben een bestaande gebruiker:</translation>
    </message>
    <message>
        <source>Existing operators</source>
        <translation>Bestaande gebruikers</translation>
    </message>
    <message>
        <source>Create a new operator:</source>
        <translation>Een nieuwe gebruiker aanmaken:</translation>
    </message>
    <message>
        <source>This data folder has no operators yet. Create the first one: every change you make will be recorded under this name.</source>
        <translation>Deze gegevensmap heeft nog geen gebruikers. Maak de eerste aan: elke wijziging die u maakt, wordt onder deze naam geregistreerd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Stamnummer</translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation>&amp;Stamnummer:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Every network of the zone with its state and territory. Double-click a network to open it.</source>
        <translation>Alle netwerken van de zone met hun fase en grondgebied. Dubbelklik op een netwerk om het te openen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: they are opened only from a network, by an officer who needs them.</source>
        <translation>Hoeveel leden elk netwerk heeft, per status. Ledenlijsten zijn persoonsgegevens: ze worden alleen vanuit een netwerk geopend, door een politieambtenaar die ze nodig heeft.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first: sent ones and drafts.</source>
        <translation>Politieberichten aan de netwerken, nieuwste eerst: verzonden berichten en concepten.</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Charters</translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when.</source>
        <translation>Het huidige charter van elk netwerk: versie, status, verzamelde handtekeningen en wie sinds wanneer moet tekenen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language applies when BIN Desk starts again.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van BIN Desk.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Current operator</source>
        <translation>Huidige gebruiker</translation>
    </message>
    <message>
        <source>Switch operator…</source>
        <translation>Andere gebruiker…</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>Andere gebruiker</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Deze installatie</translation>
    </message>
    <message>
        <source>no zone set up</source>
        <translation>geen zone ingesteld</translation>
    </message>
    <message>
        <source>Police zone:</source>
        <translation>Politiezone:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Toestel-id:</translation>
    </message>
    <message>
        <source>{name} ({number}), {role}</source>
        <translation>{name} ({number}), {role}</translation>
    </message>
    <message>
        <source>Nobody is selected: changes are refused.</source>
        <translation>Niemand geselecteerd: wijzigingen worden geweigerd.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change state of {network}</source>
        <translation>Fase van {network} wijzigen</translation>
    </message>
    <message>
        <source>Now: {state}, since {date}.</source>
        <translation>Nu: {state}, sinds {date}.</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Nieuwe fase:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Ingaand op:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why, and on whose decision (optional)</source>
        <translation>Waarom, en op wiens beslissing (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>This is a final state.</source>
        <translation>Dit is een eindfase.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo zone…</source>
        <translation>De demozone wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Unknown demo size {size}; use one of: {sizes}.</source>
        <extracomment>The main line of the life cycle; the other paths branch off it. A candidate coordinator who did not pass screening: back to preparation once. An active network whose charter was amended once (version 2 approved, version 1 superseded). Days a network typically stays in a state before the next step (from real zones' timelines). Days a large-zone network has been in its current state. How a large zone's networks spread over the states (most are active, as in real zones). Relative member-list size per state: lists grow from sign-up to activity and dwindle after. Every charter lets police pass on these: preventive tips and feedback are the point of a BIN.</extracomment>
        <translation>Onbekende demogrootte {size}; gebruik een van: {sizes}.</translation>
    </message>
    <message>
        <source>This data folder already holds a zone or operators. The demo zone can only be created in an empty data folder; choose another one with --data-dir.</source>
        <translation>Deze gegevensmap bevat al een zone of gebruikers. De demozone kan alleen in een lege gegevensmap aangemaakt worden; kies een andere met --data-dir.</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>BIN-gemandateerde</translation>
    </message>
    <message>
        <source>Chief of police (korpschef)</source>
        <translation>Korpschef</translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation>Preventieambtenaar</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residentieel</translation>
    </message>
    <message>
        <source>BIN-Z (self-employed)</source>
        <translation>BIN-Z (zelfstandigen)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Woninginbraak</translation>
    </message>
    <message>
        <source>Vehicle crime</source>
        <translation>Voertuigcriminaliteit</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Diefstal</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Oplichting</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Verdwijning</translation>
    </message>
    <message>
        <source>Suspicious situation</source>
        <translation>Verdachte situatie</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Public order</source>
        <translation>Openbare orde</translation>
    </message>
    <message>
        <source>Disaster instructions</source>
        <translation>Richtlijnen bij rampen</translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation>Preventietip</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Spraakbericht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>An operation is stamped {minutes} minutes in the future of this computer's clock. Check the date and time of this computer and of the other device.</source>
        <translation>Een bewerking draagt een tijdstempel {minutes} minuten in de toekomst van de klok van deze computer. Controleer de datum en het uur van deze computer en van het andere toestel.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Coordinator screening</source>
        <translation>Screening coördinator</translation>
    </message>
    <message>
        <source>Charter drafting</source>
        <translation>Opstellen charter</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Ingediend bij ADVP</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officieel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Charter amendment</source>
        <translation>Wijziging charter</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>mandated officer</source>
        <extracomment>States in which the charter's signatures are being collected. States in which messages may be sent to the network.</extracomment>
        <translation>BIN-gemandateerde</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>korpschef</source>
        <translation>korpschef</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>burgemeester</translation>
    </message>
    <message>
        <source>prevention officer</source>
        <translation>preventieambtenaar</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>ADVP</source>
        <translation>ADVP</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{network}: the mandated officer must follow up the initiative ({days} days)</source>
        <translation>{network}: de BIN-gemandateerde moet het initiatief opvolgen ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: info meeting and sign-up to organise ({days} days)</source>
        <translation>{network}: infovergadering en inschrijving te organiseren ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: coordinator to be screened ({days} days)</source>
        <translation>{network}: coördinator te screenen ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: charter to be finalised with the municipality ({days} days)</source>
        <translation>{network}: charter af te werken met de gemeente ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: waiting for the {actor}'s signature for {days} days</source>
        <translation>{network}: wacht al {days} dagen op de handtekening van de {actor}</translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation>{network}: alle handtekeningen binnen, te bezorgen aan ADVP ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP's approval for {days} days</source>
        <translation>{network}: wacht al {days} dagen op de goedkeuring van ADVP</translation>
    </message>
    <message>
        <source>{network}: official, to be started ({days} days)</source>
        <translation>{network}: officieel, op te starten ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: evaluation overdue by {days} days</source>
        <translation>{network}: evaluatie {days} dagen te laat</translation>
    </message>
    <message>
        <source>{network}: suspended for {days} days, to be reactivated or dissolved</source>
        <translation>{network}: al {days} dagen opgeschort, opnieuw te activeren of op te heffen</translation>
    </message>
    <message>
        <source>{network}: nothing to do</source>
        <translation>{network}: niets te doen</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} moet een lijst zijn.</translation>
    </message>
    <message>
        <source>Unknown {field}: {unknown}. Allowed: {allowed}.</source>
        <translation>Onbekende {field}: {unknown}. Toegelaten: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown network field(s): {fields}. Editable: {editable}.</source>
        <translation>Onbekende netwerkveld(en): {fields}. Bewerkbaar: {editable}.</translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation>Een netwerk heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>De naam is langer dan 200 tekens.</translation>
    </message>
    <message>
        <source>A network needs a type.</source>
        <translation>Een netwerk heeft een type nodig.</translation>
    </message>
    <message>
        <source>A network needs at least one language.</source>
        <translation>Een netwerk heeft minstens één taal nodig.</translation>
    </message>
    <message>
        <source>Not a Belgian postcode: {codes}.</source>
        <translation>Geen Belgische postcode: {codes}.</translation>
    </message>
    <message>
        <source>No municipality with id {id}.</source>
        <translation>Geen gemeente met id {id}.</translation>
    </message>
    <message>
        <source>{id} is not a BIN-mandated officer.</source>
        <translation>{id} is geen BIN-gemandateerde.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>No network with id {id}.</source>
        <translation>Geen netwerk met id {id}.</translation>
    </message>
    <message>
        <source>A new network needs {field}.</source>
        <translation>Een nieuw netwerk heeft {field} nodig.</translation>
    </message>
    <message>
        <source>Unknown state {state}.</source>
        <translation>Onbekende fase {state}.</translation>
    </message>
    <message>
        <source>{network} cannot go from '{current}' to '{target}'. Allowed next: {allowed}.</source>
        <translation>{network} kan niet van '{current}' naar '{target}'. Toegelaten volgende fasen: {allowed}.</translation>
    </message>
    <message>
        <source>The date {date} is before the current state began ({since}).</source>
        <translation>De datum {date} ligt vóór het begin van de huidige fase ({since}).</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Een contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} is geen e-mailadres.</translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Geen contactpersoon met id {id}.</translation>
    </message>
    <message>
        <source>No operator is selected. Choose who you are first.</source>
        <translation>Er is geen gebruiker gekozen. Kies eerst wie u bent.</translation>
    </message>
    <message>
        <source>Operator {name} is deactivated.</source>
        <translation>Gebruiker {name} is gedeactiveerd.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not do this ({permission}).</source>
        <translation>{name} ({role}) mag dit niet doen ({permission}).</translation>
    </message>
    <message>
        <source>No operator with personnel number {number}.</source>
        <translation>Geen gebruiker met stamnummer {number}.</translation>
    </message>
    <message>
        <source>The operator's name is empty.</source>
        <translation>De naam van de gebruiker is leeg.</translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Stamnummer {number} is ongeldig: gebruik 2 tot 32 letters, cijfers, punten, streepjes of underscores.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of: {roles}.</source>
        <translation>Onbekende rol {role}; gebruik een van: {roles}.</translation>
    </message>
    <message>
        <source>Personnel number {number} is already in use.</source>
        <translation>Stamnummer {number} is al in gebruik.</translation>
    </message>
    <message>
        <source>This data folder has no default operator. Name one with --operator, or create one with 'operators add'.</source>
        <translation>Deze gegevensmap heeft geen standaardgebruiker. Geef er een op met --operator, of maak er een aan met 'operators add'.</translation>
    </message>
    <message>
        <source>No operator with id {id}.</source>
        <translation>Geen gebruiker met id {id}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>De gegevensmap {path} kan niet aangemaakt worden: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder.</source>
        <translation>De gegevensmap {path} is geen map.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only ({reason}). Choose a folder you can write to with --data-dir.</source>
        <translation>De gegevensmap {path} is alleen-lezen ({reason}). Kies met --data-dir een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>{path} is not a BIN Desk database (it is not an SQLite file). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>{path} is geen BIN Desk-databank (het is geen SQLite-bestand). Het bestand is niet aangeraakt; zet een back-up terug of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({reason}). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>De databank {path} is beschadigd en kan niet gelezen worden ({reason}). Ze is niet aangeraakt; zet een back-up terug of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The database {path} belongs to another program. It was left untouched; choose another data folder.</source>
        <translation>De databank {path} hoort bij een ander programma. Ze is niet aangeraakt; kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of BIN Desk (schema {revision}). Install the newer version; the file was left untouched.</source>
        <translation>De databank {path} is geschreven door een nieuwere versie van BIN Desk (schema {revision}). Installeer de nieuwere versie; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program that holds it locked. Close that program and try again.</source>
        <translation>De databank {path} is vergrendeld door een ander programma. Sluit dat programma en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation>De databank {path} is alleen-lezen.</translation>
    </message>
    <message>
        <source>BIN Desk is already open on the data folder {path}. Switch to that window, or close it first.</source>
        <translation>BIN Desk is al geopend op de gegevensmap {path}. Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, got {text}.</source>
        <translation>--set verwacht VELD=WAARDE, niet {text}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>BIN Desk</source>
        <translation>BIN Desk</translation>
    </message>
</context>
</TS>
