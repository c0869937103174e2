"""Property: devices that edit offline and sync in any order, with syncs cut at random points,
end up identical once everyone has synced — and no acknowledged operation is lost or doubled.
Run against a SQLite hub and against the local PostgreSQL."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bin_desktop.core import networks, operators
from bin_desktop.core.export import export_json
from bin_desktop.core.members.service import update_member
from bin_desktop.core.store.database import Database, open_database
from bin_desktop.core.store.models import Member, Municipality, Operation, Zone
from bin_desktop.core.sync import engine
from bin_desktop.core.sync.hub import Hub, HubUnreachable, hub_operation
from tests.sync_support import make_hub

DEVICES = 3


class CutHub(Hub):
    """A hub connection that drops after `budget` calls; with `after_commit`, the push that
    exhausts the budget reaches the hub and only its answer is lost (the worst moment)."""

    def __init__(self, url: str, budget: int, after_commit: bool) -> None:
        super().__init__(url)
        self.budget = budget
        self.after_commit = after_commit

    def _spend(self) -> None:
        self.budget -= 1
        if self.budget < 0:
            raise OperationalError("sync", {}, Exception("connection cut"))

    def push(self, rows: Any) -> None:
        if self.after_commit and self.budget == 0:
            super().push(rows)
        self._spend()
        super().push(rows)

    def pull(self, after: int, limit: int) -> list[dict[str, Any]]:
        self._spend()
        return super().pull(after, limit)


class Devices(RuleBasedStateMachine):
    hub_kind = "sqlite"

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="bd-sync-"))
        self._hub_cm = make_hub(self.hub_kind, self.tmp)
        self.spec = self._hub_cm.__enter__()
        self.dbs: list[Database] = []
        self.members: list[str] = []

    @initialize()
    def zone(self) -> None:
        first = open_database(self.tmp / "d0")
        admin = operators.create_operator(first, None, "Admin", "A1", "administrator").id
        self.officer = operators.create_operator(first, admin, "Jan", "P1",
                                                 "mandated_officer").id
        with first.unit_of_work(admin) as uow:
            zone = uow.create(Zone, name="PZ", number="5999", language="nl",
                              signature_overdue_days=30, evaluation_interval_months=12)
            town = uow.create(Municipality, zone_id=zone.id, nis_code="23027", name_nl="Halle",
                              name_fr=None, name_de=None, languages=["nl"], postcodes=["1500"],
                              mayor_id=None, prevention_officer_id=None)
            town_id = town.id
        self.network = networks.create_network(
            first, self.officer, name="BIN", type="residential", municipality_id=town_id,
            streets=["Kerkstraat"], postcodes=["1500"], today=dt.date(2026, 1, 5))
        with first.unit_of_work(self.officer) as uow:
            for n in range(3):
                self.members.append(uow.create(
                    Member, network_id=self.network, status="active", full_name=f"M{n}",
                    language="nl", joined_on=dt.date(2026, 1, 5), deleted=False).id)
        self.dbs.append(first)
        with self.spec.open() as hub:
            engine.sync(first, hub)
        for n in range(1, DEVICES):
            db = open_database(self.tmp / f"d{n}")
            with self.spec.open() as hub:
                engine.sync(db, hub)
            self.dbs.append(db)

    @rule(device=st.integers(0, DEVICES - 1),
          field=st.sampled_from(["name", "description", "sector"]),
          value=st.sampled_from(["a", "b", "c", "d"]))
    def edit_network(self, device: int, field: str, value: str) -> None:
        networks.update_network(self.dbs[device], self.officer, self.network,
                                **{field: f"{field}-{value}-{device}"})

    @rule(device=st.integers(0, DEVICES - 1), member=st.integers(0, 2),
          status=st.sampled_from(["active", "left", "paused"]))
    def member_status(self, device: int, member: int, status: str) -> None:
        db = self.dbs[device]
        with db.read() as s:
            row = s.get(Member, self.members[member])
            if row is None or row.deleted:
                return
        update_member(db, self.officer, self.members[member], status=status)

    @rule(device=st.integers(0, DEVICES - 1), member=st.integers(0, 2))
    def delete_member(self, device: int, member: int) -> None:
        db = self.dbs[device]
        with db.unit_of_work(self.officer) as uow:
            row = uow.session.get(Member, self.members[member])
            if row is not None:
                uow.delete(row)

    @rule(device=st.integers(0, DEVICES - 1), name=st.sampled_from(["N1", "N2"]))
    def add_member(self, device: int, name: str) -> None:
        with self.dbs[device].unit_of_work(self.officer) as uow:
            uow.create(Member, network_id=self.network, status="active", full_name=name,
                       language="nl", joined_on=dt.date(2026, 2, 1), deleted=False)

    @rule(device=st.integers(0, DEVICES - 1), budget=st.integers(0, 4),
          after_commit=st.booleans(), batch=st.sampled_from([1, 2, 50]))
    def sync_cut(self, device: int, budget: int, after_commit: bool, batch: int) -> None:
        with CutHub(self.spec.url, budget, after_commit) as hub, contextlib.suppress(
                HubUnreachable):
            engine.sync(self.dbs[device], hub, batch_size=batch)

    @rule(device=st.integers(0, DEVICES - 1))
    def sync(self, device: int) -> None:
        with self.spec.open() as hub:
            engine.sync(self.dbs[device], hub, batch_size=7)

    @invariant()
    def hub_holds_each_acknowledged_operation_once(self) -> None:
        if not self.dbs:
            return
        with self.spec.open() as hub, hub.engine.connect() as conn:
            on_hub = list(conn.execute(select(hub_operation.c.op_id)).scalars())
        assert len(on_hub) == len(set(on_hub))
        hub_ids = set(on_hub)
        for db in self.dbs:
            acked = int(db.get_local(engine.PUSH_KEY) or 0)
            with db.read() as s:
                mine = set(s.scalars(select(Operation.op_id).where(
                    Operation.device_id == db.device_id, Operation.device_seq <= acked)))
            assert mine <= hub_ids

    def teardown(self) -> None:
        try:
            if self.dbs:
                with self.spec.open() as hub:
                    for _round in range(2):
                        for db in self.dbs:
                            engine.sync(db, hub)
                exports = [export_json(db) for db in self.dbs]
                assert all(e == exports[0] for e in exports[1:])
                with self.spec.open() as hub, hub.engine.connect() as conn:
                    on_hub = conn.execute(select(func.count()).select_from(
                        hub_operation)).scalar()
                with self.dbs[0].read() as s:
                    assert s.scalar(select(func.count()).select_from(Operation)) == on_hub
                conflicts = [engine.open_conflicts(db) for db in self.dbs]
                assert len(set(conflicts)) == 1
        finally:
            for db in self.dbs:
                db.close()
            self._hub_cm.__exit__(None, None, None)
            shutil.rmtree(self.tmp, ignore_errors=True)


class SqliteHubDevices(Devices):
    hub_kind = "sqlite"


class PostgresHubDevices(Devices):
    hub_kind = "postgresql"


_SETTINGS = dict(deadline=None, stateful_step_count=20,
                 suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("machine,examples", [(SqliteHubDevices, 12),
                                              (PostgresHubDevices, 6)])
def test_replicas_converge(machine: type[Devices], examples: int) -> None:
    case = machine.TestCase
    case.settings = settings(max_examples=examples, **_SETTINGS)  # type: ignore[arg-type]
    case().runTest()
