"""Every Qt model of the GUI passes pytest-qt's model tester, filled from a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from bin_desktop.core import networks, overview
from bin_desktop.core.dashboard import DashboardFilter, load_rows, needs_action
from bin_desktop.gui.dashboard_model import EVALUATION_COLUMN, DashboardModel
from bin_desktop.gui.needs_action_model import NeedsActionModel
from bin_desktop.gui.network_models import ContactsModel, HistoryModel
from bin_desktop.gui.overview_models import (
    ChartersModel,
    MemberCountsModel,
    MessagesModel,
    NetworksModel,
)
from bin_desktop.gui.table_model import ID_ROLE, SORT_ROLE, sorting_proxy
from tests.conftest import ZoneData

pytestmark = pytest.mark.gui


def test_dashboard_model(qtmodeltester: ModelTester, zone_data: ZoneData) -> None:
    with zone_data.db.read() as session:
        rows = load_rows(session, DashboardFilter())
    model = DashboardModel(overdue_days=30)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    zuidpark = model.row_of(zone_data.networks["BIN Zuidpark"])
    assert zuidpark is not None
    index = model.index(zuidpark, EVALUATION_COLUMN)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue evaluation
    assert "overdue" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(zuidpark, 6).data() == "12 (+3 pending)"
    assert model.index(zuidpark, 0).data(ID_ROLE) == zone_data.networks["BIN Zuidpark"]
    assert model.index(zuidpark, 6).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    kerkwijk = model.row_of(zone_data.networks["BIN Kerkwijk"])
    assert kerkwijk is not None
    assert model.index(kerkwijk, 7).data() == "4/5"
    assert "mayor" in model.index(kerkwijk, 5).data(Qt.ItemDataRole.ToolTipRole)


def test_needs_action_model(qtmodeltester: ModelTester, zone_data: ZoneData) -> None:
    with zone_data.db.read() as session:
        items = needs_action(load_rows(session, DashboardFilter()), 30)
    model = NeedsActionModel()
    model.set_items(items)
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data() == "⚠ BIN Kerkwijk: waiting for the mayor's signature for 121 days"
    assert first.data(ID_ROLE) == zone_data.networks["BIN Kerkwijk"]


def test_network_models(qtmodeltester: ModelTester, zone_data: ZoneData) -> None:
    nid = zone_data.networks["BIN Kerkwijk"]
    contacts = ContactsModel()
    contacts.set_rows(networks.network_detail(zone_data.db, nid).contacts)
    qtmodeltester.check(contacts)
    assert [contacts.index(r, 1).data() for r in range(2)] == ["Marie Claes", "Pieter Wouters"]
    history = HistoryModel(zone_data.db.device_id)
    history.set_rows(networks.network_history(zone_data.db, nid))
    qtmodeltester.check(history)
    assert history.rowCount() > 5
    assert history.index(0, 2).data() == "this computer"


@pytest.mark.parametrize(("model_type", "query", "expected_rows"), [
    (NetworksModel, overview.list_networks, 6),
    (MemberCountsModel, overview.member_counts, 6),
    (MessagesModel, overview.list_messages, 2),
    (ChartersModel, overview.charter_overview, 6),
])
def test_overview_models(qtmodeltester: ModelTester, zone_data: ZoneData, model_type: type,
                         query: object, expected_rows: int) -> None:
    with zone_data.db.read() as session:
        rows = query(session)  # type: ignore[operator]
    model = model_type()
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = sorting_proxy(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == expected_rows
    assert all(model.index(r, 0).data(SORT_ROLE) is not None for r in range(model.rowCount()))


def test_member_counts_carry_no_personal_data(zone_data: ZoneData) -> None:
    with zone_data.db.read() as session:
        rows = overview.member_counts(session)
    model = MemberCountsModel()
    model.set_rows(rows)
    texts = {model.index(r, c).data() for r in range(model.rowCount())
             for c in range(model.columnCount())}
    assert not any(text.startswith("Member ") for text in texts)
    row = model.row_of(zone_data.networks["BIN Zuidpark"])
    assert row is not None
    assert [model.index(row, c).data() for c in (2, 3, 7)] == ["12", "3", "15"]


def test_charter_overview_lists_pending_signatories(zone_data: ZoneData) -> None:
    with zone_data.db.read() as session:
        rows = overview.charter_overview(session)
    model = ChartersModel()
    model.set_rows(rows)
    row = model.row_of(zone_data.networks["BIN Kerkwijk"])
    assert row is not None
    assert model.index(row, 3).data() == "4/5"
    assert model.index(row, 4).data().startswith("mayor since ")
    other = model.row_of(zone_data.networks["BIN Zuidpark"])
    assert other is not None and model.index(other, 2).data() == "No charter yet"
