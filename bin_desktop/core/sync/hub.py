"""The zone hub: the shared, append-only copy of the operation log in a database the zone runs.

PostgreSQL is the real hub; a SQLite file serves a single office and the tests. There is no
server of ours: clients talk SQL to the hub as a role that may only INSERT and SELECT the log
(UPDATE/DELETE/TRUNCATE are refused by grants and by triggers, for the owner too). The hub

* numbers operations in commit order (`seq`): on PostgreSQL a trigger takes a transaction-level
  advisory lock before drawing the number, so a reader that saw sequence n has seen every
  sequence below n — pulling "after my cursor" never skips an operation that committed late;
* refuses operations stamped more than 5 minutes in its own future (a skewed client clock);
* keeps each (device, device sequence) once: a copied or restored device is recognised;
* holds the content-addressed files (blobs) and the dispatch claims (one device per message).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError
from bin_desktop.core.hlc import MAX_FORWARD_SKEW_MS
from bin_desktop.core.ids import uuid7

HUB_FORMAT = "1"
DEFAULT_OWNER_ROLE = "bin_desk_owner"
DEFAULT_CLIENT_ROLE = "bin_desk_client"
SECRET_KEY = "hub"  # the keyring entry of the hub password
SKEW_MARKER = "BIN-HUB-SKEW"

metadata = MetaData(schema="bin_hub")

hub_meta = Table(
    "hub_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

hub_operation = Table(
    "hub_operation", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("hlc", String(64), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("seen_seq", BigInteger, nullable=False),
    Column("actor_id", String(36)),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("network_id", String(36)),
    Column("kind", String(8), nullable=False),
    Column("fields", Text, nullable=False),
    Column("schema_version", Integer, nullable=False),
)

hub_blob = Table(
    "hub_blob", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

hub_claim = Table(
    "hub_claim", metadata,
    Column("message_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("lease_until", DateTime(timezone=True), nullable=False),
    #: the device that held the claim before this one took it over (None: not taken over)
    Column("previous_device", String(36)),
)

OP_COLUMNS = tuple(c.key for c in hub_operation.columns if c.key != "seq")


class HubError(BinDeskError):
    """The hub cannot be used as asked (unreachable, not a hub, newer, refused)."""

    exit_code = 3


class HubUnreachable(HubError):
    pass


# -- DDL -----------------------------------------------------------------------------------
def _sqlite_sql() -> list[str]:
    future_ms = (f"CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + "
                 f"{MAX_FORWARD_SKEW_MS}")
    return [
        "CREATE TABLE hub_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE hub_operation (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "op_id VARCHAR(36) NOT NULL UNIQUE, hlc VARCHAR(64) NOT NULL, "
        "device_id VARCHAR(36) NOT NULL, device_seq BIGINT NOT NULL, seen_seq BIGINT NOT NULL,"
        " actor_id VARCHAR(36), entity VARCHAR(32) NOT NULL, entity_id VARCHAR(36) NOT NULL, "
        "network_id VARCHAR(36), kind VARCHAR(8) NOT NULL, fields TEXT NOT NULL, "
        "schema_version INTEGER NOT NULL, UNIQUE (device_id, device_seq))",
        "CREATE TRIGGER hub_operation_no_update BEFORE UPDATE ON hub_operation "
        "BEGIN SELECT RAISE(ABORT, 'the hub log is append-only'); END",
        "CREATE TRIGGER hub_operation_no_delete BEFORE DELETE ON hub_operation "
        "BEGIN SELECT RAISE(ABORT, 'the hub log is append-only'); END",
        f"CREATE TRIGGER hub_operation_skew BEFORE INSERT ON hub_operation "
        f"WHEN CAST(substr(NEW.hlc, 1, 15) AS INTEGER) > {future_ms} "
        f"BEGIN SELECT RAISE(ABORT, '{SKEW_MARKER}'); END",
        "CREATE TABLE hub_blob (sha256 VARCHAR(64) PRIMARY KEY, size BIGINT NOT NULL, "
        "media_type VARCHAR(64) NOT NULL, data BLOB NOT NULL)",
        "CREATE TABLE hub_claim (message_id VARCHAR(36) PRIMARY KEY, "
        "device_id VARCHAR(36) NOT NULL, lease_until DATETIME NOT NULL, "
        "previous_device VARCHAR(36))",
    ]


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum() or not name[0].isalpha():
        raise HubError(QT_TRANSLATE_NOOP(
            "core", "'{name}' is not a valid role name (letters, digits and _)."), name=name)
    return name


def postgres_sql(owner: str = DEFAULT_OWNER_ROLE, client: str = DEFAULT_CLIENT_ROLE
                 ) -> list[str]:
    """The statements that make a PostgreSQL database a BIN Desk hub (for a DBA to read)."""
    owner, client = _ident(owner), _ident(client)
    future_ms = MAX_FORWARD_SKEW_MS
    return [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{owner}') THEN "
        f"CREATE ROLE {owner} NOLOGIN; END IF; END $$",
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{client}') THEN "
        f"CREATE ROLE {client} LOGIN; END IF; END $$",
        f"CREATE SCHEMA bin_hub AUTHORIZATION {owner}",
        f"SET ROLE {owner}",
        "CREATE TABLE bin_hub.hub_meta (key varchar(64) PRIMARY KEY, value text NOT NULL)",
        "CREATE SEQUENCE bin_hub.hub_operation_seq",
        "CREATE TABLE bin_hub.hub_operation (seq bigint PRIMARY KEY, "
        "op_id varchar(36) NOT NULL UNIQUE, hlc varchar(64) NOT NULL, "
        "device_id varchar(36) NOT NULL, device_seq bigint NOT NULL, seen_seq bigint NOT NULL,"
        " actor_id varchar(36), entity varchar(32) NOT NULL, entity_id varchar(36) NOT NULL, "
        "network_id varchar(36), kind varchar(8) NOT NULL, fields text NOT NULL, "
        "schema_version integer NOT NULL, received_at timestamptz NOT NULL DEFAULT "
        "clock_timestamp(), UNIQUE (device_id, device_seq))",
        # Numbers are drawn under a transaction-level lock: commit order = sequence order.
        "CREATE FUNCTION bin_hub.hub_operation_stamp() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = pg_catalog, bin_hub AS $f$ BEGIN "
        "PERFORM pg_advisory_xact_lock(715417); "
        "IF substr(NEW.hlc, 1, 15)::bigint > "
        f"(extract(epoch FROM clock_timestamp()) * 1000)::bigint + {future_ms} THEN "
        f"RAISE EXCEPTION USING MESSAGE = '{SKEW_MARKER}: operation ' || NEW.op_id || "
        "' is stamped more than 5 minutes in the future of the hub', "
        "ERRCODE = 'check_violation'; END IF; "
        "NEW.seq := nextval('bin_hub.hub_operation_seq'); "
        "NEW.received_at := clock_timestamp(); RETURN NEW; END $f$",
        "CREATE TRIGGER hub_operation_stamp BEFORE INSERT ON bin_hub.hub_operation "
        "FOR EACH ROW EXECUTE FUNCTION bin_hub.hub_operation_stamp()",
        "CREATE FUNCTION bin_hub.hub_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$ "
        "BEGIN RAISE EXCEPTION 'the hub log is append-only' USING ERRCODE = "
        "'insufficient_privilege'; END $f$",
        "CREATE TRIGGER hub_operation_no_change BEFORE UPDATE OR DELETE ON "
        "bin_hub.hub_operation FOR EACH ROW EXECUTE FUNCTION bin_hub.hub_append_only()",
        "CREATE TRIGGER hub_operation_no_truncate BEFORE TRUNCATE ON bin_hub.hub_operation "
        "FOR EACH STATEMENT EXECUTE FUNCTION bin_hub.hub_append_only()",
        "CREATE TABLE bin_hub.hub_blob (sha256 varchar(64) PRIMARY KEY, size bigint NOT NULL,"
        " media_type varchar(64) NOT NULL, data bytea NOT NULL)",
        "CREATE TRIGGER hub_blob_no_change BEFORE UPDATE OR DELETE ON bin_hub.hub_blob "
        "FOR EACH ROW EXECUTE FUNCTION bin_hub.hub_append_only()",
        "CREATE TABLE bin_hub.hub_claim (message_id varchar(36) PRIMARY KEY, "
        "device_id varchar(36) NOT NULL, lease_until timestamptz NOT NULL, "
        "previous_device varchar(36))",
        "RESET ROLE",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA bin_hub FROM PUBLIC, {client}",
        f"GRANT USAGE ON SCHEMA bin_hub TO {client}",
        f"GRANT SELECT, INSERT ON bin_hub.hub_operation, bin_hub.hub_blob TO {client}",
        f"GRANT SELECT ON bin_hub.hub_meta TO {client}",
        f"GRANT UPDATE (value) ON bin_hub.hub_meta TO {client}",
        f"GRANT SELECT, INSERT, UPDATE ON bin_hub.hub_claim TO {client}",
    ]


def _meta_rows(schema_version: int, hub_id: str) -> list[tuple[str, str]]:
    return [("format", HUB_FORMAT), ("schema_version", str(schema_version)),
            ("hub_id", hub_id)]


def init_hub(url: str, *, owner: str = DEFAULT_OWNER_ROLE, client: str = DEFAULT_CLIENT_ROLE,
             password: str | None = None) -> str:
    """Create the hub in an empty database (PostgreSQL as an administrator, or a SQLite file).
    Returns the dialect name. Refuses a database that is already a hub."""
    from bin_desktop.core.store.schema import SCHEMA_VERSION  # noqa: PLC0415

    engine = hub_engine(url, password)
    try:
        with engine.begin() as conn:
            if _is_hub(conn):
                raise HubError(QT_TRANSLATE_NOOP(
                    "core", "{url} is already a BIN Desk hub; nothing was changed."),
                    url=safe_url(url))
            sql = _sqlite_sql() if engine.dialect.name == "sqlite" else postgres_sql(
                owner, client)
            for statement in sql:
                conn.exec_driver_sql(statement)
            conn.execute(hub_meta.insert(), [{"key": k, "value": v}
                                             for k, v in _meta_rows(SCHEMA_VERSION, uuid7())])
        return engine.dialect.name
    except OperationalError as exc:
        raise _unreachable(url, exc) from exc
    finally:
        engine.dispose()


def print_sql(dialect: str, owner: str = DEFAULT_OWNER_ROLE,
              client: str = DEFAULT_CLIENT_ROLE) -> str:
    from bin_desktop.core.store.schema import SCHEMA_VERSION  # noqa: PLC0415

    statements = _sqlite_sql() if dialect == "sqlite" else postgres_sql(owner, client)
    prefix = "" if dialect == "sqlite" else "bin_hub."
    statements += [f"INSERT INTO {prefix}hub_meta (key, value) VALUES ('{k}', '{v}')"
                   for k, v in _meta_rows(SCHEMA_VERSION, uuid7())]
    return "BEGIN;\n" + ";\n".join(statements) + ";\nCOMMIT;\n"


# -- connection ----------------------------------------------------------------------------
def safe_url(url: str) -> str:
    """The URL without its password, for messages and settings."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def without_password(url: str) -> str:
    """The URL as it may be stored (settings, device state): never with a password."""
    parse_hub_url(url)  # refuses what is not a hub URL
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def parse_hub_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise HubError(QT_TRANSLATE_NOOP(
            "core", "'{url}' is not a database URL. Use postgresql://USER@HOST:PORT/DATABASE "
            "or sqlite:///PATH/hub.db."), url=url) from exc
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise HubError(QT_TRANSLATE_NOOP(
            "core", "A hub is a PostgreSQL database or a SQLite file, not {backend}."),
            backend=parsed.get_backend_name())
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def hub_engine(url: str, password: str | None = None) -> Engine:
    parsed = parse_hub_url(url)
    if password and parsed.password is None:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, execution_options={"schema_translate_map": {
            "bin_hub": None}}, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def _is_hub(conn: Any) -> bool:
    if conn.dialect.name == "sqlite":
        return bool(conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'hub_meta'").first())
    return bool(conn.exec_driver_sql(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = 'bin_hub' "
        "AND table_name = 'hub_meta'").first())


def _unreachable(url: str, exc: Exception) -> HubUnreachable:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    return HubUnreachable(QT_TRANSLATE_NOOP(
        "core", "The hub {url} cannot be reached ({reason}). Your changes are kept on this "
        "computer and go up at the next sync."), url=safe_url(url), reason=reason)


@dataclass(frozen=True)
class ClaimResult:
    message_id: str
    #: True when this device took the claim over from another device whose lease ran out
    taken_over_from: str | None


class Hub:
    """An open connection to a hub. Every method is one short transaction."""

    def __init__(self, url: str, password: str | None = None) -> None:
        self.url = url
        parsed = parse_hub_url(url)
        if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
            raise HubUnreachable(QT_TRANSLATE_NOOP(
                "core", "There is no hub file at {path} (a network share not mounted?). Your "
                "changes are kept on this computer and go up at the next sync."),
                path=parsed.database or "")
        self.engine = hub_engine(url, password)
        self.dialect = self.engine.dialect.name
        try:
            with self.engine.connect() as conn:
                if not _is_hub(conn):
                    raise HubError(QT_TRANSLATE_NOOP(
                        "core", "{url} is not a BIN Desk hub. Create it once with "
                        "'bin-desktop hub init URL' (or ask the zone's DBA to run the SQL "
                        "of 'hub init --print-sql')."), url=safe_url(url))
                self.meta = {k: v for k, v in conn.execute(
                    select(hub_meta.c.key, hub_meta.c.value))}
        except (OperationalError, DBAPIError) as exc:
            self.engine.dispose()
            if isinstance(exc, DBAPIError) and not isinstance(exc, OperationalError) \
                    and not exc.connection_invalidated:
                raise HubError(QT_TRANSLATE_NOOP(
                    "core", "The hub {url} refused the connection: {reason}"),
                    url=safe_url(url), reason=str(exc.orig).strip()) from exc
            raise _unreachable(url, exc) from exc
        except HubError:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- meta, clock --------------------------------------------------------------------
    @property
    def hub_id(self) -> str:
        return self.meta.get("hub_id", "")

    @property
    def schema_version(self) -> int:
        return int(self.meta.get("schema_version", "0"))

    def raise_schema_version(self, version: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(hub_meta.update().where(hub_meta.c.key == "schema_version")
                         .where(func.cast(hub_meta.c.value, Integer) < version)
                         .values(value=str(version)))
        self.meta["schema_version"] = str(max(version, self.schema_version))

    def now_ms(self) -> int:
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                value = conn.exec_driver_sql(
                    "SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)").scalar()
            else:
                value = conn.exec_driver_sql(
                    "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint").scalar()
        return int(value or 0)

    # -- the log ------------------------------------------------------------------------
    def _insert(self) -> Any:
        if self.dialect == "sqlite":
            from sqlalchemy.dialects import sqlite  # noqa: PLC0415

            return sqlite.insert
        from sqlalchemy.dialects import postgresql  # noqa: PLC0415

        return postgresql.insert

    def push(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert operations; those already on the hub (same op_id) are skipped. Raises
        IntegrityError when another operation holds one of their (device, device_seq)."""
        if not rows:
            return
        stmt = self._insert()(hub_operation).on_conflict_do_nothing(index_elements=["op_id"])
        with self.engine.begin() as conn:
            conn.execute(stmt, [{c: r[c] for c in OP_COLUMNS} for r in rows])

    def pull(self, after: int, limit: int) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            result = conn.execute(select(hub_operation).where(hub_operation.c.seq > after)
                                  .order_by(hub_operation.c.seq).limit(limit))
            return [dict(r._mapping) for r in result]

    def device_ops(self, device_id: str, after_device_seq: int) -> dict[int, str]:
        """device_seq → op_id of this device's operations the hub holds after a point."""
        with self.engine.connect() as conn:
            return {int(s): o for s, o in conn.execute(
                select(hub_operation.c.device_seq, hub_operation.c.op_id)
                .where(hub_operation.c.device_id == device_id)
                .where(hub_operation.c.device_seq > after_device_seq))}

    def last_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(hub_operation.c.seq))).scalar() or 0)

    # -- blobs --------------------------------------------------------------------------
    def blob_hashes(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(hub_blob.c.sha256)).scalars())

    def put_blobs(self, blobs: Iterable[dict[str, Any]]) -> None:
        rows = list(blobs)
        if rows:
            stmt = self._insert()(hub_blob).on_conflict_do_nothing(index_elements=["sha256"])
            with self.engine.begin() as conn:
                conn.execute(stmt, rows)

    def get_blobs(self, hashes: Sequence[str]) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(hub_blob).where(hub_blob.c.sha256.in_(list(hashes))))]

    # -- dispatch claims ----------------------------------------------------------------
    def claim(self, message_ids: Iterable[str], device_id: str, lease_seconds: float
              ) -> list[ClaimResult]:
        """Take or renew the claim to dispatch each message; returns the ones this device
        holds now. A claim held by another device whose lease has not run out is not taken."""
        ids = sorted(set(message_ids))
        if not ids:
            return []
        held: list[ClaimResult] = []
        with self.engine.begin() as conn:
            now = _hub_now(conn)
            until = now + dt.timedelta(seconds=lease_seconds)
            for message_id in ids:
                row = conn.execute(select(hub_claim).where(
                    hub_claim.c.message_id == message_id).with_for_update()).first()
                if row is None:
                    try:
                        with conn.begin_nested():
                            conn.execute(hub_claim.insert().values(
                                message_id=message_id, device_id=device_id, lease_until=until))
                    except IntegrityError:
                        continue  # another device inserted it first
                    held.append(ClaimResult(message_id, None))
                    continue
                lease = _aware(row.lease_until)
                if row.device_id == device_id:
                    conn.execute(hub_claim.update().where(
                        hub_claim.c.message_id == message_id).values(lease_until=until))
                    held.append(ClaimResult(message_id, row.previous_device))
                elif lease < now:
                    conn.execute(hub_claim.update().where(
                        hub_claim.c.message_id == message_id).values(
                        device_id=device_id, lease_until=until,
                        previous_device=row.device_id))
                    held.append(ClaimResult(message_id, row.device_id))
        return held

    def acknowledge_takeover(self, message_ids: Iterable[str], device_id: str) -> None:
        """The new holder has reconciled what the previous one left: forget who it was."""
        ids = list(message_ids)
        if ids:
            with self.engine.begin() as conn:
                conn.execute(hub_claim.update().where(hub_claim.c.message_id.in_(ids))
                             .where(hub_claim.c.device_id == device_id)
                             .values(previous_device=None))


def _hub_now(conn: Any) -> dt.datetime:
    if conn.dialect.name == "sqlite":
        return dt.datetime.now(dt.UTC)
    value = conn.exec_driver_sql("SELECT clock_timestamp()").scalar()
    return _aware(value)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)

