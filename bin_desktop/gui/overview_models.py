"""Table models of the read-only overview pages (rows from bin_desktop.core.overview)."""

from __future__ import annotations

from bin_desktop.core.domain import MemberStatus, MessageStatus, Urgency
from bin_desktop.core.lifecycle import STATE_LABELS
from bin_desktop.core.overview import CharterRow, MemberCountRow, MessageRow, NetworkListRow
from bin_desktop.gui.labels import (
    actor_label,
    category_label,
    charter_status_label,
    format_date,
    format_datetime,
    network_type_label,
    state_label,
)
from bin_desktop.gui.table_model import Column, RowsModel

_STATE_ORDER = {state: index for index, state in enumerate(STATE_LABELS)}


class NetworksModel(RowsModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Type"), self._type),
            Column(self.tr("Municipality"), lambda r: r.municipality),
            Column(self.tr("State"), lambda r: state_label(r.state),
                   sort=lambda r: _STATE_ORDER[r.state]),
            Column(self.tr("Since"), lambda r: format_date(r.state_since),
                   sort=lambda r: r.state_since.isoformat()),
            Column(self.tr("Postcodes"), lambda r: ", ".join(r.postcodes)),
            Column(self.tr("Streets"), lambda r: str(r.street_count), numeric=True,
                   sort=lambda r: r.street_count),
            Column(self.tr("Mandated officer"), lambda r: r.mandated_officer or ""),
        ]

    @staticmethod
    def _type(row: NetworkListRow) -> str:
        label = network_type_label(row.type)
        return f"{label}: {row.sector}" if row.sector else label


class MemberCountsModel(RowsModel):
    """Members per network and status: counts only, never a name."""

    def columns(self) -> list[Column]:
        def count(status: MemberStatus, title: str) -> Column:
            return Column(title, lambda r: str(r.counts[status]), numeric=True,
                          sort=lambda r: r.counts[status])

        return [
            Column(self.tr("Network"), lambda r: r.network),
            Column(self.tr("Municipality"), lambda r: r.municipality),
            count(MemberStatus.ACTIVE, self.tr("Active")),
            count(MemberStatus.PENDING_REVIEW, self.tr("To review")),
            count(MemberStatus.PAUSED, self.tr("Paused")),
            count(MemberStatus.LEFT, self.tr("Left")),
            count(MemberStatus.EXCLUDED, self.tr("Excluded")),
            Column(self.tr("Total"), lambda r: str(r.total), numeric=True,
                   sort=lambda r: r.total),
        ]

    def row_id(self, row: MemberCountRow) -> str:
        return row.network_id


class MessagesModel(RowsModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: format_datetime(r.date),
                   sort=lambda r: r.date.isoformat()),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Category"), lambda r: category_label(r.category)),
            Column(self.tr("Urgency"), self._urgency),
            Column(self.tr("Headline"), lambda r: r.headline, tooltip=lambda r: r.headline),
            Column(self.tr("Networks"), lambda r: ", ".join(r.targets),
                   tooltip=lambda r: "\n".join(r.targets)),
        ]

    def _status(self, row: MessageRow) -> str:
        labels = {
            MessageStatus.DRAFT: self.tr("Draft"),
            MessageStatus.APPROVED: self.tr("Approved"),
            MessageStatus.SENT: self.tr("Sent"),
            MessageStatus.CANCELLED: self.tr("Cancelled"),
        }
        text = labels.get(row.status, row.status)  # type: ignore[call-overload]
        return self.tr("{status} (exercise)").format(status=text) if row.is_exercise else text

    def _urgency(self, row: MessageRow) -> str:
        return self.tr("Urgent") if row.urgency == Urgency.URGENT else self.tr("Not urgent")


class ChartersModel(RowsModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Network"), lambda r: r.network),
            Column(self.tr("Version"), lambda r: str(r.version) if r.version else "",
                   numeric=True, sort=lambda r: r.version or 0),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Signatures"), self._signatures, numeric=True,
                   sort=lambda r: (r.signatures_needed - r.signatures_done) * 100
                   + r.signatures_needed),
            Column(self.tr("Waiting for"), self._pending, tooltip=self._pending),
            Column(self.tr("Submitted to ADVP"), lambda r: format_date(r.submitted_on),
                   sort=lambda r: r.submitted_on.isoformat() if r.submitted_on else ""),
            Column(self.tr("Approved"), lambda r: format_date(r.approved_on),
                   sort=lambda r: r.approved_on.isoformat() if r.approved_on else ""),
        ]

    def row_id(self, row: CharterRow) -> str:
        return row.network_id

    def _status(self, row: CharterRow) -> str:
        if row.status is None:
            return self.tr("No charter yet")
        return charter_status_label(row.status)

    @staticmethod
    def _signatures(row: CharterRow) -> str:
        return f"{row.signatures_done}/{row.signatures_needed}" if row.signatures_needed else ""

    def _pending(self, row: CharterRow) -> str:
        return ", ".join(
            self.tr("{who} since {date}").format(who=actor_label(p.signatory.value),
                                                 date=format_date(p.requested_on))
            for p in row.pending)
