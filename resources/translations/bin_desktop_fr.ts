<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Record ADVP approval</source>
        <translation>Enregistrer l&apos;approbation de la DGSP</translation>
    </message>
    <message>
        <source>Date of the ADVP letter</source>
        <translation>Date de la lettre de la DGSP</translation>
    </message>
    <message>
        <source>&amp;Letter dated:</source>
        <translation>&amp;Lettre du :</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>Référence DGSP</translation>
    </message>
    <message>
        <source>The reference on ADVP&apos;s letter</source>
        <translation>La référence figurant sur la lettre de la DGSP</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation>Retour à la page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Charter of the network</source>
        <translation>Charte du réseau</translation>
    </message>
    <message>
        <source>State of the network</source>
        <translation>Phase du réseau</translation>
    </message>
    <message>
        <source>Save the unsigned PDF of the selected version, in one of its languages</source>
        <translation>Enregistrer le PDF non signé de la version choisie, dans une de ses langues</translation>
    </message>
    <message>
        <source>Save the unsigned PDF</source>
        <translation>Enregistrer le PDF non signé</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Start a new version of the charter, from the texts of the previous one</source>
        <translation>Commencer une nouvelle version de la charte, à partir des textes de la précédente</translation>
    </message>
    <message>
        <source>Draft a new version</source>
        <translation>Rédiger une nouvelle version</translation>
    </message>
    <message>
        <source>Record a signed PDF that came back, or a signature on paper</source>
        <translation>Enregistrer un PDF signé reçu en retour, ou une signature sur papier</translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Enregistrer une signature</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Enregistrer une signature…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation>Examen par le chef de corps</translation>
    </message>
    <message>
        <source>Korpschef review…</source>
        <translation>Examen par le chef de corps…</translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation>Soumettre à la DGSP</translation>
    </message>
    <message>
        <source>Submit to ADVP…</source>
        <translation>Soumettre à la DGSP…</translation>
    </message>
    <message>
        <source>ADVP confirmed the charter by letter: the network becomes official</source>
        <translation>La DGSP a confirmé la charte par lettre : le réseau devient officiel</translation>
    </message>
    <message>
        <source>Record ADVP approval</source>
        <translation>Enregistrer l&apos;approbation de la DGSP</translation>
    </message>
    <message>
        <source>Record ADVP approval…</source>
        <translation>Enregistrer l&apos;approbation de la DGSP…</translation>
    </message>
    <message>
        <source>ADVP sent the charter back with remarks: the network drafts a new version</source>
        <translation>La DGSP a renvoyé la charte avec des remarques : le réseau rédige une nouvelle version</translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation>Enregistrer les remarques de la DGSP</translation>
    </message>
    <message>
        <source>Record ADVP remarks…</source>
        <translation>Enregistrer les remarques de la DGSP…</translation>
    </message>
    <message>
        <source>Amend the charter of this active network: a new version to sign and to notify to ADVP</source>
        <translation>Modifier la charte de ce réseau actif : une nouvelle version à signer et à notifier à la DGSP</translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation>Commencer une modification</translation>
    </message>
    <message>
        <source>Start amendment…</source>
        <translation>Modifier la charte…</translation>
    </message>
    <message>
        <source>Tell ADVP that this network was suspended, became inactive, merged or was dissolved</source>
        <translation>Signaler à la DGSP que ce réseau est suspendu, inactif, fusionné ou dissous</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Notification à la DGSP</translation>
    </message>
    <message>
        <source>Notice to ADVP…</source>
        <translation>Notification à la DGSP…</translation>
    </message>
    <message>
        <source>Versions of the charter</source>
        <translation>Versions de la charte</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>La version choisie</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signatures of the selected version</source>
        <translation>Signatures de la version choisie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>The language of the texts you edit; the charter is printed in every language of the network</source>
        <translation>La langue des textes que vous modifiez ; la charte est imprimée dans chaque langue du réseau</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Tick when the start date is agreed</source>
        <translation>Cochez quand la date de début est convenue</translation>
    </message>
    <message>
        <source>The start date is agreed</source>
        <translation>La date de début est convenue</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>In months; 0 for an indefinite period</source>
        <translation>En mois ; 0 pour une durée indéterminée</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source>Municipality signs by:</source>
        <translation>La commune signe par :</translation>
    </message>
    <message>
        <source>The mayor signs</source>
        <translation>Le bourgmestre signe</translation>
    </message>
    <message>
        <source>the &amp;mayor</source>
        <translation>le &amp;bourgmestre</translation>
    </message>
    <message>
        <source>The prevention officer signs</source>
        <translation>Le fonctionnaire de prévention signe</translation>
    </message>
    <message>
        <source>the &amp;prevention officer</source>
        <translation>le &amp;fonctionnaire de prévention</translation>
    </message>
    <message>
        <source>Sections of the charter</source>
        <translation>Sections de la charte</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>What ADVP would find missing</source>
        <translation>Ce qui manquerait pour la DGSP</translation>
    </message>
    <message>
        <source>Save, then list what ADVP would find missing</source>
        <translation>Enregistrer, puis lister ce qui manquerait pour la DGSP</translation>
    </message>
    <message>
        <source>Check for ADVP</source>
        <translation>Vérifier pour la DGSP</translation>
    </message>
    <message>
        <source>&amp;Check for ADVP</source>
        <translation>&amp;Vérifier pour la DGSP</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Enregistrer le projet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Freeze this version and ask every signatory to sign it</source>
        <translation>Figer cette version et demander à chaque signataire de la signer</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Envoyer pour signature</translation>
    </message>
    <message>
        <source>Send for signature…</source>
        <translation>Envoyer pour signature…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Files of the selected version</source>
        <translation>Fichiers de la version choisie</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open the file with the program this computer uses for it</source>
        <translation>Ouvrir le fichier avec le programme que cet ordinateur utilise pour ce type</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>indefinite</source>
        <extracomment>The charter on screen is fresh (after opening, a save, a signature …). Missing items of the draft were listed (after &quot;Check for ADVP&quot; or a refused send).</extracomment>
        <translation>indéterminée</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>{heading} (empty)</source>
        <translation>{heading} (vide)</translation>
    </message>
    <message>
        <source>Charter of {network}</source>
        <translation>Charte de {network}</translation>
    </message>
    <message>
        <source>Network: {state} since {date}</source>
        <translation>Réseau : {state} depuis le {date}</translation>
    </message>
    <message>
        <source>Only a draft version is edited; a sent version is frozen.</source>
        <translation>Seul un projet se modifie ; une version envoyée est figée.</translation>
    </message>
    <message>
        <source>This network has no charter yet. Draft one to start.</source>
        <translation>Ce réseau n&apos;a pas encore de charte. Rédigez-en une pour commencer.</translation>
    </message>
    <message>
        <source>The signatures are asked when the draft is sent for signature.</source>
        <translation>Les signatures sont demandées quand le projet est envoyé pour signature.</translation>
    </message>
    <message>
        <source>A signature waiting {days} days or more (the zone&apos;s setting) is marked in red.</source>
        <translation>Une signature attendue depuis {days} jours ou plus (paramètre de la zone) est marquée en rouge.</translation>
    </message>
    <message>
        <source>Sign your own field of this version with your certificate</source>
        <translation>Signer votre propre champ de cette version avec votre certificat</translation>
    </message>
    <message>
        <source>This version has no field for you left to sign.</source>
        <translation>Cette version n&apos;a plus de champ à signer pour vous.</translation>
    </message>
    <message>
        <source>Read the charter, tick ADVP&apos;s checklist, then sign or send it back</source>
        <translation>Lire la charte, cocher la liste de contrôle de la DGSP, puis signer ou renvoyer</translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter.</source>
        <translation>Seul le chef de corps examine et signe la charte.</translation>
    </message>
    <message>
        <source>Every party signed: make the letter to ADVP and mark the charter submitted</source>
        <translation>Chaque partie a signé : établir la lettre à la DGSP et marquer la charte comme soumise</translation>
    </message>
    <message>
        <source>Waiting for: {who}</source>
        <translation>En attente : {who}</translation>
    </message>
    <message>
        <source>Empty: ADVP checks that every section is filled in</source>
        <translation>Vide : la DGSP vérifie que chaque section est remplie</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to the charter of {network} are not saved. Discard them?</source>
        <translation>Les modifications de la charte de {network} ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>ADVP would find missing:
{items}</source>
        <translation>La DGSP constaterait qu&apos;il manque :
{items}</translation>
    </message>
    <message>
        <source>Nothing is missing: the draft can be sent for signature.</source>
        <translation>Rien ne manque : le projet peut être envoyé pour signature.</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Envoyer pour signature</translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} for signature? Its text is frozen: later changes need a new version.</source>
        <translation>Envoyer la version {version} de la charte de {network} pour signature ? Son texte est figé : toute modification ultérieure demandera une nouvelle version.</translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing:
{items}</source>
        <translation>La charte ne peut pas encore être envoyée pour signature. Il manque :
{items}</translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network}.</source>
        <translation>Version {version} de la charte de {network}.</translation>
    </message>
    <message>
        <source>Save the charter as PDF</source>
        <translation>Enregistrer la charte en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>• {signatory}: {name}</source>
        <translation>• {signatory} : {name}</translation>
    </message>
    <message>
        <source>Signature recorded</source>
        <translation>Signature enregistrée</translation>
    </message>
    <message>
        <source>Recorded:
{signatures}</source>
        <translation>Enregistré :
{signatures}</translation>
    </message>
    <message>
        <source>You sign version {version} of the charter of {network} as {signatory}: {name}. Fingerprint: {hash}…</source>
        <translation>Vous signez la version {version} de la charte de {network} en tant que {signatory} : {name}. Empreinte : {hash}…</translation>
    </message>
    <message>
        <source>The letter was saved as {path}. It is also kept with the charter&apos;s files. Send it to ADVP.</source>
        <translation>La lettre a été enregistrée sous {path}. Elle est aussi conservée avec les fichiers de la charte. Envoyez-la à la DGSP.</translation>
    </message>
    <message>
        <source>Submit to ADVP</source>
        <translation>Soumettre à la DGSP</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Notification à la DGSP</translation>
    </message>
    <message>
        <source>Record ADVP remarks</source>
        <translation>Enregistrer les remarques de la DGSP</translation>
    </message>
    <message>
        <source>ADVP sends it back: the network drafts a new version that takes the remarks into account.</source>
        <translation>La DGSP la renvoie : le réseau rédige une nouvelle version qui tient compte des remarques.</translation>
    </message>
    <message>
        <source>ADVP&apos;s &amp;remarks:</source>
        <translation>&amp;Remarques de la DGSP :</translation>
    </message>
    <message>
        <source>Start an amendment</source>
        <translation>Commencer une modification</translation>
    </message>
    <message>
        <source>A new version of the charter of {network} is drafted from the current one; every party signs it again and ADVP is told.</source>
        <translation>Une nouvelle version de la charte de {network} est rédigée à partir de l&apos;actuelle ; chaque partie la signe à nouveau et la DGSP en est informée.</translation>
    </message>
    <message>
        <source>&amp;What changes, and why:</source>
        <translation>&amp;Ce qui change, et pourquoi :</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save as… instead.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {name}. Utilisez plutôt Enregistrer sous….</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Files (*{suffix})</source>
        <translation>Fichiers (*{suffix})</translation>
    </message>
</context>
<context>
    <name>ChartersModel</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Soumise à la DGSP</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>No charter yet</source>
        <translation>Pas encore de charte</translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation>{who} depuis le {date}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Burglary wave</source>
        <translation>Vague de cambriolages</translation>
    </message>
    <message>
        <source>Vehicle break-ins</source>
        <translation>Vols dans les voitures</translation>
    </message>
    <message>
        <source>Phone fraud</source>
        <translation>Fraude par téléphone</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Disparition</translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation>Conseil de prévention</translation>
    </message>
    <message>
        <source>Feedback on an earlier message</source>
        <translation>Suivi d&apos;un message précédent</translation>
    </message>
    <message>
        <source>Cancel &quot;{headline}&quot;?

A cancellation with a standard text goes to the same networks ({networks}). It is saved as a draft that another operator approves.</source>
        <translation>Annuler « {headline} » ?

Une annulation avec un texte standard part vers les mêmes réseaux ({networks}). Elle est enregistrée comme projet, à approuver par un autre utilisateur.</translation>
    </message>
    <message>
        <source>Cancel the message</source>
        <translation>Annuler le message</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Quitter le message</translation>
    </message>
    <message>
        <source>The message you are writing is not saved. Leave it and lose the text?</source>
        <translation>Le message en cours n&apos;est pas enregistré. Le quitter et perdre le texte ?</translation>
    </message>
    <message>
        <source>{category} (not agreed by every network)</source>
        <translation>{category} (pas accepté par chaque réseau)</translation>
    </message>
    <message>
        <source>The charter of at least one chosen network does not allow this category.</source>
        <translation>La charte d&apos;au moins un réseau choisi n&apos;autorise pas cette catégorie.</translation>
    </message>
    <message>
        <source>{exercise}: this message is an exercise, not a real alert. It stays marked as an exercise everywhere and goes out with the CAP status Exercise.</source>
        <translation>{exercise} : ce message est un exercice, pas une alerte réelle. Il reste marqué comme exercice partout et part avec le statut CAP Exercise.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Update of &quot;{headline}&quot;</source>
        <translation>Mise à jour de « {headline} »</translation>
    </message>
    <message>
        <source>Feedback on &quot;{headline}&quot;</source>
        <translation>Suivi de « {headline} »</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>No network chosen yet.</source>
        <translation>Aucun réseau choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) chosen: {names}</source>
        <translation>
            <numerusform>%n réseau choisi : {names}</numerusform>
            <numerusform>%n réseaux choisis : {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered by: {networks}</source>
        <translation>Couvert par : {networks}</translation>
    </message>
    <message>
        <source>{network} covers it too but cannot receive messages now ({state}).</source>
        <translation>{network} la couvre aussi mais ne peut pas recevoir de messages pour l&apos;instant ({state}).</translation>
    </message>
    <message>
        <source>No network covers &quot;{query}&quot;.</source>
        <translation>Aucun réseau ne couvre « {query} ».</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <source>Replace the {language} text with the template &quot;{template}&quot;?</source>
        <translation>Remplacer le texte en {language} par le modèle « {template} » ?</translation>
    </message>
    <message>
        <source>The checks run as you type.</source>
        <translation>Les contrôles se font pendant la saisie.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n finding(s) must be fixed.</source>
        <translation>
            <numerusform>Bloqué : %n constat doit être corrigé.</numerusform>
            <numerusform>Bloqué : %n constats doivent être corrigés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them before saving.</source>
        <translation>
            <numerusform>%n avertissement : lisez-le avant d&apos;enregistrer.</numerusform>
            <numerusform>%n avertissements : lisez-les avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocking findings or warnings.</source>
        <translation>Aucun constat bloquant ni avertissement.</translation>
    </message>
    <message>
        <source>{encoding} (because of {characters})</source>
        <translation>{encoding} (à cause de {characters})</translation>
    </message>
    <message>
        <source>SMS: {encoding}</source>
        <translation>SMS : {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>cost {cost}</source>
        <translation>coût {cost}</translation>
    </message>
    <message numerus="yes">
        <source>Voice: about %n second(s)</source>
        <translation>
            <numerusform>Message vocal : environ %n seconde</numerusform>
            <numerusform>Message vocal : environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n character(s)</source>
        <translation>
            <numerusform>E-mail : %n caractère</numerusform>
            <numerusform>E-mail : %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Choisissez au moins un canal.</translation>
    </message>
    <message>
        <source>Audience: choose the target networks.</source>
        <translation>Public : choisissez les réseaux destinataires.</translation>
    </message>
    <message>
        <source>Audience: loading the networks&apos; members…</source>
        <translation>Public : chargement des membres des réseaux…</translation>
    </message>
    <message>
        <source>Audience: {reached}</source>
        <translation>Public : {reached}</translation>
    </message>
    <message numerus="yes">
        <source>%n not reachable on these channels</source>
        <translation>
            <numerusform>%n injoignable par ces canaux</numerusform>
            <numerusform>%n injoignables par ces canaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held until their quiet hours end</source>
        <translation>
            <numerusform>%n retenu jusqu&apos;à la fin de ses heures de calme</numerusform>
            <numerusform>%n retenus jusqu&apos;à la fin de leurs heures de calme</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text.</source>
        <translation>Cliquez sur un constat pour sélectionner ses mots dans le texte.</translation>
    </message>
    <message>
        <source>Replace &quot;{old}&quot; with &quot;{new}&quot; here.</source>
        <translation>Remplacer ici « {old} » par « {new} ».</translation>
    </message>
    <message numerus="yes">
        <source>Apply every GSM replacement (%n)</source>
        <translation>
            <numerusform>Appliquer chaque remplacement GSM (%n)</numerusform>
            <numerusform>Appliquer chaque remplacement GSM (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not write messages.</source>
        <translation>Votre rôle ne permet pas de rédiger des messages.</translation>
    </message>
    <message>
        <source>Choose at least one target network.</source>
        <translation>Choisissez au moins un réseau destinataire.</translation>
    </message>
    <message>
        <source>Loading the chosen networks…</source>
        <translation>Chargement des réseaux choisis…</translation>
    </message>
    <message>
        <source>Write the text.</source>
        <translation>Rédigez le texte.</translation>
    </message>
    <message>
        <source>Fix the blocking findings, or save the message for the korpschef, who alone may override them (with a reason).</source>
        <translation>Corrigez les constats bloquants, ou enregistrez le message pour le chef de corps, seul autorisé à passer outre (avec un motif).</translation>
    </message>
    <message>
        <source>Another operator approves the message after you save it (four eyes).</source>
        <translation>Un autre utilisateur approuve le message après l&apos;enregistrement (quatre yeux).</translation>
    </message>
    <message>
        <source>The checks block this message: only the korpschef may approve it, overriding them with a reason.</source>
        <translation>Les contrôles bloquent ce message : seul le chef de corps peut l&apos;approuver en passant outre, avec un motif.</translation>
    </message>
    <message>
        <source>Your role may not approve messages.</source>
        <translation>Votre rôle ne permet pas d&apos;approuver des messages.</translation>
    </message>
    <message>
        <source>Check the findings, then approve: the message becomes ready to dispatch.</source>
        <translation>Vérifiez les constats, puis approuvez : le message devient prêt à l&apos;envoi.</translation>
    </message>
    <message>
        <source>Update of an earlier message.</source>
        <translation>Mise à jour d&apos;un message précédent.</translation>
    </message>
    <message>
        <source>Cancellation of an earlier message.</source>
        <translation>Annulation d&apos;un message précédent.</translation>
    </message>
    <message>
        <source>Draft written by {author} on {date}: waiting for the approval of another operator.</source>
        <translation>Projet rédigé par {author} le {date} : en attente de l&apos;approbation d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}: ready to dispatch.</source>
        <translation>Approuvé par {approver} le {date} : prêt à l&apos;envoi.</translation>
    </message>
    <message>
        <source>Blocking findings overridden: {reason}</source>
        <translation>Constats bloquants outrepassés : {reason}</translation>
    </message>
    <message>
        <source>Sent on {date}.</source>
        <translation>Envoyé le {date}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Save for the korpschef</source>
        <translation>Enregistrer pour le chef de corps</translation>
    </message>
    <message>
        <source>The checks block this message. Only the korpschef may approve it, overriding the findings with a reason that is kept. Save it for the korpschef?</source>
        <translation>Les contrôles bloquent ce message. Seul le chef de corps peut l&apos;approuver en passant outre les constats, avec un motif conservé. L&apos;enregistrer pour le chef de corps ?</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <source>Message composer</source>
        <translation>Rédaction de message</translation>
    </message>
    <message>
        <source>Exercise banner</source>
        <translation>Bandeau d&apos;exercice</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to the messages</source>
        <translation>Retour aux messages</translation>
    </message>
    <message>
        <source>Back to the list of messages (Alt+Left)</source>
        <translation>Retour à la liste des messages (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Title of the message</source>
        <translation>Titre du message</translation>
    </message>
    <message>
        <source>E&amp;xercise: not a real message</source>
        <translation>E&amp;xercice : pas un vrai message</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>An exercise is marked as such everywhere and goes out with the CAP status Exercise</source>
        <translation>Un exercice est marqué comme tel partout et part avec le statut CAP Exercise</translation>
    </message>
    <message>
        <source>Status of the message</source>
        <translation>Statut du message</translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation>Réseaux destinataires</translation>
    </message>
    <message>
        <source>Search a network or municipality</source>
        <translation>Chercher un réseau ou une commune</translation>
    </message>
    <message>
        <source>Search the target networks</source>
        <translation>Chercher les réseaux destinataires</translation>
    </message>
    <message>
        <source>Networks that may receive messages</source>
        <translation>Réseaux qui peuvent recevoir des messages</translation>
    </message>
    <message>
        <source>Tick the networks the message is for. Only networks that are official or active are listed.</source>
        <translation>Cochez les réseaux auxquels le message est destiné. Seuls les réseaux officiels ou actifs sont listés.</translation>
    </message>
    <message>
        <source>Chosen networks</source>
        <translation>Réseaux choisis</translation>
    </message>
    <message>
        <source>Street or postcode</source>
        <translation>Rue ou code postal</translation>
    </message>
    <message>
        <source>e.g. Parklaan or 1500</source>
        <translation>p. ex. rue du Parc ou 1500</translation>
    </message>
    <message>
        <source>Type a street or a postcode: the networks whose territory covers it are listed below, and Add ticks them.</source>
        <translation>Tapez une rue ou un code postal : les réseaux dont le territoire la couvre sont listés en dessous, et Ajouter les coche.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the networks covering this street</source>
        <translation>Ajouter les réseaux couvrant cette rue</translation>
    </message>
    <message>
        <source>Tick the networks whose territory covers this street or postcode</source>
        <translation>Cocher les réseaux dont le territoire couvre cette rue ou ce code postal</translation>
    </message>
    <message>
        <source>Networks covering the street</source>
        <translation>Réseaux couvrant la rue</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>The kind of information. Categories that a target network&apos;s charter did not agree to are marked.</source>
        <translation>Le type d&apos;information. Les catégories que la charte d&apos;un réseau destinataire n&apos;a pas acceptées sont marquées.</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>A threat now: by SMS and/or voice call</source>
        <translation>Une menace maintenant : par SMS et/ou appel vocal</translation>
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
        <translation>Une information qui peut attendre : par e-mail</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Envoyer par SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Send as a voice call</source>
        <translation>Envoyer par appel vocal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What and where, in a few words (lists, CAP headline)</source>
        <translation>Quoi et où, en quelques mots (listes, titre CAP)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>A ready text with preventive advice, in the language of the open tab</source>
        <translation>Un texte prêt avec des conseils de prévention, dans la langue de l&apos;onglet ouvert</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <source>Put the template&apos;s text in the open language tab (the category follows)</source>
        <translation>Met le texte du modèle dans l&apos;onglet de langue ouvert (la catégorie suit)</translation>
    </message>
    <message>
        <source>Text per language</source>
        <translation>Texte par langue</translation>
    </message>
    <message>
        <source>SMS and voice counters</source>
        <translation>Compteurs SMS et voix</translation>
    </message>
    <message>
        <source>Audience per channel</source>
        <translation>Public par canal</translation>
    </message>
    <message>
        <source>Verdict of the checks</source>
        <translation>Verdict des contrôles</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Explain: every rule that ran</source>
        <translation>Expliquer : chaque règle appliquée</translation>
    </message>
    <message>
        <source>List every rule of the check: what it looks at, what it found, and the rules the zone switched off</source>
        <translation>Lister chaque règle du contrôle : ce qu&apos;elle vérifie, ce qu&apos;elle a trouvé, et les règles désactivées par la zone</translation>
    </message>
    <message>
        <source>Findings of the checks</source>
        <translation>Constats des contrôles</translation>
    </message>
    <message>
        <source>Click a finding to select its words in the text</source>
        <translation>Cliquez sur un constat pour sélectionner ses mots dans le texte</translation>
    </message>
    <message>
        <source>Every rule of the check</source>
        <translation>Chaque règle du contrôle</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction proposée</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Apply the suggested replacement</source>
        <translation>Appliquer le remplacement proposé</translation>
    </message>
    <message>
        <source>Replace only the selected finding&apos;s character with its GSM equivalent</source>
        <translation>Remplacer uniquement le caractère du constat sélectionné par son équivalent GSM</translation>
    </message>
    <message>
        <source>Apply every GSM replacement</source>
        <translation>Appliquer chaque remplacement GSM</translation>
    </message>
    <message>
        <source>Replace every character that forces UCS-2 in this text by its GSM equivalent</source>
        <translation>Remplacer chaque caractère qui impose l&apos;UCS-2 dans ce texte par son équivalent GSM</translation>
    </message>
    <message>
        <source>Why the buttons are disabled</source>
        <translation>Pourquoi les boutons sont désactivés</translation>
    </message>
    <message>
        <source>Save for the korpschef…</source>
        <translation>Enregistrer pour le chef de corps…</translation>
    </message>
    <message>
        <source>Save for the korpschef&apos;s override</source>
        <translation>Enregistrer pour que le chef de corps passe outre</translation>
    </message>
    <message>
        <source>Save despite blocking findings: only the korpschef can approve it, with a reason that is kept</source>
        <translation>Enregistrer malgré les constats bloquants : seul le chef de corps peut l&apos;approuver, avec un motif conservé</translation>
    </message>
    <message>
        <source>&amp;Save for approval</source>
        <translation>&amp;Enregistrer pour approbation</translation>
    </message>
    <message>
        <source>Save for approval</source>
        <translation>Enregistrer pour approbation</translation>
    </message>
    <message>
        <source>Save the draft; another operator approves it (Ctrl+S)</source>
        <translation>Enregistrer le projet ; un autre utilisateur l&apos;approuve (Ctrl+S)</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>Approve the message</source>
        <translation>Approuver le message</translation>
    </message>
    <message>
        <source>Check the audience and approve: the message becomes ready to dispatch</source>
        <translation>Vérifier le public et approuver : le message devient prêt à l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Mise à jour…</translation>
    </message>
    <message>
        <source>Write an update of this message</source>
        <translation>Rédiger une mise à jour de ce message</translation>
    </message>
    <message>
        <source>A new message to the same networks that corrects or completes this one</source>
        <translation>Un nouveau message aux mêmes réseaux qui corrige ou complète celui-ci</translation>
    </message>
    <message>
        <source>Cancel message…</source>
        <translation>Annuler le message…</translation>
    </message>
    <message>
        <source>Cancel this message</source>
        <translation>Annuler ce message</translation>
    </message>
    <message>
        <source>A cancellation to the same networks, referring to this message</source>
        <translation>Une annulation aux mêmes réseaux, qui renvoie à ce message</translation>
    </message>
</context>
<context>
    <name>ComposerTextForm</name>
    <message>
        <source>Text in one language</source>
        <translation>Texte dans une langue</translation>
    </message>
    <message>
        <source>E-mail &amp;subject:</source>
        <translation>&amp;Objet de l&apos;e-mail :</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>What and where, e.g. Burglaries in the Kerkwijk</source>
        <translation>Quoi et où, p. ex. Cambriolages dans le quartier de l&apos;Église</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>The message as members will read it. Say what happened, where, and what they can do.</source>
        <translation>Le message tel que les membres le liront. Dites ce qui s&apos;est passé, où, et ce qu&apos;ils peuvent faire.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <extracomment>the network it is about (for a network, its own name), &quot;&quot; when unknown here &quot;Resolved&quot; or &quot;To look at&quot;: shown with &quot;Show resolved&quot; only</extracomment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Kept: by, when</source>
        <translation>Conservée : par, quand</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Other: by, when</source>
        <translation>Autre : par, quand</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Member of {network}</source>
        <translation>Membre de {network}</translation>
    </message>
    <message>
        <source>Contact of {network}</source>
        <translation>Contact de {network}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Codes postaux</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation>Policier mandaté</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{who}, {when}, here</source>
        <translation>{who}, {when}, ici</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Made on device {id}</source>
        <translation>Sur l&apos;appareil {id}</translation>
    </message>
    <message>
        <source>The later change wins</source>
        <translation>La modification la plus récente l&apos;emporte</translation>
    </message>
    <message>
        <source>A deletion wins over a change</source>
        <translation>Une suppression l&apos;emporte sur une modification</translation>
    </message>
    <message>
        <source>Staying a member wins over leaving</source>
        <translation>Rester membre l&apos;emporte sur le départ</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Two people changed the same thing without seeing each other&apos;s change (one of them was offline, say). Every computer of the zone kept the same value, by the rule shown. If the other value is the right one, select the row and keep it: that is a new change, sent to the other computers at the next sync.</source>
        <translation>Deux personnes ont modifié la même chose sans voir la modification de l&apos;autre (l&apos;une d&apos;elles était hors ligne, par exemple). Chaque ordinateur de la zone a conservé la même valeur, selon la règle indiquée. Si l&apos;autre valeur est la bonne, sélectionnez la ligne et conservez-la : c&apos;est une nouvelle modification, envoyée aux autres ordinateurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Afficher les conflits résolus</translation>
    </message>
    <message>
        <source>&amp;Keep the other value</source>
        <translation>&amp;Conserver l&apos;autre valeur</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>Conserver l&apos;autre valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Sélectionnez d&apos;abord un conflit.</translation>
    </message>
    <message>
        <source>The row was deleted: a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation>La ligne a été supprimée : une ligne supprimée ne peut pas prendre l&apos;autre valeur. Créez-la à nouveau si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation>Ce conflit a déjà été réglé.</translation>
    </message>
    <message>
        <source>Nobody is selected as operator: changes are refused.</source>
        <translation>Aucun utilisateur n&apos;est sélectionné : les modifications sont refusées.</translation>
    </message>
    <message>
        <source>Give the field the other value: a new change, sent to the other computers at the next sync.</source>
        <translation>Donner au champ l&apos;autre valeur : une nouvelle modification, envoyée aux autres ordinateurs à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjoint</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BIN Desk has a problem</source>
        <extracomment>The exit code of a run that stopped on a bug (`--no-crash-dialog`).</extracomment>
        <translation>BIN Desk a rencontré un problème</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved work is safe; the last action may not have been carried out. Please send this report to your IT support.</source>
        <translation>Une erreur inattendue s&apos;est produite. Votre travail enregistré est en sécurité ; la dernière action n&apos;a peut-être pas été effectuée. Veuillez transmettre ce rapport à votre service informatique.</translation>
    </message>
    <message>
        <source>The report was saved in {path}.</source>
        <translation>Le rapport a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The report could not be saved to a file.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>CredentialsWidget</name>
    <message>
        <source>No certificate file chosen</source>
        <translation>Aucun fichier de certificat choisi</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) with your signing certificate and key</source>
        <translation>Un fichier PKCS#12 (.p12 ou .pfx) contenant votre certificat de signature et sa clé</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Fichier de certificat :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of the certificate file. BIN Desk never stores it.</source>
        <translation>La phrase secrète du fichier de certificat. BIN Desk ne la conserve jamais.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Sign with the eID card</source>
        <translation>Signer avec la carte eID</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible in this version of BIN Desk yet.</source>
        <translation>La signature avec la carte eID n&apos;est pas encore possible dans cette version de BIN Desk.</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column order of the dashboard and the core sort key of each column.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Next actor</source>
        <translation>À qui le tour</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Attente (j)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signées</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier msg</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>{count} (+{pending} pending)</source>
        <translation>{count} (+{pending} nouv.)</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Depuis le {date}</translation>
    </message>
    <message>
        <source>{count} members, {pending} waiting for review</source>
        <translation>{count} membres, {pending} en attente d&apos;examen</translation>
    </message>
    <message>
        <source>Evaluation overdue</source>
        <translation>Évaluation en retard</translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (en retard)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This data folder has no police zone yet. Start BIN Desk with --demo to try it with example data.</source>
        <extracomment>The table shows the rows of the latest request. The zone summary (counts, needs action, total) arrived.</extracomment>
        <translation>Ce dossier de données n&apos;a pas encore de zone de police. Lancez BIN Desk avec --demo pour l&apos;essayer avec des données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Networks per state</source>
        <translation>Réseaux par phase</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Networks that need action</source>
        <translation>Réseaux qui demandent une action</translation>
    </message>
    <message>
        <source>Double-click to open the network</source>
        <translation>Double-cliquez pour ouvrir le réseau</translation>
    </message>
    <message>
        <source>Search name, municipality, street or postcode</source>
        <translation>Rechercher un nom, une commune, une rue ou un code postal</translation>
    </message>
    <message>
        <source>Search networks</source>
        <translation>Rechercher des réseaux</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par phase</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Filtrer par commune</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Networks of the zone</source>
        <translation>Réseaux de la zone</translation>
    </message>
    <message>
        <source>Number of networks shown</source>
        <translation>Nombre de réseaux affichés</translation>
    </message>
    <message>
        <source>{state}: {count} networks. Click to show only these.</source>
        <translation>{state} : {count} réseaux. Cliquez pour n&apos;afficher que ceux-ci.</translation>
    </message>
    <message>
        <source>{state}: {count} networks</source>
        <translation>{state} : {count} réseaux</translation>
    </message>
    <message>
        <source>{shown} of {total} networks</source>
        <translation>{shown} réseaux sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>Delivery chart</source>
        <extracomment>How often the view reloads its statistics while its message is dispatched. How often the providers are asked for delivery reports once everything was handed over. How long the window keeps asking for delivery reports. The longest pause between two rounds (a 429&apos;s Retry-After, a retry back-off).</extracomment>
        <translation>Graphique de distribution</translation>
    </message>
</context>
<context>
    <name>DeliveryStatsModel</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation>Résumé de la distribution</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Progression de la distribution</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v sur %m traités</translation>
    </message>
    <message>
        <source>Send the rest</source>
        <translation>Envoyer le reste</translation>
    </message>
    <message>
        <source>Hand the deliveries still queued to the gateways (after a stop or a restart)</source>
        <translation>Remettre aux passerelles les envois encore en file d&apos;attente (après un arrêt ou un redémarrage)</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>Annuler l&apos;envoi…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Deliveries per channel and language</source>
        <translation>Envois par canal et par langue</translation>
    </message>
    <message>
        <source>Delivery times and cost</source>
        <translation>Délais de remise et coût</translation>
    </message>
    <message>
        <source>Members not reached</source>
        <translation>Membres non atteints</translation>
    </message>
    <message>
        <source>Review member…</source>
        <translation>Examiner le membre…</translation>
    </message>
    <message>
        <source>Review member</source>
        <translation>Examiner le membre</translation>
    </message>
    <message>
        <source>Open the selected member in the member list to check the number or address</source>
        <translation>Ouvrir le membre sélectionné dans la liste des membres pour vérifier le numéro ou l&apos;adresse</translation>
    </message>
    <message>
        <source>sent {when} · {total} deliveries · {handed} handed to the providers · {delivered} delivered · {failed} failed</source>
        <translation>envoyé {when} · {total} envois · {handed} remis aux fournisseurs · {delivered} distribués · {failed} en échec</translation>
    </message>
    <message>
        <source>Half delivered after: {t50} · nine in ten after: {t90}</source>
        <translation>Moitié distribuée après : {t50} · neuf sur dix après : {t90}</translation>
    </message>
    <message>
        <source>SMS cost so far: {cost} ({segments} segments × {price}; segments per SMS {per_language})</source>
        <translation>Coût SMS jusqu&apos;ici : {cost} ({segments} segments × {price} ; segments par SMS {per_language})</translation>
    </message>
    <message numerus="yes">
        <source>Members not reached: %n</source>
        <translation>
            <numerusform>Membres non atteints : %n</numerusform>
            <numerusform>Membres non atteints : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this message? Deliveries not yet handed to a provider are not sent; those already handed over cannot be called back.</source>
        <translation>Annuler ce message ? Les envois pas encore remis à un fournisseur ne partent pas ; ceux déjà remis ne peuvent pas être rappelés.</translation>
    </message>
    <message>
        <source>Stop waiting for reports</source>
        <translation>Ne plus attendre les accusés de remise</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Envoi annulé.</translation>
    </message>
    <message>
        <source>Stopped; what is still queued waits for &apos;Send the rest&apos;.</source>
        <translation>Arrêté ; ce qui reste en file d&apos;attente attend « Envoyer le reste ».</translation>
    </message>
    <message>
        <source>Stopped waiting for delivery reports.</source>
        <translation>Attente des accusés de remise arrêtée.</translation>
    </message>
    <message>
        <source>Sending stopped on an error.</source>
        <translation>Envoi arrêté sur une erreur.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Forget a member</source>
        <translation>Oublier un membre</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; is erased from the member list of {network}.&lt;/p&gt;&lt;p&gt;Their name, address, phone numbers, e-mail address and notes are blanked everywhere BIN Desk holds them: on the list, in the review queue and in the history of changes. This cannot be undone. Use it when the person asks to be forgotten; a member who only leaves the BIN gets the status Left.&lt;/p&gt;&lt;p&gt;Type the member&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; est effacé(e) de la liste des membres de {network}.&lt;/p&gt;&lt;p&gt;Son nom, son adresse, ses numéros de téléphone, son adresse e-mail et les remarques sont effacés partout où BIN Desk les conserve : dans la liste, dans la file d&apos;examen et dans l&apos;historique des modifications. C&apos;est irréversible. À utiliser lorsque la personne demande à être oubliée ; un membre qui quitte simplement le PLP reçoit le statut Désinscrit.&lt;/p&gt;&lt;p&gt;Tapez le nom du membre pour confirmer :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the member, to confirm</source>
        <translation>Nom du membre, pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Forget for good</source>
        <translation>&amp;Oublier définitivement</translation>
    </message>
    <message>
        <source>Forget for good</source>
        <translation>Oublier définitivement</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Problem on this page</source>
        <translation>Problème sur cette page</translation>
    </message>
</context>
<context>
    <name>FailedDeliveriesModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>FeedbackDueModel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>En retard de</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Field of column {column}</source>
        <translation>Donnée de la colonne {column}</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
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
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Apply below to replace it here.</source>
        <translation>Appliquez ci-dessous pour le remplacer ici.</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Change gateway</source>
        <translation>Modifier la passerelle</translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation>Ajouter une passerelle</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Nom de la passerelle</translation>
    </message>
    <message>
        <source>e.g. relay or mail</source>
        <translation>p. ex. relay ou mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Type de passerelle</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adresse ou dossier</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <source>Default (SSL for smtps://, else STARTTLS)</source>
        <translation>Par défaut (SSL pour smtps://, sinon STARTTLS)</translation>
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
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>sender id or from address</source>
        <translation>identifiant d&apos;expéditeur ou adresse d&apos;envoi</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>Sends {channel}</source>
        <translation>Envoie {channel}</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source> per request</source>
        <translation> par requête</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source>Test mode (the provider does not deliver)</source>
        <translation>Mode test (le fournisseur ne distribue pas)</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation>Jeton ou mot de passe</translation>
    </message>
    <message>
        <source>set: leave empty to keep it</source>
        <translation>défini : laisser vide pour le conserver</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>T&amp;oken or password:</source>
        <translation>&amp;Jeton ou mot de passe :</translation>
    </message>
    <message>
        <source>Kept only in this computer&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in BIN Desk&apos;s data or exports. Every computer that sends needs it.</source>
        <translation>Conservé uniquement dans le trousseau de clés de cet ordinateur (Gestionnaire d&apos;identification Windows, Trousseau macOS, Secret Service), jamais dans les données ni les exportations de BIN Desk. Chaque ordinateur qui envoie en a besoin.</translation>
    </message>
    <message>
        <source>smtp://user@mail.example.be:587 or smtps://…</source>
        <translation>smtp://utilisateur@mail.example.be:587 ou smtps://…</translation>
    </message>
    <message>
        <source>https://relay.example.be/api</source>
        <translation>https://relay.example.be/api</translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN\outbox</source>
        <translation>un dossier, p. ex. C:\BIN\outbox</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway (optional)</source>
        <translation>Passerelle (facultatif)</translation>
    </message>
    <message>
        <source>A gateway sends the police messages: e-mail through the zone&apos;s mail server, SMS and voice through a provider. You can also set it up later.</source>
        <translation>Une passerelle envoie les messages de la police : les e-mails par le serveur de messagerie de la zone, les SMS et messages vocaux par un fournisseur. Vous pouvez aussi la configurer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Configure a gateway now</source>
        <translation>&amp;Configurer une passerelle maintenant</translation>
    </message>
    <message>
        <source>Configure a gateway now</source>
        <translation>Configurer une passerelle maintenant</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Nom de la passerelle</translation>
    </message>
    <message>
        <source>e.g. mail</source>
        <translation>p. ex. mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Type de passerelle</translation>
    </message>
    <message>
        <source>E-mail server (SMTP)</source>
        <translation>Serveur de messagerie (SMTP)</translation>
    </message>
    <message>
        <source>SMS and voice provider (HTTP JSON)</source>
        <translation>Fournisseur SMS et vocal (HTTP JSON)</translation>
    </message>
    <message>
        <source>Folder outbox (tests and exercises)</source>
        <translation>Boîte d&apos;envoi dans un dossier (tests et exercices)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>Token or password</source>
        <translation>Jeton ou mot de passe</translation>
    </message>
    <message>
        <source>Token or pass&amp;word:</source>
        <translation>Jeton ou mot de &amp;passe :</translation>
    </message>
    <message>
        <source>a folder, e.g. C:\BIN Desk\outbox</source>
        <translation>un dossier, p. ex. C:\BIN Desk\outbox</translation>
    </message>
</context>
<context>
    <name>GatewaysModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adresse ou dossier</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Rate/s</source>
        <translation>Débit/s</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation>NON DÉFINI</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>pas nécessaire</translation>
    </message>
</context>
<context>
    <name>GatewaysPage</name>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>The providers that send messages: one gateway per channel (the first by name that offers it). Tokens and passwords stay in this computer&apos;s keyring.</source>
        <translation>Les fournisseurs qui envoient les messages : une passerelle par canal (la première, par ordre de nom, qui le propose). Les jetons et mots de passe restent dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problème de trousseau de clés</translation>
    </message>
    <message>
        <source>Add gateway…</source>
        <translation>Ajouter une passerelle…</translation>
    </message>
    <message>
        <source>Add a provider that sends messages (administrator)</source>
        <translation>Ajouter un fournisseur qui envoie les messages (administrateur)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected gateway or set its token or password</source>
        <translation>Modifier la passerelle sélectionnée ou définir son jeton ou mot de passe</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected gateway and forget its secret</source>
        <translation>Supprimer la passerelle sélectionnée et oublier son secret</translation>
    </message>
    <message>
        <source>Send a &amp;test to:</source>
        <translation>Envoyer un &amp;test à :</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Adresse de test</translation>
    </message>
    <message>
        <source>your own number (+32…) or e-mail address</source>
        <translation>votre propre numéro (+32…) ou adresse e-mail</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer le test</translation>
    </message>
    <message>
        <source>Send one test message through the selected gateway to your own number or address</source>
        <translation>Envoyer un message de test par la passerelle sélectionnée à votre propre numéro ou adresse</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Gateway notice</source>
        <translation>Avis de la passerelle</translation>
    </message>
    <message>
        <source>Only an administrator changes or tests the gateways.</source>
        <translation>Seul un administrateur modifie ou teste les passerelles.</translation>
    </message>
    <message>
        <source>Gateway {name} saved; its secret is in the keyring.</source>
        <translation>Passerelle {name} enregistrée ; son secret est dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Gateway {name} saved.</source>
        <translation>Passerelle {name} enregistrée.</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Supprimer la passerelle</translation>
    </message>
    <message>
        <source>Remove gateway {name}? Messages are no longer sent through it and its secret is forgotten on this computer.</source>
        <translation>Supprimer la passerelle {name} ? Les messages ne passent plus par elle et son secret est oublié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Gateway {name} removed.</source>
        <translation>Passerelle {name} supprimée.</translation>
    </message>
    <message>
        <source>Sending a test through {name}…</source>
        <translation>Envoi d&apos;un test par {name}…</translation>
    </message>
    <message>
        <source>Test accepted by {name} (provider reference {id}). Check that it arrived.</source>
        <translation>Test accepté par {name} (référence du fournisseur {id}). Vérifiez qu&apos;il est bien arrivé.</translation>
    </message>
    <message>
        <source>The provider of {name} refused the test: {error}</source>
        <translation>Le fournisseur de {name} a refusé le test : {error}</translation>
    </message>
    <message>
        <source>{name} could not take the test now, try again later: {error}</source>
        <translation>{name} ne peut pas accepter le test pour l&apos;instant, réessayez plus tard : {error}</translation>
    </message>
    <message>
        <source>It is not known whether {name} took the test: {error}</source>
        <translation>On ne sait pas si {name} a accepté le test : {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Member rows hold personal data: their history shows which fields changed, not the values.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Rôle de contact</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Signature request</source>
        <translation>Demande de signature</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé(e)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié(e)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé(e)</translation>
    </message>
    <message>
        <source>{entity} {kind}</source>
        <translation>{entity} {kind}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>postcodes</source>
        <translation>codes postaux</translation>
    </message>
    <message>
        <source>streets</source>
        <translation>rues</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <source>mandated officer</source>
        <translation>policier mandaté</translation>
    </message>
    <message>
        <source>evaluation due</source>
        <translation>évaluation prévue</translation>
    </message>
    <message>
        <source>state</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>enregistré par</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>signé par</translation>
    </message>
    <message>
        <source>method</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>requested on</source>
        <translation>demandée le</translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation>rédigée le</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>soumise le</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>approuvée le</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>référence DGSP</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjoint</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Zone hub (optional)</source>
        <translation>Hub de la zone (facultatif)</translation>
    </message>
    <message>
        <source>With a hub, every workstation and laptop of the zone shares the same data and works offline in between. You can also set it up later.</source>
        <translation>Avec un hub, chaque poste de travail et ordinateur portable de la zone partage les mêmes données et fonctionne hors ligne entre-temps. Vous pouvez aussi le configurer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Synchronise with the zone&apos;s hub</source>
        <translation>&amp;Synchroniser avec le hub de la zone</translation>
    </message>
    <message>
        <source>Synchronise with the zone&apos;s hub</source>
        <translation>Synchroniser avec le hub de la zone</translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation>URL de la base de données du hub</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données :</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Mot de passe du hub</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Demandez l&apos;adresse au service informatique de la zone. Le mot de passe est conservé dans le trousseau de clés de cet ordinateur, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the zone from its hub</source>
        <translation>Rejoindre la zone via son hub</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s IT for the hub&apos;s address. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Demandez l&apos;adresse du hub au service informatique de la zone. Le mot de passe est conservé dans le trousseau de clés de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Hub database URL</source>
        <translation>URL de la base de données du hub</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données :</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Mot de passe du hub</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Getting the zone from the hub…</source>
        <translation>Récupération de la zone depuis le hub…</translation>
    </message>
</context>
<context>
    <name>KorpschefReviewDialog</name>
    <message>
        <source>Rendering the pages…</source>
        <extracomment>Resolution of the page images: sharp at 100 % on a laptop, small enough for six pages. The review data arrived and the pages are shown. Something was recorded (a signature, a refusal): the caller reloads.</extracomment>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>You are signed in as {name} ({role}).</source>
        <translation>Vous êtes connecté en tant que {name} ({role}).</translation>
    </message>
    <message>
        <source>Korpschef review</source>
        <translation>Examen par le chef de corps</translation>
    </message>
    <message>
        <source>Only the korpschef reviews and signs the charter here. {who}</source>
        <translation>Seul le chef de corps examine et signe la charte ici. {who}</translation>
    </message>
    <message>
        <source>The charter could not be shown.</source>
        <translation>La charte n&apos;a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Korpschef review: {network}</source>
        <translation>Examen par le chef de corps : {network}</translation>
    </message>
    <message>
        <source>No version of this charter is being signed.</source>
        <translation>Aucune version de cette charte n&apos;est en cours de signature.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>{version}, sent for signature on {date}</source>
        <translation>{version}, envoyée pour signature le {date}</translation>
    </message>
    <message>
        <source>{streets} and {more} more</source>
        <translation>{streets} et {more} autres</translation>
    </message>
    <message>
        <source>{municipality} ({postcodes}): {streets}</source>
        <translation>{municipality} ({postcodes}) : {streets}</translation>
    </message>
    <message>
        <source>{categories}; via {channels}</source>
        <translation>{categories} ; par {channels}</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role} : {name}</translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation>Coordinateur adjoint</translation>
    </message>
    <message>
        <source>✓ {who}: signed on {date} ({method})</source>
        <translation>✓ {who} : signé le {date} ({method})</translation>
    </message>
    <message>
        <source>… {who}: waiting since {date}</source>
        <translation>… {who} : en attente depuis le {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>There is nothing for you to sign in this version.</source>
        <translation>Vous n&apos;avez rien à signer dans cette version.</translation>
    </message>
    <message>
        <source>Tick every item ADVP checks before you sign.</source>
        <translation>Cochez chaque point que la DGSP vérifie avant de signer.</translation>
    </message>
    <message>
        <source>Choose your certificate file and enter its passphrase.</source>
        <translation>Choisissez votre fichier de certificat et saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation>Renvoyer la charte</translation>
    </message>
    <message>
        <source>Send version {version} of the charter of {network} back to drafting? The signatures collected on it lapse; a new version will be signed.</source>
        <translation>Renvoyer la version {version} de la charte de {network} en rédaction ? Les signatures déjà recueillies deviennent caduques ; une nouvelle version sera signée.</translation>
    </message>
</context>
<context>
    <name>KorpschefReviewForm</name>
    <message>
        <source>Korpschef review of the charter</source>
        <translation>Examen de la charte par le chef de corps</translation>
    </message>
    <message>
        <source>Read the charter exactly as it will be signed, tick what ADVP checks, then sign it or send it back with your reasons.</source>
        <translation>Lisez la charte exactement telle qu&apos;elle sera signée, cochez ce que la DGSP vérifie, puis signez-la ou renvoyez-la avec vos motifs.</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit the pages to the width of the window</source>
        <translation>Ajuster les pages à la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <source>Pages of the charter</source>
        <translation>Pages de la charte</translation>
    </message>
    <message>
        <source>The charter</source>
        <translation>La charte</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>The sha256 of the version sent for signature: printed on every page</source>
        <translation>Le sha256 de la version envoyée pour signature : imprimé sur chaque page</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Territoire :</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Informations :</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires :</translation>
    </message>
    <message>
        <source>What ADVP checks</source>
        <translation>Ce que la DGSP vérifie</translation>
    </message>
    <message>
        <source>Participation, communication and prevention; no patrols, no political aim</source>
        <translation>Participation, communication et prévention ; pas de patrouilles, pas de but politique</translation>
    </message>
    <message>
        <source>The objectives</source>
        <translation>Les objectifs</translation>
    </message>
    <message>
        <source>Coordinator, mandated officer, korpschef, mayor or prevention officer, with their roles and contact details</source>
        <translation>Coordinateur, policier mandaté, chef de corps, bourgmestre ou fonctionnaire de prévention, avec leur rôle et leurs coordonnées</translation>
    </message>
    <message>
        <source>Organisation structure and partners</source>
        <translation>Structure organisationnelle et partenaires</translation>
    </message>
    <message>
        <source>The streets, postcodes and municipality of the network</source>
        <translation>Les rues, codes postaux et la commune du réseau</translation>
    </message>
    <message>
        <source>The territory</source>
        <translation>Le territoire</translation>
    </message>
    <message>
        <source>Which information flows which way, urgent and non-urgent channels, and what is never passed on: the BIN is not a snitch line</source>
        <translation>Quelles informations circulent dans quel sens, canaux urgents et non urgents, et ce qui n&apos;est jamais transmis : le PLP n&apos;est pas une ligne de délation</translation>
    </message>
    <message>
        <source>Communication plan, &quot;not a snitch line&quot; clause</source>
        <translation>Plan de communication, clause «&#xa0;pas de délation&#xa0;»</translation>
    </message>
    <message>
        <source>Purpose, who holds the member list, the rights of access, correction and erasure, no sharing</source>
        <translation>Finalité, qui tient la liste des membres, les droits d&apos;accès, de rectification et d&apos;effacement, aucun partage</translation>
    </message>
    <message>
        <source>The GDPR clause</source>
        <translation>La clause RGPD</translation>
    </message>
    <message>
        <source>The other signatures</source>
        <translation>Les autres signatures</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Sign as korpschef</source>
        <translation>Signer en tant que chef de corps</translation>
    </message>
    <message>
        <source>Sign the charter</source>
        <translation>Signer la charte</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Reasons for sending the charter back</source>
        <translation>Motifs du renvoi de la charte</translation>
    </message>
    <message>
        <source>What must change before you sign (required to send back)</source>
        <translation>Ce qui doit changer avant que vous signiez (obligatoire pour renvoyer)</translation>
    </message>
    <message>
        <source>Send the charter back</source>
        <translation>Renvoyer la charte</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Renvoyer…</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Message text in {language}</source>
        <translation>Texte du message en {language}</translation>
    </message>
    <message>
        <source>E-mail subject in {language}</source>
        <translation>Objet de l&apos;e-mail en {language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BIN Desk main window</source>
        <translation>Fenêtre principale de BIN Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Chartes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Number of networks</source>
        <translation>Nombre de réseaux</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation>Zone : {zone}</translation>
    </message>
    <message>
        <source>No zone set up</source>
        <translation>Aucune zone configurée</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>Aucun utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>&amp;Import for review</source>
        <extracomment>A trial run came back (its result is in `trial`, or `error` says why it failed).</extracomment>
        <translation>&amp;Importer pour examen</translation>
    </message>
    <message>
        <source>Import for review</source>
        <translation>Importer pour examen</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <translation>en-têtes à la ligne {row}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, {where}</source>
        <translation>feuille « {sheet} », {where}</translation>
    </message>
    <message>
        <source>{where}, text in {encoding}, separated by “{delimiter}”</source>
        <translation>{where}, texte en {encoding}, séparé par « {delimiter} »</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; for {network}: {rows} rows ({where}).&lt;br&gt;Check which column holds what. The trial run below shows what the import would find. Nothing is stored until you click Import; the rows then wait in the review queue.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; pour {network} : {rows} lignes ({where}).&lt;br&gt;Vérifiez ce que contient chaque colonne. L&apos;essai ci-dessous montre ce que l&apos;importation trouverait. Rien n&apos;est enregistré avant de cliquer sur Importer ; les lignes attendent ensuite dans la file d&apos;examen.</translation>
    </message>
    <message>
        <source>Trying the new choice…</source>
        <translation>Essai du nouveau choix…</translation>
    </message>
    <message>
        <source>Of {total} rows: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation>Sur {total} lignes : {ok} prêtes à approuver, {problem} avec un problème, {duplicate} en double.</translation>
    </message>
    <message>
        <source>Compared with the members on record: {new} new, {changed} changed, {unchanged} unchanged; {gone} members are not on this list (they stay members until you change them).</source>
        <translation>Par rapport aux membres enregistrés : {new} nouveaux, {changed} modifiés, {unchanged} inchangés ; {gone} membres ne figurent pas sur cette liste (ils restent membres jusqu&apos;à ce que vous les modifiiez).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
</context>
<context>
    <name>MemberCountsModel</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Partis</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member: {name}</source>
        <extracomment>The statuses an officer sets by hand (exclusion follows the sanction procedure).</extracomment>
        <translation>Membre : {name}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>box</source>
        <translation>bte</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Second p&amp;hone:</source>
        <translation>Deuxième télép&amp;hone :</translation>
    </message>
    <message>
        <source>Second phone number</source>
        <translation>Deuxième numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canaux :</translation>
    </message>
    <message>
        <source>None ticked: what the contact data allows</source>
        <translation>Rien de coché : ce que permettent les coordonnées</translation>
    </message>
    <message>
        <source>No non-urgent messages</source>
        <translation>Pas de messages non urgents</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>until</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Heures de silence :</translation>
    </message>
    <message>
        <source>The member agreed to the purpose</source>
        <translation>Le membre a accepté la finalité</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (le {date})</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Re&amp;marques :</translation>
    </message>
    <message>
        <source>Only what the BIN&apos;s communication needs. Phone numbers may be typed in any Belgian notation.</source>
        <translation>Uniquement ce dont la communication du PLP a besoin. Les numéros de téléphone peuvent être tapés dans toute notation belge.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation>Importer une liste de membres</translation>
    </message>
    <message>
        <source>&amp;Which column holds what (guessed from the headers; change what is wrong):</source>
        <translation>&amp;Ce que contient chaque colonne (déduit des en-têtes ; corrigez ce qui est faux) :</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>The first &amp;rows of the file:</source>
        <translation>Les premières &amp;lignes du fichier :</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Trial run (nothing is stored yet)</source>
        <translation>Essai (rien n&apos;est encore enregistré)</translation>
    </message>
    <message>
        <source>Rows by result</source>
        <translation>Lignes par résultat</translation>
    </message>
    <message>
        <source>Compared with the members on record</source>
        <translation>Par rapport aux membres enregistrés</translation>
    </message>
</context>
<context>
    <name>MembersForm</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: open a network&apos;s list only when your work needs it. Double-click a network to open its list and its review queue, or drop a coordinator&apos;s list on it.</source>
        <translation>Le nombre de membres de chaque réseau, par statut. Les listes de membres sont des données personnelles : n&apos;ouvrez la liste d&apos;un réseau que si votre travail l&apos;exige. Double-cliquez sur un réseau pour ouvrir sa liste et sa file d&apos;examen, ou déposez-y la liste d&apos;un coordinateur.</translation>
    </message>
    <message>
        <source>Members per network</source>
        <translation>Membres par réseau</translation>
    </message>
    <message>
        <source>The member list and the review queue of the selected network</source>
        <translation>La liste des membres et la file d&apos;examen du réseau choisi</translation>
    </message>
    <message>
        <source>Open member list</source>
        <translation>Ouvrir la liste des membres</translation>
    </message>
    <message>
        <source>&amp;Open member list</source>
        <translation>&amp;Ouvrir la liste des membres</translation>
    </message>
    <message>
        <source>Back to the members per network (Alt+Left)</source>
        <translation>Retour aux membres par réseau (Alt+Gauche)</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>← All networks</source>
        <translation>← Tous les réseaux</translation>
    </message>
    <message>
        <source>Members of the network</source>
        <translation>Membres du réseau</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Read a coordinator&apos;s member list (Excel or CSV) into the review queue. You can also drop the file on this page.</source>
        <translation>Lire la liste des membres d&apos;un coordinateur (Excel ou CSV) dans la file d&apos;examen. Vous pouvez aussi déposer le fichier sur cette page.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <source>Search by name, street, phone or e-mail</source>
        <translation>Rechercher par nom, rue, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Member status</source>
        <translation>Statut du membre</translation>
    </message>
    <message>
        <source>Number of members shown</source>
        <translation>Nombre de membres affichés</translation>
    </message>
    <message>
        <source>Status, channels, quiet hours and contact data of the selected member</source>
        <translation>Statut, canaux, heures de silence et coordonnées du membre choisi</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Everything BIN Desk holds on the selected member, as a file for them (right of access)</source>
        <translation>Tout ce que BIN Desk conserve sur le membre choisi, dans un fichier pour lui (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Rapport d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>Rapport d&apos;&amp;accès…</translation>
    </message>
    <message>
        <source>Erase the selected member&apos;s personal data everywhere (right to erasure)</source>
        <translation>Effacer partout les données personnelles du membre choisi (droit à l&apos;effacement)</translation>
    </message>
    <message>
        <source>Forget member</source>
        <translation>Oublier le membre</translation>
    </message>
    <message>
        <source>&amp;Forget (erase)…</source>
        <translation>&amp;Oublier (effacer)…</translation>
    </message>
    <message>
        <source>The active and paused members as a CSV file for the coordinator: only what they need to run the list</source>
        <translation>Les membres actifs et en pause dans un fichier CSV pour le coordinateur : uniquement ce dont il a besoin pour tenir la liste</translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation>Exporter pour le coordinateur</translation>
    </message>
    <message>
        <source>E&amp;xport for the coordinator…</source>
        <translation>E&amp;xporter pour le coordinateur…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File d&apos;examen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Constat :</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Every row without problems becomes an active member</source>
        <translation>Chaque ligne sans problème devient un membre actif</translation>
    </message>
    <message>
        <source>Approve all rows without problems</source>
        <translation>Approuver toutes les lignes sans problème</translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows</source>
        <translation>Approuver toutes les lignes &amp;OK</translation>
    </message>
    <message>
        <source>Findings of the selected row</source>
        <translation>Constats de la ligne choisie</translation>
    </message>
    <message>
        <source>Rows waiting for review</source>
        <translation>Lignes en attente d&apos;examen</translation>
    </message>
    <message>
        <source>The selected rows without problems become active members</source>
        <translation>Les lignes choisies sans problème deviennent des membres actifs</translation>
    </message>
    <message>
        <source>Approve selected rows</source>
        <translation>Approuver les lignes choisies</translation>
    </message>
    <message>
        <source>Approve &amp;selected</source>
        <translation>Approuver la &amp;sélection</translation>
    </message>
    <message>
        <source>The selected duplicate completes the member it repeats; no second member is made</source>
        <translation>Le doublon choisi complète le membre qu&apos;il répète ; aucun second membre n&apos;est créé</translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation>Fusionner avec le membre</translation>
    </message>
    <message>
        <source>&amp;Merge into member…</source>
        <translation>&amp;Fusionner avec le membre…</translation>
    </message>
    <message>
        <source>The selected rows do not become members; the reason is kept</source>
        <translation>Les lignes choisies ne deviennent pas membres ; le motif est conservé</translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation>Refuser des lignes</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <extracomment>The columns core sorts by (member_page&apos;s sort keys). The first page of a new query is in (the model was reset); the number of rows. A header was clicked that core cannot sort by; the view should show the sort in use.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>This column cannot be used to sort the list.</source>
        <translation>Cette colonne ne permet pas de trier la liste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Also: {phone}</source>
        <translation>Aussi : {phone}</translation>
    </message>
    <message>
        <source>No preference: what the contact data allows</source>
        <translation>Pas de préférence : ce que permettent les coordonnées</translation>
    </message>
    <message>
        <source>Quiet hours {start}–{end}</source>
        <translation>Heures de silence {start}–{end}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>All statuses</source>
        <extracomment>The per-network counts on screen are fresh. The first page of the member list (after a network, search, filter or sort) is in. The review queue on screen is fresh.</extracomment>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Members of {network}</source>
        <translation>Membres de {network}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match the search or filter.</source>
        <translation>
            <numerusform>%n membre correspond à la recherche ou au filtre.</numerusform>
            <numerusform>%n membres correspondent à la recherche ou au filtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n membre.</numerusform>
            <numerusform>%n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet: import the coordinator&apos;s list (Import list…, or drop the file on this page).</source>
        <translation>Pas encore de membres : importez la liste du coordinateur (Importer une liste…, ou déposez le fichier sur cette page).</translation>
    </message>
    <message>
        <source>Members ({count})</source>
        <translation>Membres ({count})</translation>
    </message>
    <message>
        <source>The member&apos;s data was saved.</source>
        <translation>Les données du membre ont été enregistrées.</translation>
    </message>
    <message>
        <source>The member was forgotten: their personal data is erased everywhere.</source>
        <translation>Le membre a été oublié : ses données personnelles sont effacées partout.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Enregistrer le rapport d&apos;accès</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Rapport d&apos;accès</translation>
    </message>
    <message>
        <source>The access report was saved as {path}. It holds personal data: give it only to the member who asked.</source>
        <translation>Le rapport d&apos;accès a été enregistré sous {path}. Il contient des données personnelles : ne le remettez qu&apos;au membre qui l&apos;a demandé.</translation>
    </message>
    <message>
        <source>Export for the coordinator</source>
        <translation>Exporter pour le coordinateur</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The active and paused members were saved as {path}. The file holds personal data: send it only to the coordinator, never to the members.</source>
        <translation>Les membres actifs et en pause ont été enregistrés sous {path}. Le fichier contient des données personnelles : envoyez-le uniquement au coordinateur, jamais aux membres.</translation>
    </message>
    <message>
        <source>Import a member list</source>
        <translation>Importer une liste de membres</translation>
    </message>
    <message>
        <source>Member lists ({patterns});;All files (*)</source>
        <translation>Listes de membres ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>{rows} rows of {file} wait in the review queue: {ok} ready to approve, {problem} with a problem, {duplicate} repeating someone.</source>
        <translation>{rows} lignes de {file} attendent dans la file d&apos;examen : {ok} prêtes à approuver, {problem} avec un problème, {duplicate} en double.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>File d&apos;examen ({count})</translation>
    </message>
    <message>
        <source>Approve all &amp;ok rows ({count})</source>
        <translation>Approuver toutes les lignes &amp;OK ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for review.</source>
        <translation>
            <numerusform>%n ligne attend d&apos;être examinée.</numerusform>
            <numerusform>%n lignes attendent d&apos;être examinées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Rien n&apos;attend d&apos;être examiné.</translation>
    </message>
    <message>
        <source>{finding} ({count})</source>
        <translation>{finding} ({count})</translation>
    </message>
    <message>
        <source>Row {row} of the list ({name}):</source>
        <translation>Ligne {row} de la liste ({name}) :</translation>
    </message>
    <message>
        <source>• No findings.</source>
        <translation>• Aucun constat.</translation>
    </message>
    <message>
        <source>Double-click a marked cell to correct it.</source>
        <translation>Double-cliquez sur une cellule marquée pour la corriger.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected.</source>
        <translation>
            <numerusform>%n ligne choisie.</numerusform>
            <numerusform>%n lignes choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see what was found; double-click a cell to correct it.</source>
        <translation>Choisissez une ligne pour voir ce qui a été constaté ; double-cliquez sur une cellule pour la corriger.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) approved: they are on the member list now.</source>
        <translation>
            <numerusform>%n ligne approuvée : elle figure maintenant sur la liste des membres.</numerusform>
            <numerusform>%n lignes approuvées : elles figurent maintenant sur la liste des membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject rows</source>
        <translation>Refuser des lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not become members. The reason is kept with the import.</source>
        <translation>
            <numerusform>%n ligne ne devient pas membre. Le motif est conservé avec l&apos;importation.</numerusform>
            <numerusform>%n lignes ne deviennent pas membres. Le motif est conservé avec l&apos;importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>e.g. lives outside the area; asked not to join</source>
        <translation>p. ex. habite hors du quartier ; ne souhaite pas adhérer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n ligne refusée.</numerusform>
            <numerusform>%n lignes refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>the member it repeats</source>
        <translation>le membre qu&apos;elle répète</translation>
    </message>
    <message>
        <source>Merge into member</source>
        <translation>Fusionner avec le membre</translation>
    </message>
    <message>
        <source>Merge row {row} ({name}) into {member}? The member keeps their name; what the row adds or changes (phone, e-mail, address, consent …) is taken over, and no second member is made.</source>
        <translation>Fusionner la ligne {row} ({name}) avec {member} ? Le membre garde son nom ; ce que la ligne ajoute ou modifie (téléphone, e-mail, adresse, consentement…) est repris, et aucun second membre n&apos;est créé.</translation>
    </message>
    <message>
        <source>Row {row} was merged into {member}.</source>
        <translation>La ligne {row} a été fusionnée avec {member}.</translation>
    </message>
    <message>
        <source>Correct row {row}</source>
        <translation>Corriger la ligne {row}</translation>
    </message>
    <message>
        <source>Row {row} also holds what could not be read: {values}. Correcting this cell drops it from the row. Correct that cell first to keep it. Go on anyway?</source>
        <translation>La ligne {row} contient aussi ce qui n&apos;a pas pu être lu : {values}. Corriger cette cellule le supprime de la ligne. Corrigez d&apos;abord cette cellule-là pour le garder. Continuer quand même ?</translation>
    </message>
    <message>
        <source>Row {row} is ready to approve.</source>
        <translation>La ligne {row} est prête à être approuvée.</translation>
    </message>
    <message>
        <source>Row {row} still needs attention: {findings}</source>
        <translation>La ligne {row} demande encore de l&apos;attention : {findings}</translation>
    </message>
</context>
<context>
    <name>MessageConfirmDialog</name>
    <message>
        <source>Approve the message</source>
        <translation>Approuver le message</translation>
    </message>
    <message>
        <source>This message is an exercise: BIN Desk marks it as one everywhere and it goes out with the CAP status Exercise.</source>
        <translation>Ce message est un exercice : BIN Desk le marque comme tel partout et il part avec le statut CAP Exercise.</translation>
    </message>
    <message>
        <source>REAL MESSAGE</source>
        <translation>MESSAGE RÉEL</translation>
    </message>
    <message>
        <source>This is not an exercise: real people receive this message.</source>
        <translation>Ce n&apos;est pas un exercice : de vraies personnes recevront ce message.</translation>
    </message>
    <message>
        <source>Update of an earlier message</source>
        <translation>Mise à jour d&apos;un message précédent</translation>
    </message>
    <message>
        <source>Cancellation of an earlier message</source>
        <translation>Annulation d&apos;un message précédent</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Target networks</source>
        <translation>Réseaux destinataires</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s):</source>
        <translation>
            <numerusform>%n réseau :</numerusform>
            <numerusform>%n réseaux :</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience and cost</source>
        <translation>Public et coût</translation>
    </message>
    <message numerus="yes">
        <source>The checks block this message (%n blocking finding(s)). As korpschef you may override them; give the reason, which is kept with the approval.</source>
        <translation>
            <numerusform>Les contrôles bloquent ce message (%n constat bloquant). En tant que chef de corps, vous pouvez passer outre ; donnez le motif, conservé avec l&apos;approbation.</numerusform>
            <numerusform>Les contrôles bloquent ce message (%n constats bloquants). En tant que chef de corps, vous pouvez passer outre ; donnez le motif, conservé avec l&apos;approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motif pour passer outre</translation>
    </message>
    <message>
        <source>Why the blocking findings do not apply</source>
        <translation>Pourquoi les constats bloquants ne s&apos;appliquent pas</translation>
    </message>
    <message>
        <source>Approve exercise</source>
        <translation>Approuver l&apos;exercice</translation>
    </message>
    <message>
        <source>Approve real message</source>
        <translation>Approuver le message réel</translation>
    </message>
    <message numerus="yes">
        <source>SMS: %n member(s)</source>
        <translation>
            <numerusform>SMS : %n membre</numerusform>
            <numerusform>SMS : %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voice call: %n member(s)</source>
        <translation>
            <numerusform>Appel vocal : %n membre</numerusform>
            <numerusform>Appel vocal : %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail: %n member(s)</source>
        <translation>
            <numerusform>E-mail : %n membre</numerusform>
            <numerusform>E-mail : %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reached (no usable contact): %n</source>
        <translation>
            <numerusform>Non atteints (aucun contact utilisable) : %n</numerusform>
            <numerusform>Non atteints (aucun contact utilisable) : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, not sent: %n</source>
        <translation>
            <numerusform>En pause, non envoyé : %n</numerusform>
            <numerusform>En pause, non envoyé : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held until their quiet hours end: %n</source>
        <translation>
            <numerusform>Retenus jusqu&apos;à la fin de leurs heures de calme : %n</numerusform>
            <numerusform>Retenus jusqu&apos;à la fin de leurs heures de calme : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: {cost} (%n SMS segment(s) per member)</source>
        <translation>
            <numerusform>Coût : {cost} (%n segment SMS par membre)</numerusform>
            <numerusform>Coût : {cost} (%n segments SMS par membre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: {channels}</source>
        <translation>Canaux : {channels}</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Draft, awaiting approval</source>
        <translation>Projet, en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved, ready to dispatch</source>
        <translation>Approuvé, prêt à l&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>{status} (exercise)</source>
        <translation>{status} (exercice)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Non urgent</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <extracomment>Messages that may have deliveries to show.</extracomment>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first. A draft waits for the approval of a second operator; an approved message is ready to dispatch. Exercises are orange.</source>
        <translation>Messages de la police aux réseaux, du plus récent au plus ancien. Un projet attend l&apos;approbation d&apos;un second utilisateur ; un message approuvé est prêt à l&apos;envoi. Les exercices sont en orange.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Write a new message to one or more networks (Ctrl+N)</source>
        <translation>Rédiger un nouveau message à un ou plusieurs réseaux (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected message: its texts, its checks, its approval</source>
        <translation>Ouvrir le message sélectionné : ses textes, ses contrôles, son approbation</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Write an update of the selected message to the same networks</source>
        <translation>Rédiger une mise à jour du message sélectionné aux mêmes réseaux</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Cancel the selected message in one click: a cancellation to the same networks</source>
        <translation>Annuler le message sélectionné en un clic : une annulation aux mêmes réseaux</translation>
    </message>
    <message>
        <source>CAP export…</source>
        <translation>Export CAP…</translation>
    </message>
    <message>
        <source>Save the selected message as CAP 1.2 XML (Common Alerting Protocol)</source>
        <translation>Enregistrer le message sélectionné en XML CAP 1.2 (Common Alerting Protocol)</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Send the selected approved message to its networks&apos; members through the gateways</source>
        <translation>Envoyer le message approuvé sélectionné aux membres de ses réseaux par les passerelles</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <source>Messages waiting for their feedback</source>
        <translation>Messages en attente de leur suivi</translation>
    </message>
    <message>
        <source>Write feedback…</source>
        <translation>Rédiger le suivi…</translation>
    </message>
    <message>
        <source>Write the feedback message on the selected message, to the same networks</source>
        <translation>Rédiger le suivi du message sélectionné, aux mêmes réseaux</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Members wait for what happened next. These sent messages are past the zone&apos;s feedback time:</source>
        <translation>Les membres attendent la suite. Ces messages envoyés ont dépassé le délai de suivi de la zone :</translation>
    </message>
    <message>
        <source>No sent message is waiting for its feedback.</source>
        <translation>Aucun message envoyé n&apos;attend son suivi.</translation>
    </message>
    <message>
        <source>Export as CAP</source>
        <translation>Exporter en CAP</translation>
    </message>
    <message>
        <source>CAP 1.2 XML (*.xml)</source>
        <translation>XML CAP 1.2 (*.xml)</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <source>Municipalities</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Add each municipality of the zone with its NIS code, its names and its postcodes. BINs are created inside these municipalities.</source>
        <translation>Ajoutez chaque commune de la zone avec son code INS, ses noms et ses codes postaux. Les BIN sont créés à l&apos;intérieur de ces communes.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>Code INS</translation>
    </message>
    <message>
        <source>5 digits, e.g. 23027</source>
        <translation>5 chiffres, p. ex. 23027</translation>
    </message>
    <message>
        <source>&amp;NIS code:</source>
        <translation>Code &amp;INS :</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Nom en néerlandais</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Name in German</source>
        <translation>Nom en allemand</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Nom (&amp;néerlandais) :</translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation>Nom (&amp;français) :</translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation>Nom (&amp;allemand) :</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Codes postaux</translation>
    </message>
    <message>
        <source>e.g. 1500, 1501, 1502</source>
        <translation>p. ex. 1500, 1501, 1502</translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation>Codes &amp;postaux :</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Parle {language}</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation>A&amp;jouter la commune</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Ajouter la commune</translation>
    </message>
    <message>
        <source>Municipalities of the zone</source>
        <translation>Communes de la zone</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected municipality</source>
        <translation>Supprimer la commune sélectionnée</translation>
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
        <translation>{text} (en retard)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Back to the list you came from (Alt+Left)</source>
        <translation>Retour à la liste précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Phase :</translation>
    </message>
    <message>
        <source>Life-cycle state</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures :</translation>
    </message>
    <message>
        <source>Signatures of the current charter</source>
        <translation>Signatures de la charte actuelle</translation>
    </message>
    <message>
        <source>Move the network to the next step of its life cycle</source>
        <translation>Faire passer le réseau à l&apos;étape suivante de son cycle de vie</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Changer de phase</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Changer de phase…</translation>
    </message>
    <message>
        <source>Network details</source>
        <translation>Détails du réseau</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Only for a sector BIN, e.g. pharmacies, port, jewellers</source>
        <translation>Uniquement pour un PLP sectoriel, p. ex. pharmacies, port, bijoutiers</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mandated &amp;officer:</source>
        <translation>Policier &amp;mandaté :</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>Policier mandaté PLP</translation>
    </message>
    <message>
        <source>&amp;Evaluation due:</source>
        <translation>Év&amp;aluation prévue :</translation>
    </message>
    <message>
        <source>An evaluation is planned</source>
        <translation>Une évaluation est prévue</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Motives and objectives of the network</source>
        <translation>Motivations et objectifs du réseau</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>&amp;Streets (one per line):</source>
        <translation>&amp;Rues (une par ligne) :</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <source>&amp;Postcodes:</source>
        <translation>Codes &amp;postaux :</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Codes postaux</translation>
    </message>
    <message>
        <source>Separate postcodes with commas, e.g. 1500, 1501.</source>
        <translation>Séparez les codes postaux par des virgules, p. ex. 1500, 1501.</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>SMS (urgent)</source>
        <translation>SMS (urgent)</translation>
    </message>
    <message>
        <source>Voice message (urgent)</source>
        <translation>Message vocal (urgent)</translation>
    </message>
    <message>
        <source>E-mail (non-urgent and feedback)</source>
        <translation>E-mail (non urgent et retour d&apos;information)</translation>
    </message>
    <message>
        <source>Information categories agreed in the charter</source>
        <translation>Catégories d&apos;informations convenues dans la charte</translation>
    </message>
    <message>
        <source>Never passed on: recognisable photos of suspects, readable number plates, names, national register numbers, addresses of victims, descriptions by origin, religion or skin colour, calls to patrol or confront anyone. A BIN is not a snitch line.</source>
        <translation>Jamais transmis : photos reconnaissables de suspects, plaques d&apos;immatriculation lisibles, noms, numéros de registre national, adresses de victimes, descriptions selon l&apos;origine, la religion ou la couleur de peau, appels à patrouiller ou à confronter qui que ce soit. Un PLP n&apos;est pas une ligne de délation.</translation>
    </message>
    <message>
        <source>Coordinator and deputies</source>
        <translation>Coordinateur et adjoints</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>Désigner le coordinateur…</translation>
    </message>
    <message>
        <source>Add deputy…</source>
        <translation>Ajouter un adjoint…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Changes to contacts are saved at once.</source>
        <translation>Les modifications des contacts sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of the network</source>
        <translation>Historique du réseau</translation>
    </message>
    <message>
        <source>Forget the changes that are not saved</source>
        <translation>Oublier les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Charter…</source>
        <extracomment>The network&apos;s data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload). Show the charter page of this network (its id). Show the member list and review queue of this network (its id).</extracomment>
        <translation>Charte…</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>The charter of this network: versions, signatures, ADVP</source>
        <translation>La charte de ce réseau : versions, signatures, DGSP</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Membres…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>The member list of this network, its review queue and imports</source>
        <translation>La liste des membres de ce réseau, sa file d&apos;examen et ses importations</translation>
    </message>
    <message>
        <source>{state} (since {date})</source>
        <translation>{state} (depuis le {date})</translation>
    </message>
    <message>
        <source>Nothing to do at the moment.</source>
        <translation>Rien à faire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>no charter yet</source>
        <translation>pas encore de charte</translation>
    </message>
    <message>
        <source>{done} of {needed} signed</source>
        <translation>{done} sur {needed} signées</translation>
    </message>
    <message>
        <source>{who} since {date}</source>
        <translation>{who} depuis le {date}</translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting}</source>
        <translation>{signed} ; en attente : {waiting}</translation>
    </message>
    <message>
        <source>{signed}; waiting for {waiting} and {more} more</source>
        <translation>{signed} ; en attente de : {waiting} et {more} autre(s)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to {network} are not saved. Discard them?</source>
        <translation>Les modifications de {network} ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Deputy coordinator</source>
        <translation>Coordinateur adjoint</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove {name} from this network?</source>
        <translation>Retirer {name} de ce réseau ?</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Codes postaux</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <source>Mandated officer</source>
        <translation>Policier mandaté</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <source>I am an existing operator:</source>
        <translation>Je suis un utilisateur existant :</translation>
    </message>
    <message>
        <source>Existing operators</source>
        <translation>Utilisateurs existants</translation>
    </message>
    <message>
        <source>Create a new operator:</source>
        <translation>Créer un nouvel utilisateur :</translation>
    </message>
    <message>
        <source>This data folder has no operators yet. Create the first one: every change you make will be recorded under this name.</source>
        <translation>Ce dossier de données n&apos;a pas encore d&apos;utilisateurs. Créez le premier : chaque modification que vous ferez sera enregistrée sous ce nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Numéro de matricule</translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation>Numéro de &amp;matricule :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Your operator profile</source>
        <translation>Votre profil d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Every change in BIN Desk is recorded under the name of the operator who made it.</source>
        <translation>Chaque modification dans BIN Desk est enregistrée au nom de l&apos;utilisateur qui l&apos;a faite.</translation>
    </message>
    <message>
        <source>You are the first operator, so you become the administrator of this installation: you manage the operators, the zone&apos;s settings and the gateways. Add the officers who work with the BINs afterwards (Settings → Switch operator → Create a new operator).</source>
        <translation>Vous êtes le premier utilisateur : vous devenez donc l&apos;administrateur de cette installation. Vous gérez les utilisateurs, les paramètres de la zone et les passerelles. Ajoutez ensuite les policiers qui travaillent avec les BIN (Paramètres → Changer d&apos;utilisateur → Créer un nouvel utilisateur).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation>&amp;Matricule :</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Every network of the zone with its state and territory. Double-click a network to open it.</source>
        <translation>Tous les réseaux de la zone avec leur phase et leur territoire. Double-cliquez sur un réseau pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Chartes</translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when. Double-click a network to open its charter.</source>
        <translation>La charte actuelle de chaque réseau : sa version, son statut, les signatures recueillies et qui doit signer depuis quand. Double-cliquez sur un réseau pour ouvrir sa charte.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Double-click to correct.</source>
        <translation>Double-cliquez pour corriger.</translation>
    </message>
    <message>
        <source>{text} (to check: {finding})</source>
        <translation>{text} (à vérifier : {finding})</translation>
    </message>
</context>
<context>
    <name>RuleRunsModel</name>
    <message>
        <source>Rule: what it checks</source>
        <translation>Règle : ce qu&apos;elle vérifie</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>off for the zone</source>
        <translation>désactivée pour la zone</translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send exercise</source>
        <translation>Envoyer l&apos;exercice</translation>
    </message>
    <message>
        <source>Send real message</source>
        <translation>Envoyer le message réel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when BIN Desk starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de BIN Desk.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Current operator</source>
        <translation>Utilisateur actuel</translation>
    </message>
    <message>
        <source>Switch operator…</source>
        <translation>Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>no zone set up</source>
        <translation>aucune zone configurée</translation>
    </message>
    <message>
        <source>Police zone:</source>
        <translation>Zone de police :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Identifiant de l&apos;appareil :</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisation…</translation>
    </message>
    <message>
        <source>Synchronisation settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <source>The zone hub this computer syncs with</source>
        <translation>Le hub de la zone avec lequel cet ordinateur se synchronise</translation>
    </message>
    <message>
        <source>Zone hub:</source>
        <translation>Hub de la zone :</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>{name} ({number}), {role}</source>
        <translation>{name} ({number}), {role}</translation>
    </message>
    <message>
        <source>Nobody is selected: changes are refused.</source>
        <translation>Personne n&apos;est sélectionné : les modifications sont refusées.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up BIN Desk</source>
        <extracomment>this computer joined an existing zone from its hub (no operator made here)</extracomment>
        <translation>Configurer BIN Desk</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the charter</source>
        <translation>Signer la charte</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>SignatureRecordDialog</name>
    <message>
        <source>Record a signature</source>
        <translation>Enregistrer une signature</translation>
    </message>
    <message>
        <source>A &amp;signed PDF came back</source>
        <translation>Un PDF &amp;signé est revenu</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF signé</translation>
    </message>
    <message>
        <source>Signed on &amp;paper (a scan)</source>
        <translation>Signé sur &amp;papier (un scan)</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Signé sur papier</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnataire :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signé &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Every new signature in the PDF</source>
        <translation>Chaque nouvelle signature du PDF</translation>
    </message>
    <message>
        <source>{signatory}: {name} ({party})</source>
        <translation>{signatory} : {name} ({party})</translation>
    </message>
    <message>
        <source>BIN Desk checks the PDF: it must be this version of the charter, every signature valid, by the person expected, with a certificate the zone trusts.</source>
        <translation>BIN Desk vérifie le PDF : il doit s&apos;agir de cette version de la charte, chaque signature doit être valide, faite par la personne attendue, avec un certificat auquel la zone fait confiance.</translation>
    </message>
    <message>
        <source>The scan of the signed page is kept with the charter; you are recorded as the officer who registered it.</source>
        <translation>Le scan de la page signée est conservé avec la charte ; vous êtes enregistré comme l&apos;agent qui l&apos;a encodé.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
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
        <translation>Connexion au hub</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Open the Conflicts page</source>
        <translation>Ouvrir la page Conflits</translation>
    </message>
    <message>
        <source>No hub</source>
        <translation>Pas de hub</translation>
    </message>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub : connexion…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ Erreur de synchronisation</translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation>⚠ Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisation…</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub : {hub}</translation>
    </message>
    <message>
        <source>This computer is not linked to a hub (Settings → Synchronisation).</source>
        <translation>Cet ordinateur n&apos;est relié à aucun hub (Paramètres → Synchronisation).</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go up</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to look at</source>
        <translation>
            <numerusform>⚠ %n conflit à examiner</numerusform>
            <numerusform>⚠ %n conflits à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <source>⟳ Sending {done}/{total}…</source>
        <translation>⟳ Envoi {done}/{total}…</translation>
    </message>
    <message>
        <source>⟳ Receiving {done}/{total}…</source>
        <translation>⟳ Réception {done}/{total}…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>BIN Desk works on the copy of the zone&apos;s data in this computer&apos;s data folder and exchanges changes with the zone&apos;s hub in the background whenever it can be reached. Ask the zone administrator for the hub&apos;s address.</source>
        <translation>BIN Desk travaille sur la copie des données de la zone dans le dossier de données de cet ordinateur et échange les modifications avec le hub de la zone en arrière-plan, chaque fois qu&apos;il est joignable. Demandez l&apos;adresse du hub à l&apos;administrateur de la zone.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>A PostgreSQL database (postgresql://USER@SERVER/DATABASE) or, for a single office, a SQLite file (sqlite:///PATH/hub.db). Leave empty to stop syncing.</source>
        <translation>Une base de données PostgreSQL (postgresql://UTILISATEUR@SERVEUR/BASE) ou, pour un seul bureau, un fichier SQLite (sqlite:///CHEMIN/hub.db). Laissez vide pour arrêter la synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Mot de passe du hub</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s keyring, never in the data folder. Leave it empty to keep the one stored before.</source>
        <translation>Le mot de passe est conservé uniquement dans le trousseau de clés de cet ordinateur, jamais dans le dossier de données. Laissez-le vide pour garder celui enregistré auparavant.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the hub settings</source>
        <translation>Enregistrer les paramètres du hub</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation>Connexion au hub</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <source>Changes waiting to go up</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Waiting to go up:</source>
        <translation>En attente d&apos;envoi :</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Identifiant de l&apos;appareil :</translation>
    </message>
    <message>
        <source>Result of the last sync</source>
        <translation>Résultat de la dernière synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation>Enregistré ; le mot de passe est dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved: this computer no longer syncs.</source>
        <translation>Enregistré : cet ordinateur ne se synchronise plus.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>No hub: this computer works alone.</source>
        <translation>Pas de hub : cet ordinateur travaille seul.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online: {hub}</source>
        <translation>En ligne : {hub}</translation>
    </message>
    <message>
        <source>Offline: {hub} cannot be reached</source>
        <translation>Hors ligne : {hub} est injoignable</translation>
    </message>
    <message>
        <source>Sync error with {hub}</source>
        <translation>Erreur de synchronisation avec {hub}</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Syncing with {hub}…</source>
        <translation>Synchronisation avec {hub}…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {pushed} and received {pulled} change(s) in {seconds} s.</source>
        <translation>{pushed} modification(s) envoyée(s) et {pulled} reçue(s) en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>{municipality} · {state} · %n member(s)</source>
        <translation>
            <numerusform>{municipality} · {state} · %n membre</numerusform>
            <numerusform>{municipality} · {state} · %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Expected signer</source>
        <translation>Signataire attendu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Asked on {date}</source>
        <translation>Demandée le {date}</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motif ou remarque</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (en retard)</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change state of {network}</source>
        <translation>Changer la phase de {network}</translation>
    </message>
    <message>
        <source>Now: {state}, since {date}.</source>
        <translation>Actuellement : {state}, depuis le {date}.</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Nouvelle phase :</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Prend effet le :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why, and on whose decision (optional)</source>
        <translation>Pourquoi, et sur décision de qui (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>This is a final state.</source>
        <translation>C&apos;est une phase finale.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <extracomment>Which field an operator signs in BIN Desk, by role (the korpschef signs in the review).</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Envoyée pour signature</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Soumise à la DGSP</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>ADVP reference</source>
        <translation>Référence DGSP</translation>
    </message>
    <message>
        <source>ADVP remarks</source>
        <translation>Remarques DGSP</translation>
    </message>
</context>
<context>
    <name>ZonePage</name>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Welcome to BIN Desk. First tell us which police zone this installation serves. You can change these details later in the settings.</source>
        <translation>Bienvenue dans BIN Desk. Indiquez d&apos;abord quelle zone de police cette installation dessert. Vous pourrez modifier ces données plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Nom de la zone</translation>
    </message>
    <message>
        <source>e.g. PZ Zennevallei</source>
        <translation>p. ex. PZ Zennevallei</translation>
    </message>
    <message>
        <source>Zone &amp;name:</source>
        <translation>&amp;Nom de la zone :</translation>
    </message>
    <message>
        <source>Zone number</source>
        <translation>Numéro de la zone</translation>
    </message>
    <message>
        <source>4 digits, e.g. 5415</source>
        <translation>4 chiffres, p. ex. 5415</translation>
    </message>
    <message>
        <source>Zone n&amp;umber:</source>
        <translation>N&amp;uméro de la zone :</translation>
    </message>
    <message>
        <source>Working language of the zone</source>
        <translation>Langue de travail de la zone</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>&amp;Langue de travail :</translation>
    </message>
    <message>
        <source>Address of the zone</source>
        <translation>Adresse de la zone</translation>
    </message>
    <message>
        <source>e.g. Zuster Bernardastraat 30, 1500 Halle</source>
        <translation>p. ex. Zuster Bernardastraat 30, 1500 Halle</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Is the zone already set up on another computer with a hub? Then this computer joins it and gets everything from the hub.</source>
        <translation>La zone est-elle déjà configurée sur un autre ordinateur avec un hub ? Cet ordinateur la rejoint alors et reçoit tout depuis le hub.</translation>
    </message>
    <message>
        <source>&amp;Join the zone from its hub…</source>
        <translation>Re&amp;joindre la zone via son hub…</translation>
    </message>
    <message>
        <source>Join the zone from its hub</source>
        <translation>Rejoindre la zone via son hub</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo zone…</source>
        <translation>Création de la zone de démonstration…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Unknown demo size {size}; use one of: {sizes}.</source>
        <translation>Taille de démonstration inconnue {size} ; utilisez : {sizes}.</translation>
    </message>
    <message>
        <source>This data folder already holds a zone or operators. The demo zone can only be created in an empty data folder; choose another one with --data-dir.</source>
        <translation>Ce dossier de données contient déjà une zone ou des utilisateurs. La zone de démonstration ne peut être créée que dans un dossier vide ; choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>Policier mandaté PLP</translation>
    </message>
    <message>
        <source>Chief of police (korpschef)</source>
        <translation>Chef de corps</translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation>Fonctionnaire de prévention</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <source>BIN-Z (self-employed)</source>
        <translation>PLP-I (indépendants)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Cambriolage</translation>
    </message>
    <message>
        <source>Vehicle crime</source>
        <translation>Criminalité liée aux véhicules</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Escroquerie</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Disparition</translation>
    </message>
    <message>
        <source>Suspicious situation</source>
        <translation>Situation suspecte</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drogues</translation>
    </message>
    <message>
        <source>Public order</source>
        <translation>Ordre public</translation>
    </message>
    <message>
        <source>Disaster instructions</source>
        <translation>Consignes en cas de catastrophe</translation>
    </message>
    <message>
        <source>Preventive tip</source>
        <translation>Conseil de prévention</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour d&apos;information</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>An operation is stamped {minutes} minutes in the future of this computer&apos;s clock. Check the date and time of this computer and of the other device.</source>
        <translation>Une opération est horodatée {minutes} minutes dans le futur de l&apos;horloge de cet ordinateur. Vérifiez la date et l&apos;heure de cet ordinateur et de l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Coordinator screening</source>
        <translation>Screening du coordinateur</translation>
    </message>
    <message>
        <source>Charter drafting</source>
        <translation>Rédaction de la charte</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Soumis à la DGSP</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Charter amendment</source>
        <translation>Modification de la charte</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Dissous</translation>
    </message>
    <message>
        <source>mandated officer</source>
        <translation>policier mandaté</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>korpschef</source>
        <translation>chef de corps</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>bourgmestre</translation>
    </message>
    <message>
        <source>prevention officer</source>
        <translation>fonctionnaire de prévention</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>ADVP</source>
        <translation>DGSP</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{network}: the mandated officer must follow up the initiative ({days} days)</source>
        <translation>{network} : le policier mandaté doit donner suite à l&apos;initiative ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: info meeting and sign-up to organise ({days} days)</source>
        <translation>{network} : réunion d&apos;information et inscriptions à organiser ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: coordinator to be screened ({days} days)</source>
        <translation>{network} : coordinateur à screener ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: charter to be finalised with the municipality ({days} days)</source>
        <translation>{network} : charte à finaliser avec la commune ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: waiting for the {actor}&apos;s signature for {days} days</source>
        <translation>{network} : en attente de la signature du {actor} depuis {days} jours</translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation>{network} : toutes les signatures reçues, à envoyer à la DGSP ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP&apos;s approval for {days} days</source>
        <translation>{network} : en attente de l&apos;approbation de la DGSP depuis {days} jours</translation>
    </message>
    <message>
        <source>{network}: official, to be started ({days} days)</source>
        <translation>{network} : officiel, à lancer ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: evaluation overdue by {days} days</source>
        <translation>{network} : évaluation en retard de {days} jours</translation>
    </message>
    <message>
        <source>{network}: suspended for {days} days, to be reactivated or dissolved</source>
        <translation>{network} : suspendu depuis {days} jours, à réactiver ou à dissoudre</translation>
    </message>
    <message>
        <source>{network}: nothing to do</source>
        <translation>{network} : rien à faire</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} doit être une liste.</translation>
    </message>
    <message>
        <source>Unknown {field}: {unknown}. Allowed: {allowed}.</source>
        <translation>{field} inconnu(s) : {unknown}. Autorisés : {allowed}.</translation>
    </message>
    <message>
        <source>Unknown network field(s): {fields}. Editable: {editable}.</source>
        <translation>Champ(s) de réseau inconnu(s) : {fields}. Modifiables : {editable}.</translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation>Un réseau doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Le nom dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>A network needs a type.</source>
        <translation>Un réseau doit avoir un type.</translation>
    </message>
    <message>
        <source>A network needs at least one language.</source>
        <translation>Un réseau doit avoir au moins une langue.</translation>
    </message>
    <message>
        <source>Not a Belgian postcode: {codes}.</source>
        <translation>Pas un code postal belge : {codes}.</translation>
    </message>
    <message>
        <source>No municipality with id {id}.</source>
        <translation>Aucune commune avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>{id} is not a BIN-mandated officer.</source>
        <translation>{id} n&apos;est pas un policier mandaté PLP.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>No network with id {id}.</source>
        <translation>Aucun réseau avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>{network} has no charter yet. Draft one first.</source>
        <translation>{network} n&apos;a pas encore de charte. Rédigez-en d&apos;abord une.</translation>
    </message>
    <message>
        <source>Version {version} of the charter of {network} is {status}; this step needs it {allowed}.</source>
        <translation>La version {version} de la charte de {network} a le statut {status} ; cette étape demande le statut {allowed}.</translation>
    </message>
    <message>
        <source>Version {version} of the charter is {status}; it must be sent back before a new version is drafted.</source>
        <translation>La version {version} de la charte a le statut {status} ; elle doit être renvoyée avant qu&apos;une nouvelle version soit rédigée.</translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation>Langue inconnue : {lang}.</translation>
    </message>
    <message>
        <source>Unknown charter section(s): {codes}.</source>
        <translation>Section(s) de charte inconnue(s) : {codes}.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The municipality signs by its mayor and/or its prevention officer.</source>
        <translation>La commune signe par son bourgmestre et/ou son fonctionnaire de prévention.</translation>
    </message>
    <message>
        <source>{network} is not drafting or amending its charter (state: {state}).</source>
        <translation>{network} ne rédige ni ne modifie sa charte (phase : {state}).</translation>
    </message>
    <message>
        <source>The charter cannot be sent for signature yet. Missing: {missing}.</source>
        <translation>La charte ne peut pas encore être envoyée pour signature. Il manque : {missing}.</translation>
    </message>
    <message>
        <source>{network} has no charter version {version}.</source>
        <translation>{network} n&apos;a pas de version {version} de charte.</translation>
    </message>
    <message>
        <source>The charter of {network} has no {language} text; it has: {languages}.</source>
        <translation>La charte de {network} n&apos;a pas de texte en {language} ; elle a : {languages}.</translation>
    </message>
    <message>
        <source>Version {version} of the charter has no signature for the {signatory}.</source>
        <translation>La version {version} de la charte n&apos;a pas de signature pour le {signatory}.</translation>
    </message>
    <message>
        <source>Unknown party {party}; use one of: {allowed}.</source>
        <translation>Partie inconnue : {party} ; utilisez une de : {allowed}.</translation>
    </message>
    <message>
        <source>This PDF is not a charter made by BIN Desk ({reason}).</source>
        <translation>Ce PDF n&apos;est pas une charte établie par BIN Desk ({reason}).</translation>
    </message>
    <message>
        <source>This PDF is the charter of another network, not of {network}.</source>
        <translation>Ce PDF est la charte d&apos;un autre réseau, pas de {network}.</translation>
    </message>
    <message>
        <source>This PDF is version {got} of the charter (hash {got_hash}…), not the version {version} being signed (hash {hash}…).</source>
        <translation>Ce PDF est la version {got} de la charte (empreinte {got_hash}…), pas la version {version} en cours de signature (empreinte {hash}…).</translation>
    </message>
    <message>
        <source>the signature in field {field} is not valid or the document was changed after it</source>
        <translation>la signature du champ {field} n&apos;est pas valide ou le document a été modifié après elle</translation>
    </message>
    <message>
        <source>the certificate of {signer} (field {field}) is not issued by a CA the zone trusts; add the CA under Settings or with &apos;zone trust add&apos;</source>
        <translation>le certificat de {signer} (champ {field}) n&apos;est pas émis par une AC à laquelle la zone fait confiance ; ajoutez l&apos;AC dans les Paramètres ou avec &apos;zone trust add&apos;</translation>
    </message>
    <message>
        <source>The signed PDF is refused: {problem}.</source>
        <translation>Le PDF signé est refusé : {problem}.</translation>
    </message>
    <message>
        <source>The signature in the field of the {signatory} is by {signer}, not by {expected}. Nothing was recorded.</source>
        <translation>La signature du champ du {signatory} est de {signer}, pas de {expected}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This PDF carries no new valid signature for this charter version.</source>
        <translation>Ce PDF ne porte aucune nouvelle signature valide pour cette version de la charte.</translation>
    </message>
    <message>
        <source>Name the signatory ({allowed}): the party {party} has more than one.</source>
        <translation>Indiquez le signataire ({allowed}) : la partie {party} en a plusieurs.</translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation>Le fichier du scan est vide.</translation>
    </message>
    <message>
        <source>The signature date {date} is in the future.</source>
        <translation>La date de signature {date} est dans le futur.</translation>
    </message>
    <message>
        <source>The {signatory} has signed already.</source>
        <translation>Le {signatory} a déjà signé.</translation>
    </message>
    <message>
        <source>The signature date {date} is before this version was sent for signature ({sent}).</source>
        <translation>La date de signature {date} précède l&apos;envoi de cette version pour signature ({sent}).</translation>
    </message>
    <message>
        <source>The {signatory} does not sign in BIN Desk: record their signed PDF or paper instead.</source>
        <translation>Le {signatory} ne signe pas dans BIN Desk : enregistrez plutôt son PDF signé ou son papier.</translation>
    </message>
    <message>
        <source>{name} may not sign in the field of the {signatory}.</source>
        <translation>{name} ne peut pas signer dans le champ du {signatory}.</translation>
    </message>
    <message>
        <source>The field of the {signatory} is for {expected}, not for {name}.</source>
        <translation>Le champ du {signatory} est destiné à {expected}, pas à {name}.</translation>
    </message>
    <message>
        <source>The certificate is {cn}&apos;s, not {name}&apos;s.</source>
        <translation>Le certificat est celui de {cn}, pas de {name}.</translation>
    </message>
    <message>
        <source>Say why the charter is sent back.</source>
        <translation>Indiquez pourquoi la charte est renvoyée.</translation>
    </message>
    <message>
        <source>Not every party has signed yet: waiting for {who}.</source>
        <translation>Toutes les parties n&apos;ont pas encore signé : en attente de {who}.</translation>
    </message>
    <message>
        <source>Give ADVP&apos;s reference.</source>
        <translation>Indiquez la référence de la DGSP.</translation>
    </message>
    <message>
        <source>The approval date {date} is before the charter was sent to ADVP ({sent}).</source>
        <translation>La date d&apos;approbation {date} précède l&apos;envoi de la charte à la DGSP ({sent}).</translation>
    </message>
    <message>
        <source>Write down ADVP&apos;s remarks.</source>
        <translation>Notez les remarques de la DGSP.</translation>
    </message>
    <message>
        <source>Only an active network amends its charter ({network} is {state}).</source>
        <translation>Seul un réseau actif modifie sa charte ({network} est en phase {state}).</translation>
    </message>
    <message>
        <source>{network} is {state}: ADVP is notified of a suspension, inactivity, merger or dissolution only.</source>
        <translation>{network} est en phase {state} : la DGSP n&apos;est notifiée que d&apos;une suspension, d&apos;une inactivité, d&apos;une fusion ou d&apos;une dissolution.</translation>
    </message>
    <message>
        <source>A new network needs {field}.</source>
        <translation>Un nouveau réseau doit avoir : {field}.</translation>
    </message>
    <message>
        <source>Unknown state {state}.</source>
        <translation>Phase inconnue {state}.</translation>
    </message>
    <message>
        <source>{network} cannot go from &apos;{current}&apos; to &apos;{target}&apos;. Allowed next: {allowed}.</source>
        <translation>{network} ne peut pas passer de « {current} » à « {target} ». Phases suivantes autorisées : {allowed}.</translation>
    </message>
    <message>
        <source>The date {date} is before the current state began ({since}).</source>
        <translation>La date {date} précède le début de la phase actuelle ({since}).</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Aucun contact avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No operator is selected. Choose who you are first.</source>
        <translation>Aucun utilisateur n&apos;est sélectionné. Indiquez d&apos;abord qui vous êtes.</translation>
    </message>
    <message>
        <source>Operator {name} is deactivated.</source>
        <translation>L&apos;utilisateur {name} est désactivé.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not do this ({permission}).</source>
        <translation>{name} ({role}) n&apos;est pas autorisé à faire ceci ({permission}).</translation>
    </message>
    <message>
        <source>No operator with personnel number {number}.</source>
        <translation>Aucun utilisateur avec le matricule {number}.</translation>
    </message>
    <message>
        <source>The zone&apos;s name is empty.</source>
        <extracomment>secrets that could not be kept (no keyring): the set-up is saved, the user is told</extracomment>
        <translation>Le nom de la zone est vide.</translation>
    </message>
    <message>
        <source>The zone&apos;s name is longer than 200 characters.</source>
        <translation>Le nom de la zone dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>Zone number {number} is not valid: a police zone&apos;s number has 4 digits, e.g. 5415.</source>
        <translation>Le numéro de zone {number} n&apos;est pas valable : le numéro d&apos;une zone de police compte 4 chiffres, p. ex. 5415.</translation>
    </message>
    <message>
        <source>Unknown language {language}; use one of: {languages}.</source>
        <translation>Langue inconnue : {language} ; utilisez une de : {languages}.</translation>
    </message>
    <message>
        <source>NIS code {code} is not valid: a municipality&apos;s NIS code has 5 digits, e.g. 23027 for Halle.</source>
        <translation>Le code INS {code} n&apos;est pas valable : le code INS d&apos;une commune compte 5 chiffres, p. ex. 23027 pour Hal.</translation>
    </message>
    <message>
        <source>Municipality {code} needs one or more languages of: {languages}.</source>
        <translation>La commune {code} a besoin d&apos;une ou plusieurs langues parmi : {languages}.</translation>
    </message>
    <message>
        <source>Municipality {code} speaks {languages}: give its name in each of them.</source>
        <translation>La commune {code} parle {languages} : donnez son nom dans chacune de ces langues.</translation>
    </message>
    <message>
        <source>Municipality {code} needs at least one postcode.</source>
        <translation>La commune {code} a besoin d&apos;au moins un code postal.</translation>
    </message>
    <message>
        <source>Add at least one municipality of the zone.</source>
        <translation>Ajoutez au moins une commune de la zone.</translation>
    </message>
    <message>
        <source>NIS code {code} is listed twice.</source>
        <translation>Le code INS {code} figure deux fois.</translation>
    </message>
    <message>
        <source>The operator&apos;s name is empty.</source>
        <translation>Le nom de l&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Le matricule {number} n&apos;est pas valable : utilisez 2 à 32 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}.</source>
        <translation>Ce n&apos;est pas une adresse e-mail : {email}.</translation>
    </message>
    <message>
        <source>{url} is not a database URL: write it like postgresql://bindesk@hub.zone.local/bindesk.</source>
        <translation>{url} n&apos;est pas une URL de base de données : écrivez-la comme postgresql://bindesk@hub.zone.local/bindesk.</translation>
    </message>
    <message>
        <source>The hub must be a PostgreSQL database (or a SQLite file for a single office), not {dialect}.</source>
        <translation>Le hub doit être une base de données PostgreSQL (ou un fichier SQLite pour un seul bureau), pas {dialect}.</translation>
    </message>
    <message>
        <source>Do not put the password in the hub URL: give it separately, it is kept in the keyring.</source>
        <translation>Ne mettez pas le mot de passe dans l&apos;URL du hub : donnez-le séparément, il est conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The hub URL names no server: {url}.</source>
        <translation>L&apos;URL du hub ne désigne aucun serveur : {url}.</translation>
    </message>
    <message>
        <source>The hub URL names no file: {url}.</source>
        <translation>L&apos;URL du hub ne désigne aucun fichier : {url}.</translation>
    </message>
    <message>
        <source>This data folder is already set up: it holds a zone or operators.</source>
        <translation>Ce dossier de données est déjà configuré : il contient une zone ou des utilisateurs.</translation>
    </message>
    <message>
        <source>This data folder already holds a zone; it cannot join another one.</source>
        <translation>Ce dossier de données contient déjà une zone ; il ne peut pas en rejoindre une autre.</translation>
    </message>
    <message>
        <source>The hub holds no zone yet. Set the zone up on one computer first (with this hub), then let the others join it.</source>
        <translation>Le hub ne contient encore aucune zone. Configurez d&apos;abord la zone sur un ordinateur (avec ce hub), puis faites-la rejoindre par les autres.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of: {roles}.</source>
        <translation>Rôle inconnu {role} ; utilisez : {roles}.</translation>
    </message>
    <message>
        <source>Personnel number {number} is already in use.</source>
        <translation>Le matricule {number} est déjà utilisé.</translation>
    </message>
    <message>
        <source>This data folder has no default operator. Name one with --operator, or create one with &apos;operators add&apos;.</source>
        <translation>Ce dossier de données n&apos;a pas d&apos;utilisateur par défaut. Indiquez-en un avec --operator ou créez-en un avec &apos;operators add&apos;.</translation>
    </message>
    <message>
        <source>No operator with id {id}.</source>
        <translation>Aucun utilisateur avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Le dossier de données {path} ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder.</source>
        <translation>Le dossier de données {path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only ({reason}). Choose a folder you can write to with --data-dir.</source>
        <translation>Le dossier de données {path} est en lecture seule ({reason}). Choisissez avec --data-dir un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{path} is not a BIN Desk database (it is not an SQLite file). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>{path} n&apos;est pas une base de données BIN Desk (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({reason}). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>La base de données {path} est endommagée et illisible ({reason}). Elle n&apos;a pas été modifiée ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} belongs to another program. It was left untouched; choose another data folder.</source>
        <translation>La base de données {path} appartient à un autre programme. Elle n&apos;a pas été modifiée ; choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of BIN Desk (schema {revision}). Install the newer version; the file was left untouched.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de BIN Desk (schéma {revision}). Installez la version plus récente ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program that holds it locked. Close that program and try again.</source>
        <translation>La base de données {path} est verrouillée par un autre programme. Fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation>La base de données {path} est en lecture seule.</translation>
    </message>
    <message>
        <source>BIN Desk is already open on the data folder {path}. Switch to that window, or close it first.</source>
        <translation>BIN Desk est déjà ouvert sur le dossier de données {path}. Passez à cette fenêtre ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, got {text}.</source>
        <translation>--set attend CHAMP=VALEUR, reçu : {text}.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>Impossible de lire {what} {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>The environment variable {var} is not set.</source>
        <translation>La variable d&apos;environnement {var} n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Use LANG:CODE=TEXT, got {item}.</source>
        <translation>Utilisez LANGUE:CODE=TEXTE, reçu : {item}.</translation>
    </message>
    <message>
        <source>A paper signature needs --party and --date.</source>
        <translation>Une signature sur papier demande --party et --date.</translation>
    </message>
    <message>
        <source>Name the certificate file or id.</source>
        <translation>Indiquez le fichier ou l&apos;identifiant du certificat.</translation>
    </message>
    <message>
        <source>The signature field {field} is already signed by {signer}. A signature cannot be replaced; each party signs its own field.</source>
        <translation>Le champ de signature {field} est déjà signé par {signer}. Une signature ne peut pas être remplacée ; chaque partie signe son propre champ.</translation>
    </message>
    <message>
        <source>This PDF has no signature fields, so there is no field {field} to sign. Print the charter again from BIN Desk: it adds a field for every party.</source>
        <translation>Ce PDF n&apos;a pas de champs de signature, il n&apos;y a donc pas de champ {field} à signer. Imprimez à nouveau la charte depuis BIN Desk : il ajoute un champ pour chaque partie.</translation>
    </message>
    <message>
        <source>This PDF has no signature field {field}. Its signature fields are: {fields}.</source>
        <translation>Ce PDF n&apos;a pas de champ de signature {field}. Ses champs de signature sont : {fields}.</translation>
    </message>
    <message>
        <source>The field {field} cannot be signed with this certificate: {reason}</source>
        <translation>Le champ {field} ne peut pas être signé avec ce certificat : {reason}</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be signed. Print the charter again from BIN Desk.</source>
        <translation>Le fichier PDF est endommagé et ne peut pas être signé. Imprimez à nouveau la charte depuis BIN Desk.</translation>
    </message>
    <message>
        <source>No trust roots are configured, so no signer&apos;s identity is confirmed. Add the root certificates the zone trusts in the settings.</source>
        <translation>Aucune racine de confiance n&apos;est configurée : l&apos;identité d&apos;aucun signataire n&apos;est confirmée. Ajoutez dans les paramètres les certificats racines auxquels la zone fait confiance.</translation>
    </message>
    <message>
        <source>Revocation was not checked: BIN Desk did not ask the certificate authorities online whether a certificate was withdrawn.</source>
        <translation>La révocation n&apos;a pas été vérifiée : BIN Desk n&apos;a pas demandé en ligne aux autorités de certification si un certificat a été retiré.</translation>
    </message>
    <message>
        <source>Trust root {number} is not a certificate (PEM or DER). Check the trust roots in the zone settings.</source>
        <translation>La racine de confiance {number} n&apos;est pas un certificat (PEM ou DER). Vérifiez les racines de confiance dans les paramètres de la zone.</translation>
    </message>
    <message>
        <source>The certificate chains to a trusted root.</source>
        <translation>Le certificat remonte à une racine de confiance.</translation>
    </message>
    <message>
        <source>No trust root is configured, so the signer&apos;s identity is not confirmed.</source>
        <translation>Aucune racine de confiance n&apos;est configurée : l&apos;identité du signataire n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Le certificat a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate does not chain to any configured trust root.</source>
        <translation>Le certificat ne remonte à aucune racine de confiance configurée.</translation>
    </message>
    <message>
        <source>The certificate is not accepted by the configured trust roots: it may have expired, not be meant for signing, or come from another authority with the same name.</source>
        <translation>Le certificat n&apos;est pas accepté par les racines de confiance configurées : il a peut-être expiré, n&apos;est pas destiné à la signature ou provient d&apos;une autre autorité du même nom.</translation>
    </message>
    <message>
        <source>The document was changed after {signer} signed it: the signed content no longer matches the signature.</source>
        <translation>Le document a été modifié après la signature de {signer} : le contenu signé ne correspond plus à la signature.</translation>
    </message>
    <message>
        <source>The signature of {signer} is not valid: it does not match the certificate in it.</source>
        <translation>La signature de {signer} n&apos;est pas valide : elle ne correspond pas au certificat qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}, but the document was changed afterwards in a way this signature does not allow.</source>
        <translation>Signé par {signer} le {time}, mais le document a été modifié ensuite d&apos;une manière que cette signature n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}; the signature is valid and the document has not been changed since, apart from later signatures.</source>
        <translation>Signé par {signer} le {time} ; la signature est valide et le document n&apos;a pas été modifié depuis, hormis des signatures ultérieures.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Pas encore signé.</translation>
    </message>
    <message>
        <source>The signature in this field is damaged or of a kind BIN Desk cannot check, so it does not count.</source>
        <translation>La signature de ce champ est endommagée ou d&apos;un type que BIN Desk ne peut pas vérifier ; elle ne compte donc pas.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {not_after} (it was valid from {not_before} to {not_after}). Ask for a new certificate and sign with that one.</source>
        <translation>Le certificat de {name} a expiré le {not_after} (il était valable du {not_before} au {not_after}). Demandez un nouveau certificat et signez avec celui-ci.</translation>
    </message>
    <message>
        <source>The certificate of {name} is only valid from {not_before} to {not_after}, so it cannot sign yet. Check the computer&apos;s date and time, or sign on or after {not_before}.</source>
        <translation>Le certificat de {name} n&apos;est valable que du {not_before} au {not_after} : il ne peut pas encore signer. Vérifiez la date et l&apos;heure de l&apos;ordinateur, ou signez à partir du {not_before}.</translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used to sign documents (its key usage is: {usage}). Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation>Le certificat de {name} ne peut pas servir à signer des documents (usage de la clé : {usage}). Utilisez un certificat de signature, comme le certificat de signature d&apos;une carte eID.</translation>
    </message>
    <message>
        <source>The certificate of {name} is meant for {usage} only, not for signing documents. Use a signing certificate, such as the signature certificate of an eID card.</source>
        <translation>Le certificat de {name} est destiné uniquement à {usage}, pas à signer des documents. Utilisez un certificat de signature, comme le certificat de signature d&apos;une carte eID.</translation>
    </message>
    <message>
        <source>{file} is not a certificate file (PKCS#12, .p12 or .pfx) or it is damaged. Choose the file that holds your certificate and private key.</source>
        <translation>{file} n&apos;est pas un fichier de certificat (PKCS#12, .p12 ou .pfx) ou il est endommagé. Choisissez le fichier qui contient votre certificat et votre clé privée.</translation>
    </message>
    <message>
        <source>{file} is protected with an old encryption method that is no longer supported. Export the certificate again (with AES encryption) and choose the new file.</source>
        <translation>{file} est protégé par une ancienne méthode de chiffrement qui n&apos;est plus prise en charge. Exportez à nouveau le certificat (avec chiffrement AES) et choisissez le nouveau fichier.</translation>
    </message>
    <message>
        <source>{file} is protected with a passphrase. Type the passphrase and try again.</source>
        <translation>{file} est protégé par une phrase secrète. Saisissez-la et réessayez.</translation>
    </message>
    <message>
        <source>The passphrase of {file} is wrong. Type it again; mind upper and lower case.</source>
        <translation>La phrase secrète de {file} est incorrecte. Saisissez-la à nouveau ; attention aux majuscules et minuscules.</translation>
    </message>
    <message>
        <source>{file} holds the certificate of {name} but not its private key, so it cannot sign. Export the certificate together with its private key (.p12 or .pfx) and choose that file.</source>
        <translation>{file} contient le certificat de {name} mais pas sa clé privée : il ne peut pas signer. Exportez le certificat avec sa clé privée (.p12 ou .pfx) et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>{file} holds no certificate with a private key. Choose the file that holds your certificate and private key.</source>
        <translation>{file} ne contient aucun certificat avec clé privée. Choisissez le fichier qui contient votre certificat et votre clé privée.</translation>
    </message>
    <message>
        <source>The private key in {file} cannot sign with the certificate of {name}. Export the certificate together with its own private key and choose that file.</source>
        <translation>La clé privée de {file} ne peut pas signer avec le certificat de {name}. Exportez le certificat avec sa propre clé privée et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be and the python-pkcs11 package.</source>
        <translation>La signature avec la carte eID n&apos;est pas possible sur cet ordinateur : installez le logiciel eID depuis eid.belgium.be et le paquet python-pkcs11.</translation>
    </message>
    <message>
        <source>Signing with the eID card is not possible on this computer: install the eID software from eid.belgium.be.</source>
        <translation>La signature avec la carte eID n&apos;est pas possible sur cet ordinateur : installez le logiciel eID depuis eid.belgium.be.</translation>
    </message>
    <message>
        <source>The eID software is installed, but BIN Desk lacks PKCS#11 support: install the python-pkcs11 package.</source>
        <translation>Le logiciel eID est installé, mais BIN Desk n&apos;a pas la prise en charge PKCS#11 : installez le paquet python-pkcs11.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read. Ask the sender for the file again or print the charter again from BIN Desk.</source>
        <translation>Le fichier PDF est endommagé et illisible. Demandez à nouveau le fichier à l&apos;expéditeur ou imprimez à nouveau la charte depuis BIN Desk.</translation>
    </message>
    <message>
        <source>This file is not a PDF document. Choose the PDF of the charter.</source>
        <translation>Ce fichier n&apos;est pas un document PDF. Choisissez le PDF de la charte.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so BIN Desk cannot sign or check it. Use the PDF as BIN Desk printed it, without a password.</source>
        <translation>Ce PDF est protégé par un mot de passe : BIN Desk ne peut ni le signer ni le vérifier. Utilisez le PDF tel que BIN Desk l&apos;a imprimé, sans mot de passe.</translation>
    </message>
    <message>
        <source>texts in {language}: {sections}</source>
        <translation>textes en {language} : {sections}</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>the territory (streets and postcodes)</source>
        <translation>le territoire (rues et codes postaux)</translation>
    </message>
    <message>
        <source>the information categories agreed</source>
        <translation>les catégories d&apos;informations convenues</translation>
    </message>
    <message>
        <source>the channels of the communication plan</source>
        <translation>les canaux du plan de communication</translation>
    </message>
    <message>
        <source>a signatory for the municipality (mayor and/or prevention officer)</source>
        <translation>un signataire pour la commune (bourgmestre et/ou fonctionnaire de prévention)</translation>
    </message>
    <message>
        <source>the name of the {signatory}</source>
        <translation>le nom du {signatory}</translation>
    </message>
    <message>
        <source>This file is not an X.509 certificate (PEM or DER).</source>
        <translation>Ce fichier n&apos;est pas un certificat X.509 (PEM ou DER).</translation>
    </message>
    <message>
        <source>This certificate is not a certification authority (CA); add the CA that issued the signers&apos; certificates.</source>
        <translation>Ce certificat n&apos;est pas une autorité de certification (AC) ; ajoutez l&apos;AC qui a émis les certificats des signataires.</translation>
    </message>
    <message>
        <source>No trusted certificate with id {id}.</source>
        <translation>Aucun certificat de confiance avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>Unknown zone setting(s): {fields}. Settable: {allowed}.</source>
        <translation>Paramètre(s) de zone inconnu(s) : {fields}. Modifiables : {allowed}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{field} must be between 1 and 3650.</source>
        <translation>{field} doit être compris entre 1 et 3650.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This data folder has no zone yet.</source>
        <translation>Ce dossier de données n&apos;a pas encore de zone.</translation>
    </message>
    <message>
        <source>The file {sha} is not in this data folder (not synced yet?).</source>
        <translation>Le fichier {sha} n&apos;est pas dans ce dossier de données (pas encore synchronisé ?).</translation>
    </message>
    <message>
        <source>--mapping is not JSON: {reason}.</source>
        <translation>--mapping n&apos;est pas du JSON : {reason}.</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object.</source>
        <translation>--mapping doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Say which rows: --all-ok or --row.</source>
        <translation>Indiquez quelles lignes : --all-ok ou --row.</translation>
    </message>
    <message>
        <source>Export to a .csv or a .pdf file.</source>
        <translation>Exportez vers un fichier .csv ou .pdf.</translation>
    </message>
    <message>
        <source>Unknown member field(s) in the mapping: {fields}.</source>
        <translation>Donnée(s) de membre inconnue(s) dans la correspondance : {fields}.</translation>
    </message>
    <message>
        <source>The mapping points at columns the file does not have: {fields}.</source>
        <translation>La correspondance renvoie à des colonnes que le fichier n&apos;a pas : {fields}.</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names. Map the name column(s) and try again.</source>
        <translation>Aucune colonne ne contient les noms des membres. Associez la ou les colonnes de nom et réessayez.</translation>
    </message>
    <message>
        <source>Some rows of the review queue do not exist.</source>
        <translation>Certaines lignes de la file d&apos;examen n&apos;existent pas.</translation>
    </message>
    <message>
        <source>Rows {rows} were decided already.</source>
        <translation>Les lignes {rows} ont déjà été traitées.</translation>
    </message>
    <message>
        <source>Rows {rows} still have problems or are duplicates: fix, merge or reject them first.</source>
        <translation>Les lignes {rows} ont encore des problèmes ou sont des doublons : corrigez-les, fusionnez-les ou refusez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Say why the rows are rejected.</source>
        <translation>Indiquez pourquoi les lignes sont refusées.</translation>
    </message>
    <message>
        <source>Unknown member field {field}.</source>
        <translation>Donnée de membre inconnue : {field}.</translation>
    </message>
    <message>
        <source>There is no member to merge this row into yet (approve the row it duplicates first).</source>
        <translation>Il n&apos;y a pas encore de membre avec lequel fusionner cette ligne (approuvez d&apos;abord la ligne qu&apos;elle répète).</translation>
    </message>
    <message>
        <source>No member with id {id}.</source>
        <translation>Aucun membre avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une valeur valable pour {field}.</translation>
    </message>
    <message>
        <source>Unknown member field(s): {fields}.</source>
        <translation>Donnée(s) de membre inconnue(s) : {fields}.</translation>
    </message>
    <message>
        <source>Unknown member status {status}.</source>
        <translation>Statut de membre inconnu : {status}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it holds no digits.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : il ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: it contains letters.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : il contient des lettres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too few digits.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : trop peu de chiffres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: too many digits.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : trop de chiffres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: a Belgian mobile number has 10 digits (04xx xx xx xx), this one has {digits}.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : un numéro de GSM belge a 10 chiffres (04xx xx xx xx), celui-ci en a {digits}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: the country code is unknown.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : l&apos;indicatif du pays est inconnu.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: no such number range is in use.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone : cette tranche de numéros n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <source>{value} is a foreign number ({country}): check that SMS and voice messages reach it.</source>
        <translation>{value} est un numéro étranger ({country}) : vérifiez que les SMS et les messages vocaux y arrivent.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {reason}. Check that the file still exists and is not open in another program.</source>
        <translation>« {name} » n&apos;a pas pu être ouvert : {reason}. Vérifiez que le fichier existe encore et n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>“{name}” is empty. Ask the coordinator for the member list again (Excel or CSV) and import that file.</source>
        <translation>« {name} » est vide. Redemandez la liste des membres au coordinateur (Excel ou CSV) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; member lists larger than {limit} MB are not accepted. Check that this is the member list, or split it and import the parts.</source>
        <translation>« {name} » fait {size} Mo ; les listes de membres de plus de {limit} Mo ne sont pas acceptées. Vérifiez qu&apos;il s&apos;agit bien de la liste des membres, ou divisez-la et importez les parties.</translation>
    </message>
    <message>
        <source>“{name}” is not a table. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation>« {name} » n&apos;est pas un tableau. Demandez au coordinateur la liste des membres en fichier Excel (.xlsx) ou CSV.</translation>
    </message>
    <message>
        <source>“{name}” is not a table: it is {what}. Ask the coordinator for the member list as an Excel file (.xlsx) or CSV.</source>
        <translation>« {name} » n&apos;est pas un tableau mais {what}. Demandez au coordinateur la liste des membres en fichier Excel (.xlsx) ou CSV.</translation>
    </message>
    <message>
        <source>“{name}” is {what} and cannot be imported as it is. Open it in Excel, save it as .xlsx (Excel Workbook) or CSV, and import that file.</source>
        <translation>« {name} » est {what} et ne peut pas être importé tel quel. Ouvrez-le dans Excel, enregistrez-le en .xlsx (classeur Excel) ou en CSV, et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is password-protected. Save it without a password in Excel and import it again.</source>
        <translation>« {name} » est protégé par un mot de passe. Enregistrez-le sans mot de passe dans Excel et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” looks like an Excel file but cannot be read; it may be damaged. Open it in Excel, save it again as .xlsx and import it again.</source>
        <translation>« {name} » ressemble à un fichier Excel mais ne peut pas être lu ; il est peut-être endommagé. Ouvrez-le dans Excel, enregistrez-le à nouveau en .xlsx et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>No member list found in “{name}”: no header row (such as Name, Street, Phone) was found. Check that the list is in the file, with one member per row, and import it again.</source>
        <translation>Aucune liste de membres trouvée dans « {name} » : aucune ligne d&apos;en-têtes (comme Nom, Rue, Téléphone) n&apos;a été trouvée. Vérifiez que la liste se trouve dans le fichier, avec un membre par ligne, et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>No member list found in “{name}”: row {row} looks like a header, but no members follow it. Check that the file is the complete list and import it again.</source>
        <translation>Aucune liste de membres trouvée dans « {name} » : la ligne {row} ressemble à des en-têtes, mais aucun membre ne suit. Vérifiez que le fichier contient la liste complète et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <source>a photo or video</source>
        <translation>une photo ou une vidéo</translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb)</source>
        <translation>un classeur Excel binaire (.xlsb)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (LibreOffice)</source>
        <translation>un classeur OpenDocument (LibreOffice)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>in the old Excel format (.xls)</source>
        <translation>dans l&apos;ancien format Excel (.xls)</translation>
    </message>
    <message>
        <source>a document in an old Office format</source>
        <translation>un document dans un ancien format Office</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows; that is not one BIN&apos;s member list. Split it per BIN and import the parts.</source>
        <translation>« {name} » a plus de {limit} lignes ; ce n&apos;est pas la liste des membres d&apos;un seul PLP. Divisez-la par PLP et importez les parties.</translation>
    </message>
    <message>
        <source>Row {row} of “{name}” uses more than {limit} columns. A member list needs only a few: delete the extra columns and import it again.</source>
        <translation>La ligne {row} de « {name} » utilise plus de {limit} colonnes. Une liste de membres n&apos;en a besoin que de quelques-unes : supprimez les colonnes en trop et importez-la à nouveau.</translation>
    </message>
    <message>
        <source>a web page or XML file</source>
        <translation>une page web ou un fichier XML</translation>
    </message>
    <message>
        <source>“{name}” cannot be read from line {line} on: a quote (&quot;) opened there is never closed. Correct that line, or open the file in Excel, save it again as CSV and import it again.</source>
        <translation>« {name} » ne peut pas être lu à partir de la ligne {line} : un guillemet (&quot;) ouvert à cet endroit n&apos;est jamais fermé. Corrigez cette ligne, ou ouvrez le fichier dans Excel, enregistrez-le à nouveau en CSV et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet “{sheet}”. Choose one of: {sheets}.</source>
        <translation>« {name} » n&apos;a pas de feuille « {sheet} ». Choisissez parmi : {sheets}.</translation>
    </message>
    <message>
        <source>The row has no name: fill in the name, or the first and last name.</source>
        <translation>La ligne n&apos;a pas de nom : indiquez le nom, ou le prénom et le nom.</translation>
    </message>
    <message>
        <source>{number} is a fixed line: the member gets voice messages but no SMS.</source>
        <translation>{number} est une ligne fixe : le membre reçoit des messages vocaux mais pas de SMS.</translation>
    </message>
    <message>
        <source>{number} is not a mobile number: the member gets voice messages but no SMS.</source>
        <translation>{number} n&apos;est pas un numéro de GSM : le membre reçoit des messages vocaux mais pas de SMS.</translation>
    </message>
    <message>
        <source>The row has neither a usable phone number nor an e-mail address.</source>
        <translation>La ligne n&apos;a ni numéro de téléphone utilisable ni adresse e-mail.</translation>
    </message>
    <message>
        <source>The row has no street.</source>
        <translation>La ligne n&apos;a pas de rue.</translation>
    </message>
    <message>
        <source>&apos;{street}&apos; is not one of this network&apos;s streets.</source>
        <translation>&apos;{street}&apos; ne fait pas partie des rues de ce réseau.</translation>
    </message>
    <message>
        <source>Postcode {postcode} is outside this network&apos;s area ({postcodes}).</source>
        <translation>Le code postal {postcode} est hors du territoire de ce réseau ({postcodes}).</translation>
    </message>
    <message>
        <source>No consent recorded: a date or yes is needed.</source>
        <translation>Aucun consentement enregistré : une date ou oui est nécessaire.</translation>
    </message>
    <message>
        <source>The member did not give consent (&apos;{value}&apos;).</source>
        <translation>Le membre n&apos;a pas donné son consentement (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as consent: use a date (dd/mm/yyyy) or yes/no.</source>
        <translation>&apos;{value}&apos; n&apos;est pas compris comme un consentement : utilisez une date (jj/mm/aaaa) ou oui/non.</translation>
    </message>
    <message>
        <source>The consent date {date} lies in the future.</source>
        <translation>La date du consentement, {date}, est dans le futur.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not understood as a language: {default} is used.</source>
        <translation>&apos;{value}&apos; n&apos;est pas compris comme une langue : {default} est utilisé.</translation>
    </message>
    <message>
        <source>Same phone number as member {member}.</source>
        <translation>Même numéro de téléphone que le membre {member}.</translation>
    </message>
    <message>
        <source>Same e-mail address as member {member}.</source>
        <translation>Même adresse e-mail que le membre {member}.</translation>
    </message>
    <message>
        <source>Same name and address as member {member}.</source>
        <translation>Même nom et même adresse que le membre {member}.</translation>
    </message>
    <message>
        <source>Same phone number as row {row} ({name}).</source>
        <translation>Même numéro de téléphone que la ligne {row} ({name}).</translation>
    </message>
    <message>
        <source>Same e-mail address as row {row} ({name}).</source>
        <translation>Même adresse e-mail que la ligne {row} ({name}).</translation>
    </message>
    <message>
        <source>Same name and address as row {row} ({name}).</source>
        <translation>Même nom et même adresse que la ligne {row} ({name}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it contains spaces.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail : elle contient des espaces.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it needs exactly one @.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail : il faut exactement un @.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: it is too long.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail : elle est trop longue.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part before the @ is not valid.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail : la partie avant le @ n&apos;est pas valable.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ needs a dot (as in telenet.be).</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail : la partie après le @ doit contenir un point (comme dans skynet.be).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address: the part after the @ is not a domain.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail : la partie après le @ n&apos;est pas un domaine.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; holds several e-mail addresses: keep one.</source>
        <translation>&apos;{value}&apos; contient plusieurs adresses e-mail : n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Unknown sanction step {step}.</source>
        <translation>Étape de sanction inconnue : {step}.</translation>
    </message>
    <message>
        <source>A sanction needs its reason.</source>
        <translation>Une sanction doit être motivée.</translation>
    </message>
    <message>
        <source>A written reprimand is given by the korpschef.</source>
        <translation>Un blâme écrit est donné par le chef de corps.</translation>
    </message>
    <message>
        <source>A temporary exclusion needs an end date after the decision.</source>
        <translation>Une exclusion temporaire doit avoir une date de fin postérieure à la décision.</translation>
    </message>
    <message>
        <source>A definitive exclusion is countersigned by the korpschef.</source>
        <translation>Une exclusion définitive est contresignée par le chef de corps.</translation>
    </message>
    <message>
        <source>There is no decision to appeal against.</source>
        <translation>Il n&apos;y a pas de décision contre laquelle introduire un recours.</translation>
    </message>
    <message>
        <source>The appeal period ended on {date} (three weeks after the decision).</source>
        <translation>Le délai de recours a expiré le {date} (trois semaines après la décision).</translation>
    </message>
    <message>
        <source>Choose at least one network.</source>
        <translation>Choisissez au moins un réseau.</translation>
    </message>
    <message>
        <source>The title or e-mail subject &quot;{part}&quot; contains personal data ({code}).</source>
        <translation>Le titre ou l&apos;objet de l&apos;e-mail « {part} » contient des données personnelles ({code}).</translation>
    </message>
    <message>
        <source>Remove it from the title and the subject.</source>
        <translation>Retirez-les du titre et de l&apos;objet.</translation>
    </message>
    <message>
        <source>Unknown category {category}.</source>
        <translation>Catégorie inconnue {category}.</translation>
    </message>
    <message>
        <source>Urgency is urgent or normal.</source>
        <translation>L&apos;urgence est urgente ou normale.</translation>
    </message>
    <message>
        <source>A message needs a text.</source>
        <translation>Un message a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>Unknown channel(s): {channels}.</source>
        <translation>Canal ou canaux inconnus : {channels}.</translation>
    </message>
    <message>
        <source>{networks} cannot receive messages in their current state (not official or active).</source>
        <translation>{networks} ne peut ou ne peuvent pas recevoir de messages dans leur phase actuelle (ni officiel ni actif).</translation>
    </message>
    <message>
        <source>No message with id {id}.</source>
        <extracomment>queued deliveries the round left alone: their message was withheld by the message filter (another device holds it) or the gateway is in test mode. Over several rounds (dispatch_until_empty) it is the last round&apos;s count. Called with the ids of the messages that have due deliveries; returns those this device may send now (the sync&apos;s hub claim). Deliveries of the others are left queued, reported waiting. A status query per delivery is a request to the provider: at most this many batches&apos; worth of submitted deliveries are asked about per round (unknown ones always come first). Printed before every exercise text (members&apos; language; GSM-7 safe for SMS).
----------
What one SMS segment costs (the price the composer&apos;s audience check uses). Deliveries that reached the provider and are charged for. States that need no more work from the dispatcher. Failed deliveries listed for follow-up (the counts cover them all).</extracomment>
        <translation>Aucun message avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>Only an approved message can be sent (this one is {status}).</source>
        <translation>Seul un message approuvé peut être envoyé (celui-ci est {status}).</translation>
    </message>
    <message>
        <source>Only a draft message can be approved (this one is {status}).</source>
        <translation>Seul un projet peut être approuvé (ce message a le statut {status}).</translation>
    </message>
    <message>
        <source>Four eyes: another operator must approve a message you wrote.</source>
        <translation>Quatre yeux : un autre utilisateur doit approuver un message que vous avez rédigé.</translation>
    </message>
    <message>
        <source>The message has blocking findings. Fix them, or ask the korpschef to override them with a reason.</source>
        <translation>Le message a des constats bloquants. Corrigez-les, ou demandez au chef de corps de passer outre avec un motif.</translation>
    </message>
    <message>
        <source>Overriding blocking findings needs a reason.</source>
        <translation>Passer outre des constats bloquants demande un motif.</translation>
    </message>
    <message>
        <source>Only a draft can be changed (this message is {status}).</source>
        <translation>Seul un brouillon peut être modifié (ce message est {status}).</translation>
    </message>
    <message>
        <source>A sent message is withdrawn with a cancellation, not discarded.</source>
        <translation>Un message envoyé se retire par une annulation, pas en le supprimant.</translation>
    </message>
    <message>
        <source>A follow-up is an update or a cancellation.</source>
        <translation>Un suivi est une mise à jour ou une annulation.</translation>
    </message>
    <message>
        <source>No national register or BIS number (checked with its checksum).</source>
        <translation>Aucun numéro de registre national ou BIS (vérifié avec sa clé de contrôle).</translation>
    </message>
    <message>
        <source>{value} is a national register or BIS number: personal data that a message must never contain.</source>
        <translation>{value} est un numéro de registre national ou BIS : une donnée personnelle qu&apos;un message ne peut jamais contenir.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Supprimez-le.</translation>
    </message>
    <message>
        <source>No bank account number (IBAN, checked with its checksum).</source>
        <translation>Aucun numéro de compte (IBAN, vérifié avec sa clé de contrôle).</translation>
    </message>
    <message>
        <source>{value} is a bank account number: personal data that a message must never contain.</source>
        <translation>{value} est un numéro de compte : une donnée personnelle qu&apos;un message ne peut jamais contenir.</translation>
    </message>
    <message>
        <source>Remove it. To warn about fraud, describe the scheme, not the account.</source>
        <translation>Supprimez-le. Pour avertir d&apos;une fraude, décrivez le procédé, pas le compte.</translation>
    </message>
    <message>
        <source>No e-mail address (the police&apos;s own addresses excepted).</source>
        <translation>Aucune adresse e-mail (sauf celles de la police).</translation>
    </message>
    <message>
        <source>{value} is an e-mail address: personal data that a message must never contain.</source>
        <translation>{value} est une adresse e-mail : une donnée personnelle qu&apos;un message ne peut jamais contenir.</translation>
    </message>
    <message>
        <source>No phone number other than the zone&apos;s own, emergency and service numbers.</source>
        <translation>Aucun numéro de téléphone hormis ceux de la zone, d&apos;urgence et de service.</translation>
    </message>
    <message>
        <source>{value} is a phone number: a message may only give the zone&apos;s own, emergency and service numbers.</source>
        <translation>{value} est un numéro de téléphone : un message ne peut donner que les numéros de la zone, d&apos;urgence et de service.</translation>
    </message>
    <message>
        <source>Remove it, or give the zone&apos;s general number.</source>
        <translation>Supprimez-le, ou donnez le numéro général de la zone.</translation>
    </message>
    <message>
        <source>No readable Belgian number plate.</source>
        <translation>Aucune plaque d&apos;immatriculation belge lisible.</translation>
    </message>
    <message>
        <source>{value} looks like a number plate: a message must not make a vehicle (and so its owner) identifiable.</source>
        <translation>{value} ressemble à une plaque d&apos;immatriculation : un message ne peut pas rendre un véhicule (et donc son propriétaire) identifiable.</translation>
    </message>
    <message>
        <source>Describe the vehicle (make, colour) without its plate.</source>
        <translation>Décrivez le véhicule (marque, couleur) sans sa plaque.</translation>
    </message>
    <message>
        <source>No person&apos;s name (a title or a first name with a surname).</source>
        <translation>Aucun nom de personne (une civilité ou un prénom avec un nom).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like a person&apos;s name: a message must not name victims, suspects or witnesses.</source>
        <translation>« {value} » ressemble au nom d&apos;une personne : un message ne peut nommer ni victimes, ni suspects, ni témoins.</translation>
    </message>
    <message>
        <source>Write &quot;a resident&quot;, &quot;a man&quot; … instead.</source>
        <translation>Écrivez plutôt « un habitant », « un homme » …</translation>
    </message>
    <message>
        <source>No address (a street with a house number).</source>
        <translation>Pas d&apos;adresse (une rue avec un numéro).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; looks like an address: a message must not point to a victim&apos;s or a suspect&apos;s home.</source>
        <translation>« {value} » ressemble à une adresse : un message ne doit pas désigner le domicile d&apos;une victime ou d&apos;un suspect.</translation>
    </message>
    <message>
        <source>Give the street or the neighbourhood without the house number.</source>
        <translation>Donnez la rue ou le quartier sans le numéro.</translation>
    </message>
    <message>
        <source>A non-urgent message sent at {time}, between {night_from} and {night_until}: members dislike night messages that can wait.</source>
        <translation>Un message non urgent envoyé à {time}, entre {night_from} et {night_until} : les membres n&apos;aiment pas les messages nocturnes qui peuvent attendre.</translation>
    </message>
    <message>
        <source>The category is one every target network&apos;s charter agreed to.</source>
        <translation>La catégorie est acceptée par la charte de chaque réseau destinataire.</translation>
    </message>
    <message>
        <source>The charters of the target networks do not allow messages of category {category}.</source>
        <translation>Les chartes des réseaux destinataires n&apos;autorisent pas les messages de la catégorie {category}.</translation>
    </message>
    <message>
        <source>Choose an agreed category, or leave out the networks that did not agree to it.</source>
        <translation>Choisissez une catégorie acceptée, ou retirez les réseaux qui ne l&apos;ont pas acceptée.</translation>
    </message>
    <message>
        <source>What the message is about happened recently enough to be useful.</source>
        <translation>Ce dont parle le message s&apos;est produit assez récemment pour être utile.</translation>
    </message>
    <message>
        <source>The incident happened {hours} hours before sending, more than the {limit} hours after which a message is no longer timely.</source>
        <translation>L&apos;incident s&apos;est produit {hours} heures avant l&apos;envoi, plus que les {limit} heures au-delà desquelles un message n&apos;est plus d&apos;actualité.</translation>
    </message>
    <message>
        <source>Send it as a preventive tip or a feedback message instead.</source>
        <translation>Envoyez-le plutôt comme conseil de prévention ou comme suivi.</translation>
    </message>
    <message>
        <source>The text gives preventive advice or a call to action (e.g. &quot;call 112&quot;).</source>
        <translation>Le texte donne un conseil de prévention ou un appel à l&apos;action (p. ex. « appelez le 112 »).</translation>
    </message>
    <message>
        <source>The text gives no preventive advice or call to action.</source>
        <translation>Le texte ne donne ni conseil de prévention ni appel à l&apos;action.</translation>
    </message>
    <message>
        <source>Tell members what they can do: e.g. &quot;Close windows and doors&quot;, &quot;See something suspicious? Call 112.&quot;</source>
        <translation>Dites aux membres ce qu&apos;ils peuvent faire : p. ex. « Fermez portes et fenêtres », « Quelque chose de suspect ? Appelez le 112. »</translation>
    </message>
    <message>
        <source>A non-urgent message is not sent at night.</source>
        <translation>Un message non urgent n&apos;est pas envoyé la nuit.</translation>
    </message>
    <message>
        <source>Schedule it for the morning.</source>
        <translation>Planifiez-le pour le matin.</translation>
    </message>
    <message>
        <source>No similar message of the same category went out recently.</source>
        <translation>Aucun message semblable de la même catégorie n&apos;est parti récemment.</translation>
    </message>
    <message>
        <source>A similar message ({similarity} % alike) of the same category went out on {sent_at}.</source>
        <translation>Un message semblable ({similarity} % de ressemblance) de la même catégorie est parti le {sent_at}.</translation>
    </message>
    <message>
        <source>Send an update of that message instead, or leave it out.</source>
        <translation>Envoyez plutôt une mise à jour de ce message, ou renoncez-y.</translation>
    </message>
    <message>
        <source>No call to patrol, pursue, confront or apprehend anyone (advice not to passes).</source>
        <translation>Aucun appel à patrouiller, poursuivre, confronter ou appréhender quelqu&apos;un (le conseil de ne pas le faire est accepté).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to act against suspects themselves: a BIN never patrols, pursues or intervenes.</source>
        <translation>« {value} » demande aux membres d&apos;agir eux-mêmes contre des suspects : un PLP ne patrouille, ne poursuit et n&apos;intervient jamais.</translation>
    </message>
    <message>
        <source>Ask members to stay at a distance, observe and call 112.</source>
        <translation>Demandez aux membres de garder leurs distances, d&apos;observer et d&apos;appeler le 112.</translation>
    </message>
    <message>
        <source>No description of people by origin, nationality, ethnicity, religion or skin colour.</source>
        <translation>Aucune description de personnes selon l&apos;origine, la nationalité, l&apos;ethnie, la religion ou la couleur de peau.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; describes people by origin, nationality, religion or skin colour (anti-discrimination law of 10 May 2007).</source>
        <translation>« {value} » décrit des personnes selon l&apos;origine, la nationalité, la religion ou la couleur de peau (loi anti-discrimination du 10 mai 2007).</translation>
    </message>
    <message>
        <source>Describe what can be observed and matters: clothing, build, height, vehicle, behaviour.</source>
        <translation>Décrivez ce qui s&apos;observe et compte : vêtements, corpulence, taille, véhicule, comportement.</translation>
    </message>
    <message>
        <source>No request to report on neighbours&apos; private lives (a BIN is no snitch line).</source>
        <translation>Aucune demande de signaler la vie privée des voisins (un PLP n&apos;est pas une ligne de délation).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; asks members to report on their neighbours&apos; private lives: a BIN is no snitch line.</source>
        <translation>« {value} » demande aux membres de signaler la vie privée de leurs voisins : un PLP n&apos;est pas une ligne de délation.</translation>
    </message>
    <message>
        <source>Ask only for observations about the incident: suspicious behaviour, vehicles, times.</source>
        <translation>Ne demandez que des observations sur l&apos;incident : comportements suspects, véhicules, heures.</translation>
    </message>
    <message>
        <source>No HTML tags or entities (members see them as typed).</source>
        <translation>Pas de balises ni d&apos;entités HTML (les membres les voient telles quelles).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is HTML: SMS, voice and plain e-mail show it as is.</source>
        <translation>« {value} » est du HTML : le SMS, la voix et l&apos;e-mail texte l&apos;affichent tel quel.</translation>
    </message>
    <message>
        <source>Remove it and write plain text.</source>
        <translation>Supprimez-le et écrivez du texte simple.</translation>
    </message>
    <message>
        <source>No long runs of capitals (acronyms such as BIN, PLP or SMS excepted).</source>
        <translation>Pas de longs passages en majuscules (sauf des sigles comme BIN, PLP ou SMS).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is written in capitals: it reads as shouting and is harder to read.</source>
        <translation>« {value} » est écrit en majuscules : cela se lit comme un cri et se lit plus difficilement.</translation>
    </message>
    <message>
        <source>Write it in normal case; put the key point first instead.</source>
        <translation>Écrivez-le en minuscules ; mettez plutôt l&apos;essentiel en premier.</translation>
    </message>
    <message>
        <source>No alarmist wording (&quot;PANIEK&quot;, &quot;!!!&quot;, &quot;levensgevaarlijk&quot;, &quot;terreur&quot;).</source>
        <translation>Pas de formulation alarmiste (« PANIQUE », « !!! », « danger de mort », « terreur »).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is alarmist: it frightens rather than informs.</source>
        <translation>« {value} » est alarmiste : cela effraie plus que cela n&apos;informe.</translation>
    </message>
    <message>
        <source>State the facts calmly and say what members can do.</source>
        <translation>Exposez les faits calmement et dites ce que les membres peuvent faire.</translation>
    </message>
    <message>
        <source>The message has a text.</source>
        <translation>Le message a un texte.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Le message n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>The text is written in its declared language, one of the networks&apos; languages.</source>
        <translation>Le texte est rédigé dans la langue indiquée, l&apos;une des langues des réseaux.</translation>
    </message>
    <message>
        <source>The target networks do not use {language} (they use {languages}).</source>
        <translation>Les réseaux choisis n&apos;utilisent pas {language} (ils utilisent {languages}).</translation>
    </message>
    <message>
        <source>Write the text in the networks&apos; languages.</source>
        <translation>Rédigez le texte dans les langues des réseaux.</translation>
    </message>
    <message>
        <source>This text seems to be in {detected}, not in {language}.</source>
        <translation>Ce texte semble être en {detected}, pas en {language}.</translation>
    </message>
    <message>
        <source>Put the text under its own language, or translate it.</source>
        <translation>Placez le texte sous sa propre langue, ou traduisez-le.</translation>
    </message>
    <message>
        <source>Every language of the target networks has a text.</source>
        <translation>Chaque langue des réseaux destinataires a un texte.</translation>
    </message>
    <message>
        <source>The text in {language} is missing: the networks use it.</source>
        <translation>Le texte en {language} manque : les réseaux utilisent cette langue.</translation>
    </message>
    <message>
        <source>Write the {language} version before sending.</source>
        <translation>Rédigez la version en {language} avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The SMS text uses only GSM characters (one other character makes every segment 70 characters instead of 160).</source>
        <translation>Le texte du SMS n&apos;utilise que des caractères GSM (un seul autre caractère fait passer chaque segment de 160 à 70 caractères).</translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment) and has no GSM equivalent.</source>
        <translation>« {character} » fait passer le SMS en UCS-2 (70 caractères par segment) et n&apos;a pas d&apos;équivalent GSM.</translation>
    </message>
    <message>
        <source>&quot;{character}&quot; turns the SMS into UCS-2 (70 characters a segment): write &quot;{replacement}&quot; instead.</source>
        <translation>« {character} » fait passer le SMS en UCS-2 (70 caractères par segment) : écrivez plutôt « {replacement} ».</translation>
    </message>
    <message>
        <source>An SMS message stays within the zone&apos;s maximum number of segments.</source>
        <translation>Un SMS reste dans le nombre maximal de segments de la zone.</translation>
    </message>
    <message>
        <source>Replace the special characters: in GSM characters it takes {safe_segments} segments.</source>
        <translation>Remplacez les caractères spéciaux : en caractères GSM, il occupe {safe_segments} segments.</translation>
    </message>
    <message>
        <source>Shorten the text, or send the details by e-mail.</source>
        <translation>Raccourcissez le texte, ou envoyez les détails par e-mail.</translation>
    </message>
    <message>
        <source>The SMS takes {segments} segments ({characters} characters, {encoding}); the zone allows {max}.</source>
        <translation>Le SMS occupe {segments} segments ({characters} caractères, {encoding}) ; la zone en autorise {max}.</translation>
    </message>
    <message>
        <source>A voice message can be listened to within the zone&apos;s maximum length.</source>
        <translation>Un message vocal s&apos;écoute dans la durée maximale de la zone.</translation>
    </message>
    <message>
        <source>Read aloud, the message takes about {seconds} seconds; more than {max} seconds loses the listener.</source>
        <translation>Lu à voix haute, le message dure environ {seconds} secondes ; au-delà de {max} secondes, on perd l&apos;auditeur.</translation>
    </message>
    <message>
        <source>Keep the voice message to the essentials and the advice.</source>
        <translation>Limitez le message vocal à l&apos;essentiel et aux conseils.</translation>
    </message>
    <message>
        <source>An e-mail has a subject.</source>
        <translation>Un e-mail a un objet.</translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>L&apos;e-mail n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>Give it a short subject that says what and where, e.g. &quot;Burglaries in the Kerkwijk&quot;.</source>
        <translation>Donnez-lui un objet court qui dit quoi et où, p. ex. « Cambriolages dans le quartier de l&apos;Église ».</translation>
    </message>
    <message>
        <source>Every active member can be reached on the message&apos;s channels.</source>
        <translation>Chaque membre actif est joignable par les canaux du message.</translation>
    </message>
    <message>
        <source>{count} active member(s) have no phone number or e-mail address for the channels of this message and will not receive it.</source>
        <translation>{count} membre(s) actif(s) n&apos;ont ni numéro ni adresse e-mail pour les canaux de ce message et ne le recevront pas.</translation>
    </message>
    <message>
        <source>Add a channel, or ask the coordinator to pass the message on.</source>
        <translation>Ajoutez un canal, ou demandez au coordinateur de transmettre le message.</translation>
    </message>
    <message>
        <source>The provider refused the credentials of gateway {gateway}: check the token in Settings → Gateways.</source>
        <extracomment>the message as CAP 1.2 XML, filled only for gateways that file it (`wants_cap`)</extracomment>
        <translation>Le fournisseur a refusé les identifiants de la passerelle {gateway} : vérifiez le jeton dans Paramètres → Passerelles.</translation>
    </message>
    <message>
        <source>No gateway is configured: add one with &apos;bin-desktop gateway add&apos;.</source>
        <translation>Aucune passerelle n&apos;est configurée : ajoutez-en une avec &apos;bin-desktop gateway add&apos;.</translation>
    </message>
    <message>
        <source>Gateway {name} needs a secret (token or password) and none is set: store it with &apos;bin-desktop gateway secret {name}&apos; (read from standard input).</source>
        <translation>La passerelle {name} a besoin d&apos;un secret (jeton ou mot de passe) et aucun n&apos;est défini : enregistrez-le avec &apos;bin-desktop gateway secret {name}&apos; (lu sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Gateway name {name!r} is not usable: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Le nom de passerelle {name!r} n&apos;est pas utilisable : 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Unknown gateway type {type}: use one of {types}.</source>
        <translation>Type de passerelle inconnu : {type} ; utilisez un de : {types}.</translation>
    </message>
    <message>
        <source>A gateway needs a --url.</source>
        <translation>Une passerelle a besoin d&apos;une --url.</translation>
    </message>
    <message>
        <source>An outbox gateway&apos;s URL is a folder path, not {url}.</source>
        <translation>L&apos;URL d&apos;une passerelle de type boîte d&apos;envoi est le chemin d&apos;un dossier, pas {url}.</translation>
    </message>
    <message>
        <source>The port in {url} is not a number.</source>
        <translation>Le port dans {url} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Do not put a password in the gateway URL: store it with &apos;bin-desktop gateway secret NAME&apos; so it stays in the keyring.</source>
        <translation>Ne mettez pas de mot de passe dans l&apos;URL de la passerelle : enregistrez-le avec &apos;bin-desktop gateway secret NAME&apos; pour qu&apos;il reste dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>An {type} gateway needs an http:// or https:// URL, not {url}.</source>
        <translation>Une passerelle {type} a besoin d&apos;une URL http:// ou https://, pas {url}.</translation>
    </message>
    <message>
        <source>An {type} URL carries no user name: the token goes in the keyring.</source>
        <translation>Une URL {type} ne contient pas de nom d&apos;utilisateur : le jeton va dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>--security applies to smtp gateways only.</source>
        <translation>--security ne s&apos;applique qu&apos;aux passerelles smtp.</translation>
    </message>
    <message>
        <source>An smtp gateway needs an smtp://[user@]host[:port] or smtps:// URL, not {url}.</source>
        <translation>Une passerelle smtp a besoin d&apos;une URL smtp://[utilisateur@]hôte[:port] ou smtps://, pas {url}.</translation>
    </message>
    <message>
        <source>Unknown SMTP security {security}: use one of {choices}.</source>
        <translation>Sécurité SMTP inconnue : {security} ; utilisez une de : {choices}.</translation>
    </message>
    <message>
        <source>An smtps:// URL always uses ssl.</source>
        <translation>Une URL smtps:// utilise toujours ssl.</translation>
    </message>
    <message>
        <source>Gateway channels must be one or more of sms, voice, email (got {got}).</source>
        <translation>Les canaux d&apos;une passerelle doivent être un ou plusieurs de sms, voice, email (reçu : {got}).</translation>
    </message>
    <message>
        <source>An smtp gateway sends e-mail only.</source>
        <translation>Une passerelle smtp n&apos;envoie que des e-mails.</translation>
    </message>
    <message>
        <source>A cm gateway sends sms and voice only.</source>
        <translation>Une passerelle cm n&apos;envoie que des SMS et des appels vocaux.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and {max}.</source>
        <translation>La taille des lots doit être comprise entre 1 et {max}.</translation>
    </message>
    <message>
        <source>The rate must be more than 0 and at most {max} per second.</source>
        <translation>Le débit doit être supérieur à 0 et au plus {max} par seconde.</translation>
    </message>
    <message>
        <source>The sender must be one line of at most 254 characters.</source>
        <translation>L&apos;expéditeur doit tenir sur une ligne d&apos;au plus 254 caractères.</translation>
    </message>
    <message>
        <source>A gateway named {name} already exists: change it with update or remove it first.</source>
        <translation>Une passerelle nommée {name} existe déjà : modifiez-la avec update ou supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Unknown gateway setting(s): {fields}.</source>
        <translation>Paramètre(s) de passerelle inconnu(s) : {fields}.</translation>
    </message>
    <message>
        <source>No gateway named {name}.</source>
        <translation>Aucune passerelle nommée {name}.</translation>
    </message>
    <message>
        <source>Gateway {name} does not send {channel}, so it cannot reach {what}.</source>
        <translation>La passerelle {name} n&apos;envoie pas {channel} : elle ne peut donc pas atteindre {what}.</translation>
    </message>
    <message>
        <source>A test SMS or call needs a number in international form, e.g. +32470123456.</source>
        <translation>Un SMS ou un appel de test a besoin d&apos;un numéro au format international, p. ex. +32470123456.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so BIN Desk cannot keep gateway secrets. On Linux install and unlock gnome-keyring, or KeePassXC with Secret Service enabled, or run BIN Desk inside a desktop session. Secrets are never written to a file instead.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est disponible sur cet ordinateur : BIN Desk ne peut donc pas conserver les secrets des passerelles. Sous Linux, installez et déverrouillez gnome-keyring, ou KeePassXC avec Secret Service activé, ou lancez BIN Desk dans une session de bureau. Les secrets ne sont jamais écrits dans un fichier à la place.</translation>
    </message>
    <message>
        <source>No secret is set for gateway {name}: enter it in Settings → Gateways.</source>
        <translation>Aucun secret n&apos;est défini pour la passerelle {name} : saisissez-le dans Paramètres → Passerelles.</translation>
    </message>
    <message>
        <source>No gateway is configured: an administrator adds one in Settings → Gateways.</source>
        <extracomment>with a zone hub, the hub&apos;s dispatch claims (sync.claims): one device per message</extracomment>
        <translation>Aucune passerelle n&apos;est configurée : un administrateur en ajoute une dans Paramètres → Passerelles.</translation>
    </message>
    <message>
        <source>No conflict with id {id}.</source>
        <extracomment>what an operator may settle, by entity (the permission to edit that kind of row)</extracomment>
        <translation>Aucun conflit avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>The {entity} was deleted; a deleted row cannot take the other value. Create it again if it is still needed.</source>
        <translation>L&apos;élément {entity} a été supprimé ; une ligne supprimée ne peut pas prendre l&apos;autre valeur. Créez-la à nouveau si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>No hub is configured for this computer: give one with --hub URL or in Settings → Synchronisation.</source>
        <extracomment>a local clock this far from the hub&apos;s is reported to the user this computer&apos;s clock minus the hub&apos;s, in ms (positive: this one is ahead)</extracomment>
        <translation>Aucun hub n&apos;est configuré pour cet ordinateur : indiquez-en un avec --hub URL ou dans Paramètres → Synchronisation.</translation>
    </message>
    <message>
        <source>This computer&apos;s data folder could not be written during the sync ({reason}). Free some disk space and sync again: nothing was lost, the sync goes on from its last complete step.</source>
        <translation>Le dossier de données de cet ordinateur n&apos;a pas pu être écrit pendant la synchronisation ({reason}). Libérez de l&apos;espace disque et synchronisez à nouveau : rien n&apos;a été perdu, la synchronisation reprend à sa dernière étape complète.</translation>
    </message>
    <message>
        <source>The connection to the hub {url} was lost ({reason}). Nothing is lost: the next sync goes on from where this one stopped.</source>
        <translation>La connexion au hub {url} a été perdue ({reason}). Rien n&apos;est perdu : la prochaine synchronisation reprend là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s ahead of the hub&apos;s: correct the date and time.</source>
        <translation>L&apos;horloge de cet ordinateur a {seconds} s d&apos;avance sur celle du hub : corrigez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The clock of this computer is {seconds} s behind the hub&apos;s: correct the date and time.</source>
        <translation>L&apos;horloge de cet ordinateur a {seconds} s de retard sur celle du hub : corrigez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The zone hub is used by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update before syncing; your changes stay on this computer until then.</source>
        <translation>Le hub de la zone est utilisé par une version plus récente de BIN Desk (version des données {hub}, celle-ci a {mine}). Installez la mise à jour avant de synchroniser ; vos modifications restent sur cet ordinateur d&apos;ici là.</translation>
    </message>
    <message>
        <source>This data folder is a copy or a restored backup of another BIN Desk ({reason}). It no longer syncs, so that nothing is merged blindly. Its data stays here: start BIN Desk on a new, empty data folder to get the zone from the hub again, and re-enter what is missing from this one (bin-desktop export --json shows it).</source>
        <translation>Ce dossier de données est une copie ou une sauvegarde restaurée d&apos;un autre BIN Desk ({reason}). Il ne se synchronise plus, afin que rien ne soit fusionné à l&apos;aveugle. Ses données restent ici : lancez BIN Desk sur un nouveau dossier de données vide pour récupérer la zone depuis le hub, et saisissez à nouveau ce qui manque de celui-ci (bin-desktop export --json l&apos;affiche).</translation>
    </message>
    <message>
        <source>Changes made on this computer are stamped {minutes} minutes in the future of the hub: the clock of this computer is wrong. Correct the date and time; the changes stay here and go up at the next sync.</source>
        <translation>Les modifications faites sur cet ordinateur sont horodatées {minutes} minutes dans le futur du hub : l&apos;horloge de cet ordinateur est fausse. Corrigez la date et l&apos;heure ; les modifications restent ici et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The hub refused changes stamped in its future: the clock of this computer is wrong. Correct it; nothing is lost.</source>
        <translation>Le hub a refusé des modifications horodatées dans son futur : l&apos;horloge de cet ordinateur est fausse. Corrigez-la ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The zone hub holds changes made by a newer BIN Desk (data version {hub}, this one has {mine}). Install the update; everything up to them was synced.</source>
        <translation>Le hub de la zone contient des modifications faites par une version plus récente de BIN Desk (version des données {hub}, celle-ci a {mine}). Installez la mise à jour ; tout ce qui précède a été synchronisé.</translation>
    </message>
    <message>
        <source>A change from the hub clashes with a value that must be unique on this computer ({reason}): probably the same personnel number, NIS code or gateway name was entered on two devices. Change it here and sync again; nothing was lost.</source>
        <translation>Une modification venant du hub entre en conflit avec une valeur qui doit être unique sur cet ordinateur ({reason}) : probablement le même matricule, code INS ou nom de passerelle a été saisi sur deux appareils. Modifiez-la ici et synchronisez à nouveau ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Pulled changes are stamped {minutes} minutes in the future of this computer: check its date and time.</source>
        <translation>Les modifications reçues sont horodatées {minutes} minutes dans le futur de cet ordinateur : vérifiez sa date et son heure.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid role name (letters, digits and _).</source>
        <extracomment>the device that held the claim before this one took it over (None: not taken over)</extracomment>
        <translation>&apos;{name}&apos; n&apos;est pas un nom de rôle valable (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>{url} is already a BIN Desk hub; nothing was changed.</source>
        <translation>{url} est déjà un hub BIN Desk ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL. Use postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH/hub.db.</source>
        <translation>&apos;{url}&apos; n&apos;est pas une URL de base de données. Utilisez postgresql://USER@HOST:PORT/DATABASE ou sqlite:///PATH/hub.db.</translation>
    </message>
    <message>
        <source>A hub is a PostgreSQL database or a SQLite file, not {backend}.</source>
        <translation>Un hub est une base de données PostgreSQL ou un fichier SQLite, pas {backend}.</translation>
    </message>
    <message>
        <source>The hub {url} cannot be reached ({reason}). Your changes are kept on this computer and go up at the next sync.</source>
        <translation>Le hub {url} est injoignable ({reason}). Vos modifications sont conservées sur cet ordinateur et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>There is no hub file at {path} (a network share not mounted?). Your changes are kept on this computer and go up at the next sync.</source>
        <extracomment>True when this device took the claim over from another device whose lease ran out</extracomment>
        <translation>Il n&apos;y a pas de fichier de hub à {path} (un partage réseau non monté ?). Vos modifications sont conservées sur cet ordinateur et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{url} is not a BIN Desk hub. Create it once with &apos;bin-desktop hub init URL&apos; (or ask the zone&apos;s DBA to run the SQL of &apos;hub init --print-sql&apos;).</source>
        <translation>{url} n&apos;est pas un hub BIN Desk. Créez-le une fois avec &apos;bin-desktop hub init URL&apos; (ou demandez à l&apos;administrateur de bases de données de la zone d&apos;exécuter le SQL de &apos;hub init --print-sql&apos;).</translation>
    </message>
    <message>
        <source>The hub {url} refused the connection: {reason}</source>
        <translation>Le hub {url} a refusé la connexion : {reason}</translation>
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
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>Le fichier {name} ne peut être ni lu ni écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>gateways</name>
    <message>
        <source>SMTP e-mail server</source>
        <translation>Serveur de messagerie SMTP</translation>
    </message>
    <message>
        <source>HTTP provider (JSON protocol)</source>
        <translation>Fournisseur HTTP (protocole JSON)</translation>
    </message>
    <message>
        <source>CM.com SMS and voice</source>
        <translation>CM.com SMS et vocal</translation>
    </message>
    <message>
        <source>Folder outbox (files only)</source>
        <translation>Boîte d&apos;envoi dans un dossier (fichiers uniquement)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Citizens</source>
        <translation>Citoyens</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>BIN-mandated officer</source>
        <translation>Policier mandaté PLP</translation>
    </message>
    <message>
        <source>Korpschef</source>
        <translation>Chef de corps</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Bourgmestre</translation>
    </message>
    <message>
        <source>Prevention officer</source>
        <translation>Fonctionnaire de prévention</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>En cours de signature</translation>
    </message>
    <message>
        <source>Submitted to ADVP</source>
        <translation>Soumise à la DGSP</translation>
    </message>
    <message>
        <source>Approved by ADVP</source>
        <translation>Approuvée par la DGSP</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Digital, in BIN Desk</source>
        <translation>Numérique, dans BIN Desk</translation>
    </message>
    <message>
        <source>Signed PDF received</source>
        <translation>PDF signé reçu</translation>
    </message>
    <message>
        <source>On paper (scan)</source>
        <translation>Sur papier (scan)</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>Signed charter (PDF)</source>
        <translation>Charte signée (PDF)</translation>
    </message>
    <message>
        <source>Scan of a signature on paper</source>
        <translation>Scan d&apos;une signature sur papier</translation>
    </message>
    <message>
        <source>Letter to ADVP</source>
        <translation>Lettre à la DGSP</translation>
    </message>
    <message>
        <source>Notice to ADVP</source>
        <translation>Notification à la DGSP</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>What a column of a coordinator&apos;s list may hold (core&apos;s members.model.FIELDS).</extracomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Street (and number)</source>
        <translation>Rue (et numéro)</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Deuxième téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Ready to approve</source>
        <translation>Prêtes à approuver</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>Numéro de téléphone non valable</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Pas un numéro de GSM</translation>
    </message>
    <message>
        <source>Foreign phone number</source>
        <translation>Numéro de téléphone étranger</translation>
    </message>
    <message>
        <source>E-mail address not valid</source>
        <translation>Adresse e-mail non valable</translation>
    </message>
    <message>
        <source>Address outside the area</source>
        <translation>Adresse hors du territoire</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Pas de rue</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Pas de nom</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <source>Twice in the list</source>
        <translation>Deux fois dans la liste</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Ni téléphone ni e-mail</translation>
    </message>
    <message>
        <source>Language not understood</source>
        <translation>Langue non comprise</translation>
    </message>
    <message>
        <source>Cell cut short</source>
        <translation>Cellule tronquée</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>{address} box {box}</source>
        <extracomment>Rows a page query brings. Core sorts the network&apos;s whole list for every page, so a page costs nearly the same for 100 or 1,000 rows: fewer, larger pages mean fewer waits. Pages kept in memory: a screenful needs one or two; the rest makes scrolling back cheap. Pages a reload after a change fetches again at once.</extracomment>
        <translation>{address} bte {box}</translation>
    </message>
    <message>
        <source>the member made of row {row} ({name})</source>
        <extracomment>Columns of the review queue and the list field each one corrects (fix_row). The column that holds the cell a finding is about (finding.field, or a duplicate&apos;s rule). Groups of one status in the order an officer works through them: who, how to reach them, where they live, consent; then what is only information.</extracomment>
        <translation>le membre créé à partir de la ligne {row} ({name})</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>EXERCISE</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
</TS>
