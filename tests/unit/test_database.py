"""The data folder: bad files are refused untouched; schema identity; no Qt in core."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bin_desktop.core.errors import DataDirError
from bin_desktop.core.migrations.runner import script_heads
from bin_desktop.core.store.database import DB_FILENAME, open_database
from bin_desktop.core.store.lock import InstanceLock
from bin_desktop.core.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert script_heads() == [SCHEMA_HEAD]
    assert KNOWN_REVISIONS[-1] == SCHEMA_HEAD


def test_new_folder_gets_wal_foreign_keys_and_a_device_id(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new" / "nested")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    device = db.device_id
    db.close()
    again = open_database(tmp_path / "new" / "nested")
    assert again.device_id == device
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    garbage = b"PK\x03\x04 this is a spreadsheet, not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(DataDirError) as info:
        open_database(tmp_path)
    assert "not a BIN Desk database" in info.value.message
    assert path.read_bytes() == garbage


def test_a_damaged_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    open_database(tmp_path).close()
    path = tmp_path / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(DataDirError) as info:
        open_database(tmp_path)
    assert "damaged" in info.value.message or "another program" in info.value.message
    assert path.read_bytes() == bytes(data)


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    open_database(tmp_path).close()
    path = tmp_path / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DataDirError) as info:
        open_database(tmp_path)
    assert "newer version" in info.value.message
    assert path.read_bytes() == before


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DataDirError) as info:
        open_database(tmp_path)
    assert "another program" in info.value.message


def test_a_read_only_folder_is_reported_and_nothing_is_written() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bin-desk-ro-"))
    folder.chmod(0o555)
    code = ("import sys, pathlib; from bin_desktop.core.store.database import open_database;"
            "from bin_desktop.core.errors import DataDirError\n"
            "try: open_database(pathlib.Path(sys.argv[1]))\n"
            "except DataDirError as e: print(e.message); sys.exit(2)")
    # root may write anywhere, so the check runs as an unprivileged user when we are root
    prefix = (["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
              if os.geteuid() == 0 else [])
    if prefix and subprocess.run([*prefix, sys.executable, "-c", "import bin_desktop"],
                                 capture_output=True, check=False).returncode:
        pytest.skip("the checkout is not readable by an unprivileged user on this machine")
    try:
        result = subprocess.run([*prefix, sys.executable, "-c", code, str(folder)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 2, result.stderr
        assert "is read-only" in result.stdout
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError) as info:
        open_database(blocker / "data")
    assert "cannot be created" in info.value.message


def test_the_instance_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    with InstanceLock(tmp_path):
        with pytest.raises(DataDirError) as info:
            InstanceLock(tmp_path).acquire()
        assert "already open" in info.value.message
    with InstanceLock(tmp_path):  # released: can be taken again
        pass


def test_importing_core_loads_no_qt() -> None:
    code = (
        "import sys, bin_desktop.core, bin_desktop.cli, bin_desktop.cli_commands;"
        "import bin_desktop.core.dashboard, bin_desktop.core.networks, bin_desktop.core.export;"
        "import pkgutil, importlib, bin_desktop.core as c;"
        "[importlib.import_module(m.name)"
        " for m in pkgutil.walk_packages(c.__path__, 'bin_desktop.core.')"
        " if '.migrations.' not in m.name + '.'];"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_older_schema_is_backed_up_then_migrated_keeping_its_rows(tmp_path: Path) -> None:
    from alembic import command  # noqa: PLC0415

    from bin_desktop.core.migrations.runner import alembic_config  # noqa: PLC0415
    from bin_desktop.core.store.database import make_engine  # noqa: PLC0415

    path = tmp_path / DB_FILENAME
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, KNOWN_REVISIONS[0])
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO operator (id, name, personnel_number, role, email, active) "
            "VALUES ('op-1', 'An Peeters', 'P1', 'administrator', NULL, 1)")
    engine.dispose()
    db = open_database(tmp_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
            SCHEMA_HEAD
        assert conn.exec_driver_sql("SELECT name FROM operator").scalar() == "An Peeters"
    db.close()
    backups = list(tmp_path.glob(f"{DB_FILENAME}.before-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            KNOWN_REVISIONS[0]


def test_the_window_starts_without_loading_the_heavy_document_libraries() -> None:
    """pyHanko, reportlab, openpyxl and pdfium load when a document is made, not at start."""
    code = ("import sys, bin_desktop.gui.app, bin_desktop.gui.main_window;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'pyhanko', 'reportlab', 'openpyxl', 'pypdfium2', 'phonenumbers'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
