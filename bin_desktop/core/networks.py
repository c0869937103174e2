"""Network (BIN) services: create, edit, move through the life cycle, contacts, history.

Every change is validated here and written through a unit of work, so the GUI and the CLI cannot
store what the rules refuse and every change lands in the operation log with its actor.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bin_desktop.core.dashboard import DashboardFilter, DashboardRow, load_rows
from bin_desktop.core.domain import LANGUAGES, Category, Channel, ContactRole, NetworkType, Role
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidTransition, NotFound, ValidationError
from bin_desktop.core.hlc import Timestamp
from bin_desktop.core.lifecycle import STATE_LABELS, State, allowed_next, can_transition
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    Municipality,
    Network,
    NetworkContact,
    Operation,
    Operator,
    Person,
    StateTransition,
)
from bin_desktop.core.store.oplog import UnitOfWork

EDITABLE_FIELDS = (
    "name",
    "description",
    "type",
    "sector",
    "municipality_id",
    "languages",
    "postcodes",
    "streets",
    "allowed_categories",
    "channels",
    "mandated_officer_id",
    "evaluation_due",
)
_POSTCODE = re.compile(r"^[1-9]\d{3}$")


def _invalid(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, **params)


def _string_list(value: Any, field: str) -> list[str]:
    if isinstance(value, str):
        value = [part for part in re.split(r"[,;\n]", value)]
    if not isinstance(value, list | tuple):
        raise _invalid(QT_TRANSLATE_NOOP("core", "{field} must be a list."), field=field)
    seen: dict[str, None] = {}
    for item in value:
        text = " ".join(str(item).split())
        if text and text not in seen:
            seen[text] = None
    return list(seen)


def _codes(value: Any, field: str, allowed: list[str]) -> list[str]:
    codes = [c.lower() for c in _string_list(value, field)]
    unknown = [c for c in codes if c not in allowed]
    if unknown:
        raise _invalid(
            QT_TRANSLATE_NOOP("core", "Unknown {field}: {unknown}. Allowed: {allowed}."),
            field=field, unknown=", ".join(unknown), allowed=", ".join(allowed),
        )
    return [c for c in allowed if c in codes]  # canonical order: stable exports and diffs


def normalise_fields(session: Session, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate editable network fields and put them in their stored form."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise _invalid(
            QT_TRANSLATE_NOOP("core", "Unknown network field(s): {fields}. Editable: {editable}."),
            fields=", ".join(sorted(unknown)), editable=", ".join(EDITABLE_FIELDS),
        )
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "name":
            name = " ".join(str(value or "").split())
            if not name:
                raise _invalid(QT_TRANSLATE_NOOP("core", "A network needs a name."))
            if len(name) > 200:
                raise _invalid(QT_TRANSLATE_NOOP("core", "The name is longer than 200 characters."))
            out[key] = name
        elif key == "description":
            out[key] = str(value or "").strip()
        elif key == "sector":
            out[key] = " ".join(str(value).split()) or None if value else None
        elif key == "type":
            out[key] = _codes([value], "type", [t.value for t in NetworkType])[0] if value else ""
            if not out[key]:
                raise _invalid(QT_TRANSLATE_NOOP("core", "A network needs a type."))
        elif key == "languages":
            out[key] = _codes(value, "languages", list(LANGUAGES))
            if not out[key]:
                raise _invalid(QT_TRANSLATE_NOOP("core", "A network needs at least one language."))
        elif key == "allowed_categories":
            out[key] = _codes(value, "allowed_categories", [c.value for c in Category])
        elif key == "channels":
            out[key] = _codes(value, "channels", [c.value for c in Channel])
        elif key == "postcodes":
            codes = _string_list(value, "postcodes")
            bad = [c for c in codes if not _POSTCODE.match(c)]
            if bad:
                raise _invalid(
                    QT_TRANSLATE_NOOP("core", "Not a Belgian postcode: {codes}."),
                    codes=", ".join(bad),
                )
            out[key] = sorted(codes)
        elif key == "streets":
            out[key] = _string_list(value, "streets")
        elif key == "municipality_id":
            if session.get(Municipality, value) is None:
                raise NotFound(QT_TRANSLATE_NOOP("core", "No municipality with id {id}."), id=value)
            out[key] = value
        elif key == "mandated_officer_id":
            if value:
                officer = session.get(Operator, value)
                if officer is None or officer.role not in (Role.MANDATED_OFFICER, Role.KORPSCHEF):
                    raise _invalid(
                        QT_TRANSLATE_NOOP("core", "{id} is not a BIN-mandated officer."), id=value
                    )
            out[key] = value or None
        elif key == "evaluation_due":
            if value in (None, ""):
                out[key] = None
            elif isinstance(value, dt.date):
                out[key] = value
            else:
                try:
                    out[key] = dt.date.fromisoformat(str(value))
                except ValueError:
                    raise _invalid(
                        QT_TRANSLATE_NOOP("core", "{value} is not a date (YYYY-MM-DD)."),
                        value=value,
                    ) from None
    return out


def get_network(session: Session, network_id: str) -> Network:
    """A network that exists and is not deleted; NotFound otherwise."""
    network = session.get(Network, network_id)
    if network is None or network.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("core", "No network with id {id}."), id=network_id)
    return network


def create_network(
    db: Database, actor_id: str, *, state: State = State.INITIATIVE,
    today: dt.date | None = None, **fields: Any,
) -> str:
    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.NETWORK_EDIT)
        values = normalise_fields(session, fields)
        for required in ("name", "type", "municipality_id"):
            if required not in values:
                raise _invalid(QT_TRANSLATE_NOOP("core", "A new network needs {field}."),
                               field=required)
        municipality = session.get(Municipality, values["municipality_id"])
        assert municipality is not None
        defaults: dict[str, Any] = {
            "description": "", "sector": None, "languages": list(municipality.languages),
            "postcodes": [], "streets": [], "allowed_categories": [], "channels": [],
            "mandated_officer_id": None, "evaluation_due": None,
        }
        network = uow.create(
            Network, zone_id=municipality.zone_id, state=state.value, state_since=today,
            created_on=today, deleted=False, **{**defaults, **values},
        )
        uow.create(StateTransition, network_id=network.id, from_state=None,
                   to_state=state.value, effective_on=today, actor_id=actor_id, reason="")
        return network.id


def update_network(db: Database, actor_id: str, network_id: str, **fields: Any) -> dict[str, Any]:
    """Change editable fields; returns what really changed (one operation if anything did)."""
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.NETWORK_EDIT)
        network = get_network(uow.session, network_id)
        return uow.update(network, **normalise_fields(uow.session, fields))


def transition(
    db: Database, actor_id: str, network_id: str, target: State | str,
    effective_on: dt.date | None = None, reason: str = "",
) -> None:
    """Move a network to another life-cycle state, if the rules allow that step."""
    try:
        target = State(target)
    except ValueError:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("core", "Unknown state {state}."), state=target
        ) from None
    effective_on = effective_on or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.NETWORK_TRANSITION)
        network = get_network(uow.session, network_id)
        transition_in(uow, network, target, effective_on, reason)


def transition_in(uow: UnitOfWork, network: Network, target: State, effective_on: dt.date,
                  reason: str = "") -> None:
    """The state change itself, inside a caller's unit of work (charter steps use it too)."""
    current = State(network.state)
    if not can_transition(current, target):
        allowed = ", ".join(s.value for s in allowed_next(current)) or "-"
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "core",
                "{network} cannot go from '{current}' to '{target}'. Allowed next: {allowed}.",
            ),
            network=network.name, current=STATE_LABELS[current],
            target=STATE_LABELS[target], allowed=allowed,
        )
    if effective_on < network.state_since:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("core", "The date {date} is before the current state began "
                                      "({since})."),
            date=effective_on.isoformat(), since=network.state_since.isoformat(),
        )
    uow.create(StateTransition, network_id=network.id, from_state=current.value,
               to_state=target.value, effective_on=effective_on, actor_id=uow.actor_id,
               reason=reason.strip())
    uow.update(network, state=target.value, state_since=effective_on)


@dataclass
class ContactData:
    full_name: str
    email: str | None = None
    phone: str | None = None
    language: str = "nl"


def _clean_contact(data: ContactData) -> dict[str, Any]:
    name = " ".join(data.full_name.split())
    if not name:
        raise _invalid(QT_TRANSLATE_NOOP("core", "A contact needs a name."))
    email = (data.email or "").strip() or None
    if email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
        raise _invalid(QT_TRANSLATE_NOOP("core", "{email} is not an e-mail address."),
                       email=email)
    phone = (data.phone or "").strip() or None
    if phone and not re.match(r"^\+?[\d ./()-]{6,20}$", phone):
        raise _invalid(QT_TRANSLATE_NOOP("core", "{phone} is not a phone number."), phone=phone)
    language = data.language if data.language in LANGUAGES else "nl"
    return {"full_name": name, "email": email, "phone": phone, "language": language}


def add_contact(db: Database, actor_id: str, network_id: str, role: ContactRole,
                data: ContactData) -> str:
    """Add a coordinator or deputy. A network has one coordinator: adding one replaces it."""
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.NETWORK_EDIT)
        get_network(session, network_id)
        values = _clean_contact(data)
        if role == ContactRole.COORDINATOR:
            for old in _contacts(session, network_id, ContactRole.COORDINATOR):
                uow.delete(old)
        person = uow.create(Person, organisation=None, deleted=False, **values)
        contact = uow.create(NetworkContact, network_id=network_id, person_id=person.id,
                             role=role.value, deleted=False)
        return contact.id


def update_contact(db: Database, actor_id: str, contact_id: str, data: ContactData) -> None:
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.NETWORK_EDIT)
        contact = uow.session.get(NetworkContact, contact_id)
        if contact is None or contact.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No contact with id {id}."), id=contact_id)
        person = uow.session.get(Person, contact.person_id)
        assert person is not None
        uow.update(person, **_clean_contact(data))


def remove_contact(db: Database, actor_id: str, contact_id: str) -> None:
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.NETWORK_EDIT)
        contact = uow.session.get(NetworkContact, contact_id)
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No contact with id {id}."), id=contact_id)
        uow.delete(contact)


def _contacts(session: Session, network_id: str, role: ContactRole | None = None
              ) -> list[NetworkContact]:
    stmt = select(NetworkContact).where(NetworkContact.network_id == network_id,
                                        NetworkContact.deleted.is_(False))
    if role:
        stmt = stmt.where(NetworkContact.role == role.value)
    return list(session.scalars(stmt.order_by(NetworkContact.id)))


@dataclass(frozen=True)
class Contact:
    contact_id: str
    role: ContactRole
    full_name: str
    email: str | None
    phone: str | None
    language: str


@dataclass(frozen=True)
class NetworkDetail:
    network: Network
    municipality: Municipality
    summary: DashboardRow
    contacts: tuple[Contact, ...]
    mandated_officer: Operator | None

    @property
    def coordinator(self) -> Contact | None:
        return next((c for c in self.contacts if c.role == ContactRole.COORDINATOR), None)

    @property
    def deputies(self) -> list[Contact]:
        return [c for c in self.contacts if c.role == ContactRole.DEPUTY]


def network_detail(db: Database, network_id: str, today: dt.date | None = None) -> NetworkDetail:
    with db.read() as session:
        network = get_network(session, network_id)
        municipality = session.get(Municipality, network.municipality_id)
        assert municipality is not None
        rows = load_rows(session, DashboardFilter(network_ids=frozenset({network_id})),
                         today=today)
        contacts = []
        for contact in _contacts(session, network_id):
            person = session.get(Person, contact.person_id)
            assert person is not None
            contacts.append(Contact(contact.id, ContactRole(contact.role), person.full_name,
                                    person.email, person.phone, person.language))
        officer = (session.get(Operator, network.mandated_officer_id)
                   if network.mandated_officer_id else None)
        contacts.sort(key=lambda c: (c.role != ContactRole.COORDINATOR, c.full_name))
        return NetworkDetail(network, municipality, rows[0], tuple(contacts), officer)


@dataclass(frozen=True)
class HistoryEntry:
    op_id: str
    hlc: str
    at: dt.datetime
    actor: str
    actor_personnel_number: str | None
    device_id: str
    entity: str
    entity_id: str
    kind: str
    fields: dict[str, Any]


def network_history(db: Database, network_id: str, limit: int = 500) -> list[HistoryEntry]:
    """The operation log entries of a network and everything tied to it, newest first."""
    with db.read() as session:
        get_network(session, network_id)
        contact_person_ids = select(NetworkContact.person_id).where(
            NetworkContact.network_id == network_id
        )
        stmt = (
            select(Operation, Operator.name, Operator.personnel_number)
            .outerjoin(Operator, Operator.id == Operation.actor_id)
            .where(
                (Operation.network_id == network_id)
                | ((Operation.entity == "person") & Operation.entity_id.in_(contact_person_ids))
            )
            .order_by(Operation.hlc.desc())
            .limit(limit)
        )
        entries = []
        for op, name, number in session.execute(stmt):
            stamp = Timestamp.decode(op.hlc)
            entries.append(HistoryEntry(
                op_id=op.op_id, hlc=op.hlc,
                at=dt.datetime.fromtimestamp(stamp.wall_ms / 1000, tz=dt.UTC),
                actor=name or "?", actor_personnel_number=number, device_id=op.device_id,
                entity=op.entity, entity_id=op.entity_id, kind=op.kind,
                fields=json.loads(op.fields),
            ))
        return entries
