"""The network page: edit and save, refused input, life-cycle changes, contacts, history."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bin_desktop.core import networks
from bin_desktop.core.domain import ContactRole
from bin_desktop.core.hlc import Timestamp
from bin_desktop.core.lifecycle import State, allowed_next
from bin_desktop.core.store.models import Network, Operation, StateTransition
from bin_desktop.gui.dialogs.contact import ContactDialog
from bin_desktop.gui.dialogs.transition import TransitionDialog
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.pages.network import NetworkPage
from tests.conftest import ZoneData
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui


def open_page(window: MainWindow, qtbot: QtBot, network_id: str) -> NetworkPage:
    with qtbot.waitSignal(window.network_page.loaded):
        window.open_network(network_id)
    return window.network_page


def test_edit_name_and_streets_saves_one_operation(window: MainWindow, qtbot: QtBot,
                                                   zone_data: ZoneData) -> None:
    nid = zone_data.networks["BIN Kerkwijk"]
    page = open_page(window, qtbot, nid)
    assert not page.ui.saveButton.isEnabled()
    page.ui.nameEdit.selectAll()
    qtbot.keyClicks(page.ui.nameEdit, "BIN Kerkwijk-Noord")
    page.ui.streetsEdit.setPlainText("Kerkstraat\nBasiliekstraat\nSint-Rochusstraat\n")
    assert page.ui.saveButton.isEnabled()
    assert page.changes() == {
        "name": "BIN Kerkwijk-Noord",
        "streets": ["Kerkstraat", "Basiliekstraat", "Sint-Rochusstraat"],
    }
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not page.is_dirty() and not page.ui.saveButton.isEnabled()

    with zone_data.db.read() as session:
        op = session.scalars(select(Operation).where(
            Operation.entity == "network", Operation.entity_id == nid,
            Operation.kind == "update")).one()
    assert op.actor_id == zone_data.officer
    assert op.device_id == zone_data.db.device_id
    assert Timestamp.decode(op.hlc).device == zone_data.db.device_id
    assert json.loads(op.fields) == {
        "name": "BIN Kerkwijk-Noord",
        "streets": ["Kerkstraat", "Basiliekstraat", "Sint-Rochusstraat"]}
    history = networks.network_history(zone_data.db, nid)
    assert history[0].op_id == op.op_id and history[0].actor == "Jan Peeters"
    # the History tab was refreshed after the save: newest first
    assert page.history_model.index(0, 3).data() == "Network changed"
    assert "name → BIN Kerkwijk-Noord" in page.history_model.index(0, 4).data()
    assert page.ui.titleLabel.text() == "BIN Kerkwijk-Noord"

    with qtbot.waitSignal(window.dashboard.loaded):
        window.go_back()
    shown = [window.dashboard.model.index(r, 0).data()
             for r in range(window.dashboard.model.rowCount())]
    assert "BIN Kerkwijk-Noord" in shown and "BIN Kerkwijk" not in shown


def test_invalid_postcode_is_refused_and_the_input_kept(window: MainWindow, qtbot: QtBot,
                                                        zone_data: ZoneData,
                                                        boxes: Boxes) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    page = open_page(window, qtbot, nid)
    with zone_data.db.read() as session:
        operations_before = len(session.scalars(select(Operation.op_id)).all())
    page.ui.postcodesEdit.setText("1500, 0999")
    page.ui.nameEdit.setText("BIN Zuidpark 2")
    page.save()
    qtbot.waitUntil(lambda: bool(boxes.messages))
    assert boxes.messages == [(MessageKind.WARNING, "Not a Belgian postcode: 0999.")]
    assert page.ui.postcodesEdit.text() == "1500, 0999"
    assert page.ui.nameEdit.text() == "BIN Zuidpark 2"
    assert page.ui.saveButton.isEnabled()
    with zone_data.db.read() as session:
        network = session.get(Network, nid)
        assert network is not None
        assert (network.name, network.postcodes) == ("BIN Zuidpark", ["1500"])
        assert len(session.scalars(select(Operation.op_id)).all()) == operations_before


def test_change_state_offers_only_allowed_steps(window: MainWindow, qtbot: QtBot,
                                                zone_data: ZoneData,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    nid = zone_data.networks["BIN Kerkwijk"]
    page = open_page(window, qtbot, nid)
    offered: list[list[State]] = []

    def choose(dialog: TransitionDialog) -> int:
        offered.append(dialog.offered_states())
        dialog.select(State.SUBMITTED)
        dialog.reason_edit.setPlainText("All parties signed on paper")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TransitionDialog, "exec", choose)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.ui.changeStateButton, Qt.MouseButton.LeftButton)
    assert offered == [list(allowed_next(State.SIGNATURES))]
    assert "Submitted to ADVP" in page.ui.stateValueLabel.text()
    with zone_data.db.read() as session:
        last = session.scalars(select(StateTransition).where(
            StateTransition.network_id == nid).order_by(StateTransition.id.desc())).first()
    assert last is not None
    assert (last.from_state, last.to_state, last.actor_id, last.reason) == (
        "signatures", "submitted", zone_data.officer, "All parties signed on paper")
    assert page.history_model.index(0, 3).data() in ("Network changed", "State change created")


def test_final_state_offers_nothing(window: MainWindow, qtbot: QtBot,
                                    zone_data: ZoneData) -> None:
    page = open_page(window, qtbot, zone_data.networks["BIN Oud Molenveld"])
    assert page.data is not None
    dialog = TransitionDialog(page, "BIN Oud Molenveld", State.DISSOLVED,
                              page.data.detail.summary.state_since)
    qtbot.addWidget(dialog)
    assert dialog.offered_states() == []
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_add_deputy_saves_at_once_and_keeps_unsaved_edits(
        window: MainWindow, qtbot: QtBot, zone_data: ZoneData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    nid = zone_data.networks["BIN Kerkwijk"]
    page = open_page(window, qtbot, nid)
    page.ui.descriptionEdit.setPlainText("Not saved yet")
    monkeypatch.setattr(ContactDialog, "ask", classmethod(
        lambda cls, parent, title, contact=None: networks.ContactData(
            "Sofie Janssens", "sofie@example.be", None, "fr")))
    with qtbot.waitSignal(page.loaded):
        page.add_deputy()
    contacts = networks.network_detail(zone_data.db, nid).contacts
    assert [(c.role, c.full_name, c.language) for c in contacts if c.role == ContactRole.DEPUTY
            ] == [(ContactRole.DEPUTY, "Pieter Wouters", "nl"),
                  (ContactRole.DEPUTY, "Sofie Janssens", "fr")]
    assert page.contacts_model.rowCount() == 3
    assert page.ui.descriptionEdit.toPlainText() == "Not saved yet"
    assert page.is_dirty()


def test_leaving_with_unsaved_changes_asks(window: MainWindow, qtbot: QtBot,
                                           zone_data: ZoneData, boxes: Boxes) -> None:
    page = open_page(window, qtbot, zone_data.networks["BIN Zuidpark"])
    page.ui.sectorEdit.setText("changed")
    boxes.answer = False
    window.show_page("networks")
    assert window.current_page() == "network" and len(boxes.questions) == 1
    boxes.answer = True
    window.show_page("networks")
    assert window.current_page() == "networks"
    assert page.ui.sectorEdit.text() == ""  # reverted
