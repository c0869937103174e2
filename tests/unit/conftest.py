"""Fixtures for core tests: real SQLite files, a small zone built through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bin_desktop.core import networks, operators
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Municipality, Zone


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "data")
    yield database
    database.close()


@dataclass
class SmallZone:
    db: Database
    admin: str
    officer: str
    korpschef: str
    prevention: str
    zone: str
    halle: str
    rode: str
    network: str


@pytest.fixture
def small_zone(db: Database) -> SmallZone:
    admin = operators.create_operator(db, None, "Admin Istrator", "A001", "administrator").id
    officer = operators.create_operator(db, admin, "Jan Peeters", "P1001", "mandated_officer").id
    chief = operators.create_operator(db, admin, "Els Maes", "K0001", "korpschef").id
    prevention = operators.create_operator(db, admin, "Luc Dubois", "V0001",
                                           "prevention_officer").id
    with db.unit_of_work(admin) as uow:
        zone = uow.create(Zone, name="PZ Test", number="5999", language="nl",
                          signature_overdue_days=30, evaluation_interval_months=12)
        halle = uow.create(Municipality, zone_id=zone.id, nis_code="23027", name_nl="Halle",
                           name_fr="Hal", name_de=None, languages=["nl"], postcodes=["1500"],
                           mayor_id=None, prevention_officer_id=None)
        rode = uow.create(Municipality, zone_id=zone.id, nis_code="23101",
                          name_nl="Sint-Genesius-Rode", name_fr="Rhode-Saint-Genèse",
                          name_de=None, languages=["nl", "fr"], postcodes=["1640"],
                          mayor_id=None, prevention_officer_id=None)
        zone_id, halle_id, rode_id = zone.id, halle.id, rode.id
    network = networks.create_network(
        db, officer, name="BIN Kerkwijk", type="residential", municipality_id=halle_id,
        streets=["Kerkstraat", "Basiliekstraat"], postcodes=["1500"],
        today=dt.date(2026, 1, 5),
    )
    return SmallZone(db, admin, officer, chief, prevention, zone_id, halle_id, rode_id, network)
