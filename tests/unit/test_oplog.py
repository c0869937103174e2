"""The operation log: every change is recorded with actor and HLC, atomically, and the log
alone rebuilds the shared state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bin_desktop.core import networks
from bin_desktop.core.export import export_state
from bin_desktop.core.hlc import Timestamp
from bin_desktop.core.replay import apply_operation
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import REPLICATED, Network, Operation, StateTransition
from bin_desktop.core.store.schema import SCHEMA_VERSION

from .conftest import SmallZone


def _ops(db: Database, entity_id: str) -> list[Operation]:
    with db.read() as session:
        return list(session.scalars(
            select(Operation).where(Operation.entity_id == entity_id).order_by(Operation.hlc)))


def test_update_records_only_changed_fields_with_actor_device_and_clock(
        small_zone: SmallZone) -> None:
    db = small_zone.db
    changed = networks.update_network(db, small_zone.officer, small_zone.network,
                                      name="BIN Kerkwijk-Noord", description="")
    assert changed == {"name": "BIN Kerkwijk-Noord"}  # description was already empty
    last = _ops(db, small_zone.network)[-1]
    assert last.kind == "update"
    assert json.loads(last.fields) == {"name": "BIN Kerkwijk-Noord"}
    assert last.actor_id == small_zone.officer
    assert last.device_id == db.device_id
    assert last.network_id == small_zone.network
    assert last.schema_version == SCHEMA_VERSION
    assert Timestamp.decode(last.hlc).device == db.device_id


def test_an_unchanged_save_writes_no_operation(small_zone: SmallZone) -> None:
    before = len(_ops(small_zone.db, small_zone.network))
    networks.update_network(small_zone.db, small_zone.officer, small_zone.network,
                            name="BIN Kerkwijk")
    assert len(_ops(small_zone.db, small_zone.network)) == before


def test_stamps_increase_across_units_of_work_and_reopening(small_zone: SmallZone,
                                                             tmp_path: Path) -> None:
    db = small_zone.db
    for name in ("A", "B"):
        networks.update_network(db, small_zone.officer, small_zone.network, name=name)
    db.close()
    reopened = open_database(tmp_path / "data")
    networks.update_network(reopened, small_zone.officer, small_zone.network, name="C")
    stamps = [op.hlc for op in _ops(reopened, small_zone.network)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    reopened.close()


def test_a_failed_change_leaves_neither_row_nor_operation(small_zone: SmallZone) -> None:
    db = small_zone.db
    with db.read() as session:
        ops_before = session.scalar(select(func.count()).select_from(Operation))
    with pytest.raises(RuntimeError), db.unit_of_work(small_zone.officer) as uow:
        network = uow.session.get(Network, small_zone.network)
        assert network is not None
        uow.update(network, name="half-done")
        raise RuntimeError("power cut")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Operation)) == ops_before
        network = session.get(Network, small_zone.network)
        assert network is not None and network.name == "BIN Kerkwijk"


def test_facts_cannot_be_updated_and_deletes_are_tombstones(small_zone: SmallZone) -> None:
    db = small_zone.db
    contact = networks.add_contact(db, small_zone.officer, small_zone.network,
                                   networks.ContactRole.COORDINATOR,
                                   networks.ContactData("Mia Claes", "mia@example.org"))
    networks.remove_contact(db, small_zone.officer, contact)
    assert [op.kind for op in _ops(db, contact)] == ["create", "delete"]
    with db.unit_of_work(small_zone.officer) as uow:
        fact = uow.session.scalars(select(StateTransition)).first()
        assert fact is not None
        with pytest.raises(TypeError):
            uow.update(fact, reason="rewritten history")


def test_replaying_the_log_into_an_empty_database_rebuilds_the_state(
        small_zone: SmallZone, tmp_path: Path) -> None:
    db = small_zone.db
    networks.update_network(db, small_zone.officer, small_zone.network,
                            streets=["Kerkstraat", "Sint-Rochusstraat"], postcodes="1500, 1501",
                            allowed_categories=["theft", "burglary"])
    networks.transition(db, small_zone.officer, small_zone.network, "preparation")
    networks.add_contact(db, small_zone.officer, small_zone.network,
                         networks.ContactRole.DEPUTY, networks.ContactData("Karim Benali"))
    replica = open_database(tmp_path / "replica")
    with db.read() as session:
        ops = list(session.scalars(select(Operation).order_by(Operation.hlc)))
    with replica.unit_of_work(None) as uow:
        for op in ops:
            apply_operation(uow.session, op)
    assert export_state(replica, include_operations=False) == export_state(
        db, include_operations=False)
    assert set(REPLICATED) == set(export_state(db)["tables"])
    replica.close()


def test_two_writers_on_one_folder_never_share_a_clock_stamp(small_zone: SmallZone,
                                                             tmp_path: Path) -> None:
    """The CLI may write while the GUI is open: each write transaction takes the lock first."""
    import threading  # noqa: PLC0415

    second = open_database(tmp_path / "data")
    errors: list[BaseException] = []

    def edit(database: Database, prefix: str) -> None:
        try:
            for i in range(40):
                networks.update_network(database, small_zone.officer, small_zone.network,
                                        description=f"{prefix}{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(d, p))
               for d, p in ((small_zone.db, "a"), (second, "b"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.close()
    assert errors == []
    updates = [op for op in _ops(small_zone.db, small_zone.network)
               if op.kind == "update" and "description" in json.loads(op.fields)]
    assert len(updates) == 80
    assert len({op.hlc for op in updates}) == 80
