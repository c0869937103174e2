"""Push and pull of the operation log between this data folder and the zone hub.

One sync = check (quarantine, schema, clock) → push files → push operations → pull operations
→ pull files. Both directions are idempotent and resumable, so a sync cut at any moment (network
gone, process killed) loses nothing and duplicates nothing:

* push: this device's operations after `push_seq` (device_state), in batches, each batch one hub
  transaction with ON CONFLICT (op_id) DO NOTHING; `push_seq` advances only after the hub
  committed — a crash in between resends one batch, which the hub skips;
* pull: hub operations after `sync_cursor`, in sequence order, each batch applied to the local
  tables together with the cursor in ONE local transaction; the hub numbers operations in
  commit order, so nothing committed late is skipped.

The merge rules are in `sync.merge`; docs/sync.md states them all.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError
from bin_desktop.core.hlc import MAX_FORWARD_SKEW_MS, HybridLogicalClock, Timestamp
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Blob, DeviceState, Operation, SyncConflict
from bin_desktop.core.store.schema import SCHEMA_VERSION
from bin_desktop.core.sync import hub as hubmod
from bin_desktop.core.sync.hub import (
    Hub,
    HubError,
    HubUnreachable,
    parse_hub_url,
    safe_url,
    without_password,
)
from bin_desktop.core.sync.merge import Op, materialize, write_rows

log = logging.getLogger("bin_desktop.sync")

BATCH = 5000
#: a local clock this far from the hub's is reported to the user
SKEW_WARNING_MS = 60_000

HUB_URL_KEY = "hub_url"
CURSOR_KEY = "sync_cursor"
PUSH_KEY = "push_seq"
LAST_SYNC_KEY = "last_sync"
QUARANTINE_KEY = "sync_quarantine"
HUB_ID_KEY = "sync_hub_id"

Progress = Callable[[str, int, int], None]  # (phase "push"/"pull", done, total)


class SyncError(BinDeskError):
    exit_code = 3


class DeviceQuarantined(SyncError):
    """This data folder is a copy or a restored backup of a device: its log diverges."""

    exit_code = 4


class UpdateRequired(SyncError):
    exit_code = 5


class ClockSkewed(SyncError):
    pass


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    #: this computer's clock minus the hub's, in ms (positive: this one is ahead)
    clock_skew_ms: int = 0
    cursor: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- settings of this device -----------------------------------------------------------
def hub_url(db: Database) -> str | None:
    return db.get_local(HUB_URL_KEY)


def set_hub_url(db: Database, url: str | None) -> None:
    """Remember the hub of this device (never its password: that is in the keyring)."""
    if url:
        db.set_local(HUB_URL_KEY, without_password(url))
    else:
        db.set_local(HUB_URL_KEY, None)


def open_hub(db: Database, url: str | None = None) -> Hub:
    """Connect to the given hub, or to this device's, with the password from the keyring."""
    target = url or hub_url(db)
    if not target:
        raise SyncError(QT_TRANSLATE_NOOP(
            "core", "No hub is configured for this computer: give one with --hub URL or in "
            "Settings → Synchronisation."))
    password = None
    if parse_hub_url(target).password is None and not target.startswith("sqlite"):
        from bin_desktop.core.secrets import SecretStoreUnavailable, hub_password  # noqa: PLC0415

        try:
            password = hub_password()
        except SecretStoreUnavailable:
            password = None  # trust or certificate authentication still works
    return Hub(target, password)


def _local_int(db: Database, key: str) -> int:
    value = db.get_local(key)
    return int(value) if value else 0


def pending_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Operation).where(
            Operation.device_id == db.device_id,
            Operation.device_seq > _local_int(db, PUSH_KEY))) or 0)


def open_conflicts(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved.is_(False))) or 0)


def status(db: Database) -> dict[str, Any]:
    return {
        "hub": hub_url(db),
        "pending": pending_count(db),
        "last_sync": db.get_local(LAST_SYNC_KEY),
        "cursor": _local_int(db, CURSOR_KEY),
        "conflicts": open_conflicts(db),
        "quarantined": db.get_local(QUARANTINE_KEY),
        "device_id": db.device_id,
    }


# -- the sync ----------------------------------------------------------------------------
def sync(db: Database, hub: Hub, *, batch_size: int = BATCH,
         progress: Progress | None = None, now_ms: Callable[[], int] | None = None
         ) -> SyncReport:
    """Push, then pull, everything there is. Safe to interrupt at any point."""
    started = time.perf_counter()
    report = SyncReport()
    reason = db.get_local(QUARANTINE_KEY)
    if reason:
        raise DeviceQuarantined(_QUARANTINE_TEXT, reason=reason)
    try:
        _check_schema(hub)
        _follow_hub(db, hub)
        local_ms = (now_ms or _wall_ms)()
        report.clock_skew_ms = local_ms - hub.now_ms()
        if abs(report.clock_skew_ms) > SKEW_WARNING_MS:
            report.warnings.append(_skew_text(report.clock_skew_ms))
        report.blobs_up = _push_blobs(db, hub)
        report.pushed = _push(db, hub, batch_size, report, progress)
        report.pulled = _pull(db, hub, batch_size, report, progress)
        report.blobs_down = _pull_blobs(db, hub)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        if _local_failure(exc, hub):
            raise SyncError(QT_TRANSLATE_NOOP(
                "core", "This computer's data folder could not be written during the sync "
                "({reason}). Free some disk space and sync again: nothing was lost, the sync "
                "goes on from its last complete step."), reason=reason) from exc
        raise HubUnreachable(QT_TRANSLATE_NOOP(
            "core", "The connection to the hub {url} was lost ({reason}). Nothing is lost: "
            "the next sync goes on from where this one stopped."),
            url=safe_url(hub.url), reason=reason) from exc
    db.set_local(LAST_SYNC_KEY, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    report.cursor = _local_int(db, CURSOR_KEY)
    report.conflicts = open_conflicts(db)
    report.seconds = round(time.perf_counter() - started, 3)
    log.info("sync: pushed %d, pulled %d, %d open conflicts, %.2f s", report.pushed,
             report.pulled, report.conflicts, report.seconds)
    return report


def _local_failure(exc: OperationalError, hub: Hub) -> bool:
    """A full disk or a read-only folder here, rather than a lost connection to the hub."""
    if not isinstance(exc.orig, sqlite3.OperationalError):
        return False
    text_ = str(exc.orig).lower()
    return hub.dialect != "sqlite" or "full" in text_ or "readonly" in text_


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class Notice(str):
    """A warning for the user: reads as English text (CLI, JSON, logs) and keeps its template
    and parameters so the GUI can show it translated (the "core" context)."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Notice:
        notice = super().__new__(cls, template.format(**params))
        notice.template = template
        notice.params = params
        return notice


def _skew_text(skew_ms: int) -> Notice:
    if skew_ms > 0:
        return Notice(QT_TRANSLATE_NOOP(
            "core", "The clock of this computer is {seconds} s ahead of the hub's: correct the "
            "date and time."), seconds=abs(skew_ms) // 1000)
    return Notice(QT_TRANSLATE_NOOP(
        "core", "The clock of this computer is {seconds} s behind the hub's: correct the date "
        "and time."), seconds=abs(skew_ms) // 1000)


def _check_schema(hub: Hub) -> None:
    if hub.schema_version > SCHEMA_VERSION:
        raise UpdateRequired(QT_TRANSLATE_NOOP(
            "core", "The zone hub is used by a newer BIN Desk (data version {hub}, this one "
            "has {mine}). Install the update before syncing; your changes stay on this "
            "computer until then."), hub=hub.schema_version, mine=SCHEMA_VERSION)
    if hub.schema_version < SCHEMA_VERSION:
        hub.raise_schema_version(SCHEMA_VERSION)


def _follow_hub(db: Database, hub: Hub) -> None:
    """Cursors belong to one hub: pointed at another one (a new hub, a SQLite office hub
    replaced by PostgreSQL), this folder pushes and pulls everything again — both directions
    are idempotent, so nothing is doubled — and forgets the old hub's sequence numbers."""
    if db.get_local(HUB_ID_KEY) == hub.hub_id:
        return
    with db.write() as session:
        session.execute(update(Operation).values(hub_seq=None))
        session.execute(delete(SyncConflict))
        for key, value in ((PUSH_KEY, "0"), (CURSOR_KEY, "0"), (HUB_ID_KEY, hub.hub_id)):
            _put(session, key, value)
    log.info("sync: following hub %s from the start", hub.hub_id)


_QUARANTINE_TEXT = QT_TRANSLATE_NOOP(
    "core", "This data folder is a copy or a restored backup of another BIN Desk ({reason}). "
    "It no longer syncs, so that nothing is merged blindly. Its data stays here: start BIN Desk "
    "on a new, empty data folder to get the zone from the hub again, and re-enter what is "
    "missing from this one (bin-desktop export --json shows it).")


def _quarantine(db: Database, reason: str) -> DeviceQuarantined:
    db.set_local(QUARANTINE_KEY, reason)
    log.error("sync: device quarantined: %s", reason)
    return DeviceQuarantined(_QUARANTINE_TEXT, reason=reason)


# -- push --------------------------------------------------------------------------------
_OP_SELECT = [Operation.__table__.c[c] for c in hubmod.OP_COLUMNS]


def _push(db: Database, hub: Hub, batch_size: int, report: SyncReport,
          progress: Progress | None) -> int:
    pushed_seq = _local_int(db, PUSH_KEY)
    _check_divergence(db, hub, pushed_seq)
    total = pending_count(db)
    done = 0
    while True:
        with db.read() as session:
            rows = [dict(r._mapping) for r in session.execute(
                select(*_OP_SELECT).where(Operation.device_id == db.device_id,
                                          Operation.device_seq > pushed_seq)
                .order_by(Operation.device_seq).limit(batch_size))]
        if not rows:
            return done
        newest = max(Timestamp.decode(r["hlc"]).wall_ms for r in rows)
        hub_now = _wall_ms() - report.clock_skew_ms
        if newest > hub_now + MAX_FORWARD_SKEW_MS:
            raise ClockSkewed(QT_TRANSLATE_NOOP(
                "core", "Changes made on this computer are stamped {minutes} minutes in the "
                "future of the hub: the clock of this computer is wrong. Correct the date and "
                "time; the changes stay here and go up at the next sync."),
                minutes=(newest - hub_now) // 60_000)
        try:
            hub.push(rows)
        except IntegrityError as exc:
            raise _quarantine(db, "another device pushed different changes under this "
                                  "device's identity") from exc
        except DBAPIError as exc:
            if hubmod.SKEW_MARKER in str(exc.orig):
                raise ClockSkewed(QT_TRANSLATE_NOOP(
                    "core", "The hub refused changes stamped in its future: the clock of this "
                    "computer is wrong. Correct it; nothing is lost.")) from exc
            raise
        pushed_seq = rows[-1]["device_seq"]
        db.set_local(PUSH_KEY, str(pushed_seq))  # only after the hub committed
        done += len(rows)
        if progress:
            progress("push", done, total)


def _check_divergence(db: Database, hub: Hub, pushed_seq: int) -> None:
    """The hub's operations of this device after what it knows it pushed must be exactly its
    own: otherwise this folder is a restored backup or a copy of a device."""
    on_hub = hub.device_ops(db.device_id, pushed_seq)
    if not on_hub:
        return
    with db.read() as session:
        local = {seq: op_id for seq, op_id in session.execute(
            select(Operation.device_seq, Operation.op_id).where(
                Operation.device_id == db.device_id, Operation.device_seq.in_(list(on_hub))))}
    if any(local.get(seq) != op_id for seq, op_id in on_hub.items()):
        raise _quarantine(db, "the hub holds changes of this device that this folder does "
                              "not have")


# -- pull --------------------------------------------------------------------------------
def _pull(db: Database, hub: Hub, batch_size: int, report: SyncReport,
          progress: Progress | None) -> int:
    cursor = _local_int(db, CURSOR_KEY)
    total = max(0, hub.last_seq() - cursor)
    done = 0
    while True:
        rows = hub.pull(cursor, batch_size)
        if not rows:
            return done
        newer = next((i for i, r in enumerate(rows) if r["schema_version"] > SCHEMA_VERSION),
                     None)
        usable = rows if newer is None else rows[:newer]
        if usable:
            _apply_batch(db, usable, report)
            cursor = usable[-1]["seq"]
            done += len(usable)
            if progress:
                progress("pull", done, total)
        if newer is not None:
            raise UpdateRequired(QT_TRANSLATE_NOOP(
                "core", "The zone hub holds changes made by a newer BIN Desk (data version "
                "{hub}, this one has {mine}). Install the update; everything up to them was "
                "synced."), hub=rows[newer]["schema_version"], mine=SCHEMA_VERSION)


def _apply_batch(db: Database, rows: list[dict[str, Any]], report: SyncReport) -> None:
    ids = [r["op_id"] for r in rows]
    with db.write() as session:
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        known: set[str] = set()
        for start in range(0, len(ids), 5000):
            known.update(session.scalars(select(Operation.op_id).where(
                Operation.op_id.in_(ids[start:start + 5000]))))
        missing_own = [r for r in rows if r["device_id"] == db.device_id
                       and r["op_id"] not in known]
        if missing_own:
            session.rollback()
            raise _quarantine(db, "the hub holds changes of this device that this folder "
                                  "does not have")
        new = [r for r in rows if r["op_id"] not in known]
        new_entities = list(dict.fromkeys(r["entity_id"] for r in new))
        had_ops = _entities_with_ops(session, new_entities)
        table = Operation.__table__
        assert isinstance(table, Table)
        write_rows(session, table, [
            {**{c: r[c] for c in hubmod.OP_COLUMNS}, "hub_seq": r["seq"]} for r in new])
        seen = [r for r in rows if r["op_id"] in known]
        if seen:
            session.connection().exec_driver_sql(
                "UPDATE operation SET hub_seq = ? WHERE op_id = ?",
                [(r["seq"], r["op_id"]) for r in seen])
        touched: dict[str, dict[str, None]] = {}
        preloaded: dict[str, list[Op]] = {}
        for r in new:
            touched.setdefault(r["entity"], {})[r["entity_id"]] = None
            if r["entity_id"] not in had_ops:
                preloaded.setdefault(r["entity_id"], []).append(Op(
                    r["op_id"], r["hlc"], r["device_id"], r["seen_seq"], r["seq"], r["kind"],
                    json.loads(r["fields"]), r["network_id"]))
        # an own operation that now has its hub sequence can be judged against others'
        shared = _entities_shared(session, db.device_id, [r["entity_id"] for r in seen])
        for r in seen:
            if r["entity_id"] in shared:
                touched.setdefault(r["entity"], {})[r["entity_id"]] = None
        try:
            materialize(session, {entity: list(found) for entity, found in touched.items()},
                        preloaded)
        except IntegrityError as exc:
            raise SyncError(QT_TRANSLATE_NOOP(
                "core", "A change from the hub clashes with a value that must be unique on this "
                "computer ({reason}): probably the same personnel number, NIS code or gateway "
                "name was entered on two devices. Change it here and sync again; nothing was "
                "lost."), reason=str(exc.orig).strip()) from exc
        _merge_clock(session, db.device_id, rows, report)
        _put(session, CURSOR_KEY, str(rows[-1]["seq"]))


def _entities_with_ops(session: Any, entity_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(entity_ids), 5000):
        found.update(session.scalars(select(Operation.entity_id).where(
            Operation.entity_id.in_(entity_ids[start:start + 5000])).distinct()))
    return found


def _entities_shared(session: Any, device_id: str, entity_ids: list[str]) -> set[str]:
    found: set[str] = set()
    unique = list(dict.fromkeys(entity_ids))
    for start in range(0, len(unique), 5000):
        found.update(session.scalars(select(Operation.entity_id).where(
            Operation.entity_id.in_(unique[start:start + 5000]),
            Operation.device_id != device_id).distinct()))
    return found


def _merge_clock(session: Any, device_id: str, rows: list[dict[str, Any]],
                 report: SyncReport) -> None:
    """Later local stamps follow what was pulled (an edit made after seeing another wins)."""
    state = session.get(DeviceState, "hlc")
    clock = HybridLogicalClock(device_id, Timestamp.decode(state.value) if state else None,
                               max_forward_skew_ms=10**15)
    newest = max(Timestamp.decode(r["hlc"]) for r in rows)
    if newest.wall_ms > _wall_ms() + MAX_FORWARD_SKEW_MS:
        text_ = Notice(QT_TRANSLATE_NOOP(
            "core", "Pulled changes are stamped {minutes} minutes in the future of this "
            "computer: check its date and time."),
            minutes=(newest.wall_ms - _wall_ms()) // 60_000)
        if text_ not in report.warnings:
            report.warnings.append(text_)
    clock.receive(newest)
    _put(session, "hlc", clock.state.encode())


def _put(session: Any, key: str, value: str) -> None:
    row = session.get(DeviceState, key)
    if row:
        row.value = value
    else:
        session.add(DeviceState(key=key, value=value))


# -- files ---------------------------------------------------------------------------------
def _push_blobs(db: Database, hub: Hub) -> int:
    with db.read() as session:
        local = set(session.scalars(select(Blob.sha256)))
    missing = sorted(local - hub.blob_hashes())
    for start in range(0, len(missing), 20):
        with db.read() as session:
            rows = [{"sha256": b.sha256, "size": b.size, "media_type": b.media_type,
                     "data": b.data} for b in session.scalars(
                select(Blob).where(Blob.sha256.in_(missing[start:start + 20])))]
        hub.put_blobs(rows)
    return len(missing)


def _pull_blobs(db: Database, hub: Hub) -> int:
    with db.read() as session:
        local = set(session.scalars(select(Blob.sha256)))
    missing = sorted(hub.blob_hashes() - local)
    for start in range(0, len(missing), 20):
        rows = hub.get_blobs(missing[start:start + 20])
        with db.write() as session:
            session.execute(insert(Blob), [{**r, "data": bytes(r["data"])} for r in rows])
    return len(missing)


__all__ = ["ClockSkewed", "DeviceQuarantined", "HubError", "HubUnreachable", "SyncError",
           "SyncReport", "UpdateRequired", "hub_url", "open_hub",
           "pending_count", "set_hub_url", "status", "sync"]
