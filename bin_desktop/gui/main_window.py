"""The main window: a navigation side bar, the stack of pages and a status bar.

Pages load their data through the database worker when they are shown and the data changed
since (a save anywhere marks every list stale), so switching pages stays instant.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import operators
from bin_desktop.core.store.models import Operator
from bin_desktop.gui import preferences
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.operator import OperatorDialog
from bin_desktop.gui.labels import role_label
from bin_desktop.gui.pages.charter import CharterPage
from bin_desktop.gui.pages.conflicts import ConflictsPage
from bin_desktop.gui.pages.dashboard import DashboardPage
from bin_desktop.gui.pages.members import MembersPage
from bin_desktop.gui.pages.messages import MessagesPage
from bin_desktop.gui.pages.network import NetworkPage
from bin_desktop.gui.pages.overviews import (
    OverviewPage,
    charters_page,
    networks_page,
)
from bin_desktop.gui.pages.settings import SettingsPage
from bin_desktop.gui.sync import SyncController, SyncIndicators
from bin_desktop.gui.widgets import ElidedLabel

PAGE_NAMES = ("dashboard", "networks", "members", "messages", "charters", "conflicts",
              "settings")
NETWORK_PAGE = "network"
CHARTER_PAGE = "charter"

_STYLE = """
#sidebar { background: palette(window); border-right: 1px solid palette(mid); }
#sidebar QToolButton { text-align: left; padding: 7px 12px; border: none; border-radius: 4px; }
#sidebar QToolButton:hover { background: palette(midlight); }
#sidebar QToolButton:checked { background: palette(highlight);
                               color: palette(highlighted-text); font-weight: bold; }
#appTitle { font-weight: bold; padding: 4px 12px 10px 12px; }
QToolButton[chip="true"] { padding: 4px 8px; border: 1px solid palette(mid);
                           border-radius: 10px; background: palette(base); }
QToolButton[chip="true"][empty="true"] { color: palette(mid); }
QStatusBar QLabel { padding: 0 10px 0 4px; border-right: 1px solid palette(mid); }
QToolButton[chip="true"]:checked { background: palette(highlight);
                                   color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, language: str = preferences.DEFAULT_LANGUAGE,
                 remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.remember = remember  # False: a smoke test leaves the user's settings alone
        self.language = language
        self._stale: set[str] = set(PAGE_NAMES)
        self._origin = "dashboard"  # the list the network page was opened from
        self._charter_origin = "charters"  # the list, or the network page
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.setAccessibleName(self.tr("BIN Desk main window"))
        self.setStyleSheet(_STYLE)
        ctx.errors.window = self

        self.dashboard = DashboardPage(ctx)
        self.networks = networks_page(ctx)
        self.members = MembersPage(ctx)
        self.messages = MessagesPage(ctx)
        self.charters = charters_page(ctx)
        self.conflicts = ConflictsPage(ctx)
        self.settings = SettingsPage(ctx, language)
        self.network_page = NetworkPage(ctx)
        self.charter_page = CharterPage(ctx)
        self.pages: dict[str, QWidget] = {
            "dashboard": self.dashboard, "networks": self.networks, "members": self.members,
            "messages": self.messages, "charters": self.charters, "conflicts": self.conflicts,
            "settings": self.settings,
            NETWORK_PAGE: self.network_page, CHARTER_PAGE: self.charter_page,
        }
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Pages"))
        for page in self.pages.values():
            self.stack.addWidget(page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_sidebar())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sync = SyncController(ctx, parent=self)
        self._build_status_bar()
        self._build_shortcuts()

        self.dashboard.openNetwork.connect(lambda nid: self.open_network(nid, "dashboard"))
        self.networks.openNetwork.connect(lambda nid: self.open_network(nid, "networks"))
        self.charters.openNetwork.connect(lambda nid: self.open_charter(nid, "charters"))
        self.dashboard.summaryLoaded.connect(self._show_network_count)
        self.network_page.saved.connect(self._data_changed)
        self.network_page.back.connect(self.go_back)
        self.network_page.openCharter.connect(lambda nid: self.open_charter(nid, NETWORK_PAGE))
        self.network_page.openMembers.connect(self.open_members)
        self.charter_page.back.connect(self.charter_back)
        ctx.events.networksChanged.connect(self._data_changed)
        self.messages.messagesChanged.connect(self._data_changed)
        self.messages.openMember.connect(self.open_member)
        self.settings.switchOperator.connect(self.switch_operator)
        self.settings.openSynchronisation.connect(self.open_sync_settings)
        self.sync.dataPulled.connect(self._data_changed)
        ctx.tasks.busyChanged.connect(self._busy)

        geometry = preferences.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        state = preferences.window_state()
        if state is not None:
            self.restoreState(state)
        last = preferences.last_page()
        self.show_page(last if last in PAGE_NAMES else "dashboard")
        self.sync.start()

    def _title(self) -> str:
        zone = self.ctx.zone
        return f"BIN Desk — {zone.name}" if zone else "BIN Desk"

    # -- building ----------------------------------------------------------------------------
    def _build_sidebar(self) -> QWidget:
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setAccessibleName(self.tr("Navigation"))
        sidebar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(2)
        title = QLabel("BIN Desk")
        title.setObjectName("appTitle")
        layout.addWidget(title)
        labels = {
            "dashboard": self.tr("Dashboard"), "networks": self.tr("Networks"),
            "members": self.tr("Members"), "messages": self.tr("Messages"),
            "charters": self.tr("Charters"), "conflicts": self.tr("Conflicts"),
            "settings": self.tr("Settings"),
        }
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        width = 0
        for position, name in enumerate(PAGE_NAMES):
            button = QToolButton()
            button.setText(labels[name])
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(labels[name])
            button.setToolTip(f"{labels[name]} (Ctrl+{position + 1})")
            self.nav_group.addButton(button, position)
            self.nav_buttons[name] = button
            layout.addWidget(button)
            button.setStyleSheet(_STYLE)  # measured with the padding it is painted with
            width = max(width, button.sizeHint().width())
            button.setStyleSheet("")
        self.nav_group.idClicked.connect(lambda index: self.show_page(PAGE_NAMES[index]))
        layout.addStretch(1)
        sidebar.setFixedWidth(max(140, width + 32))
        return sidebar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.operator_status = QLabel()
        self.operator_status.setAccessibleName(self.tr("Operator"))
        self.zone_status = QLabel()
        self.zone_status.setAccessibleName(self.tr("Police zone"))
        self.count_status = QLabel()
        self.count_status.setAccessibleName(self.tr("Number of networks"))
        self.busy_status = QLabel()
        self.folder_status = ElidedLabel(str(self.ctx.db.data_dir))
        self.folder_status.setToolTip(str(self.ctx.db.data_dir))
        self.folder_status.setAccessibleName(self.tr("Data folder"))
        bar.addWidget(self.operator_status)
        bar.addWidget(self.zone_status)
        bar.addWidget(self.count_status)
        bar.addWidget(self.busy_status)
        bar.addPermanentWidget(self.folder_status, 1)
        self.sync_status = SyncIndicators(bar, self.sync)
        self.sync_status.conflictsClicked.connect(lambda: self.show_page("conflicts"))
        self._show_operator()
        zone = self.ctx.zone
        self.zone_status.setText(self.tr("Zone: {zone}").format(zone=zone.name) if zone
                                 else self.tr("No zone set up"))

    def _build_shortcuts(self) -> None:
        for position, name in enumerate(PAGE_NAMES):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position + 1}"), self)
            shortcut.activated.connect(lambda page=name: self.show_page(page))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    # -- navigation --------------------------------------------------------------------------
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def _may_leave(self) -> bool:
        if self.stack.currentWidget() is self.network_page:
            return self.network_page.confirm_leave()
        if self.stack.currentWidget() is self.charter_page:
            return self.charter_page.confirm_leave()
        if self.stack.currentWidget() is self.messages:
            return self.messages.confirm_leave()
        return True

    @Slot(str)
    def show_page(self, name: str) -> None:
        if name != self.current_page() and not self._may_leave():
            self.nav_buttons[self._origin].setChecked(True)
            return
        self.stack.setCurrentWidget(self.pages[name])
        if name in self.nav_buttons:
            self.nav_buttons[name].setChecked(True)
            if self.remember:
                preferences.save_last_page(name)
        if name in self._stale:
            self._stale.discard(name)
            self.load_page(name)

    def load_page(self, name: str) -> None:
        page = self.pages[name]
        if isinstance(page, DashboardPage | OverviewPage | MembersPage | MessagesPage
                      | ConflictsPage):
            page.refresh()

    def open_network(self, network_id: str, origin: str = "dashboard") -> None:
        if self.stack.currentWidget() is self.network_page and not self._may_leave():
            return
        self._origin = origin
        self.nav_buttons[origin].setChecked(True)
        self.stack.setCurrentWidget(self.network_page)
        self.network_page.open_network(network_id)

    @Slot()
    def go_back(self) -> None:
        self.show_page(self._origin)

    def open_charter(self, network_id: str, origin: str = "charters") -> None:
        """The charter page, from the Charters list or from a network's page."""
        if not self._may_leave():
            return
        self._charter_origin = origin
        if origin != NETWORK_PAGE:
            self._origin = origin
        self.nav_buttons[self._origin].setChecked(True)
        self.stack.setCurrentWidget(self.charter_page)
        self.charter_page.open_network(network_id)

    @Slot(str)
    def open_members(self, network_id: str) -> None:
        """The member list of one network, from its page ("Members…")."""
        if not self._may_leave():
            return
        self._stale.discard("members")  # open_network loads what it shows
        self.show_page("members")
        self.members.open_network(network_id)

    @Slot(str, str)
    def open_member(self, network_id: str, name: str) -> None:
        """A member a message did not reach, from the delivery view ("Review member…")."""
        self.open_members(network_id)
        if self.current_page() == "members":
            self.members.ui.searchEdit.setText(name)
            self.members.apply_filter()

    @Slot()
    def charter_back(self) -> None:
        if self._charter_origin != NETWORK_PAGE:
            self.show_page(self._charter_origin)
        elif self._may_leave():
            self.stack.setCurrentWidget(self.network_page)
            self.network_page.refresh()

    @Slot()
    def focus_search(self) -> None:
        self.show_page("dashboard")
        if self.current_page() == "dashboard":
            self.dashboard.focus_search()

    @Slot()
    def refresh(self) -> None:
        """F5: everything is reloaded, the current page at once, the others when shown."""
        current = self.current_page()
        self._stale = set(PAGE_NAMES) - {current}
        if current == NETWORK_PAGE:
            self.network_page.refresh()
        elif current == CHARTER_PAGE:
            self.charter_page.refresh()
        else:
            self.load_page(current)

    @Slot()
    def _data_changed(self) -> None:
        self._stale = set(PAGE_NAMES)
        current = self.current_page()
        if current in self._stale:
            self._stale.discard(current)
            self.load_page(current)

    # -- status bar --------------------------------------------------------------------------
    def _show_operator(self) -> None:
        operator = self.ctx.operator
        self.operator_status.setText(
            self.tr("{name}, {role}").format(name=operator.name, role=role_label(operator.role))
            if operator else self.tr("No operator"))

    @Slot(int)
    def _show_network_count(self, count: int) -> None:
        self.count_status.setText(self.tr("%n network(s)", "", count))

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.busy_status.setText(self.tr("Loading…") if busy else "")

    @Slot()
    def open_sync_settings(self) -> None:
        from bin_desktop.gui.dialogs.sync_settings import SyncSettingsDialog  # noqa: PLC0415

        dialog = SyncSettingsDialog(self, self.ctx, self.sync)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- operator ----------------------------------------------------------------------------
    @Slot()
    def switch_operator(self) -> None:
        self.ctx.tasks.run(lambda: operators.list_operators(self.ctx.db), self._ask_operator,
                           owner=self, parent=self)

    def _ask_operator(self, existing: list[Operator]) -> None:
        chosen = OperatorDialog.ask(self, self.ctx.db, self.ctx.tasks, existing,
                                    self.ctx.actor_id or None)
        if chosen is not None:
            self.ctx.operator = chosen
            self._show_operator()
            self.settings.show_operator()
            self.ctx.events.operatorChanged.emit()

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave():
            event.ignore()
            return
        if self.remember:
            preferences.save_window(self.saveGeometry(), self.saveState())
        self.sync.shutdown()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)
