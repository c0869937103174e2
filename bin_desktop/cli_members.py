"""`members …` commands: import a coordinator's list, review it, keep the list, privacy."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bin_desktop.cli_charter import Handler, _date
from bin_desktop.cli_util import actor, json_flag, out, read, write


def add_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    members = commands.add_parser("members", help="member lists: import, review, privacy")
    sub = members.add_subparsers(dest="action", metavar="ACTION", required=True,
                                 parser_class=parser_class)
    p = sub.add_parser("import", help="read a coordinator's CSV/XLSX into the review queue")
    p.add_argument("network_id")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="validate only, store nothing")
    p.add_argument("--mapping", help='JSON object field -> column index, e.g. {"last_name": 0}')
    p.add_argument("--sheet", help="the sheet of a workbook (default: the first with data)")
    json_flag(p)
    p = sub.add_parser("queue", help="the review queue of a network")
    p.add_argument("network_id")
    p.add_argument("--status", choices=["ok", "problem", "duplicate"])
    json_flag(p)
    p = sub.add_parser("approve", help="approve queued rows (they become members)")
    p.add_argument("network_id")
    p.add_argument("--all-ok", action="store_true", help="every queued row without a problem")
    p.add_argument("--row", action="append", default=[], metavar="ROW_ID")
    json_flag(p)
    p = sub.add_parser("reject", help="reject queued rows with a reason")
    p.add_argument("--row", action="append", required=True, metavar="ROW_ID")
    p.add_argument("--reason", required=True)
    p = sub.add_parser("fix", help="correct one cell of a queued row (validated again)")
    p.add_argument("row_id")
    p.add_argument("--set", required=True, metavar="FIELD=VALUE")
    json_flag(p)
    p = sub.add_parser("merge", help="merge a duplicate row into the member it duplicates")
    p.add_argument("row_id")
    p.add_argument("--into", metavar="MEMBER_ID")
    p = sub.add_parser("list", help="the members of a network")
    p.add_argument("network_id")
    p.add_argument("--search", default="")
    p.add_argument("--status", action="append", default=[])
    json_flag(p)
    p = sub.add_parser("update", help="edit a member (each --set is one change)")
    p.add_argument("member_id")
    p.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE")
    json_flag(p)
    p = sub.add_parser("export", help="the list for the coordinator (.csv or .pdf)")
    p.add_argument("network_id")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("forget", help="erase a member's personal data everywhere")
    p.add_argument("member_id")
    p = sub.add_parser("access", help="everything held on a member (subject access request)")
    p.add_argument("member_id")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("purge", help="erase members who left longer ago than the retention")
    p = sub.add_parser("sanction", help="record a sanction step (talk, reprimand, exclusion, "
                                        "appeal, lifted)")
    p.add_argument("member_id")
    p.add_argument("--step", required=True,
                   choices=["talk", "reprimand", "temporary_exclusion", "definitive_exclusion",
                            "appeal", "lifted"])
    p.add_argument("--date", type=_date, required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--until", type=_date, help="end of a temporary exclusion")
    p.add_argument("--countersigned-by", metavar="PERSONNEL_NUMBER",
                   help="the korpschef who countersigns a definitive exclusion")
    p = sub.add_parser("sanctions", help="the sanction history of a member")
    p.add_argument("member_id")
    json_flag(p)


def _row_json(row: Any) -> dict[str, Any]:
    return {"row": row.row, "status": row.status, "codes": list(row.codes),
            "phone_e164": row.phone_e164, "email": row.email,
            "duplicate_of_member": row.duplicate_of_member,
            "duplicate_of_row": row.duplicate_of_row}


def import_(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415
    from bin_desktop.core.members.service import import_file  # noqa: PLC0415

    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping)
        except json.JSONDecodeError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "--mapping is not JSON: {reason}."),
                                  reason=str(exc)) from exc
        if not isinstance(mapping, dict):
            raise ValidationError(QT_TRANSLATE_NOOP("core", "--mapping must be a JSON object."))
    from bin_desktop.core.members.reader import read_table_from_path  # noqa: PLC0415

    read_table_from_path(args.file)  # refuses a huge or unreadable file before reading it all
    result = import_file(db, actor(db, args), args.network_id, read(args.file, "file"),
                         args.file.name, mapping=mapping, sheet=args.sheet,
                         dry_run=args.dry_run)
    data = {"file": args.file.name, "import_id": result.import_id,
            "header_row": result.table.header_row, "mapping": result.mapping,
            "rows": [_row_json(r) for r in result.rows], "summary": result.summary,
            "diff": {"new": result.diff.new, "unchanged": result.diff.unchanged,
                     "changed": result.diff.changed, "gone": len(result.diff.gone)}}
    summary = result.summary
    out(args, data, f"{len(result.rows)} rows: {summary['ok']} ok, {summary['problem']} "
                     f"with problems, {summary['duplicate']} duplicates"
                     + ("" if args.dry_run else " — queued for review."))
    return 0


def queue_(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import queue  # noqa: PLC0415

    rows = queue(db, args.network_id, status=args.status)
    out(args, [{"id": r.id, "row": r.row_number, "status": r.status, "codes": list(r.codes),
                 "duplicate_of_member": r.duplicate_of_member} for r in rows],
         "\n".join(f"{r.id}  row {r.row_number:>5}  {r.status:<9} {' '.join(r.codes)}"
                   for r in rows) or "the queue is empty")
    return 0


def approve(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415
    from bin_desktop.core.members.service import approve_all_ok, approve_rows  # noqa: PLC0415

    actor_id = actor(db, args)
    if args.all_ok:
        count = approve_all_ok(db, actor_id, args.network_id)
    elif args.row:
        count = approve_rows(db, actor_id, args.row)
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Say which rows: --all-ok or --row."))
    out(args, {"approved": count}, f"{count} member(s) approved.")
    return 0


def reject(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import reject_rows  # noqa: PLC0415

    count = reject_rows(db, actor(db, args), args.row, args.reason)
    print(f"{count} row(s) rejected.")
    return 0


def fix(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.cli_commands import parse_assignment  # noqa: PLC0415
    from bin_desktop.core.members.service import fix_row  # noqa: PLC0415

    field, value = parse_assignment(args.set)
    row = fix_row(db, actor(db, args), args.row_id, field, value)
    out(args, {"id": row.id, "status": row.status, "codes": list(row.codes)},
         f"row {row.row_number}: {row.status} {' '.join(row.codes)}")
    return 0


def merge(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import merge_row  # noqa: PLC0415

    member_id = merge_row(db, actor(db, args), args.row_id, args.into)
    print(f"Merged into {member_id}.")
    return 0


def list_(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import MemberFilter, member_page  # noqa: PLC0415

    flt = MemberFilter(args.search, frozenset(args.status))
    members, offset = [], 0
    while True:
        page = member_page(db, args.network_id, flt, offset=offset, limit=1000)
        members += page
        offset += len(page)
        if len(page) < 1000:
            break
    out(args, [{"id": m.id, "full_name": m.full_name, "status": m.status,
                 "phone_e164": m.phone_e164, "email": m.email, "street": m.street,
                 "house_number": m.house_number, "postcode": m.postcode,
                 "language": m.language, "channels": list(m.channels)} for m in members],
         "\n".join(f"{m.id}  {m.status:<14} {m.full_name}" for m in members))
    return 0


def update(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.cli_commands import parse_assignment  # noqa: PLC0415
    from bin_desktop.core.members.service import update_member  # noqa: PLC0415

    actor_id = actor(db, args)
    changed: dict[str, Any] = {}
    for item in args.set:
        field, value = parse_assignment(item)
        changed.update(update_member(db, actor_id, args.member_id, **{field: value}))
    out(args, {"changed": sorted(changed)}, f"{len(changed)} field(s) changed.")
    return 0


def export(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415
    from bin_desktop.core.members.service import export_csv, export_pdf  # noqa: PLC0415

    suffix = args.output.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Export to a .csv or a .pdf file."))
    exporter = export_csv if suffix == ".csv" else export_pdf
    write(args.output, exporter(db, actor(db, args), args.network_id))
    return 0


def forget(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import forget_member  # noqa: PLC0415

    forget_member(db, actor(db, args), args.member_id)
    print("The member's personal data was erased.")
    return 0


def access(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import access_report  # noqa: PLC0415

    report = access_report(db, actor(db, args), args.member_id)
    write(args.output, json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8"))
    return 0


def purge(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.service import purge_retention  # noqa: PLC0415

    count = purge_retention(db, actor(db, args))
    print(f"{count} member(s) erased by the retention rule.")
    return 0


def sanction(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.sanctions import record_step  # noqa: PLC0415
    from bin_desktop.core.operators import find_by_personnel_number  # noqa: PLC0415

    chief = (find_by_personnel_number(db, args.countersigned_by).id
             if args.countersigned_by else None)
    record_step(db, actor(db, args), args.member_id, args.step, decided_on=args.date,
                reason=args.reason, until=args.until, countersigned_by=chief)
    print("Recorded.")
    return 0


def sanctions_(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.members.sanctions import history  # noqa: PLC0415

    steps = history(db, args.member_id)
    out(args, [{"step": s.step, "decided_on": s.decided_on, "until": s.until,
                "reason": s.reason, "appeal_until": s.appeal_until} for s in steps],
        "\n".join(f"{s.decided_on} {s.step} {s.reason}" for s in steps) or "no sanctions")
    return 0


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("members", "import"): import_,
    ("members", "queue"): queue_,
    ("members", "approve"): approve,
    ("members", "reject"): reject,
    ("members", "fix"): fix,
    ("members", "merge"): merge,
    ("members", "list"): list_,
    ("members", "update"): update,
    ("members", "export"): export,
    ("members", "forget"): forget,
    ("members", "access"): access,
    ("members", "purge"): purge,
    ("members", "sanction"): sanction,
    ("members", "sanctions"): sanctions_,
}
