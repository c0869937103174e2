"""The police zone of this database and its municipalities."""

from __future__ import annotations

from sqlalchemy import select

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Municipality, Zone


def get_zone(db: Database) -> Zone | None:
    """The zone, or None for a data folder that was never set up (or seeded)."""
    with db.read() as session:
        return session.scalar(select(Zone).order_by(Zone.id).limit(1))


def list_municipalities(db: Database) -> list[Municipality]:
    with db.read() as session:
        return list(
            session.scalars(select(Municipality).order_by(Municipality.name_nl,
                                                          Municipality.name_fr))
        )


def update_zone(db: Database, actor_id: str, **fields: object) -> dict[str, object]:
    """Change the zone's settings (administrator): name, number, address, overdue thresholds."""
    numbers = {"signature_overdue_days", "evaluation_interval_months",
               "member_retention_months", "feedback_days", "max_sms_segments"}
    flags = {"four_eyes_normal"}
    lists = {"own_numbers", "disabled_rules"}
    allowed = {"name", "number", "address"} | numbers | flags | lists
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Unknown zone setting(s): {fields}. Settable: {allowed}."),
            fields=", ".join(sorted(unknown)), allowed=", ".join(sorted(allowed)))
    values: dict[str, object] = {}
    for key, value in fields.items():
        if key in flags:
            values[key] = value if isinstance(value, bool) else str(value).strip().lower() in (
                "1", "true", "yes", "ja", "oui", "on")
        elif key in lists:
            items = value if isinstance(value, list) else str(value).split(",")
            values[key] = [str(item).strip() for item in items if str(item).strip()]
        elif key in numbers:
            try:
                number = int(str(value))
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "{field} must be a whole "
                                                                "number."), field=key) from None
            if not 1 <= number <= 3650:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "{field} must be between 1 and "
                                                                "3650."), field=key)
            values[key] = number
        else:
            text = str(value).strip()
            if key != "address" and not text:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "{field} cannot be empty."),
                                      field=key)
            values[key] = text
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.ZONE_SETTINGS)
        zone = uow.session.scalar(select(Zone).order_by(Zone.id).limit(1))
        if zone is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "This data folder has no zone yet."))
        return uow.update(zone, **values)
