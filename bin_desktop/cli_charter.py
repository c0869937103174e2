"""`charter …` and `zone trust …` commands: the charter's way to ADVP approval from a shell.

Parsers are declared here with argparse only; core modules are imported when a command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bin_desktop.cli_util import actor, json_flag, out, passphrase, read, write

EXIT_INVALID = 1

Handler = Callable[[Any, argparse.Namespace], int]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    charter = commands.add_parser("charter", help="charter + internal rules, signatures, ADVP")
    sub = charter.add_subparsers(dest="action", metavar="ACTION", required=True,
                                 parser_class=parser_class)
    p = sub.add_parser("show", help="versions, signatures and files of a network's charter")
    p.add_argument("network_id")
    json_flag(p)
    p = sub.add_parser("draft", help="open a draft version (a new one copies the last)")
    p.add_argument("network_id")
    json_flag(p)
    p = sub.add_parser("set", help="edit the draft version")
    p.add_argument("network_id")
    p.add_argument("--start-date", type=_date)
    p.add_argument("--duration-months", type=int, help="0: for an indefinite period")
    p.add_argument("--municipality-signs", help="mayor, prevention_officer or both, "
                                                "comma-separated")
    p.add_argument("--section", action="append", default=[], metavar="LANG:CODE=TEXT",
                   help="e.g. nl:objectives='…' (repeatable)")
    p.add_argument("--section-file", action="append", default=[], metavar="LANG:CODE=FILE",
                   help="the section text read from a UTF-8 file (repeatable)")
    json_flag(p)
    p = sub.add_parser("check", help="what the draft still lacks before signing (ADVP's list)")
    p.add_argument("network_id")
    json_flag(p)
    p = sub.add_parser("send", help="freeze the draft and ask every party to sign")
    p.add_argument("network_id")
    json_flag(p)
    p = sub.add_parser("pdf", help="the charter PDF with one signature field per signatory")
    p.add_argument("network_id")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--lang", choices=["nl", "fr", "de"])
    p.add_argument("--version", type=int, dest="charter_version")
    p = sub.add_parser("fields", help="the signature fields of a PDF")
    p.add_argument("file", type=Path)
    json_flag(p)
    p = sub.add_parser("sign", help="sign one field of a PDF with a PKCS#12 file (PAdES)")
    p.add_argument("file", type=Path)
    p.add_argument("--field", required=True)
    p.add_argument("--pkcs12", type=Path, required=True)
    p.add_argument("--passphrase-env", metavar="VAR",
                   help="environment variable holding the passphrase (never on the command "
                        "line)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("verify", help="check every signature of a PDF (exit 1 if any is bad)")
    p.add_argument("file", type=Path)
    p.add_argument("--trust", action="append", type=Path, default=[], metavar="CERT_PEM",
                   help="a CA certificate to trust (repeatable); default: the zone's")
    json_flag(p)
    p = sub.add_parser("record", help="record a party's signature: a signed PDF or a paper scan")
    p.add_argument("network_id")
    p.add_argument("--party", help="citizens, police, municipality, or a signatory: "
                                   "coordinator, mandated_officer, korpschef, mayor, "
                                   "prevention_officer")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--signed-pdf", type=Path)
    source.add_argument("--wet-ink", type=Path, help="the scan of the signed paper")
    p.add_argument("--date", type=_date, help="date of the signature on paper")
    p.add_argument("--signer", help="name of who signed on paper (default: the expected signer)")
    json_flag(p)
    p = sub.add_parser("sign-slot", help="sign your own field of the current charter in BIN Desk")
    p.add_argument("network_id")
    p.add_argument("--signatory", required=True,
                   choices=["korpschef", "mandated_officer", "prevention_officer"])
    p.add_argument("--pkcs12", type=Path, required=True)
    p.add_argument("--passphrase-env", metavar="VAR")
    p.add_argument("-o", "--output", type=Path, help="also write the signed PDF here")
    p = sub.add_parser("send-back", help="the korpschef refuses to sign, with reasons")
    p.add_argument("network_id")
    p.add_argument("--reason", required=True)
    p = sub.add_parser("submit", help="all signed: the cover letter to ADVP")
    p.add_argument("network_id")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("approve", help="record ADVP's approval: the BIN becomes official")
    p.add_argument("network_id")
    p.add_argument("--date", type=_date, required=True)
    p.add_argument("--reference", required=True)
    p = sub.add_parser("remarks", help="record ADVP's remarks: back to drafting")
    p.add_argument("network_id")
    p.add_argument("--text", required=True)
    p = sub.add_parser("amend", help="start an amendment of an active network's charter")
    p.add_argument("network_id")
    p.add_argument("--reason", default="")
    p = sub.add_parser("notice", help="the notice to ADVP of a suspension, merger, dissolution")
    p.add_argument("network_id")
    p.add_argument("-o", "--output", type=Path, required=True)

    zone = commands.add_parser("zone", help="zone settings")
    zone_sub = zone.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=parser_class)
    p = zone_sub.add_parser("show", help="the zone's settings")
    json_flag(p)
    p = zone_sub.add_parser("set", help="change zone settings (administrator)")
    p.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE",
                   help="name, number, address, signature_overdue_days, "
                        "evaluation_interval_months")
    json_flag(p)
    p = zone_sub.add_parser("trust", help="CA certificates trusted for signatures")
    p.add_argument("trust_action", choices=["add", "list", "remove"])
    p.add_argument("target", nargs="?", help="certificate file (add) or id (remove)")
    json_flag(p)


# -- handlers ------------------------------------------------------------------------------
def show(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import charter_versions  # noqa: PLC0415

    today = dt.date.today()
    versions = charter_versions(db, args.network_id)
    data = [{
        "id": v.charter_id, "version": v.version, "status": v.status,
        "drafted_on": v.drafted_on, "sent_for_signature_on": v.frozen_on,
        "content_hash": v.content_hash, "submitted_on": v.submitted_on,
        "approved_on": v.approved_on, "advp_reference": v.advp_reference,
        "advp_remarks": v.advp_remarks,
        "signatures": [{"signatory": s.signatory, "party": s.party, "status": s.status,
                        "expected_signer": s.expected_signer, "signer": s.signer,
                        "method": s.method, "requested_on": s.requested_on,
                        "signed_on": s.signed_on, "waiting_days": s.waiting_days(today),
                        "note": s.note} for s in v.slots],
        "files": [{"kind": f.kind, "filename": f.filename, "sha256": f.sha256, "size": f.size,
                   "recorded_on": f.recorded_on} for f in v.files],
    } for v in versions]
    lines = []
    for v in versions:
        lines.append(f"version {v.version}: {v.status} ({v.signed}/{len(v.slots)} signed)")
        lines += [f"  {s.signatory:<20} {s.status:<8} {s.signer or s.expected_signer}"
                  for s in v.slots]
    out(args, data, "\n".join(lines) or "no charter yet")
    return 0


def draft(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import ensure_draft  # noqa: PLC0415

    charter_id = ensure_draft(db, actor(db, args), args.network_id)
    out(args, {"id": charter_id}, f"Draft {charter_id} open.")
    return 0


def _sections(args: argparse.Namespace) -> dict[str, dict[str, str]]:
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415

    texts: dict[str, dict[str, str]] = {}
    items = [(s, False) for s in args.section] + [(s, True) for s in args.section_file]
    for item, from_file in items:
        key, sep, value = item.partition("=")
        lang, colon, code = key.partition(":")
        if not sep or not colon:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Use LANG:CODE=TEXT, got {item}."),
                                  item=item)
        text = read(Path(value), "section file").decode("utf-8") if from_file else value
        texts.setdefault(lang.strip(), {})[code.strip()] = text
    return texts


def set_draft(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import update_draft  # noqa: PLC0415

    texts = _sections(args)
    changed = update_draft(
        db, actor(db, args), args.network_id, texts=texts or None,
        start_date=args.start_date, duration_months=args.duration_months,
        municipality_signatories=(
            [s.strip() for s in args.municipality_signs.split(",")]
            if args.municipality_signs else None))
    out(args, {"changed": sorted(changed)}, f"{len(changed)} field(s) changed.")
    return 0


def check(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import check_draft  # noqa: PLC0415

    missing = check_draft(db, args.network_id)
    out(args, {"ready": not missing, "missing": [m.text for m in missing]},
         "Ready to be sent for signature." if not missing
         else "Missing:\n" + "\n".join(f"- {m.text}" for m in missing))
    return 0


def send(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import send_for_signature  # noqa: PLC0415

    charter_id = send_for_signature(db, actor(db, args), args.network_id)
    out(args, {"id": charter_id}, "Sent for signature.")
    return 0


def pdf(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import render_charter_pdf  # noqa: PLC0415

    data = render_charter_pdf(db, args.network_id, args.lang, args.charter_version)
    write(args.output, data)
    return 0


def fields(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.signing import list_fields  # noqa: PLC0415

    found = list_fields(read(args.file, "PDF"))
    out(args, [{"name": f.name, "signed": f.signed, "page": f.page} for f in found],
         "\n".join(f"{f.name}\t{'signed' if f.signed else 'empty'}" for f in found))
    return 0


def sign(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.signing import load_credential, sign_field  # noqa: PLC0415

    credential = load_credential(read(args.pkcs12, "PKCS#12 file"),
                                 passphrase(args.passphrase_env))
    write(args.output, sign_field(read(args.file, "PDF"), args.field, credential))
    return 0


def verify(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import trust_roots  # noqa: PLC0415
    from bin_desktop.core.signing import report_as_json  # noqa: PLC0415
    from bin_desktop.core.signing import verify as verify_pdf  # noqa: PLC0415

    if args.trust:
        roots = [read(path, "certificate") for path in args.trust]
    else:
        with db.read() as session:
            roots = trust_roots(session)
    report = verify_pdf(read(args.file, "PDF"), roots)
    data = report_as_json(report)
    lines = [f"{f.name}: " + ("not signed" if not f.signed else
             f"{f.signer_common_name}, intact={f.intact}, valid={f.valid}, trusted={f.trusted}, "
             f"modified_after_signing={f.modified_after_signing}")
             for f in report.fields]
    out(args, data, "\n".join(lines))
    return 0 if report.ok else EXIT_INVALID


def record(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import (  # noqa: PLC0415
        record_signed_pdf,
        record_wet_ink,
    )
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415

    actor_id = actor(db, args)
    if args.signed_pdf:
        recorded = record_signed_pdf(db, actor_id, args.network_id,
                                     read(args.signed_pdf, "PDF"), args.signed_pdf.name,
                                     args.party)
    else:
        if args.date is None or args.party is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "A paper signature needs --party "
                                                            "and --date."))
        media = "application/pdf" if args.wet_ink.suffix.lower() == ".pdf" else (
            "image/png" if args.wet_ink.suffix.lower() == ".png" else "image/jpeg")
        recorded = [record_wet_ink(db, actor_id, args.network_id, args.party,
                                   read(args.wet_ink, "scan"), args.wet_ink.name, args.date,
                                   args.signer, media)]
    out(args, [{"signatory": r.signatory, "signer": r.signer, "method": r.method}
                for r in recorded],
         "\n".join(f"Recorded: {r.signatory} ({r.signer}, {r.method})" for r in recorded))
    return 0


def sign_slot(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import sign_in_app  # noqa: PLC0415

    signed = sign_in_app(db, actor(db, args), args.network_id, args.signatory,
                         read(args.pkcs12, "PKCS#12 file"), passphrase(args.passphrase_env))
    if args.output:
        write(args.output, signed)
    print("Signed.")
    return 0


def send_back(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import send_back as refuse  # noqa: PLC0415

    refuse(db, actor(db, args), args.network_id, args.reason)
    print("Sent back to drafting.")
    return 0


def submit(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import submit_to_advp  # noqa: PLC0415

    write(args.output, submit_to_advp(db, actor(db, args), args.network_id))
    print(f"Submitted to ADVP; letter written to {args.output}.")
    return 0


def approve(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import record_approval  # noqa: PLC0415

    record_approval(db, actor(db, args), args.network_id, args.date, args.reference)
    print("Approval recorded.")
    return 0


def remarks(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import record_advp_remarks  # noqa: PLC0415

    record_advp_remarks(db, actor(db, args), args.network_id, args.text)
    print("Remarks recorded; the charter is back in drafting.")
    return 0


def amend(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import start_amendment  # noqa: PLC0415

    charter_id = start_amendment(db, actor(db, args), args.network_id, args.reason)
    print(f"Amendment started: draft {charter_id}.")
    return 0


def notice(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.charter.service import advp_notice  # noqa: PLC0415

    write(args.output, advp_notice(db, actor(db, args), args.network_id))
    print(f"Notice to ADVP written to {args.output}.")
    return 0


def zone_show(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core.zone import get_zone  # noqa: PLC0415

    zone = get_zone(db)
    data = None if zone is None else {
        "id": zone.id, "name": zone.name, "number": zone.number, "address": zone.address,
        "language": zone.language, "signature_overdue_days": zone.signature_overdue_days,
        "evaluation_interval_months": zone.evaluation_interval_months}
    out(args, data, "no zone" if data is None else
         "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0


def zone_set(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.cli_commands import parse_assignment  # noqa: PLC0415
    from bin_desktop.core.zone import update_zone  # noqa: PLC0415

    changed = update_zone(db, actor(db, args), **dict(parse_assignment(a) for a in args.set))
    out(args, {"changed": sorted(changed)}, f"{len(changed)} setting(s) changed.")
    return 0


def trust(db: Any, args: argparse.Namespace) -> int:
    from bin_desktop.core import trust as anchors  # noqa: PLC0415
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415

    if args.trust_action in ("add", "remove") and not args.target:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Name the certificate file or id."))
    if args.trust_action == "add":
        anchor = anchors.add_trust_anchor(db, actor(db, args), read(Path(args.target),
                                                                      "certificate"))
        out(args, {"id": anchor.id, "name": anchor.name}, f"Trusted: {anchor.name}")
    elif args.trust_action == "remove":
        anchors.remove_trust_anchor(db, actor(db, args), args.target)
        print("Removed.")
    else:
        found = anchors.list_trust_anchors(db)
        out(args, [{"id": a.id, "name": a.name, "sha256": a.fingerprint_sha256}
                    for a in found],
             "\n".join(f"{a.id}  {a.name}" for a in found) or "no trusted CA")
    return 0


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("charter", "show"): show,
    ("charter", "draft"): draft,
    ("charter", "set"): set_draft,
    ("charter", "check"): check,
    ("charter", "send"): send,
    ("charter", "pdf"): pdf,
    ("charter", "fields"): fields,
    ("charter", "sign"): sign,
    ("charter", "verify"): verify,
    ("charter", "record"): record,
    ("charter", "sign-slot"): sign_slot,
    ("charter", "send-back"): send_back,
    ("charter", "submit"): submit,
    ("charter", "approve"): approve,
    ("charter", "remarks"): remarks,
    ("charter", "amend"): amend,
    ("charter", "notice"): notice,
    ("zone", "show"): zone_show,
    ("zone", "set"): zone_set,
    ("zone", "trust"): trust,
}


def needs_no_database(args: argparse.Namespace) -> bool:
    """File-only commands run without opening (or creating) a data folder."""
    return (args.command == "charter" and args.action in ("fields", "sign")) or (
        args.command == "charter" and args.action == "verify" and bool(args.trust))

