"""Schema identity: which migration this code expects and the version operations carry."""

#: The Alembic head revision of this code. A test checks it against the migration scripts, so
#: opening a database at head never has to import Alembic (start-up time).
SCHEMA_HEAD = "0008_sync"

#: Carried by every operation; raised with any migration that changes replicated columns.
#: (0005 adds only device-local search data and an index: operations are unchanged;
#: 0006 adds the replicated delivery table; 0007 the replicated gateway_config table;
#: 0008 adds device_seq and seen_seq to every operation.)
SCHEMA_VERSION = 7

#: Every revision this code knows, oldest first (a database at another one is from a newer app).
KNOWN_REVISIONS = ("0001_initial", "0002_charter_documents", "0003_member_lists",
                   "0004_messages", "0005_member_search", "0006_deliveries",
                   "0007_gateways", "0008_sync")
