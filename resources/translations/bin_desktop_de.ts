<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Record ADVP approval</source>
        <translation>Genehmigung der GD Sicherheit und Vorbeugung erfassen</translation>
    </message>
    <message>
        <source>Date of the ADVP letter</source>
        <translation>Datum des Schreibens der GD Sicherheit und Vorbeugung</translation>
    </message>
    <message>
        <source>&amp;Letter dated:</source>
        <translation>&amp;Schreiben vom:</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>Aktenzeichen der GD</translation>
    </message>
    <message>
        <source>The reference on ADVP&apos;s letter</source>
        <translation>Das Aktenzeichen auf dem Schreiben der GD</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Aktenzeichen:</translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter</source>
        <translation>Charta</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation>Zurück zur vorherigen Seite (Alt+Links)</translation>
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
        <source>Charter of the network</source>
        <translation>Charta des Netzwerks</translation>
    </message>
    <message>
        <source>State of the network</source>
        <translation>Phase des Netzwerks</translation>
    </message>
    <message>
        <source>Save the unsigned PDF of the selected version, in one of its languages</source>
        <translation>Das nicht unterzeichnete PDF der gewählten Fassung in einer ihrer Sprachen speichern</translation>
    </message>
    <message>
        <source>Save the unsigned PDF</source>
        <translation>Das nicht unterzeichnete PDF speichern</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Start a new version of the charter, from the texts of the previous one</source>
        <translation>Eine neue Fassung der Charta beginnen, mit den Texten der vorigen</translation>
    </message>
    <message>
        <source>Draft a new version</source>
        <translation>Neue Fassung entwerfen</translation>
    </message>
    <message>
        <source>Record a signed PDF that came back, or a signature on paper</source>
        <translation>Ein zurückerhaltenes unterzeichnetes PDF oder eine Unterschrift auf Papier erfassen</translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Unterschrift erfassen</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Unterschrift erfassen…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterzeichnen</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Unterzeichnen…</translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation>Prüfung durch den Korpschef</translation>
    </message>
    <message>
        <source>Korpschef review…</source>
        <translation>Prüfung durch den Korpschef…</translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation>Bei der GD Sicherheit und Vorbeugung einreichen</translation>
    </message>
    <message>
        <source>Submit to ADVP…</source>
        <translation>Bei der GD einreichen…</translation>
    </message>
    <message>
        <source>ADVP confirmed the charter by letter: the network becomes official</source>
        <translation>Die GD hat die Charta schriftlich bestätigt: das Netzwerk wird offiziell</translation>
    </message>
    <message>
        <source>Record ADVP approval</source>
        <translation>Genehmigung der GD Sicherheit und Vorbeugung erfassen</translation>
    </message>
    <message>
        <source>Record ADVP approval…</source>
        <translation>Genehmigung der GD erfassen…</translation>
    </message>
    <message>
        <source>ADVP sent the charter back with remarks: the network drafts a new version</source>
        <translation>Die GD hat die Charta mit Anmerkungen zurückgeschickt: das Netzwerk entwirft eine neue Fassung</translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation>Anmerkungen der GD erfassen</translation>
    </message>
    <message>
        <source>Record ADVP remarks…</source>
        <translation>Anmerkungen der GD erfassen…</translation>
    </message>
    <message>
        <source>Amend the charter of this active network: a new version to sign and to notify to ADVP</source>
        <translation>Die Charta dieses aktiven Netzwerks ändern: eine neue Fassung zum Unterzeichnen und zur Meldung an die GD</translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation>Änderung beginnen</translation>
    </message>
    <message>
        <source>Start amendment…</source>
        <translation>Änderung beginnen…</translation>
    </message>
    <message>
        <source>Tell ADVP that this network was suspended, became inactive, merged or was dissolved</source>
        <translation>Der GD melden, dass dieses Netzwerk ausgesetzt, inaktiv, zusammengelegt oder aufgelöst wurde</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Meldung an die GD</translation>
    </message>
    <message>
        <source>Notice to ADVP…</source>
        <translation>Meldung an die GD…</translation>
    </message>
    <message>
        <source>Versions of the charter</source>
        <translation>Fassungen der Charta</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>Die gewählte Fassung</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Signatures of the selected version</source>
        <translation>Unterschriften der gewählten Fassung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Sprache des Dokuments:</translation>
    </message>
    <message>
        <source>The language of the texts you edit; the charter is printed in every language of the network</source>
        <translation>Die Sprache der Texte, die Sie bearbeiten; die Charta wird in jeder Sprache des Netzwerks gedruckt</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Tick when the start date is agreed</source>
        <translation>Ankreuzen, sobald das Anfangsdatum vereinbart ist</translation>
    </message>
    <message>
        <source>The start date is agreed</source>
        <translation>Das Anfangsdatum ist vereinbart</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>In months; 0 for an indefinite period</source>
        <translation>In Monaten; 0 für unbestimmte Dauer</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Dauer in Monaten</translation>
    </message>
    <message>
        <source>Municipality signs by:</source>
        <translation>Die Gemeinde unterzeichnet durch:</translation>
    </message>
    <message>
        <source>The mayor signs</source>
        <translation>Der Bürgermeister unterzeichnet</translation>
    </message>
    <message>
        <source>the &amp;mayor</source>
        <translation>den &amp;Bürgermeister</translation>
    </message>
    <message>
        <source>The prevention officer signs</source>
        <translation>Der Präventionsbeauftragte unterzeichnet</translation>
    </message>
    <message>
        <source>the &amp;prevention officer</source>
        <translation>den &amp;Präventionsbeauftragten</translation>
    </message>
    <message>
        <source>Sections of the charter</source>
        <translation>Abschnitte der Charta</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Text des Abschnitts</translation>
    </message>
    <message>
        <source>What ADVP would find missing</source>
        <translation>Was die GD vermissen würde</translation>
    </message>
    <message>
        <source>Save, then list what ADVP would find missing</source>
        <translation>Speichern, dann auflisten, was die GD vermissen würde</translation>
    </message>
    <message>
        <source>Check for ADVP</source>
        <translation>Für die GD prüfen</translation>
    </message>
    <message>
        <source>&amp;Check for ADVP</source>
        <translation>Für die GD &amp;prüfen</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Den Entwurf speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Freeze this version and ask every signatory to sign it</source>
        <translation>Diese Fassung festschreiben und jeden Unterzeichner um seine Unterschrift bitten</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Zur Unterschrift senden</translation>
    </message>
    <message>
        <source>Send for signature…</source>
        <translation>Zur Unterschrift senden…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Files of the selected version</source>
        <translation>Dateien der gewählten Fassung</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Die Datei speichern unter</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Open the file with the program this computer uses for it</source>
        <translation>Die Datei mit dem Programm öffnen, das dieser Computer dafür verwendet</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>indefinite</source>
        <extracomment>The charter on screen is fresh (after opening, a save, a signature …). Missing items of the draft were listed (after &quot;Check for ADVP&quot; or a refused send).</extracomment>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>{heading} (empty)</source>
        <translation>{heading} (leer)</translation>
    </message>
    <message>
        <source>Charter of {network}</source>
        <translation>Charta von {network}</translation>
    </message>
    <message>
        <source>Network: {state} since {date}</source>
        <translation>Netzwerk: {state} seit {date}</translation>
    </message>
    <message>
        <source>Only a draft version is edited; a sent version is frozen.</source>
        <translation>Nur ein Entwurf wird bearbeitet; eine versandte Fassung ist festgeschrieben.</translation>
    </message>
    <message>
        <source>This network has no charter yet. Draft one to start.</source>
        <translation>Dieses Netzwerk hat noch keine Charta. Entwerfen Sie eine, um zu beginnen.</translation>
    </message>
    <message>
        <source>The signatures are asked when the draft is sent for signature.</source>
        <translation>Die Unterschriften werden angefragt, sobald der Entwurf zur Unterschrift versandt ist.</translation>
    </message>
    <message>
        <source>A signature waiting {days} days or more (the zone&apos;s setting) is marked in red.</source>
        <translation>Eine Unterschrift, auf die seit {days} Tagen oder länger gewartet wird (Einstellung der Zone), ist rot markiert.</translation>
    </message>
    <message>
        <source>Sign your own field of this version with your certificate</source>
        <translation>Ihr eigenes Feld dieser Fassung mit Ihrem Zertifikat unterzeichnen</translation>
    </message>
    <message>
        <source>This version has no field for you left to sign.</source>
        <translation>In dieser Fassung ist kein Feld mehr von Ihnen zu unterzeichnen.</translation>
    </message>
    <message>
        <source>Read the charter, tick ADVP&apos;s checklist, then sign or send it back</source>
        <translation>Die Charta lesen, die Prüfliste der GD abhaken, dann unterzeichnen oder zurückschicken</translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter.</source>
        <translation>Nur der Korpschef prüft und unterzeichnet die Charta.</translation>
    </message>
    <message>
        <source>Every party signed: make the letter to ADVP and mark the charter submitted</source>
        <translation>Alle Parteien haben unterzeichnet: das Schreiben an die GD erstellen und die Charta als eingereicht markieren</translation>
    </message>
    <message>
        <source>Waiting for: {who}</source>
        <translation>Ausstehend: {who}</translation>
    </message>
    <message>
        <source>Empty: ADVP checks that every section is filled in</source>
        <translation>Leer: die GD prüft, ob jeder Abschnitt ausgefüllt ist</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to the charter of {network} are not saved. Discard them?</source>
        <translation>Die Änderungen an der Charta von {network} sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>ADVP would find missing:
{items}</source>
        <translation>Die GD würde vermissen:
{items}</translation>
    </message>
    <message>
        <source>Nothing is missing: the draft can be sent for signature.</source>
        <translation>Es fehlt nichts: der Entwurf kann zur Unterschrift versandt werden.</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Zur Unterschrift senden</translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} for signature? Its text is frozen: later changes need a new version.</source>
        <translation>Fassung {version} der Charta von {network} zur Unterschrift senden? Ihr Text wird festgeschrieben: spätere Änderungen erfordern eine neue Fassung.</translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing:
{items}</source>
        <translation>Die Charta kann noch nicht zur Unterschrift versandt werden. Es fehlt:
{items}</translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network}.</source>
        <translation>Fassung {version} der Charta von {network}.</translation>
    </message>
    <message>
        <source>Save the charter as PDF</source>
        <translation>Die Charta als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>• {signatory}: {name}</source>
        <translation>• {signatory}: {name}</translation>
    </message>
    <message>
        <source>Signature recorded</source>
        <translation>Unterschrift erfasst</translation>
    </message>
    <message>
        <source>Recorded:
{signatures}</source>
        <translation>Erfasst:
{signatures}</translation>
    </message>
    <message>
        <source>You sign version {version} of the charter of {network} as {signatory}: {name}. Fingerprint: {hash}…</source>
        <translation>Sie unterzeichnen Fassung {version} der Charta von {network} als {signatory}: {name}. Fingerabdruck: {hash}…</translation>
    </message>
    <message>
        <source>The letter was saved as {path}. It is also kept with the charter&apos;s files. Send it to ADVP.</source>
        <translation>Das Schreiben wurde als {path} gespeichert. Es wird auch bei den Dateien der Charta aufbewahrt. Senden Sie es an die GD.</translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation>Bei der GD Sicherheit und Vorbeugung einreichen</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Meldung an die GD</translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation>Anmerkungen der GD erfassen</translation>
    </message>
    <message>
        <source>ADVP sends it back: the network drafts a new version that takes the remarks into account.</source>
        <translation>Die GD schickt sie zurück: das Netzwerk entwirft eine neue Fassung, die die Anmerkungen berücksichtigt.</translation>
    </message>
    <message>
        <source>ADVP&apos;s &amp;remarks:</source>
        <translation>&amp;Anmerkungen der GD:</translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation>Änderung beginnen</translation>
    </message>
    <message>
        <source>A new version of the charter of {network} is drafted from the current one; every party signs it again and ADVP is told.</source>
        <translation>Eine neue Fassung der Charta von {network} wird aus der aktuellen entworfen; jede Partei unterzeichnet erneut und die GD wird informiert.</translation>
    </message>
    <message>
        <source>&amp;What changes, and why:</source>
        <translation>&amp;Was ändert sich, und warum:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… instead.</source>
        <translation>Kein Programm auf diesem Computer öffnet {name}. Verwenden Sie stattdessen Speichern unter….</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Die Datei speichern unter</translation>
    </message>
    <message>
        <source>Files (*{suffix})</source>
        <translation>Dateien (*{suffix})</translation>
    </message>
</context>
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
        <source>{who} since {date}</source>
        <translation>{who} seit {date}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Burglary wave</source>
        <translation>Einbruchserie</translation>
    </message>
    <message>
        <source>Vehicle break-ins</source>
        <translation>Autoaufbrüche</translation>
    </message>
    <message>
        <source>Phone fraud</source>
        <translation>Telefonbetrug</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Vermisstenfall</translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation>Präventionstipp</translation>
    </message>
    <message>
        <source>Feedback on an earlier message</source>
        <translation>Rückmeldung zu einer früheren Nachricht</translation>
    </message>
    <message>
        <source>Cancel &quot;{headline}&quot;?

A cancellation with a standard text goes to the same networks ({networks}). It is saved as a draft that another operator approves.</source>
        <translation>„{headline}“ widerrufen?

Ein Widerruf mit Standardtext geht an dieselben Netzwerke ({networks}). Er wird als Entwurf gespeichert, den ein anderer Benutzer genehmigt.</translation>
    </message>
    <message>
        <source>Cancel the message</source>
        <translation>Nachricht widerrufen</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Nachricht verlassen</translation>
    </message>
    <message>
        <source>The message you are writing is not saved. Leave it and lose the text?</source>
        <translation>Die Nachricht, die Sie schreiben, ist nicht gespeichert. Verlassen und den Text verlieren?</translation>
    </message>
    <message>
        <source>{category} (not agreed by every network)</source>
        <translation>{category} (nicht von jedem Netzwerk vereinbart)</translation>
    </message>
    <message>
        <source>The charter of at least one chosen network does not allow this category.</source>
        <translation>Die Charta mindestens eines gewählten Netzwerks erlaubt diese Kategorie nicht.</translation>
    </message>
    <message>
        <source>{exercise}: this message is an exercise, not a real alert. It stays marked as an exercise everywhere and goes out with the CAP status Exercise.</source>
        <translation>{exercise}: Diese Nachricht ist eine Übung, keine echte Warnung. Sie bleibt überall als Übung markiert und geht mit dem CAP-Status Exercise hinaus.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Update of &quot;{headline}&quot;</source>
        <translation>Aktualisierung von „{headline}“</translation>
    </message>
    <message>
        <source>Feedback on &quot;{headline}&quot;</source>
        <translation>Rückmeldung zu „{headline}“</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>No network chosen yet.</source>
        <translation>Noch kein Netzwerk gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) chosen: {names}</source>
        <translation>
            <numerusform>%n Netzwerk gewählt: {names}</numerusform>
            <numerusform>%n Netzwerke gewählt: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered by: {networks}</source>
        <translation>Gehört zu: {networks}</translation>
    </message>
    <message>
        <source>{network} covers it too but cannot receive messages now ({state}).</source>
        <translation>{network} deckt sie auch ab, kann aber jetzt keine Nachrichten empfangen ({state}).</translation>
    </message>
    <message>
        <source>No network covers &quot;{query}&quot;.</source>
        <translation>Kein Netzwerk deckt „{query}“ ab.</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Vorlage einsetzen</translation>
    </message>
    <message>
        <source>Replace the {language} text with the template &quot;{template}&quot;?</source>
        <translation>Den Text auf {language} durch die Vorlage „{template}“ ersetzen?</translation>
    </message>
    <message>
        <source>The checks run as you type.</source>
        <translation>Die Prüfungen laufen während der Eingabe.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n finding(s) must be fixed.</source>
        <translation>
            <numerusform>Blockiert: %n Befund muss behoben werden.</numerusform>
            <numerusform>Blockiert: %n Befunde müssen behoben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them before saving.</source>
        <translation>
            <numerusform>%n Warnung: lesen Sie sie vor dem Speichern.</numerusform>
            <numerusform>%n Warnungen: lesen Sie sie vor dem Speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocking findings or warnings.</source>
        <translation>Keine blockierenden Befunde oder Warnungen.</translation>
    </message>
    <message>
        <source>{encoding} (because of {characters})</source>
        <translation>{encoding} (wegen {characters})</translation>
    </message>
    <message>
        <source>SMS: {encoding}</source>
        <translation>SMS: {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>cost {cost}</source>
        <translation>Kosten {cost}</translation>
    </message>
    <message numerus="yes">
        <source>Voice: about %n second(s)</source>
        <translation>
            <numerusform>Sprachnachricht: etwa %n Sekunde</numerusform>
            <numerusform>Sprachnachricht: etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n character(s)</source>
        <translation>
            <numerusform>E-Mail: %n Zeichen</numerusform>
            <numerusform>E-Mail: %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Wählen Sie mindestens einen Kanal.</translation>
    </message>
    <message>
        <source>Audience: choose the target networks.</source>
        <translation>Empfänger: Wählen Sie die Zielnetzwerke.</translation>
    </message>
    <message>
        <source>Audience: loading the networks&apos; members…</source>
        <translation>Empfänger: Die Mitglieder der Netzwerke werden geladen…</translation>
    </message>
    <message>
        <source>Audience: {reached}</source>
        <translation>Empfänger: {reached}</translation>
    </message>
    <message numerus="yes">
        <source>%n not reachable on these channels</source>
        <translation>
            <numerusform>%n über diese Kanäle nicht erreichbar</numerusform>
            <numerusform>%n über diese Kanäle nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held until their quiet hours end</source>
        <translation>
            <numerusform>%n erst nach ihrer Ruhezeit</numerusform>
            <numerusform>%n erst nach ihrer Ruhezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text.</source>
        <translation>Klicken Sie auf einen Befund, um seine Wörter im Text zu markieren.</translation>
    </message>
    <message>
        <source>Replace &quot;{old}&quot; with &quot;{new}&quot; here.</source>
        <translation>Hier „{old}“ durch „{new}“ ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Apply every GSM replacement (%n)</source>
        <translation>
            <numerusform>Jede GSM-Ersetzung anwenden (%n)</numerusform>
            <numerusform>Jede GSM-Ersetzung anwenden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not write messages.</source>
        <translation>Ihre Rolle darf keine Nachrichten schreiben.</translation>
    </message>
    <message>
        <source>Choose at least one target network.</source>
        <translation>Wählen Sie mindestens ein Zielnetzwerk.</translation>
    </message>
    <message>
        <source>Loading the chosen networks…</source>
        <translation>Die gewählten Netzwerke werden geladen…</translation>
    </message>
    <message>
        <source>Write the text.</source>
        <translation>Schreiben Sie den Text.</translation>
    </message>
    <message>
        <source>Fix the blocking findings, or save the message for the korpschef, who alone may override them (with a reason).</source>
        <translation>Beheben Sie die blockierenden Befunde, oder speichern Sie die Nachricht für den Korpschef, der sich als Einziger darüber hinwegsetzen darf (mit Begründung).</translation>
    </message>
    <message>
        <source>Another operator approves the message after you save it (four eyes).</source>
        <translation>Ein anderer Benutzer genehmigt die Nachricht, nachdem Sie sie gespeichert haben (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>The checks block this message: only the korpschef may approve it, overriding them with a reason.</source>
        <translation>Die Prüfungen blockieren diese Nachricht: Nur der Korpschef darf sie genehmigen und sich mit Begründung darüber hinwegsetzen.</translation>
    </message>
    <message>
        <source>Your role may not approve messages.</source>
        <translation>Ihre Rolle darf keine Nachrichten genehmigen.</translation>
    </message>
    <message>
        <source>Check the findings, then approve: the message becomes ready to dispatch.</source>
        <translation>Prüfen Sie die Befunde und genehmigen Sie dann: Die Nachricht wird versandbereit.</translation>
    </message>
    <message>
        <source>Update of an earlier message.</source>
        <translation>Aktualisierung einer früheren Nachricht.</translation>
    </message>
    <message>
        <source>Cancellation of an earlier message.</source>
        <translation>Widerruf einer früheren Nachricht.</translation>
    </message>
    <message>
        <source>Draft written by {author} on {date}: waiting for the approval of another operator.</source>
        <translation>Entwurf von {author} am {date}: wartet auf die Genehmigung eines anderen Benutzers.</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}: ready to dispatch.</source>
        <translation>Genehmigt von {approver} am {date}: versandbereit.</translation>
    </message>
    <message>
        <source>Blocking findings overridden: {reason}</source>
        <translation>Blockierende Befunde übergangen: {reason}</translation>
    </message>
    <message>
        <source>Sent on {date}.</source>
        <translation>Gesendet am {date}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Widerrufen.</translation>
    </message>
    <message>
        <source>Save for the korpschef</source>
        <translation>Für den Korpschef speichern</translation>
    </message>
    <message>
        <source>The checks block this message. Only the korpschef may approve it, overriding the findings with a reason that is kept. Save it for the korpschef?</source>
        <translation>Die Prüfungen blockieren diese Nachricht. Nur der Korpschef darf sie genehmigen und sich mit einer gespeicherten Begründung über die Befunde hinwegsetzen. Für den Korpschef speichern?</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <source>Message composer</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Exercise banner</source>
        <translation>Übungsbanner</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the messages</source>
        <translation>Zurück zu den Nachrichten</translation>
    </message>
    <message>
        <source>Back to the list of messages (Alt+Left)</source>
        <translation>Zurück zur Liste der Nachrichten (Alt+Links)</translation>
    </message>
    <message>
        <source>Title of the message</source>
        <translation>Titel der Nachricht</translation>
    </message>
    <message>
        <source>E&amp;xercise: not a real message</source>
        <translation>Ü&amp;bung: keine echte Nachricht</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>An exercise is marked as such everywhere and goes out with the CAP status Exercise</source>
        <translation>Eine Übung wird überall als solche markiert und geht mit dem CAP-Status Exercise hinaus</translation>
    </message>
    <message>
        <source>Status of the message</source>
        <translation>Status der Nachricht</translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation>Zielnetzwerke</translation>
    </message>
    <message>
        <source>Search a network or municipality</source>
        <translation>Netzwerk oder Gemeinde suchen</translation>
    </message>
    <message>
        <source>Search the target networks</source>
        <translation>Zielnetzwerke suchen</translation>
    </message>
    <message>
        <source>Networks that may receive messages</source>
        <translation>Netzwerke, die Nachrichten empfangen dürfen</translation>
    </message>
    <message>
        <source>Tick the networks the message is for. Only networks that are official or active are listed.</source>
        <translation>Kreuzen Sie die Netzwerke an, für die die Nachricht bestimmt ist. Nur offizielle oder aktive Netzwerke sind aufgeführt.</translation>
    </message>
    <message>
        <source>Chosen networks</source>
        <translation>Gewählte Netzwerke</translation>
    </message>
    <message>
        <source>Street or postcode</source>
        <translation>Straße oder Postleitzahl</translation>
    </message>
    <message>
        <source>e.g. Parklaan or 1500</source>
        <translation>z. B. Parkstraße oder 4700</translation>
    </message>
    <message>
        <source>Type a street or a postcode: the networks whose territory covers it are listed below, and Add ticks them.</source>
        <translation>Geben Sie eine Straße oder Postleitzahl ein: Die Netzwerke, deren Gebiet sie abdeckt, werden darunter aufgeführt, und Hinzufügen kreuzt sie an.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the networks covering this street</source>
        <translation>Netzwerke dieser Straße hinzufügen</translation>
    </message>
    <message>
        <source>Tick the networks whose territory covers this street or postcode</source>
        <translation>Die Netzwerke ankreuzen, deren Gebiet diese Straße oder Postleitzahl abdeckt</translation>
    </message>
    <message>
        <source>Networks covering the street</source>
        <translation>Netzwerke, die die Straße abdecken</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>The kind of information. Categories that a target network&apos;s charter did not agree to are marked.</source>
        <translation>Die Art der Information. Kategorien, denen die Charta eines Zielnetzwerks nicht zugestimmt hat, sind markiert.</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Dringend</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>A threat now: by SMS and/or voice call</source>
        <translation>Eine Bedrohung jetzt: per SMS und/oder Sprachanruf</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Information that can wait: by e-mail</source>
        <translation>Information, die warten kann: per E-Mail</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Per SMS senden</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Send as a voice call</source>
        <translation>Als Sprachanruf senden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Über&amp;schrift:</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>What and where, in a few words (lists, CAP headline)</source>
        <translation>Was und wo, in wenigen Worten (Listen, CAP-Überschrift)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>A ready text with preventive advice, in the language of the open tab</source>
        <translation>Ein fertiger Text mit Präventionstipps, in der Sprache des offenen Reiters</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Einsetzen</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Vorlage einsetzen</translation>
    </message>
    <message>
        <source>Put the template&apos;s text in the open language tab (the category follows)</source>
        <translation>Setzt den Text der Vorlage in den offenen Sprachreiter (die Kategorie folgt)</translation>
    </message>
    <message>
        <source>Text per language</source>
        <translation>Text pro Sprache</translation>
    </message>
    <message>
        <source>SMS and voice counters</source>
        <translation>Zähler SMS und Sprache</translation>
    </message>
    <message>
        <source>Audience per channel</source>
        <translation>Empfänger pro Kanal</translation>
    </message>
    <message>
        <source>Verdict of the checks</source>
        <translation>Ergebnis der Prüfungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Explain: every rule that ran</source>
        <translation>Erklären: jede angewandte Regel</translation>
    </message>
    <message>
        <source>List every rule of the check: what it looks at, what it found, and the rules the zone switched off</source>
        <translation>Jede Regel der Prüfung anzeigen: was sie prüft, was sie gefunden hat, und die von der Zone abgeschalteten Regeln</translation>
    </message>
    <message>
        <source>Findings of the checks</source>
        <translation>Befunde der Prüfungen</translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text</source>
        <translation>Klicken Sie auf einen Befund, um seine Wörter im Text zu markieren</translation>
    </message>
    <message>
        <source>Every rule of the check</source>
        <translation>Jede Regel der Prüfung</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the suggested replacement</source>
        <translation>Die vorgeschlagene Ersetzung anwenden</translation>
    </message>
    <message>
        <source>Replace only the selected finding&apos;s character with its GSM equivalent</source>
        <translation>Nur das Zeichen des gewählten Befunds durch sein GSM-Gegenstück ersetzen</translation>
    </message>
    <message>
        <source>Apply every GSM replacement</source>
        <translation>Jede GSM-Ersetzung anwenden</translation>
    </message>
    <message>
        <source>Replace every character that forces UCS-2 in this text by its GSM equivalent</source>
        <translation>Jedes Zeichen, das UCS-2 erzwingt, in diesem Text durch sein GSM-Gegenstück ersetzen</translation>
    </message>
    <message>
        <source>Why the buttons are disabled</source>
        <translation>Warum die Schaltflächen deaktiviert sind</translation>
    </message>
    <message>
        <source>Save for the korpschef…</source>
        <translation>Für den Korpschef speichern…</translation>
    </message>
    <message>
        <source>Save for the korpschef&apos;s override</source>
        <translation>Speichern, damit der Korpschef die Befunde übergehen kann</translation>
    </message>
    <message>
        <source>Save despite blocking findings: only the korpschef can approve it, with a reason that is kept</source>
        <translation>Trotz blockierender Befunde speichern: Nur der Korpschef kann sie genehmigen, mit einer gespeicherten Begründung</translation>
    </message>
    <message>
        <source>&amp;Save for approval</source>
        <translation>Zur Genehmigung &amp;speichern</translation>
    </message>
    <message>
        <source>Save for approval</source>
        <translation>Zur Genehmigung speichern</translation>
    </message>
    <message>
        <source>Save the draft; another operator approves it (Ctrl+S)</source>
        <translation>Den Entwurf speichern; ein anderer Benutzer genehmigt ihn (Strg+S)</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the message</source>
        <translation>Die Nachricht genehmigen</translation>
    </message>
    <message>
        <source>Check the audience and approve: the message becomes ready to dispatch</source>
        <translation>Empfänger prüfen und genehmigen: Die Nachricht wird versandbereit</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <source>Write an update of this message</source>
        <translation>Eine Aktualisierung dieser Nachricht schreiben</translation>
    </message>
    <message>
        <source>A new message to the same networks that corrects or completes this one</source>
        <translation>Eine neue Nachricht an dieselben Netzwerke, die diese berichtigt oder ergänzt</translation>
    </message>
    <message>
        <source>Cancel message…</source>
        <translation>Nachricht widerrufen…</translation>
    </message>
    <message>
        <source>Cancel this message</source>
        <translation>Diese Nachricht widerrufen</translation>
    </message>
    <message>
        <source>A cancellation to the same networks, referring to this message</source>
        <translation>Ein Widerruf an dieselben Netzwerke, mit Verweis auf diese Nachricht</translation>
    </message>
</context>
<context>
    <name>ComposerTextForm</name>
    <message>
        <source>Text in one language</source>
        <translation>Text in einer Sprache</translation>
    </message>
    <message>
        <source>E-mail &amp;subject:</source>
        <translation>E-Mail-&amp;Betreff:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <source>What and where, e.g. Burglaries in the Kerkwijk</source>
        <translation>Was und wo, z. B. Einbrüche im Kirchviertel</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Text der Nachricht</translation>
    </message>
    <message>
        <source>The message as members will read it. Say what happened, where, and what they can do.</source>
        <translation>Die Nachricht, wie die Mitglieder sie lesen werden. Sagen Sie, was wo geschah und was sie tun können.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <extracomment>the network it is about (for a network, its own name), &quot;&quot; when unknown here &quot;Resolved&quot; or &quot;To look at&quot;: shown with &quot;Show resolved&quot; only</extracomment>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Kept: by, when</source>
        <translation>Behalten: von wem, wann</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Other: by, when</source>
        <translation>Anderer: von wem, wann</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Member of {network}</source>
        <translation>Mitglied von {network}</translation>
    </message>
    <message>
        <source>Contact of {network}</source>
        <translation>Kontakt von {network}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
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
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation>Beauftragter Polizist</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{who}, {when}, here</source>
        <translation>{who}, {when}, hier</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Auf diesem Computer vorgenommen</translation>
    </message>
    <message>
        <source>Made on device {id}</source>
        <translation>Auf Gerät {id} vorgenommen</translation>
    </message>
    <message>
        <source>The later change wins</source>
        <translation>Die spätere Änderung gilt</translation>
    </message>
    <message>
        <source>A deletion wins over a change</source>
        <translation>Eine Löschung hat Vorrang vor einer Änderung</translation>
    </message>
    <message>
        <source>Staying a member wins over leaving</source>
        <translation>Mitglied bleiben hat Vorrang vor Austreten</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Two people changed the same thing without seeing each other&apos;s change (one of them was offline, say). Every computer of the zone kept the same value, by the rule shown. If the other value is the right one, select the row and keep it: that is a new change, sent to the other computers at the next sync.</source>
        <translation>Zwei Personen haben dasselbe geändert, ohne die Änderung des anderen zu sehen (etwa weil einer von ihnen offline war). Jeder Computer der Zone hat nach der angezeigten Regel denselben Wert behalten. Ist der andere Wert der richtige, wählen Sie die Zeile und behalten Sie ihn: Das ist eine neue Änderung, die bei der nächsten Synchronisierung an die anderen Computer geht.</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Erledigte Konflikte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keep the other value</source>
        <translation>Den anderen Wert &amp;behalten</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>Den anderen Wert behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen</numerusform>
            <numerusform>%n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Wählen Sie zuerst einen Konflikt.</translation>
    </message>
    <message>
        <source>The row was deleted: a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation>Die Zeile wurde gelöscht: Eine gelöschte Zeile kann den anderen Wert nicht übernehmen. Legen Sie sie erneut an, wenn sie noch gebraucht wird.</translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation>Dieser Konflikt wurde bereits geklärt.</translation>
    </message>
    <message>
        <source>Nobody is selected as operator: changes are refused.</source>
        <translation>Kein Benutzer ausgewählt: Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Give the field the other value: a new change, sent to the other computers at the next sync.</source>
        <translation>Dem Feld den anderen Wert geben: eine neue Änderung, die bei der nächsten Synchronisierung an die anderen Computer geht.</translation>
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
    <name>CredentialsWidget</name>
    <message>
        <source>No certificate file chosen</source>
        <translation>Keine Zertifikatsdatei gewählt</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Die Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) with your signing certificate and key</source>
        <translation>Eine PKCS#12-Datei (.p12 oder .pfx) mit Ihrem Signaturzertifikat und Schlüssel</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>Zertifikats&amp;datei:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of the certificate file. BIN Desk never stores it.</source>
        <translation>Die Passphrase der Zertifikatsdatei. BIN Desk speichert sie nie.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Sign with the eID card</source>
        <translation>Mit der eID-Karte unterzeichnen</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible in this version of BIN Desk yet.</source>
        <translation>Das Unterzeichnen mit der eID-Karte ist in dieser Version von BIN Desk noch nicht möglich.</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Zertifikate (*.p12 *.pfx);;Alle Dateien (*)</translation>
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
    <name>DeliveryChart</name>
    <message>
        <source>Delivery chart</source>
        <extracomment>How often the view reloads its statistics while its message is dispatched. How often the providers are asked for delivery reports once everything was handed over. How long the window keeps asking for delivery reports. The longest pause between two rounds (a 429&apos;s Retry-After, a retry back-off).</extracomment>
        <translation>Zustelldiagramm</translation>
    </message>
</context>
<context>
    <name>DeliveryStatsModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation>Zustellübersicht</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Zustellfortschritt</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <source>Send the rest</source>
        <translation>Rest senden</translation>
    </message>
    <message>
        <source>Hand the deliveries still queued to the gateways (after a stop or a restart)</source>
        <translation>Die noch wartenden Zustellungen an die Gateways übergeben (nach einem Stopp oder Neustart)</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>Senden abbrechen…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Deliveries per channel and language</source>
        <translation>Zustellungen pro Kanal und Sprache</translation>
    </message>
    <message>
        <source>Delivery times and cost</source>
        <translation>Zustellzeiten und Kosten</translation>
    </message>
    <message>
        <source>Members not reached</source>
        <translation>Nicht erreichte Mitglieder</translation>
    </message>
    <message>
        <source>Review member…</source>
        <translation>Mitglied prüfen…</translation>
    </message>
    <message>
        <source>Review member</source>
        <translation>Mitglied prüfen</translation>
    </message>
    <message>
        <source>Open the selected member in the member list to check the number or address</source>
        <translation>Das gewählte Mitglied in der Mitgliederliste öffnen, um die Nummer oder Adresse zu prüfen</translation>
    </message>
    <message>
        <source>sent {when} · {total} deliveries · {handed} handed to the providers · {delivered} delivered · {failed} failed</source>
        <translation>gesendet {when} · {total} Zustellungen · {handed} an die Anbieter übergeben · {delivered} zugestellt · {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Half delivered after: {t50} · nine in ten after: {t90}</source>
        <translation>Hälfte zugestellt nach: {t50} · neun von zehn nach: {t90}</translation>
    </message>
    <message>
        <source>SMS cost so far: {cost} ({segments} segments × {price}; segments per SMS {per_language})</source>
        <translation>SMS-Kosten bisher: {cost} ({segments} Segmente × {price}; Segmente pro SMS {per_language})</translation>
    </message>
    <message numerus="yes">
        <source>Members not reached: %n</source>
        <translation>
            <numerusform>Nicht erreichte Mitglieder: %n</numerusform>
            <numerusform>Nicht erreichte Mitglieder: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this message? Deliveries not yet handed to a provider are not sent; those already handed over cannot be called back.</source>
        <translation>Diese Nachricht abbrechen? Zustellungen, die noch keinem Anbieter übergeben wurden, werden nicht gesendet; bereits übergebene können nicht zurückgerufen werden.</translation>
    </message>
    <message>
        <source>Stop waiting for reports</source>
        <translation>Nicht mehr auf Berichte warten</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped; what is still queued waits for &apos;Send the rest&apos;.</source>
        <translation>Angehalten; was noch wartet, bleibt bis „Rest senden“ in der Warteschlange.</translation>
    </message>
    <message>
        <source>Stopped waiting for delivery reports.</source>
        <translation>Warten auf Zustellberichte beendet.</translation>
    </message>
    <message>
        <source>Sending stopped on an error.</source>
        <translation>Senden wegen eines Fehlers angehalten.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Forget a member</source>
        <translation>Ein Mitglied vergessen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; is erased from the member list of {network}.&lt;/p&gt;&lt;p&gt;Their name, address, phone numbers, e-mail address and notes are blanked everywhere BIN Desk holds them: on the list, in the review queue and in the history of changes. This cannot be undone. Use it when the person asks to be forgotten; a member who only leaves the BIN gets the status Left.&lt;/p&gt;&lt;p&gt;Type the member&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; wird aus der Mitgliederliste von {network} gelöscht.&lt;/p&gt;&lt;p&gt;Name, Adresse, Telefonnummern, E-Mail-Adresse und Vermerke werden überall gelöscht, wo BIN Desk sie speichert: in der Liste, in der Prüfwarteschlange und im Änderungsverlauf. Das kann nicht rückgängig gemacht werden. Verwenden Sie dies, wenn die Person verlangt, vergessen zu werden; ein Mitglied, das das BIN nur verlässt, erhält den Status Ausgetreten.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen des Mitglieds ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the member, to confirm</source>
        <translation>Name des Mitglieds, zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Forget for good</source>
        <translation>Endgültig &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget for good</source>
        <translation>Endgültig vergessen</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Problem on this page</source>
        <translation>Problem auf dieser Seite</translation>
    </message>
</context>
<context>
    <name>FailedDeliveriesModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>FeedbackDueModel</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Verspätet um</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Field of column {column}</source>
        <translation>Angabe in Spalte {column}</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Apply below to replace it here.</source>
        <translation>Unten anwenden, um es hier zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Change gateway</source>
        <translation>Gateway ändern</translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation>Gateway hinzufügen</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Name des Gateways</translation>
    </message>
    <message>
        <source>e.g. relay or mail</source>
        <translation>z. B. relay oder mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Typ des Gateways</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adresse oder Ordner</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <source>Default (SSL for smtps://, else STARTTLS)</source>
        <translation>Standard (SSL für smtps://, sonst STARTTLS)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Keine (nur lokales Relay)</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>sender id or from address</source>
        <translation>Absenderkennung oder Absenderadresse</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Absen&amp;der:</translation>
    </message>
    <message>
        <source>Sends {channel}</source>
        <translation>Sendet {channel}</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source> per request</source>
        <translation> pro Anfrage</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Sta&amp;pel:</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Test mode (the provider does not deliver)</source>
        <translation>Testmodus (der Anbieter stellt nicht zu)</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation>Token oder Passwort</translation>
    </message>
    <message>
        <source>set: leave empty to keep it</source>
        <translation>gesetzt: leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>T&amp;oken or password:</source>
        <translation>T&amp;oken oder Passwort:</translation>
    </message>
    <message>
        <source>Kept only in this computer&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in BIN Desk&apos;s data or exports. Every computer that sends needs it.</source>
        <translation>Wird nur im Schlüsselbund dieses Computers aufbewahrt (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund, Secret Service), nie in den Daten oder Exporten von BIN Desk. Jeder Computer, der sendet, braucht es.</translation>
    </message>
    <message>
        <source>smtp://user@mail.example.be:587 or smtps://…</source>
        <translation>smtp://user@mail.example.be:587 oder smtps://…</translation>
    </message>
    <message>
        <source>https://relay.example.be/api</source>
        <translation>https://relay.example.be/api</translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN\outbox</source>
        <translation>ein Ordner, z. B. C:\BIN\outbox</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway (optional)</source>
        <translation>Gateway (optional)</translation>
    </message>
    <message>
        <source>A gateway sends the police messages: e-mail through the zone&apos;s mail server, SMS and voice through a provider. You can also set it up later.</source>
        <translation>Ein Gateway sendet die Polizeinachrichten: E-Mail über den Mailserver der Zone, SMS und Sprachanrufe über einen Anbieter. Sie können es auch später einrichten.</translation>
    </message>
    <message>
        <source>&amp;Configure a gateway now</source>
        <translation>Jetzt ein &amp;Gateway einrichten</translation>
    </message>
    <message>
        <source>Configure a gateway now</source>
        <translation>Jetzt ein Gateway einrichten</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Name des Gateways</translation>
    </message>
    <message>
        <source>e.g. mail</source>
        <translation>z. B. mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Typ des Gateways</translation>
    </message>
    <message>
        <source>E-mail server (SMTP)</source>
        <translation>E-Mail-Server (SMTP)</translation>
    </message>
    <message>
        <source>SMS and voice provider (HTTP JSON)</source>
        <translation>SMS- und Sprachanbieter (HTTP JSON)</translation>
    </message>
    <message>
        <source>Folder outbox (tests and exercises)</source>
        <translation>Ordner-Postausgang (Tests und Übungen)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse des Gateways</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>Abs&amp;ender:</translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation>Token oder Passwort</translation>
    </message>
    <message>
        <source>Token or pass&amp;word:</source>
        <translation>Token oder Pass&amp;wort:</translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN Desk\outbox</source>
        <translation>ein Ordner, z. B. C:\BIN Desk\outbox</translation>
    </message>
</context>
<context>
    <name>GatewaysModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adresse oder Ordner</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Rate/s</source>
        <translation>Rate/s</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation>NICHT GESETZT</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>GatewaysPage</name>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>The providers that send messages: one gateway per channel (the first by name that offers it). Tokens and passwords stay in this computer&apos;s keyring.</source>
        <translation>Die Anbieter, die Nachrichten senden: ein Gateway pro Kanal (das erste nach Name, das ihn anbietet). Token und Passwörter bleiben im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Add gateway…</source>
        <translation>Gateway hinzufügen…</translation>
    </message>
    <message>
        <source>Add a provider that sends messages (administrator)</source>
        <translation>Einen Anbieter hinzufügen, der Nachrichten sendet (Administrator)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the selected gateway or set its token or password</source>
        <translation>Das gewählte Gateway ändern oder sein Token bzw. Passwort setzen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected gateway and forget its secret</source>
        <translation>Das gewählte Gateway entfernen und seine Zugangsdaten vergessen</translation>
    </message>
    <message>
        <source>Send a &amp;test to:</source>
        <translation>&amp;Test senden an:</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Testadresse</translation>
    </message>
    <message>
        <source>your own number (+32…) or e-mail address</source>
        <translation>Ihre eigene Nummer (+32…) oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Send one test message through the selected gateway to your own number or address</source>
        <translation>Eine Testnachricht über das gewählte Gateway an Ihre eigene Nummer oder Adresse senden</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Gateway notice</source>
        <translation>Hinweis zum Gateway</translation>
    </message>
    <message>
        <source>Only an administrator changes or tests the gateways.</source>
        <translation>Nur ein Administrator ändert oder testet die Gateways.</translation>
    </message>
    <message>
        <source>Gateway {name} saved; its secret is in the keyring.</source>
        <translation>Gateway {name} gespeichert; seine Zugangsdaten liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Gateway {name} saved.</source>
        <translation>Gateway {name} gespeichert.</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Gateway entfernen</translation>
    </message>
    <message>
        <source>Remove gateway {name}? Messages are no longer sent through it and its secret is forgotten on this computer.</source>
        <translation>Gateway {name} entfernen? Über dieses Gateway werden keine Nachrichten mehr gesendet, und seine Zugangsdaten werden auf diesem Computer vergessen.</translation>
    </message>
    <message>
        <source>Gateway {name} removed.</source>
        <translation>Gateway {name} entfernt.</translation>
    </message>
    <message>
        <source>Sending a test through {name}…</source>
        <translation>Test über {name} wird gesendet…</translation>
    </message>
    <message>
        <source>Test accepted by {name} (provider reference {id}). Check that it arrived.</source>
        <translation>Test von {name} angenommen (Referenz des Anbieters {id}). Prüfen Sie, ob er angekommen ist.</translation>
    </message>
    <message>
        <source>The provider of {name} refused the test: {error}</source>
        <translation>Der Anbieter von {name} hat den Test abgelehnt: {error}</translation>
    </message>
    <message>
        <source>{name} could not take the test now, try again later: {error}</source>
        <translation>{name} konnte den Test jetzt nicht annehmen, versuchen Sie es später erneut: {error}</translation>
    </message>
    <message>
        <source>It is not known whether {name} took the test: {error}</source>
        <translation>Es ist nicht bekannt, ob {name} den Test angenommen hat: {error}</translation>
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
    <name>HubPage</name>
    <message>
        <source>Zone hub (optional)</source>
        <translation>Hub der Zone (optional)</translation>
    </message>
    <message>
        <source>With a hub, every workstation and laptop of the zone shares the same data and works offline in between. You can also set it up later.</source>
        <translation>Mit einem Hub teilen alle Arbeitsplätze und Laptops der Zone dieselben Daten und arbeiten zwischendurch offline. Sie können ihn auch später einrichten.</translation>
    </message>
    <message>
        <source>&amp;Synchronise with the zone&apos;s hub</source>
        <translation>Mit dem Hub der Zone &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Synchronise with the zone&apos;s hub</source>
        <translation>Mit dem Hub der Zone synchronisieren</translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation>URL der Hub-Datenbank</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Passwort des Hubs</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Fragen Sie die IT der Zone nach der Adresse. Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the zone from its hub</source>
        <translation>Der Zone über ihren Hub beitreten</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the hub&apos;s address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Fragen Sie die IT der Zone nach der Adresse des Hubs. Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation>URL der Hub-Datenbank</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Passwort des Hubs</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Getting the zone from the hub…</source>
        <translation>Die Zone wird vom Hub geholt…</translation>
    </message>
</context>
<context>
    <name>KorpschefReviewDialog</name>
    <message>
        <source>Rendering the pages…</source>
        <extracomment>Resolution of the page images: sharp at 100 % on a laptop, small enough for six pages. The review data arrived and the pages are shown. Something was recorded (a signature, a refusal): the caller reloads.</extracomment>
        <translation>Die Seiten werden aufbereitet…</translation>
    </message>
    <message>
        <source>You are signed in as {name} ({role}).</source>
        <translation>Sie sind angemeldet als {name} ({role}).</translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation>Prüfung durch den Korpschef</translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter here. {who}</source>
        <translation>Nur der Korpschef prüft und unterzeichnet hier die Charta. {who}</translation>
    </message>
    <message>
        <source>The charter could not be shown.</source>
        <translation>Die Charta konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Korpschef review: {network}</source>
        <translation>Prüfung durch den Korpschef: {network}</translation>
    </message>
    <message>
        <source>No version of this charter is being signed.</source>
        <translation>Keine Fassung dieser Charta wird gerade unterzeichnet.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>{version}, sent for signature on {date}</source>
        <translation>{version}, zur Unterschrift versandt am {date}</translation>
    </message>
    <message>
        <source>{streets} and {more} more</source>
        <translation>{streets} und {more} weitere</translation>
    </message>
    <message>
        <source>{municipality} ({postcodes}): {streets}</source>
        <translation>{municipality} ({postcodes}): {streets}</translation>
    </message>
    <message>
        <source>{categories}; via {channels}</source>
        <translation>{categories}; über {channels}</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation>Stellvertretender Koordinator</translation>
    </message>
    <message>
        <source>✓ {who}: signed on {date} ({method})</source>
        <translation>✓ {who}: unterzeichnet am {date} ({method})</translation>
    </message>
    <message>
        <source>… {who}: waiting since {date}</source>
        <translation>… {who}: ausstehend seit {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>There is nothing for you to sign in this version.</source>
        <translation>In dieser Fassung haben Sie nichts zu unterzeichnen.</translation>
    </message>
    <message>
        <source>Tick every item ADVP checks before you sign.</source>
        <translation>Haken Sie jeden Punkt ab, den die GD prüft, bevor Sie unterzeichnen.</translation>
    </message>
    <message>
        <source>Choose your certificate file and enter its passphrase.</source>
        <translation>Wählen Sie Ihre Zertifikatsdatei und geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation>Die Charta zurückschicken</translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} back to drafting? The signatures collected on it lapse; a new version will be signed.</source>
        <translation>Fassung {version} der Charta von {network} zur Überarbeitung zurückschicken? Die gesammelten Unterschriften verfallen; eine neue Fassung wird unterzeichnet.</translation>
    </message>
</context>
<context>
    <name>KorpschefReviewForm</name>
    <message>
        <source>Korpschef review of the charter</source>
        <translation>Prüfung der Charta durch den Korpschef</translation>
    </message>
    <message>
        <source>Read the charter exactly as it will be signed, tick what ADVP checks, then sign it or send it back with your reasons.</source>
        <translation>Lesen Sie die Charta genau so, wie sie unterzeichnet wird, haken Sie ab, was die GD prüft, und unterzeichnen Sie sie oder schicken Sie sie mit Ihren Gründen zurück.</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Kleiner (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Größer (Strg++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit the pages to the width of the window</source>
        <translation>Die Seiten an die Fensterbreite anpassen</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Angezeigte Seite</translation>
    </message>
    <message>
        <source>Pages of the charter</source>
        <translation>Seiten der Charta</translation>
    </message>
    <message>
        <source>The charter</source>
        <translation>Die Charta</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Fassung:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>The sha256 of the version sent for signature: printed on every page</source>
        <translation>Der sha256 der zur Unterschrift versandten Fassung: auf jeder Seite gedruckt</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Gebiet:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Informationen:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>What ADVP checks</source>
        <translation>Was die GD prüft</translation>
    </message>
    <message>
        <source>Participation, communication and prevention; no patrols, no political aim</source>
        <translation>Beteiligung, Kommunikation und Vorbeugung; keine Streifen, kein politisches Ziel</translation>
    </message>
    <message>
        <source>The objectives</source>
        <translation>Die Ziele</translation>
    </message>
    <message>
        <source>Coordinator, mandated officer, korpschef, mayor or prevention officer, with their roles and contact details</source>
        <translation>Koordinator, beauftragter Polizist, Korpschef, Bürgermeister oder Präventionsbeauftragter, mit ihren Rollen und Kontaktdaten</translation>
    </message>
    <message>
        <source>Organisation structure and partners</source>
        <translation>Organisationsstruktur und Partner</translation>
    </message>
    <message>
        <source>The streets, postcodes and municipality of the network</source>
        <translation>Die Straßen, Postleitzahlen und Gemeinde des Netzwerks</translation>
    </message>
    <message>
        <source>The territory</source>
        <translation>Das Gebiet</translation>
    </message>
    <message>
        <source>Which information flows which way, urgent and non-urgent channels, and what is never passed on: the BIN is not a snitch line</source>
        <translation>Welche Informationen in welche Richtung fließen, dringende und nicht dringende Kanäle, und was nie weitergegeben wird: das Netzwerk ist keine Petzleitung</translation>
    </message>
    <message>
        <source>Communication plan, &quot;not a snitch line&quot; clause</source>
        <translation>Kommunikationsplan, Klausel „keine Petzleitung“</translation>
    </message>
    <message>
        <source>Purpose, who holds the member list, the rights of access, correction and erasure, no sharing</source>
        <translation>Zweck, wer die Mitgliederliste führt, die Rechte auf Auskunft, Berichtigung und Löschung, keine Weitergabe</translation>
    </message>
    <message>
        <source>The GDPR clause</source>
        <translation>Die DSGVO-Klausel</translation>
    </message>
    <message>
        <source>The other signatures</source>
        <translation>Die anderen Unterschriften</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Sign as korpschef</source>
        <translation>Als Korpschef unterzeichnen</translation>
    </message>
    <message>
        <source>Sign the charter</source>
        <translation>Die Charta unterzeichnen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterzeichnen</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückschicken</translation>
    </message>
    <message>
        <source>Reasons for sending the charter back</source>
        <translation>Gründe für die Rücksendung der Charta</translation>
    </message>
    <message>
        <source>What must change before you sign (required to send back)</source>
        <translation>Was sich ändern muss, bevor Sie unterzeichnen (Pflicht für die Rücksendung)</translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation>Die Charta zurückschicken</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Zurückschicken…</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Message text in {language}</source>
        <translation>Text der Nachricht auf {language}</translation>
    </message>
    <message>
        <source>E-mail subject in {language}</source>
        <translation>E-Mail-Betreff auf {language}</translation>
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
        <source>Conflicts</source>
        <translation>Konflikte</translation>
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
    <name>MappingDialog</name>
    <message>
        <source>&amp;Import for review</source>
        <extracomment>A trial run came back (its result is in `trial`, or `error` says why it failed).</extracomment>
        <translation>Zur Prüfung &amp;importieren</translation>
    </message>
    <message>
        <source>Import for review</source>
        <translation>Zur Prüfung importieren</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <translation>Kopfzeile in Zeile {row}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, {where}</source>
        <translation>Blatt „{sheet}“, {where}</translation>
    </message>
    <message>
        <source>{where}, text in {encoding}, separated by “{delimiter}”</source>
        <translation>{where}, Text in {encoding}, getrennt durch „{delimiter}“</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; for {network}: {rows} rows ({where}).&lt;br&gt;Check which column holds what. The trial run below shows what the import would find. Nothing is stored until you click Import; the rows then wait in the review queue.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; für {network}: {rows} Zeilen ({where}).&lt;br&gt;Prüfen Sie, welche Spalte was enthält. Der Probelauf unten zeigt, was der Import finden würde. Nichts wird gespeichert, bevor Sie auf Importieren klicken; die Zeilen warten dann in der Prüfwarteschlange.</translation>
    </message>
    <message>
        <source>Trying the new choice…</source>
        <translation>Die neue Auswahl wird ausprobiert…</translation>
    </message>
    <message>
        <source>Of {total} rows: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation>Von {total} Zeilen: {ok} bereit zur Genehmigung, {problem} mit einem Problem, {duplicate} doppelt.</translation>
    </message>
    <message>
        <source>Compared with the members on record: {new} new, {changed} changed, {unchanged} unchanged; {gone} members are not on this list (they stay members until you change them).</source>
        <translation>Verglichen mit den erfassten Mitgliedern: {new} neu, {changed} geändert, {unchanged} unverändert; {gone} Mitglieder stehen nicht auf dieser Liste (sie bleiben Mitglieder, bis Sie sie ändern).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
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
    <name>MemberDialog</name>
    <message>
        <source>Member: {name}</source>
        <extracomment>The statuses an officer sets by hand (exclusion follows the sanction procedure).</extracomment>
        <translation>Mitglied: {name}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Briefkasten</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>box</source>
        <translation>Bfk.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Second p&amp;hone:</source>
        <translation>Zweites Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Second phone number</source>
        <translation>Zweite Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>None ticked: what the contact data allows</source>
        <translation>Nichts angekreuzt: was die Kontaktdaten erlauben</translation>
    </message>
    <message>
        <source>No non-urgent messages</source>
        <translation>Keine nicht dringenden Nachrichten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ruhezeiten:</translation>
    </message>
    <message>
        <source>The member agreed to the purpose</source>
        <translation>Das Mitglied hat dem Zweck zugestimmt</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (am {date})</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Vermerke</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Vermerke:</translation>
    </message>
    <message>
        <source>Only what the BIN&apos;s communication needs. Phone numbers may be typed in any Belgian notation.</source>
        <translation>Nur was die Kommunikation des BIN braucht. Telefonnummern können in jeder belgischen Schreibweise eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation>Eine Mitgliederliste importieren</translation>
    </message>
    <message>
        <source>&amp;Which column holds what (guessed from the headers; change what is wrong):</source>
        <translation>&amp;Welche Spalte was enthält (aus den Überschriften erraten; ändern Sie, was falsch ist):</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>The first &amp;rows of the file:</source>
        <translation>Die ersten &amp;Zeilen der Datei:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Trial run (nothing is stored yet)</source>
        <translation>Probelauf (noch wird nichts gespeichert)</translation>
    </message>
    <message>
        <source>Rows by result</source>
        <translation>Zeilen nach Ergebnis</translation>
    </message>
    <message>
        <source>Compared with the members on record</source>
        <translation>Verglichen mit den erfassten Mitgliedern</translation>
    </message>
</context>
<context>
    <name>MembersForm</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: open a network&apos;s list only when your work needs it. Double-click a network to open its list and its review queue, or drop a coordinator&apos;s list on it.</source>
        <translation>Wie viele Mitglieder jedes Netzwerk hat, nach Status. Mitgliederlisten sind personenbezogene Daten: Öffnen Sie die Liste eines Netzwerks nur, wenn Ihre Arbeit es erfordert. Doppelklicken Sie auf ein Netzwerk, um seine Liste und Prüfwarteschlange zu öffnen, oder ziehen Sie die Liste eines Koordinators darauf.</translation>
    </message>
    <message>
        <source>Members per network</source>
        <translation>Mitglieder je Netzwerk</translation>
    </message>
    <message>
        <source>The member list and the review queue of the selected network</source>
        <translation>Die Mitgliederliste und die Prüfwarteschlange des gewählten Netzwerks</translation>
    </message>
    <message>
        <source>Open member list</source>
        <translation>Mitgliederliste öffnen</translation>
    </message>
    <message>
        <source>&amp;Open member list</source>
        <translation>Mitgliederliste ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Back to the members per network (Alt+Left)</source>
        <translation>Zurück zu den Mitgliedern je Netzwerk (Alt+Links)</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>← All networks</source>
        <translation>← Alle Netzwerke</translation>
    </message>
    <message>
        <source>Members of the network</source>
        <translation>Mitglieder des Netzwerks</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Read a coordinator&apos;s member list (Excel or CSV) into the review queue. You can also drop the file on this page.</source>
        <translation>Die Mitgliederliste eines Koordinators (Excel oder CSV) in die Prüfwarteschlange einlesen. Sie können die Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Search by name, street, phone or e-mail</source>
        <translation>Nach Name, Straße, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Member status</source>
        <translation>Status des Mitglieds</translation>
    </message>
    <message>
        <source>Number of members shown</source>
        <translation>Anzahl der angezeigten Mitglieder</translation>
    </message>
    <message>
        <source>Status, channels, quiet hours and contact data of the selected member</source>
        <translation>Status, Kanäle, Ruhezeiten und Kontaktdaten des gewählten Mitglieds</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Everything BIN Desk holds on the selected member, as a file for them (right of access)</source>
        <translation>Alles, was BIN Desk über das gewählte Mitglied speichert, als Datei für die Person (Auskunftsrecht)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Auskunftsbericht</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>&amp;Auskunftsbericht…</translation>
    </message>
    <message>
        <source>Erase the selected member&apos;s personal data everywhere (right to erasure)</source>
        <translation>Die personenbezogenen Daten des gewählten Mitglieds überall löschen (Recht auf Löschung)</translation>
    </message>
    <message>
        <source>Forget member</source>
        <translation>Mitglied vergessen</translation>
    </message>
    <message>
        <source>&amp;Forget (erase)…</source>
        <translation>&amp;Vergessen (löschen)…</translation>
    </message>
    <message>
        <source>The active and paused members as a CSV file for the coordinator: only what they need to run the list</source>
        <translation>Die aktiven und pausierten Mitglieder als CSV-Datei für den Koordinator: nur was er zum Führen der Liste braucht</translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation>Für den Koordinator exportieren</translation>
    </message>
    <message>
        <source>E&amp;xport for the coordinator…</source>
        <translation>Für den Koordinator e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Befund:</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Every row without problems becomes an active member</source>
        <translation>Jede Zeile ohne Probleme wird ein aktives Mitglied</translation>
    </message>
    <message>
        <source>Approve all rows without problems</source>
        <translation>Alle Zeilen ohne Probleme genehmigen</translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows</source>
        <translation>Alle &amp;fehlerfreien Zeilen genehmigen</translation>
    </message>
    <message>
        <source>Findings of the selected row</source>
        <translation>Befunde der gewählten Zeile</translation>
    </message>
    <message>
        <source>Rows waiting for review</source>
        <translation>Zeilen, die auf Prüfung warten</translation>
    </message>
    <message>
        <source>The selected rows without problems become active members</source>
        <translation>Die gewählten Zeilen ohne Probleme werden aktive Mitglieder</translation>
    </message>
    <message>
        <source>Approve selected rows</source>
        <translation>Gewählte Zeilen genehmigen</translation>
    </message>
    <message>
        <source>Approve &amp;selected</source>
        <translation>&amp;Auswahl genehmigen</translation>
    </message>
    <message>
        <source>The selected duplicate completes the member it repeats; no second member is made</source>
        <translation>Die gewählte doppelte Zeile ergänzt das Mitglied, das sie wiederholt; es entsteht kein zweites Mitglied</translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation>Mit Mitglied zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge into member…</source>
        <translation>Mit Mitglied &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>The selected rows do not become members; the reason is kept</source>
        <translation>Die gewählten Zeilen werden keine Mitglieder; der Grund wird gespeichert</translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation>Zeilen ablehnen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <extracomment>The columns core sorts by (member_page&apos;s sort keys). The first page of a new query is in (the model was reset); the number of rows. A header was clicked that core cannot sort by; the view should show the sort in use.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>This column cannot be used to sort the list.</source>
        <translation>Nach dieser Spalte kann die Liste nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Also: {phone}</source>
        <translation>Auch: {phone}</translation>
    </message>
    <message>
        <source>No preference: what the contact data allows</source>
        <translation>Keine Vorliebe: was die Kontaktdaten erlauben</translation>
    </message>
    <message>
        <source>Quiet hours {start}–{end}</source>
        <translation>Ruhezeiten {start}–{end}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>All statuses</source>
        <extracomment>The per-network counts on screen are fresh. The first page of the member list (after a network, search, filter or sort) is in. The review queue on screen is fresh.</extracomment>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Members of {network}</source>
        <translation>Mitglieder von {network}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match the search or filter.</source>
        <translation>
            <numerusform>%n Mitglied entspricht der Suche oder dem Filter.</numerusform>
            <numerusform>%n Mitglieder entsprechen der Suche oder dem Filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n Mitglied.</numerusform>
            <numerusform>%n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet: import the coordinator&apos;s list (Import list…, or drop the file on this page).</source>
        <translation>Noch keine Mitglieder: Importieren Sie die Liste des Koordinators (Liste importieren… oder ziehen Sie die Datei auf diese Seite).</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>Mitglieder ({count})</translation>
    </message>
    <message>
        <source>The member&apos;s data was saved.</source>
        <translation>Die Daten des Mitglieds wurden gespeichert.</translation>
    </message>
    <message>
        <source>The member was forgotten: their personal data is erased everywhere.</source>
        <translation>Das Mitglied wurde vergessen: seine personenbezogenen Daten sind überall gelöscht.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Den Auskunftsbericht speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Auskunftsbericht</translation>
    </message>
    <message>
        <source>The access report was saved as {path}. It holds personal data: give it only to the member who asked.</source>
        <translation>Der Auskunftsbericht wurde als {path} gespeichert. Er enthält personenbezogene Daten: Geben Sie ihn nur dem Mitglied, das ihn verlangt hat.</translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation>Für den Koordinator exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The active and paused members were saved as {path}. The file holds personal data: send it only to the coordinator, never to the members.</source>
        <translation>Die aktiven und pausierten Mitglieder wurden als {path} gespeichert. Die Datei enthält personenbezogene Daten: Senden Sie sie nur an den Koordinator, nie an die Mitglieder.</translation>
    </message>
    <message>
        <source>Import a member list</source>
        <translation>Eine Mitgliederliste importieren</translation>
    </message>
    <message>
        <source>Member lists ({patterns});;All files (*)</source>
        <translation>Mitgliederlisten ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>{rows} rows of {file} wait in the review queue: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation>{rows} Zeilen aus {file} warten in der Prüfwarteschlange: {ok} bereit zur Genehmigung, {problem} mit einem Problem, {duplicate} doppelt.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Prüfwarteschlange ({count})</translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows ({count})</source>
        <translation>Alle &amp;fehlerfreien Zeilen genehmigen ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for review.</source>
        <translation>
            <numerusform>%n Zeile wartet auf Prüfung.</numerusform>
            <numerusform>%n Zeilen warten auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nichts wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>{finding} ({count})</source>
        <translation>{finding} ({count})</translation>
    </message>
    <message>
        <source>Row {row} of the list ({name}):</source>
        <translation>Zeile {row} der Liste ({name}):</translation>
    </message>
    <message>
        <source>• No findings.</source>
        <translation>• Keine Befunde.</translation>
    </message>
    <message>
        <source>Double-click a marked cell to correct it.</source>
        <translation>Doppelklicken Sie auf eine markierte Zelle, um sie zu berichtigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected.</source>
        <translation>
            <numerusform>%n Zeile gewählt.</numerusform>
            <numerusform>%n Zeilen gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see what was found; double-click a cell to correct it.</source>
        <translation>Wählen Sie eine Zeile, um die Befunde zu sehen; doppelklicken Sie auf eine Zelle, um sie zu berichtigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) approved: they are on the member list now.</source>
        <translation>
            <numerusform>%n Zeile genehmigt: Sie steht jetzt auf der Mitgliederliste.</numerusform>
            <numerusform>%n Zeilen genehmigt: Sie stehen jetzt auf der Mitgliederliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation>Zeilen ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not become members. The reason is kept with the import.</source>
        <translation>
            <numerusform>%n Zeile wird kein Mitglied. Der Grund wird beim Import gespeichert.</numerusform>
            <numerusform>%n Zeilen werden keine Mitglieder. Der Grund wird beim Import gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>e.g. lives outside the area; asked not to join</source>
        <translation>z. B. wohnt außerhalb des Gebiets; möchte nicht beitreten</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the member it repeats</source>
        <translation>das Mitglied, das sie wiederholt</translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation>Mit Mitglied zusammenführen</translation>
    </message>
    <message>
        <source>Merge row {row} ({name}) into {member}? The member keeps their name; what the row adds or changes (phone, e-mail, address, consent …) is taken over, and no second member is made.</source>
        <translation>Zeile {row} ({name}) mit {member} zusammenführen? Das Mitglied behält seinen Namen; was die Zeile ergänzt oder ändert (Telefon, E-Mail, Adresse, Einwilligung …), wird übernommen, und es entsteht kein zweites Mitglied.</translation>
    </message>
    <message>
        <source>Row {row} was merged into {member}.</source>
        <translation>Zeile {row} wurde mit {member} zusammengeführt.</translation>
    </message>
    <message>
        <source>Correct row {row}</source>
        <translation>Zeile {row} berichtigen</translation>
    </message>
    <message>
        <source>Row {row} also holds what could not be read: {values}. Correcting this cell drops it from the row. Correct that cell first to keep it. Go on anyway?</source>
        <translation>Zeile {row} enthält auch, was nicht gelesen werden konnte: {values}. Wenn Sie diese Zelle berichtigen, fällt es aus der Zeile weg. Berichtigen Sie zuerst jene Zelle, um es zu behalten. Trotzdem fortfahren?</translation>
    </message>
    <message>
        <source>Row {row} is ready to approve.</source>
        <translation>Zeile {row} ist bereit zur Genehmigung.</translation>
    </message>
    <message>
        <source>Row {row} still needs attention: {findings}</source>
        <translation>Zeile {row} braucht noch Aufmerksamkeit: {findings}</translation>
    </message>
</context>
<context>
    <name>MessageConfirmDialog</name>
    <message>
        <source>Approve the message</source>
        <translation>Die Nachricht genehmigen</translation>
    </message>
    <message>
        <source>This message is an exercise: BIN Desk marks it as one everywhere and it goes out with the CAP status Exercise.</source>
        <translation>Diese Nachricht ist eine Übung: BIN Desk markiert sie überall als solche und sie geht mit dem CAP-Status Exercise hinaus.</translation>
    </message>
    <message>
        <source>REAL MESSAGE</source>
        <translation>ECHTE NACHRICHT</translation>
    </message>
    <message>
        <source>This is not an exercise: real people receive this message.</source>
        <translation>Dies ist keine Übung: Echte Menschen erhalten diese Nachricht.</translation>
    </message>
    <message>
        <source>Update of an earlier message</source>
        <translation>Aktualisierung einer früheren Nachricht</translation>
    </message>
    <message>
        <source>Cancellation of an earlier message</source>
        <translation>Widerruf einer früheren Nachricht</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringlichkeit:</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation>Zielnetzwerke</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s):</source>
        <translation>
            <numerusform>%n Netzwerk:</numerusform>
            <numerusform>%n Netzwerke:</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience and cost</source>
        <translation>Empfänger und Kosten</translation>
    </message>
    <message numerus="yes">
        <source>The checks block this message (%n blocking finding(s)). As korpschef you may override them; give the reason, which is kept with the approval.</source>
        <translation>
            <numerusform>Die Prüfungen blockieren diese Nachricht (%n blockierender Befund). Als Korpschef dürfen Sie sich darüber hinwegsetzen; geben Sie die Begründung an, die mit der Genehmigung gespeichert wird.</numerusform>
            <numerusform>Die Prüfungen blockieren diese Nachricht (%n blockierende Befunde). Als Korpschef dürfen Sie sich darüber hinwegsetzen; geben Sie die Begründung an, die mit der Genehmigung gespeichert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Begründung für das Übergehen</translation>
    </message>
    <message>
        <source>Why the blocking findings do not apply</source>
        <translation>Warum die blockierenden Befunde nicht zutreffen</translation>
    </message>
    <message>
        <source>Approve exercise</source>
        <translation>Übung genehmigen</translation>
    </message>
    <message>
        <source>Approve real message</source>
        <translation>Echte Nachricht genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>SMS: %n member(s)</source>
        <translation>
            <numerusform>SMS: %n Mitglied</numerusform>
            <numerusform>SMS: %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voice call: %n member(s)</source>
        <translation>
            <numerusform>Sprachanruf: %n Mitglied</numerusform>
            <numerusform>Sprachanruf: %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n member(s)</source>
        <translation>
            <numerusform>E-Mail: %n Mitglied</numerusform>
            <numerusform>E-Mail: %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reached (no usable contact): %n</source>
        <translation>
            <numerusform>Nicht erreicht (kein brauchbarer Kontakt): %n</numerusform>
            <numerusform>Nicht erreicht (kein brauchbarer Kontakt): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, not sent: %n</source>
        <translation>
            <numerusform>Pausiert, nicht gesendet: %n</numerusform>
            <numerusform>Pausiert, nicht gesendet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held until their quiet hours end: %n</source>
        <translation>
            <numerusform>Erst nach ihrer Ruhezeit: %n</numerusform>
            <numerusform>Erst nach ihrer Ruhezeit: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: {cost} (%n SMS segment(s) per member)</source>
        <translation>
            <numerusform>Kosten: {cost} (%n SMS-Segment pro Mitglied)</numerusform>
            <numerusform>Kosten: {cost} (%n SMS-Segmente pro Mitglied)</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: {channels}</source>
        <translation>Kanäle: {channels}</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
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
        <source>Draft, awaiting approval</source>
        <translation>Entwurf, wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Approved, ready to dispatch</source>
        <translation>Genehmigt, versandbereit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
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
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <extracomment>Messages that may have deliveries to show.</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first. A draft waits for the approval of a second operator; an approved message is ready to dispatch. Exercises are orange.</source>
        <translation>Polizeinachrichten an die Netzwerke, die neuesten zuerst. Ein Entwurf wartet auf die Genehmigung eines zweiten Benutzers; eine genehmigte Nachricht ist versandbereit. Übungen sind orange.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Write a new message to one or more networks (Ctrl+N)</source>
        <translation>Eine neue Nachricht an ein oder mehrere Netzwerke schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected message: its texts, its checks, its approval</source>
        <translation>Die gewählte Nachricht öffnen: Texte, Prüfungen, Genehmigung</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Aktualisieren…</translation>
    </message>
    <message>
        <source>Write an update of the selected message to the same networks</source>
        <translation>Eine Aktualisierung der gewählten Nachricht an dieselben Netzwerke schreiben</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Cancel the selected message in one click: a cancellation to the same networks</source>
        <translation>Die gewählte Nachricht mit einem Klick widerrufen: ein Widerruf an dieselben Netzwerke</translation>
    </message>
    <message>
        <source>CAP export…</source>
        <translation>CAP-Export…</translation>
    </message>
    <message>
        <source>Save the selected message as CAP 1.2 XML (Common Alerting Protocol)</source>
        <translation>Die gewählte Nachricht als CAP-1.2-XML speichern (Common Alerting Protocol)</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Send the selected approved message to its networks&apos; members through the gateways</source>
        <translation>Die gewählte genehmigte Nachricht über die Gateways an die Mitglieder ihrer Netzwerke senden</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Rückmeldung fällig</translation>
    </message>
    <message>
        <source>Messages waiting for their feedback</source>
        <translation>Nachrichten, die auf ihre Rückmeldung warten</translation>
    </message>
    <message>
        <source>Write feedback…</source>
        <translation>Rückmeldung schreiben…</translation>
    </message>
    <message>
        <source>Write the feedback message on the selected message, to the same networks</source>
        <translation>Die Rückmeldung zur gewählten Nachricht an dieselben Netzwerke schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Members wait for what happened next. These sent messages are past the zone&apos;s feedback time:</source>
        <translation>Die Mitglieder warten darauf, wie es weiterging. Bei diesen gesendeten Nachrichten ist die Rückmeldefrist der Zone überschritten:</translation>
    </message>
    <message>
        <source>No sent message is waiting for its feedback.</source>
        <translation>Keine gesendete Nachricht wartet auf ihre Rückmeldung.</translation>
    </message>
    <message>
        <source>Export as CAP</source>
        <translation>Als CAP exportieren</translation>
    </message>
    <message>
        <source>CAP 1.2 XML (*.xml)</source>
        <translation>CAP-1.2-XML (*.xml)</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <source>Municipalities</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <source>Add each municipality of the zone with its NIS code, its names and its postcodes. BINs are created inside these municipalities.</source>
        <translation>Fügen Sie jede Gemeinde der Zone mit ihrem NIS-Code, ihren Namen und ihren Postleitzahlen hinzu. Netzwerke werden innerhalb dieser Gemeinden angelegt.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-Code</translation>
    </message>
    <message>
        <source>5 digits, e.g. 23027</source>
        <translation>5 Ziffern, z. B. 63023</translation>
    </message>
    <message>
        <source>&amp;NIS code:</source>
        <translation>&amp;NIS-Code:</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Name auf Niederländisch</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Name auf Französisch</translation>
    </message>
    <message>
        <source>Name in German</source>
        <translation>Name auf Deutsch</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Name (Nieder&amp;ländisch):</translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation>Name (&amp;Französisch):</translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation>Name (&amp;Deutsch):</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postleitzahlen</translation>
    </message>
    <message>
        <source>e.g. 1500, 1501, 1502</source>
        <translation>z. B. 4700, 4701, 4710</translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation>&amp;Postleitzahlen:</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Spricht {language}</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation>Gemeinde &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Gemeinde hinzufügen</translation>
    </message>
    <message>
        <source>Municipalities of the zone</source>
        <translation>Gemeinden der Zone</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected municipality</source>
        <translation>Die gewählte Gemeinde entfernen</translation>
    </message>
    <message>
        <source>{name} ({nis}) — {postcodes}</source>
        <translation>{name} ({nis}) — {postcodes}</translation>
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
        <source>Charter…</source>
        <extracomment>The network&apos;s data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload). Show the charter page of this network (its id). Show the member list and review queue of this network (its id).</extracomment>
        <translation>Charta…</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charta</translation>
    </message>
    <message>
        <source>The charter of this network: versions, signatures, ADVP</source>
        <translation>Die Charta dieses Netzwerks: Fassungen, Unterschriften, GD</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Mitglieder…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>The member list of this network, its review queue and imports</source>
        <translation>Die Mitgliederliste dieses Netzwerks, seine Prüfwarteschlange und Importe</translation>
    </message>
    <message>
        <source>{state} (since {date})</source>
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
    <name>OperatorPage</name>
    <message>
        <source>Your operator profile</source>
        <translation>Ihr Benutzerprofil</translation>
    </message>
    <message>
        <source>Every change in BIN Desk is recorded under the name of the operator who made it.</source>
        <translation>Jede Änderung in BIN Desk wird unter dem Namen des Benutzers erfasst, der sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>You are the first operator, so you become the administrator of this installation: you manage the operators, the zone&apos;s settings and the gateways. Add the officers who work with the BINs afterwards (Settings → Switch operator → Create a new operator).</source>
        <translation>Sie sind der erste Benutzer und werden damit Administrator dieser Installation: Sie verwalten die Benutzer, die Einstellungen der Zone und die Gateways. Fügen Sie danach die Polizisten hinzu, die mit den Netzwerken arbeiten (Einstellungen → Benutzer wechseln → Neuen Benutzer anlegen).</translation>
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
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
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
        <source>Charters</source>
        <translation>Chartas</translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when. Double-click a network to open its charter.</source>
        <translation>Die aktuelle Charta jedes Netzwerks: Fassung, Status, gesammelte Unterschriften und wer seit wann unterzeichnen soll. Doppelklicken Sie auf ein Netzwerk, um seine Charta zu öffnen.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Double-click to correct.</source>
        <translation>Zum Berichtigen doppelklicken.</translation>
    </message>
    <message>
        <source>{text} (to check: {finding})</source>
        <translation>{text} (zu prüfen: {finding})</translation>
    </message>
</context>
<context>
    <name>RuleRunsModel</name>
    <message>
        <source>Rule: what it checks</source>
        <translation>Regel: was sie prüft</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>off for the zone</source>
        <translation>für die Zone aus</translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>Send exercise</source>
        <translation>Übung senden</translation>
    </message>
    <message>
        <source>Send real message</source>
        <translation>Echte Nachricht senden</translation>
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
        <source>S&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisierung…</translation>
    </message>
    <message>
        <source>Synchronisation settings</source>
        <translation>Einstellungen der Synchronisierung</translation>
    </message>
    <message>
        <source>The zone hub this computer syncs with</source>
        <translation>Der Hub der Zone, mit dem dieser Computer synchronisiert</translation>
    </message>
    <message>
        <source>Zone hub:</source>
        <translation>Hub der Zone:</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up BIN Desk</source>
        <extracomment>this computer joined an existing zone from its hub (no operator made here)</extracomment>
        <translation>BIN Desk einrichten</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the charter</source>
        <translation>Die Charta unterzeichnen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterzeichnen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterzeichnen</translation>
    </message>
</context>
<context>
    <name>SignatureRecordDialog</name>
    <message>
        <source>Record a signature</source>
        <translation>Unterschrift erfassen</translation>
    </message>
    <message>
        <source>A &amp;signed PDF came back</source>
        <translation>Ein &amp;unterzeichnetes PDF kam zurück</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Unterzeichnetes PDF</translation>
    </message>
    <message>
        <source>Signed on &amp;paper (a scan)</source>
        <translation>Auf &amp;Papier unterzeichnet (ein Scan)</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Auf Papier unterzeichnet</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Unter&amp;zeichner:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Unterzeichnet &amp;am:</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Unterzeichnet &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Every new signature in the PDF</source>
        <translation>Jede neue Unterschrift im PDF</translation>
    </message>
    <message>
        <source>{signatory}: {name} ({party})</source>
        <translation>{signatory}: {name} ({party})</translation>
    </message>
    <message>
        <source>BIN Desk checks the PDF: it must be this version of the charter, every signature valid, by the person expected, with a certificate the zone trusts.</source>
        <translation>BIN Desk prüft das PDF: es muss diese Fassung der Charta sein, jede Unterschrift gültig, von der erwarteten Person, mit einem Zertifikat, dem die Zone vertraut.</translation>
    </message>
    <message>
        <source>The scan of the signed page is kept with the charter; you are recorded as the officer who registered it.</source>
        <translation>Der Scan der unterzeichneten Seite wird bei der Charta aufbewahrt; Sie werden als der Bedienstete erfasst, der ihn eingetragen hat.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>SyncIndicators</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>A station PC syncs this often while the hub answers. The longest wait between two attempts while the hub cannot be reached. After a local change, the status (and on line, a sync) follows this soon. to the minute, as shown: a sync with nothing to do changes nothing on screen the translated reason of the last failed attempt (&quot;&quot; after a good one) operations of other devices the sync brought (a report&apos;s `pulled` counts this device&apos;s own too, as they come back from the hub with their sequence) A sync brought operations from the hub: the pages should reload. A sync ended well (a SyncReport: after &quot;Sync now&quot;, or when something moved) or failed (the translated reason). (phase &quot;push&quot;/&quot;pull&quot;, done, total) during a sync</extracomment>
        <translation>Verbindung zum Hub</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation>Änderungen, die auf das Hochladen warten</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message>
        <source>Open the Conflicts page</source>
        <translation>Die Seite Konflikte öffnen</translation>
    </message>
    <message>
        <source>No hub</source>
        <translation>Kein Hub</translation>
    </message>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation>⚠ Synchronisierung angehalten</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub: {hub}</translation>
    </message>
    <message>
        <source>This computer is not linked to a hub (Settings → Synchronisation).</source>
        <translation>Dieser Computer ist mit keinem Hub verbunden (Einstellungen → Synchronisierung).</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzte Synchronisierung: {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go up</source>
        <translation>
            <numerusform>%n wartet auf das Hochladen</numerusform>
            <numerusform>%n warten auf das Hochladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to look at</source>
        <translation>
            <numerusform>⚠ %n Konflikt zu prüfen</numerusform>
            <numerusform>⚠ %n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <source>⟳ Sending {done}/{total}…</source>
        <translation>⟳ Senden {done}/{total}…</translation>
    </message>
    <message>
        <source>⟳ Receiving {done}/{total}…</source>
        <translation>⟳ Empfangen {done}/{total}…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>BIN Desk works on the copy of the zone&apos;s data in this computer&apos;s data folder and exchanges changes with the zone&apos;s hub in the background whenever it can be reached. Ask the zone administrator for the hub&apos;s address.</source>
        <translation>BIN Desk arbeitet mit der Kopie der Daten der Zone im Datenordner dieses Computers und tauscht Änderungen im Hintergrund mit dem Hub der Zone aus, sobald dieser erreichbar ist. Fragen Sie den Administrator der Zone nach der Adresse des Hubs.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse des Hubs</translation>
    </message>
    <message>
        <source>A PostgreSQL database (postgresql://USER@SERVER/DATABASE) or, for a single office, a SQLite file (sqlite:///PATH/hub.db). Leave empty to stop syncing.</source>
        <translation>Eine PostgreSQL-Datenbank (postgresql://USER@SERVER/DATABASE) oder, für eine einzelne Dienststelle, eine SQLite-Datei (sqlite:///PATH/hub.db). Leer lassen, um die Synchronisierung zu beenden.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Passwort des Hubs</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keyring, never in the data folder. Leave it empty to keep the one stored before.</source>
        <translation>Das Passwort wird nur im Schlüsselbund dieses Computers aufbewahrt, nie im Datenordner. Leer lassen, um das zuvor gespeicherte beizubehalten.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the hub settings</source>
        <translation>Die Hub-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation>Verbindung zum Hub</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation>Änderungen, die auf das Hochladen warten</translation>
    </message>
    <message>
        <source>Waiting to go up:</source>
        <translation>Warten auf Hochladen:</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>Result of the last sync</source>
        <translation>Ergebnis der letzten Synchronisierung</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation>Gespeichert; das Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved: this computer no longer syncs.</source>
        <translation>Gespeichert: Dieser Computer synchronisiert nicht mehr.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>No hub: this computer works alone.</source>
        <translation>Kein Hub: Dieser Computer arbeitet allein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online: {hub}</source>
        <translation>Online: {hub}</translation>
    </message>
    <message>
        <source>Offline: {hub} cannot be reached</source>
        <translation>Offline: {hub} ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Sync error with {hub}</source>
        <translation>Synchronisierungsfehler mit {hub}</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisierung angehalten</translation>
    </message>
    <message>
        <source>Syncing with {hub}…</source>
        <translation>Synchronisierung mit {hub} läuft…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {pushed} and received {pulled} change(s) in {seconds} s.</source>
        <translation>{pushed} Änderung(en) gesendet und {pulled} empfangen in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>{municipality} · {state} · %n member(s)</source>
        <translation>
            <numerusform>{municipality} · {state} · %n Mitglied</numerusform>
            <numerusform>{municipality} · {state} · %n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Expected signer</source>
        <translation>Erwarteter Unterzeichner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Asked on {date}</source>
        <translation>Angefragt am {date}</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Grund oder Vermerk</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (überfällig)</translation>
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
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <extracomment>Which field an operator signs in BIN Desk, by role (the korpschef signs in the review).</extracomment>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Zur Unterschrift versandt</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Bei der GD eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>Aktenzeichen der GD</translation>
    </message>
    <message>
        <source>ADVP remarks</source>
        <translation>Anmerkungen der GD</translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <source>Police zone</source>
        <translation>Polizeizone</translation>
    </message>
    <message>
        <source>Welcome to BIN Desk. First tell us which police zone this installation serves. You can change these details later in the settings.</source>
        <translation>Willkommen bei BIN Desk. Geben Sie zuerst an, für welche Polizeizone diese Installation bestimmt ist. Sie können diese Angaben später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Name der Zone</translation>
    </message>
    <message>
        <source>e.g. PZ Zennevallei</source>
        <translation>z. B. PZ Weser-Göhl</translation>
    </message>
    <message>
        <source>Zone &amp;name:</source>
        <translation>&amp;Name der Zone:</translation>
    </message>
    <message>
        <source>Zone number</source>
        <translation>Nummer der Zone</translation>
    </message>
    <message>
        <source>4 digits, e.g. 5415</source>
        <translation>4 Ziffern, z. B. 5415</translation>
    </message>
    <message>
        <source>Zone n&amp;umber:</source>
        <translation>N&amp;ummer der Zone:</translation>
    </message>
    <message>
        <source>Working language of the zone</source>
        <translation>Arbeitssprache der Zone</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>Arbeits&amp;sprache:</translation>
    </message>
    <message>
        <source>Address of the zone</source>
        <translation>Adresse der Zone</translation>
    </message>
    <message>
        <source>e.g. Zuster Bernardastraat 30, 1500 Halle</source>
        <translation>z. B. Kirchstraße 30, 4700 Eupen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Is the zone already set up on another computer with a hub? Then this computer joins it and gets everything from the hub.</source>
        <translation>Ist die Zone bereits auf einem anderen Computer mit einem Hub eingerichtet? Dann tritt dieser Computer ihr bei und erhält alles vom Hub.</translation>
    </message>
    <message>
        <source>&amp;Join the zone from its hub…</source>
        <translation>Der Zone über ihren Hub bei&amp;treten…</translation>
    </message>
    <message>
        <source>Join the zone from its hub</source>
        <translation>Der Zone über ihren Hub beitreten</translation>
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
        <source>An operation is stamped {minutes} minutes in the future of this computer&apos;s clock. Check the date and time of this computer and of the other device.</source>
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
        <source>{network}: waiting for the {actor}&apos;s signature for {days} days</source>
        <translation>{network}: Unterschrift ({actor}) steht seit {days} Tagen aus</translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation>{network}: alle Unterschriften liegen vor, einzureichen ({days} Tage)</translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP&apos;s approval for {days} days</source>
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
        <source>{network} has no charter yet. Draft one first.</source>
        <translation>{network} hat noch keine Charta. Entwerfen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network} is {status}; this step needs it {allowed}.</source>
        <translation>Fassung {version} der Charta von {network} hat den Status {status}; dieser Schritt verlangt {allowed}.</translation>
    </message>
    <message>
        <source>Version {version} of the charter is {status}; it must be sent back before a new version is drafted.</source>
        <translation>Fassung {version} der Charta hat den Status {status}; sie muss zurückgeschickt werden, bevor eine neue Fassung entworfen wird.</translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation>Unbekannte Sprache {lang}.</translation>
    </message>
    <message>
        <source>Unknown charter section(s): {codes}.</source>
        <translation>Unbekannte(r) Abschnitt(e) der Charta: {codes}.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Die Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The municipality signs by its mayor and/or its prevention officer.</source>
        <translation>Die Gemeinde unterzeichnet durch ihren Bürgermeister und/oder ihren Präventionsbeauftragten.</translation>
    </message>
    <message>
        <source>{network} is not drafting or amending its charter (state: {state}).</source>
        <translation>{network} entwirft oder ändert seine Charta nicht (Phase: {state}).</translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing: {missing}.</source>
        <translation>Die Charta kann noch nicht zur Unterschrift versandt werden. Es fehlt: {missing}.</translation>
    </message>
    <message>
        <source>{network} has no charter version {version}.</source>
        <translation>{network} hat keine Fassung {version} der Charta.</translation>
    </message>
    <message>
        <source>The charter of {network} has no {language} text; it has: {languages}.</source>
        <translation>Die Charta von {network} hat keinen Text in {language}; sie hat: {languages}.</translation>
    </message>
    <message>
        <source>Version {version} of the charter has no signature for the {signatory}.</source>
        <translation>Fassung {version} der Charta hat keine Unterschrift für den {signatory}.</translation>
    </message>
    <message>
        <source>Unknown party {party}; use one of: {allowed}.</source>
        <translation>Unbekannte Partei {party}; verwenden Sie eine von: {allowed}.</translation>
    </message>
    <message>
        <source>This PDF is not a charter made by BIN Desk ({reason}).</source>
        <translation>Dieses PDF ist keine von BIN Desk erstellte Charta ({reason}).</translation>
    </message>
    <message>
        <source>This PDF is the charter of another network, not of {network}.</source>
        <translation>Dieses PDF ist die Charta eines anderen Netzwerks, nicht von {network}.</translation>
    </message>
    <message>
        <source>This PDF is version {got} of the charter (hash {got_hash}…), not the version {version} being signed (hash {hash}…).</source>
        <translation>Dieses PDF ist Fassung {got} der Charta (Hash {got_hash}…), nicht die zu unterzeichnende Fassung {version} (Hash {hash}…).</translation>
    </message>
    <message>
        <source>the signature in field {field} is not valid or the document was changed after it</source>
        <translation>die Unterschrift im Feld {field} ist ungültig oder das Dokument wurde danach geändert</translation>
    </message>
    <message>
        <source>the certificate of {signer} (field {field}) is not issued by a CA the zone trusts; add the CA under Settings or with &apos;zone trust add&apos;</source>
        <translation>das Zertifikat von {signer} (Feld {field}) stammt nicht von einer Zertifizierungsstelle, der die Zone vertraut; fügen Sie sie unter Einstellungen oder mit &apos;zone trust add&apos; hinzu</translation>
    </message>
    <message>
        <source>The signed PDF is refused: {problem}.</source>
        <translation>Das unterzeichnete PDF wird abgelehnt: {problem}.</translation>
    </message>
    <message>
        <source>The signature in the field of the {signatory} is by {signer}, not by {expected}. Nothing was recorded.</source>
        <translation>Die Unterschrift im Feld des {signatory} stammt von {signer}, nicht von {expected}. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>This PDF carries no new valid signature for this charter version.</source>
        <translation>Dieses PDF enthält keine neue gültige Unterschrift für diese Fassung der Charta.</translation>
    </message>
    <message>
        <source>Name the signatory ({allowed}): the party {party} has more than one.</source>
        <translation>Nennen Sie den Unterzeichner ({allowed}): die Partei {party} hat mehrere.</translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation>Die Scan-Datei ist leer.</translation>
    </message>
    <message>
        <source>The signature date {date} is in the future.</source>
        <translation>Das Unterschriftsdatum {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The {signatory} has signed already.</source>
        <translation>Der {signatory} hat bereits unterzeichnet.</translation>
    </message>
    <message>
        <source>The signature date {date} is before this version was sent for signature ({sent}).</source>
        <translation>Das Unterschriftsdatum {date} liegt vor dem Versand dieser Fassung zur Unterschrift ({sent}).</translation>
    </message>
    <message>
        <source>The {signatory} does not sign in BIN Desk: record their signed PDF or paper instead.</source>
        <translation>Der {signatory} unterzeichnet nicht in BIN Desk: erfassen Sie stattdessen sein unterzeichnetes PDF oder Papier.</translation>
    </message>
    <message>
        <source>{name} may not sign in the field of the {signatory}.</source>
        <translation>{name} darf nicht im Feld des {signatory} unterzeichnen.</translation>
    </message>
    <message>
        <source>The field of the {signatory} is for {expected}, not for {name}.</source>
        <translation>Das Feld des {signatory} ist für {expected}, nicht für {name}.</translation>
    </message>
    <message>
        <source>The certificate is {cn}&apos;s, not {name}&apos;s.</source>
        <translation>Das Zertifikat gehört {cn}, nicht {name}.</translation>
    </message>
    <message>
        <source>Say why the charter is sent back.</source>
        <translation>Geben Sie an, warum die Charta zurückgeschickt wird.</translation>
    </message>
    <message>
        <source>Not every party has signed yet: waiting for {who}.</source>
        <translation>Noch nicht alle Parteien haben unterzeichnet: ausstehend ist {who}.</translation>
    </message>
    <message>
        <source>Give ADVP&apos;s reference.</source>
        <translation>Geben Sie das Aktenzeichen der GD an.</translation>
    </message>
    <message>
        <source>The approval date {date} is before the charter was sent to ADVP ({sent}).</source>
        <translation>Das Genehmigungsdatum {date} liegt vor dem Versand der Charta an die GD ({sent}).</translation>
    </message>
    <message>
        <source>Write down ADVP&apos;s remarks.</source>
        <translation>Notieren Sie die Anmerkungen der GD.</translation>
    </message>
    <message>
        <source>Only an active network amends its charter ({network} is {state}).</source>
        <translation>Nur ein aktives Netzwerk ändert seine Charta ({network} ist {state}).</translation>
    </message>
    <message>
        <source>{network} is {state}: ADVP is notified of a suspension, inactivity, merger or dissolution only.</source>
        <translation>{network} ist {state}: die GD wird nur über eine Aussetzung, Inaktivität, Zusammenlegung oder Auflösung informiert.</translation>
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
        <source>{network} cannot go from &apos;{current}&apos; to &apos;{target}&apos;. Allowed next: {allowed}.</source>
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
        <source>The zone&apos;s name is empty.</source>
        <extracomment>secrets that could not be kept (no keyring): the set-up is saved, the user is told</extracomment>
        <translation>Der Name der Zone ist leer.</translation>
    </message>
    <message>
        <source>The zone&apos;s name is longer than 200 characters.</source>
        <translation>Der Name der Zone ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>Zone number {number} is not valid: a police zone&apos;s number has 4 digits, e.g. 5415.</source>
        <translation>Die Zonennummer {number} ist ungültig: Die Nummer einer Polizeizone hat 4 Ziffern, z. B. 5415.</translation>
    </message>
    <message>
        <source>Unknown language {language}; use one of: {languages}.</source>
        <translation>Unbekannte Sprache {language}; verwenden Sie eine von: {languages}.</translation>
    </message>
    <message>
        <source>NIS code {code} is not valid: a municipality&apos;s NIS code has 5 digits, e.g. 23027 for Halle.</source>
        <translation>Der NIS-Code {code} ist ungültig: Der NIS-Code einer Gemeinde hat 5 Ziffern, z. B. 63023 für Eupen.</translation>
    </message>
    <message>
        <source>Municipality {code} needs one or more languages of: {languages}.</source>
        <translation>Die Gemeinde {code} braucht eine oder mehrere Sprachen aus: {languages}.</translation>
    </message>
    <message>
        <source>Municipality {code} speaks {languages}: give its name in each of them.</source>
        <translation>Die Gemeinde {code} spricht {languages}: Geben Sie ihren Namen in jeder dieser Sprachen an.</translation>
    </message>
    <message>
        <source>Municipality {code} needs at least one postcode.</source>
        <translation>Die Gemeinde {code} braucht mindestens eine Postleitzahl.</translation>
    </message>
    <message>
        <source>Add at least one municipality of the zone.</source>
        <translation>Fügen Sie mindestens eine Gemeinde der Zone hinzu.</translation>
    </message>
    <message>
        <source>NIS code {code} is listed twice.</source>
        <translation>Der NIS-Code {code} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is empty.</source>
        <translation>Der Name des Benutzers ist leer.</translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Personalnummer {number} ist ungültig: 2 bis 32 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche verwenden.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}.</source>
        <translation>Keine E-Mail-Adresse: {email}.</translation>
    </message>
    <message>
        <source>{url} is not a database URL: write it like postgresql://bindesk@hub.zone.local/bindesk.</source>
        <translation>{url} ist keine Datenbank-URL: Schreiben Sie sie wie postgresql://bindesk@hub.zone.local/bindesk.</translation>
    </message>
    <message>
        <source>The hub must be a PostgreSQL database (or a SQLite file for a single office), not {dialect}.</source>
        <translation>Der Hub muss eine PostgreSQL-Datenbank sein (oder eine SQLite-Datei für eine einzelne Dienststelle), nicht {dialect}.</translation>
    </message>
    <message>
        <source>Do not put the password in the hub URL: give it separately, it is kept in the keyring.</source>
        <translation>Setzen Sie das Passwort nicht in die Hub-URL: Geben Sie es separat an, es wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The hub URL names no server: {url}.</source>
        <translation>Die Hub-URL nennt keinen Server: {url}.</translation>
    </message>
    <message>
        <source>The hub URL names no file: {url}.</source>
        <translation>Die Hub-URL nennt keine Datei: {url}.</translation>
    </message>
    <message>
        <source>This data folder is already set up: it holds a zone or operators.</source>
        <translation>Dieser Datenordner ist bereits eingerichtet: Er enthält eine Zone oder Benutzer.</translation>
    </message>
    <message>
        <source>This data folder already holds a zone; it cannot join another one.</source>
        <translation>Dieser Datenordner enthält bereits eine Zone; er kann keiner anderen beitreten.</translation>
    </message>
    <message>
        <source>The hub holds no zone yet. Set the zone up on one computer first (with this hub), then let the others join it.</source>
        <translation>Der Hub enthält noch keine Zone. Richten Sie die Zone zuerst auf einem Computer ein (mit diesem Hub) und lassen Sie die anderen dann beitreten.</translation>
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
        <source>This data folder has no default operator. Name one with --operator, or create one with &apos;operators add&apos;.</source>
        <translation>Dieser Datenordner hat keinen Standardbenutzer. Geben Sie einen mit --operator an oder legen Sie einen mit &apos;operators add&apos; an.</translation>
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
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>{what} {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The environment variable {var} is not set.</source>
        <translation>Die Umgebungsvariable {var} ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Use LANG:CODE=TEXT, got {item}.</source>
        <translation>Verwenden Sie SPRACHE:CODE=TEXT, erhalten: {item}.</translation>
    </message>
    <message>
        <source>A paper signature needs --party and --date.</source>
        <translation>Eine Unterschrift auf Papier braucht --party und --date.</translation>
    </message>
    <message>
        <source>Name the certificate file or id.</source>
        <translation>Nennen Sie die Zertifikatsdatei oder -kennung.</translation>
    </message>
    <message>
        <source>The signature field {field} is already signed by {signer}. A signature cannot be replaced; each party signs its own field.</source>
        <translation>Das Unterschriftsfeld {field} ist bereits von {signer} unterzeichnet. Eine Unterschrift kann nicht ersetzt werden; jede Partei unterzeichnet ihr eigenes Feld.</translation>
    </message>
    <message>
        <source>This PDF has no signature fields, so there is no field {field} to sign. Print the charter again from BIN Desk: it adds a field for every party.</source>
        <translation>Dieses PDF hat keine Unterschriftsfelder, also kein Feld {field} zum Unterzeichnen. Drucken Sie die Charta erneut aus BIN Desk: es fügt für jede Partei ein Feld hinzu.</translation>
    </message>
    <message>
        <source>This PDF has no signature field {field}. Its signature fields are: {fields}.</source>
        <translation>Dieses PDF hat kein Unterschriftsfeld {field}. Seine Unterschriftsfelder sind: {fields}.</translation>
    </message>
    <message>
        <source>The field {field} cannot be signed with this certificate: {reason}</source>
        <translation>Das Feld {field} kann mit diesem Zertifikat nicht unterzeichnet werden: {reason}</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be signed. Print the charter again from BIN Desk.</source>
        <translation>Die PDF-Datei ist beschädigt und kann nicht unterzeichnet werden. Drucken Sie die Charta erneut aus BIN Desk.</translation>
    </message>
    <message>
        <source>No trust roots are configured, so no signer&apos;s identity is confirmed. Add the root certificates the zone trusts in the settings.</source>
        <translation>Es sind keine Vertrauensanker eingerichtet, daher ist die Identität keines Unterzeichners bestätigt. Fügen Sie in den Einstellungen die Stammzertifikate hinzu, denen die Zone vertraut.</translation>
    </message>
    <message>
        <source>Revocation was not checked: BIN Desk did not ask the certificate authorities online whether a certificate was withdrawn.</source>
        <translation>Der Widerruf wurde nicht geprüft: BIN Desk hat die Zertifizierungsstellen nicht online gefragt, ob ein Zertifikat zurückgezogen wurde.</translation>
    </message>
    <message>
        <source>Trust root {number} is not a certificate (PEM or DER). Check the trust roots in the zone settings.</source>
        <translation>Vertrauensanker {number} ist kein Zertifikat (PEM oder DER). Prüfen Sie die Vertrauensanker in den Einstellungen der Zone.</translation>
    </message>
    <message>
        <source>The certificate chains to a trusted root.</source>
        <translation>Das Zertifikat führt zu einem vertrauenswürdigen Stammzertifikat.</translation>
    </message>
    <message>
        <source>No trust root is configured, so the signer&apos;s identity is not confirmed.</source>
        <translation>Es ist kein Vertrauensanker eingerichtet, daher ist die Identität des Unterzeichners nicht bestätigt.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>The certificate does not chain to any configured trust root.</source>
        <translation>Das Zertifikat führt zu keinem eingerichteten Vertrauensanker.</translation>
    </message>
    <message>
        <source>The certificate is not accepted by the configured trust roots: it may have expired, not be meant for signing, or come from another authority with the same name.</source>
        <translation>Das Zertifikat wird von den eingerichteten Vertrauensankern nicht akzeptiert: es ist vielleicht abgelaufen, nicht zum Unterzeichnen bestimmt oder stammt von einer anderen Stelle gleichen Namens.</translation>
    </message>
    <message>
        <source>The document was changed after {signer} signed it: the signed content no longer matches the signature.</source>
        <translation>Das Dokument wurde geändert, nachdem {signer} es unterzeichnet hat: der unterzeichnete Inhalt stimmt nicht mehr mit der Unterschrift überein.</translation>
    </message>
    <message>
        <source>The signature of {signer} is not valid: it does not match the certificate in it.</source>
        <translation>Die Unterschrift von {signer} ist ungültig: sie passt nicht zum enthaltenen Zertifikat.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}, but the document was changed afterwards in a way this signature does not allow.</source>
        <translation>Unterzeichnet von {signer} am {time}, aber das Dokument wurde danach auf eine Weise geändert, die diese Unterschrift nicht erlaubt.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}; the signature is valid and the document has not been changed since, apart from later signatures.</source>
        <translation>Unterzeichnet von {signer} am {time}; die Unterschrift ist gültig und das Dokument wurde seither nicht geändert, abgesehen von späteren Unterschriften.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Noch nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>The signature in this field is damaged or of a kind BIN Desk cannot check, so it does not count.</source>
        <translation>Die Unterschrift in diesem Feld ist beschädigt oder von einer Art, die BIN Desk nicht prüfen kann, und zählt daher nicht.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {not_after} (it was valid from {not_before} to {not_after}). Ask for a new certificate and sign with that one.</source>
        <translation>Das Zertifikat von {name} ist am {not_after} abgelaufen (gültig vom {not_before} bis {not_after}). Beantragen Sie ein neues Zertifikat und unterzeichnen Sie damit.</translation>
    </message>
    <message>
        <source>The certificate of {name} is only valid from {not_before} to {not_after}, so it cannot sign yet. Check the computer&apos;s date and time, or sign on or after {not_before}.</source>
        <translation>Das Zertifikat von {name} ist erst vom {not_before} bis {not_after} gültig und kann noch nicht unterzeichnen. Prüfen Sie Datum und Uhrzeit des Computers oder unterzeichnen Sie ab dem {not_before}.</translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used to sign documents (its key usage is: {usage}). Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation>Das Zertifikat von {name} darf nicht zum Unterzeichnen von Dokumenten verwendet werden (Schlüsselverwendung: {usage}). Verwenden Sie ein Signaturzertifikat, etwa das Signaturzertifikat einer eID-Karte.</translation>
    </message>
    <message>
        <source>The certificate of {name} is meant for {usage} only, not for signing documents. Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation>Das Zertifikat von {name} ist nur für {usage} bestimmt, nicht zum Unterzeichnen von Dokumenten. Verwenden Sie ein Signaturzertifikat, etwa das Signaturzertifikat einer eID-Karte.</translation>
    </message>
    <message>
        <source>{file} is not a certificate file (PKCS#12, .p12 or .pfx) or it is damaged. Choose the file that holds your certificate and private key.</source>
        <translation>{file} ist keine Zertifikatsdatei (PKCS#12, .p12 oder .pfx) oder beschädigt. Wählen Sie die Datei mit Ihrem Zertifikat und privaten Schlüssel.</translation>
    </message>
    <message>
        <source>{file} is protected with an old encryption method that is no longer supported. Export the certificate again (with AES encryption) and choose the new file.</source>
        <translation>{file} ist mit einem alten, nicht mehr unterstützten Verschlüsselungsverfahren geschützt. Exportieren Sie das Zertifikat erneut (mit AES-Verschlüsselung) und wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <source>{file} is protected with a passphrase. Type the passphrase and try again.</source>
        <translation>{file} ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The passphrase of {file} is wrong. Type it again; mind upper and lower case.</source>
        <translation>Die Passphrase von {file} ist falsch. Geben Sie sie erneut ein; achten Sie auf Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>{file} holds the certificate of {name} but not its private key, so it cannot sign. Export the certificate together with its private key (.p12 or .pfx) and choose that file.</source>
        <translation>{file} enthält das Zertifikat von {name}, aber nicht den privaten Schlüssel, und kann daher nicht unterzeichnen. Exportieren Sie das Zertifikat mit dem privaten Schlüssel (.p12 oder .pfx) und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>{file} holds no certificate with a private key. Choose the file that holds your certificate and private key.</source>
        <translation>{file} enthält kein Zertifikat mit privatem Schlüssel. Wählen Sie die Datei mit Ihrem Zertifikat und privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key in {file} cannot sign with the certificate of {name}. Export the certificate together with its own private key and choose that file.</source>
        <translation>Der private Schlüssel in {file} kann nicht mit dem Zertifikat von {name} unterzeichnen. Exportieren Sie das Zertifikat mit seinem eigenen privaten Schlüssel und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be and the python-pkcs11 package.</source>
        <translation>Das Unterzeichnen mit der eID-Karte ist auf diesem Computer nicht möglich: installieren Sie die eID-Software von eid.belgium.be und das Paket python-pkcs11.</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be.</source>
        <translation>Das Unterzeichnen mit der eID-Karte ist auf diesem Computer nicht möglich: installieren Sie die eID-Software von eid.belgium.be.</translation>
    </message>
    <message>
        <source>The eID software is installed, but BIN Desk lacks PKCS#11 support: install the python-pkcs11 package.</source>
        <translation>Die eID-Software ist installiert, aber BIN Desk fehlt die PKCS#11-Unterstützung: installieren Sie das Paket python-pkcs11.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read. Ask the sender for the file again or print the charter again from BIN Desk.</source>
        <translation>Die PDF-Datei ist beschädigt und kann nicht gelesen werden. Bitten Sie den Absender erneut um die Datei oder drucken Sie die Charta erneut aus BIN Desk.</translation>
    </message>
    <message>
        <source>This file is not a PDF document. Choose the PDF of the charter.</source>
        <translation>Diese Datei ist kein PDF-Dokument. Wählen Sie das PDF der Charta.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so BIN Desk cannot sign or check it. Use the PDF as BIN Desk printed it, without a password.</source>
        <translation>Dieses PDF ist mit einem Kennwort geschützt, daher kann BIN Desk es weder unterzeichnen noch prüfen. Verwenden Sie das PDF so, wie BIN Desk es gedruckt hat, ohne Kennwort.</translation>
    </message>
    <message>
        <source>texts in {language}: {sections}</source>
        <translation>Texte auf {language}: {sections}</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>das Anfangsdatum</translation>
    </message>
    <message>
        <source>the territory (streets and postcodes)</source>
        <translation>das Gebiet (Straßen und Postleitzahlen)</translation>
    </message>
    <message>
        <source>the information categories agreed</source>
        <translation>die vereinbarten Informationskategorien</translation>
    </message>
    <message>
        <source>the channels of the communication plan</source>
        <translation>die Kanäle des Kommunikationsplans</translation>
    </message>
    <message>
        <source>a signatory for the municipality (mayor and/or prevention officer)</source>
        <translation>ein Unterzeichner für die Gemeinde (Bürgermeister und/oder Präventionsbeauftragter)</translation>
    </message>
    <message>
        <source>the name of the {signatory}</source>
        <translation>der Name des {signatory}</translation>
    </message>
    <message>
        <source>This file is not an X.509 certificate (PEM or DER).</source>
        <translation>Diese Datei ist kein X.509-Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>This certificate is not a certification authority (CA); add the CA that issued the signers&apos; certificates.</source>
        <translation>Dieses Zertifikat ist keine Zertifizierungsstelle (CA); fügen Sie die CA hinzu, die die Zertifikate der Unterzeichner ausgestellt hat.</translation>
    </message>
    <message>
        <source>No trusted certificate with id {id}.</source>
        <translation>Kein vertrauenswürdiges Zertifikat mit der Kennung {id}.</translation>
    </message>
    <message>
        <source>Unknown zone setting(s): {fields}. Settable: {allowed}.</source>
        <translation>Unbekannte Einstellung(en) der Zone: {fields}. Einstellbar: {allowed}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{field} must be between 1 and 3650.</source>
        <translation>{field} muss zwischen 1 und 3650 liegen.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This data folder has no zone yet.</source>
        <translation>Dieser Datenordner hat noch keine Zone.</translation>
    </message>
    <message>
        <source>The file {sha} is not in this data folder (not synced yet?).</source>
        <translation>Die Datei {sha} ist nicht in diesem Datenordner (noch nicht synchronisiert?).</translation>
    </message>
    <message>
        <source>--mapping is not JSON: {reason}.</source>
        <translation>--mapping ist kein JSON: {reason}.</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object.</source>
        <translation>--mapping muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Say which rows: --all-ok or --row.</source>
        <translation>Geben Sie an, welche Zeilen: --all-ok oder --row.</translation>
    </message>
    <message>
        <source>Export to a .csv or a .pdf file.</source>
        <translation>Exportieren Sie in eine .csv- oder .pdf-Datei.</translation>
    </message>
    <message>
        <source>Unknown member field(s) in the mapping: {fields}.</source>
        <translation>Unbekannte Mitgliedsangabe(n) in der Zuordnung: {fields}.</translation>
    </message>
    <message>
        <source>The mapping points at columns the file does not have: {fields}.</source>
        <translation>Die Zuordnung verweist auf Spalten, die die Datei nicht hat: {fields}.</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names. Map the name column(s) and try again.</source>
        <translation>Keine Spalte enthält die Namen der Mitglieder. Ordnen Sie die Namensspalte(n) zu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Some rows of the review queue do not exist.</source>
        <translation>Einige Zeilen der Prüfwarteschlange existieren nicht.</translation>
    </message>
    <message>
        <source>Rows {rows} were decided already.</source>
        <translation>Über die Zeilen {rows} wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>Rows {rows} still have problems or are duplicates: fix, merge or reject them first.</source>
        <translation>Die Zeilen {rows} haben noch Probleme oder sind doppelt: Berichtigen, zusammenführen oder ablehnen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Say why the rows are rejected.</source>
        <translation>Geben Sie an, warum die Zeilen abgelehnt werden.</translation>
    </message>
    <message>
        <source>Unknown member field {field}.</source>
        <translation>Unbekannte Mitgliedsangabe: {field}.</translation>
    </message>
    <message>
        <source>There is no member to merge this row into yet (approve the row it duplicates first).</source>
        <translation>Es gibt noch kein Mitglied, mit dem diese Zeile zusammengeführt werden kann (genehmigen Sie zuerst die Zeile, die sie wiederholt).</translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation>Kein Mitglied mit der ID {id}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}.</source>
        <translation>&apos;{value}&apos; ist kein gültiger Wert für {field}.</translation>
    </message>
    <message>
        <source>Unknown member field(s): {fields}.</source>
        <translation>Unbekannte Mitgliedsangabe(n): {fields}.</translation>
    </message>
    <message>
        <source>Unknown member status {status}.</source>
        <translation>Unbekannter Mitgliedsstatus: {status}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it holds no digits.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: Sie enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it contains letters.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: Sie enthält Buchstaben.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too few digits.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: zu wenige Ziffern.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too many digits.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: zu viele Ziffern.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: a Belgian mobile number has 10 digits (04xx xx xx xx), this one has {digits}.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: Eine belgische Handynummer hat 10 Ziffern (04xx xx xx xx), diese hat {digits}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: the country code is unknown.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: Die Landesvorwahl ist unbekannt.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: no such number range is in use.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer: Dieser Nummernbereich wird nicht verwendet.</translation>
    </message>
    <message>
        <source>{value} is a foreign number ({country}): check that SMS and voice messages reach it.</source>
        <translation>{value} ist eine ausländische Nummer ({country}): Prüfen Sie, ob SMS und Sprachnachrichten sie erreichen.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {reason}. Check that the file still exists and is not open in another program.</source>
        <translation>„{name}“ konnte nicht geöffnet werden: {reason}. Prüfen Sie, ob die Datei noch existiert und nicht in einem anderen Programm geöffnet ist.</translation>
    </message>
    <message>
        <source>“{name}” is empty. Ask the coordinator for the member list again (Excel or CSV) and import that file.</source>
        <translation>„{name}“ ist leer. Bitten Sie den Koordinator erneut um die Mitgliederliste (Excel oder CSV) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; member lists larger than {limit} MB are not accepted. Check that this is the member list, or split it and import the parts.</source>
        <translation>„{name}“ ist {size} MB groß; Mitgliederlisten über {limit} MB werden nicht angenommen. Prüfen Sie, ob dies die Mitgliederliste ist, oder teilen Sie sie auf und importieren Sie die Teile.</translation>
    </message>
    <message>
        <source>“{name}” is not a table. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation>„{name}“ ist keine Tabelle. Bitten Sie den Koordinator um die Mitgliederliste als Excel-Datei (.xlsx) oder CSV.</translation>
    </message>
    <message>
        <source>“{name}” is not a table: it is {what}. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation>„{name}“ ist keine Tabelle, sondern {what}. Bitten Sie den Koordinator um die Mitgliederliste als Excel-Datei (.xlsx) oder CSV.</translation>
    </message>
    <message>
        <source>“{name}” is {what} and cannot be imported as it is. Open it in Excel, save it as .xlsx (Excel Workbook) or CSV, and import that file.</source>
        <translation>„{name}“ ist {what} und kann so nicht importiert werden. Öffnen Sie die Datei in Excel, speichern Sie sie als .xlsx (Excel-Arbeitsmappe) oder CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“{name}” is password-protected. Save it without a password in Excel and import it again.</source>
        <translation>„{name}“ ist mit einem Passwort geschützt. Speichern Sie die Datei in Excel ohne Passwort und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>“{name}” looks like an Excel file but cannot be read; it may be damaged. Open it in Excel, save it again as .xlsx and import it again.</source>
        <translation>„{name}“ sieht wie eine Excel-Datei aus, kann aber nicht gelesen werden; sie ist vielleicht beschädigt. Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>No member list found in “{name}”: no header row (such as Name, Street, Phone) was found. Check that the list is in the file, with one member per row, and import it again.</source>
        <translation>Keine Mitgliederliste in „{name}“ gefunden: Es wurde keine Kopfzeile (wie Name, Straße, Telefon) gefunden. Prüfen Sie, ob die Liste in der Datei steht, mit einem Mitglied je Zeile, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>No member list found in “{name}”: row {row} looks like a header, but no members follow it. Check that the file is the complete list and import it again.</source>
        <translation>Keine Mitgliederliste in „{name}“ gefunden: Zeile {row} sieht wie eine Kopfzeile aus, aber es folgen keine Mitglieder. Prüfen Sie, ob die Datei die vollständige Liste ist, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>ein RTF-Dokument</translation>
    </message>
    <message>
        <source>a photo or video</source>
        <translation>ein Foto oder Video</translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb)</source>
        <translation>eine binäre Excel-Arbeitsmappe (.xlsb)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (LibreOffice)</source>
        <translation>eine OpenDocument-Tabelle (LibreOffice)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>in the old Excel format (.xls)</source>
        <translation>im alten Excel-Format (.xls)</translation>
    </message>
    <message>
        <source>a document in an old Office format</source>
        <translation>ein Dokument in einem alten Office-Format</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows; that is not one BIN&apos;s member list. Split it per BIN and import the parts.</source>
        <translation>„{name}“ hat mehr als {limit} Zeilen; das ist nicht die Mitgliederliste eines einzigen BIN. Teilen Sie sie je BIN auf und importieren Sie die Teile.</translation>
    </message>
    <message>
        <source>Row {row} of “{name}” uses more than {limit} columns. A member list needs only a few: delete the extra columns and import it again.</source>
        <translation>Zeile {row} von „{name}“ verwendet mehr als {limit} Spalten. Eine Mitgliederliste braucht nur wenige: Löschen Sie die überzähligen Spalten und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>a web page or XML file</source>
        <translation>eine Webseite oder XML-Datei</translation>
    </message>
    <message>
        <source>“{name}” cannot be read from line {line} on: a quote (&quot;) opened there is never closed. Correct that line, or open the file in Excel, save it again as CSV and import it again.</source>
        <translation>„{name}“ kann ab Zeile {line} nicht gelesen werden: Ein dort geöffnetes Anführungszeichen (&quot;) wird nie geschlossen. Berichtigen Sie diese Zeile, oder öffnen Sie die Datei in Excel, speichern Sie sie erneut als CSV und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet “{sheet}”. Choose one of: {sheets}.</source>
        <translation>„{name}“ hat kein Blatt „{sheet}“. Wählen Sie eines von: {sheets}.</translation>
    </message>
    <message>
        <source>The row has no name: fill in the name, or the first and last name.</source>
        <translation>Die Zeile hat keinen Namen: Tragen Sie den Namen oder Vor- und Nachnamen ein.</translation>
    </message>
    <message>
        <source>{number} is a fixed line: the member gets voice messages but no SMS.</source>
        <translation>{number} ist ein Festnetzanschluss: Das Mitglied erhält Sprachnachrichten, aber keine SMS.</translation>
    </message>
    <message>
        <source>{number} is not a mobile number: the member gets voice messages but no SMS.</source>
        <translation>{number} ist keine Handynummer: Das Mitglied erhält Sprachnachrichten, aber keine SMS.</translation>
    </message>
    <message>
        <source>The row has neither a usable phone number nor an e-mail address.</source>
        <translation>Die Zeile hat weder eine brauchbare Telefonnummer noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The row has no street.</source>
        <translation>Die Zeile hat keine Straße.</translation>
    </message>
    <message>
        <source>&apos;{street}&apos; is not one of this network&apos;s streets.</source>
        <translation>&apos;{street}&apos; gehört nicht zu den Straßen dieses Netzwerks.</translation>
    </message>
    <message>
        <source>Postcode {postcode} is outside this network&apos;s area ({postcodes}).</source>
        <translation>Die Postleitzahl {postcode} liegt außerhalb des Gebiets dieses Netzwerks ({postcodes}).</translation>
    </message>
    <message>
        <source>No consent recorded: a date or yes is needed.</source>
        <translation>Keine Einwilligung erfasst: Ein Datum oder ja ist nötig.</translation>
    </message>
    <message>
        <source>The member did not give consent (&apos;{value}&apos;).</source>
        <translation>Das Mitglied hat nicht eingewilligt (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as consent: use a date (dd/mm/yyyy) or yes/no.</source>
        <translation>&apos;{value}&apos; wird nicht als Einwilligung verstanden: Verwenden Sie ein Datum (TT/MM/JJJJ) oder ja/nein.</translation>
    </message>
    <message>
        <source>The consent date {date} lies in the future.</source>
        <translation>Das Datum der Einwilligung, {date}, liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as a language: {default} is used.</source>
        <translation>&apos;{value}&apos; wird nicht als Sprache verstanden: {default} wird verwendet.</translation>
    </message>
    <message>
        <source>Same phone number as member {member}.</source>
        <translation>Gleiche Telefonnummer wie Mitglied {member}.</translation>
    </message>
    <message>
        <source>Same e-mail address as member {member}.</source>
        <translation>Gleiche E-Mail-Adresse wie Mitglied {member}.</translation>
    </message>
    <message>
        <source>Same name and address as member {member}.</source>
        <translation>Gleicher Name und gleiche Adresse wie Mitglied {member}.</translation>
    </message>
    <message>
        <source>Same phone number as row {row} ({name}).</source>
        <translation>Gleiche Telefonnummer wie Zeile {row} ({name}).</translation>
    </message>
    <message>
        <source>Same e-mail address as row {row} ({name}).</source>
        <translation>Gleiche E-Mail-Adresse wie Zeile {row} ({name}).</translation>
    </message>
    <message>
        <source>Same name and address as row {row} ({name}).</source>
        <translation>Gleicher Name und gleiche Adresse wie Zeile {row} ({name}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it contains spaces.</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse: Sie enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it needs exactly one @.</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse: Sie braucht genau ein @.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it is too long.</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse: Sie ist zu lang.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part before the @ is not valid.</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse: Der Teil vor dem @ ist ungültig.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ needs a dot (as in telenet.be).</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse: Der Teil nach dem @ braucht einen Punkt (wie in telenet.be).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ is not a domain.</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse: Der Teil nach dem @ ist keine Domain.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; holds several e-mail addresses: keep one.</source>
        <translation>&apos;{value}&apos; enthält mehrere E-Mail-Adressen: Behalten Sie eine.</translation>
    </message>
    <message>
        <source>Unknown sanction step {step}.</source>
        <translation>Unbekannter Sanktionsschritt {step}.</translation>
    </message>
    <message>
        <source>A sanction needs its reason.</source>
        <translation>Eine Sanktion braucht eine Begründung.</translation>
    </message>
    <message>
        <source>A written reprimand is given by the korpschef.</source>
        <translation>Ein schriftlicher Verweis wird vom Korpschef erteilt.</translation>
    </message>
    <message>
        <source>A temporary exclusion needs an end date after the decision.</source>
        <translation>Ein vorübergehender Ausschluss braucht ein Enddatum nach der Entscheidung.</translation>
    </message>
    <message>
        <source>A definitive exclusion is countersigned by the korpschef.</source>
        <translation>Ein endgültiger Ausschluss wird vom Korpschef gegengezeichnet.</translation>
    </message>
    <message>
        <source>There is no decision to appeal against.</source>
        <translation>Es gibt keine Entscheidung, gegen die Berufung eingelegt werden kann.</translation>
    </message>
    <message>
        <source>The appeal period ended on {date} (three weeks after the decision).</source>
        <translation>Die Berufungsfrist endete am {date} (drei Wochen nach der Entscheidung).</translation>
    </message>
    <message>
        <source>Choose at least one network.</source>
        <translation>Wählen Sie mindestens ein Netzwerk.</translation>
    </message>
    <message>
        <source>The title or e-mail subject &quot;{part}&quot; contains personal data ({code}).</source>
        <translation>Der Titel oder der E-Mail-Betreff „{part}“ enthält personenbezogene Daten ({code}).</translation>
    </message>
    <message>
        <source>Remove it from the title and the subject.</source>
        <translation>Entfernen Sie sie aus Titel und Betreff.</translation>
    </message>
    <message>
        <source>Unknown category {category}.</source>
        <translation>Unbekannte Kategorie {category}.</translation>
    </message>
    <message>
        <source>Urgency is urgent or normal.</source>
        <translation>Die Dringlichkeit ist dringend oder normal.</translation>
    </message>
    <message>
        <source>A message needs a text.</source>
        <translation>Eine Nachricht braucht einen Text.</translation>
    </message>
    <message>
        <source>Unknown channel(s): {channels}.</source>
        <translation>Unbekannte(r) Kanal/Kanäle: {channels}.</translation>
    </message>
    <message>
        <source>{networks} cannot receive messages in their current state (not official or active).</source>
        <translation>{networks} kann bzw. können in der aktuellen Phase keine Nachrichten empfangen (nicht offiziell oder aktiv).</translation>
    </message>
    <message>
        <source>No message with id {id}.</source>
        <extracomment>queued deliveries the round left alone: their message was withheld by the message filter (another device holds it) or the gateway is in test mode. Over several rounds (dispatch_until_empty) it is the last round&apos;s count. Called with the ids of the messages that have due deliveries; returns those this device may send now (the sync&apos;s hub claim). Deliveries of the others are left queued, reported waiting. A status query per delivery is a request to the provider: at most this many batches&apos; worth of submitted deliveries are asked about per round (unknown ones always come first). Printed before every exercise text (members&apos; language; GSM-7 safe for SMS).
----------
What one SMS segment costs (the price the composer&apos;s audience check uses). Deliveries that reached the provider and are charged for. States that need no more work from the dispatcher. Failed deliveries listed for follow-up (the counts cover them all).</extracomment>
        <translation>Keine Nachricht mit der ID {id}.</translation>
    </message>
    <message>
        <source>Only an approved message can be sent (this one is {status}).</source>
        <translation>Nur eine genehmigte Nachricht kann gesendet werden (diese ist {status}).</translation>
    </message>
    <message>
        <source>Only a draft message can be approved (this one is {status}).</source>
        <translation>Nur ein Entwurf kann genehmigt werden (diese Nachricht hat den Status {status}).</translation>
    </message>
    <message>
        <source>Four eyes: another operator must approve a message you wrote.</source>
        <translation>Vier-Augen-Prinzip: Ein anderer Benutzer muss eine Nachricht genehmigen, die Sie geschrieben haben.</translation>
    </message>
    <message>
        <source>The message has blocking findings. Fix them, or ask the korpschef to override them with a reason.</source>
        <translation>Die Nachricht hat blockierende Befunde. Beheben Sie sie, oder bitten Sie den Korpschef, sich mit Begründung darüber hinwegzusetzen.</translation>
    </message>
    <message>
        <source>Overriding blocking findings needs a reason.</source>
        <translation>Das Übergehen blockierender Befunde braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Only a draft can be changed (this message is {status}).</source>
        <translation>Nur ein Entwurf kann geändert werden (diese Nachricht ist {status}).</translation>
    </message>
    <message>
        <source>A sent message is withdrawn with a cancellation, not discarded.</source>
        <translation>Eine gesendete Nachricht wird mit einer Aufhebung zurückgezogen, nicht verworfen.</translation>
    </message>
    <message>
        <source>A follow-up is an update or a cancellation.</source>
        <translation>Eine Folgenachricht ist eine Aktualisierung oder ein Widerruf.</translation>
    </message>
    <message>
        <source>No national register or BIS number (checked with its checksum).</source>
        <translation>Keine Nationalregister- oder BIS-Nummer (mit Prüfziffer geprüft).</translation>
    </message>
    <message>
        <source>{value} is a national register or BIS number: personal data that a message must never contain.</source>
        <translation>{value} ist eine Nationalregister- oder BIS-Nummer: personenbezogene Daten, die nie in einer Nachricht stehen dürfen.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Entfernen Sie es.</translation>
    </message>
    <message>
        <source>No bank account number (IBAN, checked with its checksum).</source>
        <translation>Keine Kontonummer (IBAN, mit Prüfziffer geprüft).</translation>
    </message>
    <message>
        <source>{value} is a bank account number: personal data that a message must never contain.</source>
        <translation>{value} ist eine Kontonummer: personenbezogene Daten, die nie in einer Nachricht stehen dürfen.</translation>
    </message>
    <message>
        <source>Remove it. To warn about fraud, describe the scheme, not the account.</source>
        <translation>Entfernen Sie es. Um vor Betrug zu warnen, beschreiben Sie die Masche, nicht das Konto.</translation>
    </message>
    <message>
        <source>No e-mail address (the police&apos;s own addresses excepted).</source>
        <translation>Keine E-Mail-Adresse (außer denen der Polizei).</translation>
    </message>
    <message>
        <source>{value} is an e-mail address: personal data that a message must never contain.</source>
        <translation>{value} ist eine E-Mail-Adresse: personenbezogene Daten, die nie in einer Nachricht stehen dürfen.</translation>
    </message>
    <message>
        <source>No phone number other than the zone&apos;s own, emergency and service numbers.</source>
        <translation>Keine Telefonnummer außer denen der Zone, Notruf- und Servicenummern.</translation>
    </message>
    <message>
        <source>{value} is a phone number: a message may only give the zone&apos;s own, emergency and service numbers.</source>
        <translation>{value} ist eine Telefonnummer: Eine Nachricht darf nur die Nummern der Zone sowie Notruf- und Servicenummern nennen.</translation>
    </message>
    <message>
        <source>Remove it, or give the zone&apos;s general number.</source>
        <translation>Entfernen Sie es, oder geben Sie die allgemeine Nummer der Zone an.</translation>
    </message>
    <message>
        <source>No readable Belgian number plate.</source>
        <translation>Kein lesbares belgisches Kennzeichen.</translation>
    </message>
    <message>
        <source>{value} looks like a number plate: a message must not make a vehicle (and so its owner) identifiable.</source>
        <translation>{value} sieht wie ein Kennzeichen aus: Eine Nachricht darf ein Fahrzeug (und damit den Halter) nicht identifizierbar machen.</translation>
    </message>
    <message>
        <source>Describe the vehicle (make, colour) without its plate.</source>
        <translation>Beschreiben Sie das Fahrzeug (Marke, Farbe) ohne Kennzeichen.</translation>
    </message>
    <message>
        <source>No person&apos;s name (a title or a first name with a surname).</source>
        <translation>Kein Personenname (eine Anrede oder ein Vorname mit Nachnamen).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like a person&apos;s name: a message must not name victims, suspects or witnesses.</source>
        <translation>„{value}“ sieht wie ein Personenname aus: Eine Nachricht darf weder Opfer noch Verdächtige noch Zeugen nennen.</translation>
    </message>
    <message>
        <source>Write &quot;a resident&quot;, &quot;a man&quot; … instead.</source>
        <translation>Schreiben Sie stattdessen „ein Bewohner“, „ein Mann“ …</translation>
    </message>
    <message>
        <source>No address (a street with a house number).</source>
        <translation>Keine Adresse (eine Straße mit Hausnummer).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like an address: a message must not point to a victim&apos;s or a suspect&apos;s home.</source>
        <translation>„{value}“ sieht wie eine Adresse aus: Eine Nachricht darf nicht auf die Wohnung eines Opfers oder Verdächtigen hinweisen.</translation>
    </message>
    <message>
        <source>Give the street or the neighbourhood without the house number.</source>
        <translation>Nennen Sie die Straße oder das Viertel ohne Hausnummer.</translation>
    </message>
    <message>
        <source>A non-urgent message sent at {time}, between {night_from} and {night_until}: members dislike night messages that can wait.</source>
        <translation>Eine nicht dringende Nachricht um {time}, zwischen {night_from} und {night_until}: Mitglieder mögen keine nächtlichen Nachrichten, die warten können.</translation>
    </message>
    <message>
        <source>The category is one every target network&apos;s charter agreed to.</source>
        <translation>Die Kategorie ist eine, der die Charta jedes Zielnetzwerks zugestimmt hat.</translation>
    </message>
    <message>
        <source>The charters of the target networks do not allow messages of category {category}.</source>
        <translation>Die Chartas der Zielnetzwerke erlauben keine Nachrichten der Kategorie {category}.</translation>
    </message>
    <message>
        <source>Choose an agreed category, or leave out the networks that did not agree to it.</source>
        <translation>Wählen Sie eine vereinbarte Kategorie, oder lassen Sie die Netzwerke weg, die ihr nicht zugestimmt haben.</translation>
    </message>
    <message>
        <source>What the message is about happened recently enough to be useful.</source>
        <translation>Worum es in der Nachricht geht, ist kürzlich genug geschehen, um nützlich zu sein.</translation>
    </message>
    <message>
        <source>The incident happened {hours} hours before sending, more than the {limit} hours after which a message is no longer timely.</source>
        <translation>Der Vorfall geschah {hours} Stunden vor dem Versand, mehr als die {limit} Stunden, nach denen eine Nachricht nicht mehr aktuell ist.</translation>
    </message>
    <message>
        <source>Send it as a preventive tip or a feedback message instead.</source>
        <translation>Senden Sie es stattdessen als Präventionstipp oder Rückmeldung.</translation>
    </message>
    <message>
        <source>The text gives preventive advice or a call to action (e.g. &quot;call 112&quot;).</source>
        <translation>Der Text gibt einen Präventionstipp oder eine Handlungsaufforderung (z. B. „rufen Sie 112 an“).</translation>
    </message>
    <message>
        <source>The text gives no preventive advice or call to action.</source>
        <translation>Der Text gibt weder einen Präventionstipp noch eine Handlungsaufforderung.</translation>
    </message>
    <message>
        <source>Tell members what they can do: e.g. &quot;Close windows and doors&quot;, &quot;See something suspicious? Call 112.&quot;</source>
        <translation>Sagen Sie den Mitgliedern, was sie tun können: z. B. „Schließen Sie Fenster und Türen“, „Etwas Verdächtiges gesehen? Rufen Sie 112 an.“</translation>
    </message>
    <message>
        <source>A non-urgent message is not sent at night.</source>
        <translation>Eine nicht dringende Nachricht wird nicht nachts gesendet.</translation>
    </message>
    <message>
        <source>Schedule it for the morning.</source>
        <translation>Planen Sie sie für den Morgen.</translation>
    </message>
    <message>
        <source>No similar message of the same category went out recently.</source>
        <translation>Keine ähnliche Nachricht derselben Kategorie ging kürzlich hinaus.</translation>
    </message>
    <message>
        <source>A similar message ({similarity} % alike) of the same category went out on {sent_at}.</source>
        <translation>Eine ähnliche Nachricht ({similarity} % gleich) derselben Kategorie ging am {sent_at} hinaus.</translation>
    </message>
    <message>
        <source>Send an update of that message instead, or leave it out.</source>
        <translation>Senden Sie stattdessen eine Aktualisierung jener Nachricht, oder lassen Sie es.</translation>
    </message>
    <message>
        <source>No call to patrol, pursue, confront or apprehend anyone (advice not to passes).</source>
        <translation>Kein Aufruf, zu patrouillieren, jemanden zu verfolgen, zur Rede zu stellen oder festzuhalten (der Rat, es nicht zu tun, ist erlaubt).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to act against suspects themselves: a BIN never patrols, pursues or intervenes.</source>
        <translation>„{value}“ fordert die Mitglieder auf, selbst gegen Verdächtige vorzugehen: Ein Netzwerk patrouilliert, verfolgt und greift nie ein.</translation>
    </message>
    <message>
        <source>Ask members to stay at a distance, observe and call 112.</source>
        <translation>Bitten Sie die Mitglieder, Abstand zu halten, zu beobachten und 112 anzurufen.</translation>
    </message>
    <message>
        <source>No description of people by origin, nationality, ethnicity, religion or skin colour.</source>
        <translation>Keine Beschreibung von Menschen nach Herkunft, Nationalität, Ethnie, Religion oder Hautfarbe.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; describes people by origin, nationality, religion or skin colour (anti-discrimination law of 10 May 2007).</source>
        <translation>„{value}“ beschreibt Menschen nach Herkunft, Nationalität, Religion oder Hautfarbe (Antidiskriminierungsgesetz vom 10. Mai 2007).</translation>
    </message>
    <message>
        <source>Describe what can be observed and matters: clothing, build, height, vehicle, behaviour.</source>
        <translation>Beschreiben Sie, was beobachtbar ist und zählt: Kleidung, Statur, Größe, Fahrzeug, Verhalten.</translation>
    </message>
    <message>
        <source>No request to report on neighbours&apos; private lives (a BIN is no snitch line).</source>
        <translation>Keine Aufforderung, über das Privatleben der Nachbarn zu berichten (ein BIN ist keine Petzlinie).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to report on their neighbours&apos; private lives: a BIN is no snitch line.</source>
        <translation>„{value}“ fordert die Mitglieder auf, über das Privatleben ihrer Nachbarn zu berichten: Ein BIN ist keine Petzlinie.</translation>
    </message>
    <message>
        <source>Ask only for observations about the incident: suspicious behaviour, vehicles, times.</source>
        <translation>Bitten Sie nur um Beobachtungen zum Vorfall: verdächtiges Verhalten, Fahrzeuge, Uhrzeiten.</translation>
    </message>
    <message>
        <source>No HTML tags or entities (members see them as typed).</source>
        <translation>Keine HTML-Tags oder -Entitäten (Mitglieder sehen sie wie getippt).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is HTML: SMS, voice and plain e-mail show it as is.</source>
        <translation>„{value}“ ist HTML: SMS, Sprachnachricht und reine E-Mail zeigen es unverändert.</translation>
    </message>
    <message>
        <source>Remove it and write plain text.</source>
        <translation>Entfernen Sie es und schreiben Sie einfachen Text.</translation>
    </message>
    <message>
        <source>No long runs of capitals (acronyms such as BIN, PLP or SMS excepted).</source>
        <translation>Keine langen Passagen in Großbuchstaben (Abkürzungen wie BIN, PLP oder SMS ausgenommen).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is written in capitals: it reads as shouting and is harder to read.</source>
        <translation>„{value}“ ist in Großbuchstaben geschrieben: Das wirkt wie Schreien und ist schwerer zu lesen.</translation>
    </message>
    <message>
        <source>Write it in normal case; put the key point first instead.</source>
        <translation>Schreiben Sie es in normaler Schreibweise; stellen Sie stattdessen das Wichtigste an den Anfang.</translation>
    </message>
    <message>
        <source>No alarmist wording (&quot;PANIEK&quot;, &quot;!!!&quot;, &quot;levensgevaarlijk&quot;, &quot;terreur&quot;).</source>
        <translation>Keine alarmierende Wortwahl („PANIK“, „!!!“, „lebensgefährlich“, „Terror“).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is alarmist: it frightens rather than informs.</source>
        <translation>„{value}“ ist alarmierend: Es macht eher Angst, als dass es informiert.</translation>
    </message>
    <message>
        <source>State the facts calmly and say what members can do.</source>
        <translation>Nennen Sie die Fakten ruhig und sagen Sie, was die Mitglieder tun können.</translation>
    </message>
    <message>
        <source>The message has a text.</source>
        <translation>Die Nachricht hat einen Text.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>The text is written in its declared language, one of the networks&apos; languages.</source>
        <translation>Der Text ist in der angegebenen Sprache geschrieben, einer der Sprachen der Netzwerke.</translation>
    </message>
    <message>
        <source>The target networks do not use {language} (they use {languages}).</source>
        <translation>Die gewählten Netzwerke verwenden nicht {language} (sondern {languages}).</translation>
    </message>
    <message>
        <source>Write the text in the networks&apos; languages.</source>
        <translation>Schreiben Sie den Text in den Sprachen der Netzwerke.</translation>
    </message>
    <message>
        <source>This text seems to be in {detected}, not in {language}.</source>
        <translation>Dieser Text scheint {detected} zu sein, nicht {language}.</translation>
    </message>
    <message>
        <source>Put the text under its own language, or translate it.</source>
        <translation>Stellen Sie den Text unter seine eigene Sprache, oder übersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>Every language of the target networks has a text.</source>
        <translation>Jede Sprache der Zielnetzwerke hat einen Text.</translation>
    </message>
    <message>
        <source>The text in {language} is missing: the networks use it.</source>
        <translation>Der {language}-Text fehlt: Die Netzwerke verwenden diese Sprache.</translation>
    </message>
    <message>
        <source>Write the {language} version before sending.</source>
        <translation>Schreiben Sie die {language}-Fassung vor dem Versand.</translation>
    </message>
    <message>
        <source>The SMS text uses only GSM characters (one other character makes every segment 70 characters instead of 160).</source>
        <translation>Der SMS-Text verwendet nur GSM-Zeichen (ein einziges anderes Zeichen macht jedes Segment 70 statt 160 Zeichen lang).</translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment) and has no GSM equivalent.</source>
        <translation>„{character}“ macht die SMS zu UCS-2 (70 Zeichen pro Segment) und hat kein GSM-Gegenstück.</translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment): write &quot;{replacement}&quot; instead.</source>
        <translation>„{character}“ macht die SMS zu UCS-2 (70 Zeichen pro Segment): Schreiben Sie stattdessen „{replacement}“.</translation>
    </message>
    <message>
        <source>An SMS message stays within the zone&apos;s maximum number of segments.</source>
        <translation>Eine SMS bleibt innerhalb der Höchstzahl an Segmenten der Zone.</translation>
    </message>
    <message>
        <source>Replace the special characters: in GSM characters it takes {safe_segments} segments.</source>
        <translation>Ersetzen Sie die Sonderzeichen: In GSM-Zeichen braucht sie {safe_segments} Segmente.</translation>
    </message>
    <message>
        <source>Shorten the text, or send the details by e-mail.</source>
        <translation>Kürzen Sie den Text, oder senden Sie die Einzelheiten per E-Mail.</translation>
    </message>
    <message>
        <source>The SMS takes {segments} segments ({characters} characters, {encoding}); the zone allows {max}.</source>
        <translation>Die SMS braucht {segments} Segmente ({characters} Zeichen, {encoding}); die Zone erlaubt {max}.</translation>
    </message>
    <message>
        <source>A voice message can be listened to within the zone&apos;s maximum length.</source>
        <translation>Eine Sprachnachricht ist innerhalb der Höchstdauer der Zone anhörbar.</translation>
    </message>
    <message>
        <source>Read aloud, the message takes about {seconds} seconds; more than {max} seconds loses the listener.</source>
        <translation>Vorgelesen dauert die Nachricht etwa {seconds} Sekunden; nach mehr als {max} Sekunden hört niemand mehr zu.</translation>
    </message>
    <message>
        <source>Keep the voice message to the essentials and the advice.</source>
        <translation>Beschränken Sie die Sprachnachricht auf das Wesentliche und den Rat.</translation>
    </message>
    <message>
        <source>An e-mail has a subject.</source>
        <translation>Eine E-Mail hat einen Betreff.</translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>Die E-Mail hat keinen Betreff.</translation>
    </message>
    <message>
        <source>Give it a short subject that says what and where, e.g. &quot;Burglaries in the Kerkwijk&quot;.</source>
        <translation>Geben Sie ihr einen kurzen Betreff, der sagt, was und wo, z. B. „Einbrüche im Kirchviertel“.</translation>
    </message>
    <message>
        <source>Every active member can be reached on the message&apos;s channels.</source>
        <translation>Jedes aktive Mitglied ist über die Kanäle der Nachricht erreichbar.</translation>
    </message>
    <message>
        <source>{count} active member(s) have no phone number or e-mail address for the channels of this message and will not receive it.</source>
        <translation>{count} aktive(s) Mitglied(er) haben keine Telefonnummer oder E-Mail-Adresse für die Kanäle dieser Nachricht und erhalten sie nicht.</translation>
    </message>
    <message>
        <source>Add a channel, or ask the coordinator to pass the message on.</source>
        <translation>Fügen Sie einen Kanal hinzu, oder bitten Sie den Koordinator, die Nachricht weiterzugeben.</translation>
    </message>
    <message>
        <source>The provider refused the credentials of gateway {gateway}: check the token in Settings → Gateways.</source>
        <extracomment>the message as CAP 1.2 XML, filled only for gateways that file it (`wants_cap`)</extracomment>
        <translation>Der Anbieter hat die Zugangsdaten von Gateway {gateway} abgelehnt: Prüfen Sie das Token unter Einstellungen → Gateways.</translation>
    </message>
    <message>
        <source>No gateway is configured: add one with &apos;bin-desktop gateway add&apos;.</source>
        <translation>Kein Gateway eingerichtet: Fügen Sie eines mit &apos;bin-desktop gateway add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Gateway {name} needs a secret (token or password) and none is set: store it with &apos;bin-desktop gateway secret {name}&apos; (read from standard input).</source>
        <translation>Gateway {name} braucht Zugangsdaten (Token oder Passwort), und keine sind gesetzt: Speichern Sie sie mit &apos;bin-desktop gateway secret {name}&apos; (wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Gateway name {name!r} is not usable: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Gateway-Name {name!r} ist nicht verwendbar: 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Unknown gateway type {type}: use one of {types}.</source>
        <translation>Unbekannter Gateway-Typ {type}: Verwenden Sie einen von {types}.</translation>
    </message>
    <message>
        <source>A gateway needs a --url.</source>
        <translation>Ein Gateway braucht eine --url.</translation>
    </message>
    <message>
        <source>An outbox gateway&apos;s URL is a folder path, not {url}.</source>
        <translation>Die URL eines Postausgang-Gateways ist ein Ordnerpfad, nicht {url}.</translation>
    </message>
    <message>
        <source>The port in {url} is not a number.</source>
        <translation>Der Port in {url} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Do not put a password in the gateway URL: store it with &apos;bin-desktop gateway secret NAME&apos; so it stays in the keyring.</source>
        <translation>Setzen Sie kein Passwort in die Gateway-URL: Speichern Sie es mit &apos;bin-desktop gateway secret NAME&apos;, damit es im Schlüsselbund bleibt.</translation>
    </message>
    <message>
        <source>An {type} gateway needs an http:// or https:// URL, not {url}.</source>
        <translation>Ein {type}-Gateway braucht eine http://- oder https://-URL, nicht {url}.</translation>
    </message>
    <message>
        <source>An {type} URL carries no user name: the token goes in the keyring.</source>
        <translation>Eine {type}-URL enthält keinen Benutzernamen: Das Token kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>--security applies to smtp gateways only.</source>
        <translation>--security gilt nur für smtp-Gateways.</translation>
    </message>
    <message>
        <source>An smtp gateway needs an smtp://[user@]host[:port] or smtps:// URL, not {url}.</source>
        <translation>Ein smtp-Gateway braucht eine smtp://[user@]host[:port]- oder smtps://-URL, nicht {url}.</translation>
    </message>
    <message>
        <source>Unknown SMTP security {security}: use one of {choices}.</source>
        <translation>Unbekannte SMTP-Sicherheit {security}: Verwenden Sie eine von {choices}.</translation>
    </message>
    <message>
        <source>An smtps:// URL always uses ssl.</source>
        <translation>Eine smtps://-URL verwendet immer ssl.</translation>
    </message>
    <message>
        <source>Gateway channels must be one or more of sms, voice, email (got {got}).</source>
        <translation>Die Kanäle eines Gateways müssen einer oder mehrere von sms, voice, email sein (erhalten: {got}).</translation>
    </message>
    <message>
        <source>An smtp gateway sends e-mail only.</source>
        <translation>Ein smtp-Gateway sendet nur E-Mails.</translation>
    </message>
    <message>
        <source>A cm gateway sends sms and voice only.</source>
        <translation>Ein cm-Gateway sendet nur SMS und Sprachanrufe.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and {max}.</source>
        <translation>Die Stapelgröße muss zwischen 1 und {max} liegen.</translation>
    </message>
    <message>
        <source>The rate must be more than 0 and at most {max} per second.</source>
        <translation>Die Rate muss größer als 0 und höchstens {max} pro Sekunde sein.</translation>
    </message>
    <message>
        <source>The sender must be one line of at most 254 characters.</source>
        <translation>Der Absender muss eine Zeile mit höchstens 254 Zeichen sein.</translation>
    </message>
    <message>
        <source>A gateway named {name} already exists: change it with update or remove it first.</source>
        <translation>Ein Gateway namens {name} existiert bereits: Ändern Sie es mit update oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Unknown gateway setting(s): {fields}.</source>
        <translation>Unbekannte Gateway-Einstellung(en): {fields}.</translation>
    </message>
    <message>
        <source>No gateway named {name}.</source>
        <translation>Kein Gateway namens {name}.</translation>
    </message>
    <message>
        <source>Gateway {name} does not send {channel}, so it cannot reach {what}.</source>
        <translation>Gateway {name} sendet kein {channel} und kann daher {what} nicht erreichen.</translation>
    </message>
    <message>
        <source>A test SMS or call needs a number in international form, e.g. +32470123456.</source>
        <translation>Eine Test-SMS oder ein Testanruf braucht eine Nummer im internationalen Format, z. B. +32470123456.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so BIN Desk cannot keep gateway secrets. On Linux install and unlock gnome-keyring, or KeePassXC with Secret Service enabled, or run BIN Desk inside a desktop session. Secrets are never written to a file instead.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar, daher kann BIN Desk keine Zugangsdaten von Gateways aufbewahren. Installieren und entsperren Sie unter Linux gnome-keyring oder KeePassXC mit aktiviertem Secret Service, oder starten Sie BIN Desk in einer Desktop-Sitzung. Zugangsdaten werden nie stattdessen in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>No secret is set for gateway {name}: enter it in Settings → Gateways.</source>
        <translation>Für Gateway {name} sind keine Zugangsdaten gesetzt: Geben Sie sie unter Einstellungen → Gateways ein.</translation>
    </message>
    <message>
        <source>No gateway is configured: an administrator adds one in Settings → Gateways.</source>
        <extracomment>with a zone hub, the hub&apos;s dispatch claims (sync.claims): one device per message</extracomment>
        <translation>Kein Gateway eingerichtet: Ein Administrator fügt eines unter Einstellungen → Gateways hinzu.</translation>
    </message>
    <message>
        <source>No conflict with id {id}.</source>
        <extracomment>what an operator may settle, by entity (the permission to edit that kind of row)</extracomment>
        <translation>Kein Konflikt mit der ID {id}.</translation>
    </message>
    <message>
        <source>The {entity} was deleted; a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation>Der Eintrag ({entity}) wurde gelöscht; eine gelöschte Zeile kann den anderen Wert nicht übernehmen. Legen Sie ihn erneut an, wenn er noch gebraucht wird.</translation>
    </message>
    <message>
        <source>No hub is configured for this computer: give one with --hub URL or in Settings → Synchronisation.</source>
        <extracomment>a local clock this far from the hub&apos;s is reported to the user this computer&apos;s clock minus the hub&apos;s, in ms (positive: this one is ahead)</extracomment>
        <translation>Für diesen Computer ist kein Hub eingerichtet: Geben Sie einen mit --hub URL oder unter Einstellungen → Synchronisierung an.</translation>
    </message>
    <message>
        <source>This computer&apos;s data folder could not be written during the sync ({reason}). Free some disk space and sync again: nothing was lost, the sync goes on from its last complete step.</source>
        <translation>Der Datenordner dieses Computers konnte während der Synchronisierung nicht beschrieben werden ({reason}). Geben Sie Speicherplatz frei und synchronisieren Sie erneut: Es ging nichts verloren, die Synchronisierung setzt beim letzten vollständigen Schritt fort.</translation>
    </message>
    <message>
        <source>The connection to the hub {url} was lost ({reason}). Nothing is lost: the next sync goes on from where this one stopped.</source>
        <translation>Die Verbindung zum Hub {url} ist abgebrochen ({reason}). Nichts geht verloren: Die nächste Synchronisierung macht dort weiter, wo diese aufgehört hat.</translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s ahead of the hub&apos;s: correct the date and time.</source>
        <translation>Die Uhr dieses Computers geht {seconds} s vor gegenüber der des Hubs: Korrigieren Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s behind the hub&apos;s: correct the date and time.</source>
        <translation>Die Uhr dieses Computers geht {seconds} s nach gegenüber der des Hubs: Korrigieren Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The zone hub is used by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update before syncing; your changes stay on this computer until then.</source>
        <translation>Der Hub der Zone wird von einer neueren Version von BIN Desk verwendet (Datenversion {hub}, diese hat {mine}). Installieren Sie das Update vor der Synchronisierung; Ihre Änderungen bleiben bis dahin auf diesem Computer.</translation>
    </message>
    <message>
        <source>This data folder is a copy or a restored backup of another BIN Desk ({reason}). It no longer syncs, so that nothing is merged blindly. Its data stays here: start BIN Desk on a new, empty data folder to get the zone from the hub again, and re-enter what is missing from this one (bin-desktop export --json shows it).</source>
        <translation>Dieser Datenordner ist eine Kopie oder eine wiederhergestellte Sicherung eines anderen BIN Desk ({reason}). Er synchronisiert nicht mehr, damit nichts blind zusammengeführt wird. Seine Daten bleiben hier: Starten Sie BIN Desk mit einem neuen, leeren Datenordner, um die Zone erneut vom Hub zu holen, und geben Sie erneut ein, was dort fehlt (bin-desktop export --json zeigt es).</translation>
    </message>
    <message>
        <source>Changes made on this computer are stamped {minutes} minutes in the future of the hub: the clock of this computer is wrong. Correct the date and time; the changes stay here and go up at the next sync.</source>
        <translation>Auf diesem Computer vorgenommene Änderungen tragen einen Zeitstempel {minutes} Minuten in der Zukunft des Hubs: Die Uhr dieses Computers geht falsch. Korrigieren Sie Datum und Uhrzeit; die Änderungen bleiben hier und werden bei der nächsten Synchronisierung hochgeladen.</translation>
    </message>
    <message>
        <source>The hub refused changes stamped in its future: the clock of this computer is wrong. Correct it; nothing is lost.</source>
        <translation>Der Hub hat Änderungen mit einem Zeitstempel in seiner Zukunft abgelehnt: Die Uhr dieses Computers geht falsch. Korrigieren Sie sie; nichts geht verloren.</translation>
    </message>
    <message>
        <source>The zone hub holds changes made by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update; everything up to them was synced.</source>
        <translation>Der Hub der Zone enthält Änderungen einer neueren Version von BIN Desk (Datenversion {hub}, diese hat {mine}). Installieren Sie das Update; alles bis dahin wurde synchronisiert.</translation>
    </message>
    <message>
        <source>A change from the hub clashes with a value that must be unique on this computer ({reason}): probably the same personnel number, NIS code or gateway name was entered on two devices. Change it here and sync again; nothing was lost.</source>
        <translation>Eine Änderung vom Hub kollidiert mit einem Wert, der auf diesem Computer eindeutig sein muss ({reason}): Wahrscheinlich wurde dieselbe Personalnummer, derselbe NIS-Code oder derselbe Gateway-Name auf zwei Geräten eingegeben. Ändern Sie ihn hier und synchronisieren Sie erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>Pulled changes are stamped {minutes} minutes in the future of this computer: check its date and time.</source>
        <translation>Empfangene Änderungen tragen einen Zeitstempel {minutes} Minuten in der Zukunft dieses Computers: Prüfen Sie dessen Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid role name (letters, digits and _).</source>
        <extracomment>the device that held the claim before this one took it over (None: not taken over)</extracomment>
        <translation>&apos;{name}&apos; ist kein gültiger Rollenname (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>{url} is already a BIN Desk hub; nothing was changed.</source>
        <translation>{url} ist bereits ein BIN-Desk-Hub; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL. Use postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH/hub.db.</source>
        <translation>&apos;{url}&apos; ist keine Datenbank-URL. Verwenden Sie postgresql://USER@HOST:PORT/DATABASE oder sqlite:///PATH/hub.db.</translation>
    </message>
    <message>
        <source>A hub is a PostgreSQL database or a SQLite file, not {backend}.</source>
        <translation>Ein Hub ist eine PostgreSQL-Datenbank oder eine SQLite-Datei, nicht {backend}.</translation>
    </message>
    <message>
        <source>The hub {url} cannot be reached ({reason}). Your changes are kept on this computer and go up at the next sync.</source>
        <translation>Der Hub {url} ist nicht erreichbar ({reason}). Ihre Änderungen bleiben auf diesem Computer und werden bei der nächsten Synchronisierung hochgeladen.</translation>
    </message>
    <message>
        <source>There is no hub file at {path} (a network share not mounted?). Your changes are kept on this computer and go up at the next sync.</source>
        <extracomment>True when this device took the claim over from another device whose lease ran out</extracomment>
        <translation>Unter {path} gibt es keine Hub-Datei (ein nicht eingebundenes Netzlaufwerk?). Ihre Änderungen bleiben auf diesem Computer und werden bei der nächsten Synchronisierung hochgeladen.</translation>
    </message>
    <message>
        <source>{url} is not a BIN Desk hub. Create it once with &apos;bin-desktop hub init URL&apos; (or ask the zone&apos;s DBA to run the SQL of &apos;hub init --print-sql&apos;).</source>
        <translation>{url} ist kein BIN-Desk-Hub. Legen Sie ihn einmalig mit &apos;bin-desktop hub init URL&apos; an (oder bitten Sie den Datenbankadministrator der Zone, das SQL von &apos;hub init --print-sql&apos; auszuführen).</translation>
    </message>
    <message>
        <source>The hub {url} refused the connection: {reason}</source>
        <translation>Der Hub {url} hat die Verbindung abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>One colour per delivery state, in the table&apos;s order (the chart and its legend use them).</extracomment>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>BIN Desk</source>
        <translation>BIN Desk</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>BIN Desk</source>
        <translation>BIN Desk</translation>
    </message>
    <message>
        <source>The file {name} cannot be read or written: {reason}</source>
        <translation>Die Datei {name} kann nicht gelesen oder geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>gateways</name>
    <message>
        <source>SMTP e-mail server</source>
        <translation>SMTP-E-Mail-Server</translation>
    </message>
    <message>
        <source>HTTP provider (JSON protocol)</source>
        <translation>HTTP-Anbieter (JSON-Protokoll)</translation>
    </message>
    <message>
        <source>CM.com SMS and voice</source>
        <translation>CM.com SMS und Sprache</translation>
    </message>
    <message>
        <source>Folder outbox (files only)</source>
        <translation>Ordner-Postausgang (nur Dateien)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Citizens</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Polizeizone</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>Beauftragter Polizist</translation>
    </message>
    <message>
        <source>Korpschef</source>
        <translation>Korpschef</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Bürgermeister</translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation>Präventionsbeauftragter</translation>
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
        <source>Submitted to ADVP</source>
        <translation>Bei der GD eingereicht</translation>
    </message>
    <message>
        <source>Approved by ADVP</source>
        <translation>Von der GD genehmigt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Zurückgeschickt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Digital, in BIN Desk</source>
        <translation>Digital, in BIN Desk</translation>
    </message>
    <message>
        <source>Signed PDF received</source>
        <translation>Unterzeichnetes PDF erhalten</translation>
    </message>
    <message>
        <source>On paper (scan)</source>
        <translation>Auf Papier (Scan)</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Auf Papier</translation>
    </message>
    <message>
        <source>Signed charter (PDF)</source>
        <translation>Unterzeichnete Charta (PDF)</translation>
    </message>
    <message>
        <source>Scan of a signature on paper</source>
        <translation>Scan einer Unterschrift auf Papier</translation>
    </message>
    <message>
        <source>Letter to ADVP</source>
        <translation>Schreiben an die GD</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Meldung an die GD</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
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
        <source>Full name</source>
        <extracomment>What a column of a coordinator&apos;s list may hold (core&apos;s members.model.FIELDS).</extracomment>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Street (and number)</source>
        <translation>Straße (und Nummer)</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Briefkasten</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Zweites Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Vermerke</translation>
    </message>
    <message>
        <source>Ready to approve</source>
        <translation>Bereit zur Genehmigung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>Telefonnummer ungültig</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Keine Handynummer</translation>
    </message>
    <message>
        <source>Foreign phone number</source>
        <translation>Ausländische Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address not valid</source>
        <translation>E-Mail-Adresse ungültig</translation>
    </message>
    <message>
        <source>Address outside the area</source>
        <translation>Adresse außerhalb des Gebiets</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Keine Straße</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Twice in the list</source>
        <translation>Zweimal in der Liste</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Weder Telefon noch E-Mail</translation>
    </message>
    <message>
        <source>Language not understood</source>
        <translation>Sprache nicht verstanden</translation>
    </message>
    <message>
        <source>Cell cut short</source>
        <translation>Zelle gekürzt</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>{address} box {box}</source>
        <extracomment>Rows a page query brings. Core sorts the network&apos;s whole list for every page, so a page costs nearly the same for 100 or 1,000 rows: fewer, larger pages mean fewer waits. Pages kept in memory: a screenful needs one or two; the rest makes scrolling back cheap. Pages a reload after a change fetches again at once.</extracomment>
        <translation>{address} Bfk. {box}</translation>
    </message>
    <message>
        <source>the member made of row {row} ({name})</source>
        <extracomment>Columns of the review queue and the list field each one corrects (fix_row). The column that holds the cell a finding is about (finding.field, or a duplicate&apos;s rule). Groups of one status in the order an officer works through them: who, how to reach them, where they live, consent; then what is only information.</extracomment>
        <translation>das aus Zeile {row} ({name}) entstandene Mitglied</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
