<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being signed</source>
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
        <source>{who} since {date}</source>
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
        <source>{state} (since {date})</source>
        <extracomment>The network&apos;s data on screen is fresh (after opening, saving, a state change …). A change was saved (the lists elsewhere should reload).</extracomment>
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
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members each network has, by status. Member lists are personal data: they are opened only from a network, by an officer who needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police messages to the networks, newest first: sent ones and drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current charter of every network: its version, its status, the signatures collected and who has been asked to sign since when.</source>
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
        <source>{name} ({number}), {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is selected: changes are refused.</source>
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
        <extracomment>The main line of the life cycle; the other paths branch off it. A candidate coordinator who did not pass screening: back to preparation once. An active network whose charter was amended once (version 2 approved, version 1 superseded). Days a network typically stays in a state before the next step (from real zones&apos; timelines). Days a large-zone network has been in its current state. How a large zone&apos;s networks spread over the states (most are active, as in real zones). Relative member-list size per state: lists grow from sign-up to activity and dwindle after. Every charter lets police pass on these: preventive tips and feedback are the point of a BIN.</extracomment>
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
        <extracomment>States in which the charter&apos;s signatures are being collected. States in which messages may be sent to the network.</extracomment>
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
        <source>The operator&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
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
</context>
<context>
    <name>errors</name>
    <message>
        <source>BIN Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
