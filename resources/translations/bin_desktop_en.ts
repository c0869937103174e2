<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Record ADVP approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the ADVP letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference on ADVP&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unsigned PDF of the selected version, in one of its languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unsigned PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new version of the charter, from the texts of the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signed PDF that came back, or a signature on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korpschef review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to ADVP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP confirmed the charter by letter: the network becomes official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ADVP approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ADVP approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP sent the charter back with remarks: the network drafts a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ADVP remarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the charter of this active network: a new version to sign and to notify to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell ADVP that this network was suspended, became inactive, merged or was dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to ADVP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the texts you edit; the charter is printed in every language of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the start date is agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In months; 0 for an indefinite period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality signs by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mayor signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &amp;mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prevention officer signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &amp;prevention officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ADVP would find missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, then list what ADVP would find missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze this version and ask every signatory to sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file with the program this computer uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>indefinite</source>
        <extracomment>The charter on screen is fresh (after opening, a save, a signature …). Missing items of the draft were listed (after &quot;Check for ADVP&quot; or a refused send).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter of {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: {state} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft version is edited; a sent version is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no charter yet. Draft one to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures are asked when the draft is sent for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature waiting {days} days or more (the zone&apos;s setting) is marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign your own field of this version with your certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has no field for you left to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the charter, tick ADVP&apos;s checklist, then sign or send it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party signed: make the letter to ADVP and mark the charter submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: ADVP checks that every section is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the charter of {network} are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP would find missing:
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: the draft can be sent for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} for signature? Its text is frozen: later changes need a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing:
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {signatory}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded:
{signatures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign version {version} of the charter of {network} as {signatory}: {name}. Fingerprint: {hash}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was saved as {path}. It is also kept with the charter&apos;s files. Send it to ADVP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP sends it back: the network drafts a new version that takes the remarks into account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP&apos;s &amp;remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of the charter of {network} is drafted from the current one; every party signs it again and ADVP is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changes, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartersModel</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charter yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Burglary wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle break-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;{headline}&quot;?

A cancellation with a standard text goes to the same networks ({networks}). It is saved as a draft that another operator approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message you are writing is not saved. Leave it and lose the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} (not agreed by every network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter of at least one chosen network does not allow this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: this message is an exercise, not a real alert. It stays marked as an exercise everywhere and goes out with the CAP status Exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update of &quot;{headline}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on &quot;{headline}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) chosen: {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Covered by: {networks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} covers it too but cannot receive messages now ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network covers &quot;{query}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {language} text with the template &quot;{template}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks run as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n finding(s) must be fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No blocking findings or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} (because of {characters})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS: {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cost {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voice: about %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: choose the target networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: loading the networks&apos; members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: {reached}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not reachable on these channels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held until their quiet hours end</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &quot;{old}&quot; with &quot;{new}&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply every GSM replacement (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not write messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one target network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the chosen networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the blocking findings, or save the message for the korpschef, who alone may override them (with a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operator approves the message after you save it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks block this message: only the korpschef may approve it, overriding them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not approve messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the findings, then approve: the message becomes ready to dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update of an earlier message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of an earlier message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft written by {author} on {date}: waiting for the approval of another operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}: ready to dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking findings overridden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for the korpschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks block this message. Only the korpschef may approve it, overriding the findings with a reason that is kept. Save it for the korpschef?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <source>Message composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of messages (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise: not a real message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise is marked as such everywhere and goes out with the CAP status Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a network or municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the target networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks that may receive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the networks the message is for. Only networks that are official or active are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Parklaan or 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a street or a postcode: the networks whose territory covers it are listed below, and Add ticks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the networks covering this street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the networks whose territory covers this street or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks covering the street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of information. Categories that a target network&apos;s charter did not agree to are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threat now: by SMS and/or voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information that can wait: by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as a voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What and where, in a few words (lists, CAP headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready text with preventive advice, in the language of the open tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the template&apos;s text in the open language tab (the category follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS and voice counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain: every rule that ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every rule of the check: what it looks at, what it found, and the rules the zone switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace only the selected finding&apos;s character with its GSM equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply every GSM replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every character that forces UCS-2 in this text by its GSM equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the buttons are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for the korpschef…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for the korpschef&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save despite blocking findings: only the korpschef can approve it, with a reason that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft; another operator approves it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audience and approve: the message becomes ready to dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an update of this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new message to the same networks that corrects or completes this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation to the same networks, referring to this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerTextForm</name>
    <message>
        <source>Text in one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What and where, e.g. Burglaries in the Kerkwijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as members will read it. Say what happened, where, and what they can do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <extracomment>the network it is about (for a network, its own name), &quot;&quot; when unknown here &quot;Resolved&quot; or &quot;To look at&quot;: shown with &quot;Show resolved&quot; only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: by, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: by, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {when}, here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on device {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later change wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion wins over a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying a member wins over leaving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people changed the same thing without seeing each other&apos;s change (one of them was offline, say). Every computer of the zone kept the same value, by the rule shown. If the other value is the right one, select the row and keep it: that is a new change, sent to the other computers at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was deleted: a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is selected as operator: changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field the other value: a new change, sent to the other computers at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BIN Desk has a problem</source>
        <extracomment>The exit code of a run that stopped on a bug (`--no-crash-dialog`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved work is safe; the last action may not have been carried out. Please send this report to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsWidget</name>
    <message>
        <source>No certificate file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) with your signing certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the certificate file. BIN Desk never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the eID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible in this version of BIN Desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column order of the dashboard and the core sort key of each column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} (+{pending} pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members, {pending} waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This data folder has no police zone yet. Start BIN Desk with --demo to try it with example data.</source>
        <extracomment>The table shows the rows of the latest request. The zone summary (counts, needs action, total) arrived.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks per state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks that need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, municipality, street or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of networks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {count} networks. Click to show only these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {count} networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>Delivery chart</source>
        <extracomment>How often the view reloads its statistics while its message is dispatched. How often the providers are asked for delivery reports once everything was handed over. How long the window keeps asking for delivery reports. The longest pause between two rounds (a 429&apos;s Retry-After, a retry back-off).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryStatsModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the deliveries still queued to the gateways (after a stop or a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries per channel and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery times and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected member in the member list to check the number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {when} · {total} deliveries · {handed} handed to the providers · {delivered} delivered · {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half delivered after: {t50} · nine in ten after: {t90}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS cost so far: {cost} ({segments} segments × {price}; segments per SMS {per_language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members not reached: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this message? Deliveries not yet handed to a provider are not sent; those already handed over cannot be called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; what is still queued waits for &apos;Send the rest&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for delivery reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped on an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Forget a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; is erased from the member list of {network}.&lt;/p&gt;&lt;p&gt;Their name, address, phone numbers, e-mail address and notes are blanked everywhere BIN Desk holds them: on the list, in the review queue and in the history of changes. This cannot be undone. Use it when the person asks to be forgotten; a member who only leaves the BIN gets the status Left.&lt;/p&gt;&lt;p&gt;Type the member&apos;s name to confirm:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the member, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Problem on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedDeliveriesModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDueModel</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Field of column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply below to replace it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Change gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. relay or mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (SSL for smtps://, else STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender id or from address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode (the provider does not deliver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in this computer&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in BIN Desk&apos;s data or exports. Every computer that sends needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp://user@mail.example.be:587 or smtps://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://relay.example.be/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN\outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway sends the police messages: e-mail through the zone&apos;s mail server, SMS and voice through a provider. You can also set it up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure a gateway now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a gateway now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS and voice provider (HTTP JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder outbox (tests and exercises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token or pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN Desk\outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewaysModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewaysPage</name>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers that send messages: one gateway per channel (the first by name that offers it). Tokens and passwords stay in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider that sends messages (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected gateway or set its token or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected gateway and forget its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own number (+32…) or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one test message through the selected gateway to your own number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes or tests the gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway {name} saved; its secret is in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gateway {name}? Messages are no longer sent through it and its secret is forgotten on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway {name} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test through {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accepted by {name} (provider reference {id}). Check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider of {name} refused the test: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not take the test now, try again later: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether {name} took the test: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Member rows hold personal data: their history shows which fields changed, not the values.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Zone hub (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a hub, every workstation and laptop of the zone shares the same data and works offline in between. You can also set it up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronise with the zone&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise with the zone&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the zone from its hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the hub&apos;s address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the zone from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KorpschefReviewDialog</name>
    <message>
        <source>Rendering the pages…</source>
        <extracomment>Resolution of the page images: sharp at 100 % on a laptop, small enough for six pages. The review data arrived and the pages are shown. Something was recorded (a signature, a refusal): the caller reloads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter here. {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korpschef review: {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of this charter is being signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, sent for signature on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{streets} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{municipality} ({postcodes}): {streets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{categories}; via {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who}: signed on {date} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {who}: waiting since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing for you to sign in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every item ADVP checks before you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your certificate file and enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} back to drafting? The signatures collected on it lapse; a new version will be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KorpschefReviewForm</name>
    <message>
        <source>Korpschef review of the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the charter exactly as it will be signed, tick what ADVP checks, then sign it or send it back with your reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the pages to the width of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sha256 of the version sent for signature: printed on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ADVP checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation, communication and prevention; no patrols, no political aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator, mandated officer, korpschef, mayor or prevention officer, with their roles and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation structure and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streets, postcodes and municipality of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which information flows which way, urgent and non-urgent channels, and what is never passed on: the BIN is not a snitch line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan, &quot;not a snitch line&quot; clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, who holds the member list, the rights of access, correction and erasure, no sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as korpschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for sending the charter back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change before you sign (required to send back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Message text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail subject in {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BIN Desk main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>&amp;Import for review</source>
        <extracomment>A trial run came back (its result is in `trial`, or `error` says why it failed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “{sheet}”, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, text in {encoding}, separated by “{delimiter}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; for {network}: {rows} rows ({where}).&lt;br&gt;Check which column holds what. The trial run below shows what the import would find. Nothing is stored until you click Import; the rows then wait in the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the new choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {total} rows: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the members on record: {new} new, {changed} changed, {unchanged} unchanged; {gone} members are not on this list (they stay members until you change them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCountsModel</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member: {name}</source>
        <extracomment>The statuses an officer sets by hand (exclusion follows the sanction procedure).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: what the contact data allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No non-urgent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member agreed to the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the BIN&apos;s communication needs. Phone numbers may be typed in any Belgian notation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which column holds what (guessed from the headers; change what is wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first &amp;rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run (nothing is stored yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows by result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the members on record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersForm</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: open a network&apos;s list only when your work needs it. Double-click a network to open its list and its review queue, or drop a coordinator&apos;s list on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members per network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member list and the review queue of the selected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the members per network (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a coordinator&apos;s member list (Excel or CSV) into the review queue. You can also drop the file on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, street, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, channels, quiet hours and contact data of the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything BIN Desk holds on the selected member, as a file for them (right of access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the selected member&apos;s personal data everywhere (right to erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget (erase)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active and paused members as a CSV file for the coordinator: only what they need to run the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for the coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row without problems becomes an active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all rows without problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows without problems become active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected duplicate completes the member it repeats; no second member is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows do not become members; the reason is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <extracomment>The columns core sorts by (member_page&apos;s sort keys). The first page of a new query is in (the model was reset); the number of rows. A header was clicked that core cannot sort by; the view should show the sort in use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be used to sort the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference: what the contact data allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>All statuses</source>
        <extracomment>The per-network counts on screen are fresh. The first page of the member list (after a network, search, filter or sort) is in. The review queue on screen is fresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match the search or filter.</source>
        <translation>
            <numerusform>%n member matches the search or filter.</numerusform>
            <numerusform>%n members match the search or filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member.</numerusform>
            <numerusform>%n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet: import the coordinator&apos;s list (Import list…, or drop the file on this page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s data was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was forgotten: their personal data is erased everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access report was saved as {path}. It holds personal data: give it only to the member who asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active and paused members were saved as {path}. The file holds personal data: send it only to the coordinator, never to the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member lists ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows of {file} wait in the review queue: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for review.</source>
        <translation>
            <numerusform>%n row waits for review.</numerusform>
            <numerusform>%n rows wait for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{finding} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the list ({name}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a marked cell to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected.</source>
        <translation>
            <numerusform>%n row selected.</numerusform>
            <numerusform>%n rows selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see what was found; double-click a cell to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) approved: they are on the member list now.</source>
        <translation>
            <numerusform>%n row approved: it is on the member list now.</numerusform>
            <numerusform>%n rows approved: they are on the member list now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not become members. The reason is kept with the import.</source>
        <translation>
            <numerusform>%n row does not become a member. The reason is kept with the import.</numerusform>
            <numerusform>%n rows do not become members. The reason is kept with the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lives outside the area; asked not to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>the member it repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge row {row} ({name}) into {member}? The member keeps their name; what the row adds or changes (phone, e-mail, address, consent …) is taken over, and no second member is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} was merged into {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} also holds what could not be read: {values}. Correcting this cell drops it from the row. Correct that cell first to keep it. Go on anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} is ready to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} still needs attention: {findings}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageConfirmDialog</name>
    <message>
        <source>Approve the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is an exercise: BIN Desk marks it as one everywhere and it goes out with the CAP status Exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an exercise: real people receive this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update of an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audience and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The checks block this message (%n blocking finding(s)). As korpschef you may override them; give the reason, which is kept with the approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the blocking findings do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve real message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SMS: %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voice call: %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reached (no usable contact): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, not sent: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held until their quiet hours end: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: {cost} (%n SMS segment(s) per member)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: {channels}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, ready to dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <extracomment>Messages that may have deliveries to show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first. A draft waits for the approval of a second operator; an approved message is ready to dispatch. Exercises are orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new message to one or more networks (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected message: its texts, its checks, its approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an update of the selected message to the same networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected message in one click: a cancellation to the same networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected message as CAP 1.2 XML (Common Alerting Protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected approved message to its networks&apos; members through the gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting for their feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the feedback message on the selected message, to the same networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Members wait for what happened next. These sent messages are past the zone&apos;s feedback time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent message is waiting for its feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP 1.2 XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each municipality of the zone with its NIS code, its names and its postcodes. BINs are created inside these municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 digits, e.g. 23027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIS code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1500, 1501, 1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({nis}) — {postcodes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsActionModel</name>
    <message>
        <source>{text} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list you came from (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-cycle state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures of the current charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the network to the next step of its life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a sector BIN, e.g. pharmacies, port, jewellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated &amp;officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motives and objectives of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Streets (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate postcodes with commas, e.g. 1500, 1501.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (non-urgent and feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information categories agreed in the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never passed on: recognisable photos of suspects, readable number plates, names, national register numbers, addresses of victims, descriptions by origin, religion or skin colour, calls to patrol or confront anyone. A BIN is not a snitch line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator and deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deputy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to contacts are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes that are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Charter…</source>
        <extracomment>The network&apos;s data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload). Show the charter page of this network (its id). Show the member list and review queue of this network (its id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter of this network: versions, signatures, ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member list of this network, its review queue and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no charter yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {needed} signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to {network} are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this network?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am an existing operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has no operators yet. Create the first one: every change you make will be recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Your operator profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change in BIN Desk is recorded under the name of the operator who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the first operator, so you become the administrator of this installation: you manage the operators, the zone&apos;s settings and the gateways. Add the officers who work with the BINs afterwards (Settings → Switch operator → Create a new operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every network of the zone with its state and territory. Double-click a network to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when. Double-click a network to open its charter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (to check: {finding})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleRunsModel</name>
    <message>
        <source>Rule: what it checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off for the zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send real message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when BIN Desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zone set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone hub this computer syncs with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number}), {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is selected: changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up BIN Desk</source>
        <extracomment>this computer joined an existing zone from its hub (no operator made here)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureRecordDialog</name>
    <message>
        <source>Record a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;signed PDF came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on &amp;paper (a scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new signature in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signatory}: {name} ({party})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN Desk checks the PDF: it must be this version of the charter, every signature valid, by the person expected, with a certificate the zone trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan of the signed page is kept with the charter; you are recorded as the officer who registered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicators</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>A station PC syncs this often while the hub answers. The longest wait between two attempts while the hub cannot be reached. After a local change, the status (and on line, a sync) follows this soon. to the minute, as shown: a sync with nothing to do changes nothing on screen the translated reason of the last failed attempt (&quot;&quot; after a good one) operations of other devices the sync brought (a report&apos;s `pulled` counts this device&apos;s own too, as they come back from the hub with their sequence) A sync brought operations from the hub: the pages should reload. A sync ended well (a SyncReport: after &quot;Sync now&quot;, or when something moved) or failed (the translated reason). (phase &quot;push&quot;/&quot;pull&quot;, done, total) during a sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Conflicts page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not linked to a hub (Settings → Synchronisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to look at</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Sending {done}/{total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Receiving {done}/{total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN Desk works on the copy of the zone&apos;s data in this computer&apos;s data folder and exchanges changes with the zone&apos;s hub in the background whenever it can be reached. Ask the zone administrator for the hub&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database (postgresql://USER@SERVER/DATABASE) or, for a single office, a SQLite file (sqlite:///PATH/hub.db). Leave empty to stop syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keyring, never in the data folder. Leave it empty to keep the one stored before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to go up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: this computer no longer syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub: this computer works alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: {hub}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: {hub} cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error with {hub}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with {hub}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {pushed} and received {pulled} change(s) in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>{municipality} · {state} · %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change state of {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {state}, since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and on whose decision (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a final state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <extracomment>Which field an operator signs in BIN Desk, by role (the korpschef signs in the review).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <source>Police zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to BIN Desk. First tell us which police zone this installation serves. You can change these details later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PZ Zennevallei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 digits, e.g. 5415</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working language of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Zuster Bernardastraat 30, 1500 Halle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the zone already set up on another computer with a hub? Then this computer joins it and gets everything from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the zone from its hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the zone from its hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo zone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Unknown demo size {size}; use one of: {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder already holds a zone or operators. The demo zone can only be created in an empty data folder; choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief of police (korpschef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN-Z (self-employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation is stamped {minutes} minutes in the future of this computer&apos;s clock. Check the date and time of this computer and of the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>korpschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prevention officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: the mandated officer must follow up the initiative ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: info meeting and sign-up to organise ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: coordinator to be screened ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: charter to be finalised with the municipality ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: waiting for the {actor}&apos;s signature for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP&apos;s approval for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: official, to be started ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: evaluation overdue by {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: suspended for {days} days, to be reactivated or dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {field}: {unknown}. Allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown network field(s): {fields}. Editable: {editable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network needs a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network needs at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Belgian postcode: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is not a BIN-mandated officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} has no charter yet. Draft one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network} is {status}; this step needs it {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of the charter is {status}; it must be sent back before a new version is drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown charter section(s): {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality signs by its mayor and/or its prevention officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} is not drafting or amending its charter (state: {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} has no charter version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter of {network} has no {language} text; it has: {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of the charter has no signature for the {signatory}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party {party}; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is not a charter made by BIN Desk ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is the charter of another network, not of {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is version {got} of the charter (hash {got_hash}…), not the version {version} being signed (hash {hash}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature in field {field} is not valid or the document was changed after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of {signer} (field {field}) is not issued by a CA the zone trusts; add the CA under Settings or with &apos;zone trust add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF is refused: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in the field of the {signatory} is by {signer}, not by {expected}. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF carries no new valid signature for this charter version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the signatory ({allowed}): the party {party} has more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature date {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {signatory} has signed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature date {date} is before this version was sent for signature ({sent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {signatory} does not sign in BIN Desk: record their signed PDF or paper instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not sign in the field of the {signatory}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field of the {signatory} is for {expected}, not for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is {cn}&apos;s, not {name}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the charter is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every party has signed yet: waiting for {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give ADVP&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date {date} is before the charter was sent to ADVP ({sent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down ADVP&apos;s remarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active network amends its charter ({network} is {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} is {state}: ADVP is notified of a suspension, inactivity, merger or dissolution only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new network needs {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} cannot go from &apos;{current}&apos; to &apos;{target}&apos;. Allowed next: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is before the current state began ({since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator is selected. Choose who you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator {name} is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) may not do this ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator with personnel number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s name is empty.</source>
        <extracomment>secrets that could not be kept (no keyring): the set-up is saved, the user is told</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone number {number} is not valid: a police zone&apos;s number has 4 digits, e.g. 5415.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language {language}; use one of: {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIS code {code} is not valid: a municipality&apos;s NIS code has 5 digits, e.g. 23027 for Halle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality {code} needs one or more languages of: {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality {code} speaks {languages}: give its name in each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality {code} needs at least one postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one municipality of the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIS code {code} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a database URL: write it like postgresql://bindesk@hub.zone.local/bindesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub must be a PostgreSQL database (or a SQLite file for a single office), not {dialect}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the hub URL: give it separately, it is kept in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub URL names no server: {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub URL names no file: {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is already set up: it holds a zone or operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder already holds a zone; it cannot join another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds no zone yet. Set the zone up on one computer first (with this hub), then let the others join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel number {number} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has no default operator. Name one with --operator, or create one with &apos;operators add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} is read-only ({reason}). Choose a folder you can write to with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a BIN Desk database (it is not an SQLite file). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({reason}). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} belongs to another program. It was left untouched; choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of BIN Desk (schema {revision}). Install the newer version; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is busy in another program that holds it locked. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN Desk is already open on the data folder {path}. Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, got {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable {var} is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANG:CODE=TEXT, got {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper signature needs --party and --date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the certificate file or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field {field} is already signed by {signer}. A signature cannot be replaced; each party signs its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no signature fields, so there is no field {field} to sign. Print the charter again from BIN Desk: it adds a field for every party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no signature field {field}. Its signature fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {field} cannot be signed with this certificate: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be signed. Print the charter again from BIN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust roots are configured, so no signer&apos;s identity is confirmed. Add the root certificates the zone trusts in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation was not checked: BIN Desk did not ask the certificate authorities online whether a certificate was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust root {number} is not a certificate (PEM or DER). Check the trust roots in the zone settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chains to a trusted root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust root is configured, so the signer&apos;s identity is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not chain to any configured trust root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not accepted by the configured trust roots: it may have expired, not be meant for signing, or come from another authority with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after {signer} signed it: the signed content no longer matches the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of {signer} is not valid: it does not match the certificate in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}, but the document was changed afterwards in a way this signature does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}; the signature is valid and the document has not been changed since, apart from later signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in this field is damaged or of a kind BIN Desk cannot check, so it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {not_after} (it was valid from {not_before} to {not_after}). Ask for a new certificate and sign with that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} is only valid from {not_before} to {not_after}, so it cannot sign yet. Check the computer&apos;s date and time, or sign on or after {not_before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used to sign documents (its key usage is: {usage}). Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} is meant for {usage} only, not for signing documents. Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a certificate file (PKCS#12, .p12 or .pfx) or it is damaged. Choose the file that holds your certificate and private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with an old encryption method that is no longer supported. Export the certificate again (with AES encryption) and choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a passphrase. Type the passphrase and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {file} is wrong. Type it again; mind upper and lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds the certificate of {name} but not its private key, so it cannot sign. Export the certificate together with its private key (.p12 or .pfx) and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no certificate with a private key. Choose the file that holds your certificate and private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in {file} cannot sign with the certificate of {name}. Export the certificate together with its own private key and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be and the python-pkcs11 package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eID software is installed, but BIN Desk lacks PKCS#11 support: install the python-pkcs11 package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read. Ask the sender for the file again or print the charter again from BIN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF document. Choose the PDF of the charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so BIN Desk cannot sign or check it. Use the PDF as BIN Desk printed it, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts in {language}: {sections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the territory (streets and postcodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the information categories agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels of the communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signatory for the municipality (mayor and/or prevention officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the {signatory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an X.509 certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is not a certification authority (CA); add the CA that issued the signers&apos; certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted certificate with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown zone setting(s): {fields}. Settable: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be between 1 and 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has no zone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {sha} is not in this data folder (not synced yet?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping is not JSON: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which rows: --all-ok or --row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a .csv or a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member field(s) in the mapping: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping points at columns the file does not have: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the members&apos; names. Map the name column(s) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows of the review queue do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows {rows} were decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows {rows} still have problems or are duplicates: fix, merge or reject them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the rows are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member to merge this row into yet (approve the row it duplicates first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member field(s): {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it holds no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it contains letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too few digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: a Belgian mobile number has 10 digits (04xx xx xx xx), this one has {digits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: the country code is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: no such number range is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a foreign number ({country}): check that SMS and voice messages reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {reason}. Check that the file still exists and is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty. Ask the coordinator for the member list again (Excel or CSV) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; member lists larger than {limit} MB are not accepted. Check that this is the member list, or split it and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a table. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a table: it is {what}. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {what} and cannot be imported as it is. Open it in Excel, save it as .xlsx (Excel Workbook) or CSV, and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is password-protected. Save it without a password in Excel and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” looks like an Excel file but cannot be read; it may be damaged. Open it in Excel, save it again as .xlsx and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member list found in “{name}”: no header row (such as Name, Street, Phone) was found. Check that the list is in the file, with one member per row, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member list found in “{name}”: row {row} looks like a header, but no members follow it. Check that the file is the complete list and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the old Excel format (.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document in an old Office format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows; that is not one BIN&apos;s member list. Split it per BIN and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of “{name}” uses more than {limit} columns. A member list needs only a few: delete the extra columns and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page or XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read from line {line} on: a quote (&quot;) opened there is never closed. Correct that line, or open the file in Excel, save it again as CSV and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no sheet “{sheet}”. Choose one of: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name: fill in the name, or the first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is a fixed line: the member gets voice messages but no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a mobile number: the member gets voice messages but no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has neither a usable phone number nor an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{street}&apos; is not one of this network&apos;s streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode {postcode} is outside this network&apos;s area ({postcodes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded: a date or yes is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member did not give consent (&apos;{value}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as consent: use a date (dd/mm/yyyy) or yes/no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date {date} lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as a language: {default} is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number as member {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address as member {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and address as member {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number as row {row} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address as row {row} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and address as row {row} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it needs exactly one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part before the @ is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ needs a dot (as in telenet.be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ is not a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; holds several e-mail addresses: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sanction step {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sanction needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written reprimand is given by the korpschef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary exclusion needs an end date after the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A definitive exclusion is countersigned by the korpschef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to appeal against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal period ended on {date} (three weeks after the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title or e-mail subject &quot;{part}&quot; contains personal data ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it from the title and the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency is urgent or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel(s): {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{networks} cannot receive messages in their current state (not official or active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message with id {id}.</source>
        <extracomment>queued deliveries the round left alone: their message was withheld by the message filter (another device holds it) or the gateway is in test mode. Over several rounds (dispatch_until_empty) it is the last round&apos;s count. Called with the ids of the messages that have due deliveries; returns those this device may send now (the sync&apos;s hub claim). Deliveries of the others are left queued, reported waiting. A status query per delivery is a request to the provider: at most this many batches&apos; worth of submitted deliveries are asked about per round (unknown ones always come first). Printed before every exercise text (members&apos; language; GSM-7 safe for SMS).
----------
What one SMS segment costs (the price the composer&apos;s audience check uses). Deliveries that reached the provider and are charged for. States that need no more work from the dispatcher. Failed deliveries listed for follow-up (the counts cover them all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved message can be sent (this one is {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft message can be approved (this one is {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes: another operator must approve a message you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has blocking findings. Fix them, or ask the korpschef to override them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding blocking findings needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be changed (this message is {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sent message is withdrawn with a cancellation, not discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is an update or a cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national register or BIS number (checked with its checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a national register or BIS number: personal data that a message must never contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank account number (IBAN, checked with its checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a bank account number: personal data that a message must never contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it. To warn about fraud, describe the scheme, not the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address (the police&apos;s own addresses excepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is an e-mail address: personal data that a message must never contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number other than the zone&apos;s own, emergency and service numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a phone number: a message may only give the zone&apos;s own, emergency and service numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, or give the zone&apos;s general number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable Belgian number plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} looks like a number plate: a message must not make a vehicle (and so its owner) identifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the vehicle (make, colour) without its plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person&apos;s name (a title or a first name with a surname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like a person&apos;s name: a message must not name victims, suspects or witnesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;a resident&quot;, &quot;a man&quot; … instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address (a street with a house number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like an address: a message must not point to a victim&apos;s or a suspect&apos;s home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the street or the neighbourhood without the house number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-urgent message sent at {time}, between {night_from} and {night_until}: members dislike night messages that can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is one every target network&apos;s charter agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charters of the target networks do not allow messages of category {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agreed category, or leave out the networks that did not agree to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the message is about happened recently enough to be useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident happened {hours} hours before sending, more than the {limit} hours after which a message is no longer timely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it as a preventive tip or a feedback message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text gives preventive advice or a call to action (e.g. &quot;call 112&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text gives no preventive advice or call to action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell members what they can do: e.g. &quot;Close windows and doors&quot;, &quot;See something suspicious? Call 112.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-urgent message is not sent at night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule it for the morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar message of the same category went out recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A similar message ({similarity} % alike) of the same category went out on {sent_at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an update of that message instead, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call to patrol, pursue, confront or apprehend anyone (advice not to passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to act against suspects themselves: a BIN never patrols, pursues or intervenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask members to stay at a distance, observe and call 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description of people by origin, nationality, ethnicity, religion or skin colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; describes people by origin, nationality, religion or skin colour (anti-discrimination law of 10 May 2007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what can be observed and matters: clothing, build, height, vehicle, behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request to report on neighbours&apos; private lives (a BIN is no snitch line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to report on their neighbours&apos; private lives: a BIN is no snitch line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only for observations about the incident: suspicious behaviour, vehicles, times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTML tags or entities (members see them as typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is HTML: SMS, voice and plain e-mail show it as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it and write plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No long runs of capitals (acronyms such as BIN, PLP or SMS excepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is written in capitals: it reads as shouting and is harder to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in normal case; put the key point first instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alarmist wording (&quot;PANIEK&quot;, &quot;!!!&quot;, &quot;levensgevaarlijk&quot;, &quot;terreur&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is alarmist: it frightens rather than informs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the facts calmly and say what members can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is written in its declared language, one of the networks&apos; languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target networks do not use {language} (they use {languages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text in the networks&apos; languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text seems to be in {detected}, not in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the text under its own language, or translate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every language of the target networks has a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in {language} is missing: the networks use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the {language} version before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS text uses only GSM characters (one other character makes every segment 70 characters instead of 160).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment) and has no GSM equivalent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment): write &quot;{replacement}&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS message stays within the zone&apos;s maximum number of segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the special characters: in GSM characters it takes {safe_segments} segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the text, or send the details by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS takes {segments} segments ({characters} characters, {encoding}); the zone allows {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice message can be listened to within the zone&apos;s maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud, the message takes about {seconds} seconds; more than {max} seconds loses the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the voice message to the essentials and the advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail has a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a short subject that says what and where, e.g. &quot;Burglaries in the Kerkwijk&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active member can be reached on the message&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} active member(s) have no phone number or e-mail address for the channels of this message and will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a channel, or ask the coordinator to pass the message on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the credentials of gateway {gateway}: check the token in Settings → Gateways.</source>
        <extracomment>the message as CAP 1.2 XML, filled only for gateways that file it (`wants_cap`)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway is configured: add one with &apos;bin-desktop gateway add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway {name} needs a secret (token or password) and none is set: store it with &apos;bin-desktop gateway secret {name}&apos; (read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway name {name!r} is not usable: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gateway type {type}: use one of {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway needs a --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox gateway&apos;s URL is a folder path, not {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in {url} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a password in the gateway URL: store it with &apos;bin-desktop gateway secret NAME&apos; so it stays in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An {type} gateway needs an http:// or https:// URL, not {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An {type} URL carries no user name: the token goes in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security applies to smtp gateways only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An smtp gateway needs an smtp://[user@]host[:port] or smtps:// URL, not {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SMTP security {security}: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An smtps:// URL always uses ssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway channels must be one or more of sms, voice, email (got {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An smtp gateway sends e-mail only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cm gateway sends sms and voice only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be more than 0 and at most {max} per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender must be one line of at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway named {name} already exists: change it with update or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gateway setting(s): {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway {name} does not send {channel}, so it cannot reach {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test SMS or call needs a number in international form, e.g. +32470123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so BIN Desk cannot keep gateway secrets. On Linux install and unlock gnome-keyring, or KeePassXC with Secret Service enabled, or run BIN Desk inside a desktop session. Secrets are never written to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is set for gateway {name}: enter it in Settings → Gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway is configured: an administrator adds one in Settings → Gateways.</source>
        <extracomment>with a zone hub, the hub&apos;s dispatch claims (sync.claims): one device per message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict with id {id}.</source>
        <extracomment>what an operator may settle, by entity (the permission to edit that kind of row)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {entity} was deleted; a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub is configured for this computer: give one with --hub URL or in Settings → Synchronisation.</source>
        <extracomment>a local clock this far from the hub&apos;s is reported to the user this computer&apos;s clock minus the hub&apos;s, in ms (positive: this one is ahead)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s data folder could not be written during the sync ({reason}). Free some disk space and sync again: nothing was lost, the sync goes on from its last complete step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub {url} was lost ({reason}). Nothing is lost: the next sync goes on from where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s ahead of the hub&apos;s: correct the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s behind the hub&apos;s: correct the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone hub is used by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update before syncing; your changes stay on this computer until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is a copy or a restored backup of another BIN Desk ({reason}). It no longer syncs, so that nothing is merged blindly. Its data stays here: start BIN Desk on a new, empty data folder to get the zone from the hub again, and re-enter what is missing from this one (bin-desktop export --json shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on this computer are stamped {minutes} minutes in the future of the hub: the clock of this computer is wrong. Correct the date and time; the changes stay here and go up at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused changes stamped in its future: the clock of this computer is wrong. Correct it; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone hub holds changes made by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update; everything up to them was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from the hub clashes with a value that must be unique on this computer ({reason}): probably the same personnel number, NIS code or gateway name was entered on two devices. Change it here and sync again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled changes are stamped {minutes} minutes in the future of this computer: check its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid role name (letters, digits and _).</source>
        <extracomment>the device that held the claim before this one took it over (None: not taken over)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is already a BIN Desk hub; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL. Use postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH/hub.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub is a PostgreSQL database or a SQLite file, not {backend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub {url} cannot be reached ({reason}). Your changes are kept on this computer and go up at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hub file at {path} (a network share not mounted?). Your changes are kept on this computer and go up at the next sync.</source>
        <extracomment>True when this device took the claim over from another device whose lease ran out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a BIN Desk hub. Create it once with &apos;bin-desktop hub init URL&apos; (or ask the zone&apos;s DBA to run the SQL of &apos;hub init --print-sql&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub {url} refused the connection: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>One colour per delivery state, in the table&apos;s order (the chart and its legend use them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>BIN Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>BIN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read or written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gateways</name>
    <message>
        <source>SMTP e-mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP provider (JSON protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CM.com SMS and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder outbox (files only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korpschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital, in BIN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper (scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed charter (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of a signature on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>What a column of a coordinator&apos;s list may hold (core&apos;s members.model.FIELDS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (and number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address outside the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell cut short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>{address} box {box}</source>
        <extracomment>Rows a page query brings. Core sorts the network&apos;s whole list for every page, so a page costs nearly the same for 100 or 1,000 rows: fewer, larger pages mean fewer waits. Pages kept in memory: a screenful needs one or two; the rest makes scrolling back cheap. Pages a reload after a change fetches again at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member made of row {row} ({name})</source>
        <extracomment>Columns of the review queue and the list field each one corrects (fix_row). The column that holds the cell a finding is about (finding.field, or a duplicate&apos;s rule). Groups of one status in the order an officer works through them: who, how to reach them, where they live, consent; then what is only information.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
