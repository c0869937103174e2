"""Qt item models of a message's delivery view: counts per channel and language, and the members
the message did not reach (core's `delivery_report` rows, swapped in whole on every refresh)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from bin_desktop.core import dispatch
from bin_desktop.core.delivery_report import FailedDelivery, GroupStats
from bin_desktop.gui.labels import channel_label, language_name, locale
from bin_desktop.gui.table_model import Column, RowsModel

#: One colour per delivery state, in the table's order (the chart and its legend use them).
STATE_COLOURS: dict[str, QColor] = {
    dispatch.QUEUED: QColor("#9e9e9e"),
    dispatch.SUBMITTED: QColor("#1e88e5"),
    dispatch.DELIVERED: QColor("#2e7d32"),
    dispatch.FAILED: QColor("#c62828"),
    dispatch.UNKNOWN: QColor("#f9a825"),
    dispatch.EXPIRED: QColor("#6d4c41"),
    dispatch.CANCELLED: QColor("#d7ccc8"),
}


def delivery_state_label(state: str) -> str:
    labels = {
        dispatch.QUEUED: QCoreApplication.translate("delivery", "Queued"),
        dispatch.SUBMITTED: QCoreApplication.translate("delivery", "Submitted"),
        dispatch.DELIVERED: QCoreApplication.translate("delivery", "Delivered"),
        dispatch.FAILED: QCoreApplication.translate("delivery", "Failed"),
        dispatch.UNKNOWN: QCoreApplication.translate("delivery", "Unknown"),
        dispatch.EXPIRED: QCoreApplication.translate("delivery", "Expired"),
        dispatch.CANCELLED: QCoreApplication.translate("delivery", "Cancelled"),
    }
    return labels.get(state, state)


def format_count(count: int) -> str:
    """A count with the interface language's digit grouping (10.000 in Dutch)."""
    return locale().toString(count)


def _count_column(state: str) -> Column:
    return Column(delivery_state_label(state), lambda g: format_count(g.counts.get(state, 0)),
                  sort=lambda g: g.counts.get(state, 0), numeric=True)


class DeliveryStatsModel(RowsModel):
    """One row per (channel, language): the deliveries in each state."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Channel"), lambda g: channel_label(g.channel)),
            Column(self.tr("Language"), lambda g: language_name(g.language)),
            *(_count_column(state) for state in dispatch.STATS_STATES),
            Column(self.tr("Total"), lambda g: format_count(g.total), sort=lambda g: g.total,
                   numeric=True),
        ]

    def row_id(self, row: GroupStats) -> str:
        return f"{row.channel}:{row.language}"


class FailedDeliveriesModel(RowsModel):
    """Members whose delivery failed or expired, with the provider's reason."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Member"), lambda f: f.member_name),
            Column(self.tr("Channel"), lambda f: channel_label(f.channel)),
            Column(self.tr("Status"), lambda f: delivery_state_label(f.state)),
            Column(self.tr("Reason"), lambda f: f.reason, tooltip=lambda f: f.reason),
        ]

    def row_id(self, row: FailedDelivery) -> str:
        return row.id
