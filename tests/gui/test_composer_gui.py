"""The Messages page and the composer: a message is written, checked as it is typed, fixed, saved
and approved by a second operator (four eyes); exercises look different; a message is cancelled
or updated in one click; feedback that is due is written. Real SQLite, the real rules engine."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bin_desktop.core import networks, operators
from bin_desktop.core.alerts import engine, service
from bin_desktop.core.alerts.model import CheckContext, Draft
from bin_desktop.core.overview import MessageRow
from bin_desktop.core.store.models import Member, Message
from bin_desktop.core.zone import update_zone
from bin_desktop.gui.context import AppContext, DataEvents
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.dialogs.message_confirm import (
    ApprovalDecision,
    ApprovalSummary,
    MessageConfirmDialog,
)
from bin_desktop.gui.errors import ErrorHelper, MessageKind
from bin_desktop.gui.main_window import MainWindow
from bin_desktop.gui.message_models import (
    EXERCISE_BACKGROUND,
    FeedbackDue,
    FeedbackDueModel,
    FindingsModel,
    MessageListModel,
    RuleRunsModel,
    ShownFinding,
    TargetsFilter,
    TargetsModel,
)
from bin_desktop.gui.pages.composer import TEMPLATES, Composer
from bin_desktop.gui.pages.messages import MessagesPage
from bin_desktop.gui.tasks import DbTasks
from bin_desktop.gui.translations import install_translators, remove_translators
from tests.conftest import ZoneData
from tests.gui.conftest import Boxes
from tests.gui.test_screenshots import assert_fits

pytestmark = pytest.mark.gui

PLATE_AND_EMAIL = ("Inbraak in de Parklaan. Een wagen met nummerplaat 1-ABC-123 reed weg. Info: "
                   "tips@example.com. Sluit ramen en deuren en bel 112 bij iets verdachts.")
CLEAN_NL = ("Inbraakgolf in de Parklaan. De voorbije week werd in vier woningen ingebroken, "
            "telkens 's avonds via de achterdeur. Sluit ramen en deuren en bel 112 bij iets "
            "verdachts.")


@dataclass
class Zone:
    data: ZoneData
    zuidpark: str
    centrum: str


@pytest.fixture
def zone(zone_data: ZoneData) -> Zone:
    """The test zone, with members who can be reached in BIN Zuidpark (three mobiles, one
    e-mail address), whose charter also agreed to feedback messages."""
    zuidpark = zone_data.networks["BIN Zuidpark"]
    networks.update_network(zone_data.db, zone_data.officer, zuidpark,
                            allowed_categories=["burglary", "theft", "feedback"])
    with zone_data.db.unit_of_work(zone_data.officer) as uow:
        for number in range(4):
            uow.create(Member, network_id=zuidpark, status="active", full_name=f"Lid {number}",
                       phone_e164=f"+3247000000{number}" if number < 3 else None,
                       email="lid3@example.be" if number == 3 else None, street=None,
                       house_number=None, postcode=None, language="nl", consent_on=None,
                       joined_on=dt.date(2026, 1, 1), deleted=False, channels=[])
    return Zone(zone_data, zuidpark, zone_data.networks["BIN-Z Centrum Rode"])


def open_page(ctx: AppContext, qtbot: QtBot) -> MessagesPage:
    page = MessagesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1216, 740)
    page.show()
    return page


def new_message(ctx: AppContext, qtbot: QtBot, *networks: str) -> tuple[MessagesPage, Composer]:
    page = open_page(ctx, qtbot)
    composer = page.composer
    with qtbot.waitSignal(composer.loaded):
        page.new_message()
    if networks:
        with qtbot.waitSignal(composer.contextLoaded):
            composer.targets_model.set_checked(networks)
    return page, composer


def body(composer: Composer, language: str = "nl") -> QPlainTextEdit:
    return composer.tabs[language].ui.bodyEdit


def delete(editor: QPlainTextEdit, fragment: str) -> None:
    """Delete a fragment of the text as the officer would: select it, press Delete."""
    start = editor.toPlainText().index(fragment)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(fragment), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    cursor.removeSelectedText()


def type_character(qtbot: QtBot, widget: QWidget, char: str) -> None:
    """One keystroke; QTest types only Latin-1, so "’" comes as a key event with its text."""
    if ord(char) < 256:
        qtbot.keyClicks(widget, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def findings(composer: Composer) -> dict[str, ShownFinding]:
    return {shown.finding.code: shown for shown in composer.findings_model.findings()}


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[ApprovalSummary]:
    """The approval's confirmation answers "approve"; what it would have shown is kept."""
    shown: list[ApprovalSummary] = []

    def ask(_parent: object, summary: ApprovalSummary) -> ApprovalDecision:
        shown.append(summary)
        return ApprovalDecision("")

    monkeypatch.setattr(MessageConfirmDialog, "ask", staticmethod(ask))
    return shown


@pytest.fixture
def second_officer(zone: Zone, ctx: AppContext, qtbot: QtBot) -> Iterator[AppContext]:
    """Another officer working on the same data (their own worker, as on their own PC)."""
    operator = operators.create_operator(zone.data.db, zone.data.admin, "Piet Claes", "P1002",
                                         "mandated_officer")
    helper = ErrorHelper(zone.data.db.data_dir)
    tasks = DbTasks(helper)
    yield AppContext(zone.data.db, tasks, helper, DataEvents(), operator, ctx.zone)
    tasks.wait_idle(5_000)
    tasks.shutdown()


# -- the acceptance test -------------------------------------------------------------------------
def test_compose_highlight_fix_and_approve_by_a_second_operator(
        zone: Zone, ctx: AppContext, second_officer: AppContext, qtbot: QtBot, boxes: Boxes,
        confirmations: list[ApprovalSummary]) -> None:
    db = zone.data.db
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    qtbot.mouseClick(composer.ui.urgentRadio, Qt.MouseButton.LeftButton)
    assert composer.channels() == ("sms", "voice")
    qtbot.keyClicks(composer.ui.headlineEdit, "Inbraken Parklaan")
    editor = body(composer)
    with qtbot.waitSignal(composer.checked):  # the debounced check after the last keystroke
        qtbot.keyClicks(editor, PLATE_AND_EMAIL)

    found = findings(composer)
    plate, email = found["pii.plate"].finding, found["pii.email"].finding
    assert (plate.severity, email.severity) == ("block", "block")
    assert PLATE_AND_EMAIL[plate.start:plate.end] == "1-ABC-123"
    assert PLATE_AND_EMAIL[email.start:email.end] == "tips@example.com"
    marked = composer.tabs["nl"].highlighter.marked()
    assert (plate.start, plate.end, "block") in marked
    assert (email.start, email.end, "block") in marked
    assert composer.verdict() == "block"
    assert not composer.ui.saveButton.isEnabled()
    assert composer.ui.overrideButton.isVisible()
    assert "1-ABC-123 looks like a number plate" in composer.findings_model.data(
        composer.findings_model.index(
            composer.findings_model.findings().index(found["pii.plate"]), FindingsModel.MESSAGE))
    with qtbot.assertNotEmitted(composer.saved):
        composer.save()
        ctx.tasks.wait_idle()

    # clicking a finding selects its words
    row = composer.findings_model.findings().index(found["pii.plate"])
    view = composer.ui.findingsView
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(composer.findings_model.index(row, 1)).center())
    assert editor.textCursor().selectedText() == "1-ABC-123"

    with qtbot.waitSignal(composer.checked):
        delete(editor, " met nummerplaat 1-ABC-123")
        delete(editor, " Info: tips@example.com.")
    assert composer.verdict() in ("ok", "warn")
    assert not any(severity == "block" for *_span, severity
                   in composer.tabs["nl"].highlighter.marked())
    assert composer.ui.saveButton.isEnabled()
    counters = composer.ui.countersLabel.text()
    assert "GSM-7" in counters and "1 segment" in counters
    assert "SMS 3" in composer.ui.audienceLabel.text()

    with qtbot.waitSignal(composer.saved) as saved:
        qtbot.mouseClick(composer.ui.saveButton, Qt.MouseButton.LeftButton)
    message_id = str(saved.args[0])
    qtbot.waitUntil(lambda: composer.opened is not None and composer.opened.view.id == message_id)
    assert service.get_message(db, message_id).status == "draft"
    assert composer.ui.approveButton.isVisible() and body(composer).isReadOnly()
    assert "waiting for the approval of another operator" in composer.ui.statusLabel.text()

    # the author approves: core refuses, through the error helper
    qtbot.mouseClick(composer.ui.approveButton, Qt.MouseButton.LeftButton)
    assert ctx.tasks.wait_idle() and ctx.tasks.wait_idle()
    assert boxes.messages[-1] == (
        MessageKind.WARNING, "Four eyes: another operator must approve a message you wrote.")
    assert service.get_message(db, message_id).status == "draft"
    summary = confirmations[0]
    assert (summary.is_exercise, summary.networks, summary.audience.sms) == (
        False, ("BIN Zuidpark",), 3)

    # another officer opens it and approves it: ready to dispatch
    other = MessagesPage(second_officer)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.composer.loaded):
        other.open_message(message_id)
    assert other.composer.ui.approveButton.isEnabled()
    with qtbot.waitSignal(other.composer.approved):
        qtbot.mouseClick(other.composer.ui.approveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.composer.opened is not None
                    and other.composer.opened.view.status == "approved")
    assert service.get_message(db, message_id).status == "approved"
    assert "ready to dispatch" in other.composer.ui.statusLabel.text()
    assert not other.composer.ui.cancelMessageButton.isHidden()
    assert len(boxes.messages) == 1


# -- the findings panel --------------------------------------------------------------------------
def test_the_gsm_suggestion_replaces_only_the_character_it_is_about(
        zone: Zone, ctx: AppContext, qtbot: QtBot) -> None:
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    composer.ui.urgentRadio.setChecked(True)
    text = ("Sluit ramen en deuren, ook als u ’s avonds even weg bent. Ziet u iets verdachts? "
            "Bel 112. Het is ’s nachts rustiger.")
    body(composer).setPlainText(text)
    composer.run_checks()
    ucs2 = [s for s in composer.findings_model.findings() if s.finding.code == "sms.ucs2"]
    assert [text[s.finding.start:s.finding.end] for s in ucs2] == ["’", "’"]
    assert [s.replacement for s in ucs2] == ["'", "'"]
    assert "UCS-2" in composer.ui.countersLabel.text()
    assert composer.ui.applyAllButton.isVisible()

    composer.ui.findingsView.selectRow(composer.findings_model.findings().index(ucs2[0]))
    assert composer.ui.applyButton.isEnabled()
    assert text == body(composer).toPlainText()  # nothing is replaced before the click
    qtbot.mouseClick(composer.ui.applyButton, Qt.MouseButton.LeftButton)
    assert body(composer).toPlainText() == text.replace("’", "'", 1)
    left = [s for s in composer.findings_model.findings() if s.finding.code == "sms.ucs2"]
    assert len(left) == 1 and left[0].finding.start == ucs2[1].finding.start
    body(composer).undo()
    assert body(composer).toPlainText() == text
    composer.apply_all()
    assert body(composer).toPlainText() == text.replace("’", "'")
    assert "GSM-7" in composer.ui.countersLabel.text()


def test_a_stale_suggestion_is_not_applied(zone: Zone, ctx: AppContext, qtbot: QtBot) -> None:
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    composer.ui.urgentRadio.setChecked(True)
    body(composer).setPlainText("Bel 112 als u ’s nachts iets ziet.")
    composer.run_checks()
    (ucs2,) = [s for s in composer.findings_model.findings() if s.finding.code == "sms.ucs2"]
    body(composer).setPlainText("Bel meteen 112 als u ’s nachts iets ziet.")  # not checked yet
    assert not composer.apply(ucs2)
    assert body(composer).toPlainText() == "Bel meteen 112 als u ’s nachts iets ziet."


def test_the_explain_view_lists_every_rule_and_those_switched_off(
        zone: Zone, ctx: AppContext, qtbot: QtBot) -> None:
    update_zone(zone.data.db, zone.data.admin, disabled_rules=["content.night"])
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    body(composer).setPlainText(CLEAN_NL)
    composer.run_checks()
    qtbot.mouseClick(composer.ui.explainButton, Qt.MouseButton.LeftButton)
    assert composer.ui.findingsStack.currentWidget() is composer.ui.rulesView
    runs = composer.rules_model.rows()
    assert [r.rule for r in runs] == [rule.id for rule in engine.rules()]
    night = composer.rules_model.row_of("content.night")
    assert night is not None and runs[night].disabled
    assert composer.rules_model.cell_text(night, 1) == "off for the zone"
    audience = composer.rules_model.row_of("audience.unreachable")
    assert audience is not None and composer.rules_model.cell_text(audience, 1) == "1"


def test_categories_not_agreed_by_every_charter_are_marked(
        zone: Zone, ctx: AppContext, qtbot: QtBot) -> None:
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    combo = composer.ui.categoryCombo
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts["burglary"] == "Burglary" and "not agreed" in texts["drugs"]
    with qtbot.waitSignal(composer.contextLoaded):
        composer.targets_model.set_checked([zone.centrum])  # agreed to no category yet
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert "not agreed" in texts["burglary"]
    assert list(composer.tabs) == ["nl", "fr"]  # the Rode network speaks both
    body(composer).setPlainText(CLEAN_NL)
    composer.run_checks()
    codes = set(findings(composer))
    assert {"category.not_allowed", "language.missing"} <= codes


# -- targets ----------------------------------------------------------------------------------
def test_a_street_or_postcode_maps_to_the_networks_covering_it(
        zone: Zone, ctx: AppContext, qtbot: QtBot) -> None:
    _page, composer = new_message(ctx, qtbot)
    with qtbot.waitSignal(composer.streetMatched):
        qtbot.keyClicks(composer.ui.streetEdit, "parklaan")
    assert composer.ui.streetResultLabel.text() == "Covered by: BIN Zuidpark"
    with qtbot.waitSignal(composer.contextLoaded):
        qtbot.mouseClick(composer.ui.addStreetButton, Qt.MouseButton.LeftButton)
    assert composer.targets_model.checked_ids() == [zone.zuidpark]

    composer.ui.streetEdit.clear()
    with qtbot.waitSignal(composer.streetMatched):
        qtbot.keyClicks(composer.ui.streetEdit, "Kerkstraat")
    assert "BIN Kerkwijk covers it too but cannot receive messages now" in \
        composer.ui.streetResultLabel.text()
    assert not composer.ui.addStreetButton.isEnabled()

    composer.ui.streetEdit.clear()
    with qtbot.waitSignal(composer.contextLoaded):  # Enter adds as soon as the match is known
        qtbot.keyClicks(composer.ui.streetEdit, "1640")
        qtbot.keyClick(composer.ui.streetEdit, Qt.Key.Key_Return)
    assert composer.targets_model.checked_ids() == [zone.zuidpark, zone.centrum]

    composer.ui.targetSearchEdit.setText("genese")  # accents and case ignored
    assert composer.targets_filter.rowCount() == 0  # the municipality is Sint-Genesius-Rode
    composer.ui.targetSearchEdit.setText("rode")
    assert composer.targets_filter.rowCount() == 1


# -- exercises -----------------------------------------------------------------------------------
def test_an_exercise_is_marked_everywhere(zone: Zone, ctx: AppContext, qtbot: QtBot,
                                          confirmations: list[ApprovalSummary]) -> None:
    page, composer = new_message(ctx, qtbot, zone.zuidpark)
    assert composer.ui.exerciseBanner.isHidden()
    qtbot.mouseClick(composer.ui.exerciseCheck, Qt.MouseButton.LeftButton)
    assert composer.ui.exerciseBanner.isVisible()
    assert composer.ui.exerciseBanner.text().startswith("EXERCISE")
    assert composer.ui.titleLabel.text().startswith("EXERCISE")

    composer.ui.templateCombo.setCurrentIndex(
        [t.code for t in TEMPLATES].index("burglary_wave"))
    qtbot.mouseClick(composer.ui.templateButton, Qt.MouseButton.LeftButton)
    assert body(composer).toPlainText().startswith("Inbraakgolf in uw buurt.")
    assert composer.ui.headlineEdit.text() == "Inbraakgolf in de buurt"
    assert composer.verdict() == "ok"
    with qtbot.waitSignal(composer.saved) as saved:
        composer.save()
    message_id = str(saved.args[0])
    qtbot.waitUntil(lambda: composer.opened is not None)
    assert composer.ui.exerciseBanner.isVisible()  # in review too

    summary = composer.approval_summary()
    assert summary is not None and summary.is_exercise
    dialog = MessageConfirmDialog(composer, summary)
    assert dialog.kind_label.text() == "EXERCISE"
    assert "SMS: 3 member(s)" not in dialog.audience_label.text()  # by e-mail: normal urgency
    assert "E-mail: 1 member(s)" in dialog.audience_label.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    dialog.deleteLater()

    with qtbot.waitSignal(composer.approved):  # an exercise needs no second operator
        composer.approve()
    with qtbot.waitSignal(page.loaded):
        page.show_list()
    row = page.model.row_of(message_id)
    assert row is not None
    index = page.model.index(row, 1)
    assert index.data() == "EXERCISE · Approved, ready to dispatch"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == EXERCISE_BACKGROUND


# -- follow-ups ----------------------------------------------------------------------------------
def test_cancel_update_feedback_and_cap_export(
        zone: Zone, ctx: AppContext, qtbot: QtBot, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, data = zone.data.db, zone.data
    original = service.create_message(
        db, data.officer, [zone.zuidpark], "burglary", "urgent",
        [service.TextVersion("nl", CLEAN_NL, "Inbraakgolf Parklaan")])
    service.approve_message(db, data.korpschef, original)
    page = open_page(ctx, qtbot)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    page.select(original)
    assert page.cancel_button.isEnabled() and page.update_button.isEnabled()

    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    composer = page.composer
    qtbot.waitUntil(lambda: composer.opened is not None
                    and composer.opened.view.msg_type == "cancel")
    assert boxes.questions and "Inbraakgolf Parklaan" in boxes.questions[-1]
    assert composer.opened is not None
    cancel = composer.opened.view
    assert (cancel.references_id, cancel.network_ids, cancel.status) == (
        original, (zone.zuidpark,), "draft")
    assert cancel.texts[0].body.startswith('Ons bericht "Inbraakgolf Parklaan" is ingetrokken')
    assert "Cancellation of an earlier message" in composer.ui.statusLabel.text()

    with qtbot.waitSignal(page.loaded):
        page.show_list()
    page.select(original)
    with qtbot.waitSignal(composer.loaded):
        qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert body(composer).toPlainText().startswith("Update: Inbraakgolf in de Parklaan.")
    assert composer.targets_model.checked_ids() == [zone.zuidpark]
    assert not composer.ui.categoryCombo.isEnabled()  # an update keeps the original's
    qtbot.waitUntil(composer.ui.saveButton.isEnabled)
    with qtbot.waitSignal(composer.saved) as saved:
        composer.save()
    update = service.get_message(db, str(saved.args[0]))
    assert (update.msg_type, update.references_id) == ("update", original)
    qtbot.waitUntil(lambda: composer.opened is not None)

    target = tmp_path / "update.xml"
    monkeypatch.setattr(files, "choose_save_file", lambda *_args: target)
    with qtbot.waitSignal(page.loaded):
        page.show_list()
    page.select(update.id)
    qtbot.mouseClick(page.cap_button, Qt.MouseButton.LeftButton)
    assert ctx.tasks.wait_idle()
    assert b"<msgType>Update</msgType>" in target.read_bytes()

    with db.unit_of_work(data.officer) as uow:  # as the dispatch marks it (another issue)
        message = uow.session.get(Message, original)
        assert message is not None
        uow.update(message, status="sent", sent_at=dt.datetime.now(dt.UTC).replace(
            tzinfo=None) - dt.timedelta(days=10))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert [f.id for f in page.feedback_model.rows()] == [original]
    page.feedback_view.selectRow(0)
    with qtbot.waitSignal(composer.contextLoaded):
        qtbot.mouseClick(page.feedback_button, Qt.MouseButton.LeftButton)
    assert composer.category() == "feedback"
    assert '"Inbraakgolf Parklaan"' in body(composer).toPlainText()
    assert composer.verdict() in ("ok", "warn")
    with qtbot.waitSignal(composer.saved):
        composer.save()
    assert service.feedback_due(db) == []


# -- no visible lag ------------------------------------------------------------------------------
def test_typing_500_characters_checks_as_it_goes(zone: Zone, ctx: AppContext,
                                                 qtbot: QtBot) -> None:
    """500 keystrokes with pauses: the text arrives whole and the checks run in the pauses.
    How long each keystroke and check keeps the event loop busy is printed here and measured
    by tests/bench/bench_composer_gui.py (a timed assertion would fail on a loaded machine)."""
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    composer.ui.urgentRadio.setChecked(True)
    editor = body(composer)
    editor.setFocus()
    sample = ("Inbraak in de Parklaan: een wagen 1-ABC-123 reed ’s avonds weg. Mail naar "
              "tips@example.com of bel 112. Sluit ramen en deuren! ")
    text = (sample * 6)[:500]
    checks: list[int] = []
    composer.checked.connect(lambda: checks.append(1))
    timer = QElapsedTimer()
    keystrokes, pauses = [], []
    for position, char in enumerate(text):
        timer.start()
        type_character(qtbot, editor, char)
        QApplication.processEvents()
        keystrokes.append(timer.elapsed())
        if position % 25 == 24:  # a pause: the debounced check and the marks run here
            time.sleep((Composer.CHECK_DELAY_MS + 15) / 1000)
            timer.start()
            QApplication.processEvents()
            pauses.append(timer.elapsed())
    print(f"500 keystrokes: slowest {max(keystrokes)} ms; {len(pauses)} pauses with a check: "
          f"slowest {max(pauses)} ms")
    assert editor.toPlainText() == text
    assert len(checks) >= 20, "the checks ran while typing"
    assert any(s.finding.code == "pii.plate" for s in composer.findings_model.findings())


# -- models ------------------------------------------------------------------------------------
def test_every_model_passes_the_model_tester(zone: Zone, ctx: AppContext, qtbot: QtBot,
                                             qtmodeltester: ModelTester) -> None:
    _page, composer = new_message(ctx, qtbot, zone.zuidpark)
    body(composer).setPlainText(PLATE_AND_EMAIL)
    composer.run_checks()
    assert composer.findings_model.rowCount() >= 2
    qtmodeltester.check(composer.findings_model)
    qtmodeltester.check(composer.rules_model)
    qtmodeltester.check(composer.targets_model)
    qtmodeltester.check(composer.targets_filter)

    targets = TargetsModel()
    targets.set_rows(composer.targets_model.rows(), [zone.zuidpark])
    qtmodeltester.check(targets)
    search = TargetsFilter()
    search.setSourceModel(targets)
    search.set_search("zuid")
    qtmodeltester.check(search)
    assert search.rowCount() == 1
    runs = RuleRunsModel()
    runs.set_runs(composer.results()["nl"].rules)
    qtmodeltester.check(runs)
    rows = [MessageRow("m1", dt.datetime(2026, 11, 27, 9), None, "draft", "burglary", "urgent",
                       "Inbraken", True, ("BIN Zuidpark",)),
            MessageRow("m2", dt.datetime(2026, 11, 26, 9), dt.datetime(2026, 11, 26, 10),
                       "sent", "fraud", "normal", "Oplichters", False, ())]
    messages = MessageListModel()
    messages.set_rows(rows)
    qtmodeltester.check(messages)
    feedback = FeedbackDueModel()
    feedback.set_rows([FeedbackDue("m2", "Oplichters", 3)])
    qtmodeltester.check(feedback)
    empty = FindingsModel()
    qtmodeltester.check(empty)


def test_every_template_passes_the_checks_in_every_language() -> None:
    """The templates carry advice and 112, no personal data, GSM characters only, and are
    recognised as the language they are filed under."""
    for template in TEMPLATES:
        for language in ("nl", "fr", "de"):
            text = template.text(language)
            for urgency in ("urgent", "normal"):
                draft = Draft(text.body.format(headline="Inbraken Parklaan"), language,
                              template.category.value, urgency,
                              text.headline, text.subject.format(headline="Inbraken"))
                context = CheckContext(allowed_categories=frozenset({template.category.value}),
                                       network_languages=(language,),
                                       texts_by_language={language: draft.text})
                result = engine.check(draft, context)
                assert result.findings == (), (template.code, language, urgency)
                assert result.sms.encoding == "GSM-7"


# -- screenshots -------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_screenshot_of_the_composer_with_findings(
        zone: Zone, ctx: AppContext, qtbot: QtBot, qapp: QApplication, tmp_path: Path,
        language: str) -> None:
    translators = install_translators(qapp, language)
    out = Path(os.environ.get("BIN_DESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    try:
        window = MainWindow(ctx, remember=False)
        qtbot.addWidget(window)
        page = MessagesPage(ctx)  # in the place the lead wires it
        window.stack.addWidget(page)
        window.resize(1366, 768)
        window.show()
        window.stack.setCurrentWidget(page)
        window.nav_buttons["messages"].setChecked(True)
        assert ctx.tasks.wait_idle()
        composer = page.composer
        with qtbot.waitSignal(composer.loaded):
            page.new_message()
        with qtbot.waitSignal(composer.contextLoaded):
            composer.targets_model.set_checked([zone.zuidpark, zone.centrum])
        composer.ui.urgentRadio.setChecked(True)
        composer.ui.headlineEdit.setText("Inbraken Parklaan")
        body(composer, "nl").setPlainText(PLATE_AND_EMAIL.replace("bij iets", "als u ’s nachts"))
        body(composer, "fr").setPlainText(
            "Cambriolages rue du Parc. Une voiture 1-ABC-123 a été vue. Fermez portes et "
            "fenêtres et appelez le 112.")
        composer.ui.languageTabs.setCurrentIndex(0 if language == "nl" else 1)
        composer.run_checks()
        qapp.processEvents()
        tab = composer.tabs[language]
        spans = {(s.finding.start, s.finding.end, s.finding.severity)
                 for s in composer.findings_model.findings() if s.has_span}
        assert spans and set(tab.highlighter.marked()) == spans
        assert_fits(composer, f"composer ({language})")
        window.grab().save(str(out / f"composer_{language}.png"))
        composer.ui.explainButton.setChecked(True)
        qapp.processEvents()
        window.grab().save(str(out / f"composer_explain_{language}.png"))
        page.stack.setCurrentWidget(page.list_page)
        with qtbot.waitSignal(page.loaded):
            page.refresh()
        assert_fits(page, f"messages ({language})")
        window.grab().save(str(out / f"messages_{language}.png"))
    finally:
        remove_translators(qapp, translators)
