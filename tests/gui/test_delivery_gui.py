"""Sending from the Messages page: an approved message is confirmed, queued by core and dispatched
in the background to a real http-json provider on loopback; the delivery view's counts match what
the provider received, a member whose number the provider refuses is listed for review, and
Cancel stops what was not handed over. Real SQLite, real dispatcher, real keyring backend API."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bin_desktop.core import dispatch, gateway_config, networks
from bin_desktop.core.alerts import service
from bin_desktop.core.store.models import Member
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.message_confirm import ApprovalDecision, ApprovalSummary
from bin_desktop.gui.dialogs.message_send import SendConfirmDialog
from bin_desktop.gui.pages.delivery import Phase
from bin_desktop.gui.pages.messages import MessagesPage
from tests.conftest import ZoneData
from tests.fakes.http_provider import ProviderState, running_provider
from tests.fakes.memory_keyring import MemoryKeyring
from tests.gui.conftest import Boxes

pytestmark = pytest.mark.gui

TEXT = ("Inbraakgolf in de Parklaan. De voorbije week werd in vier woningen ingebroken, "
        "telkens 's avonds via de achterdeur. Sluit ramen en deuren en bel 112 bij iets "
        "verdachts.")


@dataclass
class Sending:
    data: ZoneData
    message_id: str
    members: list[str]  # ids, in the order they were made ("Lid 00", "Lid 01", ...)
    url: str
    provider: ProviderState




def _sending(zone_data: ZoneData, url: str, state: ProviderState, members: int, *,
             channels: list[str], batch: int, rate: float | None = None) -> Sending:
    db = zone_data.db
    zuidpark = zone_data.networks["BIN Zuidpark"]
    networks.update_network(db, zone_data.officer, zuidpark, channels=["sms", "email"])
    with db.unit_of_work(zone_data.officer) as uow:
        ids = [uow.create(Member, network_id=zuidpark, status="active", full_name=f"Lid {i:02d}",
                          phone_e164=f"+324711{i:05d}", email=f"lid{i}@example.be",
                          street=None, house_number=None, postcode=None, language="nl",
                          consent_on=None, joined_on=dt.date(2026, 1, 1), deleted=False,
                          channels=[]).id for i in range(members)]
    message = service.create_message(
        db, zone_data.officer, [zuidpark], "burglary", "urgent",
        [service.TextVersion("nl", TEXT, "Inbraakgolf Parklaan", "Inbraakgolf Parklaan")],
        channels=channels)
    service.approve_message(db, zone_data.korpschef, message,
                            override_reason="test of sending from the window")
    gateway_config.add_gateway(db, zone_data.admin, "relay", type="http-json", url=url,
                               batch_size=batch, rate_per_second=rate)
    gateway_config.store_secret(db, zone_data.admin, "relay", state.token)
    return Sending(zone_data, message, ids, url, state)


@pytest.fixture
def provider() -> Iterator[tuple[str, ProviderState]]:
    with running_provider() as served:
        yield served


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[ApprovalSummary]:
    """The send confirmation answers "send"; what it would have shown is kept."""
    shown: list[ApprovalSummary] = []

    def ask(_parent: object, summary: ApprovalSummary) -> ApprovalDecision:
        shown.append(summary)
        return ApprovalDecision("")

    monkeypatch.setattr(SendConfirmDialog, "ask", staticmethod(ask))
    return shown


def open_page(ctx: AppContext, qtbot: QtBot, message_id: str) -> MessagesPage:
    page = MessagesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    page.select(message_id)
    return page


def _mark_delivered(state: ProviderState) -> None:
    with state.lock:
        for reference in state.states:
            state.states[reference] = "delivered"


def _stop_runner(page: MessagesPage, qtbot: QtBot) -> None:
    runner = page.delivery.runner
    if runner.is_running():
        with qtbot.waitSignal(runner.finished, timeout=10_000):
            runner.stop()


def test_send_and_dispatch_from_the_window_with_live_statistics(
        zone_data: ZoneData, ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring,
        provider: tuple[str, ProviderState], confirmations: list[ApprovalSummary],
        qtmodeltester: ModelTester, boxes: Boxes) -> None:
    url, state = provider
    sending = _sending(zone_data, url, state, 24, channels=["sms", "email"], batch=5)
    refused = sending.members[3]  # the provider refuses "Lid 03"'s number
    state.reject.add(dispatch.delivery_key(sending.message_id, 1, "sms", refused))
    page = open_page(ctx, qtbot, sending.message_id)
    view, runner = page.delivery, page.delivery.runner
    assert page.send_button.isEnabled() and not view.isVisible()

    with qtbot.waitSignal(runner.phaseChanged, timeout=10_000,
                          check_params_cb=lambda *_: runner.phase is Phase.FOLLOWING):
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    summary = confirmations[0]
    assert (summary.headline, summary.is_exercise, summary.audience.sms) == (
        "Inbraakgolf Parklaan", False, 24)
    assert view.isVisible() and view.message_id == sending.message_id
    assert not page.send_button.isEnabled()  # one dispatch at a time
    assert view.stop_button.isVisible() and view.stop_button.text() == "Stop waiting for reports"

    _mark_delivered(state)  # delivery reports arrive at the provider
    with qtbot.waitSignal(runner.finished, timeout=20_000) as finished:
        pass
    assert finished.args == ["done"]
    qtbot.waitUntil(lambda: view.report is not None and view.report.outstanding == 0
                    and view.report.total == 48, timeout=10_000)
    assert not boxes.messages and not boxes.crashes

    # the counts shown are what the provider received: every reference once
    assert sorted(set(state.accepted.values())) == [1]
    received = {"sms": 0, "email": 0}
    for sent in state.messages.values():
        received[sent["channel"]] += 1
    assert received == {"sms": 23, "email": 24}
    qtmodeltester.check(view.stats_model)
    rows = {(g.channel, g.language): g.counts for g in view.stats_model.rows()}
    assert rows[("sms", "nl")]["delivered"] == received["sms"]
    assert rows[("email", "nl")]["delivered"] == received["email"]
    assert rows[("sms", "nl")]["failed"] == 1
    assert dict(view.chart.bars())["email"]["delivered"] == 24
    assert view.progress.value() == 48 and view.progress.maximum() == 48
    assert view.report is not None and view.report.time_to_90 is not None
    assert "Half delivered after" in view.figures.text() and "€" in view.figures.text()

    # the member whose number was refused is listed, and one click opens the review
    qtmodeltester.check(view.failed_model)
    assert [(f.member_name, f.channel, f.reason) for f in view.failed_model.rows()] == [
        ("Lid 03", "sms", "invalid number")]
    assert view.failed_title.text() == "Members not reached: 1"
    view.failed_view.selectRow(0)
    with qtbot.waitSignal(page.openMember) as opened:
        qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert opened.args == [zone_data.networks["BIN Zuidpark"], "Lid 03"]


def test_cancel_stops_the_deliveries_not_yet_handed_over(
        zone_data: ZoneData, ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring,
        provider: tuple[str, ProviderState], confirmations: list[ApprovalSummary],
        boxes: Boxes) -> None:
    url, state = provider
    sending = _sending(zone_data, url, state, 40, channels=["sms"], batch=2, rate=20)
    page = open_page(ctx, qtbot, sending.message_id)
    view, runner = page.delivery, page.delivery.runner
    with qtbot.waitSignal(runner.progressed, timeout=10_000):
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert runner.phase is Phase.SENDING
    boxes.answer = True
    with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
        qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["cancelled"] and "Cancel this message" in boxes.questions[-1]
    posts = state.posts
    time.sleep(0.3)
    qtbot.wait(300)
    assert state.posts == posts  # nothing more goes out

    stats = dispatch.delivery_stats(zone_data.db, sending.message_id)["sms"]
    assert stats["cancelled"] > 0 and stats["queued"] == 0
    assert stats["submitted"] == len(state.accepted) > 0
    assert stats["submitted"] + stats["cancelled"] == 40
    qtbot.waitUntil(lambda: view.report is not None
                    and view.report.totals["cancelled"] == stats["cancelled"], timeout=10_000)
    assert not view.stop_button.isVisible()
    _stop_runner(page, qtbot)


def test_without_a_gateway_sending_says_so_and_leaves_the_deliveries_queued(
        zone_data: ZoneData, ctx: AppContext, qtbot: QtBot, memory: MemoryKeyring,
        provider: tuple[str, ProviderState], confirmations: list[ApprovalSummary],
        boxes: Boxes) -> None:
    url, state = provider
    sending = _sending(zone_data, url, state, 3, channels=["sms"], batch=5)
    gateway_config.remove_gateway(zone_data.db, zone_data.admin, "relay")
    page = open_page(ctx, qtbot, sending.message_id)
    runner = page.delivery.runner
    with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["failed"]
    assert "Settings → Gateways" in boxes.messages[-1][1]
    assert dispatch.delivery_stats(zone_data.db, sending.message_id)["sms"]["queued"] == 3
    qtbot.waitUntil(page.delivery.resume_button.isVisible, timeout=10_000)
