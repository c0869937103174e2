"""The headless commands: each one a thin call into core services, printing text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from bin_desktop.cli import print_json, print_table
from bin_desktop.core import networks, operators
from bin_desktop.core.dashboard import DashboardFilter, DashboardRow, load_rows
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from bin_desktop.core.export import export_json
from bin_desktop.core.lifecycle import ACTOR_LABELS, STATE_LABELS, TASK_TEMPLATES, allowed_next
from bin_desktop.core.store.database import Database

Handler = Callable[[Database, argparse.Namespace], int]


def _actor_id(db: Database, args: argparse.Namespace) -> str:
    return operators.current_operator(db, args.operator).id


def _next_action_json(row: DashboardRow) -> dict[str, Any]:
    days = row.waiting_days
    return {
        "actor": row.next.actor.value,
        "task": row.next.task.value,
        "since": row.next.since.isoformat() if row.next.since else None,
        "days": days,
        "text": TASK_TEMPLATES[row.next.task].format(
            network=row.name, actor=ACTOR_LABELS[row.next.actor], days=days
        ),
    }


def _row_json(row: DashboardRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "type": row.type,
        "municipality": row.municipality,
        "state": row.state.value,
        "state_since": row.state_since.isoformat(),
        "members": row.members,
        "pending_members": row.pending_members,
        "signatures_done": row.signatures_done,
        "signatures_needed": row.signatures_needed,
        "next_action": _next_action_json(row),
        "last_message": row.last_message.isoformat() if row.last_message else None,
        "evaluation_due": row.evaluation_due.isoformat() if row.evaluation_due else None,
        "evaluation_overdue": row.evaluation_overdue,
    }


def demo(db: Database, args: argparse.Namespace) -> int:
    from bin_desktop.core.demo import seed_demo  # noqa: PLC0415 - large name lists

    summary = seed_demo(db, seed=args.seed, size=args.size)
    if args.json:
        print_json({"data_dir": str(db.data_dir), "networks": summary.networks,
                     "members": summary.members, "operators": summary.operators,
                     "operations": summary.operations, "states": summary.states})
    else:
        print(f"Demo zone seeded in {db.data_dir}: {summary.networks} networks, "
              f"{summary.members} members, {summary.operators} operators.")
    return 0


def operators_list(db: Database, args: argparse.Namespace) -> int:
    default_id = db.get_local(operators.DEFAULT_OPERATOR_KEY)
    found = operators.list_operators(db)
    if args.json:
        print_json([
            {"id": o.id, "name": o.name, "personnel_number": o.personnel_number,
             "role": o.role, "active": o.active, "default": o.id == default_id}
            for o in found
        ])
    else:
        print_table(["personnel_number", "name", "role", "default"],
                     [(o.personnel_number, o.name, o.role, "*" if o.id == default_id else "")
                      for o in found])
    return 0


def operators_add(db: Database, args: argparse.Namespace) -> int:
    actor_id = None if not operators.list_operators(db) else _actor_id(db, args)
    created = operators.create_operator(db, actor_id, args.name, args.personnel_number,
                                        args.role, args.email)
    if args.default:
        operators.set_default_operator(db, created.id)
    if args.json:
        print_json({"id": created.id, "personnel_number": created.personnel_number})
    else:
        print(f"Operator {created.personnel_number} added.")
    return 0


def networks_list(db: Database, args: argparse.Namespace) -> int:
    with db.read() as session:
        rows = load_rows(session, DashboardFilter(search=args.search,
                                                  states=frozenset(args.state)))
    if args.json:
        print_json([_row_json(r) for r in rows])
    else:
        print_table(
            ["id", "name", "state", "members", "signatures", "next"],
            [(r.id, r.name, r.state.value, r.members,
              f"{r.signatures_done}/{r.signatures_needed}",
              _next_action_json(r)["text"] if r.next.since else "") for r in rows],
        )
    return 0


def _contact_json(contact: networks.Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    return {"id": contact.contact_id, "role": contact.role.value, "name": contact.full_name,
            "email": contact.email, "phone": contact.phone, "language": contact.language}


def networks_show(db: Database, args: argparse.Namespace) -> int:
    detail = networks.network_detail(db, args.id)
    n, m = detail.network, detail.municipality
    officer = detail.mandated_officer
    data = {
        **_row_json(detail.summary),
        "description": n.description,
        "sector": n.sector,
        "zone_id": n.zone_id,
        "municipality": m.display_name(),
        "municipality_detail": {"id": m.id, "nis_code": m.nis_code, "name_nl": m.name_nl,
                                "name_fr": m.name_fr, "name_de": m.name_de},
        "territory": {"postcodes": list(n.postcodes), "streets": list(n.streets)},
        "languages": list(n.languages),
        "allowed_categories": list(n.allowed_categories),
        "channels": list(n.channels),
        "mandated_officer": ({"id": officer.id, "name": officer.name,
                              "personnel_number": officer.personnel_number} if officer else None),
        "coordinator": _contact_json(detail.coordinator),
        "deputies": [_contact_json(d) for d in detail.deputies],
        "created_on": n.created_on.isoformat(),
        "allowed_next_states": [s.value for s in allowed_next(detail.summary.state)],
    }
    if args.json:
        print_json(data)
    else:
        width = max(len(k) for k in data)
        for key, value in data.items():
            print(f"{key.ljust(width)}  {value}")
    return 0


def parse_assignment(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "--set needs FIELD=VALUE, got {text}."),
                              text=text)
    field, value = text.split("=", 1)
    return field.strip(), value


def networks_update(db: Database, args: argparse.Namespace) -> int:
    actor_id = _actor_id(db, args)
    assignments = [parse_assignment(a) for a in args.set]
    changed: dict[str, Any] = {}
    for field, value in assignments:  # each --set is its own operation
        changed.update(networks.update_network(db, actor_id, args.id, **{field: value}))
    if args.json:
        print_json({"id": args.id, "changed": changed})
    else:
        print(f"{len(changed)} field(s) changed.")
    return 0


def networks_transition(db: Database, args: argparse.Namespace) -> int:
    networks.transition(db, _actor_id(db, args), args.id, args.state, args.date, args.reason)
    detail = networks.network_detail(db, args.id)
    if args.json:
        print_json(_row_json(detail.summary))
    else:
        print(f"{detail.network.name}: {STATE_LABELS[detail.summary.state]}")
    return 0


def networks_history(db: Database, args: argparse.Namespace) -> int:
    entries = networks.network_history(db, args.id, limit=args.limit)
    if args.json:
        print_json([
            {"op_id": e.op_id, "hlc": e.hlc, "at": e.at.isoformat(timespec="seconds"),
             "actor": e.actor, "actor_personnel_number": e.actor_personnel_number,
             "device_id": e.device_id, "entity": e.entity, "entity_id": e.entity_id,
             "kind": e.kind, "fields": e.fields}
            for e in entries
        ])
    else:
        print_table(["when", "who", "what", "fields"],
                     [(e.at.astimezone().strftime("%Y-%m-%d %H:%M"), e.actor,
                       f"{e.kind} {e.entity}", ", ".join(sorted(e.fields))) for e in entries])
    return 0


def export(db: Database, args: argparse.Namespace) -> int:
    text = export_json(db) + "\n"
    if args.output:
        tmp = args.output.with_name(args.output.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(args.output)
    else:
        sys.stdout.write(text)
    return 0


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("demo", None): demo,
    ("operators", "list"): operators_list,
    ("operators", "add"): operators_add,
    ("networks", "list"): networks_list,
    ("networks", "show"): networks_show,
    ("networks", "update"): networks_update,
    ("networks", "transition"): networks_transition,
    ("networks", "history"): networks_history,
    ("export", None): export,
}
