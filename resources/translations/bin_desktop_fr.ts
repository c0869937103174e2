<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>En cours de signature</translation>
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
        <source>{who} since {date}</source>
        <translation>{who} depuis le {date}</translation>
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
        <translation>Une erreur inattendue s'est produite. Votre travail enregistré est en sécurité ; la dernière action n'a peut-être pas été effectuée. Veuillez transmettre ce rapport à votre service informatique.</translation>
    </message>
    <message>
        <source>The report was saved in {path}.</source>
        <translation>Le rapport a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The report could not be saved to a file.</source>
        <translation>Le rapport n'a pas pu être enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d'erreur</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
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
        <translation>{count} membres, {pending} en attente d'examen</translation>
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
        <translation>Ce dossier de données n'a pas encore de zone de police. Lancez BIN Desk avec --demo pour l'essayer avec des données d'exemple.</translation>
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
        <translation>{state} : {count} réseaux. Cliquez pour n'afficher que ceux-ci.</translation>
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
        <translation>Faire passer le réseau à l'étape suivante de son cycle de vie</translation>
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
        <translation>Date de l'évaluation</translation>
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
        <translation>E-mail (non urgent et retour d'information)</translation>
    </message>
    <message>
        <source>Information categories agreed in the charter</source>
        <translation>Catégories d'informations convenues dans la charte</translation>
    </message>
    <message>
        <source>Never passed on: recognisable photos of suspects, readable number plates, names, national register numbers, addresses of victims, descriptions by origin, religion or skin colour, calls to patrol or confront anyone. A BIN is not a snitch line.</source>
        <translation>Jamais transmis : photos reconnaissables de suspects, plaques d'immatriculation lisibles, noms, numéros de registre national, adresses de victimes, descriptions selon l'origine, la religion ou la couleur de peau, appels à patrouiller ou à confronter qui que ce soit. Un PLP n'est pas une ligne de délation.</translation>
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
        <source>{state} (since {date})</source>
        <extracomment>The network's data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload).</extracomment>
        <translation>{state} (depuis le {date})</translation>
    </message>
    <message>
        <source>Nothing to do at the moment.</source>
        <translation>Rien à faire pour l'instant.</translation>
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
        <translation>Ce dossier de données n'a pas encore d'utilisateurs. Créez le premier : chaque modification que vous ferez sera enregistrée sous ce nom.</translation>
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
        <translation>Tous les réseaux de la zone avec leur phase et leur territoire. Double-cliquez sur un réseau pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: they are opened only from a network, by an officer who needs them.</source>
        <translation>Le nombre de membres de chaque réseau, par statut. Les listes de membres sont des données personnelles : elles ne s'ouvrent qu'à partir d'un réseau, par un policier qui en a besoin.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first: sent ones and drafts.</source>
        <translation>Messages de la police aux réseaux, les plus récents d'abord : envoyés et brouillons.</translation>
    </message>
    <message>
        <source>Charters</source>
        <translation>Chartes</translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when.</source>
        <translation>La charte actuelle de chaque réseau : sa version, son statut, les signatures recueillies et qui doit signer depuis quand.</translation>
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
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when BIN Desk starts again.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage de BIN Desk.</translation>
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
        <translation>Changer d'utilisateur…</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>Changer d'utilisateur</translation>
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
        <translation>Identifiant de l'appareil :</translation>
    </message>
    <message>
        <source>{name} ({number}), {role}</source>
        <translation>{name} ({number}), {role}</translation>
    </message>
    <message>
        <source>Nobody is selected: changes are refused.</source>
        <translation>Personne n'est sélectionné : les modifications sont refusées.</translation>
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
        <translation>Date d'effet</translation>
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
        <translation>C'est une phase finale.</translation>
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
        <extracomment>The main line of the life cycle; the other paths branch off it. A candidate coordinator who did not pass screening: back to preparation once. An active network whose charter was amended once (version 2 approved, version 1 superseded). Days a network typically stays in a state before the next step (from real zones' timelines). Days a large-zone network has been in its current state. How a large zone's networks spread over the states (most are active, as in real zones). Relative member-list size per state: lists grow from sign-up to activity and dwindle after. Every charter lets police pass on these: preventive tips and feedback are the point of a BIN.</extracomment>
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
        <translation>Retour d'information</translation>
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
        <source>An operation is stamped {minutes} minutes in the future of this computer's clock. Check the date and time of this computer and of the other device.</source>
        <translation>Une opération est horodatée {minutes} minutes dans le futur de l'horloge de cet ordinateur. Vérifiez la date et l'heure de cet ordinateur et de l'autre appareil.</translation>
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
        <extracomment>States in which the charter's signatures are being collected. States in which messages may be sent to the network.</extracomment>
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
        <translation>{network} : le policier mandaté doit donner suite à l'initiative ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: info meeting and sign-up to organise ({days} days)</source>
        <translation>{network} : réunion d'information et inscriptions à organiser ({days} jours)</translation>
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
        <source>{network}: waiting for the {actor}'s signature for {days} days</source>
        <translation>{network} : en attente de la signature du {actor} depuis {days} jours</translation>
    </message>
    <message>
        <source>{network}: all signatures in, to be sent to ADVP ({days} days)</source>
        <translation>{network} : toutes les signatures reçues, à envoyer à la DGSP ({days} jours)</translation>
    </message>
    <message>
        <source>{network}: waiting for ADVP's approval for {days} days</source>
        <translation>{network} : en attente de l'approbation de la DGSP depuis {days} jours</translation>
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
        <translation>Aucune commune avec l'identifiant {id}.</translation>
    </message>
    <message>
        <source>{id} is not a BIN-mandated officer.</source>
        <translation>{id} n'est pas un policier mandaté PLP.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} n'est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>No network with id {id}.</source>
        <translation>Aucun réseau avec l'identifiant {id}.</translation>
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
        <source>{network} cannot go from '{current}' to '{target}'. Allowed next: {allowed}.</source>
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
        <translation>{email} n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} n'est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Aucun contact avec l'identifiant {id}.</translation>
    </message>
    <message>
        <source>No operator is selected. Choose who you are first.</source>
        <translation>Aucun utilisateur n'est sélectionné. Indiquez d'abord qui vous êtes.</translation>
    </message>
    <message>
        <source>Operator {name} is deactivated.</source>
        <translation>L'utilisateur {name} est désactivé.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not do this ({permission}).</source>
        <translation>{name} ({role}) n'est pas autorisé à faire ceci ({permission}).</translation>
    </message>
    <message>
        <source>No operator with personnel number {number}.</source>
        <translation>Aucun utilisateur avec le matricule {number}.</translation>
    </message>
    <message>
        <source>The operator's name is empty.</source>
        <translation>Le nom de l'utilisateur est vide.</translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Le matricule {number} n'est pas valable : utilisez 2 à 32 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
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
        <source>This data folder has no default operator. Name one with --operator, or create one with 'operators add'.</source>
        <translation>Ce dossier de données n'a pas d'utilisateur par défaut. Indiquez-en un avec --operator ou créez-en un avec 'operators add'.</translation>
    </message>
    <message>
        <source>No operator with id {id}.</source>
        <translation>Aucun utilisateur avec l'identifiant {id}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>Le dossier de données {path} ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder.</source>
        <translation>Le dossier de données {path} n'est pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only ({reason}). Choose a folder you can write to with --data-dir.</source>
        <translation>Le dossier de données {path} est en lecture seule ({reason}). Choisissez avec --data-dir un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{path} is not a BIN Desk database (it is not an SQLite file). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>{path} n'est pas une base de données BIN Desk (ce n'est pas un fichier SQLite). Il n'a pas été modifié ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({reason}). It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>La base de données {path} est endommagée et illisible ({reason}). Elle n'a pas été modifiée ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} belongs to another program. It was left untouched; choose another data folder.</source>
        <translation>La base de données {path} appartient à un autre programme. Elle n'a pas été modifiée ; choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of BIN Desk (schema {revision}). Install the newer version; the file was left untouched.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de BIN Desk (schéma {revision}). Installez la version plus récente ; le fichier n'a pas été modifié.</translation>
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
        <translation>BIN Desk est déjà ouvert sur le dossier de données {path}. Passez à cette fenêtre ou fermez-la d'abord.</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, got {text}.</source>
        <translation>--set attend CHAMP=VALEUR, reçu : {text}.</translation>
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
