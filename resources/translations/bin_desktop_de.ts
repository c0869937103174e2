<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChartersModel</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Bei der GD Sicherheit und Vorbeugung eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>No charter yet</source>
        <translation>Noch keine Charta</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>Wird unterzeichnet</translation>
    </message>
    <message>
        <source>Approved by ADVP</source>
        <translation>Von der GD Sicherheit und Vorbeugung genehmigt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation>{who} seit {date}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertreter</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BIN Desk has a problem</source>
        <extracomment>The exit code of a run that stopped on a bug (`--no-crash-dialog`).</extracomment>
        <translation>BIN Desk hat ein Problem</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved work is safe; the last action may not have been carried out. Please send this report to your IT support.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherte Arbeit ist sicher; die letzte Aktion wurde möglicherweise nicht ausgeführt. Bitte senden Sie diesen Bericht an Ihren IT-Dienst.</translation>
    </message>
    <message>
        <source>The report was saved in {path}.</source>
        <translation>Der Bericht wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved to a file.</source>
        <translation>Der Bericht konnte nicht in einer Datei gespeichert werden.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column order of the dashboard and the core sort key of each column.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Next actor</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Wartet (T.)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachr.</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>{count} (+{pending} pending)</source>
        <translation>{count} (+{pending} neu)</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Seit {date}</translation>
    </message>
    <message>
        <source>{count} members, {pending} waiting for review</source>
        <translation>{count} Mitglieder, {pending} warten auf Prüfung</translation>
    </message>
    <message>
        <source>Evaluation overdue</source>
        <translation>Bewertung überfällig</translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (überfällig)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This data folder has no police zone yet. Start BIN Desk with --demo to try it with example data.</source>
        <extracomment>The table shows the rows of the latest request. The zone summary (counts, needs action, total) arrived.</extracomment>
        <translation>Dieser Datenordner hat noch keine Polizeizone. Starten Sie BIN Desk mit --demo, um es mit Beispieldaten auszuprobieren.</translation>
    </message>
    <message>
        <source>Networks per state</source>
        <translation>Netzwerke je Phase</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Networks that need action</source>
        <translation>Netzwerke mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Double-click to open the network</source>
        <translation>Doppelklicken, um das Netzwerk zu öffnen</translation>
    </message>
    <message>
        <source>Search name, municipality, street or postcode</source>
        <translation>Name, Gemeinde, Straße oder Postleitzahl suchen</translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation>Netzwerke suchen</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Nach Gemeinde filtern</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle Gemeinden</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Networks of the zone</source>
        <translation>Netzwerke der Zone</translation>
    </message>
    <message>
        <source>Number of networks shown</source>
        <translation>Anzahl angezeigter Netzwerke</translation>
    </message>
    <message>
        <source>{state}: {count} networks. Click to show only these.</source>
        <translation>{state}: {count} Netzwerke. Klicken, um nur diese anzuzeigen.</translation>
    </message>
    <message>
        <source>{state}: {count} networks</source>
        <translation>{state}: {count} Netzwerke</translation>
    </message>
    <message>
        <source>{shown} of {total} networks</source>
        <translation>{shown} von {total} Netzwerken</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Member rows hold personal data: their history shows which fields changed, not the values.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Kontaktrolle</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charta</translation>
    </message>
    <message>
        <source>Signature request</source>
        <translation>Unterschriftsanfrage</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>{entity} {kind}</source>
        <translation>{entity} {kind}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>postcodes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <source>streets</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>mandated officer</source>
        <translation>beauftragter Polizist</translation>
    </message>
    <message>
        <source>evaluation due</source>
        <translation>Bewertung fällig</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>erfasst von</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>unterzeichnet von</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>requested on</source>
        <translation>angefragt am</translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation>entworfen am</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>eingereicht am</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>genehmigt am</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>Aktenzeichen GD Sicherheit</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertreter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BIN Desk main window</source>
        <translation>Hauptfenster von BIN Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Chartas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Polizeizone</translation>
    </message>
    <message>
        <source>Number of networks</source>
        <translation>Anzahl Netzwerke</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation>Zone: {zone}</translation>
    </message>
    <message>
        <source>No zone set up</source>
        <translation>Keine Zone eingerichtet</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>Kein Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
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
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
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
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>{status} (exercise)</source>
        <translation>{status} (Übung)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Nicht dringend</translation>
    </message>
</context>
<context>
    <name>NeedsActionModel</name>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (überfällig)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Back to the list you came from (Alt+Left)</source>
        <translation>Zurück zur vorherigen Liste (Alt+Links)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Name des Netzwerks</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Life-cycle state</source>
        <translation>Phase im Lebenszyklus</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Unterschriften:</translation>
    </message>
    <message>
        <source>Signatures of the current charter</source>
        <translation>Unterschriften der aktuellen Charta</translation>
    </message>
    <message>
        <source>Move the network to the next step of its life cycle</source>
        <translation>Das Netzwerk in die nächste Phase bringen</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Phase ändern…</translation>
    </message>
    <message>
        <source>Network details</source>
        <translation>Angaben zum Netzwerk</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Only for a sector BIN, e.g. pharmacies, port, jewellers</source>
        <translation>Nur für ein Sektor-Netzwerk, z. B. Apotheken, Hafen, Juweliere</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeinde:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Mandated &amp;officer:</source>
        <translation>Beauftragter &amp;Polizist:</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>Beauftragter Polizist</translation>
    </message>
    <message>
        <source>&amp;Evaluation due:</source>
        <translation>&amp;Bewertung fällig:</translation>
    </message>
    <message>
        <source>An evaluation is planned</source>
        <translation>Eine Bewertung ist geplant</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Geplant am</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Motives and objectives of the network</source>
        <translation>Beweggründe und Ziele des Netzwerks</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>&amp;Streets (one per line):</source>
        <translation>&amp;Straßen (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation>&amp;Postleitzahlen:</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <source>Separate postcodes with commas, e.g. 1500, 1501.</source>
        <translation>Postleitzahlen durch Kommas trennen, z. B. 4700, 4701.</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>SMS (urgent)</source>
        <translation>SMS (dringend)</translation>
    </message>
    <message>
        <source>Voice message (urgent)</source>
        <translation>Sprachnachricht (dringend)</translation>
    </message>
    <message>
        <source>E-mail (non-urgent and feedback)</source>
        <translation>E-Mail (nicht dringend und Rückmeldung)</translation>
    </message>
    <message>
        <source>Information categories agreed in the charter</source>
        <translation>In der Charta vereinbarte Informationskategorien</translation>
    </message>
    <message>
        <source>Never passed on: recognisable photos of suspects, readable number plates, names, national register numbers, addresses of victims, descriptions by origin, religion or skin colour, calls to patrol or confront anyone. A BIN is not a snitch line.</source>
        <translation>Nie weitergegeben: erkennbare Fotos von Verdächtigen, lesbare Kennzeichen, Namen, Nationalregisternummern, Adressen von Opfern, Beschreibungen nach Herkunft, Religion oder Hautfarbe, Aufrufe zu Streifen oder zur Konfrontation. Ein Netzwerk ist keine Petzlinie.</translation>
    </message>
    <message>
        <source>Coordinator and deputies</source>
        <translation>Koordinator und Stellvertreter</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>Koordinator festlegen…</translation>
    </message>
    <message>
        <source>Add deputy…</source>
        <translation>Stellvertreter hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Changes to contacts are saved at once.</source>
        <translation>Änderungen an Kontakten werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of the network</source>
        <translation>Verlauf des Netzwerks</translation>
    </message>
    <message>
        <source>Forget the changes that are not saved</source>
        <translation>Nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>{state} (since {date})</source>
        <extracomment>The network's data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload).</extracomment>
        <translation>{state} (seit {date})</translation>
    </message>
    <message>
        <source>Nothing to do at the moment.</source>
        <translation>Derzeit nichts zu tun.</translation>
    </message>
    <message>
        <source>no charter yet</source>
        <translation>noch keine Charta</translation>
    </message>
    <message>
        <source>{done} of {needed} signed</source>
        <translation>{done} von {needed} unterzeichnet</translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation>{who} seit {date}</translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting}</source>
        <translation>{signed}; ausstehend: {waiting}</translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting} and {more} more</source>
        <translation>{signed}; wartet auf {waiting} und {more} weitere</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to {network} are not saved. Discard them?</source>
        <translation>Die Änderungen an {network} sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation>Stellvertretender Koordinator</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from this network?</source>
        <translation>{name} aus diesem Netzwerk entfernen?</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation>Beauftragter Polizist</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>I am an existing operator:</source>
        <translation>Ich bin ein vorhandener Benutzer:</translation>
    </message>
    <message>
        <source>Existing operators</source>
        <translation>Vorhandene Benutzer</translation>
    </message>
    <message>
        <source>Create a new operator:</source>
        <translation>Neuen Benutzer anlegen:</translation>
    </message>
    <message>
        <source>This data folder has no operators yet. Create the first one: every change you make will be recorded under this name.</source>
        <translation>Dieser Datenordner hat noch keine Benutzer. Legen Sie den ersten an: Jede Änderung wird unter diesem Namen erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation>&amp;Personalnummer:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Every network of the zone with its state and territory. Double-click a network to open it.</source>
        <translation>Alle Netzwerke der Zone mit Phase und Gebiet. Doppelklicken Sie auf ein Netzwerk, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: they are opened only from a network, by an officer who needs them.</source>
        <translation>Wie viele Mitglieder jedes Netzwerk hat, nach Status. Mitgliederlisten sind personenbezogene Daten: Sie werden nur aus einem Netzwerk heraus geöffnet, von einem Polizisten, der sie braucht.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first: sent ones and drafts.</source>
        <translation>Polizeinachrichten an die Netzwerke, neueste zuerst: gesendete und Entwürfe.</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Chartas</translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when.</source>
        <translation>Die aktuelle Charta jedes Netzwerks: Version, Status, gesammelte Unterschriften und wer seit wann unterschreiben soll.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when BIN Desk starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von BIN Desk.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Current operator</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message>
        <source>Switch operator…</source>
        <translation>Benutzer wechseln…</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Diese Installation</translation>
    </message>
    <message>
        <source>no zone set up</source>
        <translation>keine Zone eingerichtet</translation>
    </message>
    <message>
        <source>Police zone:</source>
        <translation>Polizeizone:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>{name} ({number}), {role}</source>
        <translation>{name} ({number}), {role}</translation>
    </message>
    <message>
        <source>Nobody is selected: changes are refused.</source>
        <translation>Niemand ausgewählt: Änderungen werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change state of {network}</source>
        <translation>Phase von {network} ändern</translation>
    </message>
    <message>
        <source>Now: {state}, since {date}.</source>
        <translation>Jetzt: {state}, seit {date}.</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Neue Phase:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why, and on whose decision (optional)</source>
        <translation>Warum und auf wessen Entscheidung (optional)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>This is a final state.</source>
        <translation>Dies ist eine Endphase.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo zone…</source>
        <translation>Die Demo-Zone wird angelegt…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Unknown demo size {size}; use one of: {sizes}.</source>
        <extracomment>The main line of the life cycle; the other paths branch off it. A candidate coordinator who did not pass screening: back to preparation once. An active network whose charter was amended once (version 2 approved, version 1 superseded). Days a network typically stays in a state before the next step (from real zones' timelines). Days a large-zone network has been in its current state. How a large zone's networks spread over the states (most are active, as in real zones). Relative member-list size per state: lists grow from sign-up to activity and dwindle after. Every charter lets police pass on these: preventive tips and feedback are the point of a BIN.</extracomment>
        <translation>Unbekannte Demo-Größe {size}; verwenden Sie: {sizes}.</translation>
    </message>
    <message>
        <source>This data folder already holds a zone or operators. The demo zone can only be created in an empty data folder; choose another one with --data-dir.</source>
        <translation>Dieser Datenordner enthält bereits eine Zone oder Benutzer. Die Demo-Zone kann nur in einem leeren Datenordner angelegt werden; wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>Beauftragter Polizist</translation>
    </message>
    <message>
        <source>Chief of police (korpschef)</source>
        <translation>Korpschef</translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation>Präventionsbeauftragter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Wohnviertel</translation>
    </message>
    <message>
        <source>BIN-Z (self-employed)</source>
        <translation>Netzwerk für Selbstständige</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Einbruch</translation>
    </message>
    <message>
        <source>Vehicle crime</source>
        <translation>Fahrzeugkriminalität</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Diebstahl</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Vermisstenfall</translation>
    </message>
    <message>
        <source>Suspicious situation</source>
        <translation>Verdächtige Situation</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drogen</translation>
    </message>
    <message>
        <source>Public order</source>
        <translation>Öffentliche Ordnung</translation>
    </message>
    <message>
        <source>Disaster instructions</source>
        <translation>Anweisungen bei Katastrophen</translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation>Präventionstipp</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>An operation is stamped {minutes} minutes in the future of this computer's clock. Check the date and time of this computer and of the other device.</source>
        <translation>Ein Vorgang ist {minutes} Minuten in der Zukunft der Uhr dieses Computers gestempelt. Prüfen Sie Datum und Uhrzeit dieses Computers und des anderen Geräts.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Coordinator screening</source>
        <translation>Überprüfung des Koordinators</translation>
    </message>
    <message>
        <source>Charter drafting</source>
        <translation>Entwurf der Charta</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterzeichnung</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Offiziell</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Charter amendment</source>
        <translation>Änderung der Charta</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengelegt</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <source>mandated officer</source>
        <extracomment>States in which the charter's signatures are being collected. States in which messages may be sent to the network.</extracomment>
        <translation>beauftragter Polizist</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>korpschef</source>
        <translation>Korpschef</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>Bürgermeister</translation>
    </message>
    <message>
        <source>prevention officer</source>
        <translation>Präventionsbeauftragter</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>ADVP</source>
        <translation>GD Sicherheit und Vorbeugung</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{network}: the mandated officer must follow up the initiative ({days} days)</source>
        <translation>{network}: der beauftragte Polizist muss die Initiative weiterverfolgen ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: info meeting and sign-up to organise ({days} days)</source>
        <translation>{network}: Infoversammlung und Anmeldung zu organisieren ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: coordinator to be screened ({days} days)</source>
        <translation>{network}: Koordinator zu überprüfen ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: charter to be finalised with the municipality ({days} days)</source>
        <translation>{network}: Charta mit der Gemeinde abzuschließen ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: waiting for the {actor}'s signature for {days} days</source>
        <translation>{network}: Unterschrift ({actor}) steht seit {days} Tagen aus</translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation>{network}: alle Unterschriften liegen vor, einzureichen ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP's approval for {days} days</source>
        <translation>{network}: wartet seit {days} Tagen auf die Genehmigung</translation>
    </message>
    <message>
        <source>{network}: official, to be started ({days} days)</source>
        <translation>{network}: offiziell, zu starten ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: evaluation overdue by {days} days</source>
        <translation>{network}: Bewertung seit {days} Tagen überfällig</translation>
    </message>
    <message>
        <source>{network}: suspended for {days} days, to be reactivated or dissolved</source>
        <translation>{network}: seit {days} Tagen ausgesetzt, zu reaktivieren oder aufzulösen</translation>
    </message>
    <message>
        <source>{network}: nothing to do</source>
        <translation>{network}: nichts zu tun</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Unknown {field}: {unknown}. Allowed: {allowed}.</source>
        <translation>Unbekannt ({field}): {unknown}. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown network field(s): {fields}. Editable: {editable}.</source>
        <translation>Unbekannte Netzwerkfelder: {fields}. Bearbeitbar: {editable}.</translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation>Ein Netzwerk braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>A network needs a type.</source>
        <translation>Ein Netzwerk braucht einen Typ.</translation>
    </message>
    <message>
        <source>A network needs at least one language.</source>
        <translation>Ein Netzwerk braucht mindestens eine Sprache.</translation>
    </message>
    <message>
        <source>Not a Belgian postcode: {codes}.</source>
        <translation>Keine belgische Postleitzahl: {codes}.</translation>
    </message>
    <message>
        <source>No municipality with id {id}.</source>
        <translation>Keine Gemeinde mit der ID {id}.</translation>
    </message>
    <message>
        <source>{id} is not a BIN-mandated officer.</source>
        <translation>{id} ist kein beauftragter Polizist.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>No network with id {id}.</source>
        <translation>Kein Netzwerk mit der ID {id}.</translation>
    </message>
    <message>
        <source>A new network needs {field}.</source>
        <translation>Ein neues Netzwerk braucht: {field}.</translation>
    </message>
    <message>
        <source>Unknown state {state}.</source>
        <translation>Unbekannte Phase {state}.</translation>
    </message>
    <message>
        <source>{network} cannot go from '{current}' to '{target}'. Allowed next: {allowed}.</source>
        <translation>{network} kann nicht von „{current}“ zu „{target}“ wechseln. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>The date {date} is before the current state began ({since}).</source>
        <translation>Das Datum {date} liegt vor dem Beginn der aktuellen Phase ({since}).</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <source>No operator is selected. Choose who you are first.</source>
        <translation>Kein Benutzer ausgewählt. Wählen Sie zuerst, wer Sie sind.</translation>
    </message>
    <message>
        <source>Operator {name} is deactivated.</source>
        <translation>Benutzer {name} ist deaktiviert.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not do this ({permission}).</source>
        <translation>{name} ({role}) darf dies nicht tun ({permission}).</translation>
    </message>
    <message>
        <source>No operator with personnel number {number}.</source>
        <translation>Kein Benutzer mit der Personalnummer {number}.</translation>
    </message>
    <message>
        <source>The operator's name is empty.</source>
        <translation>Der Name des Benutzers ist leer.</translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Personalnummer {number} ist ungültig: 2 bis 32 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche verwenden.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of: {roles}.</source>
        <translation>Unbekannte Rolle {role}; verwenden Sie: {roles}.</translation>
    </message>
    <message>
        <source>Personnel number {number} is already in use.</source>
        <translation>Personalnummer {number} wird bereits verwendet.</translation>
    </message>
    <message>
        <source>This data folder has no default operator. Name one with --operator, or create one with 'operators add'.</source>
        <translation>Dieser Datenordner hat keinen Standardbenutzer. Geben Sie einen mit --operator an oder legen Sie einen mit 'operators add' an.</translation>
    </message>
    <message>
        <source>No operator with id {id}.</source>
        <translation>Kein Benutzer mit der ID {id}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Der Datenordner {path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder.</source>
        <translation>Der Datenordner {path} ist kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only ({reason}). Choose a folder you can write to with --data-dir.</source>
        <translation>Der Datenordner {path} ist schreibgeschützt ({reason}). Wählen Sie mit --data-dir einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>{path} is not a BIN Desk database (it is not an SQLite file). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>{path} ist keine BIN-Desk-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert; stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({reason}). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>Die Datenbank {path} ist beschädigt und nicht lesbar ({reason}). Sie wurde nicht verändert; stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The database {path} belongs to another program. It was left untouched; choose another data folder.</source>
        <translation>Die Datenbank {path} gehört zu einem anderen Programm. Sie wurde nicht verändert; wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of BIN Desk (schema {revision}). Install the newer version; the file was left untouched.</source>
        <translation>Die Datenbank {path} wurde von einer neueren Version von BIN Desk geschrieben (Schema {revision}). Installieren Sie die neuere Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program that holds it locked. Close that program and try again.</source>
        <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt. Schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>BIN Desk is already open on the data folder {path}. Switch to that window, or close it first.</source>
        <translation>BIN Desk ist bereits für den Datenordner {path} geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, got {text}.</source>
        <translation>--set erwartet FELD=WERT, erhalten: {text}.</translation>
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
