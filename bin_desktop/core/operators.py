"""Operators (the people who use BIN Desk), their roles and what each role may do.

Permissions are checked here, in core, for every change — not only by greying out buttons.
"""

from __future__ import annotations

import re
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from bin_desktop.core.domain import Role
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Operator

DEFAULT_OPERATOR_KEY = "default_operator_id"
PERSONNEL_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")


class Permission(StrEnum):
    NETWORK_EDIT = "network.edit"
    NETWORK_TRANSITION = "network.transition"
    MEMBER_EDIT = "member.edit"
    MESSAGE_COMPOSE = "message.compose"
    MESSAGE_APPROVE = "message.approve"
    CHARTER_MANAGE = "charter.manage"
    SIGN_AS_KORPSCHEF = "charter.sign_korpschef"
    SIGN_FOR_MUNICIPALITY = "charter.sign_municipality"
    OPERATOR_MANAGE = "operator.manage"
    ZONE_SETTINGS = "zone.settings"
    DEMO_SEED = "demo.seed"


_OFFICER = {
    Permission.NETWORK_EDIT,
    Permission.NETWORK_TRANSITION,
    Permission.MEMBER_EDIT,
    Permission.MESSAGE_COMPOSE,
    Permission.MESSAGE_APPROVE,
    Permission.CHARTER_MANAGE,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MANDATED_OFFICER: frozenset(_OFFICER),
    Role.KORPSCHEF: frozenset(_OFFICER | {Permission.SIGN_AS_KORPSCHEF}),
    # The municipality's prevention officer follows the networks and signs for the
    # municipality, but does not edit police data or member lists.
    Role.PREVENTION_OFFICER: frozenset({Permission.SIGN_FOR_MUNICIPALITY}),
    # The administrator manages the installation, not the citizens' data (least privilege).
    Role.ADMINISTRATOR: frozenset(
        {Permission.OPERATOR_MANAGE, Permission.ZONE_SETTINGS, Permission.DEMO_SEED}
    ),
}


def has_permission(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(session: Session, operator_id: str | None, permission: Permission) -> Operator:
    """The acting operator, if their role allows `permission`; PermissionDenied otherwise."""
    operator = session.get(Operator, operator_id) if operator_id else None
    if operator is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "No operator is selected. Choose who you are first.")
        )
    if not operator.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "Operator {name} is deactivated."), name=operator.name
        )
    if not has_permission(operator.role, permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "{name} ({role}) may not do this ({permission})."),
            name=operator.name, role=operator.role, permission=permission.value,
        )
    return operator


def list_operators(db: Database) -> list[Operator]:
    with db.read() as session:
        return list(session.scalars(select(Operator).order_by(Operator.name)))


def find_by_personnel_number(db: Database, personnel_number: str) -> Operator:
    with db.read() as session:
        operator = session.scalar(
            select(Operator).where(Operator.personnel_number == personnel_number)
        )
    if operator is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "No operator with personnel number {number}."),
            number=personnel_number,
        )
    return operator


def create_operator(
    db: Database, actor_id: str | None, name: str, personnel_number: str, role: str,
    email: str | None = None,
) -> Operator:
    """Create an operator. The very first operator of a data folder needs no actor."""
    name = name.strip()
    personnel_number = personnel_number.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The operator's name is empty."))
    if not PERSONNEL_NUMBER.match(personnel_number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, "
                "dashes or underscores.",
            ),
            number=personnel_number,
        )
    try:
        Role(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Unknown role {role}; use one of: {roles}."),
            role=role, roles=", ".join(r.value for r in Role),
        ) from None
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        first = session.scalar(select(Operator.id).limit(1)) is None
        if not first:
            require(session, actor_id, Permission.OPERATOR_MANAGE)
        if session.scalar(select(Operator.id).where(
                Operator.personnel_number == personnel_number)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Personnel number {number} is already in use."),
                number=personnel_number,
            )
        operator_id = uow.new_id()
        if first:
            uow.actor_id = operator_id  # the first operator's creation is their own act
        operator = uow.create(Operator, id=operator_id, name=name,
                              personnel_number=personnel_number, role=role, email=email,
                              active=True)
    if db.get_local(DEFAULT_OPERATOR_KEY) is None:
        db.set_local(DEFAULT_OPERATOR_KEY, operator.id)
    return operator


def current_operator(db: Database, personnel_number: str | None = None) -> Operator:
    """The operator acting now: the one named, else this data folder's default."""
    if personnel_number:
        return find_by_personnel_number(db, personnel_number)
    default_id = db.get_local(DEFAULT_OPERATOR_KEY)
    with db.read() as session:
        operator = session.get(Operator, default_id) if default_id else None
    if operator is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "core",
                "This data folder has no default operator. Name one with --operator, or "
                "create one with 'operators add'.",
            )
        )
    return operator


def set_default_operator(db: Database, operator_id: str) -> None:
    with db.read() as session:
        if session.get(Operator, operator_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No operator with id {id}."), id=operator_id)
    db.set_local(DEFAULT_OPERATOR_KEY, operator_id)
