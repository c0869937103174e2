"""Command line: the GUI by default, headless sub-commands on the same core services.

Exit codes: 0 done; 1 an unexpected failure (a bug: traceback on stderr); 2 bad arguments,
an unknown id, or a data folder that cannot be used (a clear message on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from bin_desktop import __version__
from bin_desktop.cli_alerts import add_parsers as add_alert_parsers
from bin_desktop.cli_charter import add_parsers as add_charter_parsers
from bin_desktop.cli_gateways import add_parsers as add_gateway_parsers
from bin_desktop.cli_members import add_parsers as add_member_parsers
from bin_desktop.cli_sync import add_parsers as add_sync_parsers
from bin_desktop.options import AppOptions

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _json_flag(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Accepted before and after the command; a sub-command's default must not undo a global one.
    parser.add_argument("--json", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help="print machine-readable JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bin-desktop",
        description="BIN Desk: run the BINs (BuurtInformatieNetwerken / PLP) of a police zone. "
        "Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"BIN Desk {__version__}")
    parser.add_argument("--data-dir", type=Path,
                        help="data folder (default: $BIN_DESKTOP_DATA_DIR, else the user data "
                             "folder)")
    parser.add_argument("--operator", metavar="PERSONNEL_NUMBER",
                        help="act as this operator (default: the data folder's default operator)")
    _json_flag(parser, top=True)
    parser.add_argument("--lang", choices=["nl", "fr", "de", "en"], help="interface language")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a separate demo data folder, seeded when empty")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window offscreen, render every page once and exit")
    parser.add_argument("--no-crash-dialog", action="store_true",
                        help="report unexpected errors on stderr instead of in a dialog")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="seed a fictional demo zone into an empty data folder")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same zone)")
    demo.add_argument("--size", choices=["small", "large"], default="small",
                      help="small: ~15 BINs, ~1,500 members; large: 500 BINs, 100,000 members")
    _json_flag(demo)

    operators = commands.add_parser("operators", help="the people who use BIN Desk")
    op_commands = operators.add_subparsers(dest="action", metavar="ACTION", required=True,
                                           parser_class=_Parser)
    _json_flag(op_commands.add_parser("list", help="list operators"))
    op_add = op_commands.add_parser("add", help="add an operator (the first needs no operator)")
    op_add.add_argument("--name", required=True)
    op_add.add_argument("--personnel-number", required=True)
    op_add.add_argument("--role", required=True,
                        choices=["mandated_officer", "korpschef", "prevention_officer",
                                 "administrator"])
    op_add.add_argument("--email")
    op_add.add_argument("--default", action="store_true",
                        help="make this the data folder's default operator")
    _json_flag(op_add)

    networks = commands.add_parser("networks", help="the BINs of the zone")
    net_commands = networks.add_subparsers(dest="action", metavar="ACTION", required=True,
                                           parser_class=_Parser)
    net_list = net_commands.add_parser("list", help="one line per network, as on the dashboard")
    net_list.add_argument("--search", default="", help="name, municipality, street or postcode")
    net_list.add_argument("--state", action="append", default=[], help="only this state "
                          "(repeatable)")
    _json_flag(net_list)
    net_show = net_commands.add_parser("show", help="every field of one network")
    net_show.add_argument("id")
    _json_flag(net_show)
    net_update = net_commands.add_parser("update", help="edit fields (each --set is one change)")
    net_update.add_argument("id")
    net_update.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE",
                            help="lists are comma-separated, e.g. postcodes=1500,1501")
    _json_flag(net_update)
    net_state = net_commands.add_parser("transition", help="move to another life-cycle state")
    net_state.add_argument("id")
    net_state.add_argument("state")
    net_state.add_argument("--date", type=dt.date.fromisoformat, help="YYYY-MM-DD (default: "
                           "today)")
    net_state.add_argument("--reason", default="")
    _json_flag(net_state)
    net_history = net_commands.add_parser("history", help="the operation log of one network")
    net_history.add_argument("id")
    net_history.add_argument("--limit", type=int, default=50)
    _json_flag(net_history)

    add_charter_parsers(commands, _Parser)
    add_member_parsers(commands, _Parser)
    alert_actions = add_alert_parsers(commands, _Parser)
    add_gateway_parsers(commands, _Parser, alert_actions)
    add_sync_parsers(commands, _Parser)

    export = commands.add_parser("export", help="the whole shared state as canonical JSON")
    export.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    _json_flag(export)
    return parser


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default))
    sys.stdout.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    text_rows = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text_rows]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _data_dir(args: argparse.Namespace) -> Path:
    from bin_desktop.core.store.database import default_data_dir, demo_data_dir  # noqa: PLC0415

    if args.data_dir:
        return Path(args.data_dir)
    return demo_data_dir() if args.demo else default_data_dir()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    from bin_desktop.core.errors import BinDeskError  # noqa: PLC0415

    try:
        return _run_command(args)
    except BrokenPipeError:  # `bin-desktop … | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except BinDeskError as exc:
        print(f"bin-desktop: {exc.message}", file=sys.stderr)
        return exc.exit_code


def _run_gui(args: argparse.Namespace) -> int:
    options = AppOptions(
        data_dir=_data_dir(args), operator=args.operator, lang=args.lang,
        crash_dialog=not args.no_crash_dialog, smoke_test=args.smoke_test, demo=args.demo,
    )
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bin_desktop.gui.app import run  # noqa: PLC0415 - Qt only for the window

    return run(options)


def _run_command(args: argparse.Namespace) -> int:
    from bin_desktop import (  # noqa: PLC0415
        cli_alerts,
        cli_charter,
        cli_gateways,
        cli_members,
        cli_sync,
    )
    from bin_desktop.cli_commands import COMMANDS  # noqa: PLC0415
    from bin_desktop.core.store.database import open_database  # noqa: PLC0415

    key = (args.command, getattr(args, "action", None))
    handler = {**COMMANDS, **cli_charter.COMMANDS, **cli_members.COMMANDS,
               **cli_alerts.COMMANDS, **cli_gateways.COMMANDS, **cli_sync.COMMANDS}[key]
    if cli_charter.needs_no_database(args) or cli_sync.needs_no_database(args):
        return handler(None, args)
    db = open_database(_data_dir(args))
    try:
        return handler(db, args)
    finally:
        db.close()


if __name__ == "__main__":
    raise SystemExit(main())
