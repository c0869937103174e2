"""Shared fixtures. No Qt import here: the core tests check that core runs without PySide6."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import keyring
import pytest

# Before any Qt import anywhere in the test session: no display is needed or used.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from bin_desktop.core import networks, operators
from bin_desktop.core.domain import ContactRole, MemberStatus, Signatory, SignatureStatus
from bin_desktop.core.lifecycle import State
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import (
    Charter,
    Member,
    Message,
    MessageTarget,
    Municipality,
    SignatureEvent,
    SignatureSlot,
    Zone,
)
from tests.fakes.memory_keyring import MemoryKeyring


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    """Secrets go to a real keyring backend that keeps them in memory, for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class ZoneData:
    """A small zone built through the core services, with dates relative to `today`."""

    db: Database
    today: dt.date
    admin: str
    officer: str
    korpschef: str
    zone: str
    municipalities: dict[str, str] = field(default_factory=dict)  # name -> id
    networks: dict[str, str] = field(default_factory=dict)  # name -> id


def _members(network_id: str, active: int, pending: int,
             joined: dt.date) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for number in range(active + pending):
        rows.append({
            "network_id": network_id,
            "status": (MemberStatus.ACTIVE if number < active
                       else MemberStatus.PENDING_REVIEW).value,
            "full_name": f"Member {number}", "phone_e164": None, "email": None, "street": None,
            "house_number": None, "postcode": None, "language": "nl", "consent_on": joined,
            "joined_on": joined, "deleted": False,
        })
    return rows


def build_zone_data(data_dir: Path, today: dt.date | None = None) -> ZoneData:
    today = today or dt.date.today()
    db = open_database(data_dir)
    admin = operators.create_operator(db, None, "Ann Admin", "A001", "administrator").id
    officer = operators.create_operator(db, admin, "Jan Peeters", "P1001", "mandated_officer").id
    chief = operators.create_operator(db, admin, "Els Maes", "K0001", "korpschef").id
    operators.set_default_operator(db, officer)
    with db.unit_of_work(admin) as uow:
        zone = uow.create(Zone, name="PZ Zennevallei", number="5415", language="nl",
                          signature_overdue_days=30, evaluation_interval_months=12)
        halle = uow.create(Municipality, zone_id=zone.id, nis_code="23027", name_nl="Halle",
                           name_fr="Hal", name_de=None, languages=["nl"], postcodes=["1500"],
                           mayor_id=None, prevention_officer_id=None)
        beersel = uow.create(Municipality, zone_id=zone.id, nis_code="23003", name_nl="Beersel",
                             name_fr=None, name_de=None, languages=["nl"],
                             postcodes=["1650", "1651"], mayor_id=None,
                             prevention_officer_id=None)
        rode = uow.create(Municipality, zone_id=zone.id, nis_code="23101",
                          name_nl="Sint-Genesius-Rode", name_fr="Rhode-Saint-Genèse",
                          name_de=None, languages=["nl", "fr"], postcodes=["1640"],
                          mayor_id=None, prevention_officer_id=None)
        tz = ZoneData(db, today, admin, officer, chief, zone.id,
                      {"Halle": halle.id, "Beersel": beersel.id, "Rode": rode.id})

    def network(name: str, municipality: str, state: State, days_ago: int, **fields: object
                ) -> str:
        nid = networks.create_network(db, officer, name=name, municipality_id=tz.municipalities[
            municipality], state=state, today=today - dt.timedelta(days=days_ago),
            **{"type": "residential", **fields})
        tz.networks[name] = nid
        return nid

    kerkwijk = network("BIN Kerkwijk", "Halle", State.SIGNATURES, 130,
                       streets=["Kerkstraat", "Basiliekstraat"], postcodes=["1500"],
                       mandated_officer_id=officer)
    zuidpark = network("BIN Zuidpark", "Halle", State.ACTIVE, 400,
                       streets=["Parklaan", "Zuidstraat"], postcodes=["1500"],
                       channels=["sms", "email"], allowed_categories=["burglary", "theft"],
                       evaluation_due=today - dt.timedelta(days=20))
    centrum = network("BIN-Z Centrum Rode", "Rode", State.OFFICIAL, 10, type="bin_z",
                      streets=["Dorpsstraat"], postcodes=["1640"], languages=["nl", "fr"])
    network("BIN Apothekers", "Beersel", State.INITIATIVE, 3, type="sector",
            sector="pharmacies", postcodes=["1650"])
    network("BIN Lotsesteenweg", "Beersel", State.PREPARATION, 45,
            streets=["Lotsesteenweg", "Molenstraat"], postcodes=["1651"])
    network("BIN Oud Molenveld", "Rode", State.DISSOLVED, 200, streets=["Molenveld"])
    networks.add_contact(db, officer, kerkwijk, ContactRole.COORDINATOR, networks.ContactData(
        "Marie Claes", "marie.claes@example.be", "+32 470 12 34 56", "nl"))
    networks.add_contact(db, officer, kerkwijk, ContactRole.DEPUTY, networks.ContactData(
        "Pieter Wouters", None, "+32 2 356 00 00", "nl"))

    with db.unit_of_work(officer) as uow:
        charter = uow.create(Charter, network_id=kerkwijk, version=1, status="signing",
                             drafted_on=today - dt.timedelta(days=140), submitted_on=None,
                             advp_reference=None, approved_on=None)
        requested = today - dt.timedelta(days=121)
        for signatory in Signatory:
            slot = uow.create(SignatureSlot, charter_id=charter.id, network_id=kerkwijk,
                              party=signatory.value, signatory=signatory.value,
                              requested_on=requested)
            if signatory in (Signatory.COORDINATOR, Signatory.MANDATED_OFFICER,
                             Signatory.KORPSCHEF, Signatory.PREVENTION_OFFICER):
                uow.create(SignatureEvent, slot_id=slot.id, network_id=kerkwijk,
                           status=SignatureStatus.SIGNED.value,
                           effective_on=requested + dt.timedelta(days=5), method="paper",
                           signer_name=signatory.value, recorded_by=officer, note="")
        uow.create_many(Member, _members(zuidpark, 12, 3, today - dt.timedelta(days=300)))
        uow.create_many(Member, _members(centrum, 4, 0, today - dt.timedelta(days=5)))
        sent = dt.datetime.combine(today - dt.timedelta(days=2), dt.time(9, 30))
        message = uow.create(Message, zone_id=tz.zone, category="burglary", urgency="urgent",
                             status="sent", headline="Woninginbraken Parklaan: let op",
                             is_exercise=False, created_by=officer, created_at=sent,
                             sent_at=sent)
        uow.create(MessageTarget, message_id=message.id, network_id=zuidpark)
        draft = uow.create(Message, zone_id=tz.zone, category="prevention_tip",
                           urgency="normal", status="draft", headline="Tips voor de vakantie",
                           is_exercise=False, created_by=officer,
                           created_at=sent + dt.timedelta(days=1), sent_at=None)
        uow.create(MessageTarget, message_id=draft.id, network_id=zuidpark)
        uow.create(MessageTarget, message_id=draft.id, network_id=centrum)
    return tz


@pytest.fixture(scope="session")
def _zone_template(tmp_path_factory: pytest.TempPathFactory) -> ZoneData:
    """Built once per session (migrations and all); every test gets its own copy."""
    template = build_zone_data(tmp_path_factory.mktemp("zone-template") / "data")
    template.db.close()
    return template


@pytest.fixture
def zone_data(_zone_template: ZoneData, tmp_path: Path) -> Iterator[ZoneData]:
    """A private copy of the test zone in a real SQLite file."""
    data_dir = tmp_path / "data"
    shutil.copytree(_zone_template.db.data_dir, data_dir)
    db = open_database(data_dir)
    yield replace(_zone_template, db=db)
    db.close()
