"""Table models of the network page: its contacts and its history (the operation log)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QObject

from bin_desktop.core.domain import ContactRole
from bin_desktop.core.networks import Contact, HistoryEntry
from bin_desktop.gui.labels import (
    actor_label,
    category_label,
    channel_label,
    format_date,
    format_datetime,
    language_name,
    network_type_label,
    state_label,
)
from bin_desktop.gui.table_model import Column, RowsModel


class ContactsModel(RowsModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Role"), self._role),
            Column(self.tr("Name"), lambda c: c.full_name),
            Column(self.tr("E-mail"), lambda c: c.email or ""),
            Column(self.tr("Phone"), lambda c: c.phone or ""),
            Column(self.tr("Language"), lambda c: language_name(c.language)),
        ]

    def row_id(self, row: Contact) -> str:
        return row.contact_id

    def _role(self, contact: Contact) -> str:
        return self.tr("Coordinator") if contact.role == ContactRole.COORDINATOR else self.tr(
            "Deputy")


#: Member rows hold personal data: their history shows which fields changed, not the values.
_PERSONAL_ENTITIES = frozenset({"member"})
_MAX_CHANGES_TEXT = 160
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class HistoryModel(RowsModel):
    """Operation-log entries of one network, newest first as core returns them."""

    def __init__(self, this_device: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.this_device = this_device
        self.names: dict[str, str] = {}  # ids of municipalities and operators -> names

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: format_datetime(e.at), sort=lambda e: e.hlc),
            Column(self.tr("Who"), self._who),
            Column(self.tr("Device"), self._device, tooltip=lambda e: e.device_id),
            Column(self.tr("What"), self._what),
            Column(self.tr("Changes"), self._changes_short, tooltip=self._changes),
        ]

    def row_id(self, row: HistoryEntry) -> str:
        return row.op_id

    def _who(self, entry: HistoryEntry) -> str:
        if entry.actor_personnel_number:
            return f"{entry.actor} ({entry.actor_personnel_number})"
        return entry.actor

    def _device(self, entry: HistoryEntry) -> str:
        return self.tr("this computer") if entry.device_id == self.this_device else (
            entry.device_id[-12:])

    def _what(self, entry: HistoryEntry) -> str:
        entities = {
            "network": self.tr("Network"),
            "network_contact": self.tr("Contact role"),
            "person": self.tr("Contact data"),
            "state_transition": self.tr("State change"),
            "member": self.tr("Member"),
            "charter": self.tr("Charter"),
            "signature_slot": self.tr("Signature request"),
            "signature_event": self.tr("Signature"),
            "message_target": self.tr("Message"),
        }
        kinds = {"create": self.tr("created"), "update": self.tr("changed"),
                 "delete": self.tr("removed")}
        return self.tr("{entity} {kind}").format(
            entity=entities.get(entry.entity, entry.entity), kind=kinds.get(entry.kind, entry.kind))

    def _field_label(self, field: str) -> str:
        labels = {
            "name": self.tr("name"), "description": self.tr("description"),
            "type": self.tr("type"), "sector": self.tr("sector"),
            "municipality_id": self.tr("municipality"), "languages": self.tr("languages"),
            "postcodes": self.tr("postcodes"), "streets": self.tr("streets"),
            "allowed_categories": self.tr("categories"), "channels": self.tr("channels"),
            "mandated_officer_id": self.tr("mandated officer"),
            "evaluation_due": self.tr("evaluation due"), "state": self.tr("state"),
            "state_since": self.tr("since"), "from_state": self.tr("from"),
            "to_state": self.tr("to"), "effective_on": self.tr("on"),
            "reason": self.tr("reason"), "full_name": self.tr("name"),
            "email": self.tr("e-mail"), "phone": self.tr("phone"),
            "language": self.tr("language"), "role": self.tr("role"),
            "deleted": self.tr("removed"), "status": self.tr("status"),
            "recorded_by": self.tr("recorded by"), "signer_name": self.tr("signed by"),
            "method": self.tr("method"), "party": self.tr("party"),
            "signatory": self.tr("signatory"), "requested_on": self.tr("requested on"),
            "drafted_on": self.tr("drafted on"), "submitted_on": self.tr("submitted on"),
            "approved_on": self.tr("approved on"), "advp_reference": self.tr("ADVP reference"),
            "version": self.tr("version"), "note": self.tr("note"),
        }
        return labels.get(field, field)

    def _value(self, field: str, value: Any) -> str:
        if value is None or value in ("", []):
            return "—"
        if field in ("state", "from_state", "to_state"):
            return state_label(str(value))
        if field == "type":
            return network_type_label(str(value))
        if field == "allowed_categories":
            return ", ".join(category_label(v) for v in value)
        if field == "channels":
            return ", ".join(channel_label(v) for v in value)
        if field == "signatory":
            return actor_label(str(value))
        if field == "role":
            return self.tr("Coordinator") if value == ContactRole.COORDINATOR else self.tr(
                "Deputy")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, str) and value in self.names:
            return self.names[value]
        if isinstance(value, str) and _ISO_DATE.match(value):
            return format_date(dt.date.fromisoformat(value))
        return str(value)

    _HIDDEN = frozenset({"zone_id", "network_id", "person_id", "created_on", "charter_id",
                         "slot_id", "message_id", "actor_id"})

    def _changes(self, entry: HistoryEntry) -> str:
        fields = [f for f in entry.fields if f not in self._HIDDEN]
        if entry.entity in _PERSONAL_ENTITIES:
            return ", ".join(self._field_label(f) for f in fields)
        return "; ".join(f"{self._field_label(f)} → {self._value(f, entry.fields[f])}"
                         for f in fields)

    def _changes_short(self, entry: HistoryEntry) -> str:
        text = self._changes(entry)
        return text if len(text) <= _MAX_CHANGES_TEXT else text[:_MAX_CHANGES_TEXT - 1] + "…"
