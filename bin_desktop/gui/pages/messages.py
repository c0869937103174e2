"""The Messages page: every police message of the zone, the feedback that is late, the composer.

The list shows drafts (waiting for a second operator's approval), approved messages (ready to
dispatch), sent and cancelled ones, newest first; an exercise is orange and says so. From it the
officer writes a new message, opens one (to approve it), writes its update, cancels it in one
click, or exports it as CAP 1.2 XML. Below, the sent messages whose feedback to the members is
overdue ("what happened next" is the members' first wish), each a click away from its feedback
message. The composer takes the page's place while a message is written or reviewed.

An approved message is sent from here (after the confirmation of real vs exercise, audience and
cost): core queues its deliveries and the page's delivery view dispatches them in the background
with a progress bar and Cancel, and shows the live statistics of the selected sent message.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import overview
from bin_desktop.core.alerts.service import cap_xml, feedback_due
from bin_desktop.core.dispatch import send_message
from bin_desktop.core.domain import MessageStatus, Urgency
from bin_desktop.core.operators import Permission, has_permission
from bin_desktop.core.overview import MessageRow
from bin_desktop.core.store.database import Database
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs import files
from bin_desktop.gui.dialogs.message_confirm import ApprovalSummary
from bin_desktop.gui.dialogs.message_send import SendConfirmDialog
from bin_desktop.gui.message_models import FeedbackDue, FeedbackDueModel, MessageListModel
from bin_desktop.gui.pages.composer import Composer, OpenedMessage, load_message
from bin_desktop.gui.pages.delivery import DeliveryView, utc_now
from bin_desktop.gui.table_model import ID_ROLE, SIZE_HINT_ROWS, sorting_proxy
from bin_desktop.gui.widgets import setup_list_view

_FOLLOWABLE = frozenset({MessageStatus.APPROVED.value, MessageStatus.SENT.value})
#: Messages that may have deliveries to show.
_DELIVERED = frozenset({MessageStatus.SENT.value, MessageStatus.CANCELLED.value})


@dataclass(frozen=True)
class MessagesData:
    messages: list[MessageRow]
    feedback: list[FeedbackDue]


def load_messages(db: Database) -> MessagesData:
    """Runs in the database worker."""
    with db.read() as session:
        messages = overview.list_messages(session)
    due = [FeedbackDue(message_id, headline, days) for message_id, headline, days
           in feedback_due(db)]
    return MessagesData(messages, due)


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    setup_list_view(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_HINT_ROWS)
    view.setSortingEnabled(True)
    return view


class MessagesPage(QWidget):
    """The list of messages and the composer, one at a time."""

    # The list and the feedback reminders are fresh.
    loaded = Signal()
    # A message was saved, approved, updated or cancelled (other pages may reload).
    messagesChanged = Signal()  # noqa: N815 - Qt naming
    # A member a message did not reach, to review in the member list: (network id, name).
    openMember = Signal(str, str)  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._select_after: str | None = None  # a message just saved: selected in the list
        self.setAccessibleName(self.tr("Messages"))
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page = self._build_list()
        self.composer = Composer(ctx)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.composer)
        self.composer.back.connect(self.show_list)
        self.composer.saved.connect(self._changed)
        self.composer.approved.connect(self._changed)
        ctx.events.operatorChanged.connect(self._update_buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_message)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    # -- building ----------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.tr("Messages"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "Police messages to the networks, newest first. A draft waits for the approval of a "
            "second operator; an approved message is ready to dispatch. Exercises are orange."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.new_button = self._button(self.tr("New message"), self.tr(
            "Write a new message to one or more networks (Ctrl+N)"), self.new_message)
        self.open_button = self._button(self.tr("Open"), self.tr(
            "Open the selected message: its texts, its checks, its approval"), self.open_selected)
        self.update_button = self._button(self.tr("Update…"), self.tr(
            "Write an update of the selected message to the same networks"),
            self.update_selected)
        self.cancel_button = self._button(self.tr("Cancel…"), self.tr(
            "Cancel the selected message in one click: a cancellation to the same networks"),
            self.cancel_selected)
        self.cap_button = self._button(self.tr("CAP export…"), self.tr(
            "Save the selected message as CAP 1.2 XML (Common Alerting Protocol)"),
            self.export_cap)
        self.send_button = self._button(self.tr("Send…"), self.tr(
            "Send the selected approved message to its networks' members through the gateways"),
            self.send_selected)
        for button in (self.new_button, self.open_button, self.send_button, self.update_button,
                       self.cancel_button, self.cap_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = MessageListModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.view = _table(self.tr("Messages"))
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        feedback = QWidget()
        feedback_layout = QVBoxLayout(feedback)
        feedback_layout.setContentsMargins(0, 6, 0, 0)
        title = QLabel(self.tr("Feedback due"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        feedback_layout.addWidget(title)
        self.feedback_intro = QLabel()
        self.feedback_intro.setWordWrap(True)
        feedback_layout.addWidget(self.feedback_intro)
        self.feedback_model = FeedbackDueModel(self)
        self.feedback_view = _table(self.tr("Messages waiting for their feedback"))
        self.feedback_view.setModel(sorting_proxy(self.feedback_model, self))
        self.feedback_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.feedback_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.feedback_view.activated.connect(self._feedback_activated)
        self.feedback_view.selectionModel().selectionChanged.connect(self._update_buttons)
        feedback_layout.addWidget(self.feedback_view, 1)
        row = QHBoxLayout()
        self.feedback_button = self._button(self.tr("Write feedback…"), self.tr(
            "Write the feedback message on the selected message, to the same networks"),
            self.write_feedback)
        row.addWidget(self.feedback_button)
        row.addStretch(1)
        feedback_layout.addLayout(row)

        self.delivery = DeliveryView(self.ctx)
        self.delivery.hide()
        self.delivery.openMember.connect(self.openMember)
        self.delivery.runner.phaseChanged.connect(self._update_buttons)
        self.delivery.runner.finished.connect(self.refresh)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.delivery)
        splitter.addWidget(feedback)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        return page

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- loading -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self.ctx.tasks.run(lambda: load_messages(self.ctx.db), self._show, owner=self,
                           parent=self)

    def _show(self, data: MessagesData) -> None:
        selected = self._select_after or self.selected_id()
        self._select_after = None
        self.model.set_rows(data.messages)
        self.feedback_model.set_rows(data.feedback)
        self.count_label.setText(self.tr("%n message(s)", "", len(data.messages)))
        self.feedback_intro.setText(
            self.tr("Members wait for what happened next. These sent messages are past the "
                    "zone's feedback time:") if data.feedback else
            self.tr("No sent message is waiting for its feedback."))
        if selected is not None:
            self.select(selected)
        self._update_buttons()
        self.loaded.emit()

    def select(self, message_id: str) -> None:
        row = self.model.row_of(message_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())

    def selected_row(self) -> MessageRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_of(str(rows[0].data(ID_ROLE)))
        return self.model.row_at(row) if row is not None else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        shown = row is not None and row.status in _DELIVERED
        self.delivery.show_message(row.id if row is not None and shown else None)
        self.delivery.setVisible(shown)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        role = self.ctx.operator.role if self.ctx.operator else ""
        compose = has_permission(role, Permission.MESSAGE_COMPOSE)
        row = self.selected_row()
        self.new_button.setEnabled(compose)
        self.open_button.setEnabled(row is not None)
        self.cap_button.setEnabled(row is not None)
        followable = row is not None and row.status in _FOLLOWABLE
        self.update_button.setEnabled(compose and followable)
        self.cancel_button.setEnabled(compose and followable)
        self.send_button.setEnabled(
            compose and row is not None and row.status == MessageStatus.APPROVED.value
            and not self.delivery.runner.is_running())
        self.feedback_button.setEnabled(
            compose and bool(self.feedback_view.selectionModel().selectedRows()))

    # -- the composer ------------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Whether the page may be left (a message being written asks first)."""
        return self.stack.currentWidget() is not self.composer or self.composer.confirm_leave()

    def _to_composer(self) -> bool:
        if self.stack.currentWidget() is self.composer and not self.composer.confirm_leave():
            return False
        self.stack.setCurrentWidget(self.composer)
        return True

    @Slot()
    def new_message(self) -> None:
        if self._to_composer():
            self.composer.start_new()

    def open_message(self, message_id: str) -> None:
        if self._to_composer():
            self.composer.open_message(message_id)

    @Slot()
    def open_selected(self) -> None:
        message_id = self.selected_id()
        if message_id is not None:
            self.open_message(message_id)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_message(str(index.data(ID_ROLE)))

    @Slot()
    def update_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.status in _FOLLOWABLE and self._to_composer():
            self.composer.start_update(row.id)

    @Slot()
    def cancel_selected(self) -> None:
        """One click: the cancellation is made (after one question) and opened for approval."""
        row = self.selected_row()
        if row is not None and row.status in _FOLLOWABLE and self._to_composer():
            self.composer.cancel(row.id)

    @Slot()
    def write_feedback(self) -> None:
        rows = self.feedback_view.selectionModel().selectedRows()
        if rows:
            self._start_feedback(str(rows[0].data(ID_ROLE)))

    @Slot(QModelIndex)
    def _feedback_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self._start_feedback(str(index.data(ID_ROLE)))

    def _start_feedback(self, message_id: str) -> None:
        if self._to_composer():
            self.composer.start_feedback(message_id)

    @Slot()
    def show_list(self) -> None:
        if self.composer.confirm_leave():
            self.stack.setCurrentWidget(self.list_page)
            self.refresh()

    @Slot(str)
    def _changed(self, message_id: str) -> None:
        self._select_after = message_id
        self.messagesChanged.emit()
        self.refresh()

    # -- sending -----------------------------------------------------------------------------
    @Slot()
    def send_selected(self) -> None:
        """After the confirmation (real or exercise, audience, cost): core queues the
        deliveries, then the delivery view dispatches them in the background."""
        row = self.selected_row()
        if row is None or row.status != MessageStatus.APPROVED.value:
            return
        if self.delivery.runner.is_running():
            return
        db = self.ctx.db
        self.ctx.tasks.run(lambda: load_message(db, row.id), self._confirm_send, owner=self,
                           parent=self)

    def _confirm_send(self, opened: OpenedMessage) -> None:
        view = opened.view
        if view.status != MessageStatus.APPROVED.value or not opened.results:
            return
        first = next(iter(opened.results.values()))
        summary = ApprovalSummary(
            headline=opened.headline, is_exercise=view.is_exercise, msg_type=view.msg_type,
            category=view.category, urgent=view.urgency == Urgency.URGENT.value,
            channels=view.channels, networks=tuple(n.name for n in opened.networks),
            audience=first.audience, sms_segments=first.sms.segments, blocking=0,
            may_override=False)  # approved already: nothing to override when sending
        if SendConfirmDialog.ask(self, summary) is None:
            return
        db, actor, message_id = self.ctx.db, self.ctx.actor_id, view.id
        self.send_button.setEnabled(False)
        self.ctx.tasks.run(lambda: send_message(db, actor, message_id, utc_now()),
                           lambda _count: self._sent(message_id), owner=self, parent=self)

    def _sent(self, message_id: str) -> None:
        self._changed(message_id)
        self.delivery.show()
        self.delivery.start_dispatch(message_id)
        self._update_buttons()

    # -- CAP ---------------------------------------------------------------------------------
    @Slot()
    def export_cap(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        path = files.choose_save_file(
            self, self.tr("Export as CAP"), f"{files.safe_file_name(row.headline)}.xml",
            self.tr("CAP 1.2 XML (*.xml)"))
        if path is None:
            return
        message_id = row.id

        def job() -> None:
            path.write_bytes(cap_xml(self.ctx.db, message_id))

        self.ctx.tasks.run(job, lambda _none: self.count_label.setText(
            self.tr("Saved {name}.").format(name=path.name)),
            lambda exc: files.report_failure(self.ctx, exc, self), owner=self, parent=self)
