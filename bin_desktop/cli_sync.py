"""Commands of the sync: hub init, sync, sync status, conflicts."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bin_desktop.cli_util import actor, json_flag, out


def add_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    hub = commands.add_parser("hub", help="the zone hub (shared database of the operation log)")
    hub_actions = hub.add_subparsers(dest="action", metavar="ACTION", required=True,
                                     parser_class=parser_class)
    init = hub_actions.add_parser(
        "init", help="create the hub once: schema, append-only grants and triggers, roles")
    init.add_argument("url", help="postgresql://ADMIN@HOST:PORT/DATABASE or sqlite:///PATH")
    init.add_argument("--print-sql", action="store_true",
                      help="print the SQL for a DBA instead of running it")
    init.add_argument("--owner-role", default="bin_desk_owner")
    init.add_argument("--client-role", default="bin_desk_client")
    json_flag(init)

    sync = commands.add_parser("sync", help="push local changes to the hub and pull the zone's")
    sync.add_argument("action", nargs="?", choices=["status"],
                      help="status: what waits to go up, the last sync, the cursor")
    sync.add_argument("--hub", metavar="URL",
                      help="the hub (remembered for this data folder, without its password)")
    sync.add_argument("--batch", type=int, default=5000, help=argparse.SUPPRESS)
    sync.add_argument("--password-stdin", action="store_true",
                      help="read the hub password from stdin and keep it in the keyring")
    json_flag(sync)

    conflicts = commands.add_parser("conflicts", help="edits made without seeing each other")
    conflict_actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True,
                                                parser_class=parser_class)
    listing = conflict_actions.add_parser("list", help="open conflicts (--all: resolved too)")
    listing.add_argument("--all", action="store_true")
    json_flag(listing)
    keep = conflict_actions.add_parser("keep-other", help="take the value that lost")
    keep.add_argument("id")
    json_flag(keep)


def needs_no_database(args: argparse.Namespace) -> bool:
    return bool(args.command == "hub")


def hub_init(_db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.sync.hub import (  # noqa: PLC0415
        init_hub,
        parse_hub_url,
        print_sql,
        safe_url,
    )

    dialect = parse_hub_url(args.url).get_backend_name()
    if args.print_sql:
        sys.stdout.write(print_sql(dialect, args.owner_role, args.client_role))
        return 0
    init_hub(args.url, owner=args.owner_role, client=args.client_role)
    out(args, {"hub": safe_url(args.url), "dialect": dialect, "created": True},
        f"Hub created ({dialect}). Point each BIN Desk at it with: bin-desktop sync --hub URL"
        + ("" if dialect == "sqlite" else
           f" (log in as {args.client_role}; give it a password with ALTER ROLE)"))
    return 0


def sync(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.sync import engine  # noqa: PLC0415

    if args.action == "status":
        data = engine.status(db)
        out(args, data, "\n".join(f"{k}: {'' if v is None else v}" for k, v in data.items()))
        return 0
    if args.password_stdin:
        from bin_desktop.core.secrets import set_hub_password  # noqa: PLC0415

        set_hub_password(sys.stdin.readline().rstrip("\n"))
    with engine.open_hub(db, args.hub) as hub:
        if args.hub:
            engine.set_hub_url(db, args.hub)
        report = engine.sync(db, hub, batch_size=max(1, args.batch))
    for warning in report.warnings:
        print(f"bin-desktop: warning: {warning}", file=sys.stderr)
    out(args, report.as_dict(),
        f"pushed {report.pushed}, pulled {report.pulled}, {report.conflicts} conflict(s) "
        f"to look at ({report.seconds:.2f} s)")
    return 0


def conflicts_list(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.cli import print_table  # noqa: PLC0415
    from bin_desktop.core.sync.conflicts import conflict_rows  # noqa: PLC0415

    rows = conflict_rows(db, include_resolved=args.all)
    if getattr(args, "json", False):
        from bin_desktop.cli import print_json  # noqa: PLC0415

        print_json(rows)
        return 0
    print_table(["id", "what", "field", "kept", "by", "other", "by", "rule"],
                [(r["id"][:12], f"{r['entity']} {r['entity_id'][:8]}", r["field"],
                  r["winner"]["value"], r["winner"]["by"], r["loser"]["value"],
                  r["loser"]["by"], r["rule"]) for r in rows])
    return 0


def conflicts_keep_other(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.sync.conflicts import conflict_rows, keep_other  # noqa: PLC0415

    matches = [r["id"] for r in conflict_rows(db, include_resolved=True)
               if r["id"].startswith(args.id)]
    changed = keep_other(db, actor(db, args), matches[0] if len(matches) == 1 else args.id)
    out(args, {"changed": sorted(changed)}, f"{len(changed)} field(s) changed.")
    return 0


COMMANDS = {
    ("hub", "init"): hub_init,
    ("sync", None): sync,
    ("sync", "status"): sync,
    ("conflicts", "list"): conflicts_list,
    ("conflicts", "keep-other"): conflicts_keep_other,
}
