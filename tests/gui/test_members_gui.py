"""The members page: a coordinator's list imported, reviewed and approved through the GUI, the
paged member list (SQL paging, search and sort), editing, erasure, access report and export,
with a real SQLite and files built here."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from bin_desktop.core.members import service
from bin_desktop.core.store.models import ImportRow, Member, MemberImport
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.dialogs.advp import TextDialog
from bin_desktop.gui.dialogs.member_edit import EraseMemberDialog, MemberDialog
from bin_desktop.gui.dialogs.member_import import MappingDialog
from bin_desktop.gui.errors import MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.member_models import (
    MAX_CACHED_PAGES,
    PLACEHOLDER,
    Q_CONSENT,
    MappingModel,
    MemberRow,
    MembersModel,
    PreviewModel,
    QueueModel,
)
from bin_desktop.gui.pages.members import MembersPage
from tests.conftest import ZoneData
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui

# A coordinator's list as Excel on a Belgian Windows PC saves it: cp1252, ';', a title row.
LIST = """Ledenlijst BIN Zuidpark - maart 2025;;;;;;;
;;;;;;;
Naam;Voornaam;Straat;Nr;Postcode;GSM;E-mail;Toestemming
Peeters;Jan;Parklaan;12;1500;0470 12 34 56;jan.peeters@telenet.be;12/01/2025
Janssens;Marie;Zuidstraat;3;1500;+32 471 23 45 67;marie.janssens@skynet.be;ja
Maes;Élodie;Parklaan;7 bus 2;1500;0032 472/34.56.78;elodie.maes@proximus.be;oui
Claes;Luc;Zuidstraat;21;1500;0473.45.67.89;;ja
Wouters;Sofie;Kerkstraat;5;1500;0474 56 78 90;sofie@example.be;ja
Goossens;Bart;Parklaan;30;1500;0475 67 89 01;bart.goossens@example.be;
MAES;Elodie;Parklaan;7 bus 2;1500;;ELODIE.MAES@PROXIMUS.BE;ja
Mertens;Koen;Zuidstraat;9;1500;02 356 00 00;koen.mertens@example.be;ja
"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
MANY = 3_000


@pytest.fixture
def member_list(tmp_path: Path) -> Path:
    path = tmp_path / "leden Zuidpark.csv"
    path.write_bytes(LIST.replace("\n", "\r\n").encode("cp1252"))
    return path


def settle(ctx: AppContext, model: MembersModel | None = None) -> None:
    """Until every job has called back and the model fetched what the last paint asked for."""
    for _ in range(50):
        assert ctx.tasks.wait_idle(10_000)
        QApplication.processEvents()
        if ctx.tasks.pending == 0 and (model is None or not model.loading):
            return
    raise AssertionError("the members page did not settle")


def members_page(window: MainWindow, ctx: AppContext, network_id: str) -> MembersPage:
    window.show_page("members")
    window.members.open_network(network_id)
    settle(ctx, window.members.members_model)
    return window.members


def names(model: MembersModel) -> list[str]:
    return [model.data(model.index(row, MembersModel.NAME)) for row in range(model.rowCount())]


def queue_rows(page: MembersPage) -> dict[str, Any]:
    """Queue rows by name, as the page shows them."""
    return {str(r.data.get("full_name")): r for r in page.queue_model.rows()}


def select_queue_row(page: MembersPage, row_id: str) -> None:
    view = page.ui.queueView
    view.clearSelection()
    view.setCurrentIndex(page.queue_model.index_of(row_id))


def select_member(page: MembersPage, name: str) -> MemberRow:
    model = page.members_model
    row = names(model).index(name)
    page.ui.membersView.selectRow(row)
    member = page.selected_member()
    assert member is not None and member.full_name == name
    return member


def use_mapping_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                       change: Callable[[MappingDialog], None] | None = None) -> list[
                           dict[str, int]]:
    """MappingDialog.ask drives the real dialog: shown, optionally changed, then Import."""
    seen: list[dict[str, int]] = []

    def ask(_cls: type, parent: Any, ctx: AppContext, network_id: str, name: str,
            data: bytes, filename: str, first: service.ImportResult) -> dict[str, int] | None:
        dialog = MappingDialog(parent, ctx, network_id, name, data, filename, first)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog.counts())
        if change is not None:
            change(dialog)
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        assert dialog.result() == MappingDialog.DialogCode.Accepted
        return dialog.mapping()

    monkeypatch.setattr(MappingDialog, "ask", classmethod(ask))
    return seen


# -- the acceptance test -----------------------------------------------------------------------
def test_import_approve_fix_merge_reaches_the_dashboard(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, qtbot: QtBot,
        member_list: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    dashboard_before = {r.id: r.members for r in window.dashboard.model.rows()}[nid]
    assert dashboard_before == 12

    # From the network page, "Members…"
    window.open_network(nid, "networks")
    settle(ctx)
    qtbot.mouseClick(window.network_page.members_button, Qt.MouseButton.LeftButton)
    page = window.members
    settle(ctx, page.members_model)
    assert window.current_page() == "members" and page.showing_list()
    assert page.members_model.rowCount() == 15

    # Import: file chooser → worker reads → mapping dialog (real) → queued
    monkeypatch.setattr(files, "choose_open_file", lambda *_args: member_list)
    trials = use_mapping_dialog(monkeypatch, qtbot)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    settle(ctx, page.members_model)
    assert trials == [{"ok": 5, "problem": 2, "duplicate": 1, "new": 7, "changed": 0,
                       "unchanged": 0, "gone": 15}]
    assert page.ui.tabs.currentIndex() == 1
    queued = queue_rows(page)
    assert {n: r.status for n, r in queued.items()} == {
        "Jan Peeters": "ok", "Marie Janssens": "ok", "Élodie Maes": "ok", "Luc Claes": "ok",
        "Sofie Wouters": "problem", "Bart Goossens": "problem", "Elodie MAES": "duplicate",
        "Koen Mertens": "ok"}
    # Every phone notation became one number; the groups follow status, then finding.
    assert queued["Élodie Maes"].data["phone_e164"] == "+32472345678"
    assert queued["Luc Claes"].data["phone_e164"] == "+32473456789"
    model = page.queue_model
    assert [model.group_label(g) for g in range(model.group_count())] == [
        "Problem — Address outside the area (1)", "Problem — No consent (1)",
        "Duplicate — Twice in the list (1)", "Ready to approve (4)",
        "Ready to approve — Not a mobile number (1)"]
    # The offending cell is marked, the findings are sentences.
    goossens = model.index_of(queued["Bart Goossens"].id, Q_CONSENT)
    assert goossens.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert goossens.siblingAtColumn(1).data(Qt.ItemDataRole.BackgroundRole) is None
    select_queue_row(page, queued["Sofie Wouters"].id)
    assert "'Kerkstraat' is not one of this network's streets." in page.ui.findingsLabel.text()

    # Bulk approve every ok row
    assert page.ui.approveAllButton.text() == "Approve all &ok rows (5)"
    qtbot.mouseClick(page.ui.approveAllButton, Qt.MouseButton.LeftButton)
    settle(ctx, page.members_model)
    assert "5 rows approved" in page.ui.noticeLabel.text()
    assert page.members_model.rowCount() == 20
    assert set(queue_rows(page)) == {"Sofie Wouters", "Bart Goossens", "Elodie MAES"}

    # Fix one cell inline: double-click the empty consent → editor → "ja" → Enter
    row_id = queue_rows(page)["Bart Goossens"].id
    view = page.ui.queueView
    cell = page.queue_model.index_of(row_id, Q_CONSENT)
    view.scrollTo(cell)
    where = view.visualRect(cell).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == ""
    editor.setText("ja")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(ctx, page.members_model)
    fixed = queue_rows(page)["Bart Goossens"]
    assert fixed.status == "ok" and fixed.codes == ()
    assert page.ui.noticeLabel.text() == "Row 9 is ready to approve."
    assert [r.id for r in page.selected_rows()] == [row_id]  # still selected after the reload
    qtbot.mouseClick(page.ui.approveSelectedButton, Qt.MouseButton.LeftButton)
    settle(ctx, page.members_model)

    # Merge the duplicate (accents and case) into the member made of row 6
    duplicate = queue_rows(page)["Elodie MAES"]
    select_queue_row(page, duplicate.id)
    assert page.ui.mergeButton.isEnabled()
    qtbot.mouseClick(page.ui.mergeButton, Qt.MouseButton.LeftButton)
    settle(ctx, page.members_model)
    assert "row 6 (Élodie Maes)" in boxes.questions[-1]
    assert set(queue_rows(page)) == {"Sofie Wouters"}
    assert page.members_model.rowCount() == 21
    assert names(page.members_model).count("Élodie Maes") == 1
    with zone_data.db.read() as session:
        merged = session.scalars(select(ImportRow).where(ImportRow.id == duplicate.id)).one()
        assert merged.decision == "merged"

    # The dashboard counts the new members
    window.show_page("dashboard")
    settle(ctx)
    assert {r.id: r.members for r in window.dashboard.model.rows()}[nid] == 12 + 6
    assert not [m for m in boxes.messages if m[0] != MessageKind.INFORMATION]


def test_mapping_dialog_change_of_a_column_runs_the_trial_again(
        ctx: AppContext, zone_data: ZoneData, qtbot: QtBot, member_list: Path,
        qtmodeltester: Any) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    data = member_list.read_bytes()
    first = service.import_file(zone_data.db, zone_data.officer, nid, data, member_list.name,
                                dry_run=True)
    dialog = MappingDialog(None, ctx, nid, "BIN Zuidpark", data, member_list.name, first)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.preview)
    assert dialog.counts()["ok"] == 5
    consent = list(first.table.headers).index("Toestemming")
    combo = dialog.ui.columnsView.indexWidget(dialog.model.index(consent, MappingModel.FIELD))
    assert isinstance(combo, QComboBox) and combo.currentData() == "consent"

    with qtbot.waitSignal(dialog.trialDone, timeout=10_000):
        combo.setCurrentIndex(combo.findData(""))  # "(not used)"
        assert not dialog.import_button.isEnabled()  # until the trial is back
    assert "consent" not in dialog.mapping()
    assert dialog.counts() == {"ok": 0, "problem": 7, "duplicate": 1, "new": 7, "changed": 0,
                               "unchanged": 0, "gone": 15}
    assert "Of 8 rows: 0 ready to approve, 7 with a problem" in dialog.ui.summaryLabel.text()
    assert "→ Consent" not in str(dialog.preview.headerData(consent, Qt.Orientation.Horizontal))

    # Choosing a field that another column holds moves it; no name at all is refused inline.
    names_column = list(first.table.headers).index("Naam")
    with qtbot.waitSignal(dialog.trialDone, timeout=10_000):
        dialog.model.setData(dialog.model.index(consent, MappingModel.FIELD), "last_name")
    assert dialog.model.field_of(names_column) == "" and dialog.model.field_of(consent) == \
        "last_name"
    for column in range(dialog.model.rowCount()):
        if dialog.model.field_of(column) in ("last_name", "first_name"):
            dialog.model.set_field(column, "")
    with qtbot.waitSignal(dialog.trialDone, timeout=10_000):
        pass
    assert "No column holds the members' names" in dialog.ui.summaryLabel.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    with zone_data.db.read() as session:  # trials store nothing
        assert session.scalar(select(func.count()).select_from(MemberImport)) == 0


def test_a_file_that_is_no_table_is_refused_and_nothing_is_stored(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, tmp_path: Path,
        boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    page = members_page(window, ctx, nid)
    picture = tmp_path / "ledenlijst.png"
    picture.write_bytes(PNG)
    monkeypatch.setattr(files, "choose_open_file", lambda *_args: picture)
    monkeypatch.setattr(MappingDialog, "ask", pytest.fail)
    page.ui.importButton.click()
    settle(ctx, page.members_model)
    assert boxes.messages == [(MessageKind.WARNING,
                               "“ledenlijst.png” is not a table: it is a PNG image. Ask the "
                               "coordinator for the member list as an Excel file (.xlsx) or "
                               "CSV.")]
    with zone_data.db.read() as session:
        assert session.scalar(select(func.count()).select_from(MemberImport)) == 0
        assert session.scalar(select(func.count()).select_from(ImportRow)) == 0
    assert page.queue_model.group_count() == 0


def test_a_dropped_file_is_imported_for_the_network_under_it(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, qtbot: QtBot,
        member_list: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    page = members_page(window, ctx, nid)
    use_mapping_dialog(monkeypatch, qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(member_list))])
    where = QPointF(page.ui.membersView.mapTo(page, page.ui.membersView.rect().center()))
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    assert drop.isAccepted()
    settle(ctx, page.members_model)
    assert len(page.queue_model.rows()) == 8


def test_reject_with_a_reason(window: MainWindow, ctx: AppContext, zone_data: ZoneData,
                              member_list: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    service.import_file(zone_data.db, zone_data.officer, nid, member_list.read_bytes(),
                        member_list.name)
    page = members_page(window, ctx, nid)
    page.ui.tabs.setCurrentIndex(1)
    wouters = queue_rows(page)["Sofie Wouters"]
    select_queue_row(page, wouters.id)
    asked: list[str] = []

    def reason(_parent: Any, _title: str, heading: str, _label: str, _hint: str = "") -> str:
        asked.append(heading)
        return "woont buiten de wijk"

    monkeypatch.setattr(TextDialog, "ask", staticmethod(reason))
    page.ui.rejectButton.click()
    settle(ctx, page.members_model)
    assert asked == ["1 row does not become a member. The reason is kept with the import."]
    assert "Sofie Wouters" not in queue_rows(page)
    with zone_data.db.read() as session:
        row = session.get(ImportRow, wouters.id)
        assert row is not None and row.decision == "rejected"
        assert row.decision_reason == "woont buiten de wijk"
    # The filter by status shows only the rows asked for, in SQL
    page.ui.queueStatusCombo.setCurrentIndex(page.ui.queueStatusCombo.findData("duplicate"))
    settle(ctx)
    assert [r.status for r in page.queue_model.rows()] == ["duplicate"]
    assert page.queue is not None and page.queue.pending == 7


def test_a_fix_that_would_drop_an_unreadable_cell_asks_first(
        window: MainWindow, ctx: AppContext, zone_data: ZoneData, boxes: Boxes) -> None:
    nid = zone_data.networks["BIN Zuidpark"]
    data = ("Naam;Straat;GSM;E-mail;Toestemming\r\n"
            "Jan Peeters;Parklaan 3;0470 12 34 56;jan.peeters@telenet;\r\n").encode("cp1252")
    service.import_file(zone_data.db, zone_data.officer, nid, data, "leden.csv")
    page = members_page(window, ctx, nid)
    (row,) = page.queue_model.rows()
    assert row.codes == ("email.invalid", "consent.missing")
    consent = page.queue_model.index_of(row.id, Q_CONSENT)

    boxes.answer = False
    assert page.queue_model.setData(consent, "ja")
    settle(ctx, page.members_model)
    assert "jan.peeters@telenet" in boxes.questions[-1]
    assert page.queue_model.rows()[0].codes == ("email.invalid", "consent.missing")

    boxes.answer = True
    page.queue_model.setData(page.queue_model.index_of(row.id, Q_CONSENT), "ja")
    settle(ctx, page.members_model)
    (fixed,) = page.queue_model.rows()
    assert fixed.status == "ok" and fixed.data["email"] is None  # what core does, as warned


# -- the member list: paging, search, sort -------------------------------------------------------
@pytest.fixture
def many(zone_data: ZoneData) -> str:
    """A network with MANY members, made in one create_many like the demo."""
    nid = zone_data.networks["BIN Kerkwijk"]
    joined = zone_data.today - dt.timedelta(days=400)
    rows = [{
        "network_id": nid, "status": "paused" if n % 10 == 0 else "active",
        "full_name": f"Lid {n:05d} {'Peeters' if n % 7 == 0 else 'Maes'}",
        "first_name": "", "last_name": "", "phone_e164": f"+3247{n:07d}",
        "email": f"lid{n}@example.be", "street": "Kerkstraat", "house_number": str(n % 90 + 1),
        "postcode": "1500", "language": "nl", "consent": True, "consent_on": joined,
        "joined_on": joined + dt.timedelta(days=n % 365), "deleted": False, "channels": [],
    } for n in range(MANY)]
    with zone_data.db.unit_of_work(zone_data.officer) as uow:
        uow.create_many(Member, rows)
    return nid


def test_scrolling_to_the_end_fetches_pages_from_sql(
        window: MainWindow, ctx: AppContext, many: str, qtmodeltester: Any) -> None:
    page = members_page(window, ctx, many)
    model = page.members_model
    assert model.rowCount() == MANY == service.count_members(ctx.db, many)
    assert model.cached_pages() == [0] and model.pages_fetched == 0
    last = model.index(MANY - 1, MembersModel.NAME)
    assert last.data() == PLACEHOLDER  # not fetched yet

    page.ui.membersView.scrollToBottom()
    settle(ctx, model)
    assert model.pages_fetched >= 1
    assert last.data() == f"Lid {MANY - 1:05d} Maes"
    assert (MANY - 1) // model.page_size in model.cached_pages()

    view = page.ui.membersView
    for row in range(0, MANY, model.page_size):  # down the whole list, a page at a time
        view.scrollTo(model.index(row, 0))
        settle(ctx, model)
        family = "Peeters" if row % 7 == 0 else "Maes"
        assert model.index(row, 0).data() == f"Lid {row:05d} {family}"
    assert len(model.cached_pages()) <= MAX_CACHED_PAGES
    assert model.rowCount() == MANY
    qtmodeltester.check(model)


def test_search_status_filter_and_sort_are_queries(
        window: MainWindow, ctx: AppContext, many: str, qtbot: QtBot) -> None:
    page = members_page(window, ctx, many)
    model = page.members_model
    with qtbot.waitSignal(page.membersLoaded, timeout=10_000):
        qtbot.keyClicks(page.ui.searchEdit, "peeters")  # debounced: one query
    expected = service.count_members(ctx.db, many, service.MemberFilter("peeters"))
    assert model.rowCount() == expected == len(range(0, MANY, 7))
    assert "match the search" in page.ui.countLabel.text()

    paused = page.ui.statusCombo.findData("paused")
    with qtbot.waitSignal(page.membersLoaded, timeout=10_000):
        page.ui.statusCombo.setCurrentIndex(paused)
    assert model.rowCount() == len(range(0, MANY, 70))
    settle(ctx, model)
    assert {model.index(r, MembersModel.STATUS).data() for r in range(model.rowCount())} == {
        "Paused"}

    page.ui.searchEdit.clear()
    page.ui.statusCombo.setCurrentIndex(0)
    settle(ctx, model)
    assert model.rowCount() == MANY

    header = page.ui.membersView.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
        settle(ctx, model)

    click_header(MembersModel.JOINED)
    assert model.query is not None and model.query.sort == "joined_on"
    first_two = [model.index(r, MembersModel.JOINED).data() for r in (0, 1)]
    click_header(MembersModel.JOINED)  # again: newest first
    assert model.query.descending
    newest = max(m.joined_on for m in service.member_page(ctx.db, many, limit=MANY))
    assert model.index(0, MembersModel.JOINED).data() != first_two[0]
    assert model.row_at(0) is not None and model.row_at(0).joined_on == newest  # type: ignore[union-attr]

    click_header(MembersModel.PHONE)  # core cannot sort by phone: the sort in use stays
    QApplication.processEvents()
    assert model.query.sort == "joined_on"
    assert header.sortIndicatorSection() == MembersModel.JOINED


# -- one member: edit, erase, access report, export -------------------------------------------
@pytest.fixture
def imported(window: MainWindow, ctx: AppContext, zone_data: ZoneData,
             member_list: Path) -> Iterator[MembersPage]:
    nid = zone_data.networks["BIN Zuidpark"]
    service.import_file(zone_data.db, zone_data.officer, nid, member_list.read_bytes(),
                        member_list.name)
    service.approve_all_ok(zone_data.db, zone_data.officer, nid)
    yield members_page(window, ctx, nid)


def test_edit_a_member_and_a_refused_value(imported: MembersPage, ctx: AppContext,
                                           boxes: Boxes, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    page = imported
    member = select_member(page, "Jan Peeters")
    answers = [
        {"status": "paused", "phone_e164": "12", "channels": "sms, email",
         "quiet_from": "22:00", "quiet_until": "07:00"},
        {"status": "paused", "phone_e164": "0470/99.88.77", "channels": "sms, email",
         "quiet_from": "22:00", "quiet_until": "07:00"},
    ]
    typed_seen: list[dict[str, str] | None] = []

    def ask(_cls: type, _parent: Any, row: MemberRow, typed: dict[str, str] | None = None
            ) -> tuple[dict[str, str], dict[str, str]] | None:
        assert row.id == member.id
        typed_seen.append(typed)
        changes = answers.pop(0)
        return changes, changes

    monkeypatch.setattr(MemberDialog, "ask", classmethod(ask))
    page.ui.editButton.click()
    settle(ctx, page.members_model)
    # core refused "12"; the dialog came back with what was typed; the second try was saved
    assert boxes.messages[0][0] == MessageKind.WARNING and "'12'" in boxes.messages[0][1]
    assert typed_seen[0] is None and typed_seen[1] is not None \
        and typed_seen[1]["phone_e164"] == "12"
    row = names(page.members_model).index("Jan Peeters")
    saved = page.members_model.row_at(row)
    assert saved is not None
    assert (saved.status, saved.phone, saved.channels, saved.quiet_from) == (
        "paused", "+32470998877", ("sms", "email"), "22:00")
    assert page.members_model.index(row, MembersModel.STATUS).data() == "Paused"


def test_the_edit_dialog_hands_back_only_what_changed(qtbot: QtBot) -> None:
    member = MemberRow("m1", "Jan Peeters", "Parklaan", "12", None, "1500", "+32470123456",
                       None, "jan@telenet.be", "nl", ("sms",), "active", dt.date(2025, 1, 1),
                       True, None, None, None, "")
    dialog = MemberDialog(None, member)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.channel_checks["email"].setChecked(True)
    dialog.quiet_check.setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("left"))
    assert dialog.changes() == {"channels": "sms, email", "quiet_from": "22:00",
                                "quiet_until": "07:00", "status": "left"}


def test_forget_asks_for_the_name_and_the_row_disappears(
        imported: MembersPage, ctx: AppContext, zone_data: ZoneData, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = imported
    member = select_member(page, "Marie Janssens")
    before = page.members_model.rowCount()
    asked: list[str] = []

    def confirm(answer: bool) -> Callable[..., bool]:
        def ask(_cls: type, _parent: Any, name: str, network: str) -> bool:
            asked.append(f"{name} / {network}")
            return answer
        return ask

    monkeypatch.setattr(EraseMemberDialog, "ask", classmethod(confirm(False)))
    page.ui.forgetButton.click()
    settle(ctx, page.members_model)
    assert page.members_model.rowCount() == before  # cancelled: nothing happened

    monkeypatch.setattr(EraseMemberDialog, "ask", classmethod(confirm(True)))
    select_member(page, "Marie Janssens")
    page.ui.forgetButton.click()
    settle(ctx, page.members_model)
    assert asked == ["Marie Janssens / BIN Zuidpark"] * 2
    assert page.members_model.rowCount() == before - 1
    assert "Marie Janssens" not in names(page.members_model)
    with zone_data.db.read() as session:
        erased = session.get(Member, member.id)
        assert erased is not None and erased.erased and erased.full_name == ""

    dialog = EraseMemberDialog(None, "Élodie Maes", "BIN Zuidpark")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.name_edit.setText("Elodie")
    assert not dialog.erase_button.isEnabled()
    dialog.name_edit.setText("  elodie  MAES ")
    assert dialog.erase_button.isEnabled()


def test_access_report_and_export_go_where_the_user_chose(
        imported: MembersPage, ctx: AppContext, tmp_path: Path, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = imported
    member = select_member(page, "Luc Claes")
    report = tmp_path / "inzage.json"
    monkeypatch.setattr(files, "choose_save_file", lambda *_args: report)
    page.ui.accessButton.click()
    settle(ctx, page.members_model)
    content = json.loads(report.read_text(encoding="utf-8"))
    assert content["member"]["id"] == member.id
    assert content["member"]["full_name"] == "Luc Claes"
    assert content["network"] == "BIN Zuidpark"

    export = tmp_path / "leden.csv"
    monkeypatch.setattr(files, "choose_save_file", lambda *_args: export)
    page.ui.exportButton.click()
    settle(ctx, page.members_model)
    lines = export.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[0] == "full_name"
    assert any(line.startswith("Luc Claes;") for line in lines)
    assert [kind for kind, _text in boxes.messages] == [MessageKind.INFORMATION] * 2


# -- the models ----------------------------------------------------------------------------------
def test_models_pass_the_model_tester(imported: MembersPage, ctx: AppContext,
                                      qtmodeltester: Any, zone_data: ZoneData) -> None:
    page = imported
    qtmodeltester.check(page.members_model)
    queue = QueueModel()
    qtmodeltester.check(queue)
    queue.set_rows(service.queue(ctx.db, zone_data.networks["BIN Zuidpark"]))
    assert queue.group_count() == 3
    qtmodeltester.check(queue)
    assert not queue.parent(QModelIndex()).isValid()
    table = service.import_file(zone_data.db, zone_data.officer,
                                zone_data.networks["BIN Zuidpark"],
                                LIST.encode("cp1252"), "leden.csv", dry_run=True).table
    qtmodeltester.check(PreviewModel(table))
