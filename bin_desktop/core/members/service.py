"""Member-list services: import for review, the review queue, members, privacy, exports.

Nothing from a coordinator's file is stored before the officer looks at it: an import puts
validated rows in a review queue; approving a row makes a member (with its source and reviewer).
The file itself is not kept (minimum data) — only its sha256, to recognise it again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bin_desktop.core.domain import MemberStatus
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bin_desktop.core.members.model import (
    FIELDS,
    ExistingMember,
    Mapping,
    RawTable,
    Territory,
    ValidatedRow,
)
from bin_desktop.core.members.privacy import BLANK, redact_operations
from bin_desktop.core.networks import get_network
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.blobs import sha256_hex
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    ImportRow,
    Member,
    MemberImport,
    MemberSearch,
    Municipality,
    Network,
    Operation,
)
from bin_desktop.core.store.oplog import UnitOfWork
from bin_desktop.core.text import fold

# The member fields an officer may edit (and fix in a queued row).
EDITABLE = ("full_name", "first_name", "last_name", "phone_e164", "phone2_e164", "email",
            "street", "house_number", "box", "postcode", "language", "consent", "consent_on",
            "channels", "quiet_from", "quiet_until", "notes", "status", "left_on")


class Decision:
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    MERGED = "merged"


def territory_of(session: Session, network: Network) -> Territory:
    municipality = session.get(Municipality, network.municipality_id)
    names = tuple(n for n in ((municipality.name_nl, municipality.name_fr, municipality.name_de)
                              if municipality else ()) if n)
    return Territory(tuple(network.streets), tuple(network.postcodes), names)


def existing_members(session: Session, network_id: str) -> list[ExistingMember]:
    rows = session.execute(
        select(Member.id, Member.full_name, Member.phone_e164, Member.email, Member.street,
               Member.house_number, Member.postcode)
        .where(Member.network_id == network_id, Member.deleted.is_(False),
               Member.status != MemberStatus.LEFT.value))
    return [ExistingMember(*row) for row in rows]


# -- import -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportDiff:
    """A newer list from the same coordinator, compared with the members on record."""

    new: int  # rows that match no member
    unchanged: int  # rows that match a member with the same data
    changed: int  # rows that match a member whose data differs
    gone: tuple[str, ...]  # ids of members that no row matches any more


@dataclass(frozen=True)
class ImportResult:
    import_id: str | None  # None for a dry run
    table: RawTable
    mapping: Mapping
    rows: tuple[ValidatedRow, ...]
    diff: ImportDiff

    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(r.status for r in self.rows)
        return {"ok": counts["ok"], "problem": counts["problem"],
                "duplicate": counts["duplicate"]}


def _check_mapping(mapping: Mapping, table: RawTable) -> Mapping:
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown member field(s) in the "
                                                        "mapping: {fields}."),
                              fields=", ".join(sorted(unknown)))
    bad = {f: i for f, i in mapping.items()
           if not isinstance(i, int) or not 0 <= i < len(table.headers)}
    if bad:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The mapping points at columns the file "
                                                        "does not have: {fields}."),
                              fields=", ".join(sorted(bad)))
    if not ({"full_name", "last_name", "first_name"} & set(mapping)):
        raise ValidationError(QT_TRANSLATE_NOOP("core", "No column holds the members' names. "
                                                        "Map the name column(s) and try "
                                                        "again."))
    return dict(mapping)


def _same_data(row: ValidatedRow, member: ExistingMember) -> bool:
    return (row.phone_e164 == member.phone_e164
            and (row.email or None) == (member.email or None)
            and fold(row.street) == fold(member.street)
            and fold(row.house_number) == fold(member.house_number)
            and fold(row.full_name) == fold(member.full_name))


def _diff(rows: Sequence[ValidatedRow], existing: Sequence[ExistingMember]) -> ImportDiff:
    by_id = {m.id: m for m in existing}
    matched = {r.duplicate_of_member for r in rows if r.duplicate_of_member}
    unchanged = sum(1 for r in rows if r.duplicate_of_member
                    and _same_data(r, by_id[r.duplicate_of_member]))
    changed = sum(1 for r in rows if r.duplicate_of_member) - unchanged
    new = sum(1 for r in rows if not r.duplicate_of_member and not r.duplicate_of_row)
    return ImportDiff(new, unchanged, changed, tuple(sorted(set(by_id) - matched)))


def _row_data(row: ValidatedRow) -> dict[str, Any]:
    data = asdict(row)
    for key in ("row", "status", "findings", "duplicate_of_member", "duplicate_of_row"):
        data.pop(key)
    data["consent_on"] = row.consent_on.isoformat() if row.consent_on else None
    data["channels"] = list(row.channels)
    data["findings"] = [{"code": f.code, "field": f.field, "template": f.template,
                         "params": f.params} for f in row.findings]
    return data


def import_file(
    db: Database, actor_id: str, network_id: str, data: bytes, filename: str, *,
    mapping: Mapping | None = None, sheet: str | None = None, dry_run: bool = False,
    today: dt.date | None = None,
) -> ImportResult:
    """Read, map and validate a coordinator's list; unless a dry run, queue it for review."""
    from bin_desktop.core.members.reader import apply_mapping, guess_mapping, read_table  # noqa: PLC0415
    from bin_desktop.core.members.validation import validate_rows  # noqa: PLC0415

    today = today or dt.date.today()
    table = read_table(data, filename, sheet=sheet)
    chosen = _check_mapping(mapping if mapping is not None else guess_mapping(table.headers),
                            table)
    with db.read() as session:
        require(session, actor_id, Permission.MEMBER_EDIT)
        network = get_network(session, network_id)
        territory = territory_of(session, network)
        existing = existing_members(session, network_id)
        languages = list(network.languages)
    rows = validate_rows(apply_mapping(table, chosen), territory, existing, languages,
                         today=today)
    diff = _diff(rows, existing)
    if dry_run:
        return ImportResult(None, table, chosen, tuple(rows), diff)
    with db.unit_of_work(actor_id) as uow:
        get_network(uow.session, network_id)
        counts = Counter(r.status for r in rows)
        batch = uow.create(
            MemberImport, network_id=network_id, filename=filename[:255],
            file_sha256=sha256_hex(data), sheet=table.sheet, mapping=chosen,
            imported_on=today, imported_by=actor_id, rows_total=len(rows),
            summary={"ok": counts["ok"], "problem": counts["problem"],
                     "duplicate": counts["duplicate"], "new": diff.new,
                     "changed": diff.changed, "gone": len(diff.gone)},
            status="open")
        uow.create_many(ImportRow, [{
            "import_id": batch.id, "network_id": network_id, "row_number": r.row,
            "status": r.status, "codes": list(r.codes), "data": _row_data(r),
            "duplicate_of_member": r.duplicate_of_member,
            "duplicate_of_row": r.duplicate_of_row, "decision": Decision.PENDING,
            "decision_reason": "", "member_id": None, "decided_by": None,
        } for r in rows])
        return ImportResult(batch.id, table, chosen, tuple(rows), diff)


# -- review queue --------------------------------------------------------------------------
@dataclass(frozen=True)
class QueuedRow:
    id: str
    import_id: str
    row_number: int
    status: str
    codes: tuple[str, ...]
    data: dict[str, Any]
    duplicate_of_member: str | None
    duplicate_of_row: int | None
    decision: str


def queue(db: Database, network_id: str, *, decision: str | None = Decision.PENDING,
          status: str | None = None, code: str | None = None) -> list[QueuedRow]:
    """The review queue of a network, grouped by problem (status, first code, row)."""
    with db.read() as session:
        get_network(session, network_id)
        stmt = select(ImportRow).where(ImportRow.network_id == network_id)
        if decision:
            stmt = stmt.where(ImportRow.decision == decision)
        if status:
            stmt = stmt.where(ImportRow.status == status)
        rows = [QueuedRow(r.id, r.import_id, r.row_number, r.status, tuple(r.codes),
                          dict(r.data), r.duplicate_of_member, r.duplicate_of_row, r.decision)
                for r in session.scalars(stmt)]
    if code:
        rows = [r for r in rows if code in r.codes]
    order = {"problem": 0, "duplicate": 1, "ok": 2}
    return sorted(rows, key=lambda r: (order.get(r.status, 3), r.codes[:1], r.import_id,
                                       r.row_number))


def _member_values(data: dict[str, Any], today: dt.date) -> dict[str, Any]:
    consent_on = data.get("consent_on")
    return {
        "full_name": data.get("full_name") or " ".join(
            p for p in (data.get("first_name"), data.get("last_name")) if p),
        "first_name": data.get("first_name") or "", "last_name": data.get("last_name") or "",
        "phone_e164": data.get("phone_e164"), "phone2_e164": data.get("phone2_e164"),
        "email": data.get("email"), "street": data.get("street"),
        "house_number": data.get("house_number"), "box": data.get("box"),
        "postcode": data.get("postcode"), "language": data.get("language") or "nl",
        "consent": bool(data.get("consent")),
        "consent_on": dt.date.fromisoformat(consent_on) if consent_on else None,
        "channels": list(data.get("channels") or []), "notes": data.get("notes") or "",
    }


def _pending_rows(session: Session, row_ids: Sequence[str]) -> list[ImportRow]:
    rows = list(session.scalars(select(ImportRow).where(ImportRow.id.in_(list(row_ids)))))
    if len(rows) != len(set(row_ids)):
        raise NotFound(QT_TRANSLATE_NOOP("core", "Some rows of the review queue do not exist."))
    decided = [r.row_number for r in rows if r.decision != Decision.PENDING]
    if decided:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Rows {rows} were decided already."),
                              rows=", ".join(map(str, sorted(decided))))
    return rows


def approve_rows(db: Database, actor_id: str, row_ids: Sequence[str],
                 today: dt.date | None = None) -> int:
    """Approved rows become active members with their source and reviewer."""
    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.MEMBER_EDIT)
        rows = _pending_rows(uow.session, row_ids)
        blocked = [r.row_number for r in rows if r.status != "ok"]
        if blocked:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Rows {rows} still have problems or are duplicates: "
                                          "fix, merge or reject them first."),
                rows=", ".join(map(str, sorted(blocked))))
        for row in sorted(rows, key=lambda r: r.row_number):
            member = uow.create(
                Member, network_id=row.network_id, status=MemberStatus.ACTIVE.value,
                joined_on=today, deleted=False, erased=False, source_import_id=row.import_id,
                reviewed_by=actor_id, quiet_from=None, quiet_until=None, left_on=None,
                **_member_values(row.data, today))
            uow.update(row, decision=Decision.APPROVED, member_id=member.id,
                       decided_by=actor_id)
        return len(rows)


def approve_all_ok(db: Database, actor_id: str, network_id: str,
                   today: dt.date | None = None) -> int:
    ids = [r.id for r in queue(db, network_id, status="ok")]
    return approve_rows(db, actor_id, ids, today) if ids else 0


def reject_rows(db: Database, actor_id: str, row_ids: Sequence[str], reason: str) -> int:
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Say why the rows are rejected."))
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.MEMBER_EDIT)
        rows = _pending_rows(uow.session, row_ids)
        for row in rows:
            uow.update(row, decision=Decision.REJECTED, decision_reason=reason.strip(),
                       decided_by=actor_id)
        return len(rows)


def fix_row(db: Database, actor_id: str, row_id: str, field: str, value: str,
            today: dt.date | None = None) -> QueuedRow:
    """Correct one cell of a queued row; the row is validated again as a whole."""
    from bin_desktop.core.members.validation import validate_rows  # noqa: PLC0415

    today = today or dt.date.today()
    if field not in FIELDS:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown member field {field}."),
                              field=field)
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MEMBER_EDIT)
        (row,) = _pending_rows(session, [row_id])
        network = get_network(session, row.network_id)
        source = _source_cells(row.data)
        source[field] = value
        others = [m for m in existing_members(session, row.network_id)]
        (checked,) = validate_rows([(row.row_number, source)], territory_of(session, network),
                                   others, list(network.languages), today=today)
        uow.update(row, status=checked.status, codes=list(checked.codes),
                   data=_row_data(checked), duplicate_of_member=checked.duplicate_of_member)
        return QueuedRow(row.id, row.import_id, row.row_number, row.status, tuple(row.codes),
                         dict(row.data), row.duplicate_of_member, row.duplicate_of_row,
                         row.decision)


def _source_cells(data: dict[str, Any]) -> dict[str, str]:
    """A queued row's validated data turned back into the cells validation reads."""
    def text(key: str) -> str:
        value = data.get(key)
        return "" if value is None else str(value)

    cells = {name: text(name) for name in ("full_name", "first_name", "last_name", "email",
                                           "street", "house_number", "box", "postcode",
                                           "language", "notes")}
    cells["phone"] = text("phone_e164")
    cells["phone2"] = text("phone2_e164")
    cells["consent"] = text("consent_on") or ("yes" if data.get("consent") else "")
    cells["channels"] = ", ".join(data.get("channels") or [])
    return cells


def merge_row(db: Database, actor_id: str, row_id: str, member_id: str | None = None) -> str:
    """A duplicate row updates the member it duplicates (non-empty values win)."""
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MEMBER_EDIT)
        (row,) = _pending_rows(session, [row_id])
        target_id = member_id or row.duplicate_of_member
        if target_id is None and row.duplicate_of_row is not None:
            earlier = session.scalar(select(ImportRow).where(
                ImportRow.import_id == row.import_id,
                ImportRow.row_number == row.duplicate_of_row))
            target_id = earlier.member_id if earlier else None
        member = session.get(Member, target_id) if target_id else None
        if member is None or member.deleted:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "There is no member to merge this row into yet (approve the row it "
                        "duplicates first)."))
        values = _member_values(row.data, dt.date.today())
        # The row brings what the member lacked or what changed; it never blanks a field, and
        # the name on record stays unless there was none.
        changes = {k: v for k, v in values.items()
                   if v not in (None, "", []) and (k != "full_name" or not member.full_name)}
        uow.update(member, **changes)
        uow.update(row, decision=Decision.MERGED, member_id=member.id, decided_by=actor_id)
        return member.id


# -- members -------------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberFilter:
    search: str = ""
    statuses: frozenset[str] = frozenset()


def _member_query(network_id: str, flt: MemberFilter, *what: Any,
                  drive_from_search: bool = False) -> Select[Any]:
    """Members of a network, filtered in SQL, on the folded search text (store.search).

    Two shapes for two jobs, measured on 100,000 members: a count runs fastest driven from
    the search text (join); a sorted page runs fastest walking the (network, name) index and
    probing the matching ids (IN) — the join would make SQLite walk the index and probe the
    search text row by row, 400 ms for a rare name.
    """
    stmt = select(*(what or (Member,)))
    needle = fold(flt.search.strip())
    pattern = f"%{needle.replace('%', '').replace('_', '')}%" if needle else None
    if pattern and drive_from_search:
        stmt = stmt.select_from(MemberSearch).join(Member, Member.id == MemberSearch.member_id)
        stmt = stmt.where(MemberSearch.network_id == network_id,
                          MemberSearch.text.like(pattern))
    else:
        stmt = stmt.select_from(Member)
        if pattern:
            stmt = stmt.where(Member.id.in_(
                select(MemberSearch.member_id).where(MemberSearch.network_id == network_id,
                                                     MemberSearch.text.like(pattern))))
    stmt = stmt.where(Member.network_id == network_id, Member.deleted.is_(False))
    if flt.statuses:
        stmt = stmt.where(Member.status.in_(sorted(flt.statuses)))
    return stmt


def count_members(db: Database, network_id: str, flt: MemberFilter = MemberFilter()) -> int:
    with db.read() as session:
        return int(session.scalar(_member_query(network_id, flt, func.count(),
                                                drive_from_search=True)) or 0)


def member_page(db: Database, network_id: str, flt: MemberFilter = MemberFilter(), *,
                offset: int = 0, limit: int = 200, sort: str = "full_name",
                descending: bool = False) -> list[Member]:
    """One page of a network's members, filtered and sorted in SQL."""
    columns = {"full_name": Member.full_name, "street": Member.street,
               "status": Member.status, "joined_on": Member.joined_on,
               "language": Member.language}
    column = columns.get(sort, Member.full_name)
    order = column.desc() if descending else column.asc()
    with db.read() as session:
        broad = _matches_many(session, network_id, flt)
        return list(session.scalars(_member_query(network_id, flt, drive_from_search=broad)
                                    .order_by(order, Member.id).offset(offset).limit(limit)))


_MANY = 2000


def _matches_many(session: Session, network_id: str, flt: MemberFilter) -> bool:
    """Whether a search matches many members: a bounded probe (it stops at _MANY) that picks
    the faster query shape for the page (see _member_query)."""
    needle = fold(flt.search.strip())
    if not needle:
        return False
    pattern = f"%{needle.replace('%', '').replace('_', '')}%"
    probe = select(MemberSearch.member_id).where(
        MemberSearch.network_id == network_id, MemberSearch.text.like(pattern)).limit(_MANY)
    found = session.scalar(select(func.count()).select_from(probe.subquery()))
    return (found or 0) >= _MANY


def get_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("core", "No member with id {id}."), id=member_id)
    return member


def _invalid(field: str, value: Any) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("core", "'{value}' is not a valid {field}."),
                           value=str(value), field=field.replace("_", " "))


def normalise_member_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Values as typed by an officer (GUI cell, CLI --set) in their stored form, or refused."""
    from bin_desktop.core.members.phones import parse_belgian  # noqa: PLC0415
    from bin_desktop.core.members.validation import check_email, parse_channels  # noqa: PLC0415

    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown member field(s): {fields}."),
                              fields=", ".join(sorted(unknown)))
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None or isinstance(value, bool | list | dt.date):
            out[key] = value
        elif key in ("phone_e164", "phone2_e164"):
            phone = parse_belgian(str(value)) if str(value).strip() else None
            if phone is not None and phone.e164 is None:
                raise _invalid(key, value)
            out[key] = phone.e164 if phone else None
        elif key == "email":
            address, _reason = check_email(str(value)) if str(value).strip() else (None, None)
            if str(value).strip() and address is None:
                raise _invalid(key, value)
            out[key] = address
        elif key in ("consent_on", "left_on"):
            try:
                out[key] = dt.date.fromisoformat(str(value)) if str(value).strip() else None
            except ValueError:
                raise _invalid(key, value) from None
        elif key == "consent":
            out[key] = fold(str(value)) in ("yes", "ja", "oui", "true", "1", "x")
        elif key == "channels":
            out[key] = list(parse_channels(str(value)))
        elif key == "status":
            if value not in {s.value for s in MemberStatus}:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown member status "
                                                                "{status}."), status=value)
            out[key] = value
        elif key in ("quiet_from", "quiet_until"):
            text = str(value).strip()
            try:
                out[key] = dt.time.fromisoformat(text).strftime("%H:%M") if text else None
            except ValueError:
                raise _invalid(key, value) from None
        else:
            out[key] = " ".join(str(value).split()) if key != "notes" else str(value).strip()
    return out


def update_member(db: Database, actor_id: str, member_id: str, **fields: Any) -> dict[str, Any]:
    fields = normalise_member_fields(fields)
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.MEMBER_EDIT)
        member = get_member(uow.session, member_id)
        if fields.get("status") == MemberStatus.LEFT.value and member.left_on is None:
            fields.setdefault("left_on", dt.date.today())
        return uow.update(member, **fields)


# -- privacy -------------------------------------------------------------------------------
def forget_member(db: Database, actor_id: str, member_id: str) -> None:
    """Erasure: personal fields blanked on the member, its queue rows and in the log."""
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MEMBER_EDIT)
        member = get_member(session, member_id)
        _erase(uow, member)


def _rows_about(session: Session, member: Member) -> list[ImportRow]:
    """Queue rows that hold this person's data: the row that made the member, rows that
    duplicate it (same phone or e-mail, or pointing at it), in any import of the network."""
    rows = list(session.scalars(select(ImportRow).where(
        ImportRow.network_id == member.network_id)))
    own = {(r.import_id, r.row_number) for r in rows if r.member_id == member.id}

    def about(row: ImportRow) -> bool:
        data = row.data or {}
        return (member.id in (row.member_id, row.duplicate_of_member)
                or (row.import_id, row.duplicate_of_row) in own
                or (member.phone_e164 is not None and member.phone_e164 in (
                    data.get("phone_e164"), data.get("phone2_e164")))
                or (member.email is not None and data.get("email") == member.email))

    return [r for r in rows if about(r)]


def _erase(uow: UnitOfWork, member: Member) -> None:
    session = uow.session
    rows = _rows_about(session, member)
    uow.update(member, erased=True, deleted=True, status=MemberStatus.LEFT.value, **BLANK)
    for row in rows:
        if row.decision == Decision.PENDING:
            uow.update(row, data={}, decision=Decision.REJECTED,
                       decision_reason="erased on request")
        else:
            uow.update(row, data={}, decision_reason="")
    redact_operations(session, [member.id, *[r.id for r in rows]])


def purge_retention(db: Database, actor_id: str, today: dt.date | None = None) -> int:
    """Erase members who left longer ago than the zone's retention setting."""
    from bin_desktop.core.store.models import Zone  # noqa: PLC0415

    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MEMBER_EDIT)
        zone = session.scalar(select(Zone).limit(1))
        months = zone.member_retention_months if zone else 6
        year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
        cutoff = dt.date(year, month + 1, min(today.day, 28))
        stale = list(session.scalars(select(Member).where(
            Member.status == MemberStatus.LEFT.value, Member.erased.is_(False),
            Member.left_on.is_not(None), Member.left_on < cutoff)))
        for member in stale:
            _erase(uow, member)
        return len(stale)


def access_report(db: Database, actor_id: str, member_id: str) -> dict[str, Any]:
    """Everything held on one member (subject access request), as plain data."""
    from bin_desktop.core.store.models import Message, MessageTarget  # noqa: PLC0415

    with db.read() as session:
        require(session, actor_id, Permission.MEMBER_EDIT)
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No member with id {id}."), id=member_id)
        network = session.get(Network, member.network_id)
        fields = {c.key: getattr(member, c.key) for c in Member.__table__.columns}
        messages = session.execute(
            select(Message.sent_at, Message.category, Message.headline)
            .join(MessageTarget, MessageTarget.message_id == Message.id)
            .where(MessageTarget.network_id == member.network_id,
                   Message.sent_at.is_not(None),
                   func.date(Message.sent_at) >= member.joined_on)
            .order_by(Message.sent_at)).all()
        history = session.execute(
            select(Operation.hlc, Operation.kind, Operation.fields, Operation.actor_id)
            .where(Operation.entity_id == member_id).order_by(Operation.hlc)).all()
        return {
            "member": {k: (v.isoformat() if isinstance(v, dt.date) else v)
                       for k, v in fields.items()},
            "network": network.name if network else None,
            "purpose": "Communication of the neighbourhood information network (BIN) only.",
            "messages_sent_to_the_network_while_member": [
                {"sent_at": s.isoformat() if s else None, "category": c, "headline": h}
                for s, c, h in messages],
            "changes": [{"hlc": h, "kind": k, "fields": sorted(json.loads(f)), "by": a}
                        for h, k, f, a in history],
        }


# -- exports -------------------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would read as a formula is prefixed with an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# Only what the coordinator needs to run the list (minimum data).
EXPORT_COLUMNS = ("full_name", "street", "house_number", "box", "postcode", "phone_e164",
                  "email", "language", "status")


def export_csv(db: Database, actor_id: str, network_id: str) -> bytes:
    """The member list for the coordinator: UTF-8 with BOM and ';' as Belgian Excel expects."""
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    with db.read() as session:
        require(session, actor_id, Permission.MEMBER_EDIT)
        get_network(session, network_id)
        members = session.scalars(select(Member).where(
            Member.network_id == network_id, Member.deleted.is_(False),
            Member.status.in_([MemberStatus.ACTIVE.value, MemberStatus.PAUSED.value]))
            .order_by(Member.full_name, Member.id)).all()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        for member in members:
            writer.writerow([neutralise("" if getattr(member, c) is None
                                        else str(getattr(member, c))) for c in EXPORT_COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_pdf(db: Database, actor_id: str, network_id: str,
               today: dt.date | None = None) -> bytes:
    """The same minimal list as the CSV, as a PDF in the network's first language."""
    from bin_desktop.core.documents.member_list import (  # noqa: PLC0415
        ListedMember,
        render_member_list,
    )
    from bin_desktop.core.store.models import Zone  # noqa: PLC0415

    with db.read() as session:
        require(session, actor_id, Permission.MEMBER_EDIT)
        network = get_network(session, network_id)
        zone = session.get(Zone, network.zone_id)
        members = session.scalars(select(Member).where(
            Member.network_id == network_id, Member.deleted.is_(False),
            Member.status.in_([MemberStatus.ACTIVE.value, MemberStatus.PAUSED.value]))
            .order_by(Member.full_name, Member.id)).all()
        listed = [ListedMember(
            m.full_name,
            " ".join(p for p in (m.street, m.house_number, f"bus {m.box}" if m.box else "",
                                 m.postcode) if p),
            m.phone_e164 or "", m.email or "", m.language) for m in members]
        name, zone_name = network.name, zone.name if zone else ""
        language = (network.languages or ["nl"])[0]
    return render_member_list(name, zone_name, listed, language, today)
