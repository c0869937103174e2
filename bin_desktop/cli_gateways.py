"""`gateway …` commands (settings of the zone's providers) and the sending side of `alert`:
`alert send`, `alert dispatch`, `alert status`. Secrets are read from stdin, never printed."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from typing import Any

from bin_desktop.cli_charter import Handler
from bin_desktop.cli_util import actor, json_flag, out

EXIT_PENDING = 1


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_parsers(commands: Any, parser_class: type[argparse.ArgumentParser],
                alert: Any) -> None:
    """Declares `gateway …`, and `send`, `dispatch`, `status` among `alert`'s actions."""
    gateway = commands.add_parser("gateway", help="the providers that send messages "
                                                  "(administrator)")
    sub = gateway.add_subparsers(dest="action", metavar="ACTION", required=True,
                                 parser_class=parser_class)
    p = sub.add_parser("add", help="add a gateway")
    p.add_argument("name")
    p.add_argument("--type", required=True, help="smtp, http-json, cm or outbox")
    p.add_argument("--url", required=True,
                   help="http(s)://… (http-json; cm: https://gw.messaging.cm.com), "
                        "smtp://[user@]host:port or smtps://… (smtp), a folder (outbox)")
    p.add_argument("--security", choices=["starttls", "ssl", "plain"],
                   help="smtp only (default: ssl for smtps://, else starttls)")
    p.add_argument("--sender", default="")
    p.add_argument("--channels", type=_csv, help="sms,voice,email (default: all the type "
                                                 "can send)")
    p.add_argument("--batch", type=int, help="deliveries per request")
    p.add_argument("--rate", type=float, metavar="PER_SECOND", help="at most this many "
                                                                    "deliveries per second")
    p.add_argument("--test-mode", action="store_true",
                   help="send nothing to members through it (only 'gateway test')")
    json_flag(p)
    p = sub.add_parser("secret", help="store the gateway's token or password (read from stdin) "
                                      "in the keyring")
    p.add_argument("name")
    json_flag(sub.add_parser("list", help="the gateways (never their secrets)"))
    p = sub.add_parser("remove", help="remove a gateway and forget its secret")
    p.add_argument("name")
    p = sub.add_parser("test", help="send one test message through a gateway")
    p.add_argument("name")
    p.add_argument("--to", required=True, metavar="ADDRESS", help="+32… or an e-mail address")
    json_flag(p)

    p = alert.add_parser("send", help="queue the deliveries of an approved message")
    p.add_argument("message_id")
    json_flag(p)
    p = alert.add_parser("dispatch", help="hand queued deliveries to the gateways")
    p.add_argument("--until-empty", action="store_true",
                   help="repeat until nothing is due (waiting for quiet hours does not count)")
    p.add_argument("--lease", type=float, default=60.0, metavar="SECONDS",
                   help="how long a claim on a delivery holds if this dispatcher stops "
                        "(default 60)")
    json_flag(p)
    p = alert.add_parser("status", help="delivery counts of a message per channel")
    p.add_argument("message_id")
    json_flag(p)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def gateway_add(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.gateway_config import add_gateway  # noqa: PLC0415

    gateway_id = add_gateway(db, actor(db, args), args.name, type=args.type, url=args.url,
                             security=args.security, sender=args.sender,
                             channels=args.channels, batch_size=args.batch,
                             rate_per_second=args.rate, test_mode=args.test_mode)
    out(args, {"id": gateway_id, "name": args.name}, f"Gateway {args.name} added.")
    return 0


def gateway_secret(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.gateway_config import store_secret  # noqa: PLC0415

    value = sys.stdin.read().strip("\r\n")
    store_secret(db, actor(db, args), args.name, value)
    print(f"Secret stored in the keyring for gateway {args.name}.")
    return 0


def gateway_list(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.gateway_config import config_json, list_gateways  # noqa: PLC0415

    rows = [config_json(c) for c in list_gateways(db)]
    out(args, rows, "\n".join(
        f"{r['name']}  {r['type']}  {','.join(r['channels'])}  {r['url']}"
        + ("" if not r["needs_secret"] else "  secret set" if r["has_secret"]
           else "  NO SECRET") for r in rows) or "no gateways")
    return 0


def gateway_remove(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.gateway_config import remove_gateway  # noqa: PLC0415

    remove_gateway(db, actor(db, args), args.name)
    print(f"Gateway {args.name} removed.")
    return 0


def gateway_test(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.gateway_config import send_test  # noqa: PLC0415

    result = send_test(db, actor(db, args), args.name, args.to)
    out(args, {"outcome": result.outcome, "provider_id": result.provider_id,
               "error": result.error},
        f"{result.outcome}" + (f": {result.error}" if result.error else ""))
    return 0 if result.outcome == "accepted" else EXIT_PENDING


def alert_send(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.dispatch import send_message  # noqa: PLC0415

    count = send_message(db, actor(db, args), args.message_id, _now())
    out(args, {"id": args.message_id, "deliveries": count}, f"{count} deliveries queued.")
    return 0


def alert_dispatch(db: Any, args: argparse.Namespace) -> int:
    import time  # noqa: PLC0415

    from bin_desktop.core.dispatch import (  # noqa: PLC0415
        CHANNELS,
        DispatchReport,
        dispatch_once,
        dispatch_until_empty,
        pending,
    )
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415
    from bin_desktop.core.gateway_config import (  # noqa: PLC0415
        build_gateway,
        gateways_by_channel,
    )

    groups = gateways_by_channel(db)
    if not groups:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "core", "No gateway is configured: add one with 'bin-desktop gateway add'."))
    from bin_desktop.core.sync.claims import NoHub, dispatch_claims  # noqa: PLC0415

    reports: dict[str, dict[str, int]] = {}
    left = waiting = 0
    _sync_around_dispatch(db)  # with a hub: the latest deliveries and claims first
    with dispatch_claims(db) as message_filter:
        if isinstance(message_filter, NoHub):
            print(f"bin-desktop: {message_filter.error.message} Nothing is sent until the hub "
                  "can be reached: the deliveries wait.", file=sys.stderr)
        for config, channels in groups:
            gateway = build_gateway(config, channels)
            try:
                report: DispatchReport
                if args.until_empty:
                    report = dispatch_until_empty(db, gateway, device_id=db.device_id,
                                                  clock=_now, sleep=time.sleep,
                                                  lease_seconds=args.lease,
                                                  message_filter=message_filter)
                else:
                    report = dispatch_once(db, gateway, device_id=db.device_id, now=_now(),
                                           lease_seconds=args.lease,
                                           message_filter=message_filter)
            finally:
                gateway.close()
            reports[config.name] = dataclasses.asdict(report)
            if gateway.test_mode:
                print(f"bin-desktop: gateway {config.name} is in test mode: it sends nothing "
                      f"to members ({report.waiting} deliveries wait).", file=sys.stderr)
            # unknown deliveries of a provider that cannot be asked stay unknown: no work left
            count, _due = pending(db, _now(), channels,
                                  include_unknown=gateway.can_query_status)
            left += count - report.waiting
            waiting += report.waiting
    _sync_around_dispatch(db)  # the outcomes go up for the other devices
    served = {c for _config, channels in groups for c in channels}
    unserved = [c for c in CHANNELS if c not in served and pending(db, _now(), [c])[0]]
    left += sum(pending(db, _now(), [c])[0] for c in unserved)
    text = "\n".join(f"{name}: " + ", ".join(f"{k} {v}" for k, v in r.items() if v)
                     for name, r in reports.items())
    if unserved:
        print("bin-desktop: no gateway sends " + ", ".join(unserved) + ": those deliveries "
              "stay queued.", file=sys.stderr)
    out(args, {"gateways": reports, "pending": left, "waiting": waiting,
               "unserved_channels": unserved},
        text + f"\n{left} deliveries still pending, {waiting} waiting.")
    return 0 if left <= 0 else EXIT_PENDING


def _sync_around_dispatch(db: Any) -> None:
    """With a hub, a dispatcher syncs before (the deliveries queued on other devices, what
    they already sent) and after (its outcomes). A failed sync is reported, never fatal: the
    claims in the hub still keep two devices from sending the same message."""
    from bin_desktop.core.errors import BinDeskError  # noqa: PLC0415
    from bin_desktop.core.sync import engine  # noqa: PLC0415

    if not engine.hub_url(db):
        return
    try:
        with engine.open_hub(db) as hub:
            engine.sync(db, hub)
    except BinDeskError as exc:
        print(f"bin-desktop: sync: {exc.message}", file=sys.stderr)


def alert_status(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.alerts.service import get_message  # noqa: PLC0415
    from bin_desktop.core.dispatch import delivery_stats  # noqa: PLC0415

    get_message(db, args.message_id)  # NotFound for an unknown id
    stats = delivery_stats(db, args.message_id)
    out(args, {"deliveries": stats}, "\n".join(
        f"{channel}: " + ", ".join(f"{state} {n}" for state, n in counts.items() if n)
        for channel, counts in stats.items()) or "no deliveries")
    return 0


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("gateway", "add"): gateway_add,
    ("gateway", "secret"): gateway_secret,
    ("gateway", "list"): gateway_list,
    ("gateway", "remove"): gateway_remove,
    ("gateway", "test"): gateway_test,
    ("alert", "send"): alert_send,
    ("alert", "dispatch"): alert_dispatch,
    ("alert", "status"): alert_status,
}
