"""`alert …` commands: check a text, create a message, approve it (four eyes), CAP export."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from bin_desktop.cli_charter import Handler
from bin_desktop.cli_util import actor, json_flag, out, read, write

CATEGORIES = ["burglary", "vehicle_crime", "theft", "fraud", "disappearance",
              "suspicious_situation", "drugs", "public_order", "disaster", "prevention_tip",
              "feedback"]
EXIT_BLOCKED = 1


def add_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> Any:
    """Declares `alert …`; returns its actions so the sending commands can join them."""
    alert = commands.add_parser("alert", help="police messages: check, create, approve, CAP")
    sub = alert.add_subparsers(dest="action", metavar="ACTION", required=True,
                               parser_class=parser_class)
    for name, helptext in (("check", "check one language version of a message (no storing)"),
                           ("create", "create a draft message")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--network", action="append", required=True, metavar="NETWORK_ID")
        p.add_argument("--category", required=True, choices=CATEGORIES)
        p.add_argument("--urgency", required=True, choices=["urgent", "normal"])
        p.add_argument("--lang", default=None, choices=["nl", "fr", "de"])
        p.add_argument("--text-file", type=Path, required=True)
        p.add_argument("--headline", default="")
        p.add_argument("--subject", default="")
        p.add_argument("--incident-at", type=dt.datetime.fromisoformat)
        p.add_argument("--channels", help="sms,voice,email (default: by urgency)")
        if name == "create":
            p.add_argument("--exercise", action="store_true",
                           help="an exercise: marked as such everywhere")
        json_flag(p)
    p = sub.add_parser("approve", help="approve a draft (another operator than the author)")
    p.add_argument("message_id")
    p.add_argument("--override-reason", default="",
                   help="korpschef only: send despite blocking findings, with this reason")
    json_flag(p)
    p = sub.add_parser("show", help="a message with its check results")
    p.add_argument("message_id")
    json_flag(p)
    p = sub.add_parser("cap", help="the message as CAP 1.2 XML")
    p.add_argument("message_id")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("discard", help="withdraw a draft or an approved, unsent message")
    p.add_argument("message_id")
    p = sub.add_parser("feedback-due", help="sent messages still waiting for their feedback")
    json_flag(p)
    return sub


def _channels(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(c.strip() for c in args.channels.split(",")) if args.channels else ()


def _first_language(db: Any, network_ids: list[str]) -> str:
    from bin_desktop.core.store.models import Network  # noqa: PLC0415

    with db.read() as session:
        network = session.get(Network, network_ids[0])
        return (network.languages or ["nl"])[0] if network else "nl"


def _finding_json(finding: Any) -> dict[str, Any]:
    return {"code": finding.code, "severity": finding.severity, "start": finding.start,
            "end": finding.end, "message": finding.message,
            "suggestion": finding.suggestion.format(**finding.params)
            if finding.suggestion else ""}


def _result_json(result: Any) -> dict[str, Any]:
    return {"verdict": result.verdict,
            "findings": [_finding_json(f) for f in result.findings],
            "sms": {"encoding": result.sms.encoding, "characters": result.sms.characters,
                    "segments": result.sms.segments,
                    "ucs2_characters": list(result.sms.ucs2_characters)},
            "voice_seconds": round(result.voice_seconds, 1),
            "audience": dataclasses.asdict(result.audience),
            "rules": [{"rule": r.rule, "findings": r.findings,
                       "disabled": getattr(r, "disabled", False)} for r in result.rules]}


def check_(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.model import Draft  # noqa: PLC0415
    from bin_desktop.core.alerts.service import check  # noqa: PLC0415

    text = read(args.text_file, "text file").decode("utf-8")
    language = args.lang or _first_language(db, args.network)
    result = check(db, args.network, Draft(
        text=text, language=language, category=args.category, urgency=args.urgency,
        headline=args.headline, subject=args.subject, channels=_channels(args),
        incident_at=args.incident_at))
    data = _result_json(result)
    out(args, data, f"{result.verdict}\n" + "\n".join(
        f"[{f.severity}] {f.code} {f.start}-{f.end}: {f.message}" for f in result.findings))
    return 0


def create(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import TextVersion, create_message  # noqa: PLC0415

    text = read(args.text_file, "text file").decode("utf-8")
    language = args.lang or _first_language(db, args.network)
    message_id = create_message(
        db, actor(db, args), args.network, args.category, args.urgency,
        [TextVersion(language, text, args.headline, args.subject)],
        is_exercise=args.exercise, channels=list(_channels(args)) or None,
        incident_at=args.incident_at)
    out(args, {"id": message_id}, message_id)
    return 0


def approve(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import approve_message  # noqa: PLC0415

    verdict = approve_message(db, actor(db, args), args.message_id,
                              override_reason=args.override_reason)
    out(args, {"id": args.message_id, "status": "approved", "verdict": verdict},
        f"Approved ({verdict}).")
    return 0


def show(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import check_message, get_message  # noqa: PLC0415

    view = get_message(db, args.message_id)
    results = check_message(db, args.message_id)
    data = {"id": view.id, "status": view.status, "category": view.category,
            "urgency": view.urgency, "exercise": view.is_exercise, "msg_type": view.msg_type,
            "references": view.references_id, "networks": list(view.network_ids),
            "texts": [{"language": t.language, "headline": t.headline, "body": t.body}
                      for t in view.texts],
            "checks": {lang: _result_json(r) for lang, r in results.items()},
            "approvals": [{"by": by, "at": at.isoformat(), "verdict": verdict,
                           "override_reason": reason}
                          for by, at, verdict, reason in view.approvals]}
    out(args, data, f"{view.status} {view.category} {view.urgency}: {view.texts[0].headline}")
    return 0


def cap(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import cap_xml  # noqa: PLC0415

    write(args.output, cap_xml(db, args.message_id))
    return 0


def feedback_due(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import feedback_due as due  # noqa: PLC0415

    items = due(db)
    out(args, [{"id": i, "headline": h, "days_late": d} for i, h, d in items],
        "\n".join(f"{d:>3} days late: {h}" for _i, h, d in items) or "no feedback due")
    return 0


def discard(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import discard_message  # noqa: PLC0415

    discard_message(db, actor(db, args), args.message_id)
    print("Withdrawn.")
    return 0


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("alert", "check"): check_,
    ("alert", "create"): create,
    ("alert", "approve"): approve,
    ("alert", "show"): show,
    ("alert", "cap"): cap,
    ("alert", "discard"): discard,
    ("alert", "feedback-due"): feedback_due,
}
