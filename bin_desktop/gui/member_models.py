"""Qt models of the member work: the paged member list, the review queue, the import mapping.

The member list can hold 100,000 people, so its model never holds them all (Anki's browser):
it knows how many rows the query has (`count_members`) and keeps a few pages of plain rows
(`member_page`, sorted and filtered in SQL) in a small LRU cache. A row that is painted before
its page is in shows "…" and asks for the page; the pages asked during one paint are fetched in
one worker job after it, and only those of the latest paint (dragging the scroll bar through
the list does not queue every page it passed). A new search or sort while a query is running
waits for it and then runs only the newest one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bin_desktop.core.members import service
from bin_desktop.core.members.model import (
    ADDRESS_MISSING,
    ADDRESS_OUTSIDE,
    CELL_TRUNCATED,
    CONSENT_MISSING,
    CONTACT_MISSING,
    DUPLICATE_EXISTING,
    DUPLICATE_IN_FILE,
    EMAIL_INVALID,
    FIELDS,
    LANGUAGE_UNKNOWN,
    NAME_MISSING,
    PHONE_FOREIGN,
    PHONE_INVALID,
    PHONE_NOT_MOBILE,
    WARNING_CODES,
    Mapping,
    RawTable,
)
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Member
from bin_desktop.gui.dashboard_model import OVERDUE_BACKGROUND, OVERDUE_FOREGROUND
from bin_desktop.gui.labels import (
    channel_label,
    finding_label,
    finding_text,
    format_date,
    language_name,
    member_field_label,
    member_status_label,
    row_status_label,
)
from bin_desktop.gui.table_model import ID_ROLE, Index
from bin_desktop.gui.tasks import DbTasks

#: Rows a page query brings. Core sorts the network's whole list for every page, so a page
#: costs nearly the same for 100 or 1,000 rows: fewer, larger pages mean fewer waits.
PAGE_SIZE = 500
#: Pages kept in memory: a screenful needs one or two; the rest makes scrolling back cheap.
MAX_CACHED_PAGES = 8
#: Pages a reload after a change fetches again at once.
RELOADED_PAGES = 2
PLACEHOLDER = "…"

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARNING_BACKGROUND = QColor("#fff4ce")


def address_text(street: str | None, number: str | None, box: str | None) -> str:
    """'Kerkstraat 12 bus 3' in the interface language's way of writing a box."""
    text = " ".join(p for p in (street, number) if p)
    if box:
        text = QCoreApplication.translate("members", "{address} box {box}").format(
            address=text, box=box)
    return text


# -- the member list ---------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberRow:
    """One member as the list and the edit dialog show it (a plain copy, no ORM object)."""

    id: str
    full_name: str
    street: str | None
    house_number: str | None
    box: str | None
    postcode: str | None
    phone: str | None
    phone2: str | None
    email: str | None
    language: str
    channels: tuple[str, ...]
    status: str
    joined_on: dt.date | None
    consent: bool
    consent_on: dt.date | None
    quiet_from: str | None
    quiet_until: str | None
    notes: str

    @classmethod
    def of(cls, member: Member) -> MemberRow:
        return cls(member.id, member.full_name, member.street, member.house_number, member.box,
                   member.postcode, member.phone_e164, member.phone2_e164, member.email,
                   member.language, tuple(member.channels or ()), member.status,
                   member.joined_on, bool(member.consent), member.consent_on, member.quiet_from,
                   member.quiet_until, member.notes or "")


@dataclass(frozen=True)
class MemberQuery:
    network_id: str
    search: str = ""
    statuses: frozenset[str] = frozenset()
    sort: str = "full_name"
    descending: bool = False

    def member_filter(self) -> service.MemberFilter:
        return service.MemberFilter(self.search.strip(), self.statuses)


@dataclass(frozen=True)
class MemberWindow:
    """What one worker job brought: the number of rows of the query and some of its pages."""

    total: int
    pages: dict[int, tuple[MemberRow, ...]]


def load_pages(db: Database, query: MemberQuery, pages: Sequence[int],
               page_size: int = PAGE_SIZE) -> dict[int, tuple[MemberRow, ...]]:
    """Runs in the database worker. Neighbouring pages come in one query: each query costs a
    sort of the whole network's list in core, whatever its length."""
    flt = query.member_filter()
    fetched: dict[int, tuple[MemberRow, ...]] = {}
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and runs[-1][-1] == page - 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    for run in runs:
        rows = [MemberRow.of(m) for m in service.member_page(
            db, query.network_id, flt, offset=run[0] * page_size, limit=len(run) * page_size,
            sort=query.sort, descending=query.descending)]
        for position, page in enumerate(run):
            fetched[page] = tuple(rows[position * page_size:(position + 1) * page_size])
    return fetched


def load_window(db: Database, query: MemberQuery, pages: Sequence[int] = (0,),
                page_size: int = PAGE_SIZE) -> MemberWindow:
    """Runs in the database worker. A first page shorter than a page is the whole result: a
    narrow search then costs one query instead of two."""
    fetched = load_pages(db, query, pages, page_size)
    first = fetched.get(0)
    if first is not None and len(first) < page_size:
        return MemberWindow(len(first), fetched)
    return MemberWindow(service.count_members(db, query.network_id, query.member_filter()),
                        fetched)


class MembersModel(QAbstractTableModel):
    """The members of one network, a page at a time (see the module's docstring)."""

    NAME, ADDRESS, POSTCODE, PHONE, EMAIL, LANGUAGE, CHANNELS, STATUS, JOINED = range(9)
    #: The columns core sorts by (member_page's sort keys).
    SORT_KEYS: ClassVar[dict[int, str]] = {NAME: "full_name", ADDRESS: "street",
                                           LANGUAGE: "language", STATUS: "status",
                                           JOINED: "joined_on"}

    #: The first page of a new query is in (the model was reset); the number of rows.
    loaded = Signal(int)
    #: A header was clicked that core cannot sort by; the view should show the sort in use.
    sortRefused = Signal()  # noqa: N815 - Qt naming

    def __init__(self, tasks: DbTasks, db: Database, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.db = db
        self.page_size = page_size
        self.query: MemberQuery | None = None  # on screen
        self._wanted_query: MemberQuery | None = None  # asked for (may still be loading)
        self._total = 0
        self._pages: OrderedDict[int, tuple[MemberRow, ...]] = OrderedDict()
        self._generation = 0
        self._loading = False  # a first load or a reload is in the worker
        self._fetching = False  # a page fetch is in the worker
        self._missed: set[int] = set()  # pages painted before they were in
        self._latest: set[int] = set()  # the pages missed by the latest paint
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)  # right after the paint that missed them
        self._fetch_timer.timeout.connect(self._fetch_missed)
        self.pages_fetched = 0  # pages loaded by scrolling (tests, benchmark)
        self._titles = [self.tr("Name"), self.tr("Address"), self.tr("Postcode"),
                        self.tr("Phone"), self.tr("E-mail"), self.tr("Language"),
                        self.tr("Channels"), self.tr("Status"), self.tr("Joined")]

    # -- queries -----------------------------------------------------------------------------
    def set_query(self, query: MemberQuery | None) -> None:
        """Show another network, search, status filter or sort (loaded in the worker)."""
        if query == self._wanted_query and (self._loading or query == self.query):
            return  # already on screen, or already asked for
        self._wanted_query = query
        self._generation += 1
        if query is None:
            self.beginResetModel()
            self.query, self._total = None, 0
            self._pages.clear()
            self.endResetModel()
            return
        if not self._loading:
            self._start_load()

    def _start_load(self) -> None:
        query, generation = self._wanted_query, self._generation
        assert query is not None
        self._loading = True
        db, size = self.db, self.page_size
        self.tasks.run(lambda: load_window(db, query, (0,), size),
                       lambda window: self._window_loaded(query, generation, window, True),
                       self._load_failed, owner=self)

    def reload(self) -> None:
        """After a change: the same query again, keeping the scroll position and the rows."""
        query = self.query
        if query is None or query != self._wanted_query or self._loading:
            if self._loading:
                self._generation += 1  # what is loading may predate the change
            return
        self._generation += 1
        generation = self._generation
        self._loading = True
        # The pages painted last (a screenful straddles two at most); the others are fetched
        # again when they are scrolled to. Each page costs a query of the whole list in core.
        pages = sorted(list(self._pages)[-RELOADED_PAGES:]) or [0]
        db, size = self.db, self.page_size
        self.tasks.run(lambda: load_window(db, query, pages, size),
                       lambda window: self._window_loaded(query, generation, window, False),
                       self._load_failed, owner=self)

    def _window_loaded(self, query: MemberQuery, generation: int, window: MemberWindow,
                       reset: bool) -> None:
        self._loading = False
        if generation != self._generation:
            if self._wanted_query is not None:
                self._start_load()  # something newer was asked meanwhile
            return
        if reset or query != self.query:
            self._missed.clear()
            self._latest.clear()
            self.beginResetModel()
            self.query, self._total = query, window.total
            self._pages = OrderedDict(window.pages)
            self.endResetModel()
            self.loaded.emit(window.total)
            return
        old = self._total
        if window.total > old:
            self.beginInsertRows(QModelIndex(), old, window.total - 1)
            self._total = window.total
            self.endInsertRows()
        elif window.total < old:
            self.beginRemoveRows(QModelIndex(), window.total, old - 1)
            self._total = window.total
            self.endRemoveRows()
        self._pages = OrderedDict(window.pages)
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, self.columnCount() - 1))
        self.loaded.emit(self._total)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.tasks.errors.report(exc)

    @property
    def loading(self) -> bool:
        return self._loading or self._fetching or self._fetch_timer.isActive()

    # -- pages -------------------------------------------------------------------------------
    def row_at(self, row: int) -> MemberRow | None:
        """The member on a row, or None while its page is not in (it is then asked for)."""
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._missed.add(page)
            if not self._fetch_timer.isActive():
                self._fetch_timer.start()
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    @Slot()
    def _fetch_missed(self) -> None:
        if self._missed:
            self._latest, self._missed = self._missed, set()
        if self._fetching or self._loading or self.query is None:
            return  # _pages_loaded (or the load) comes back here
        pages = sorted(p for p in self._latest if p not in self._pages)
        self._latest = set()
        if not pages:
            return
        query, generation = self.query, self._generation
        self._fetching = True
        db, size = self.db, self.page_size
        self.tasks.run(lambda: load_pages(db, query, pages, size),
                       lambda loaded: self._pages_loaded(generation, loaded),
                       self._fetch_failed, owner=self)

    def _pages_loaded(self, generation: int, loaded: dict[int, tuple[MemberRow, ...]]) -> None:
        self._fetching = False
        if generation == self._generation:
            for page, rows in loaded.items():
                self._pages[page] = rows
                self.pages_fetched += 1
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
            last_column = self.columnCount() - 1
            for page in loaded:
                first = page * self.page_size
                last = min(self._total, first + self.page_size) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        self._fetch_missed()

    def _fetch_failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.tasks.errors.report(exc)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and section not in self.SORT_KEYS:
            return self.tr("This column cannot be used to sort the list.")
        return None

    def cell_text(self, member: MemberRow, column: int) -> str:
        if column == self.NAME:
            return member.full_name
        if column == self.ADDRESS:
            return address_text(member.street, member.house_number, member.box)
        if column == self.POSTCODE:
            return member.postcode or ""
        if column == self.PHONE:
            return member.phone or ""
        if column == self.EMAIL:
            return member.email or ""
        if column == self.LANGUAGE:
            return language_name(member.language)
        if column == self.CHANNELS:
            return ", ".join(channel_label(c) for c in member.channels)
        if column == self.STATUS:
            return member_status_label(member.status)
        if column == self.JOINED:
            return format_date(member.joined_on)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._titles):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, ID_ROLE):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        member = self.row_at(index.row())
        if member is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if index.column() == 0 else ""
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Loading…")
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(member, column)
        if role == ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._titles[column]}: {self.cell_text(member, column)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if member.status in ("left", "excluded"):
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            return None
        # tool tips: what a narrow column may hide
        if column == self.ADDRESS:
            return " ".join(p for p in (self.cell_text(member, column), member.postcode) if p)
        if column == self.PHONE and member.phone2:
            return self.tr("Also: {phone}").format(phone=member.phone2)
        if column == self.CHANNELS and not member.channels:
            return self.tr("No preference: what the contact data allows")
        if column == self.CHANNELS and member.quiet_from and member.quiet_until:
            return self.tr("Quiet hours {start}–{end}").format(start=member.quiet_from,
                                                                end=member.quiet_until)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            self.sortRefused.emit()
            return
        base = self._wanted_query
        if base is not None:
            self.set_query(replace(base, sort=key,
                                   descending=order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order of the sort in use (for the header's indicator)."""
        query = self._wanted_query
        key = query.sort if query else "full_name"
        column = next(c for c, k in self.SORT_KEYS.items() if k == key)
        descending = bool(query and query.descending)
        return column, (Qt.SortOrder.DescendingOrder if descending
                        else Qt.SortOrder.AscendingOrder)


# -- the review queue --------------------------------------------------------------------------
#: Columns of the review queue and the list field each one corrects (fix_row).
Q_ROW, Q_NAME, Q_STREET, Q_NUMBER, Q_POSTCODE, Q_PHONE, Q_EMAIL, Q_LANGUAGE, Q_CONSENT, \
    Q_FINDINGS = range(10)
COLUMN_FIELDS = {Q_NAME: "full_name", Q_STREET: "street", Q_NUMBER: "house_number",
                 Q_POSTCODE: "postcode", Q_PHONE: "phone", Q_EMAIL: "email",
                 Q_LANGUAGE: "language", Q_CONSENT: "consent"}
#: The column that holds the cell a finding is about (finding.field, or a duplicate's rule).
_FIELD_COLUMNS = {"full_name": (Q_NAME,), "first_name": (Q_NAME,), "last_name": (Q_NAME,),
                  "street": (Q_STREET,), "house_number": (Q_NUMBER,), "box": (Q_NUMBER,),
                  "postcode": (Q_POSTCODE,), "phone": (Q_PHONE,), "phone2": (Q_PHONE,),
                  "email": (Q_EMAIL,), "language": (Q_LANGUAGE,), "consent": (Q_CONSENT,),
                  None: (Q_PHONE, Q_EMAIL)}
_STATUS_ORDER = {"problem": 0, "duplicate": 1, "ok": 2}
_DUPLICATE_CODES = (DUPLICATE_EXISTING, DUPLICATE_IN_FILE)
#: Groups of one status in the order an officer works through them: who, how to reach them,
#: where they live, consent; then what is only information.
_CODE_ORDER = (NAME_MISSING, CONTACT_MISSING, PHONE_INVALID, EMAIL_INVALID, ADDRESS_MISSING,
               ADDRESS_OUTSIDE, CONSENT_MISSING, DUPLICATE_EXISTING, DUPLICATE_IN_FILE,
               LANGUAGE_UNKNOWN, PHONE_NOT_MOBILE, PHONE_FOREIGN, CELL_TRUNCATED)


@dataclass(frozen=True)
class RowFinding:
    code: str
    field: str | None
    template: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return finding_text(self.template, self.params)

    @property
    def blocking(self) -> bool:
        return self.code not in WARNING_CODES

    @property
    def columns(self) -> tuple[int, ...]:
        return _FIELD_COLUMNS.get(self.field, ())


def row_findings(row: service.QueuedRow) -> list[RowFinding]:
    return [RowFinding(f.get("code", ""), f.get("field"), f.get("template", ""),
                       dict(f.get("params") or {}))
            for f in row.data.get("findings") or ()]


def group_code(row: service.QueuedRow) -> str:
    """The finding that explains a row's status (a warning never names a problem's group)."""
    codes = list(row.codes)
    if row.status == "duplicate":
        return next((c for c in codes if c in _DUPLICATE_CODES), codes[0] if codes else "")
    if row.status == "problem":
        return next((c for c in codes if c not in WARNING_CODES), codes[0] if codes else "")
    return codes[0] if codes else ""


def dropped_values(row: service.QueuedRow, field: str) -> list[str]:
    """What the coordinator typed in other cells of the row that core could not read and that
    correcting `field` would drop: fix_row validates the row again from its stored values, and
    an unreadable phone number or e-mail address was never stored."""
    return [str(f.params.get("value", "")) for f in row_findings(row)
            if f.code in (PHONE_INVALID, EMAIL_INVALID) and f.field != field
            and f.params.get("value")]


def merge_target(row: service.QueuedRow) -> str:
    """Who a duplicate row would be merged into, in words."""
    for finding in row_findings(row):
        if finding.code == DUPLICATE_EXISTING and finding.params.get("member"):
            return str(finding.params["member"])
    for finding in row_findings(row):
        if finding.code == DUPLICATE_IN_FILE:
            return QCoreApplication.translate(
                "members", "the member made of row {row} ({name})").format(
                    row=finding.params.get("row", ""), name=finding.params.get("name", ""))
    return ""


@dataclass
class _Group:
    status: str
    code: str
    rows: list[service.QueuedRow] = field(default_factory=list)


class QueueModel(QAbstractItemModel):
    """The pending rows of a network's imports, grouped by status and then by finding.

    A group is a top-level item; its rows are its children. Double-clicking a cell edits it:
    `setData` only asks for the fix (`fixRequested`); the page runs core's fix_row, which
    validates the whole row again, and reloads the queue.
    """

    fixRequested = Signal(str, str, str)  # noqa: N815 - (row id, field, value)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._titles = [self.tr("Row"), self.tr("Name"), self.tr("Street"), self.tr("No."),
                        self.tr("Postcode"), self.tr("Phone"), self.tr("E-mail"),
                        self.tr("Language"), self.tr("Consent"), self.tr("Findings")]

    def set_rows(self, rows: Sequence[service.QueuedRow]) -> None:
        groups: dict[tuple[str, str], _Group] = {}
        for row in rows:
            key = (row.status, group_code(row))
            groups.setdefault(key, _Group(*key)).rows.append(row)
        self.beginResetModel()
        self._groups = sorted(groups.values(), key=lambda g: (
            _STATUS_ORDER.get(g.status, 3), g.code != "",
            _CODE_ORDER.index(g.code) if g.code in _CODE_ORDER else len(_CODE_ORDER), g.code))
        self.endResetModel()

    def rows(self) -> list[service.QueuedRow]:
        return [row for group in self._groups for row in group.rows]

    def group_count(self) -> int:
        return len(self._groups)

    def group_label(self, group: int) -> str:
        entry = self._groups[group]
        status = row_status_label(entry.status)
        text = f"{status} — {finding_label(entry.code)}" if entry.code else status
        return self.tr("{group} ({count})").format(group=text, count=len(entry.rows))

    def row_at(self, index: Index) -> service.QueuedRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows[index.row()] if index.row() < len(group.rows) else None

    def index_of(self, row_id: str, column: int = 0) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if row.id == row_id:
                    return self.createIndex(r, column, g + 1)
        return QModelIndex()

    # -- Qt model ----------------------------------------------------------------------------
    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(self._titles):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self._groups) \
                else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if 0 <= group < len(self._groups) and 0 <= row < len(self._groups[group].rows):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0 and index.column() in COLUMN_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_text(self, row: service.QueuedRow, column: int) -> str:
        """What the coordinator's list says, as validated; an invalid value as it was typed."""
        data = row.data
        findings = row_findings(row)

        def typed(code: str) -> str:
            return next((str(f.params.get("value", "")) for f in findings if f.code == code), "")

        if column == Q_ROW:
            return str(row.row_number)
        if column == Q_NAME:
            return str(data.get("full_name") or "")
        if column == Q_STREET:
            return str(data.get("street") or "")
        if column == Q_NUMBER:
            return address_text(None, data.get("house_number"), data.get("box"))
        if column == Q_POSTCODE:
            return str(data.get("postcode") or "")
        if column == Q_PHONE:
            return str(data.get("phone_e164") or typed(PHONE_INVALID))
        if column == Q_EMAIL:
            return str(data.get("email") or typed(EMAIL_INVALID))
        if column == Q_LANGUAGE:
            unknown = typed(LANGUAGE_UNKNOWN)
            return unknown or language_name(str(data.get("language") or ""))
        if column == Q_CONSENT:
            consent_on = data.get("consent_on")
            if consent_on:
                return format_date(dt.date.fromisoformat(str(consent_on)))
            return self.tr("yes") if data.get("consent") else typed(CONSENT_MISSING)
        if column == Q_FINDINGS:
            return " ".join(f.text for f in findings)
        return ""

    def edit_text(self, row: service.QueuedRow, column: int) -> str:
        """The value an editor opens with: what fix_row reads back."""
        data = row.data
        if column == Q_NUMBER:
            return str(data.get("house_number") or "")
        if column == Q_LANGUAGE:
            return next((str(f.params.get("value", "")) for f in row_findings(row)
                         if f.code == LANGUAGE_UNKNOWN), str(data.get("language") or ""))
        if column == Q_CONSENT and data.get("consent_on"):
            return dt.date.fromisoformat(str(data["consent_on"])).strftime("%d/%m/%Y")
        return self.cell_text(row, column)

    def _marks(self, row: service.QueuedRow, column: int) -> list[RowFinding]:
        return [f for f in row_findings(row) if column in f.columns]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Q_ROW else _LEFT
        marks = self._marks(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and marks:
            blocking = any(f.blocking for f in marks)
            return QBrush(OVERDUE_BACKGROUND if blocking else WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and any(f.blocking for f in marks):
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Q_FINDINGS:
                return "\n".join(f"• {f.text}" for f in row_findings(row)) or None
            if marks:
                hint = self.tr("Double-click to correct.") if column in COLUMN_FIELDS else ""
                return "\n".join([*(f.text for f in marks), hint]).strip()
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{self._titles[column]}: {self.cell_text(row, column)}"
            if marks:
                text = self.tr("{text} (to check: {finding})").format(
                    text=text, finding=" ".join(f.text for f in marks))
            return text
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if not 0 <= index.row() < len(self._groups) or index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.group_label(index.row())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() not in COLUMN_FIELDS:
            return False
        text = "" if value is None else str(value).strip()
        if text == self.edit_text(row, index.column()).strip():
            return False
        self.fixRequested.emit(row.id, COLUMN_FIELDS[index.column()], text)
        return True


# -- the import: which column holds what --------------------------------------------------------
FIELD_ROLE = int(Qt.ItemDataRole.UserRole) + 10
_EXAMPLES = 3


class MappingModel(QAbstractTableModel):
    """One row per column of the coordinator's file: its header, the field it holds (editable,
    EditRole/FIELD_ROLE = the field's code or ""), and a few example values."""

    HEADER, FIELD, EXAMPLES = range(3)
    mappingChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, table: RawTable, mapping: Mapping,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._fields: list[str] = [""] * len(table.headers)
        for name, column in mapping.items():
            if 0 <= column < len(self._fields):
                self._fields[column] = name
        self._examples = [self._examples_of(column) for column in range(len(table.headers))]
        self._titles = [self.tr("Column in the file"), self.tr("Holds"), self.tr("Examples")]

    def _examples_of(self, column: int) -> str:
        values: list[str] = []
        for row in self.table.rows:
            value = row.cells[column].strip() if column < len(row.cells) else ""
            if value and value not in values:
                values.append(value)
            if len(values) == _EXAMPLES:
                break
        return " · ".join(values)

    def header_text(self, column: int) -> str:
        return self.table.headers[column].strip() or self.tr("Column {number}").format(
            number=column + 1)

    def mapping(self) -> Mapping:
        return {name: column for name in FIELDS
                for column, chosen in enumerate(self._fields) if chosen == name}

    def field_of(self, column: int) -> str:
        return self._fields[column]

    def set_field(self, column: int, name: str) -> bool:
        """Column `column` holds `name` ("" = not used); a column that held it lets it go."""
        if not 0 <= column < len(self._fields) or (name and name not in FIELDS):
            return False
        if self._fields[column] == name:
            return False
        for other, chosen in enumerate(self._fields):
            if name and chosen == name and other != column:
                self._fields[other] = ""
                index = self.index(other, self.FIELD)
                self.dataChanged.emit(index, index)
        self._fields[column] = name
        index = self.index(column, self.FIELD)
        self.dataChanged.emit(index, index)
        self.mappingChanged.emit()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.FIELD else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.HEADER:
                return self.header_text(row)
            if column == self.FIELD:
                name = self._fields[row]
                return member_field_label(name) if name else self.tr("(not used)")
            if column == self.EXAMPLES:
                return self._examples[row]
        if column == self.FIELD and role in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return self._fields[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.EXAMPLES:
            return self._examples[row] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FIELD \
                and not self._fields[row]:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.FIELD or role not in (
                Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return False
        return self.set_field(index.row(), str(value or ""))


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they were read, to see what each column holds."""

    ROWS = 8

    def __init__(self, table: RawTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._rows = table.rows[:self.ROWS]
        self._label: Callable[[int], str] = lambda column: table.headers[column]

    def set_header_label(self, label: Callable[[int], str]) -> None:
        self._label = label
        if self.table.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                        len(self.table.headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._label(section) if 0 <= section < len(self.table.headers) else None
        return str(self._rows[section].number) if 0 <= section < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()].cells
        return cells[index.column()] if index.column() < len(cells) else ""


@dataclass(frozen=True)
class QueueData:
    """The review queue of a network as the page shows it (read in one worker job)."""

    rows: list[service.QueuedRow]  # filtered
    pending: int  # all pending rows of the network
    codes: Counter[str]  # finding codes among the pending rows
    statuses: Counter[str]


def load_queue(db: Database, network_id: str, status: str | None,
               code: str | None) -> QueueData:
    """Runs in the database worker."""
    everything = service.queue(db, network_id)
    rows = service.queue(db, network_id, status=status, code=code) if (status or code) \
        else everything
    return QueueData(rows, len(everything), Counter(c for r in everything for c in r.codes),
                     Counter(r.status for r in everything))
