"""Hubs for the sync tests: a SQLite file, or a fresh database in the real PostgreSQL on
127.0.0.1:5432 (dropped afterwards). Tests connect to PostgreSQL as the hub's client role."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

from bin_desktop.core.sync.hub import Hub, init_hub

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
CLIENT_ROLE = "bin_desk_client"


@dataclass
class HubSpec:
    kind: str  # "sqlite" or "postgresql"
    url: str  # what the clients use (PostgreSQL: the client role)
    admin_url: str  # what `hub init` used

    def open(self) -> Hub:
        return Hub(self.url)


def _pg_admin(sql: str) -> None:
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres",
                         autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


@contextlib.contextmanager
def make_hub(kind: str, tmp_path: Path) -> Iterator[HubSpec]:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'hub.db'}"
        init_hub(url)
        yield HubSpec(kind, url, url)
        return
    name = f"bd_hub_{uuid.uuid4().hex[:12]}"
    _pg_admin(f"CREATE DATABASE {name}")
    admin = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        init_hub(admin)
        yield HubSpec(kind, f"postgresql://{CLIENT_ROLE}@127.0.0.1:5432/{name}", admin)
    finally:
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
