"""The police zone of this database and its municipalities."""

from __future__ import annotations

from sqlalchemy import select

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
