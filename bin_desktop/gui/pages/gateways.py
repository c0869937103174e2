"""Settings → Gateways: the providers that send the zone's messages, managed by an administrator.

A list of the zone's gateways (never a secret, only whether one is set in this computer's
keyring), Add / Change / Remove through core's `gateway_config` (which checks the permission and
validates like the CLI), and "Send test" to the operator's own number or address, run in the
background with its outcome shown. Without a usable keyring the page says what to install
(core's message) instead of storing the secret anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import gateway_config, secrets
from bin_desktop.core.errors import BinDeskError
from bin_desktop.core.gateways.base import Submitted
from bin_desktop.core.operators import Permission, has_permission
from bin_desktop.core.store.database import Database
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.gateway import GatewayAnswer, GatewayDialog, GatewayForm, type_label
from bin_desktop.gui.labels import channel_label, error_message
from bin_desktop.gui.table_model import SIZE_HINT_ROWS, Column, RowsModel
from bin_desktop.gui.widgets import setup_list_view

_WARNING_STYLE = "color: #b71c1c; font-weight: bold;"


@dataclass(frozen=True)
class GatewayRow:
    name: str
    type: str
    url: str
    security: str
    sender: str
    channels: tuple[str, ...]
    batch_size: int
    rate_per_second: float | None
    test_mode: bool
    needs_secret: bool
    has_secret: bool

    @property
    def id(self) -> str:
        return self.name

    def form(self) -> GatewayForm:
        return GatewayForm(self.name, self.type, self.url, self.security, self.sender,
                           self.channels, self.batch_size, self.rate_per_second, self.test_mode)


@dataclass(frozen=True)
class GatewaysData:
    rows: list[GatewayRow]
    keyring_problem: BinDeskError | None  # no usable keyring on this computer


def load_gateways(db: Database) -> GatewaysData:
    """Runs in the database worker (the keyring is asked there too: it may be slow)."""
    problem: BinDeskError | None = None
    try:
        secrets.has_secret("keyring-check")
    except secrets.SecretStoreUnavailable as exc:
        problem = exc
    rows = [GatewayRow(c.name, c.type, c.url, c.security or "", c.sender, tuple(c.channels),
                       c.batch_size, c.rate_per_second, c.test_mode,
                       gateway_config.needs_secret(c),
                       problem is None and gateway_config.has_secret(c))
            for c in gateway_config.list_gateways(db)]
    return GatewaysData(rows, problem)


def save_gateway(db: Database, actor_id: str, answer: GatewayAnswer, editing: bool) -> None:
    """Adds or changes the gateway, then hands the secret (if one was typed) to the keyring."""
    form = answer.form
    values = {"type": form.type, "url": form.url, "security": form.security or None,
              "sender": form.sender, "channels": list(form.channels),
              "batch_size": form.batch_size, "rate_per_second": form.rate_per_second,
              "test_mode": form.test_mode}
    if editing:
        gateway_config.update_gateway(db, actor_id, form.name, **values)
    else:
        gateway_config.add_gateway(db, actor_id, form.name, **values)  # type: ignore[arg-type]
    if answer.secret:
        gateway_config.store_secret(db, actor_id, form.name, answer.secret)


class GatewaysModel(RowsModel):
    def columns(self) -> list[Column]:
        yes, no = self.tr("yes"), self.tr("no")
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Type"), lambda r: type_label(r.type)),
            Column(self.tr("Address or folder"), lambda r: r.url, tooltip=lambda r: r.url),
            Column(self.tr("Sender"), lambda r: r.sender),
            Column(self.tr("Channels"),
                   lambda r: ", ".join(channel_label(c) for c in r.channels)),
            Column(self.tr("Batch"), lambda r: str(r.batch_size), sort=lambda r: r.batch_size,
                   numeric=True),
            Column(self.tr("Rate/s"),
                   lambda r: f"{r.rate_per_second:g}" if r.rate_per_second else "—",
                   sort=lambda r: r.rate_per_second or 0.0, numeric=True),
            Column(self.tr("Test mode"), lambda r: yes if r.test_mode else no),
            Column(self.tr("Secret"), self._secret_text),
        ]

    def _secret_text(self, row: GatewayRow) -> str:
        if row.has_secret:
            return self.tr("set")
        return self.tr("NOT SET") if row.needs_secret else self.tr("not needed")


class GatewaysPage(QWidget):
    """The gateway list with its actions; shown inside the Settings page."""

    loaded = Signal()
    # A test message went out (or failed): the text shown is in `test_result`.
    testFinished = Signal()  # noqa: N815 - Qt naming
    # A gateway was added, changed or removed.
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = GatewaysData([], None)
        self.setAccessibleName(self.tr("Gateways"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "The providers that send messages: one gateway per channel (the first by name "
            "that offers it). Tokens and passwords stay in this computer's keyring."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet(_WARNING_STYLE)
        self.keyring_label.setAccessibleName(self.tr("Keyring problem"))
        self.keyring_label.hide()
        layout.addWidget(self.keyring_label)

        self.model = GatewaysModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Gateways"))
        setup_list_view(self.view)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 5)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add gateway…"), self.tr(
            "Add a provider that sends messages (administrator)"), self.add_gateway)
        self.edit_button = self._button(self.tr("Change…"), self.tr(
            "Change the selected gateway or set its token or password"), self.edit_selected)
        self.remove_button = self._button(self.tr("Remove…"), self.tr(
            "Remove the selected gateway and forget its secret"), self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        test_row = QHBoxLayout()
        test_label = QLabel(self.tr("Send a &test to:"))
        self.test_edit = QLineEdit()
        self.test_edit.setAccessibleName(self.tr("Test address"))
        self.test_edit.setPlaceholderText(self.tr("your own number (+32…) or e-mail address"))
        test_label.setBuddy(self.test_edit)
        self.test_button = self._button(self.tr("Send test"), self.tr(
            "Send one test message through the selected gateway to your own number or "
            "address"), self.send_test)
        self.test_edit.returnPressed.connect(self.send_test)
        self.test_edit.textChanged.connect(self._update_buttons)
        test_row.addWidget(test_label)
        test_row.addWidget(self.test_edit, 1)
        test_row.addWidget(self.test_button)
        layout.addLayout(test_row)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Test result"))
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.test_result)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Gateway notice"))
        layout.addWidget(self.notice)

        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._testing = False
        self._prefill_test_address()
        ctx.events.operatorChanged.connect(self._operator_changed)
        self._update_buttons()

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- loading -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.run(lambda: load_gateways(db), self._show, owner=self, parent=self)

    def _show(self, data: GatewaysData) -> None:
        selected = self.selected_row()
        self.data = data
        self.model.set_rows(data.rows)
        if data.keyring_problem is not None:
            self.keyring_label.setText(error_message(data.keyring_problem))
        self.keyring_label.setVisible(data.keyring_problem is not None)
        if selected is not None:
            self.select(selected.name)
        elif data.rows:
            self.view.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row is not None:
            self.view.selectRow(row)

    def selected_row(self) -> GatewayRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def is_admin(self) -> bool:
        role = self.ctx.operator.role if self.ctx.operator else ""
        return has_permission(role, Permission.ZONE_SETTINGS)

    @Slot()
    def _operator_changed(self) -> None:
        self._prefill_test_address()
        self._update_buttons()

    def _prefill_test_address(self) -> None:
        operator = self.ctx.operator
        if operator is not None and operator.email and not self.test_edit.text():
            self.test_edit.setText(operator.email)

    @Slot()
    def _update_buttons(self) -> None:
        admin = self.is_admin()
        chosen = self.selected_row() is not None
        self.add_button.setEnabled(admin)
        self.edit_button.setEnabled(admin and chosen)
        self.remove_button.setEnabled(admin and chosen)
        self.test_button.setEnabled(admin and chosen and not self._testing
                                    and bool(self.test_edit.text().strip()))
        only_admin = self.tr("Only an administrator changes or tests the gateways.")
        if not admin:
            self.notice.setText(only_admin)
        elif self.notice.text() == only_admin:
            self.notice.clear()

    # -- add, change, remove -----------------------------------------------------------------
    @Slot()
    def add_gateway(self) -> None:
        self._edit(None, editing=False)

    @Slot()
    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._edit(row.form(), editing=True, secret_set=row.has_secret)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and self.is_admin():
            self.edit_selected()

    def _edit(self, form: GatewayForm | None, *, editing: bool, secret_set: bool = False) -> None:
        if not self.is_admin():
            return
        answer = GatewayDialog.ask(self, form, secret_set=secret_set, editing=editing)
        if answer is None:
            return
        db, actor = self.ctx.db, self.ctx.actor_id
        name = answer.form.name
        had_secret = bool(answer.secret)

        def saved(_none: None) -> None:
            self.notice.setText(
                self.tr("Gateway {name} saved; its secret is in the keyring.").format(name=name)
                if had_secret else self.tr("Gateway {name} saved.").format(name=name))
            self.changed.emit()
            self.refresh()
            self._select_after_load(name)

        def refused(exc: BaseException) -> None:
            self.ctx.errors.report(exc, self)
            if isinstance(exc, secrets.SecretStoreUnavailable | secrets.SecretMissing):
                self.refresh()  # the settings were saved, the secret could not be
                return
            if isinstance(exc, BinDeskError):
                self._edit(answer.form, editing=editing, secret_set=secret_set)

        self.ctx.tasks.run(lambda: save_gateway(db, actor, answer, editing), saved, refused,
                           owner=self, parent=self)

    def _select_after_load(self, name: str) -> None:
        def chosen() -> None:
            self.loaded.disconnect(chosen)
            self.select(name)

        self.loaded.connect(chosen)

    @Slot()
    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.is_admin():
            return
        if not gui_errors.ask_yes_no(self, self.tr("Remove gateway"), self.tr(
                "Remove gateway {name}? Messages are no longer sent through it and its secret "
                "is forgotten on this computer.").format(name=row.name)):
            return
        db, actor, name = self.ctx.db, self.ctx.actor_id, row.name

        def removed(_none: None) -> None:
            self.notice.setText(self.tr("Gateway {name} removed.").format(name=name))
            self.changed.emit()
            self.refresh()

        self.ctx.tasks.run(lambda: gateway_config.remove_gateway(db, actor, name), removed,
                           owner=self, parent=self)

    # -- test --------------------------------------------------------------------------------
    @Slot()
    def send_test(self) -> None:
        row = self.selected_row()
        to = self.test_edit.text().strip()
        if row is None or not to or self._testing or not self.is_admin():
            return
        db, actor, name = self.ctx.db, self.ctx.actor_id, row.name
        self._testing = True
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Sending a test through {name}…").format(name=name))
        self._update_buttons()
        self.ctx.tasks.run(lambda: gateway_config.send_test(db, actor, name, to),
                           lambda result: self._tested(name, result),
                           self._test_failed, owner=self, parent=self)

    def _tested(self, name: str, result: Submitted) -> None:
        self._testing = False
        texts = {
            "accepted": self.tr("Test accepted by {name} (provider reference {id}). Check "
                                "that it arrived."),
            "rejected": self.tr("The provider of {name} refused the test: {error}"),
            "retry": self.tr("{name} could not take the test now, try again later: {error}"),
            "unknown": self.tr("It is not known whether {name} took the test: {error}"),
        }
        text = texts.get(result.outcome, texts["unknown"]).format(
            name=name, id=result.provider_id or "—", error=result.error or "—")
        self.test_result.setStyleSheet("" if result.outcome == "accepted" else _WARNING_STYLE)
        self.test_result.setText(text)
        self._update_buttons()
        self.testFinished.emit()

    def _test_failed(self, exc: BaseException) -> None:
        self._testing = False
        if isinstance(exc, BinDeskError):
            self.test_result.setStyleSheet(_WARNING_STYLE)
            self.test_result.setText(error_message(exc))
        else:
            self.ctx.errors.report(exc, self)
        self._update_buttons()
        self.testFinished.emit()
