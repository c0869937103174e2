"""A long language (every text doubled) still fits the main pages at 1366×768.

German and French texts are often a third longer than the English source; a pseudo-language
that doubles every string finds the labels, buttons, boxes and tabs that would be cut off
before a translator does. Table headers are left out: they elide on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics, Qt, QTextDocument  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bin_desktop.core.store.database import open_database
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.setup_wizard import SetupWizard
from bin_desktop.gui.errors import ErrorHelper
from bin_desktop.gui.main_window import PAGE_NAMES, MainWindow
from bin_desktop.gui.tasks import DbTasks
from bin_desktop.gui.widgets import ElidedLabel
from tests.conftest import ZoneData

pytestmark = pytest.mark.gui

WIDTH, HEIGHT = 1366, 768


class DoublingTranslator(QTranslator):
    """A pseudo-language: every text is its English source said twice ("Text" → "Text Text")."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        del context, disambiguation, n
        return f"{source} {source}" if source else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def long_language(qapp: QApplication) -> Iterator[None]:
    translator = DoublingTranslator(qapp)
    qapp.installTranslator(translator)  # the last installed is asked first
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard Dashboard"
    yield
    qapp.removeTranslator(translator)


def _plain(text: str) -> str:
    """What is painted: mnemonic ampersands dropped, '&&' kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _is_doubled(text: str) -> bool:
    half = len(text) // 2
    return len(text) > 2 and len(text) % 2 == 1 and text[:half] == text[half + 1:]


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in _plain(text).splitlines()),
               default=0)


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or widget.accessibleName() or "?"
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        if parent.objectName():
            parents.append(parent.objectName())
        parent = parent.parentWidget()
    where = "/".join(reversed(parents))
    return f"{type(widget).__name__} {name!r} in {where or '?'}: {text[:70]!r}"


def _label_offence(label: QLabel) -> str | None:
    text = label.text()
    if not text or isinstance(label, ElidedLabel):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if label.height() < needed_height:
            return f"{label.height()}px high, needs {needed_height}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        needed = int(document.idealWidth() - 2 * document.documentMargin())
    else:
        needed = _text_width(label.fontMetrics(), text)
    return f"{label.width()}px wide, needs {needed}" if room < needed else None


def _button_offence(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    style = button.style()
    needed = _text_width(button.fontMetrics(), text)
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = (QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox)
                     else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        needed += style.pixelMetric(indicator, None, button) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QPushButton):
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    return f"{button.width()}px wide, needs {needed}" if button.width() < needed else None


def _group_offence(box: QGroupBox) -> str | None:
    title = box.title()
    if not title:
        return None
    needed = _text_width(box.fontMetrics(), title) + 8  # the title's margins
    return f"{box.width()}px wide, needs {needed}" if box.width() < needed else None


def _tab_offences(bar: QTabBar) -> list[tuple[str, str]]:
    offences = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = bar.tabText(index)
        needed = _text_width(metrics, text)
        rect = bar.tabRect(index)
        if rect.width() < needed:
            offences.append((text, f"tab {rect.width()}px wide, needs {needed}"))
        elif rect.right() > bar.width() or rect.left() < 0:
            offences.append((text, "tab outside the bar (scrolled out of sight)"))
    return offences


def clipped_texts(root: QWidget, checked: list[str] | None = None) -> list[str]:
    """Every visible text under `root` that has less room than it needs, described.

    Labels (a word-wrapped one by its height), push buttons, check boxes, radio buttons,
    group box titles and tab texts; elided labels and table headers shorten on purpose.
    The texts looked at are appended to `checked` when given.
    """
    offenders: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        problem: str | None = None
        text = ""
        if isinstance(widget, QLabel):
            text, problem = widget.text(), _label_offence(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            text, problem = widget.text(), _button_offence(widget)
        elif isinstance(widget, QGroupBox):
            text, problem = widget.title(), _group_offence(widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if checked is not None:
                    checked.append(widget.tabText(index))
            for tab_text, tab_problem in _tab_offences(widget):
                offenders.append(f"{_describe(widget, tab_text)} — {tab_problem}")
        if text and checked is not None:
            checked.append(text)
        if problem:
            offenders.append(f"{_describe(widget, text)} — {problem}")
    return offenders


def _settle(ctx: AppContext, qapp: QApplication) -> None:
    assert ctx.tasks.wait_idle(10_000)
    qapp.processEvents()


def test_the_helper_finds_a_clipped_label(qtbot: QtBot) -> None:
    """The check can fail: a label squeezed below its text is reported with its name."""
    label = QLabel("A rather long text that cannot fit")
    label.setObjectName("squeezed")
    label.setFixedWidth(40)
    holder = QWidget()
    label.setParent(holder)
    qtbot.addWidget(holder)
    holder.show()
    offenders = clipped_texts(holder)
    assert len(offenders) == 1 and "'squeezed'" in offenders[0]
    label.setFixedWidth(label.sizeHint().width())
    assert clipped_texts(holder) == []


def test_the_main_pages_fit_a_doubled_language_at_1366x768(
        long_language: None, ctx: AppContext, zone_data: ZoneData, qtbot: QtBot,
        qapp: QApplication) -> None:
    window = MainWindow(ctx, "en", remember=False)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    _settle(ctx, qapp)
    assert window.nav_buttons["dashboard"].text() == "Dashboard Dashboard"

    report: dict[str, list[str]] = {}

    def check(where: str) -> None:
        _settle(ctx, qapp)
        checked: list[str] = []
        offenders = clipped_texts(window.stack.currentWidget(), checked)
        offenders += clipped_texts(window.statusBar()) + clipped_texts(
            window.centralWidget().layout().itemAt(0).widget())  # the navigation
        doubled = [text for text in checked if _is_doubled(_plain(text))]
        assert len(doubled) >= 3, f"{where}: only {doubled} in the long language"
        if (window.width(), window.height()) != (WIDTH, HEIGHT):
            page = window.stack.currentWidget()
            offenders.insert(0, f"the window grew to {window.width()}×{window.height()}: "
                                f"{type(page).__name__} needs {page.minimumSizeHint().width()}"
                                f"×{page.minimumSizeHint().height()}")
            window.resize(WIDTH, HEIGHT)
        if offenders:
            report[where] = offenders

    for name in PAGE_NAMES:
        window.show_page(name)
        check(name)

    window.show_page("messages")
    window.messages.new_message()
    check("composer")
    window.messages.show_list()

    window.open_network(zone_data.networks["BIN Kerkwijk"], "networks")
    _settle(ctx, qapp)
    tabs = window.network_page.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(f"network tab {index}")

    window.open_charter(zone_data.networks["BIN Kerkwijk"], "charters")
    check("charter")

    assert not report, "clipped at 1366×768 in a doubled language:\n" + "\n".join(
        f"[{where}] {line}" for where, lines in report.items() for line in lines)


def test_the_setup_wizard_fits_a_doubled_language(long_language: None, tmp_path: Path,
                                                  qtbot: QtBot, qapp: QApplication) -> None:
    db = open_database(tmp_path / "fresh")
    tasks = DbTasks(ErrorHelper(tmp_path))
    try:
        wizard = SetupWizard(None, db, tasks)
        qtbot.addWidget(wizard)
        wizard.show()
        report: list[str] = []
        for page_id in wizard.pageIds():
            while wizard.currentId() != page_id:
                wizard.next()  # nothing is checked until a page's own Next: see validatePage
            page = wizard.currentPage()
            if hasattr(page, "enable_check"):
                page.enable_check.setChecked(True)
            qapp.processEvents()
            report += [f"[{page.title()}] {line}" for line in clipped_texts(wizard)]
            assert wizard.width() <= WIDTH and wizard.height() <= HEIGHT, wizard.size()
            if page_id != wizard.pageIds()[-1]:
                _fill_page(wizard)
        assert not report, "clipped in the set-up wizard:\n" + "\n".join(report)
    finally:
        tasks.shutdown()
        db.close()


def _fill_page(wizard: SetupWizard) -> None:
    """Valid values, so that Next goes on."""
    if wizard.currentPage() is wizard.zone_page:
        wizard.zone_page.name_edit.setText("PZ Zennevallei")
        wizard.zone_page.number_edit.setText("5415")
    elif wizard.currentPage() is wizard.municipalities_page:
        page = wizard.municipalities_page
        page.nis_edit.setText("23027")
        page.name_edits["nl"].setText("Halle")
        page.postcodes_edit.setText("1500")
    elif wizard.currentPage() is wizard.operator_page:
        wizard.operator_page.name_edit.setText("Ann Admin")
        wizard.operator_page.number_edit.setText("A001")
    elif wizard.currentPage() is wizard.hub_page:
        wizard.hub_page.url_edit.setText("postgresql://bindesk@hub.zone.local/bindesk")
