"""Dispatch across devices: with a hub, one device at a time sends a message's deliveries.

The claim lives in the hub (`hub_claim`, see hub.py) with a lease renewed before every dispatch
round. A device that takes a claim over from another device whose lease ran out cannot know
what that device submitted in its last moments (its outcomes may never have reached the hub), so
before sending anything of that message it marks the message's queued deliveries as suspect —
claimed by the previous holder, lease over — and the dispatcher asks the provider about each of
them first (the delivery key is the provider's client reference) and submits only those the
provider never received. Without a reachable hub nothing is claimed, so nothing is sent: an
offline laptop's message goes out once it is synced, from whichever online device claims it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from bin_desktop.core.dispatch import QUEUED
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Delivery
from bin_desktop.core.sync.hub import Hub, HubError

log = logging.getLogger("bin_desktop.sync.claims")

LEASE_SECONDS = 120.0
#: a lease over, in the past: the dispatcher's "suspect claim" path asks the provider first
_LONG_AGO = dt.datetime(2000, 1, 1)


class HubClaims:
    """The message filter of a dispatcher working with a hub."""

    def __init__(self, db: Database, hub: Hub, lease_seconds: float = LEASE_SECONDS) -> None:
        self.db = db
        self.hub = hub
        self.lease_seconds = lease_seconds

    def _open_messages(self) -> set[str]:
        with self.db.read() as session:
            return set(session.scalars(select(Delivery.message_id).where(
                Delivery.state == QUEUED).distinct()))

    def prepare(self) -> set[str]:
        """Take the claims of the messages with queued deliveries; for those taken over from
        another device, mark what it may have sent for a status query first. Run it outside
        any dispatch transaction (it writes). Returns the messages this device may send."""
        try:
            held = self.hub.claim(self._open_messages(), self.db.device_id, self.lease_seconds)
        except (OperationalError, DBAPIError) as exc:
            log.warning("dispatch claims: hub unreachable (%s); nothing is sent",
                        type(exc).__name__)
            return set()
        taken = {c.message_id: c.taken_over_from for c in held if c.taken_over_from}
        if taken:
            self._mark_suspect(taken)
            self.hub.acknowledge_takeover(taken, self.db.device_id)
            log.info("dispatch claims: took over %d message(s) from another device", len(taken))
        return {c.message_id for c in held}

    def _mark_suspect(self, taken: dict[str, str]) -> None:
        with self.db.unit_of_work(None) as uow:
            for message_id, previous in taken.items():
                for row in uow.session.scalars(select(Delivery).where(
                        Delivery.message_id == message_id, Delivery.state == QUEUED,
                        Delivery.claimed_by.is_(None))):
                    uow.update(row, claimed_by=previous, lease_until=_LONG_AGO)

    def __call__(self, message_ids: set[str]) -> set[str]:
        """The dispatcher's message filter: renew the leases, keep what this device holds.
        A takeover noticed here waits for the next `prepare` (no writes inside a round)."""
        try:
            held = self.hub.claim(message_ids, self.db.device_id, self.lease_seconds)
        except (OperationalError, DBAPIError):
            return set()
        return {c.message_id for c in held if not c.taken_over_from}


class NoHub:
    """The filter while the hub cannot be reached: nothing goes out, everything waits."""

    def __init__(self, error: HubError) -> None:
        self.error = error

    def __call__(self, _message_ids: set[str]) -> set[str]:
        return set()


@contextmanager
def dispatch_claims(db: Database) -> Iterator[Callable[[set[str]], set[str]] | None]:
    """The message filter a dispatcher on this data folder must use: None without a hub (this
    folder is the whole zone); with a hub, the hub's claims — and when the hub cannot be
    reached, a filter that lets nothing through (everything waits, nothing is lost)."""
    from bin_desktop.core.sync.engine import hub_url, open_hub  # noqa: PLC0415

    if not hub_url(db):
        yield None
        return
    try:
        hub = open_hub(db)
    except HubError as exc:
        log.warning("dispatch claims: %s", type(exc).__name__)
        yield NoHub(exc)
        return
    with hub:
        claims = HubClaims(db, hub)
        claims.prepare()
        yield claims
