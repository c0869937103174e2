"""The local database: one SQLite file in the data folder, WAL mode, foreign keys on.

Opening checks the file before anything is written: not a SQLite file, a corrupt file, a file
of another program or of a newer BIN Desk are refused with a clear message and left untouched.
An older schema is backed up next to the file, then migrated with Alembic.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, DataDirError
from bin_desktop.core.hlc import HybridLogicalClock, Timestamp
from bin_desktop.core.ids import uuid7
from bin_desktop.core.store.models import DeviceState
from bin_desktop.core.store.oplog import UnitOfWork
from bin_desktop.core.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from bin_desktop.core.text import fold

log = logging.getLogger("bin_desktop.store")

DB_FILENAME = "bin-desk.sqlite3"
DATA_DIR_ENV = "BIN_DESKTOP_DATA_DIR"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 15_000


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("BIN Desk", "BIN Desk", roaming=False))


def demo_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("BIN Desk", "BIN Desk", roaming=False)) / "demo"


def ensure_writable_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("core", "The data folder {path} cannot be created: {reason}."),
            path=str(path), reason=exc.strerror or str(exc),
        ) from exc
    if not path.is_dir():
        raise DataDirError(
            QT_TRANSLATE_NOOP("core", "The data folder {path} is not a folder."), path=str(path)
        )
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "core",
                "The data folder {path} is read-only ({reason}). Choose a folder you can write "
                "to with --data-dir.",
            ),
            path=str(path), reason=exc.strerror or str(exc),
        ) from exc


def _check_file_header(db_path: Path) -> None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    with db_path.open("rb") as fh:
        header = fh.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} is not a BIN Desk database (it is not an SQLite file). It was left "
                "untouched; restore it from a backup or choose another data folder.",
            ),
            path=str(db_path),
        )


def _corrupt(db_path: Path, exc: Exception) -> DataDirError:
    return DataDirError(
        QT_TRANSLATE_NOOP(
            "core",
            "The database {path} is damaged and cannot be read ({reason}). It was left "
            "untouched; restore it from a backup or choose another data folder.",
        ),
        path=str(db_path), reason=str(getattr(exc, "orig", exc)),
    )


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_MS / 1000},
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.close()
        dbapi_connection.create_function("bd_fold", 1, fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front so that reading the clock and writing the
        # operations cannot interleave with another process on the same file.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DataDirError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The database {path} belongs to another program. It was left "
                        "untouched; choose another data folder.",
                    ),
                    path=str(engine.url.database),
                )
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, db_path: Path) -> None:
    """Bring the schema to SCHEMA_HEAD; refuse a schema from a newer BIN Desk."""
    revision = _current_revision(engine)
    if revision == SCHEMA_HEAD:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "core",
                "The database {path} was written by a newer version of BIN Desk (schema "
                "{revision}). Install the newer version; the file was left untouched.",
            ),
            path=str(db_path), revision=revision,
        )
    if revision is not None:
        backup = db_path.with_name(f"{db_path.name}.before-{SCHEMA_HEAD}.bak")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db_path, backup)
        log.info("schema %s backed up to %s before migrating", revision, backup.name)
    from bin_desktop.core.migrations.runner import upgrade_to_head  # noqa: PLC0415 - slow import

    upgrade_to_head(engine)


def _put_state(session: Session, states: dict[str, DeviceState], key: str, value: str) -> None:
    if key in states:
        states[key].value = value
    else:
        session.add(DeviceState(key=key, value=value))


class Database:
    """An open data folder: the engine, this device's identity and clock, sessions."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_FILENAME
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.device_id = self._ensure_device_id()

    # -- device-local state ---------------------------------------------------------------
    def _ensure_device_id(self) -> str:
        with self._writer.begin() as session:
            existing = session.get(DeviceState, "device_id")
            if existing:
                return existing.value
            device_id = uuid7()
            session.add(DeviceState(key="device_id", value=device_id))
            return device_id

    def get_local(self, key: str) -> str | None:
        with self._reader() as session:
            row = session.get(DeviceState, key)
            return row.value if row else None

    def set_local(self, key: str, value: str | None) -> None:
        with self._writer.begin() as session:
            row = session.get(DeviceState, key)
            if value is None:
                if row:
                    session.delete(row)
            elif row:
                row.value = value
            else:
                session.add(DeviceState(key=key, value=value))

    # -- sessions ---------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (a consistent snapshot in WAL mode)."""
        with self._reader() as session:  # closing ends the transaction; objects stay readable
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A raw write transaction (BEGIN IMMEDIATE) for the sync, which applies operations
        made elsewhere: no operation is recorded for what it writes."""
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def unit_of_work(self, actor_id: str | None, new_id: Any = None) -> Iterator[UnitOfWork]:
        """A write transaction: changes and their operations commit together or not at all."""
        with self._writer.begin() as session:
            states = {row.key: row for row in session.scalars(select(DeviceState).where(
                DeviceState.key.in_(("hlc", "device_seq", "sync_cursor"))))}
            last = Timestamp.decode(states["hlc"].value) if "hlc" in states else None
            clock = HybridLogicalClock(self.device_id, last)
            uow = UnitOfWork(session, clock, self.device_id, actor_id,
                             device_seq=int(states["device_seq"].value)
                             if "device_seq" in states else 0,
                             seen_seq=int(states["sync_cursor"].value)
                             if "sync_cursor" in states else 0,
                             **({"new_id": new_id} if new_id else {}))
            yield uow
            if uow.operations:
                _put_state(session, states, "hlc", clock.state.encode())
                _put_state(session, states, "device_seq", str(uow.device_seq))

    def close(self) -> None:
        self.engine.dispose()


def open_database(data_dir: Path | None = None) -> Database:
    """Open (creating or migrating as needed) the database of a data folder."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    ensure_writable_dir(data_dir)
    db_path = data_dir / DB_FILENAME
    _check_file_header(db_path)
    engine = make_engine(db_path)
    try:
        migrate(engine, db_path)
        return Database(data_dir, engine)
    except DataDirError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        message = str(getattr(exc, "orig", exc)).lower()
        if "locked" in message:
            raise DataDirError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The database {path} is busy in another program that holds it locked. "
                    "Close that program and try again.",
                ),
                path=str(db_path),
            ) from exc
        if "readonly" in message or "read-only" in message:
            raise DataDirError(
                QT_TRANSLATE_NOOP("core", "The database {path} is read-only."), path=str(db_path)
            ) from exc
        raise _corrupt(db_path, exc) from exc

