<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Record ADVP approval</source>
        <translation>ADVP-goedkeuring registreren</translation>
    </message>
    <message>
        <source>Date of the ADVP letter</source>
        <translation>Datum van de ADVP-brief</translation>
    </message>
    <message>
        <source>&amp;Letter dated:</source>
        <translation>&amp;Brief van:</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>ADVP-referentie</translation>
    </message>
    <message>
        <source>The reference on ADVP&apos;s letter</source>
        <translation>De referentie op de brief van ADVP</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation>Terug naar waar u vandaan kwam (Alt+Links)</translation>
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
        <source>Charter of the network</source>
        <translation>Charter van het netwerk</translation>
    </message>
    <message>
        <source>State of the network</source>
        <translation>Fase van het netwerk</translation>
    </message>
    <message>
        <source>Save the unsigned PDF of the selected version, in one of its languages</source>
        <translation>De niet-ondertekende pdf van de gekozen versie bewaren, in een van haar talen</translation>
    </message>
    <message>
        <source>Save the unsigned PDF</source>
        <translation>De niet-ondertekende pdf bewaren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>Pdf…</translation>
    </message>
    <message>
        <source>Start a new version of the charter, from the texts of the previous one</source>
        <translation>Een nieuwe versie van het charter beginnen, met de teksten van de vorige</translation>
    </message>
    <message>
        <source>Draft a new version</source>
        <translation>Nieuwe versie opstellen</translation>
    </message>
    <message>
        <source>Record a signed PDF that came back, or a signature on paper</source>
        <translation>Een ondertekende pdf die terugkwam, of een handtekening op papier registreren</translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Handtekening registreren</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Handtekening registreren…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Ondertekenen…</translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation>Nazicht door de korpschef</translation>
    </message>
    <message>
        <source>Korpschef review…</source>
        <translation>Nazicht door de korpschef…</translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation>Indienen bij ADVP</translation>
    </message>
    <message>
        <source>Submit to ADVP…</source>
        <translation>Indienen bij ADVP…</translation>
    </message>
    <message>
        <source>ADVP confirmed the charter by letter: the network becomes official</source>
        <translation>ADVP heeft het charter per brief bevestigd: het netwerk wordt officieel</translation>
    </message>
    <message>
        <source>Record ADVP approval</source>
        <translation>ADVP-goedkeuring registreren</translation>
    </message>
    <message>
        <source>Record ADVP approval…</source>
        <translation>ADVP-goedkeuring registreren…</translation>
    </message>
    <message>
        <source>ADVP sent the charter back with remarks: the network drafts a new version</source>
        <translation>ADVP stuurde het charter terug met opmerkingen: het netwerk stelt een nieuwe versie op</translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation>Opmerkingen van ADVP registreren</translation>
    </message>
    <message>
        <source>Record ADVP remarks…</source>
        <translation>Opmerkingen van ADVP registreren…</translation>
    </message>
    <message>
        <source>Amend the charter of this active network: a new version to sign and to notify to ADVP</source>
        <translation>Het charter van dit actieve netwerk wijzigen: een nieuwe versie om te ondertekenen en aan ADVP te melden</translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation>Wijziging starten</translation>
    </message>
    <message>
        <source>Start amendment…</source>
        <translation>Wijziging starten…</translation>
    </message>
    <message>
        <source>Tell ADVP that this network was suspended, became inactive, merged or was dissolved</source>
        <translation>ADVP melden dat dit netwerk geschorst, inactief, samengevoegd of opgeheven is</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Melding aan ADVP</translation>
    </message>
    <message>
        <source>Notice to ADVP…</source>
        <translation>Melding aan ADVP…</translation>
    </message>
    <message>
        <source>Versions of the charter</source>
        <translation>Versies van het charter</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>De gekozen versie</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Signatures of the selected version</source>
        <translation>Handtekeningen van de gekozen versie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Taal van het document:</translation>
    </message>
    <message>
        <source>The language of the texts you edit; the charter is printed in every language of the network</source>
        <translation>De taal van de teksten die u bewerkt; het charter wordt in elke taal van het netwerk gedrukt</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>Tick when the start date is agreed</source>
        <translation>Aanvinken zodra de startdatum is afgesproken</translation>
    </message>
    <message>
        <source>The start date is agreed</source>
        <translation>De startdatum is afgesproken</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Start op:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>In months; 0 for an indefinite period</source>
        <translation>In maanden; 0 voor onbepaalde duur</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Duur in maanden</translation>
    </message>
    <message>
        <source>Municipality signs by:</source>
        <translation>Gemeente tekent via:</translation>
    </message>
    <message>
        <source>The mayor signs</source>
        <translation>De burgemeester tekent</translation>
    </message>
    <message>
        <source>the &amp;mayor</source>
        <translation>de &amp;burgemeester</translation>
    </message>
    <message>
        <source>The prevention officer signs</source>
        <translation>De preventieambtenaar tekent</translation>
    </message>
    <message>
        <source>the &amp;prevention officer</source>
        <translation>de &amp;preventieambtenaar</translation>
    </message>
    <message>
        <source>Sections of the charter</source>
        <translation>Onderdelen van het charter</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Tekst van het onderdeel</translation>
    </message>
    <message>
        <source>What ADVP would find missing</source>
        <translation>Wat ADVP zou missen</translation>
    </message>
    <message>
        <source>Save, then list what ADVP would find missing</source>
        <translation>Bewaren en dan tonen wat ADVP zou missen</translation>
    </message>
    <message>
        <source>Check for ADVP</source>
        <translation>Nazien voor ADVP</translation>
    </message>
    <message>
        <source>&amp;Check for ADVP</source>
        <translation>&amp;Nazien voor ADVP</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Het ontwerp bewaren (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Freeze this version and ask every signatory to sign it</source>
        <translation>Deze versie vastleggen en elke ondertekenaar vragen ze te ondertekenen</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Ter ondertekening versturen</translation>
    </message>
    <message>
        <source>Send for signature…</source>
        <translation>Ter ondertekening versturen…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Files of the selected version</source>
        <translation>Bestanden van de gekozen versie</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Het bestand bewaren als</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Bewaren als…</translation>
    </message>
    <message>
        <source>Open the file with the program this computer uses for it</source>
        <translation>Het bestand openen met het programma dat deze computer ervoor gebruikt</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>indefinite</source>
        <extracomment>The charter on screen is fresh (after opening, a save, a signature …). Missing items of the draft were listed (after &quot;Check for ADVP&quot; or a refused send).</extracomment>
        <translation>onbepaald</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>{heading} (empty)</source>
        <translation>{heading} (leeg)</translation>
    </message>
    <message>
        <source>Charter of {network}</source>
        <translation>Charter van {network}</translation>
    </message>
    <message>
        <source>Network: {state} since {date}</source>
        <translation>Netwerk: {state} sinds {date}</translation>
    </message>
    <message>
        <source>Only a draft version is edited; a sent version is frozen.</source>
        <translation>Alleen een ontwerpversie wordt bewerkt; een verstuurde versie ligt vast.</translation>
    </message>
    <message>
        <source>This network has no charter yet. Draft one to start.</source>
        <translation>Dit netwerk heeft nog geen charter. Stel er een op om te beginnen.</translation>
    </message>
    <message>
        <source>The signatures are asked when the draft is sent for signature.</source>
        <translation>De handtekeningen worden gevraagd zodra het ontwerp ter ondertekening verstuurd is.</translation>
    </message>
    <message>
        <source>A signature waiting {days} days or more (the zone&apos;s setting) is marked in red.</source>
        <translation>Een handtekening waarop {days} dagen of langer gewacht wordt (instelling van de zone), staat in het rood.</translation>
    </message>
    <message>
        <source>Sign your own field of this version with your certificate</source>
        <translation>Uw eigen veld van deze versie ondertekenen met uw certificaat</translation>
    </message>
    <message>
        <source>This version has no field for you left to sign.</source>
        <translation>In deze versie is er geen veld meer dat u moet ondertekenen.</translation>
    </message>
    <message>
        <source>Read the charter, tick ADVP&apos;s checklist, then sign or send it back</source>
        <translation>Het charter lezen, de checklist van ADVP afvinken, dan ondertekenen of terugsturen</translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter.</source>
        <translation>Alleen de korpschef kijkt het charter na en ondertekent het.</translation>
    </message>
    <message>
        <source>Every party signed: make the letter to ADVP and mark the charter submitted</source>
        <translation>Elke partij heeft ondertekend: de brief aan ADVP maken en het charter als ingediend markeren</translation>
    </message>
    <message>
        <source>Waiting for: {who}</source>
        <translation>Wacht op: {who}</translation>
    </message>
    <message>
        <source>Empty: ADVP checks that every section is filled in</source>
        <translation>Leeg: ADVP gaat na of elk onderdeel ingevuld is</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>The changes to the charter of {network} are not saved. Discard them?</source>
        <translation>De wijzigingen aan het charter van {network} zijn niet bewaard. Wilt u ze verwerpen?</translation>
    </message>
    <message>
        <source>ADVP would find missing:
{items}</source>
        <translation>ADVP zou missen:
{items}</translation>
    </message>
    <message>
        <source>Nothing is missing: the draft can be sent for signature.</source>
        <translation>Er ontbreekt niets: het ontwerp kan ter ondertekening verstuurd worden.</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Ter ondertekening versturen</translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} for signature? Its text is frozen: later changes need a new version.</source>
        <translation>Versie {version} van het charter van {network} ter ondertekening versturen? De tekst ligt dan vast: latere wijzigingen vragen een nieuwe versie.</translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing:
{items}</source>
        <translation>Het charter kan nog niet ter ondertekening verstuurd worden. Er ontbreekt:
{items}</translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network}.</source>
        <translation>Versie {version} van het charter van {network}.</translation>
    </message>
    <message>
        <source>Save the charter as PDF</source>
        <translation>Het charter als pdf bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>• {signatory}: {name}</source>
        <translation>• {signatory}: {name}</translation>
    </message>
    <message>
        <source>Signature recorded</source>
        <translation>Handtekening geregistreerd</translation>
    </message>
    <message>
        <source>Recorded:
{signatures}</source>
        <translation>Geregistreerd:
{signatures}</translation>
    </message>
    <message>
        <source>You sign version {version} of the charter of {network} as {signatory}: {name}. Fingerprint: {hash}…</source>
        <translation>U ondertekent versie {version} van het charter van {network} als {signatory}: {name}. Vingerafdruk: {hash}…</translation>
    </message>
    <message>
        <source>The letter was saved as {path}. It is also kept with the charter&apos;s files. Send it to ADVP.</source>
        <translation>De brief is bewaard als {path}. Hij wordt ook bij de bestanden van het charter bijgehouden. Verstuur hem naar ADVP.</translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation>Indienen bij ADVP</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Melding aan ADVP</translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation>Opmerkingen van ADVP registreren</translation>
    </message>
    <message>
        <source>ADVP sends it back: the network drafts a new version that takes the remarks into account.</source>
        <translation>ADVP stuurt het terug: het netwerk stelt een nieuwe versie op die met de opmerkingen rekening houdt.</translation>
    </message>
    <message>
        <source>ADVP&apos;s &amp;remarks:</source>
        <translation>&amp;Opmerkingen van ADVP:</translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation>Wijziging starten</translation>
    </message>
    <message>
        <source>A new version of the charter of {network} is drafted from the current one; every party signs it again and ADVP is told.</source>
        <translation>Een nieuwe versie van het charter van {network} wordt opgesteld vanuit de huidige; elke partij ondertekent opnieuw en ADVP wordt op de hoogte gebracht.</translation>
    </message>
    <message>
        <source>&amp;What changes, and why:</source>
        <translation>&amp;Wat verandert er, en waarom:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… instead.</source>
        <translation>Geen enkel programma op deze computer opent {name}. Gebruik Bewaren als….</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Het bestand bewaren als</translation>
    </message>
    <message>
        <source>Files (*{suffix})</source>
        <translation>Bestanden (*{suffix})</translation>
    </message>
</context>
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
        <source>{who} since {date}</source>
        <translation>{who} sinds {date}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Burglary wave</source>
        <translation>Inbraakgolf</translation>
    </message>
    <message>
        <source>Vehicle break-ins</source>
        <translation>Diefstal uit wagens</translation>
    </message>
    <message>
        <source>Phone fraud</source>
        <translation>Telefoonfraude</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Verdwijning</translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation>Preventietip</translation>
    </message>
    <message>
        <source>Feedback on an earlier message</source>
        <translation>Terugkoppeling op een vorig bericht</translation>
    </message>
    <message>
        <source>Cancel &quot;{headline}&quot;?

A cancellation with a standard text goes to the same networks ({networks}). It is saved as a draft that another operator approves.</source>
        <translation>&quot;{headline}&quot; intrekken?

Een intrekking met een standaardtekst gaat naar dezelfde netwerken ({networks}). Ze wordt bewaard als ontwerp dat een andere gebruiker goedkeurt.</translation>
    </message>
    <message>
        <source>Cancel the message</source>
        <translation>Bericht intrekken</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Bericht verlaten</translation>
    </message>
    <message>
        <source>The message you are writing is not saved. Leave it and lose the text?</source>
        <translation>Het bericht dat u schrijft is niet bewaard. Verlaten en de tekst verliezen?</translation>
    </message>
    <message>
        <source>{category} (not agreed by every network)</source>
        <translation>{category} (niet door elk netwerk aanvaard)</translation>
    </message>
    <message>
        <source>The charter of at least one chosen network does not allow this category.</source>
        <translation>Het charter van minstens één gekozen netwerk laat deze categorie niet toe.</translation>
    </message>
    <message>
        <source>{exercise}: this message is an exercise, not a real alert. It stays marked as an exercise everywhere and goes out with the CAP status Exercise.</source>
        <translation>{exercise}: dit bericht is een oefening, geen echte waarschuwing. Het blijft overal als oefening gemarkeerd en gaat uit met de CAP-status Exercise.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Update of &quot;{headline}&quot;</source>
        <translation>Update van &quot;{headline}&quot;</translation>
    </message>
    <message>
        <source>Feedback on &quot;{headline}&quot;</source>
        <translation>Terugkoppeling op &quot;{headline}&quot;</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>No network chosen yet.</source>
        <translation>Nog geen netwerk gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) chosen: {names}</source>
        <translation>
            <numerusform>%n netwerk gekozen: {names}</numerusform>
            <numerusform>%n netwerken gekozen: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered by: {networks}</source>
        <translation>Valt onder: {networks}</translation>
    </message>
    <message>
        <source>{network} covers it too but cannot receive messages now ({state}).</source>
        <translation>{network} dekt ze ook, maar kan nu geen berichten ontvangen ({state}).</translation>
    </message>
    <message>
        <source>No network covers &quot;{query}&quot;.</source>
        <translation>Geen enkel netwerk dekt &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Sjabloon invullen</translation>
    </message>
    <message>
        <source>Replace the {language} text with the template &quot;{template}&quot;?</source>
        <translation>De tekst in het {language} vervangen door het sjabloon &quot;{template}&quot;?</translation>
    </message>
    <message>
        <source>The checks run as you type.</source>
        <translation>De controles lopen terwijl u typt.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n finding(s) must be fixed.</source>
        <translation>
            <numerusform>Geblokkeerd: %n bevinding moet opgelost worden.</numerusform>
            <numerusform>Geblokkeerd: %n bevindingen moeten opgelost worden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them before saving.</source>
        <translation>
            <numerusform>%n waarschuwing: lees ze voor u bewaart.</numerusform>
            <numerusform>%n waarschuwingen: lees ze voor u bewaart.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocking findings or warnings.</source>
        <translation>Geen blokkerende bevindingen of waarschuwingen.</translation>
    </message>
    <message>
        <source>{encoding} (because of {characters})</source>
        <translation>{encoding} (door {characters})</translation>
    </message>
    <message>
        <source>SMS: {encoding}</source>
        <translation>Sms: {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmenten</numerusform>
        </translation>
    </message>
    <message>
        <source>cost {cost}</source>
        <translation>kost {cost}</translation>
    </message>
    <message numerus="yes">
        <source>Voice: about %n second(s)</source>
        <translation>
            <numerusform>Spraakbericht: ongeveer %n seconde</numerusform>
            <numerusform>Spraakbericht: ongeveer %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n character(s)</source>
        <translation>
            <numerusform>E-mail: %n teken</numerusform>
            <numerusform>E-mail: %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Kies minstens één kanaal.</translation>
    </message>
    <message>
        <source>Audience: choose the target networks.</source>
        <translation>Bereik: kies de doelnetwerken.</translation>
    </message>
    <message>
        <source>Audience: loading the networks&apos; members…</source>
        <translation>Bereik: de leden van de netwerken worden geladen…</translation>
    </message>
    <message>
        <source>Audience: {reached}</source>
        <translation>Bereik: {reached}</translation>
    </message>
    <message numerus="yes">
        <source>%n not reachable on these channels</source>
        <translation>
            <numerusform>%n niet bereikbaar via deze kanalen</numerusform>
            <numerusform>%n niet bereikbaar via deze kanalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n gepauzeerd</numerusform>
            <numerusform>%n gepauzeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held until their quiet hours end</source>
        <translation>
            <numerusform>%n pas na hun rusturen</numerusform>
            <numerusform>%n pas na hun rusturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text.</source>
        <translation>Klik op een bevinding om haar woorden in de tekst te selecteren.</translation>
    </message>
    <message>
        <source>Replace &quot;{old}&quot; with &quot;{new}&quot; here.</source>
        <translation>Vervang hier &quot;{old}&quot; door &quot;{new}&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Apply every GSM replacement (%n)</source>
        <translation>
            <numerusform>Elke GSM-vervanging toepassen (%n)</numerusform>
            <numerusform>Elke GSM-vervanging toepassen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not write messages.</source>
        <translation>Uw rol mag geen berichten schrijven.</translation>
    </message>
    <message>
        <source>Choose at least one target network.</source>
        <translation>Kies minstens één doelnetwerk.</translation>
    </message>
    <message>
        <source>Loading the chosen networks…</source>
        <translation>De gekozen netwerken worden geladen…</translation>
    </message>
    <message>
        <source>Write the text.</source>
        <translation>Schrijf de tekst.</translation>
    </message>
    <message>
        <source>Fix the blocking findings, or save the message for the korpschef, who alone may override them (with a reason).</source>
        <translation>Los de blokkerende bevindingen op, of bewaar het bericht voor de korpschef, die ze als enige mag negeren (met een reden).</translation>
    </message>
    <message>
        <source>Another operator approves the message after you save it (four eyes).</source>
        <translation>Een andere gebruiker keurt het bericht goed nadat u het bewaard hebt (vier ogen).</translation>
    </message>
    <message>
        <source>The checks block this message: only the korpschef may approve it, overriding them with a reason.</source>
        <translation>De controles blokkeren dit bericht: alleen de korpschef mag het goedkeuren en ze met een reden negeren.</translation>
    </message>
    <message>
        <source>Your role may not approve messages.</source>
        <translation>Uw rol mag geen berichten goedkeuren.</translation>
    </message>
    <message>
        <source>Check the findings, then approve: the message becomes ready to dispatch.</source>
        <translation>Controleer de bevindingen en keur dan goed: het bericht wordt klaar voor verzending.</translation>
    </message>
    <message>
        <source>Update of an earlier message.</source>
        <translation>Update van een vorig bericht.</translation>
    </message>
    <message>
        <source>Cancellation of an earlier message.</source>
        <translation>Intrekking van een vorig bericht.</translation>
    </message>
    <message>
        <source>Draft written by {author} on {date}: waiting for the approval of another operator.</source>
        <translation>Ontwerp geschreven door {author} op {date}: wacht op de goedkeuring van een andere gebruiker.</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}: ready to dispatch.</source>
        <translation>Goedgekeurd door {approver} op {date}: klaar voor verzending.</translation>
    </message>
    <message>
        <source>Blocking findings overridden: {reason}</source>
        <translation>Blokkerende bevindingen genegeerd: {reason}</translation>
    </message>
    <message>
        <source>Sent on {date}.</source>
        <translation>Verzonden op {date}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ingetrokken.</translation>
    </message>
    <message>
        <source>Save for the korpschef</source>
        <translation>Bewaren voor de korpschef</translation>
    </message>
    <message>
        <source>The checks block this message. Only the korpschef may approve it, overriding the findings with a reason that is kept. Save it for the korpschef?</source>
        <translation>De controles blokkeren dit bericht. Alleen de korpschef mag het goedkeuren en de bevindingen negeren, met een reden die bewaard wordt. Bewaren voor de korpschef?</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <source>Message composer</source>
        <translation>Berichten opstellen</translation>
    </message>
    <message>
        <source>Exercise banner</source>
        <translation>Oefeningsbanner</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <source>Back to the messages</source>
        <translation>Terug naar de berichten</translation>
    </message>
    <message>
        <source>Back to the list of messages (Alt+Left)</source>
        <translation>Terug naar de lijst van berichten (Alt+Links)</translation>
    </message>
    <message>
        <source>Title of the message</source>
        <translation>Titel van het bericht</translation>
    </message>
    <message>
        <source>E&amp;xercise: not a real message</source>
        <translation>O&amp;efening: geen echt bericht</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>An exercise is marked as such everywhere and goes out with the CAP status Exercise</source>
        <translation>Een oefening wordt overal als oefening gemarkeerd en gaat uit met de CAP-status Exercise</translation>
    </message>
    <message>
        <source>Status of the message</source>
        <translation>Status van het bericht</translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation>Doelnetwerken</translation>
    </message>
    <message>
        <source>Search a network or municipality</source>
        <translation>Zoek een netwerk of gemeente</translation>
    </message>
    <message>
        <source>Search the target networks</source>
        <translation>Doelnetwerken zoeken</translation>
    </message>
    <message>
        <source>Networks that may receive messages</source>
        <translation>Netwerken die berichten mogen ontvangen</translation>
    </message>
    <message>
        <source>Tick the networks the message is for. Only networks that are official or active are listed.</source>
        <translation>Vink de netwerken aan waarvoor het bericht bestemd is. Alleen officiële of actieve netwerken staan in de lijst.</translation>
    </message>
    <message>
        <source>Chosen networks</source>
        <translation>Gekozen netwerken</translation>
    </message>
    <message>
        <source>Street or postcode</source>
        <translation>Straat of postcode</translation>
    </message>
    <message>
        <source>e.g. Parklaan or 1500</source>
        <translation>bv. Parklaan of 1500</translation>
    </message>
    <message>
        <source>Type a street or a postcode: the networks whose territory covers it are listed below, and Add ticks them.</source>
        <translation>Typ een straat of postcode: de netwerken waarvan het gebied ze dekt, staan eronder, en Toevoegen vinkt ze aan.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add the networks covering this street</source>
        <translation>Netwerken van deze straat toevoegen</translation>
    </message>
    <message>
        <source>Tick the networks whose territory covers this street or postcode</source>
        <translation>Vink de netwerken aan waarvan het gebied deze straat of postcode dekt</translation>
    </message>
    <message>
        <source>Networks covering the street</source>
        <translation>Netwerken die de straat dekken</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>The kind of information. Categories that a target network&apos;s charter did not agree to are marked.</source>
        <translation>Het soort informatie. Categorieën die het charter van een doelnetwerk niet aanvaardde, zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringendheid:</translation>
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
        <translation>Een dreiging nu: per sms en/of spraakoproep</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normaal</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Information that can wait: by e-mail</source>
        <translation>Informatie die kan wachten: per e-mail</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Per sms versturen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Spraak</translation>
    </message>
    <message>
        <source>Send as a voice call</source>
        <translation>Als spraakoproep versturen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Per e-mail versturen</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What and where, in a few words (lists, CAP headline)</source>
        <translation>Wat en waar, in enkele woorden (lijsten, CAP-titel)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>A ready text with preventive advice, in the language of the open tab</source>
        <translation>Een kant-en-klare tekst met preventieadvies, in de taal van het open tabblad</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Sjabloon invullen</translation>
    </message>
    <message>
        <source>Put the template&apos;s text in the open language tab (the category follows)</source>
        <translation>Zet de tekst van het sjabloon in het open taaltabblad (de categorie volgt)</translation>
    </message>
    <message>
        <source>Text per language</source>
        <translation>Tekst per taal</translation>
    </message>
    <message>
        <source>SMS and voice counters</source>
        <translation>Tellers sms en spraak</translation>
    </message>
    <message>
        <source>Audience per channel</source>
        <translation>Bereik per kanaal</translation>
    </message>
    <message>
        <source>Verdict of the checks</source>
        <translation>Oordeel van de controles</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Uitleg</translation>
    </message>
    <message>
        <source>Explain: every rule that ran</source>
        <translation>Uitleg: elke regel die liep</translation>
    </message>
    <message>
        <source>List every rule of the check: what it looks at, what it found, and the rules the zone switched off</source>
        <translation>Toon elke regel van de controle: waar ze naar kijkt, wat ze vond, en de regels die de zone uitschakelde</translation>
    </message>
    <message>
        <source>Findings of the checks</source>
        <translation>Bevindingen van de controles</translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text</source>
        <translation>Klik op een bevinding om haar woorden in de tekst te selecteren</translation>
    </message>
    <message>
        <source>Every rule of the check</source>
        <translation>Elke regel van de controle</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Voorgestelde oplossing</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <source>Apply the suggested replacement</source>
        <translation>De voorgestelde vervanging toepassen</translation>
    </message>
    <message>
        <source>Replace only the selected finding&apos;s character with its GSM equivalent</source>
        <translation>Vervang alleen het teken van de geselecteerde bevinding door zijn GSM-equivalent</translation>
    </message>
    <message>
        <source>Apply every GSM replacement</source>
        <translation>Elke GSM-vervanging toepassen</translation>
    </message>
    <message>
        <source>Replace every character that forces UCS-2 in this text by its GSM equivalent</source>
        <translation>Vervang elk teken dat UCS-2 afdwingt in deze tekst door zijn GSM-equivalent</translation>
    </message>
    <message>
        <source>Why the buttons are disabled</source>
        <translation>Waarom de knoppen uitgeschakeld zijn</translation>
    </message>
    <message>
        <source>Save for the korpschef…</source>
        <translation>Bewaren voor de korpschef…</translation>
    </message>
    <message>
        <source>Save for the korpschef&apos;s override</source>
        <translation>Bewaren zodat de korpschef de bevindingen kan negeren</translation>
    </message>
    <message>
        <source>Save despite blocking findings: only the korpschef can approve it, with a reason that is kept</source>
        <translation>Bewaren ondanks blokkerende bevindingen: alleen de korpschef kan het goedkeuren, met een reden die bewaard wordt</translation>
    </message>
    <message>
        <source>&amp;Save for approval</source>
        <translation>&amp;Bewaren voor goedkeuring</translation>
    </message>
    <message>
        <source>Save for approval</source>
        <translation>Bewaren voor goedkeuring</translation>
    </message>
    <message>
        <source>Save the draft; another operator approves it (Ctrl+S)</source>
        <translation>Bewaar het ontwerp; een andere gebruiker keurt het goed (Ctrl+S)</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>Approve the message</source>
        <translation>Het bericht goedkeuren</translation>
    </message>
    <message>
        <source>Check the audience and approve: the message becomes ready to dispatch</source>
        <translation>Controleer het bereik en keur goed: het bericht wordt klaar voor verzending</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Update…</translation>
    </message>
    <message>
        <source>Write an update of this message</source>
        <translation>Een update van dit bericht schrijven</translation>
    </message>
    <message>
        <source>A new message to the same networks that corrects or completes this one</source>
        <translation>Een nieuw bericht aan dezelfde netwerken dat dit bericht verbetert of aanvult</translation>
    </message>
    <message>
        <source>Cancel message…</source>
        <translation>Bericht intrekken…</translation>
    </message>
    <message>
        <source>Cancel this message</source>
        <translation>Dit bericht intrekken</translation>
    </message>
    <message>
        <source>A cancellation to the same networks, referring to this message</source>
        <translation>Een intrekking aan dezelfde netwerken, met verwijzing naar dit bericht</translation>
    </message>
</context>
<context>
    <name>ComposerTextForm</name>
    <message>
        <source>Text in one language</source>
        <translation>Tekst in één taal</translation>
    </message>
    <message>
        <source>E-mail &amp;subject:</source>
        <translation>&amp;Onderwerp e-mail:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Onderwerp e-mail</translation>
    </message>
    <message>
        <source>What and where, e.g. Burglaries in the Kerkwijk</source>
        <translation>Wat en waar, bv. Inbraken in de Kerkwijk</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Tekst van het bericht</translation>
    </message>
    <message>
        <source>The message as members will read it. Say what happened, where, and what they can do.</source>
        <translation>Het bericht zoals de leden het zullen lezen. Zeg wat er gebeurde, waar, en wat ze kunnen doen.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <extracomment>the network it is about (for a network, its own name), &quot;&quot; when unknown here &quot;Resolved&quot; or &quot;To look at&quot;: shown with &quot;Show resolved&quot; only</extracomment>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behouden waarde</translation>
    </message>
    <message>
        <source>Kept: by, when</source>
        <translation>Behouden: door, wanneer</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Andere waarde</translation>
    </message>
    <message>
        <source>Other: by, when</source>
        <translation>Andere: door, wanneer</translation>
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
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <source>Member of {network}</source>
        <translation>Lid van {network}</translation>
    </message>
    <message>
        <source>Contact of {network}</source>
        <translation>Contact van {network}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
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
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation>BIN-gemandateerde</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{who}, {when}, here</source>
        <translation>{who}, {when}, hier</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Gemaakt op deze computer</translation>
    </message>
    <message>
        <source>Made on device {id}</source>
        <translation>Gemaakt op toestel {id}</translation>
    </message>
    <message>
        <source>The later change wins</source>
        <translation>De latere wijziging wint</translation>
    </message>
    <message>
        <source>A deletion wins over a change</source>
        <translation>Een verwijdering wint van een wijziging</translation>
    </message>
    <message>
        <source>Staying a member wins over leaving</source>
        <translation>Lid blijven wint van uitschrijven</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Two people changed the same thing without seeing each other&apos;s change (one of them was offline, say). Every computer of the zone kept the same value, by the rule shown. If the other value is the right one, select the row and keep it: that is a new change, sent to the other computers at the next sync.</source>
        <translation>Twee personen wijzigden hetzelfde zonder elkaars wijziging te zien (een van hen was bijvoorbeeld offline). Elke computer van de zone behield dezelfde waarde, volgens de getoonde regel. Is de andere waarde de juiste, kies dan de rij en behoud die waarde: dat is een nieuwe wijziging, die bij de volgende synchronisatie naar de andere computers gaat.</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Opgeloste tonen</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Opgeloste conflicten tonen</translation>
    </message>
    <message>
        <source>&amp;Keep the other value</source>
        <translation>De andere waarde &amp;behouden</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>De andere waarde behouden</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict na te kijken</numerusform>
            <numerusform>%n conflicten na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Kies eerst een conflict.</translation>
    </message>
    <message>
        <source>The row was deleted: a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation>De rij werd verwijderd: een verwijderde rij kan de andere waarde niet krijgen. Maak ze opnieuw aan als ze nog nodig is.</translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation>Dit conflict werd al afgehandeld.</translation>
    </message>
    <message>
        <source>Nobody is selected as operator: changes are refused.</source>
        <translation>Er is geen gebruiker gekozen: wijzigingen worden geweigerd.</translation>
    </message>
    <message>
        <source>Give the field the other value: a new change, sent to the other computers at the next sync.</source>
        <translation>Het veld de andere waarde geven: een nieuwe wijziging, die bij de volgende synchronisatie naar de andere computers gaat.</translation>
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
    <name>CredentialsWidget</name>
    <message>
        <source>No certificate file chosen</source>
        <translation>Geen certificaatbestand gekozen</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Het certificaatbestand kiezen</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) with your signing certificate and key</source>
        <translation>Een PKCS#12-bestand (.p12 of .pfx) met uw handtekeningcertificaat en sleutel</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>Certificaat&amp;bestand:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase of the certificate file. BIN Desk never stores it.</source>
        <translation>De wachtwoordzin van het certificaatbestand. BIN Desk bewaart ze nooit.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Sign with the eID card</source>
        <translation>Ondertekenen met de eID-kaart</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible in this version of BIN Desk yet.</source>
        <translation>Ondertekenen met de eID-kaart is in deze versie van BIN Desk nog niet mogelijk.</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-certificaten (*.p12 *.pfx);;Alle bestanden (*)</translation>
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
    <name>DeliveryChart</name>
    <message>
        <source>Delivery chart</source>
        <extracomment>How often the view reloads its statistics while its message is dispatched. How often the providers are asked for delivery reports once everything was handed over. How long the window keeps asking for delivery reports. The longest pause between two rounds (a 429&apos;s Retry-After, a retry back-off).</extracomment>
        <translation>Grafiek van de aflevering</translation>
    </message>
</context>
<context>
    <name>DeliveryStatsModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery</source>
        <translation>Aflevering</translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation>Overzicht van de aflevering</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Voortgang van de aflevering</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v van %m klaar</translation>
    </message>
    <message>
        <source>Send the rest</source>
        <translation>De rest versturen</translation>
    </message>
    <message>
        <source>Hand the deliveries still queued to the gateways (after a stop or a restart)</source>
        <translation>De afleveringen die nog in de wachtrij staan aan de gateways overdragen (na een stop of een herstart)</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>Verzending annuleren…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Verzending annuleren</translation>
    </message>
    <message>
        <source>Deliveries per channel and language</source>
        <translation>Afleveringen per kanaal en taal</translation>
    </message>
    <message>
        <source>Delivery times and cost</source>
        <translation>Aflevertijden en kost</translation>
    </message>
    <message>
        <source>Members not reached</source>
        <translation>Niet bereikte leden</translation>
    </message>
    <message>
        <source>Review member…</source>
        <translation>Lid nakijken…</translation>
    </message>
    <message>
        <source>Review member</source>
        <translation>Lid nakijken</translation>
    </message>
    <message>
        <source>Open the selected member in the member list to check the number or address</source>
        <translation>Het gekozen lid openen in de ledenlijst om het nummer of adres te controleren</translation>
    </message>
    <message>
        <source>sent {when} · {total} deliveries · {handed} handed to the providers · {delivered} delivered · {failed} failed</source>
        <translation>verzonden {when} · {total} afleveringen · {handed} overgedragen aan de providers · {delivered} afgeleverd · {failed} mislukt</translation>
    </message>
    <message>
        <source>Half delivered after: {t50} · nine in ten after: {t90}</source>
        <translation>Helft afgeleverd na: {t50} · negen op tien na: {t90}</translation>
    </message>
    <message>
        <source>SMS cost so far: {cost} ({segments} segments × {price}; segments per SMS {per_language})</source>
        <translation>Sms-kost tot nu toe: {cost} ({segments} segmenten × {price}; segmenten per sms {per_language})</translation>
    </message>
    <message numerus="yes">
        <source>Members not reached: %n</source>
        <translation>
            <numerusform>Niet bereikte leden: %n</numerusform>
            <numerusform>Niet bereikte leden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this message? Deliveries not yet handed to a provider are not sent; those already handed over cannot be called back.</source>
        <translation>De verzending van dit bericht annuleren? Afleveringen die nog niet aan een provider overgedragen zijn, worden niet verstuurd; wat al overgedragen is, kan niet teruggeroepen worden.</translation>
    </message>
    <message>
        <source>Stop waiting for reports</source>
        <translation>Niet langer wachten op afleverrapporten</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Verzending geannuleerd.</translation>
    </message>
    <message>
        <source>Stopped; what is still queued waits for &apos;Send the rest&apos;.</source>
        <translation>Gestopt; wat nog in de wachtrij staat, wacht op &apos;De rest versturen&apos;.</translation>
    </message>
    <message>
        <source>Stopped waiting for delivery reports.</source>
        <translation>Gestopt met wachten op afleverrapporten.</translation>
    </message>
    <message>
        <source>Sending stopped on an error.</source>
        <translation>Verzending gestopt door een fout.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Forget a member</source>
        <translation>Een lid vergeten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; is erased from the member list of {network}.&lt;/p&gt;&lt;p&gt;Their name, address, phone numbers, e-mail address and notes are blanked everywhere BIN Desk holds them: on the list, in the review queue and in the history of changes. This cannot be undone. Use it when the person asks to be forgotten; a member who only leaves the BIN gets the status Left.&lt;/p&gt;&lt;p&gt;Type the member&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; wordt gewist uit de ledenlijst van {network}.&lt;/p&gt;&lt;p&gt;Naam, adres, telefoonnummers, e-mailadres en opmerkingen worden overal leeggemaakt waar BIN Desk ze bewaart: in de lijst, in de wachtrij ter beoordeling en in de geschiedenis van de wijzigingen. Dit kan niet ongedaan worden gemaakt. Gebruik het wanneer de persoon vraagt om vergeten te worden; een lid dat alleen het BIN verlaat, krijgt de status Uitgeschreven.&lt;/p&gt;&lt;p&gt;Typ de naam van het lid om te bevestigen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the member, to confirm</source>
        <translation>Naam van het lid, ter bevestiging</translation>
    </message>
    <message>
        <source>&amp;Forget for good</source>
        <translation>Definitief &amp;vergeten</translation>
    </message>
    <message>
        <source>Forget for good</source>
        <translation>Definitief vergeten</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Problem on this page</source>
        <translation>Probleem op deze pagina</translation>
    </message>
</context>
<context>
    <name>FailedDeliveriesModel</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>FeedbackDueModel</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Field of column {column}</source>
        <translation>Gegeven in kolom {column}</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Geregistreerd op</translation>
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
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Apply below to replace it here.</source>
        <translation>Pas hieronder toe om het hier te vervangen.</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Change gateway</source>
        <translation>Gateway wijzigen</translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation>Gateway toevoegen</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Naam van de gateway</translation>
    </message>
    <message>
        <source>e.g. relay or mail</source>
        <translation>bv. relay of mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Type gateway</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adres of map</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <source>Default (SSL for smtps://, else STARTTLS)</source>
        <translation>Standaard (SSL voor smtps://, anders STARTTLS)</translation>
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
        <translation>Geen (alleen lokale relay)</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>sender id or from address</source>
        <translation>afzender-id of afzenderadres</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <source>Sends {channel}</source>
        <translation>Verstuurt {channel}</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgrootte</translation>
    </message>
    <message>
        <source> per request</source>
        <translation> per aanvraag</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Snelheidslimiet</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per seconde</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Snelheid:</translation>
    </message>
    <message>
        <source>Test mode (the provider does not deliver)</source>
        <translation>Testmodus (de provider levert niet af)</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation>Token of wachtwoord</translation>
    </message>
    <message>
        <source>set: leave empty to keep it</source>
        <translation>ingesteld: laat leeg om het te behouden</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>T&amp;oken or password:</source>
        <translation>T&amp;oken of wachtwoord:</translation>
    </message>
    <message>
        <source>Kept only in this computer&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in BIN Desk&apos;s data or exports. Every computer that sends needs it.</source>
        <translation>Alleen bewaard in de sleutelhanger van deze computer (Windows Credential Manager, macOS Keychain, Secret Service), nooit in de gegevens of exports van BIN Desk. Elke computer die verstuurt, heeft het nodig.</translation>
    </message>
    <message>
        <source>smtp://user@mail.example.be:587 or smtps://…</source>
        <translation>smtp://user@mail.example.be:587 of smtps://…</translation>
    </message>
    <message>
        <source>https://relay.example.be/api</source>
        <translation>https://relay.example.be/api</translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN\outbox</source>
        <translation>een map, bv. C:\BIN\outbox</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway (optional)</source>
        <translation>Gateway (optioneel)</translation>
    </message>
    <message>
        <source>A gateway sends the police messages: e-mail through the zone&apos;s mail server, SMS and voice through a provider. You can also set it up later.</source>
        <translation>Een gateway verstuurt de politieberichten: e-mail via de mailserver van de zone, sms en spraak via een provider. U kunt dit ook later instellen.</translation>
    </message>
    <message>
        <source>&amp;Configure a gateway now</source>
        <translation>Nu een gateway &amp;instellen</translation>
    </message>
    <message>
        <source>Configure a gateway now</source>
        <translation>Nu een gateway instellen</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Naam van de gateway</translation>
    </message>
    <message>
        <source>e.g. mail</source>
        <translation>bv. mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Type gateway</translation>
    </message>
    <message>
        <source>E-mail server (SMTP)</source>
        <translation>E-mailserver (SMTP)</translation>
    </message>
    <message>
        <source>SMS and voice provider (HTTP JSON)</source>
        <translation>Provider voor sms en spraak (HTTP JSON)</translation>
    </message>
    <message>
        <source>Folder outbox (tests and exercises)</source>
        <translation>Outbox in een map (tests en oefeningen)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adres van de gateway</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation>Token of wachtwoord</translation>
    </message>
    <message>
        <source>Token or pass&amp;word:</source>
        <translation>Token of &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN Desk\outbox</source>
        <translation>een map, bv. C:\BIN Desk\outbox</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adres of map</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Rate/s</source>
        <translation>Snelheid/s</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation>NIET INGESTELD</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niet nodig</translation>
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
        <translation>De providers die de berichten versturen: één gateway per kanaal (de eerste op naam die het kanaal aanbiedt). Tokens en wachtwoorden blijven in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Probleem met de sleutelhanger</translation>
    </message>
    <message>
        <source>Add gateway…</source>
        <translation>Gateway toevoegen…</translation>
    </message>
    <message>
        <source>Add a provider that sends messages (administrator)</source>
        <translation>Een provider toevoegen die berichten verstuurt (beheerder)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the selected gateway or set its token or password</source>
        <translation>De gekozen gateway wijzigen of het token of wachtwoord ervan instellen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Remove the selected gateway and forget its secret</source>
        <translation>De gekozen gateway verwijderen en het geheim ervan vergeten</translation>
    </message>
    <message>
        <source>Send a &amp;test to:</source>
        <translation>Een &amp;test sturen naar:</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Testadres</translation>
    </message>
    <message>
        <source>your own number (+32…) or e-mail address</source>
        <translation>uw eigen nummer (+32…) of e-mailadres</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test versturen</translation>
    </message>
    <message>
        <source>Send one test message through the selected gateway to your own number or address</source>
        <translation>Eén testbericht via de gekozen gateway naar uw eigen nummer of adres versturen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testresultaat</translation>
    </message>
    <message>
        <source>Gateway notice</source>
        <translation>Melding over de gateway</translation>
    </message>
    <message>
        <source>Only an administrator changes or tests the gateways.</source>
        <translation>Alleen een beheerder wijzigt of test de gateways.</translation>
    </message>
    <message>
        <source>Gateway {name} saved; its secret is in the keyring.</source>
        <translation>Gateway {name} bewaard; het geheim staat in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Gateway {name} saved.</source>
        <translation>Gateway {name} bewaard.</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Gateway verwijderen</translation>
    </message>
    <message>
        <source>Remove gateway {name}? Messages are no longer sent through it and its secret is forgotten on this computer.</source>
        <translation>Gateway {name} verwijderen? Er worden geen berichten meer via verstuurd en het geheim ervan wordt op deze computer vergeten.</translation>
    </message>
    <message>
        <source>Gateway {name} removed.</source>
        <translation>Gateway {name} verwijderd.</translation>
    </message>
    <message>
        <source>Sending a test through {name}…</source>
        <translation>Test wordt verstuurd via {name}…</translation>
    </message>
    <message>
        <source>Test accepted by {name} (provider reference {id}). Check that it arrived.</source>
        <translation>Test aanvaard door {name} (referentie van de provider {id}). Controleer of hij aangekomen is.</translation>
    </message>
    <message>
        <source>The provider of {name} refused the test: {error}</source>
        <translation>De provider van {name} weigerde de test: {error}</translation>
    </message>
    <message>
        <source>{name} could not take the test now, try again later: {error}</source>
        <translation>{name} kon de test nu niet aannemen, probeer later opnieuw: {error}</translation>
    </message>
    <message>
        <source>It is not known whether {name} took the test: {error}</source>
        <translation>Het is niet bekend of {name} de test aangenomen heeft: {error}</translation>
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
    <name>HubPage</name>
    <message>
        <source>Zone hub (optional)</source>
        <translation>Hub van de zone (optioneel)</translation>
    </message>
    <message>
        <source>With a hub, every workstation and laptop of the zone shares the same data and works offline in between. You can also set it up later.</source>
        <translation>Met een hub delen alle werkposten en laptops van de zone dezelfde gegevens en werken ze tussendoor offline. U kunt dit ook later instellen.</translation>
    </message>
    <message>
        <source>&amp;Synchronise with the zone&apos;s hub</source>
        <translation>&amp;Synchroniseren met de hub van de zone</translation>
    </message>
    <message>
        <source>Synchronise with the zone&apos;s hub</source>
        <translation>Synchroniseren met de hub van de zone</translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation>URL van de hubdatabank</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL van de databank:</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Wachtwoord van de hub</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Vraag het adres aan de IT-dienst van de zone. Het wachtwoord wordt bewaard in de sleutelhanger van deze computer, nooit in een bestand.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the zone from its hub</source>
        <translation>Via de hub bij de zone aansluiten</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the hub&apos;s address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Vraag het adres van de hub aan de IT-dienst van de zone. Het wachtwoord wordt bewaard in de sleutelhanger van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation>URL van de hubdatabank</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL van de databank:</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Wachtwoord van de hub</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Aansluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Getting the zone from the hub…</source>
        <translation>De zone wordt van de hub gehaald…</translation>
    </message>
</context>
<context>
    <name>KorpschefReviewDialog</name>
    <message>
        <source>Rendering the pages…</source>
        <extracomment>Resolution of the page images: sharp at 100 % on a laptop, small enough for six pages. The review data arrived and the pages are shown. Something was recorded (a signature, a refusal): the caller reloads.</extracomment>
        <translation>De pagina&apos;s worden opgemaakt…</translation>
    </message>
    <message>
        <source>You are signed in as {name} ({role}).</source>
        <translation>U bent aangemeld als {name} ({role}).</translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation>Nazicht door de korpschef</translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter here. {who}</source>
        <translation>Alleen de korpschef kijkt hier het charter na en ondertekent het. {who}</translation>
    </message>
    <message>
        <source>The charter could not be shown.</source>
        <translation>Het charter kon niet getoond worden.</translation>
    </message>
    <message>
        <source>Korpschef review: {network}</source>
        <translation>Nazicht door de korpschef: {network}</translation>
    </message>
    <message>
        <source>No version of this charter is being signed.</source>
        <translation>Er wordt geen versie van dit charter ondertekend.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Pagina {page}</translation>
    </message>
    <message>
        <source>{version}, sent for signature on {date}</source>
        <translation>{version}, ter ondertekening verstuurd op {date}</translation>
    </message>
    <message>
        <source>{streets} and {more} more</source>
        <translation>{streets} en nog {more}</translation>
    </message>
    <message>
        <source>{municipality} ({postcodes}): {streets}</source>
        <translation>{municipality} ({postcodes}): {streets}</translation>
    </message>
    <message>
        <source>{categories}; via {channels}</source>
        <translation>{categories}; via {channels}</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation>Adjunct-coördinator</translation>
    </message>
    <message>
        <source>✓ {who}: signed on {date} ({method})</source>
        <translation>✓ {who}: ondertekend op {date} ({method})</translation>
    </message>
    <message>
        <source>… {who}: waiting since {date}</source>
        <translation>… {who}: wacht sinds {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>There is nothing for you to sign in this version.</source>
        <translation>In deze versie hoeft u niets te ondertekenen.</translation>
    </message>
    <message>
        <source>Tick every item ADVP checks before you sign.</source>
        <translation>Vink elk punt aan dat ADVP nagaat voor u ondertekent.</translation>
    </message>
    <message>
        <source>Choose your certificate file and enter its passphrase.</source>
        <translation>Kies uw certificaatbestand en geef de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation>Het charter terugsturen</translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} back to drafting? The signatures collected on it lapse; a new version will be signed.</source>
        <translation>Versie {version} van het charter van {network} terugsturen om te herwerken? De handtekeningen die erop verzameld zijn vervallen; een nieuwe versie zal ondertekend worden.</translation>
    </message>
</context>
<context>
    <name>KorpschefReviewForm</name>
    <message>
        <source>Korpschef review of the charter</source>
        <translation>Nazicht van het charter door de korpschef</translation>
    </message>
    <message>
        <source>Read the charter exactly as it will be signed, tick what ADVP checks, then sign it or send it back with your reasons.</source>
        <translation>Lees het charter precies zoals het ondertekend wordt, vink aan wat ADVP nagaat, en onderteken het of stuur het terug met uw redenen.</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Kleiner (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Groter (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit the pages to the width of the window</source>
        <translation>De pagina&apos;s aan de breedte van het venster aanpassen</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Getoonde pagina</translation>
    </message>
    <message>
        <source>Pages of the charter</source>
        <translation>Pagina&apos;s van het charter</translation>
    </message>
    <message>
        <source>The charter</source>
        <translation>Het charter</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netwerk:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>The sha256 of the version sent for signature: printed on every page</source>
        <translation>De sha256 van de versie die ter ondertekening verstuurd is: op elke pagina gedrukt</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Werkingsgebied:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Informatie:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>What ADVP checks</source>
        <translation>Wat ADVP nagaat</translation>
    </message>
    <message>
        <source>Participation, communication and prevention; no patrols, no political aim</source>
        <translation>Participatie, communicatie en preventie; geen patrouilles, geen politiek doel</translation>
    </message>
    <message>
        <source>The objectives</source>
        <translation>De doelstellingen</translation>
    </message>
    <message>
        <source>Coordinator, mandated officer, korpschef, mayor or prevention officer, with their roles and contact details</source>
        <translation>Coördinator, BIN-gemandateerde, korpschef, burgemeester of preventieambtenaar, met hun rol en contactgegevens</translation>
    </message>
    <message>
        <source>Organisation structure and partners</source>
        <translation>Organisatiestructuur en partners</translation>
    </message>
    <message>
        <source>The streets, postcodes and municipality of the network</source>
        <translation>De straten, postcodes en gemeente van het netwerk</translation>
    </message>
    <message>
        <source>The territory</source>
        <translation>Het werkingsgebied</translation>
    </message>
    <message>
        <source>Which information flows which way, urgent and non-urgent channels, and what is never passed on: the BIN is not a snitch line</source>
        <translation>Welke informatie in welke richting gaat, dringende en niet-dringende kanalen, en wat nooit doorgegeven wordt: het BIN is geen kliklijn</translation>
    </message>
    <message>
        <source>Communication plan, &quot;not a snitch line&quot; clause</source>
        <translation>Communicatieplan, clausule “geen kliklijn”</translation>
    </message>
    <message>
        <source>Purpose, who holds the member list, the rights of access, correction and erasure, no sharing</source>
        <translation>Doel, wie de ledenlijst bijhoudt, de rechten op inzage, verbetering en wissing, geen doorgifte</translation>
    </message>
    <message>
        <source>The GDPR clause</source>
        <translation>De AVG-clausule</translation>
    </message>
    <message>
        <source>The other signatures</source>
        <translation>De andere handtekeningen</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Uw beslissing</translation>
    </message>
    <message>
        <source>Sign as korpschef</source>
        <translation>Ondertekenen als korpschef</translation>
    </message>
    <message>
        <source>Sign the charter</source>
        <translation>Het charter ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <source>Reasons for sending the charter back</source>
        <translation>Redenen om het charter terug te sturen</translation>
    </message>
    <message>
        <source>What must change before you sign (required to send back)</source>
        <translation>Wat moet veranderen voor u ondertekent (verplicht om terug te sturen)</translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation>Het charter terugsturen</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Terugsturen…</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Message text in {language}</source>
        <translation>Tekst van het bericht in het {language}</translation>
    </message>
    <message>
        <source>E-mail subject in {language}</source>
        <translation>Onderwerp e-mail in het {language}</translation>
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
        <translation>Pagina&apos;s</translation>
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
        <source>Conflicts</source>
        <translation>Conflicten</translation>
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
    <name>MappingDialog</name>
    <message>
        <source>&amp;Import for review</source>
        <extracomment>A trial run came back (its result is in `trial`, or `error` says why it failed).</extracomment>
        <translation>&amp;Importeren ter beoordeling</translation>
    </message>
    <message>
        <source>Import for review</source>
        <translation>Importeren ter beoordeling</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <translation>kopregel op rij {row}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, {where}</source>
        <translation>werkblad “{sheet}”, {where}</translation>
    </message>
    <message>
        <source>{where}, text in {encoding}, separated by “{delimiter}”</source>
        <translation>{where}, tekst in {encoding}, gescheiden door “{delimiter}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; for {network}: {rows} rows ({where}).&lt;br&gt;Check which column holds what. The trial run below shows what the import would find. Nothing is stored until you click Import; the rows then wait in the review queue.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; voor {network}: {rows} rijen ({where}).&lt;br&gt;Controleer welke kolom wat bevat. De proefrun hieronder toont wat de import zou vinden. Er wordt niets bewaard tot u op Importeren klikt; de rijen wachten dan in de wachtrij ter beoordeling.</translation>
    </message>
    <message>
        <source>Trying the new choice…</source>
        <translation>De nieuwe keuze wordt uitgeprobeerd…</translation>
    </message>
    <message>
        <source>Of {total} rows: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation>Van de {total} rijen: {ok} klaar om goed te keuren, {problem} met een probleem, {duplicate} herhalen iemand.</translation>
    </message>
    <message>
        <source>Compared with the members on record: {new} new, {changed} changed, {unchanged} unchanged; {gone} members are not on this list (they stay members until you change them).</source>
        <translation>Vergeleken met de geregistreerde leden: {new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd; {gone} leden staan niet op deze lijst (ze blijven lid tot u dat wijzigt).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
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
    <name>MemberDialog</name>
    <message>
        <source>Member: {name}</source>
        <extracomment>The statuses an officer sets by hand (exclusion follows the sanction procedure).</extracomment>
        <translation>Lid: {name}</translation>
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
        <translation>Volledige &amp;naam:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>box</source>
        <translation>bus</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Second p&amp;hone:</source>
        <translation>Tweede tele&amp;foon:</translation>
    </message>
    <message>
        <source>Second phone number</source>
        <translation>Tweede telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanalen:</translation>
    </message>
    <message>
        <source>None ticked: what the contact data allows</source>
        <translation>Niets aangevinkt: wat de contactgegevens toelaten</translation>
    </message>
    <message>
        <source>No non-urgent messages</source>
        <translation>Geen niet-dringende berichten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Rusturen</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Begin van de rusturen</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Einde van de rusturen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Rusturen:</translation>
    </message>
    <message>
        <source>The member agreed to the purpose</source>
        <translation>Het lid stemde in met het doel</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (op {date})</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Toestemming:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
    <message>
        <source>Only what the BIN&apos;s communication needs. Phone numbers may be typed in any Belgian notation.</source>
        <translation>Alleen wat de communicatie van het BIN nodig heeft. Telefoonnummers mogen in elke Belgische schrijfwijze worden ingetypt.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation>Een ledenlijst importeren</translation>
    </message>
    <message>
        <source>&amp;Which column holds what (guessed from the headers; change what is wrong):</source>
        <translation>&amp;Welke kolom wat bevat (afgeleid uit de kopregel; wijzig wat niet klopt):</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>The first &amp;rows of the file:</source>
        <translation>De eerste &amp;rijen van het bestand:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>Trial run (nothing is stored yet)</source>
        <translation>Proefrun (er wordt nog niets bewaard)</translation>
    </message>
    <message>
        <source>Rows by result</source>
        <translation>Rijen per resultaat</translation>
    </message>
    <message>
        <source>Compared with the members on record</source>
        <translation>Vergeleken met de geregistreerde leden</translation>
    </message>
</context>
<context>
    <name>MembersForm</name>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: open a network&apos;s list only when your work needs it. Double-click a network to open its list and its review queue, or drop a coordinator&apos;s list on it.</source>
        <translation>Hoeveel leden elk netwerk heeft, per status. Ledenlijsten zijn persoonsgegevens: open de lijst van een netwerk alleen wanneer uw werk dat vraagt. Dubbelklik op een netwerk om zijn lijst en wachtrij te openen, of sleep de lijst van een coördinator erop.</translation>
    </message>
    <message>
        <source>Members per network</source>
        <translation>Leden per netwerk</translation>
    </message>
    <message>
        <source>The member list and the review queue of the selected network</source>
        <translation>De ledenlijst en de wachtrij van het gekozen netwerk</translation>
    </message>
    <message>
        <source>Open member list</source>
        <translation>Ledenlijst openen</translation>
    </message>
    <message>
        <source>&amp;Open member list</source>
        <translation>Ledenlijst &amp;openen</translation>
    </message>
    <message>
        <source>Back to the members per network (Alt+Left)</source>
        <translation>Terug naar de leden per netwerk (Alt+Links)</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle netwerken</translation>
    </message>
    <message>
        <source>← All networks</source>
        <translation>← Alle netwerken</translation>
    </message>
    <message>
        <source>Members of the network</source>
        <translation>Leden van het netwerk</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Read a coordinator&apos;s member list (Excel or CSV) into the review queue. You can also drop the file on this page.</source>
        <translation>De ledenlijst van een coördinator (Excel of CSV) inlezen in de wachtrij ter beoordeling. U kunt het bestand ook op deze pagina slepen.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Lijst importeren</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultaat van de laatste actie</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Leden zoeken</translation>
    </message>
    <message>
        <source>Search by name, street, phone or e-mail</source>
        <translation>Zoeken op naam, straat, telefoon of e-mail</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Member status</source>
        <translation>Status van het lid</translation>
    </message>
    <message>
        <source>Number of members shown</source>
        <translation>Aantal getoonde leden</translation>
    </message>
    <message>
        <source>Status, channels, quiet hours and contact data of the selected member</source>
        <translation>Status, kanalen, rusturen en contactgegevens van het gekozen lid</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Lid bewerken</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Everything BIN Desk holds on the selected member, as a file for them (right of access)</source>
        <translation>Alles wat BIN Desk over het gekozen lid bewaart, als bestand voor die persoon (recht op inzage)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Inzageverslag</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>&amp;Inzageverslag…</translation>
    </message>
    <message>
        <source>Erase the selected member&apos;s personal data everywhere (right to erasure)</source>
        <translation>De persoonsgegevens van het gekozen lid overal wissen (recht op gegevenswissing)</translation>
    </message>
    <message>
        <source>Forget member</source>
        <translation>Lid vergeten</translation>
    </message>
    <message>
        <source>&amp;Forget (erase)…</source>
        <translation>&amp;Vergeten (wissen)…</translation>
    </message>
    <message>
        <source>The active and paused members as a CSV file for the coordinator: only what they need to run the list</source>
        <translation>De actieve en gepauzeerde leden als CSV-bestand voor de coördinator: alleen wat die nodig heeft om de lijst bij te houden</translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation>Exporteren voor de coördinator</translation>
    </message>
    <message>
        <source>E&amp;xport for the coordinator…</source>
        <translation>E&amp;xporteren voor de coördinator…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Getoonde rijen</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Bevinding:</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Every row without problems becomes an active member</source>
        <translation>Elke rij zonder problemen wordt een actief lid</translation>
    </message>
    <message>
        <source>Approve all rows without problems</source>
        <translation>Alle rijen zonder problemen goedkeuren</translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows</source>
        <translation>Alle &amp;goede rijen goedkeuren</translation>
    </message>
    <message>
        <source>Findings of the selected row</source>
        <translation>Bevindingen van de gekozen rij</translation>
    </message>
    <message>
        <source>Rows waiting for review</source>
        <translation>Rijen die op beoordeling wachten</translation>
    </message>
    <message>
        <source>The selected rows without problems become active members</source>
        <translation>De gekozen rijen zonder problemen worden actieve leden</translation>
    </message>
    <message>
        <source>Approve selected rows</source>
        <translation>Gekozen rijen goedkeuren</translation>
    </message>
    <message>
        <source>Approve &amp;selected</source>
        <translation>&amp;Selectie goedkeuren</translation>
    </message>
    <message>
        <source>The selected duplicate completes the member it repeats; no second member is made</source>
        <translation>De gekozen dubbele rij vult het lid aan dat ze herhaalt; er komt geen tweede lid</translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation>Samenvoegen met lid</translation>
    </message>
    <message>
        <source>&amp;Merge into member…</source>
        <translation>Samen&amp;voegen met lid…</translation>
    </message>
    <message>
        <source>The selected rows do not become members; the reason is kept</source>
        <translation>De gekozen rijen worden geen leden; de reden wordt bewaard</translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation>Rijen weigeren</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Weigeren…</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <extracomment>The columns core sorts by (member_page&apos;s sort keys). The first page of a new query is in (the model was reset); the number of rows. A header was clicked that core cannot sort by; the view should show the sort in use.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>This column cannot be used to sort the list.</source>
        <translation>Op deze kolom kan de lijst niet gesorteerd worden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Also: {phone}</source>
        <translation>Ook: {phone}</translation>
    </message>
    <message>
        <source>No preference: what the contact data allows</source>
        <translation>Geen voorkeur: wat de contactgegevens toelaten</translation>
    </message>
    <message>
        <source>Quiet hours {start}–{end}</source>
        <translation>Rusturen {start}–{end}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>All statuses</source>
        <extracomment>The per-network counts on screen are fresh. The first page of the member list (after a network, search, filter or sort) is in. The review queue on screen is fresh.</extracomment>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle bevindingen</translation>
    </message>
    <message>
        <source>Members of {network}</source>
        <translation>Leden van {network}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n netwerk</numerusform>
            <numerusform>%n netwerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match the search or filter.</source>
        <translation>
            <numerusform>%n lid voldoet aan de zoekopdracht of de filter.</numerusform>
            <numerusform>%n leden voldoen aan de zoekopdracht of de filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n lid.</numerusform>
            <numerusform>%n leden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet: import the coordinator&apos;s list (Import list…, or drop the file on this page).</source>
        <translation>Nog geen leden: importeer de lijst van de coördinator (Lijst importeren…, of sleep het bestand op deze pagina).</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>Leden ({count})</translation>
    </message>
    <message>
        <source>The member&apos;s data was saved.</source>
        <translation>De gegevens van het lid zijn bewaard.</translation>
    </message>
    <message>
        <source>The member was forgotten: their personal data is erased everywhere.</source>
        <translation>Het lid is vergeten: de persoonsgegevens zijn overal gewist.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Het inzageverslag bewaren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Inzageverslag</translation>
    </message>
    <message>
        <source>The access report was saved as {path}. It holds personal data: give it only to the member who asked.</source>
        <translation>Het inzageverslag is bewaard als {path}. Het bevat persoonsgegevens: geef het alleen aan het lid dat erom vroeg.</translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation>Exporteren voor de coördinator</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The active and paused members were saved as {path}. The file holds personal data: send it only to the coordinator, never to the members.</source>
        <translation>De actieve en gepauzeerde leden zijn bewaard als {path}. Het bestand bevat persoonsgegevens: stuur het alleen naar de coördinator, nooit naar de leden.</translation>
    </message>
    <message>
        <source>Import a member list</source>
        <translation>Een ledenlijst importeren</translation>
    </message>
    <message>
        <source>Member lists ({patterns});;All files (*)</source>
        <translation>Ledenlijsten ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>{rows} rows of {file} wait in the review queue: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation>{rows} rijen van {file} wachten in de wachtrij: {ok} klaar om goed te keuren, {problem} met een probleem, {duplicate} herhalen iemand.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Wachtrij ({count})</translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows ({count})</source>
        <translation>Alle &amp;goede rijen goedkeuren ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for review.</source>
        <translation>
            <numerusform>%n rij wacht op beoordeling.</numerusform>
            <numerusform>%n rijen wachten op beoordeling.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Er wacht niets op beoordeling.</translation>
    </message>
    <message>
        <source>{finding} ({count})</source>
        <translation>{finding} ({count})</translation>
    </message>
    <message>
        <source>Row {row} of the list ({name}):</source>
        <translation>Rij {row} van de lijst ({name}):</translation>
    </message>
    <message>
        <source>• No findings.</source>
        <translation>• Geen bevindingen.</translation>
    </message>
    <message>
        <source>Double-click a marked cell to correct it.</source>
        <translation>Dubbelklik op een gemarkeerde cel om ze te verbeteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected.</source>
        <translation>
            <numerusform>%n rij gekozen.</numerusform>
            <numerusform>%n rijen gekozen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see what was found; double-click a cell to correct it.</source>
        <translation>Kies een rij om te zien wat er gevonden werd; dubbelklik op een cel om ze te verbeteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) approved: they are on the member list now.</source>
        <translation>
            <numerusform>%n rij goedgekeurd: die staat nu op de ledenlijst.</numerusform>
            <numerusform>%n rijen goedgekeurd: ze staan nu op de ledenlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation>Rijen weigeren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not become members. The reason is kept with the import.</source>
        <translation>
            <numerusform>%n rij wordt geen lid. De reden wordt bij de import bewaard.</numerusform>
            <numerusform>%n rijen worden geen leden. De reden wordt bij de import bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>e.g. lives outside the area; asked not to join</source>
        <translation>bv. woont buiten de wijk; wil geen lid worden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n rij geweigerd.</numerusform>
            <numerusform>%n rijen geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>the member it repeats</source>
        <translation>het lid dat ze herhaalt</translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation>Samenvoegen met lid</translation>
    </message>
    <message>
        <source>Merge row {row} ({name}) into {member}? The member keeps their name; what the row adds or changes (phone, e-mail, address, consent …) is taken over, and no second member is made.</source>
        <translation>Rij {row} ({name}) samenvoegen met {member}? Het lid behoudt de naam; wat de rij toevoegt of wijzigt (telefoon, e-mail, adres, toestemming …) wordt overgenomen, en er komt geen tweede lid.</translation>
    </message>
    <message>
        <source>Row {row} was merged into {member}.</source>
        <translation>Rij {row} is samengevoegd met {member}.</translation>
    </message>
    <message>
        <source>Correct row {row}</source>
        <translation>Rij {row} verbeteren</translation>
    </message>
    <message>
        <source>Row {row} also holds what could not be read: {values}. Correcting this cell drops it from the row. Correct that cell first to keep it. Go on anyway?</source>
        <translation>Rij {row} bevat ook wat niet gelezen kon worden: {values}. Als u deze cel verbetert, valt dat weg uit de rij. Verbeter eerst die cel om het te behouden. Toch doorgaan?</translation>
    </message>
    <message>
        <source>Row {row} is ready to approve.</source>
        <translation>Rij {row} is klaar om goed te keuren.</translation>
    </message>
    <message>
        <source>Row {row} still needs attention: {findings}</source>
        <translation>Rij {row} vraagt nog aandacht: {findings}</translation>
    </message>
</context>
<context>
    <name>MessageConfirmDialog</name>
    <message>
        <source>Approve the message</source>
        <translation>Het bericht goedkeuren</translation>
    </message>
    <message>
        <source>This message is an exercise: BIN Desk marks it as one everywhere and it goes out with the CAP status Exercise.</source>
        <translation>Dit bericht is een oefening: BIN Desk markeert het overal als oefening en het gaat uit met de CAP-status Exercise.</translation>
    </message>
    <message>
        <source>REAL MESSAGE</source>
        <translation>ECHT BERICHT</translation>
    </message>
    <message>
        <source>This is not an exercise: real people receive this message.</source>
        <translation>Dit is geen oefening: echte mensen ontvangen dit bericht.</translation>
    </message>
    <message>
        <source>Update of an earlier message</source>
        <translation>Update van een vorig bericht</translation>
    </message>
    <message>
        <source>Cancellation of an earlier message</source>
        <translation>Intrekking van een vorig bericht</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringendheid:</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation>Doelnetwerken</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s):</source>
        <translation>
            <numerusform>%n netwerk:</numerusform>
            <numerusform>%n netwerken:</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience and cost</source>
        <translation>Bereik en kost</translation>
    </message>
    <message numerus="yes">
        <source>The checks block this message (%n blocking finding(s)). As korpschef you may override them; give the reason, which is kept with the approval.</source>
        <translation>
            <numerusform>De controles blokkeren dit bericht (%n blokkerende bevinding). Als korpschef mag u ze negeren; geef de reden, die bij de goedkeuring bewaard wordt.</numerusform>
            <numerusform>De controles blokkeren dit bericht (%n blokkerende bevindingen). Als korpschef mag u ze negeren; geef de reden, die bij de goedkeuring bewaard wordt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Reden om de bevindingen te negeren</translation>
    </message>
    <message>
        <source>Why the blocking findings do not apply</source>
        <translation>Waarom de blokkerende bevindingen niet gelden</translation>
    </message>
    <message>
        <source>Approve exercise</source>
        <translation>Oefening goedkeuren</translation>
    </message>
    <message>
        <source>Approve real message</source>
        <translation>Echt bericht goedkeuren</translation>
    </message>
    <message numerus="yes">
        <source>SMS: %n member(s)</source>
        <translation>
            <numerusform>Sms: %n lid</numerusform>
            <numerusform>Sms: %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voice call: %n member(s)</source>
        <translation>
            <numerusform>Spraakbericht: %n lid</numerusform>
            <numerusform>Spraakbericht: %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n member(s)</source>
        <translation>
            <numerusform>E-mail: %n lid</numerusform>
            <numerusform>E-mail: %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reached (no usable contact): %n</source>
        <translation>
            <numerusform>Niet bereikt (geen bruikbaar contact): %n</numerusform>
            <numerusform>Niet bereikt (geen bruikbaar contact): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, not sent: %n</source>
        <translation>
            <numerusform>Gepauzeerd, niet verzonden: %n</numerusform>
            <numerusform>Gepauzeerd, niet verzonden: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held until their quiet hours end: %n</source>
        <translation>
            <numerusform>Pas na hun rusturen: %n</numerusform>
            <numerusform>Pas na hun rusturen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: {cost} (%n SMS segment(s) per member)</source>
        <translation>
            <numerusform>Kost: {cost} (%n sms-segment per lid)</numerusform>
            <numerusform>Kost: {cost} (%n sms-segmenten per lid)</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: {channels}</source>
        <translation>Kanalen: {channels}</translation>
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
        <source>Draft, awaiting approval</source>
        <translation>Ontwerp, wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved, ready to dispatch</source>
        <translation>Goedgekeurd, klaar voor verzending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
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
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <extracomment>Messages that may have deliveries to show.</extracomment>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first. A draft waits for the approval of a second operator; an approved message is ready to dispatch. Exercises are orange.</source>
        <translation>Politieberichten aan de netwerken, nieuwste eerst. Een ontwerp wacht op de goedkeuring van een tweede gebruiker; een goedgekeurd bericht is klaar voor verzending. Oefeningen zijn oranje.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>Write a new message to one or more networks (Ctrl+N)</source>
        <translation>Een nieuw bericht schrijven aan een of meer netwerken (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the selected message: its texts, its checks, its approval</source>
        <translation>Het geselecteerde bericht openen: teksten, controles, goedkeuring</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Update…</translation>
    </message>
    <message>
        <source>Write an update of the selected message to the same networks</source>
        <translation>Een update van het geselecteerde bericht schrijven aan dezelfde netwerken</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Cancel the selected message in one click: a cancellation to the same networks</source>
        <translation>Het geselecteerde bericht in één klik intrekken: een intrekking aan dezelfde netwerken</translation>
    </message>
    <message>
        <source>CAP export…</source>
        <translation>CAP-export…</translation>
    </message>
    <message>
        <source>Save the selected message as CAP 1.2 XML (Common Alerting Protocol)</source>
        <translation>Het geselecteerde bericht bewaren als CAP 1.2-XML (Common Alerting Protocol)</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Send the selected approved message to its networks&apos; members through the gateways</source>
        <translation>Het gekozen goedgekeurde bericht via de gateways naar de leden van zijn netwerken versturen</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Terugkoppeling te laat</translation>
    </message>
    <message>
        <source>Messages waiting for their feedback</source>
        <translation>Berichten die op hun terugkoppeling wachten</translation>
    </message>
    <message>
        <source>Write feedback…</source>
        <translation>Terugkoppeling schrijven…</translation>
    </message>
    <message>
        <source>Write the feedback message on the selected message, to the same networks</source>
        <translation>De terugkoppeling op het geselecteerde bericht schrijven, aan dezelfde netwerken</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Members wait for what happened next. These sent messages are past the zone&apos;s feedback time:</source>
        <translation>Leden willen weten wat er daarna gebeurde. Voor deze verzonden berichten is de termijn voor terugkoppeling van de zone verstreken:</translation>
    </message>
    <message>
        <source>No sent message is waiting for its feedback.</source>
        <translation>Geen enkel verzonden bericht wacht op terugkoppeling.</translation>
    </message>
    <message>
        <source>Export as CAP</source>
        <translation>Exporteren als CAP</translation>
    </message>
    <message>
        <source>CAP 1.2 XML (*.xml)</source>
        <translation>CAP 1.2-XML (*.xml)</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} bewaard.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Add each municipality of the zone with its NIS code, its names and its postcodes. BINs are created inside these municipalities.</source>
        <translation>Voeg elke gemeente van de zone toe met haar NIS-code, haar namen en haar postcodes. BIN&apos;s worden binnen deze gemeenten aangemaakt.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <source>5 digits, e.g. 23027</source>
        <translation>5 cijfers, bv. 23027</translation>
    </message>
    <message>
        <source>&amp;NIS code:</source>
        <translation>&amp;NIS-code:</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Naam in het Nederlands</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Naam in het Frans</translation>
    </message>
    <message>
        <source>Name in German</source>
        <translation>Naam in het Duits</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (&amp;Nederlands):</translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation>Naam (&amp;Frans):</translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation>Naam (&amp;Duits):</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>e.g. 1500, 1501, 1502</source>
        <translation>bv. 1500, 1501, 1502</translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation>&amp;Postcodes:</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Spreekt {language}</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation>Gemeente &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <source>Municipalities of the zone</source>
        <translation>Gemeenten van de zone</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected municipality</source>
        <translation>De gekozen gemeente verwijderen</translation>
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
        <translation>Scheid postcodes met komma&apos;s, bv. 1500, 1501.</translation>
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
        <translation>Nooit doorgegeven: herkenbare foto&apos;s van verdachten, leesbare nummerplaten, namen, rijksregisternummers, adressen van slachtoffers, beschrijvingen naar afkomst, godsdienst of huidskleur, oproepen om te patrouilleren of iemand aan te spreken. Een BIN is geen kliklijn.</translation>
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
        <source>Charter…</source>
        <extracomment>The network&apos;s data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload). Show the charter page of this network (its id). Show the member list and review queue of this network (its id).</extracomment>
        <translation>Charter…</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>The charter of this network: versions, signatures, ADVP</source>
        <translation>Het charter van dit netwerk: versies, handtekeningen, ADVP</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Leden…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>The member list of this network, its review queue and imports</source>
        <translation>De ledenlijst van dit netwerk, de wachtrij en de imports</translation>
    </message>
    <message>
        <source>{state} (since {date})</source>
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
    <name>OperatorPage</name>
    <message>
        <source>Your operator profile</source>
        <translation>Uw gebruikersprofiel</translation>
    </message>
    <message>
        <source>Every change in BIN Desk is recorded under the name of the operator who made it.</source>
        <translation>Elke wijziging in BIN Desk wordt geregistreerd op naam van de gebruiker die ze maakte.</translation>
    </message>
    <message>
        <source>You are the first operator, so you become the administrator of this installation: you manage the operators, the zone&apos;s settings and the gateways. Add the officers who work with the BINs afterwards (Settings → Switch operator → Create a new operator).</source>
        <translation>U bent de eerste gebruiker en wordt dus de beheerder van deze installatie: u beheert de gebruikers, de instellingen van de zone en de gateways. Voeg daarna de politiemensen toe die met de BIN&apos;s werken (Instellingen → Andere gebruiker → Een nieuwe gebruiker aanmaken).</translation>
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
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
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
        <source>Charters</source>
        <translation>Charters</translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when. Double-click a network to open its charter.</source>
        <translation>Het huidige charter van elk netwerk: versie, status, verzamelde handtekeningen en wie sinds wanneer moet tekenen. Dubbelklik op een netwerk om zijn charter te openen.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
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
        <translation>Dubbelklik om te verbeteren.</translation>
    </message>
    <message>
        <source>{text} (to check: {finding})</source>
        <translation>{text} (na te kijken: {finding})</translation>
    </message>
</context>
<context>
    <name>RuleRunsModel</name>
    <message>
        <source>Rule: what it checks</source>
        <translation>Regel: wat ze controleert</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>off for the zone</source>
        <translation>uit voor de zone</translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Send the message</source>
        <translation>Het bericht versturen</translation>
    </message>
    <message>
        <source>Send exercise</source>
        <translation>Oefening versturen</translation>
    </message>
    <message>
        <source>Send real message</source>
        <translation>Echt bericht versturen</translation>
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
        <source>S&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisatie…</translation>
    </message>
    <message>
        <source>Synchronisation settings</source>
        <translation>Instellingen van de synchronisatie</translation>
    </message>
    <message>
        <source>The zone hub this computer syncs with</source>
        <translation>De hub van de zone waarmee deze computer synchroniseert</translation>
    </message>
    <message>
        <source>Zone hub:</source>
        <translation>Hub van de zone:</translation>
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
        <translation>Niemand geselecteerd: wijzigingen worden geweigerd.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up BIN Desk</source>
        <extracomment>this computer joined an existing zone from its hub (no operator made here)</extracomment>
        <translation>BIN Desk instellen</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the charter</source>
        <translation>Het charter ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
</context>
<context>
    <name>SignatureRecordDialog</name>
    <message>
        <source>Record a signature</source>
        <translation>Handtekening registreren</translation>
    </message>
    <message>
        <source>A &amp;signed PDF came back</source>
        <translation>Er kwam een &amp;ondertekende pdf terug</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Ondertekende pdf</translation>
    </message>
    <message>
        <source>Signed on &amp;paper (a scan)</source>
        <translation>Ondertekend op &amp;papier (een scan)</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Ondertekend op papier</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Onderte&amp;kenaar:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Ondertekend &amp;op:</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Ondertekend &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Every new signature in the PDF</source>
        <translation>Elke nieuwe handtekening in de pdf</translation>
    </message>
    <message>
        <source>{signatory}: {name} ({party})</source>
        <translation>{signatory}: {name} ({party})</translation>
    </message>
    <message>
        <source>BIN Desk checks the PDF: it must be this version of the charter, every signature valid, by the person expected, with a certificate the zone trusts.</source>
        <translation>BIN Desk controleert de pdf: het moet deze versie van het charter zijn, met elke handtekening geldig, door de verwachte persoon, met een certificaat dat de zone vertrouwt.</translation>
    </message>
    <message>
        <source>The scan of the signed page is kept with the charter; you are recorded as the officer who registered it.</source>
        <translation>De scan van de ondertekende pagina wordt bij het charter bewaard; u wordt geregistreerd als de medewerker die hem invoerde.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
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
        <translation>Verbinding met de hub</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation>Wijzigingen die nog naar de hub moeten</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Na te kijken conflicten</translation>
    </message>
    <message>
        <source>Open the Conflicts page</source>
        <translation>De pagina Conflicten openen</translation>
    </message>
    <message>
        <source>No hub</source>
        <translation>Geen hub</translation>
    </message>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: verbinden…</translation>
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
        <translation>⚠ Synchronisatiefout</translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation>⚠ Synchronisatie gestopt</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchroniseren…</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub: {hub}</translation>
    </message>
    <message>
        <source>This computer is not linked to a hub (Settings → Synchronisation).</source>
        <translation>Deze computer is niet gekoppeld aan een hub (Instellingen → Synchronisatie).</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Laatste synchronisatie: {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nooit gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go up</source>
        <translation>
            <numerusform>%n wacht om naar de hub te gaan</numerusform>
            <numerusform>%n wachten om naar de hub te gaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to look at</source>
        <translation>
            <numerusform>⚠ %n conflict na te kijken</numerusform>
            <numerusform>⚠ %n conflicten na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Geen conflicten</translation>
    </message>
    <message>
        <source>⟳ Sending {done}/{total}…</source>
        <translation>⟳ Verzenden {done}/{total}…</translation>
    </message>
    <message>
        <source>⟳ Receiving {done}/{total}…</source>
        <translation>⟳ Ontvangen {done}/{total}…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>BIN Desk works on the copy of the zone&apos;s data in this computer&apos;s data folder and exchanges changes with the zone&apos;s hub in the background whenever it can be reached. Ask the zone administrator for the hub&apos;s address.</source>
        <translation>BIN Desk werkt op de kopie van de gegevens van de zone in de gegevensmap van deze computer en wisselt op de achtergrond wijzigingen uit met de hub van de zone, telkens als die bereikbaar is. Vraag het adres van de hub aan de beheerder van de zone.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adres van de hub</translation>
    </message>
    <message>
        <source>A PostgreSQL database (postgresql://USER@SERVER/DATABASE) or, for a single office, a SQLite file (sqlite:///PATH/hub.db). Leave empty to stop syncing.</source>
        <translation>Een PostgreSQL-databank (postgresql://USER@SERVER/DATABASE) of, voor één kantoor, een SQLite-bestand (sqlite:///PATH/hub.db). Laat leeg om niet meer te synchroniseren.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Wachtwoord van de hub</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keyring, never in the data folder. Leave it empty to keep the one stored before.</source>
        <translation>Het wachtwoord wordt alleen bewaard in de sleutelhanger van deze computer, nooit in de gegevensmap. Laat het leeg om het eerder opgeslagen wachtwoord te behouden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Save the hub settings</source>
        <translation>De instellingen van de hub bewaren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation>Verbinding met de hub</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbinding:</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Laatste synchronisatie:</translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation>Wijzigingen die nog naar de hub moeten</translation>
    </message>
    <message>
        <source>Waiting to go up:</source>
        <translation>Nog naar de hub:</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Na te kijken conflicten</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicten:</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Toestel-id</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Toestel-id:</translation>
    </message>
    <message>
        <source>Result of the last sync</source>
        <translation>Resultaat van de laatste synchronisatie</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation>Bewaard; het wachtwoord staat in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>Saved: this computer no longer syncs.</source>
        <translation>Bewaard: deze computer synchroniseert niet meer.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>No hub: this computer works alone.</source>
        <translation>Geen hub: deze computer werkt alleen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Online: {hub}</source>
        <translation>Online: {hub}</translation>
    </message>
    <message>
        <source>Offline: {hub} cannot be reached</source>
        <translation>Offline: {hub} is niet bereikbaar</translation>
    </message>
    <message>
        <source>Sync error with {hub}</source>
        <translation>Synchronisatiefout met {hub}</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisatie gestopt</translation>
    </message>
    <message>
        <source>Syncing with {hub}…</source>
        <translation>Synchroniseren met {hub}…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {pushed} and received {pulled} change(s) in {seconds} s.</source>
        <translation>{pushed} wijziging(en) verzonden en {pulled} ontvangen in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>{municipality} · {state} · %n member(s)</source>
        <translation>
            <numerusform>{municipality} · {state} · %n lid</numerusform>
            <numerusform>{municipality} · {state} · %n leden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Expected signer</source>
        <translation>Verwachte ondertekenaar</translation>
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
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Asked on {date}</source>
        <translation>Gevraagd op {date}</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reden of opmerking</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (achterstallig)</translation>
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
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <extracomment>Which field an operator signs in BIN Desk, by role (the korpschef signs in the review).</extracomment>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Ter ondertekening</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
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
        <source>ADVP reference</source>
        <translation>ADVP-referentie</translation>
    </message>
    <message>
        <source>ADVP remarks</source>
        <translation>Opmerkingen ADVP</translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Welcome to BIN Desk. First tell us which police zone this installation serves. You can change these details later in the settings.</source>
        <translation>Welkom bij BIN Desk. Vertel ons eerst welke politiezone deze installatie bedient. U kunt deze gegevens later wijzigen in de instellingen.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Naam van de zone</translation>
    </message>
    <message>
        <source>e.g. PZ Zennevallei</source>
        <translation>bv. PZ Zennevallei</translation>
    </message>
    <message>
        <source>Zone &amp;name:</source>
        <translation>&amp;Naam van de zone:</translation>
    </message>
    <message>
        <source>Zone number</source>
        <translation>Zonenummer</translation>
    </message>
    <message>
        <source>4 digits, e.g. 5415</source>
        <translation>4 cijfers, bv. 5415</translation>
    </message>
    <message>
        <source>Zone n&amp;umber:</source>
        <translation>Zone&amp;nummer:</translation>
    </message>
    <message>
        <source>Working language of the zone</source>
        <translation>Werktaal van de zone</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>&amp;Werktaal:</translation>
    </message>
    <message>
        <source>Address of the zone</source>
        <translation>Adres van de zone</translation>
    </message>
    <message>
        <source>e.g. Zuster Bernardastraat 30, 1500 Halle</source>
        <translation>bv. Zuster Bernardastraat 30, 1500 Halle</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Is the zone already set up on another computer with a hub? Then this computer joins it and gets everything from the hub.</source>
        <translation>Is de zone al ingesteld op een andere computer met een hub? Dan sluit deze computer erbij aan en haalt alles van de hub.</translation>
    </message>
    <message>
        <source>&amp;Join the zone from its hub…</source>
        <translation>Via de hub bij de zone aan&amp;sluiten…</translation>
    </message>
    <message>
        <source>Join the zone from its hub</source>
        <translation>Via de hub bij de zone aansluiten</translation>
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
        <source>An operation is stamped {minutes} minutes in the future of this computer&apos;s clock. Check the date and time of this computer and of the other device.</source>
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
        <source>{network}: waiting for the {actor}&apos;s signature for {days} days</source>
        <translation>{network}: wacht al {days} dagen op de handtekening van de {actor}</translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation>{network}: alle handtekeningen binnen, te bezorgen aan ADVP ({days} dagen)</translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP&apos;s approval for {days} days</source>
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
        <source>{network} has no charter yet. Draft one first.</source>
        <translation>{network} heeft nog geen charter. Stel er eerst een op.</translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network} is {status}; this step needs it {allowed}.</source>
        <translation>Versie {version} van het charter van {network} heeft status {status}; deze stap vraagt status {allowed}.</translation>
    </message>
    <message>
        <source>Version {version} of the charter is {status}; it must be sent back before a new version is drafted.</source>
        <translation>Versie {version} van het charter heeft status {status}; ze moet teruggestuurd worden voor een nieuwe versie opgesteld wordt.</translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation>Onbekende taal {lang}.</translation>
    </message>
    <message>
        <source>Unknown charter section(s): {codes}.</source>
        <translation>Onbekend(e) onderde(e)l(en) van het charter: {codes}.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>De duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The municipality signs by its mayor and/or its prevention officer.</source>
        <translation>De gemeente tekent via haar burgemeester en/of haar preventieambtenaar.</translation>
    </message>
    <message>
        <source>{network} is not drafting or amending its charter (state: {state}).</source>
        <translation>{network} is zijn charter niet aan het opstellen of wijzigen (fase: {state}).</translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing: {missing}.</source>
        <translation>Het charter kan nog niet ter ondertekening verstuurd worden. Er ontbreekt: {missing}.</translation>
    </message>
    <message>
        <source>{network} has no charter version {version}.</source>
        <translation>{network} heeft geen versie {version} van het charter.</translation>
    </message>
    <message>
        <source>The charter of {network} has no {language} text; it has: {languages}.</source>
        <translation>Het charter van {network} heeft geen tekst in het {language}; het heeft: {languages}.</translation>
    </message>
    <message>
        <source>Version {version} of the charter has no signature for the {signatory}.</source>
        <translation>Versie {version} van het charter heeft geen handtekening voor de {signatory}.</translation>
    </message>
    <message>
        <source>Unknown party {party}; use one of: {allowed}.</source>
        <translation>Onbekende partij {party}; gebruik een van: {allowed}.</translation>
    </message>
    <message>
        <source>This PDF is not a charter made by BIN Desk ({reason}).</source>
        <translation>Deze pdf is geen charter gemaakt door BIN Desk ({reason}).</translation>
    </message>
    <message>
        <source>This PDF is the charter of another network, not of {network}.</source>
        <translation>Deze pdf is het charter van een ander netwerk, niet van {network}.</translation>
    </message>
    <message>
        <source>This PDF is version {got} of the charter (hash {got_hash}…), not the version {version} being signed (hash {hash}…).</source>
        <translation>Deze pdf is versie {got} van het charter (hash {got_hash}…), niet versie {version} die ondertekend wordt (hash {hash}…).</translation>
    </message>
    <message>
        <source>the signature in field {field} is not valid or the document was changed after it</source>
        <translation>de handtekening in veld {field} is niet geldig of het document werd nadien gewijzigd</translation>
    </message>
    <message>
        <source>the certificate of {signer} (field {field}) is not issued by a CA the zone trusts; add the CA under Settings or with &apos;zone trust add&apos;</source>
        <translation>het certificaat van {signer} (veld {field}) is niet uitgegeven door een CA die de zone vertrouwt; voeg de CA toe bij Instellingen of met &apos;zone trust add&apos;</translation>
    </message>
    <message>
        <source>The signed PDF is refused: {problem}.</source>
        <translation>De ondertekende pdf wordt geweigerd: {problem}.</translation>
    </message>
    <message>
        <source>The signature in the field of the {signatory} is by {signer}, not by {expected}. Nothing was recorded.</source>
        <translation>De handtekening in het veld van de {signatory} is van {signer}, niet van {expected}. Er werd niets geregistreerd.</translation>
    </message>
    <message>
        <source>This PDF carries no new valid signature for this charter version.</source>
        <translation>Deze pdf bevat geen nieuwe geldige handtekening voor deze versie van het charter.</translation>
    </message>
    <message>
        <source>Name the signatory ({allowed}): the party {party} has more than one.</source>
        <translation>Geef de ondertekenaar op ({allowed}): de partij {party} heeft er meer dan één.</translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation>Het scanbestand is leeg.</translation>
    </message>
    <message>
        <source>The signature date {date} is in the future.</source>
        <translation>De datum van de handtekening, {date}, ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The {signatory} has signed already.</source>
        <translation>De {signatory} heeft al ondertekend.</translation>
    </message>
    <message>
        <source>The signature date {date} is before this version was sent for signature ({sent}).</source>
        <translation>De datum van de handtekening, {date}, ligt voor deze versie ter ondertekening verstuurd werd ({sent}).</translation>
    </message>
    <message>
        <source>The {signatory} does not sign in BIN Desk: record their signed PDF or paper instead.</source>
        <translation>De {signatory} ondertekent niet in BIN Desk: registreer de ondertekende pdf of het papier.</translation>
    </message>
    <message>
        <source>{name} may not sign in the field of the {signatory}.</source>
        <translation>{name} mag niet tekenen in het veld van de {signatory}.</translation>
    </message>
    <message>
        <source>The field of the {signatory} is for {expected}, not for {name}.</source>
        <translation>Het veld van de {signatory} is voor {expected}, niet voor {name}.</translation>
    </message>
    <message>
        <source>The certificate is {cn}&apos;s, not {name}&apos;s.</source>
        <translation>Het certificaat is van {cn}, niet van {name}.</translation>
    </message>
    <message>
        <source>Say why the charter is sent back.</source>
        <translation>Zeg waarom het charter teruggestuurd wordt.</translation>
    </message>
    <message>
        <source>Not every party has signed yet: waiting for {who}.</source>
        <translation>Nog niet elke partij heeft ondertekend: we wachten op {who}.</translation>
    </message>
    <message>
        <source>Give ADVP&apos;s reference.</source>
        <translation>Geef de referentie van ADVP.</translation>
    </message>
    <message>
        <source>The approval date {date} is before the charter was sent to ADVP ({sent}).</source>
        <translation>De datum van goedkeuring, {date}, ligt voor het charter naar ADVP verstuurd werd ({sent}).</translation>
    </message>
    <message>
        <source>Write down ADVP&apos;s remarks.</source>
        <translation>Noteer de opmerkingen van ADVP.</translation>
    </message>
    <message>
        <source>Only an active network amends its charter ({network} is {state}).</source>
        <translation>Alleen een actief netwerk wijzigt zijn charter ({network} is {state}).</translation>
    </message>
    <message>
        <source>{network} is {state}: ADVP is notified of a suspension, inactivity, merger or dissolution only.</source>
        <translation>{network} is {state}: ADVP krijgt alleen een melding van een schorsing, inactiviteit, samenvoeging of opheffing.</translation>
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
        <source>{network} cannot go from &apos;{current}&apos; to &apos;{target}&apos;. Allowed next: {allowed}.</source>
        <translation>{network} kan niet van &apos;{current}&apos; naar &apos;{target}&apos;. Toegelaten volgende fasen: {allowed}.</translation>
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
        <source>The zone&apos;s name is empty.</source>
        <extracomment>secrets that could not be kept (no keyring): the set-up is saved, the user is told</extracomment>
        <translation>De naam van de zone is leeg.</translation>
    </message>
    <message>
        <source>The zone&apos;s name is longer than 200 characters.</source>
        <translation>De naam van de zone is langer dan 200 tekens.</translation>
    </message>
    <message>
        <source>Zone number {number} is not valid: a police zone&apos;s number has 4 digits, e.g. 5415.</source>
        <translation>Zonenummer {number} is niet geldig: het nummer van een politiezone heeft 4 cijfers, bv. 5415.</translation>
    </message>
    <message>
        <source>Unknown language {language}; use one of: {languages}.</source>
        <translation>Onbekende taal {language}; gebruik een van: {languages}.</translation>
    </message>
    <message>
        <source>NIS code {code} is not valid: a municipality&apos;s NIS code has 5 digits, e.g. 23027 for Halle.</source>
        <translation>NIS-code {code} is niet geldig: de NIS-code van een gemeente heeft 5 cijfers, bv. 23027 voor Halle.</translation>
    </message>
    <message>
        <source>Municipality {code} needs one or more languages of: {languages}.</source>
        <translation>Gemeente {code} heeft een of meer talen nodig uit: {languages}.</translation>
    </message>
    <message>
        <source>Municipality {code} speaks {languages}: give its name in each of them.</source>
        <translation>Gemeente {code} spreekt {languages}: geef haar naam in elk van die talen.</translation>
    </message>
    <message>
        <source>Municipality {code} needs at least one postcode.</source>
        <translation>Gemeente {code} heeft minstens één postcode nodig.</translation>
    </message>
    <message>
        <source>Add at least one municipality of the zone.</source>
        <translation>Voeg minstens één gemeente van de zone toe.</translation>
    </message>
    <message>
        <source>NIS code {code} is listed twice.</source>
        <translation>NIS-code {code} staat er twee keer in.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is empty.</source>
        <translation>De naam van de gebruiker is leeg.</translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Stamnummer {number} is ongeldig: gebruik 2 tot 32 letters, cijfers, punten, streepjes of underscores.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}.</source>
        <translation>Geen e-mailadres: {email}.</translation>
    </message>
    <message>
        <source>{url} is not a database URL: write it like postgresql://bindesk@hub.zone.local/bindesk.</source>
        <translation>{url} is geen databank-URL: schrijf hem als postgresql://bindesk@hub.zone.local/bindesk.</translation>
    </message>
    <message>
        <source>The hub must be a PostgreSQL database (or a SQLite file for a single office), not {dialect}.</source>
        <translation>De hub moet een PostgreSQL-databank zijn (of een SQLite-bestand voor één kantoor), niet {dialect}.</translation>
    </message>
    <message>
        <source>Do not put the password in the hub URL: give it separately, it is kept in the keyring.</source>
        <translation>Zet het wachtwoord niet in de URL van de hub: geef het apart op, het wordt bewaard in de sleutelhanger.</translation>
    </message>
    <message>
        <source>The hub URL names no server: {url}.</source>
        <translation>De URL van de hub noemt geen server: {url}.</translation>
    </message>
    <message>
        <source>The hub URL names no file: {url}.</source>
        <translation>De URL van de hub noemt geen bestand: {url}.</translation>
    </message>
    <message>
        <source>This data folder is already set up: it holds a zone or operators.</source>
        <translation>Deze gegevensmap is al ingesteld: ze bevat een zone of gebruikers.</translation>
    </message>
    <message>
        <source>This data folder already holds a zone; it cannot join another one.</source>
        <translation>Deze gegevensmap bevat al een zone; ze kan niet bij een andere aansluiten.</translation>
    </message>
    <message>
        <source>The hub holds no zone yet. Set the zone up on one computer first (with this hub), then let the others join it.</source>
        <translation>De hub bevat nog geen zone. Stel de zone eerst in op één computer (met deze hub) en laat de andere dan aansluiten.</translation>
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
        <source>This data folder has no default operator. Name one with --operator, or create one with &apos;operators add&apos;.</source>
        <translation>Deze gegevensmap heeft geen standaardgebruiker. Geef er een op met --operator, of maak er een aan met &apos;operators add&apos;.</translation>
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
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>Kan {what} {path} niet lezen: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan {path} niet schrijven: {reason}.</translation>
    </message>
    <message>
        <source>The environment variable {var} is not set.</source>
        <translation>De omgevingsvariabele {var} is niet ingesteld.</translation>
    </message>
    <message>
        <source>Use LANG:CODE=TEXT, got {item}.</source>
        <translation>Gebruik TAAL:CODE=TEKST, niet {item}.</translation>
    </message>
    <message>
        <source>A paper signature needs --party and --date.</source>
        <translation>Een handtekening op papier vraagt --party en --date.</translation>
    </message>
    <message>
        <source>Name the certificate file or id.</source>
        <translation>Geef het certificaatbestand of de id op.</translation>
    </message>
    <message>
        <source>The signature field {field} is already signed by {signer}. A signature cannot be replaced; each party signs its own field.</source>
        <translation>Het handtekeningveld {field} is al ondertekend door {signer}. Een handtekening kan niet vervangen worden; elke partij ondertekent haar eigen veld.</translation>
    </message>
    <message>
        <source>This PDF has no signature fields, so there is no field {field} to sign. Print the charter again from BIN Desk: it adds a field for every party.</source>
        <translation>Deze pdf heeft geen handtekeningvelden, dus er is geen veld {field} om te ondertekenen. Druk het charter opnieuw af vanuit BIN Desk: het voegt een veld toe voor elke partij.</translation>
    </message>
    <message>
        <source>This PDF has no signature field {field}. Its signature fields are: {fields}.</source>
        <translation>Deze pdf heeft geen handtekeningveld {field}. De handtekeningvelden zijn: {fields}.</translation>
    </message>
    <message>
        <source>The field {field} cannot be signed with this certificate: {reason}</source>
        <translation>Het veld {field} kan niet ondertekend worden met dit certificaat: {reason}</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be signed. Print the charter again from BIN Desk.</source>
        <translation>Het pdf-bestand is beschadigd en kan niet ondertekend worden. Druk het charter opnieuw af vanuit BIN Desk.</translation>
    </message>
    <message>
        <source>No trust roots are configured, so no signer&apos;s identity is confirmed. Add the root certificates the zone trusts in the settings.</source>
        <translation>Er zijn geen vertrouwde basiscertificaten ingesteld, dus de identiteit van geen enkele ondertekenaar is bevestigd. Voeg bij de instellingen de basiscertificaten toe die de zone vertrouwt.</translation>
    </message>
    <message>
        <source>Revocation was not checked: BIN Desk did not ask the certificate authorities online whether a certificate was withdrawn.</source>
        <translation>De intrekking werd niet gecontroleerd: BIN Desk vroeg de certificatieautoriteiten niet online of een certificaat ingetrokken werd.</translation>
    </message>
    <message>
        <source>Trust root {number} is not a certificate (PEM or DER). Check the trust roots in the zone settings.</source>
        <translation>Vertrouwd basiscertificaat {number} is geen certificaat (PEM of DER). Controleer de basiscertificaten bij de instellingen van de zone.</translation>
    </message>
    <message>
        <source>The certificate chains to a trusted root.</source>
        <translation>Het certificaat leidt naar een vertrouwd basiscertificaat.</translation>
    </message>
    <message>
        <source>No trust root is configured, so the signer&apos;s identity is not confirmed.</source>
        <translation>Er is geen vertrouwd basiscertificaat ingesteld, dus de identiteit van de ondertekenaar is niet bevestigd.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Het certificaat werd ingetrokken.</translation>
    </message>
    <message>
        <source>The certificate does not chain to any configured trust root.</source>
        <translation>Het certificaat leidt naar geen enkel ingesteld vertrouwd basiscertificaat.</translation>
    </message>
    <message>
        <source>The certificate is not accepted by the configured trust roots: it may have expired, not be meant for signing, or come from another authority with the same name.</source>
        <translation>Het certificaat wordt niet aanvaard door de ingestelde basiscertificaten: het is misschien verlopen, niet bedoeld om te ondertekenen, of afkomstig van een andere autoriteit met dezelfde naam.</translation>
    </message>
    <message>
        <source>The document was changed after {signer} signed it: the signed content no longer matches the signature.</source>
        <translation>Het document werd gewijzigd nadat {signer} het ondertekende: de ondertekende inhoud komt niet meer overeen met de handtekening.</translation>
    </message>
    <message>
        <source>The signature of {signer} is not valid: it does not match the certificate in it.</source>
        <translation>De handtekening van {signer} is niet geldig: ze komt niet overeen met het certificaat erin.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}, but the document was changed afterwards in a way this signature does not allow.</source>
        <translation>Ondertekend door {signer} op {time}, maar het document werd nadien gewijzigd op een manier die deze handtekening niet toelaat.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}; the signature is valid and the document has not been changed since, apart from later signatures.</source>
        <translation>Ondertekend door {signer} op {time}; de handtekening is geldig en het document werd sindsdien niet gewijzigd, behalve door latere handtekeningen.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Nog niet ondertekend.</translation>
    </message>
    <message>
        <source>The signature in this field is damaged or of a kind BIN Desk cannot check, so it does not count.</source>
        <translation>De handtekening in dit veld is beschadigd of van een soort die BIN Desk niet kan controleren, dus ze telt niet.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {not_after} (it was valid from {not_before} to {not_after}). Ask for a new certificate and sign with that one.</source>
        <translation>Het certificaat van {name} is verlopen op {not_after} (het was geldig van {not_before} tot {not_after}). Vraag een nieuw certificaat aan en onderteken daarmee.</translation>
    </message>
    <message>
        <source>The certificate of {name} is only valid from {not_before} to {not_after}, so it cannot sign yet. Check the computer&apos;s date and time, or sign on or after {not_before}.</source>
        <translation>Het certificaat van {name} is pas geldig van {not_before} tot {not_after}, dus het kan nog niet ondertekenen. Controleer de datum en tijd van de computer, of onderteken op of na {not_before}.</translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used to sign documents (its key usage is: {usage}). Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation>Het certificaat van {name} mag niet gebruikt worden om documenten te ondertekenen (sleutelgebruik: {usage}). Gebruik een handtekeningcertificaat, zoals het handtekeningcertificaat van een eID-kaart.</translation>
    </message>
    <message>
        <source>The certificate of {name} is meant for {usage} only, not for signing documents. Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation>Het certificaat van {name} is alleen bedoeld voor {usage}, niet om documenten te ondertekenen. Gebruik een handtekeningcertificaat, zoals het handtekeningcertificaat van een eID-kaart.</translation>
    </message>
    <message>
        <source>{file} is not a certificate file (PKCS#12, .p12 or .pfx) or it is damaged. Choose the file that holds your certificate and private key.</source>
        <translation>{file} is geen certificaatbestand (PKCS#12, .p12 of .pfx) of het is beschadigd. Kies het bestand met uw certificaat en uw private sleutel.</translation>
    </message>
    <message>
        <source>{file} is protected with an old encryption method that is no longer supported. Export the certificate again (with AES encryption) and choose the new file.</source>
        <translation>{file} is beveiligd met een oude versleutelingsmethode die niet meer ondersteund wordt. Exporteer het certificaat opnieuw (met AES-versleuteling) en kies het nieuwe bestand.</translation>
    </message>
    <message>
        <source>{file} is protected with a passphrase. Type the passphrase and try again.</source>
        <translation>{file} is beveiligd met een wachtwoordzin. Typ de wachtwoordzin en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase of {file} is wrong. Type it again; mind upper and lower case.</source>
        <translation>De wachtwoordzin van {file} is fout. Typ ze opnieuw; let op hoofdletters en kleine letters.</translation>
    </message>
    <message>
        <source>{file} holds the certificate of {name} but not its private key, so it cannot sign. Export the certificate together with its private key (.p12 or .pfx) and choose that file.</source>
        <translation>{file} bevat het certificaat van {name} maar niet de private sleutel, dus het kan niet ondertekenen. Exporteer het certificaat samen met de private sleutel (.p12 of .pfx) en kies dat bestand.</translation>
    </message>
    <message>
        <source>{file} holds no certificate with a private key. Choose the file that holds your certificate and private key.</source>
        <translation>{file} bevat geen certificaat met private sleutel. Kies het bestand met uw certificaat en uw private sleutel.</translation>
    </message>
    <message>
        <source>The private key in {file} cannot sign with the certificate of {name}. Export the certificate together with its own private key and choose that file.</source>
        <translation>De private sleutel in {file} kan niet ondertekenen met het certificaat van {name}. Exporteer het certificaat samen met zijn eigen private sleutel en kies dat bestand.</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be and the python-pkcs11 package.</source>
        <translation>Ondertekenen met de eID-kaart is op deze computer niet mogelijk: installeer de eID-software van eid.belgium.be en het pakket python-pkcs11.</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be.</source>
        <translation>Ondertekenen met de eID-kaart is op deze computer niet mogelijk: installeer de eID-software van eid.belgium.be.</translation>
    </message>
    <message>
        <source>The eID software is installed, but BIN Desk lacks PKCS#11 support: install the python-pkcs11 package.</source>
        <translation>De eID-software is geïnstalleerd, maar BIN Desk mist PKCS#11-ondersteuning: installeer het pakket python-pkcs11.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read. Ask the sender for the file again or print the charter again from BIN Desk.</source>
        <translation>Het pdf-bestand is beschadigd en kan niet gelezen worden. Vraag de afzender het bestand opnieuw te sturen of druk het charter opnieuw af vanuit BIN Desk.</translation>
    </message>
    <message>
        <source>This file is not a PDF document. Choose the PDF of the charter.</source>
        <translation>Dit bestand is geen pdf-document. Kies de pdf van het charter.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so BIN Desk cannot sign or check it. Use the PDF as BIN Desk printed it, without a password.</source>
        <translation>Deze pdf is beveiligd met een wachtwoord, dus BIN Desk kan hem niet ondertekenen of controleren. Gebruik de pdf zoals BIN Desk hem afdrukte, zonder wachtwoord.</translation>
    </message>
    <message>
        <source>texts in {language}: {sections}</source>
        <translation>teksten in het {language}: {sections}</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>de startdatum</translation>
    </message>
    <message>
        <source>the territory (streets and postcodes)</source>
        <translation>het werkingsgebied (straten en postcodes)</translation>
    </message>
    <message>
        <source>the information categories agreed</source>
        <translation>de afgesproken informatiecategorieën</translation>
    </message>
    <message>
        <source>the channels of the communication plan</source>
        <translation>de kanalen van het communicatieplan</translation>
    </message>
    <message>
        <source>a signatory for the municipality (mayor and/or prevention officer)</source>
        <translation>een ondertekenaar voor de gemeente (burgemeester en/of preventieambtenaar)</translation>
    </message>
    <message>
        <source>the name of the {signatory}</source>
        <translation>de naam van de {signatory}</translation>
    </message>
    <message>
        <source>This file is not an X.509 certificate (PEM or DER).</source>
        <translation>Dit bestand is geen X.509-certificaat (PEM of DER).</translation>
    </message>
    <message>
        <source>This certificate is not a certification authority (CA); add the CA that issued the signers&apos; certificates.</source>
        <translation>Dit certificaat is geen certificatieautoriteit (CA); voeg de CA toe die de certificaten van de ondertekenaars uitgaf.</translation>
    </message>
    <message>
        <source>No trusted certificate with id {id}.</source>
        <translation>Geen vertrouwd certificaat met id {id}.</translation>
    </message>
    <message>
        <source>Unknown zone setting(s): {fields}. Settable: {allowed}.</source>
        <translation>Onbekende instelling(en) van de zone: {fields}. Instelbaar: {allowed}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>{field} must be between 1 and 3650.</source>
        <translation>{field} moet tussen 1 en 3650 liggen.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This data folder has no zone yet.</source>
        <translation>Deze gegevensmap heeft nog geen zone.</translation>
    </message>
    <message>
        <source>The file {sha} is not in this data folder (not synced yet?).</source>
        <translation>Het bestand {sha} staat niet in deze gegevensmap (nog niet gesynchroniseerd?).</translation>
    </message>
    <message>
        <source>--mapping is not JSON: {reason}.</source>
        <translation>--mapping is geen JSON: {reason}.</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object.</source>
        <translation>--mapping moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>Say which rows: --all-ok or --row.</source>
        <translation>Zeg welke rijen: --all-ok of --row.</translation>
    </message>
    <message>
        <source>Export to a .csv or a .pdf file.</source>
        <translation>Exporteer naar een .csv- of een .pdf-bestand.</translation>
    </message>
    <message>
        <source>Unknown member field(s) in the mapping: {fields}.</source>
        <translation>Onbekend(e) gegeven(s) van een lid in de koppeling: {fields}.</translation>
    </message>
    <message>
        <source>The mapping points at columns the file does not have: {fields}.</source>
        <translation>De koppeling verwijst naar kolommen die het bestand niet heeft: {fields}.</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names. Map the name column(s) and try again.</source>
        <translation>Geen enkele kolom bevat de namen van de leden. Koppel de naamkolom(men) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Some rows of the review queue do not exist.</source>
        <translation>Sommige rijen van de wachtrij bestaan niet.</translation>
    </message>
    <message>
        <source>Rows {rows} were decided already.</source>
        <translation>Over de rijen {rows} is al beslist.</translation>
    </message>
    <message>
        <source>Rows {rows} still have problems or are duplicates: fix, merge or reject them first.</source>
        <translation>De rijen {rows} hebben nog problemen of zijn dubbel: verbeter, voeg samen of weiger ze eerst.</translation>
    </message>
    <message>
        <source>Say why the rows are rejected.</source>
        <translation>Zeg waarom de rijen geweigerd worden.</translation>
    </message>
    <message>
        <source>Unknown member field {field}.</source>
        <translation>Onbekend gegeven van een lid: {field}.</translation>
    </message>
    <message>
        <source>There is no member to merge this row into yet (approve the row it duplicates first).</source>
        <translation>Er is nog geen lid om deze rij mee samen te voegen (keur eerst de rij goed die ze herhaalt).</translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation>Geen lid met id {id}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}.</source>
        <translation>&apos;{value}&apos; is geen geldige waarde voor {field}.</translation>
    </message>
    <message>
        <source>Unknown member field(s): {fields}.</source>
        <translation>Onbekend(e) gegeven(s) van een lid: {fields}.</translation>
    </message>
    <message>
        <source>Unknown member status {status}.</source>
        <translation>Onbekende status van een lid: {status}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it holds no digits.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: er staan geen cijfers in.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it contains letters.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: er staan letters in.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too few digits.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: te weinig cijfers.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too many digits.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: te veel cijfers.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: a Belgian mobile number has 10 digits (04xx xx xx xx), this one has {digits}.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: een Belgisch gsm-nummer heeft 10 cijfers (04xx xx xx xx), dit heeft er {digits}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: the country code is unknown.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: de landcode is onbekend.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: no such number range is in use.</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer: zo&apos;n nummerreeks is niet in gebruik.</translation>
    </message>
    <message>
        <source>{value} is a foreign number ({country}): check that SMS and voice messages reach it.</source>
        <translation>{value} is een buitenlands nummer ({country}): ga na of sms&apos;en en spraakberichten het bereiken.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {reason}. Check that the file still exists and is not open in another program.</source>
        <translation>“{name}” kon niet worden geopend: {reason}. Controleer of het bestand nog bestaat en niet in een ander programma geopend is.</translation>
    </message>
    <message>
        <source>“{name}” is empty. Ask the coordinator for the member list again (Excel or CSV) and import that file.</source>
        <translation>“{name}” is leeg. Vraag de coördinator opnieuw om de ledenlijst (Excel of CSV) en importeer dat bestand.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; member lists larger than {limit} MB are not accepted. Check that this is the member list, or split it and import the parts.</source>
        <translation>“{name}” is {size} MB; ledenlijsten groter dan {limit} MB worden niet aanvaard. Controleer of dit de ledenlijst is, of splits ze en importeer de delen.</translation>
    </message>
    <message>
        <source>“{name}” is not a table. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation>“{name}” is geen tabel. Vraag de coördinator om de ledenlijst als Excel-bestand (.xlsx) of CSV.</translation>
    </message>
    <message>
        <source>“{name}” is not a table: it is {what}. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation>“{name}” is geen tabel maar {what}. Vraag de coördinator om de ledenlijst als Excel-bestand (.xlsx) of CSV.</translation>
    </message>
    <message>
        <source>“{name}” is {what} and cannot be imported as it is. Open it in Excel, save it as .xlsx (Excel Workbook) or CSV, and import that file.</source>
        <translation>“{name}” is {what} en kan niet zo worden geïmporteerd. Open het in Excel, bewaar het als .xlsx (Excel-werkmap) of CSV en importeer dat bestand.</translation>
    </message>
    <message>
        <source>“{name}” is password-protected. Save it without a password in Excel and import it again.</source>
        <translation>“{name}” is beveiligd met een wachtwoord. Bewaar het zonder wachtwoord in Excel en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>“{name}” looks like an Excel file but cannot be read; it may be damaged. Open it in Excel, save it again as .xlsx and import it again.</source>
        <translation>“{name}” lijkt een Excel-bestand maar kan niet worden gelezen; het is misschien beschadigd. Open het in Excel, bewaar het opnieuw als .xlsx en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>No member list found in “{name}”: no header row (such as Name, Street, Phone) was found. Check that the list is in the file, with one member per row, and import it again.</source>
        <translation>Geen ledenlijst gevonden in “{name}”: er is geen kopregel (zoals Naam, Straat, Telefoon) gevonden. Controleer of de lijst in het bestand staat, met één lid per rij, en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>No member list found in “{name}”: row {row} looks like a header, but no members follow it. Check that the file is the complete list and import it again.</source>
        <translation>Geen ledenlijst gevonden in “{name}”: rij {row} lijkt een kopregel, maar er volgen geen leden. Controleer of het bestand de volledige lijst is en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>een pdf-document</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>een PNG-afbeelding</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>een JPEG-afbeelding</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>een GIF-afbeelding</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>een TIFF-afbeelding</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>een RAR-archief</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>een 7-Zip-archief</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>een gzip-archief</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>een RTF-document</translation>
    </message>
    <message>
        <source>a photo or video</source>
        <translation>een foto of video</translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb)</source>
        <translation>een binaire Excel-werkmap (.xlsb)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (LibreOffice)</source>
        <translation>een OpenDocument-rekenblad (LibreOffice)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>een Word-document</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>een ZIP-archief</translation>
    </message>
    <message>
        <source>in the old Excel format (.xls)</source>
        <translation>in het oude Excel-formaat (.xls)</translation>
    </message>
    <message>
        <source>a document in an old Office format</source>
        <translation>een document in een oud Office-formaat</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows; that is not one BIN&apos;s member list. Split it per BIN and import the parts.</source>
        <translation>“{name}” heeft meer dan {limit} rijen; dat is niet de ledenlijst van één BIN. Splits ze per BIN en importeer de delen.</translation>
    </message>
    <message>
        <source>Row {row} of “{name}” uses more than {limit} columns. A member list needs only a few: delete the extra columns and import it again.</source>
        <translation>Rij {row} van “{name}” gebruikt meer dan {limit} kolommen. Een ledenlijst heeft er maar enkele nodig: verwijder de overbodige kolommen en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>a web page or XML file</source>
        <translation>een webpagina of XML-bestand</translation>
    </message>
    <message>
        <source>“{name}” cannot be read from line {line} on: a quote (&quot;) opened there is never closed. Correct that line, or open the file in Excel, save it again as CSV and import it again.</source>
        <translation>“{name}” kan vanaf regel {line} niet worden gelezen: een aanhalingsteken (&quot;) dat daar geopend wordt, wordt nooit gesloten. Verbeter die regel, of open het bestand in Excel, bewaar het opnieuw als CSV en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet “{sheet}”. Choose one of: {sheets}.</source>
        <translation>“{name}” heeft geen werkblad “{sheet}”. Kies een van: {sheets}.</translation>
    </message>
    <message>
        <source>The row has no name: fill in the name, or the first and last name.</source>
        <translation>De rij heeft geen naam: vul de naam in, of de voor- en achternaam.</translation>
    </message>
    <message>
        <source>{number} is a fixed line: the member gets voice messages but no SMS.</source>
        <translation>{number} is een vaste lijn: het lid krijgt spraakberichten maar geen sms&apos;en.</translation>
    </message>
    <message>
        <source>{number} is not a mobile number: the member gets voice messages but no SMS.</source>
        <translation>{number} is geen gsm-nummer: het lid krijgt spraakberichten maar geen sms&apos;en.</translation>
    </message>
    <message>
        <source>The row has neither a usable phone number nor an e-mail address.</source>
        <translation>De rij heeft geen bruikbaar telefoonnummer en geen e-mailadres.</translation>
    </message>
    <message>
        <source>The row has no street.</source>
        <translation>De rij heeft geen straat.</translation>
    </message>
    <message>
        <source>&apos;{street}&apos; is not one of this network&apos;s streets.</source>
        <translation>&apos;{street}&apos; is geen straat van dit netwerk.</translation>
    </message>
    <message>
        <source>Postcode {postcode} is outside this network&apos;s area ({postcodes}).</source>
        <translation>Postcode {postcode} ligt buiten het gebied van dit netwerk ({postcodes}).</translation>
    </message>
    <message>
        <source>No consent recorded: a date or yes is needed.</source>
        <translation>Geen toestemming geregistreerd: een datum of ja is nodig.</translation>
    </message>
    <message>
        <source>The member did not give consent (&apos;{value}&apos;).</source>
        <translation>Het lid gaf geen toestemming (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as consent: use a date (dd/mm/yyyy) or yes/no.</source>
        <translation>&apos;{value}&apos; wordt niet begrepen als toestemming: gebruik een datum (dd/mm/jjjj) of ja/nee.</translation>
    </message>
    <message>
        <source>The consent date {date} lies in the future.</source>
        <translation>De datum van de toestemming, {date}, ligt in de toekomst.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as a language: {default} is used.</source>
        <translation>&apos;{value}&apos; wordt niet begrepen als taal: {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>Same phone number as member {member}.</source>
        <translation>Hetzelfde telefoonnummer als lid {member}.</translation>
    </message>
    <message>
        <source>Same e-mail address as member {member}.</source>
        <translation>Hetzelfde e-mailadres als lid {member}.</translation>
    </message>
    <message>
        <source>Same name and address as member {member}.</source>
        <translation>Dezelfde naam en hetzelfde adres als lid {member}.</translation>
    </message>
    <message>
        <source>Same phone number as row {row} ({name}).</source>
        <translation>Hetzelfde telefoonnummer als rij {row} ({name}).</translation>
    </message>
    <message>
        <source>Same e-mail address as row {row} ({name}).</source>
        <translation>Hetzelfde e-mailadres als rij {row} ({name}).</translation>
    </message>
    <message>
        <source>Same name and address as row {row} ({name}).</source>
        <translation>Dezelfde naam en hetzelfde adres als rij {row} ({name}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it contains spaces.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres: er staan spaties in.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it needs exactly one @.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres: er moet precies één @ in staan.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it is too long.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres: het is te lang.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part before the @ is not valid.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres: het deel voor de @ is ongeldig.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ needs a dot (as in telenet.be).</source>
        <translation>&apos;{value}&apos; is geen e-mailadres: het deel na de @ moet een punt bevatten (zoals in telenet.be).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ is not a domain.</source>
        <translation>&apos;{value}&apos; is geen e-mailadres: het deel na de @ is geen domein.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; holds several e-mail addresses: keep one.</source>
        <translation>&apos;{value}&apos; bevat meerdere e-mailadressen: hou er één.</translation>
    </message>
    <message>
        <source>Unknown sanction step {step}.</source>
        <translation>Onbekende sanctiestap {step}.</translation>
    </message>
    <message>
        <source>A sanction needs its reason.</source>
        <translation>Een sanctie moet gemotiveerd worden.</translation>
    </message>
    <message>
        <source>A written reprimand is given by the korpschef.</source>
        <translation>Een schriftelijke berisping wordt gegeven door de korpschef.</translation>
    </message>
    <message>
        <source>A temporary exclusion needs an end date after the decision.</source>
        <translation>Een tijdelijke uitsluiting heeft een einddatum na de beslissing nodig.</translation>
    </message>
    <message>
        <source>A definitive exclusion is countersigned by the korpschef.</source>
        <translation>Een definitieve uitsluiting wordt medeondertekend door de korpschef.</translation>
    </message>
    <message>
        <source>There is no decision to appeal against.</source>
        <translation>Er is geen beslissing waartegen beroep kan worden aangetekend.</translation>
    </message>
    <message>
        <source>The appeal period ended on {date} (three weeks after the decision).</source>
        <translation>De beroepstermijn liep af op {date} (drie weken na de beslissing).</translation>
    </message>
    <message>
        <source>Choose at least one network.</source>
        <translation>Kies minstens één netwerk.</translation>
    </message>
    <message>
        <source>The title or e-mail subject &quot;{part}&quot; contains personal data ({code}).</source>
        <translation>De titel of het e-mailonderwerp &quot;{part}&quot; bevat persoonsgegevens ({code}).</translation>
    </message>
    <message>
        <source>Remove it from the title and the subject.</source>
        <translation>Haal het uit de titel en het onderwerp.</translation>
    </message>
    <message>
        <source>Unknown category {category}.</source>
        <translation>Onbekende categorie {category}.</translation>
    </message>
    <message>
        <source>Urgency is urgent or normal.</source>
        <translation>De dringendheid is dringend of normaal.</translation>
    </message>
    <message>
        <source>A message needs a text.</source>
        <translation>Een bericht heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>Unknown channel(s): {channels}.</source>
        <translation>Onbekend(e) kana(a)l(en): {channels}.</translation>
    </message>
    <message>
        <source>{networks} cannot receive messages in their current state (not official or active).</source>
        <translation>{networks} kan of kunnen in de huidige fase geen berichten ontvangen (niet officieel of actief).</translation>
    </message>
    <message>
        <source>No message with id {id}.</source>
        <extracomment>queued deliveries the round left alone: their message was withheld by the message filter (another device holds it) or the gateway is in test mode. Over several rounds (dispatch_until_empty) it is the last round&apos;s count. Called with the ids of the messages that have due deliveries; returns those this device may send now (the sync&apos;s hub claim). Deliveries of the others are left queued, reported waiting. A status query per delivery is a request to the provider: at most this many batches&apos; worth of submitted deliveries are asked about per round (unknown ones always come first). Printed before every exercise text (members&apos; language; GSM-7 safe for SMS).
----------
What one SMS segment costs (the price the composer&apos;s audience check uses). Deliveries that reached the provider and are charged for. States that need no more work from the dispatcher. Failed deliveries listed for follow-up (the counts cover them all).</extracomment>
        <translation>Geen bericht met id {id}.</translation>
    </message>
    <message>
        <source>Only an approved message can be sent (this one is {status}).</source>
        <translation>Alleen een goedgekeurd bericht kan verstuurd worden (dit bericht is {status}).</translation>
    </message>
    <message>
        <source>Only a draft message can be approved (this one is {status}).</source>
        <translation>Alleen een ontwerp kan goedgekeurd worden (dit bericht heeft status {status}).</translation>
    </message>
    <message>
        <source>Four eyes: another operator must approve a message you wrote.</source>
        <translation>Vier ogen: een andere gebruiker moet een bericht goedkeuren dat u schreef.</translation>
    </message>
    <message>
        <source>The message has blocking findings. Fix them, or ask the korpschef to override them with a reason.</source>
        <translation>Het bericht heeft blokkerende bevindingen. Los ze op, of vraag de korpschef om ze met een reden te negeren.</translation>
    </message>
    <message>
        <source>Overriding blocking findings needs a reason.</source>
        <translation>Blokkerende bevindingen negeren vraagt een reden.</translation>
    </message>
    <message>
        <source>Only a draft can be changed (this message is {status}).</source>
        <translation>Enkel een ontwerp kan gewijzigd worden (dit bericht is {status}).</translation>
    </message>
    <message>
        <source>A sent message is withdrawn with a cancellation, not discarded.</source>
        <translation>Een verstuurd bericht trek je in met een annulering, niet door het te verwerpen.</translation>
    </message>
    <message>
        <source>A follow-up is an update or a cancellation.</source>
        <translation>Een opvolging is een update of een intrekking.</translation>
    </message>
    <message>
        <source>No national register or BIS number (checked with its checksum).</source>
        <translation>Geen rijksregister- of BIS-nummer (gecontroleerd met het controlegetal).</translation>
    </message>
    <message>
        <source>{value} is a national register or BIS number: personal data that a message must never contain.</source>
        <translation>{value} is een rijksregister- of BIS-nummer: persoonsgegevens die nooit in een bericht mogen staan.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Verwijder het.</translation>
    </message>
    <message>
        <source>No bank account number (IBAN, checked with its checksum).</source>
        <translation>Geen rekeningnummer (IBAN, gecontroleerd met het controlegetal).</translation>
    </message>
    <message>
        <source>{value} is a bank account number: personal data that a message must never contain.</source>
        <translation>{value} is een rekeningnummer: persoonsgegevens die nooit in een bericht mogen staan.</translation>
    </message>
    <message>
        <source>Remove it. To warn about fraud, describe the scheme, not the account.</source>
        <translation>Verwijder het. Om voor fraude te waarschuwen, beschrijf de werkwijze, niet de rekening.</translation>
    </message>
    <message>
        <source>No e-mail address (the police&apos;s own addresses excepted).</source>
        <translation>Geen e-mailadres (behalve die van de politie zelf).</translation>
    </message>
    <message>
        <source>{value} is an e-mail address: personal data that a message must never contain.</source>
        <translation>{value} is een e-mailadres: persoonsgegevens die nooit in een bericht mogen staan.</translation>
    </message>
    <message>
        <source>No phone number other than the zone&apos;s own, emergency and service numbers.</source>
        <translation>Geen telefoonnummer behalve dat van de zone zelf en nood- en dienstnummers.</translation>
    </message>
    <message>
        <source>{value} is a phone number: a message may only give the zone&apos;s own, emergency and service numbers.</source>
        <translation>{value} is een telefoonnummer: een bericht mag enkel het nummer van de zone en nood- en dienstnummers vermelden.</translation>
    </message>
    <message>
        <source>Remove it, or give the zone&apos;s general number.</source>
        <translation>Verwijder het, of geef het algemene nummer van de zone.</translation>
    </message>
    <message>
        <source>No readable Belgian number plate.</source>
        <translation>Geen leesbare Belgische nummerplaat.</translation>
    </message>
    <message>
        <source>{value} looks like a number plate: a message must not make a vehicle (and so its owner) identifiable.</source>
        <translation>{value} lijkt op een nummerplaat: een bericht mag een voertuig (en dus de eigenaar) niet identificeerbaar maken.</translation>
    </message>
    <message>
        <source>Describe the vehicle (make, colour) without its plate.</source>
        <translation>Beschrijf het voertuig (merk, kleur) zonder nummerplaat.</translation>
    </message>
    <message>
        <source>No person&apos;s name (a title or a first name with a surname).</source>
        <translation>Geen naam van een persoon (een aanspreking of een voornaam met familienaam).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like a person&apos;s name: a message must not name victims, suspects or witnesses.</source>
        <translation>&quot;{value}&quot; lijkt op de naam van een persoon: een bericht mag geen slachtoffers, verdachten of getuigen noemen.</translation>
    </message>
    <message>
        <source>Write &quot;a resident&quot;, &quot;a man&quot; … instead.</source>
        <translation>Schrijf in de plaats &quot;een bewoner&quot;, &quot;een man&quot; …</translation>
    </message>
    <message>
        <source>No address (a street with a house number).</source>
        <translation>Geen adres (een straat met huisnummer).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like an address: a message must not point to a victim&apos;s or a suspect&apos;s home.</source>
        <translation>&quot;{value}&quot; lijkt op een adres: een bericht mag niet naar de woning van een slachtoffer of verdachte wijzen.</translation>
    </message>
    <message>
        <source>Give the street or the neighbourhood without the house number.</source>
        <translation>Geef de straat of de wijk zonder huisnummer.</translation>
    </message>
    <message>
        <source>A non-urgent message sent at {time}, between {night_from} and {night_until}: members dislike night messages that can wait.</source>
        <translation>Een niet-dringend bericht verzonden om {time}, tussen {night_from} en {night_until}: leden houden niet van nachtelijke berichten die kunnen wachten.</translation>
    </message>
    <message>
        <source>The category is one every target network&apos;s charter agreed to.</source>
        <translation>De categorie is er een die het charter van elk doelnetwerk aanvaardde.</translation>
    </message>
    <message>
        <source>The charters of the target networks do not allow messages of category {category}.</source>
        <translation>De charters van de doelnetwerken laten geen berichten van de categorie {category} toe.</translation>
    </message>
    <message>
        <source>Choose an agreed category, or leave out the networks that did not agree to it.</source>
        <translation>Kies een aanvaarde categorie, of laat de netwerken weg die ze niet aanvaardden.</translation>
    </message>
    <message>
        <source>What the message is about happened recently enough to be useful.</source>
        <translation>Waar het bericht over gaat, gebeurde recent genoeg om nuttig te zijn.</translation>
    </message>
    <message>
        <source>The incident happened {hours} hours before sending, more than the {limit} hours after which a message is no longer timely.</source>
        <translation>Het incident gebeurde {hours} uur voor de verzending, meer dan de {limit} uur waarna een bericht niet meer actueel is.</translation>
    </message>
    <message>
        <source>Send it as a preventive tip or a feedback message instead.</source>
        <translation>Stuur het in de plaats als preventietip of terugkoppeling.</translation>
    </message>
    <message>
        <source>The text gives preventive advice or a call to action (e.g. &quot;call 112&quot;).</source>
        <translation>De tekst geeft preventieadvies of een oproep tot actie (bv. &quot;bel 112&quot;).</translation>
    </message>
    <message>
        <source>The text gives no preventive advice or call to action.</source>
        <translation>De tekst geeft geen preventieadvies of oproep tot actie.</translation>
    </message>
    <message>
        <source>Tell members what they can do: e.g. &quot;Close windows and doors&quot;, &quot;See something suspicious? Call 112.&quot;</source>
        <translation>Zeg de leden wat ze kunnen doen: bv. &quot;Sluit ramen en deuren&quot;, &quot;Iets verdachts gezien? Bel 112.&quot;</translation>
    </message>
    <message>
        <source>A non-urgent message is not sent at night.</source>
        <translation>Een niet-dringend bericht wordt niet &apos;s nachts verzonden.</translation>
    </message>
    <message>
        <source>Schedule it for the morning.</source>
        <translation>Plan het voor de ochtend.</translation>
    </message>
    <message>
        <source>No similar message of the same category went out recently.</source>
        <translation>Er ging onlangs geen gelijkaardig bericht van dezelfde categorie uit.</translation>
    </message>
    <message>
        <source>A similar message ({similarity} % alike) of the same category went out on {sent_at}.</source>
        <translation>Een gelijkaardig bericht ({similarity} % gelijk) van dezelfde categorie ging uit op {sent_at}.</translation>
    </message>
    <message>
        <source>Send an update of that message instead, or leave it out.</source>
        <translation>Stuur in de plaats een update van dat bericht, of laat het weg.</translation>
    </message>
    <message>
        <source>No call to patrol, pursue, confront or apprehend anyone (advice not to passes).</source>
        <translation>Geen oproep om te patrouilleren, iemand te achtervolgen, aan te spreken of te vatten (advies om dat niet te doen is goed).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to act against suspects themselves: a BIN never patrols, pursues or intervenes.</source>
        <translation>&quot;{value}&quot; vraagt de leden zelf op te treden tegen verdachten: een BIN patrouilleert, achtervolgt of grijpt nooit in.</translation>
    </message>
    <message>
        <source>Ask members to stay at a distance, observe and call 112.</source>
        <translation>Vraag de leden afstand te houden, te observeren en 112 te bellen.</translation>
    </message>
    <message>
        <source>No description of people by origin, nationality, ethnicity, religion or skin colour.</source>
        <translation>Geen beschrijving van mensen naar afkomst, nationaliteit, etniciteit, godsdienst of huidskleur.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; describes people by origin, nationality, religion or skin colour (anti-discrimination law of 10 May 2007).</source>
        <translation>&quot;{value}&quot; beschrijft mensen naar afkomst, nationaliteit, godsdienst of huidskleur (antidiscriminatiewet van 10 mei 2007).</translation>
    </message>
    <message>
        <source>Describe what can be observed and matters: clothing, build, height, vehicle, behaviour.</source>
        <translation>Beschrijf wat zichtbaar is en ertoe doet: kledij, postuur, lengte, voertuig, gedrag.</translation>
    </message>
    <message>
        <source>No request to report on neighbours&apos; private lives (a BIN is no snitch line).</source>
        <translation>Geen vraag om het privéleven van buren te melden (een BIN is geen kliklijn).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to report on their neighbours&apos; private lives: a BIN is no snitch line.</source>
        <translation>&quot;{value}&quot; vraagt de leden het privéleven van hun buren te melden: een BIN is geen kliklijn.</translation>
    </message>
    <message>
        <source>Ask only for observations about the incident: suspicious behaviour, vehicles, times.</source>
        <translation>Vraag alleen waarnemingen over het incident: verdacht gedrag, voertuigen, tijdstippen.</translation>
    </message>
    <message>
        <source>No HTML tags or entities (members see them as typed).</source>
        <translation>Geen HTML-tags of -entiteiten (leden zien ze zoals getypt).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is HTML: SMS, voice and plain e-mail show it as is.</source>
        <translation>&quot;{value}&quot; is HTML: sms, spraakbericht en gewone e-mail tonen het zoals het is.</translation>
    </message>
    <message>
        <source>Remove it and write plain text.</source>
        <translation>Verwijder het en schrijf gewone tekst.</translation>
    </message>
    <message>
        <source>No long runs of capitals (acronyms such as BIN, PLP or SMS excepted).</source>
        <translation>Geen lange stukken in hoofdletters (afkortingen zoals BIN, PLP of SMS uitgezonderd).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is written in capitals: it reads as shouting and is harder to read.</source>
        <translation>&quot;{value}&quot; staat in hoofdletters: dat leest als roepen en is moeilijker leesbaar.</translation>
    </message>
    <message>
        <source>Write it in normal case; put the key point first instead.</source>
        <translation>Schrijf het in gewone letters; zet in de plaats het belangrijkste eerst.</translation>
    </message>
    <message>
        <source>No alarmist wording (&quot;PANIEK&quot;, &quot;!!!&quot;, &quot;levensgevaarlijk&quot;, &quot;terreur&quot;).</source>
        <translation>Geen alarmerende bewoordingen (&quot;PANIEK&quot;, &quot;!!!&quot;, &quot;levensgevaarlijk&quot;, &quot;terreur&quot;).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is alarmist: it frightens rather than informs.</source>
        <translation>&quot;{value}&quot; is alarmerend: het maakt eerder bang dan dat het informeert.</translation>
    </message>
    <message>
        <source>State the facts calmly and say what members can do.</source>
        <translation>Geef de feiten rustig weer en zeg wat de leden kunnen doen.</translation>
    </message>
    <message>
        <source>The message has a text.</source>
        <translation>Het bericht heeft een tekst.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Het bericht heeft geen tekst.</translation>
    </message>
    <message>
        <source>The text is written in its declared language, one of the networks&apos; languages.</source>
        <translation>De tekst is geschreven in de opgegeven taal, een van de talen van de netwerken.</translation>
    </message>
    <message>
        <source>The target networks do not use {language} (they use {languages}).</source>
        <translation>De gekozen netwerken gebruiken geen {language} (wel {languages}).</translation>
    </message>
    <message>
        <source>Write the text in the networks&apos; languages.</source>
        <translation>Schrijf de tekst in de talen van de netwerken.</translation>
    </message>
    <message>
        <source>This text seems to be in {detected}, not in {language}.</source>
        <translation>Deze tekst lijkt in {detected} geschreven, niet in {language}.</translation>
    </message>
    <message>
        <source>Put the text under its own language, or translate it.</source>
        <translation>Zet de tekst onder zijn eigen taal, of vertaal hem.</translation>
    </message>
    <message>
        <source>Every language of the target networks has a text.</source>
        <translation>Elke taal van de doelnetwerken heeft een tekst.</translation>
    </message>
    <message>
        <source>The text in {language} is missing: the networks use it.</source>
        <translation>De {language}-tekst ontbreekt: de netwerken gebruiken die taal.</translation>
    </message>
    <message>
        <source>Write the {language} version before sending.</source>
        <translation>Schrijf de {language}-versie voor u verzendt.</translation>
    </message>
    <message>
        <source>The SMS text uses only GSM characters (one other character makes every segment 70 characters instead of 160).</source>
        <translation>De sms-tekst gebruikt alleen GSM-tekens (één ander teken maakt elk segment 70 tekens in plaats van 160).</translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment) and has no GSM equivalent.</source>
        <translation>&quot;{character}&quot; maakt van de sms UCS-2 (70 tekens per segment) en heeft geen GSM-equivalent.</translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment): write &quot;{replacement}&quot; instead.</source>
        <translation>&quot;{character}&quot; maakt van de sms UCS-2 (70 tekens per segment): schrijf in de plaats &quot;{replacement}&quot;.</translation>
    </message>
    <message>
        <source>An SMS message stays within the zone&apos;s maximum number of segments.</source>
        <translation>Een sms blijft binnen het maximumaantal segmenten van de zone.</translation>
    </message>
    <message>
        <source>Replace the special characters: in GSM characters it takes {safe_segments} segments.</source>
        <translation>Vervang de speciale tekens: in GSM-tekens neemt het {safe_segments} segmenten in.</translation>
    </message>
    <message>
        <source>Shorten the text, or send the details by e-mail.</source>
        <translation>Kort de tekst in, of stuur de details per e-mail.</translation>
    </message>
    <message>
        <source>The SMS takes {segments} segments ({characters} characters, {encoding}); the zone allows {max}.</source>
        <translation>De sms neemt {segments} segmenten in ({characters} tekens, {encoding}); de zone laat er {max} toe.</translation>
    </message>
    <message>
        <source>A voice message can be listened to within the zone&apos;s maximum length.</source>
        <translation>Een spraakbericht kan beluisterd worden binnen de maximumduur van de zone.</translation>
    </message>
    <message>
        <source>Read aloud, the message takes about {seconds} seconds; more than {max} seconds loses the listener.</source>
        <translation>Voorgelezen duurt het bericht ongeveer {seconds} seconden; na meer dan {max} seconden haakt de luisteraar af.</translation>
    </message>
    <message>
        <source>Keep the voice message to the essentials and the advice.</source>
        <translation>Beperk het spraakbericht tot het essentiële en het advies.</translation>
    </message>
    <message>
        <source>An e-mail has a subject.</source>
        <translation>Een e-mail heeft een onderwerp.</translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>De e-mail heeft geen onderwerp.</translation>
    </message>
    <message>
        <source>Give it a short subject that says what and where, e.g. &quot;Burglaries in the Kerkwijk&quot;.</source>
        <translation>Geef ze een kort onderwerp dat zegt wat en waar, bv. &quot;Inbraken in de Kerkwijk&quot;.</translation>
    </message>
    <message>
        <source>Every active member can be reached on the message&apos;s channels.</source>
        <translation>Elk actief lid is bereikbaar via de kanalen van het bericht.</translation>
    </message>
    <message>
        <source>{count} active member(s) have no phone number or e-mail address for the channels of this message and will not receive it.</source>
        <translation>{count} actieve leden hebben geen telefoonnummer of e-mailadres voor de kanalen van dit bericht en zullen het niet ontvangen.</translation>
    </message>
    <message>
        <source>Add a channel, or ask the coordinator to pass the message on.</source>
        <translation>Voeg een kanaal toe, of vraag de coördinator het bericht door te geven.</translation>
    </message>
    <message>
        <source>The provider refused the credentials of gateway {gateway}: check the token in Settings → Gateways.</source>
        <extracomment>the message as CAP 1.2 XML, filled only for gateways that file it (`wants_cap`)</extracomment>
        <translation>De provider weigerde de inloggegevens van gateway {gateway}: controleer het token in Instellingen → Gateways.</translation>
    </message>
    <message>
        <source>No gateway is configured: add one with &apos;bin-desktop gateway add&apos;.</source>
        <translation>Er is geen gateway ingesteld: voeg er een toe met &apos;bin-desktop gateway add&apos;.</translation>
    </message>
    <message>
        <source>Gateway {name} needs a secret (token or password) and none is set: store it with &apos;bin-desktop gateway secret {name}&apos; (read from standard input).</source>
        <translation>Gateway {name} heeft een geheim nodig (token of wachtwoord) en er is er geen ingesteld: bewaar het met &apos;bin-desktop gateway secret {name}&apos; (gelezen van de standaardinvoer).</translation>
    </message>
    <message>
        <source>Gateway name {name!r} is not usable: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Gatewaynaam {name!r} is niet bruikbaar: 1 tot 64 letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, beginnend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>Unknown gateway type {type}: use one of {types}.</source>
        <translation>Onbekend gatewaytype {type}: gebruik een van {types}.</translation>
    </message>
    <message>
        <source>A gateway needs a --url.</source>
        <translation>Een gateway heeft een --url nodig.</translation>
    </message>
    <message>
        <source>An outbox gateway&apos;s URL is a folder path, not {url}.</source>
        <translation>De URL van een outbox-gateway is een mappad, niet {url}.</translation>
    </message>
    <message>
        <source>The port in {url} is not a number.</source>
        <translation>De poort in {url} is geen getal.</translation>
    </message>
    <message>
        <source>Do not put a password in the gateway URL: store it with &apos;bin-desktop gateway secret NAME&apos; so it stays in the keyring.</source>
        <translation>Zet geen wachtwoord in de URL van de gateway: bewaar het met &apos;bin-desktop gateway secret NAME&apos;, zodat het in de sleutelhanger blijft.</translation>
    </message>
    <message>
        <source>An {type} gateway needs an http:// or https:// URL, not {url}.</source>
        <translation>Een {type}-gateway heeft een http://- of https://-URL nodig, niet {url}.</translation>
    </message>
    <message>
        <source>An {type} URL carries no user name: the token goes in the keyring.</source>
        <translation>Een {type}-URL bevat geen gebruikersnaam: het token gaat in de sleutelhanger.</translation>
    </message>
    <message>
        <source>--security applies to smtp gateways only.</source>
        <translation>--security geldt alleen voor smtp-gateways.</translation>
    </message>
    <message>
        <source>An smtp gateway needs an smtp://[user@]host[:port] or smtps:// URL, not {url}.</source>
        <translation>Een smtp-gateway heeft een smtp://[user@]host[:port]- of smtps://-URL nodig, niet {url}.</translation>
    </message>
    <message>
        <source>Unknown SMTP security {security}: use one of {choices}.</source>
        <translation>Onbekende SMTP-beveiliging {security}: gebruik een van {choices}.</translation>
    </message>
    <message>
        <source>An smtps:// URL always uses ssl.</source>
        <translation>Een smtps://-URL gebruikt altijd ssl.</translation>
    </message>
    <message>
        <source>Gateway channels must be one or more of sms, voice, email (got {got}).</source>
        <translation>De kanalen van een gateway moeten een of meer zijn van sms, voice, email (gekregen: {got}).</translation>
    </message>
    <message>
        <source>An smtp gateway sends e-mail only.</source>
        <translation>Een smtp-gateway verstuurt alleen e-mail.</translation>
    </message>
    <message>
        <source>A cm gateway sends sms and voice only.</source>
        <translation>Een cm-gateway verstuurt alleen sms en spraak.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and {max}.</source>
        <translation>De batchgrootte moet tussen 1 en {max} liggen.</translation>
    </message>
    <message>
        <source>The rate must be more than 0 and at most {max} per second.</source>
        <translation>De snelheid moet groter zijn dan 0 en hoogstens {max} per seconde.</translation>
    </message>
    <message>
        <source>The sender must be one line of at most 254 characters.</source>
        <translation>De afzender moet één regel van hoogstens 254 tekens zijn.</translation>
    </message>
    <message>
        <source>A gateway named {name} already exists: change it with update or remove it first.</source>
        <translation>Er bestaat al een gateway met de naam {name}: wijzig hem met update of verwijder hem eerst.</translation>
    </message>
    <message>
        <source>Unknown gateway setting(s): {fields}.</source>
        <translation>Onbekende gatewayinstelling(en): {fields}.</translation>
    </message>
    <message>
        <source>No gateway named {name}.</source>
        <translation>Geen gateway met de naam {name}.</translation>
    </message>
    <message>
        <source>Gateway {name} does not send {channel}, so it cannot reach {what}.</source>
        <translation>Gateway {name} verstuurt geen {channel} en kan {what} dus niet bereiken.</translation>
    </message>
    <message>
        <source>A test SMS or call needs a number in international form, e.g. +32470123456.</source>
        <translation>Een test-sms of testoproep heeft een nummer in internationale vorm nodig, bv. +32470123456.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so BIN Desk cannot keep gateway secrets. On Linux install and unlock gnome-keyring, or KeePassXC with Secret Service enabled, or run BIN Desk inside a desktop session. Secrets are never written to a file instead.</source>
        <translation>Er is geen beveiligde sleutelhanger beschikbaar op deze computer, dus BIN Desk kan geen geheimen van gateways bewaren. Installeer en ontgrendel op Linux gnome-keyring, of KeePassXC met Secret Service ingeschakeld, of start BIN Desk in een desktopsessie. Geheimen worden nooit in de plaats daarvan naar een bestand geschreven.</translation>
    </message>
    <message>
        <source>No secret is set for gateway {name}: enter it in Settings → Gateways.</source>
        <translation>Er is geen geheim ingesteld voor gateway {name}: vul het in via Instellingen → Gateways.</translation>
    </message>
    <message>
        <source>No gateway is configured: an administrator adds one in Settings → Gateways.</source>
        <extracomment>with a zone hub, the hub&apos;s dispatch claims (sync.claims): one device per message</extracomment>
        <translation>Er is geen gateway ingesteld: een beheerder voegt er een toe via Instellingen → Gateways.</translation>
    </message>
    <message>
        <source>No conflict with id {id}.</source>
        <extracomment>what an operator may settle, by entity (the permission to edit that kind of row)</extracomment>
        <translation>Geen conflict met id {id}.</translation>
    </message>
    <message>
        <source>The {entity} was deleted; a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation>Het item ({entity}) werd verwijderd; een verwijderde rij kan de andere waarde niet krijgen. Maak het opnieuw aan als het nog nodig is.</translation>
    </message>
    <message>
        <source>No hub is configured for this computer: give one with --hub URL or in Settings → Synchronisation.</source>
        <extracomment>a local clock this far from the hub&apos;s is reported to the user this computer&apos;s clock minus the hub&apos;s, in ms (positive: this one is ahead)</extracomment>
        <translation>Er is geen hub ingesteld voor deze computer: geef er een op met --hub URL of via Instellingen → Synchronisatie.</translation>
    </message>
    <message>
        <source>This computer&apos;s data folder could not be written during the sync ({reason}). Free some disk space and sync again: nothing was lost, the sync goes on from its last complete step.</source>
        <translation>De gegevensmap van deze computer kon tijdens de synchronisatie niet beschreven worden ({reason}). Maak schijfruimte vrij en synchroniseer opnieuw: er ging niets verloren, de synchronisatie gaat verder vanaf haar laatste volledige stap.</translation>
    </message>
    <message>
        <source>The connection to the hub {url} was lost ({reason}). Nothing is lost: the next sync goes on from where this one stopped.</source>
        <translation>De verbinding met de hub {url} werd verbroken ({reason}). Er gaat niets verloren: de volgende synchronisatie gaat verder waar deze gestopt is.</translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s ahead of the hub&apos;s: correct the date and time.</source>
        <translation>De klok van deze computer loopt {seconds} s voor op die van de hub: corrigeer de datum en het uur.</translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s behind the hub&apos;s: correct the date and time.</source>
        <translation>De klok van deze computer loopt {seconds} s achter op die van de hub: corrigeer de datum en het uur.</translation>
    </message>
    <message>
        <source>The zone hub is used by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update before syncing; your changes stay on this computer until then.</source>
        <translation>De hub van de zone wordt gebruikt door een nieuwere BIN Desk (gegevensversie {hub}, deze heeft {mine}). Installeer de update voor u synchroniseert; uw wijzigingen blijven tot dan op deze computer.</translation>
    </message>
    <message>
        <source>This data folder is a copy or a restored backup of another BIN Desk ({reason}). It no longer syncs, so that nothing is merged blindly. Its data stays here: start BIN Desk on a new, empty data folder to get the zone from the hub again, and re-enter what is missing from this one (bin-desktop export --json shows it).</source>
        <translation>Deze gegevensmap is een kopie of een teruggezette back-up van een andere BIN Desk ({reason}). Ze synchroniseert niet meer, zodat er niets blind samengevoegd wordt. De gegevens blijven hier: start BIN Desk met een nieuwe, lege gegevensmap om de zone opnieuw van de hub te halen, en voer opnieuw in wat daar ontbreekt uit deze map (bin-desktop export --json toont het).</translation>
    </message>
    <message>
        <source>Changes made on this computer are stamped {minutes} minutes in the future of the hub: the clock of this computer is wrong. Correct the date and time; the changes stay here and go up at the next sync.</source>
        <translation>Wijzigingen op deze computer dragen een tijdstempel {minutes} minuten in de toekomst van de hub: de klok van deze computer is fout. Corrigeer de datum en het uur; de wijzigingen blijven hier en gaan bij de volgende synchronisatie naar de hub.</translation>
    </message>
    <message>
        <source>The hub refused changes stamped in its future: the clock of this computer is wrong. Correct it; nothing is lost.</source>
        <translation>De hub weigerde wijzigingen met een tijdstempel in zijn toekomst: de klok van deze computer is fout. Corrigeer ze; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>The zone hub holds changes made by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update; everything up to them was synced.</source>
        <translation>De hub van de zone bevat wijzigingen van een nieuwere BIN Desk (gegevensversie {hub}, deze heeft {mine}). Installeer de update; alles tot aan die wijzigingen is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>A change from the hub clashes with a value that must be unique on this computer ({reason}): probably the same personnel number, NIS code or gateway name was entered on two devices. Change it here and sync again; nothing was lost.</source>
        <translation>Een wijziging van de hub botst met een waarde die op deze computer uniek moet zijn ({reason}): waarschijnlijk werd hetzelfde stamnummer, dezelfde NIS-code of dezelfde gatewaynaam op twee toestellen ingevoerd. Wijzig ze hier en synchroniseer opnieuw; er ging niets verloren.</translation>
    </message>
    <message>
        <source>Pulled changes are stamped {minutes} minutes in the future of this computer: check its date and time.</source>
        <translation>Opgehaalde wijzigingen dragen een tijdstempel {minutes} minuten in de toekomst van deze computer: controleer de datum en het uur ervan.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid role name (letters, digits and _).</source>
        <extracomment>the device that held the claim before this one took it over (None: not taken over)</extracomment>
        <translation>&apos;{name}&apos; is geen geldige rolnaam (letters, cijfers en _).</translation>
    </message>
    <message>
        <source>{url} is already a BIN Desk hub; nothing was changed.</source>
        <translation>{url} is al een BIN Desk-hub; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL. Use postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH/hub.db.</source>
        <translation>&apos;{url}&apos; is geen databank-URL. Gebruik postgresql://USER@HOST:PORT/DATABASE of sqlite:///PATH/hub.db.</translation>
    </message>
    <message>
        <source>A hub is a PostgreSQL database or a SQLite file, not {backend}.</source>
        <translation>Een hub is een PostgreSQL-databank of een SQLite-bestand, niet {backend}.</translation>
    </message>
    <message>
        <source>The hub {url} cannot be reached ({reason}). Your changes are kept on this computer and go up at the next sync.</source>
        <translation>De hub {url} is niet bereikbaar ({reason}). Uw wijzigingen blijven bewaard op deze computer en gaan bij de volgende synchronisatie naar de hub.</translation>
    </message>
    <message>
        <source>There is no hub file at {path} (a network share not mounted?). Your changes are kept on this computer and go up at the next sync.</source>
        <extracomment>True when this device took the claim over from another device whose lease ran out</extracomment>
        <translation>Er is geen hubbestand op {path} (een netwerkschijf die niet gekoppeld is?). Uw wijzigingen blijven bewaard op deze computer en gaan bij de volgende synchronisatie naar de hub.</translation>
    </message>
    <message>
        <source>{url} is not a BIN Desk hub. Create it once with &apos;bin-desktop hub init URL&apos; (or ask the zone&apos;s DBA to run the SQL of &apos;hub init --print-sql&apos;).</source>
        <translation>{url} is geen BIN Desk-hub. Maak hem één keer aan met &apos;bin-desktop hub init URL&apos; (of vraag de DBA van de zone om de SQL van &apos;hub init --print-sql&apos; uit te voeren).</translation>
    </message>
    <message>
        <source>The hub {url} refused the connection: {reason}</source>
        <translation>De hub {url} weigerde de verbinding: {reason}</translation>
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
        <translation>{h} u {m:02d} min</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>One colour per delivery state, in the table&apos;s order (the chart and its legend use them).</extracomment>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
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
        <translation>Het bestand {name} kan niet gelezen of geschreven worden: {reason}</translation>
    </message>
</context>
<context>
    <name>gateways</name>
    <message>
        <source>SMTP e-mail server</source>
        <translation>E-mailserver (SMTP)</translation>
    </message>
    <message>
        <source>HTTP provider (JSON protocol)</source>
        <translation>HTTP-provider (JSON-protocol)</translation>
    </message>
    <message>
        <source>CM.com SMS and voice</source>
        <translation>CM.com sms en spraak</translation>
    </message>
    <message>
        <source>Folder outbox (files only)</source>
        <translation>Outbox in een map (alleen bestanden)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Citizens</source>
        <translation>Burgers</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>BIN-gemandateerde</translation>
    </message>
    <message>
        <source>Korpschef</source>
        <translation>Korpschef</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Burgemeester</translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation>Preventieambtenaar</translation>
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
        <source>Submitted to ADVP</source>
        <translation>Ingediend bij ADVP</translation>
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
        <source>Sent back</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Digital, in BIN Desk</source>
        <translation>Digitaal, in BIN Desk</translation>
    </message>
    <message>
        <source>Signed PDF received</source>
        <translation>Ondertekende pdf ontvangen</translation>
    </message>
    <message>
        <source>On paper (scan)</source>
        <translation>Op papier (scan)</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Op papier</translation>
    </message>
    <message>
        <source>Signed charter (PDF)</source>
        <translation>Ondertekend charter (pdf)</translation>
    </message>
    <message>
        <source>Scan of a signature on paper</source>
        <translation>Scan van een handtekening op papier</translation>
    </message>
    <message>
        <source>Letter to ADVP</source>
        <translation>Brief aan ADVP</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Melding aan ADVP</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wacht op beoordeling</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
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
        <source>Full name</source>
        <extracomment>What a column of a coordinator&apos;s list may hold (core&apos;s members.model.FIELDS).</extracomment>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Street (and number)</source>
        <translation>Straat (en nummer)</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Tweede telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Ready to approve</source>
        <translation>Klaar om goed te keuren</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>Telefoonnummer ongeldig</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Geen gsm-nummer</translation>
    </message>
    <message>
        <source>Foreign phone number</source>
        <translation>Buitenlands telefoonnummer</translation>
    </message>
    <message>
        <source>E-mail address not valid</source>
        <translation>E-mailadres ongeldig</translation>
    </message>
    <message>
        <source>Address outside the area</source>
        <translation>Adres buiten het gebied</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Geen straat</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Geen naam</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Geen toestemming</translation>
    </message>
    <message>
        <source>Twice in the list</source>
        <translation>Twee keer in de lijst</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Al lid</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Geen telefoon of e-mail</translation>
    </message>
    <message>
        <source>Language not understood</source>
        <translation>Taal niet begrepen</translation>
    </message>
    <message>
        <source>Cell cut short</source>
        <translation>Cel ingekort</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>{address} box {box}</source>
        <extracomment>Rows a page query brings. Core sorts the network&apos;s whole list for every page, so a page costs nearly the same for 100 or 1,000 rows: fewer, larger pages mean fewer waits. Pages kept in memory: a screenful needs one or two; the rest makes scrolling back cheap. Pages a reload after a change fetches again at once.</extracomment>
        <translation>{address} bus {box}</translation>
    </message>
    <message>
        <source>the member made of row {row} ({name})</source>
        <extracomment>Columns of the review queue and the list field each one corrects (fix_row). The column that holds the cell a finding is about (finding.field, or a duplicate&apos;s rule). Groups of one status in the order an officer works through them: who, how to reach them, where they live, consent; then what is only information.</extracomment>
        <translation>het lid gemaakt van rij {row} ({name})</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>EXERCISE</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokkeert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
</TS>
