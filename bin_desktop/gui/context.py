"""What every page needs: the open database, the worker, the error helper, who is acting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Operator, Zone
from bin_desktop.gui.errors import ErrorHelper
from bin_desktop.gui.tasks import DbTasks


class DataEvents(QObject):
    """Tells every page that the shared data changed, so lists reload after a save."""

    networksChanged = Signal()  # noqa: N815 - Qt naming
    operatorChanged = Signal()  # noqa: N815


@dataclass
class AppContext:
    db: Database
    tasks: DbTasks
    errors: ErrorHelper
    events: DataEvents
    operator: Operator | None  # None only in a smoke test on a folder without operators
    zone: Zone | None  # None for a data folder that was never set up

    @property
    def actor_id(self) -> str:
        """The acting operator's id; "" when nobody is (core then refuses every change)."""
        return self.operator.id if self.operator else ""

    @property
    def overdue_days(self) -> int:
        return self.zone.signature_overdue_days if self.zone else 30
