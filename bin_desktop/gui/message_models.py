"""Qt item models of the Messages page and the composer.

The message list and the feedback reminders are rows from core queries; the findings and the
"explain" list are one check's result, replaced after every check (only when it changed, so a
keystroke that changes nothing found does not reset the view); the target networks are a
checkable list filtered accent- and case-insensitively.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from bin_desktop.core.alerts.model import Finding, RuleRun
from bin_desktop.core.domain import MessageStatus, Urgency
from bin_desktop.core.lifecycle import State
from bin_desktop.core.overview import MessageRow
from bin_desktop.core.text import fold
from bin_desktop.gui.highlighter import SEVERITY_COLOURS
from bin_desktop.gui.labels import (
    category_label,
    finding_text,
    format_datetime,
    state_label,
    tr_core,
)
from bin_desktop.gui.table_model import ID_ROLE, Column, Index, RowsModel

# Exercises look different everywhere (the Hawaii lesson): orange, and said in words.
EXERCISE_COLOUR = QColor("#e65100")
EXERCISE_BACKGROUND = QColor("#fff0e0")
# Findings whose `suggestion` is the literal replacement of their span (core's channels module
# documents it for sms.ucs2); every other suggestion is advice to read.
LITERAL_SUGGESTIONS = frozenset({"sms.ucs2"})

_SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}


def exercise_word() -> str:
    """The word that marks an exercise, in capitals, in the interface language."""
    return QCoreApplication.translate("messages", "EXERCISE")


def severity_label(severity: str) -> str:
    labels = {
        "block": QCoreApplication.translate("messages", "Blocks"),
        "warn": QCoreApplication.translate("messages", "Warning"),
        "info": QCoreApplication.translate("messages", "Note"),
    }
    return labels.get(severity, severity)


def severity_icon(severity: str) -> QIcon:
    pixmaps = {
        "block": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warn": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    }
    style = QApplication.style()
    return style.standardIcon(pixmaps.get(severity, QStyle.StandardPixmap.SP_MessageBoxQuestion))


def _translated(template: str, params: dict[str, str]) -> str:
    return finding_text(template, params)


def _shown_params(finding: Finding) -> dict[str, str]:
    """Parameters as the officer reads them: a category's code becomes its label."""
    params = dict(finding.params)
    if "category" in params:
        params["category"] = category_label(params["category"])
    return params


@dataclass(frozen=True)
class ShownFinding:
    """A finding of one language version, as the findings panel lists it."""

    language: str
    finding: Finding

    @property
    def has_span(self) -> bool:
        return self.finding.end > self.finding.start

    @property
    def replacement(self) -> str | None:
        """The literal text to put in place of the span, when the suggestion is one."""
        f = self.finding
        if f.code in LITERAL_SUGGESTIONS and f.suggestion and self.has_span:
            return f.suggestion
        return None

    def message(self) -> str:
        return _translated(self.finding.template, _shown_params(self.finding))

    def advice(self) -> str:
        """The suggestion as advice to read ("" for a literal replacement or none)."""
        if not self.finding.suggestion or self.replacement is not None:
            return ""
        return _translated(self.finding.suggestion, _shown_params(self.finding))


# -- findings ----------------------------------------------------------------------------------
class FindingsModel(QAbstractTableModel):
    """The findings of the language version on screen: severity, then what and what to do."""

    SEVERITY, MESSAGE = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ShownFinding] = []
        self._texts: list[str] = []  # made once per finding: views ask for them many times

    def set_findings(self, findings: Sequence[ShownFinding]) -> list[int] | None:
        """Show `findings`; returns the rows whose content changed (the view resizes them), or
        None when the rows were replaced as a whole.

        While the officer types, the same findings usually come back with one of them changed
        (the SMS length): those rows are updated in place, so the selection stays put.
        """
        rows = list(findings)
        if len(rows) != len(self._rows) or any(
                (new.language, new.finding.code) != (old.language, old.finding.code)
                for new, old in zip(rows, self._rows, strict=True)):
            self.beginResetModel()
            self._rows = rows
            self._texts = [self._text(shown) for shown in rows]
            self.endResetModel()
            return None
        changed = [row for row, (new, old) in enumerate(zip(rows, self._rows, strict=True))
                   if new != old]
        for row in changed:
            self._rows[row] = rows[row]
            self._texts[row] = self._text(rows[row])
            self.dataChanged.emit(self.index(row, 0), self.index(row, 1))
        return changed

    def findings(self) -> list[ShownFinding]:
        return list(self._rows)

    def finding_at(self, row: int) -> ShownFinding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.SEVERITY: self.tr("Severity"), self.MESSAGE: self.tr("Finding")}.get(section)

    def _text(self, shown: ShownFinding) -> str:
        advice = shown.advice()
        if shown.replacement is not None:
            advice = self.tr("Apply below to replace it here.")
        return f"{shown.message()}\n→ {advice}" if advice else shown.message()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = self.finding_at(index.row()) if index.isValid() else None
        if shown is None or not 0 <= index.column() < 2:
            return None
        severity = shown.finding.severity
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.SEVERITY:
                return severity_label(severity)
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.SEVERITY:
            return severity_icon(severity)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.SEVERITY:
            return QBrush(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]))
        if role == Qt.ItemDataRole.FontRole and index.column() == self.SEVERITY:
            font = QFont()
            font.setBold(severity == "block")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{severity_label(severity)}: {self._texts[index.row()]}"
        if role == ID_ROLE:
            return shown.finding.code
        return None


# -- the "explain" view -----------------------------------------------------------------------
class RuleRunsModel(RowsModel):
    """Every rule of the check: what it looks at, what it found, or that the zone switched it
    off."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Rule: what it checks"), lambda r: f"{tr_core(r.description)}\n{r.rule}",
                   tooltip=lambda r: tr_core(r.description)),
            Column(self.tr("Found"), self._found, numeric=True,
                   sort=lambda r: -1 if r.disabled else r.findings),
        ]

    def row_id(self, row: RuleRun) -> str:
        return row.rule

    def _found(self, run: RuleRun) -> str:
        return self.tr("off for the zone") if run.disabled else str(run.findings)

    def set_runs(self, runs: Sequence[RuleRun]) -> bool:
        """Show `runs`; returns whether anything changed."""
        if list(runs) == self._rows:
            return False
        self.set_rows(runs)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and 0 <= index.row() < len(self._rows):
            run: RuleRun = self._rows[index.row()]
            if run.disabled:
                return QBrush(QColor("#757575"))
            if run.findings:
                return QBrush(SEVERITY_COLOURS["warn"])
            return None
        return super().data(index, role)


# -- the target networks ----------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkChoice:
    """A network the composer can address: one that may receive messages."""

    id: str
    name: str
    municipality: str
    state: State
    members: int


class TargetsModel(QAbstractListModel):
    """Networks with a check box each; `checkedChanged` after every change of the choice."""

    checkedChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NetworkChoice] = []
        self._checked: set[str] = set()
        self.editable = True

    def set_rows(self, rows: Sequence[NetworkChoice], checked: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = set(checked) & {r.id for r in self._rows}
        self.endResetModel()
        self.checkedChanged.emit()

    def rows(self) -> list[NetworkChoice]:
        return list(self._rows)

    def checked_ids(self) -> list[str]:
        return [r.id for r in self._rows if r.id in self._checked]

    def checked_names(self) -> list[str]:
        return [r.name for r in self._rows if r.id in self._checked]

    def set_checked(self, ids: Iterable[str], checked: bool = True) -> None:
        wanted = set(ids) & {r.id for r in self._rows}
        changed = wanted - self._checked if checked else wanted & self._checked
        if not changed:
            return
        if checked:
            self._checked |= changed
        else:
            self._checked -= changed
        for row, choice in enumerate(self._rows):
            if choice.id in changed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()

    def set_editable(self, editable: bool) -> None:
        if editable == self.editable:
            return
        self.editable = editable
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def _summary(self, choice: NetworkChoice) -> str:
        return self.tr("{municipality} · {state} · %n member(s)", "", choice.members).format(
            municipality=choice.municipality, state=state_label(choice.state))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if choice.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._summary(choice)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{choice.name}, {self._summary(choice)}"
        if role == ID_ROLE:
            return choice.id
        if role == Qt.ItemDataRole.UserRole:
            return fold(f"{choice.name} {choice.municipality}")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.editable
                or not 0 <= index.row() < len(self._rows)):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked([self._rows[index.row()].id], checked)
        return True


class TargetsFilter(QSortFilterProxyModel):
    """Filters the networks on a search text, accents and case ignored ("genese" finds
    "Rhode-Saint-Genèse")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if hasattr(self, "endFilterChange"):  # Qt 6.10 deprecates invalidateRowsFilter
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in str(index.data(Qt.ItemDataRole.UserRole) or "")


# -- the message list and the feedback reminders -------------------------------------------
class MessageListModel(RowsModel):
    """Messages, newest first; an exercise is orange and says so in its status and headline."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: format_datetime(_local(r.date)),
                   sort=lambda r: r.date.isoformat()),
            Column(self.tr("Status"), self.status_text),
            Column(self.tr("Category"), lambda r: category_label(r.category)),
            Column(self.tr("Urgency"), self._urgency),
            Column(self.tr("Headline"), self.headline_text, tooltip=self.headline_text),
            Column(self.tr("Networks"), lambda r: ", ".join(r.targets),
                   tooltip=lambda r: "\n".join(r.targets)),
        ]

    def status_text(self, row: MessageRow) -> str:
        labels = {
            MessageStatus.DRAFT.value: self.tr("Draft, awaiting approval"),
            MessageStatus.APPROVED.value: self.tr("Approved, ready to dispatch"),
            MessageStatus.SENT.value: self.tr("Sent"),
            MessageStatus.CANCELLED.value: self.tr("Cancelled"),
        }
        text = labels.get(row.status, row.status)
        return f"{exercise_word()} · {text}" if row.is_exercise else text

    @staticmethod
    def headline_text(row: MessageRow) -> str:
        return f"{exercise_word()}: {row.headline}" if row.is_exercise else row.headline

    def _urgency(self, row: MessageRow) -> str:
        return self.tr("Urgent") if row.urgency == Urgency.URGENT else self.tr("Normal")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and index.isValid() and 0 <= index.row() < len(self._rows):
            if not self._rows[index.row()].is_exercise:
                return None
            return QBrush(EXERCISE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole
                          else EXERCISE_COLOUR)
        return super().data(index, role)


@dataclass(frozen=True)
class FeedbackDue:
    """A sent message whose feedback to the members is late (core.alerts.service.feedback_due)."""

    id: str
    headline: str
    days_late: int


class FeedbackDueModel(RowsModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Message"), lambda r: r.headline, tooltip=lambda r: r.headline),
            Column(self.tr("Late by"), lambda r: self.tr("%n day(s)", "", r.days_late),
                   numeric=True, sort=lambda r: r.days_late),
        ]


def _local(moment: dt.datetime) -> dt.datetime:
    """Stored times are naive UTC: shown in the computer's time zone."""
    return moment.replace(tzinfo=dt.UTC).astimezone()


def worst(severities: Iterable[str]) -> str | None:
    """The most serious of the severities (block > warn > info), None for none."""
    ranked = sorted(severities, key=lambda s: _SEVERITY_ORDER.get(s, 3))
    return ranked[0] if ranked else None
