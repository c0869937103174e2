"""The charter's way from draft to ADVP approval, and its amendments.

draft --send--> signing --(every party signed)--> submit to ADVP --approve--> approved
                  |  korpschef sends back / ADVP remarks --> returned --> new draft version
Each step checks the rules, writes facts (signatures, files) through the operation log and moves
the network through its life cycle in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bin_desktop.core.charter.content import (
    SNAPSHOT,
    TEXTS,
    MissingItem,
    build_snapshot,
    charter_document,
    compute_hash,
    korpschef_of,
    missing_items,
    snapshot_and_hash,
    texts_of,
)
from bin_desktop.core.documents.model import SECTION_CODES, AdvpLetter, field_name_for
from bin_desktop.core.domain import (
    LANGUAGES,
    SIGNATORY_PARTY,
    CharterStatus,
    Party,
    Role,
    Signatory,
    SignatureStatus,
)
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from bin_desktop.core.lifecycle import State
from bin_desktop.core.networks import get_network, transition_in
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.blobs import get_blob, put_blob
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    Charter,
    CharterFile,
    Municipality,
    Network,
    Operator,
    Person,
    SignatureEvent,
    SignatureSlot,
    StateTransition,
    TrustAnchor,
    Zone,
)
from bin_desktop.core.store.oplog import UnitOfWork
from bin_desktop.core.text import fold

PDF = "application/pdf"


class FileKind:
    SIGNED_PDF = "signed_pdf"
    WET_INK_SCAN = "wet_ink_scan"
    ADVP_LETTER = "advp_letter"
    ADVP_NOTICE = "advp_notice"


class Method:
    DIGITAL = "digital"  # signed in BIN Desk with a PKCS#12 file or the eID
    SIGNED_PDF = "signed_pdf"  # a PDF signed elsewhere, verified on receipt
    WET_INK = "wet_ink"  # a signed paper, scanned


# -- look-ups ------------------------------------------------------------------------------
def latest_charter(session: Session, network_id: str) -> Charter | None:
    return session.scalar(select(Charter).where(Charter.network_id == network_id)
                          .order_by(Charter.version.desc()).limit(1))


def _latest_or_fail(session: Session, network: Network) -> Charter:
    charter = latest_charter(session, network.id)
    if charter is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "{network} has no charter yet. Draft one first."),
            network=network.name)
    return charter


def _require_status(charter: Charter, network: Network, *allowed: CharterStatus) -> None:
    if charter.status not in {s.value for s in allowed}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Version {version} of the charter of {network} is "
                                      "{status}; this step needs it {allowed}."),
            version=charter.version, network=network.name, status=charter.status,
            allowed=" or ".join(s.value for s in allowed))


def slots_of(session: Session, charter_id: str) -> list[SignatureSlot]:
    return list(session.scalars(select(SignatureSlot).where(
        SignatureSlot.charter_id == charter_id).order_by(SignatureSlot.id)))


def latest_events(session: Session, slot_ids: list[str]) -> dict[str, SignatureEvent]:
    """The latest fact of every slot (signed, refused, revoked)."""
    latest: dict[str, SignatureEvent] = {}
    for event in session.scalars(select(SignatureEvent).where(
            SignatureEvent.slot_id.in_(slot_ids)).order_by(SignatureEvent.effective_on,
                                                           SignatureEvent.id)):
        latest[event.slot_id] = event
    return latest


def _is_signed(event: SignatureEvent | None) -> bool:
    return event is not None and event.status == SignatureStatus.SIGNED.value


def trust_roots(session: Session) -> list[bytes]:
    return [a.pem.encode("ascii") for a in session.scalars(
        select(TrustAnchor).where(TrustAnchor.deleted.is_(False)).order_by(TrustAnchor.id))]


def names_match(expected: str, actual: str) -> bool:
    """A certificate's common name names the expected person ("Jan Peeters (Signature)")."""
    wanted = fold(expected).replace("-", " ").split()
    have = set(fold(actual).replace("-", " ").replace("(", " ").replace(")", " ").split())
    return bool(wanted) and all(part in have for part in wanted)


# -- drafting ------------------------------------------------------------------------------
def _default_texts(network: Network) -> dict[str, dict[str, str]]:
    from bin_desktop.core.documents.texts import default_sections  # noqa: PLC0415

    return {lang: default_sections(lang, network.type) for lang in network.languages}


def _default_municipal_signatories(session: Session, network: Network) -> list[str]:
    municipality = session.get(Municipality, network.municipality_id)
    assert municipality is not None
    chosen = [s.value for s, person_id in ((Signatory.PREVENTION_OFFICER,
                                           municipality.prevention_officer_id),
                                          (Signatory.MAYOR, municipality.mayor_id)) if person_id]
    return chosen or [Signatory.MAYOR.value]


def ensure_draft(db: Database, actor_id: str, network_id: str,
                 today: dt.date | None = None) -> str:
    """The draft version of a network's charter: the open one, or a new one.

    A new version copies the texts of the previous one (amendments, returned versions).
    """
    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        latest = latest_charter(session, network_id)
        if latest is not None and latest.status == CharterStatus.DRAFT.value:
            return latest.id
        if latest is not None and latest.status in (CharterStatus.SIGNING.value,
                                                    CharterStatus.SUBMITTED.value):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Version {version} of the charter is {status}; it "
                                          "must be sent back before a new version is drafted."),
                version=latest.version, status=latest.status)
        texts = texts_of(latest) if latest else _default_texts(network)
        for language in network.languages:  # a language added to the network since
            texts.setdefault(language, _default_texts(network)[language])
        charter = uow.create(
            Charter, network_id=network_id, version=(latest.version + 1) if latest else 1,
            status=CharterStatus.DRAFT.value, drafted_on=today, submitted_on=None,
            advp_reference=None, approved_on=None, content={TEXTS: texts},
            start_date=latest.start_date if latest else None,
            duration_months=latest.duration_months if latest else None,
            municipality_signatories=(list(latest.municipality_signatories) if latest else
                                      _default_municipal_signatories(session, network)),
            content_hash=None, frozen_on=None, advp_remarks="")
        return charter.id


def update_draft(
    db: Database, actor_id: str, network_id: str, *,
    texts: dict[str, dict[str, str]] | None = None,
    start_date: dt.date | None = None,
    duration_months: int | None = None,
    municipality_signatories: list[str] | None = None,
) -> dict[str, Any]:
    """Edit the draft version. Sections are merged per language; unknown codes are refused."""
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _latest_or_fail(session, network)
        _require_status(charter, network, CharterStatus.DRAFT)
        changes: dict[str, Any] = {}
        if texts is not None:
            merged = texts_of(charter)
            for language, sections in texts.items():
                if language not in LANGUAGES:
                    raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown language {lang}."),
                                          lang=language)
                unknown = set(sections) - set(SECTION_CODES)
                if unknown:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("core", "Unknown charter section(s): {codes}."),
                        codes=", ".join(sorted(unknown)))
                merged.setdefault(language, {}).update(
                    {k: v.strip() for k, v in sections.items()})
            changes["content"] = {**charter.content, TEXTS: merged}
        if start_date is not None:
            changes["start_date"] = start_date
        if duration_months is not None:
            if duration_months < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "The duration cannot be "
                                                                "negative."))
            changes["duration_months"] = duration_months or None
        if municipality_signatories is not None:
            chosen = [s for s in (Signatory.PREVENTION_OFFICER.value, Signatory.MAYOR.value)
                      if s in municipality_signatories]
            if not chosen or set(municipality_signatories) - set(chosen):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "core", "The municipality signs by its mayor and/or its prevention officer."))
            changes["municipality_signatories"] = chosen
        return uow.update(charter, **changes)


def check_draft(db: Database, network_id: str) -> list[MissingItem]:
    """What still keeps the draft from being sent for signature (the ADVP checklist)."""
    with db.read() as session:
        network = get_network(session, network_id)
        charter = _latest_or_fail(session, network)
        return missing_items(charter, build_snapshot(session, network, charter))


def send_for_signature(db: Database, actor_id: str, network_id: str,
                       today: dt.date | None = None) -> str:
    """Freeze the draft (snapshot + hash), ask every signatory, move the network on."""
    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _latest_or_fail(session, network)
        _require_status(charter, network, CharterStatus.DRAFT)
        state = State(network.state)
        if state not in (State.CHARTER_DRAFTING, State.AMENDMENT):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "{network} is not drafting or amending its charter "
                                          "(state: {state})."),
                network=network.name, state=state.value)
        snapshot = build_snapshot(session, network, charter)
        missing = missing_items(charter, snapshot)
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The charter cannot be sent for signature yet. "
                                          "Missing: {missing}."),
                missing="; ".join(m.text for m in missing))
        digest = compute_hash(network.id, charter.version, texts_of(charter), charter.start_date,
                              charter.duration_months, snapshot)
        uow.update(charter, content={**charter.content, SNAPSHOT: snapshot},
                   content_hash=digest, frozen_on=today, status=CharterStatus.SIGNING.value)
        for slot in snapshot["signatories"]:
            uow.create(SignatureSlot, charter_id=charter.id, network_id=network.id,
                       party=slot["party"], signatory=slot["signatory"], requested_on=today,
                       expected_signer=slot["signer"])
        if state == State.CHARTER_DRAFTING:
            transition_in(uow, network, State.SIGNATURES, today,
                          f"charter v{charter.version} sent for signature")
        return charter.id


# -- documents -----------------------------------------------------------------------------
def render_charter_pdf(db: Database, network_id: str, language: str | None = None,
                       version: int | None = None, today: dt.date | None = None) -> bytes:
    """The unsigned charter PDF of a version (default: the latest) in one of its languages."""
    from bin_desktop.core.documents.charter_pdf import render_charter  # noqa: PLC0415

    with db.read() as session:
        network = get_network(session, network_id)
        if version is None:
            charter = _latest_or_fail(session, network)
        else:
            found = session.scalar(select(Charter).where(Charter.network_id == network_id,
                                                         Charter.version == version))
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("core", "{network} has no charter version "
                                                         "{version}."),
                               network=network.name, version=version)
            charter = found
        if not charter.content_hash and any(
                lang not in texts_of(charter) for lang in network.languages):
            # a draft (or a version from before texts were kept) in a language it has no
            # text for yet: show the default texts, as a new draft would start with (on a
            # detached copy: a read never writes)
            session.expunge(charter)
            charter.content = {**(charter.content or {}),
                               TEXTS: {**_default_texts(network), **texts_of(charter)}}
        snapshot, digest = snapshot_and_hash(session, network, charter)
        languages = snapshot["languages"] or ["nl"]
        language = language or languages[0]
        if language not in texts_of(charter):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The charter of {network} has no {language} text; it "
                                          "has: {languages}."),
                network=network.name, language=language,
                languages=", ".join(sorted(texts_of(charter))))
        doc = charter_document(network.id, charter, snapshot, digest, language,
                               today or dt.date.today())
    return render_charter(doc)


def latest_signed_pdf(session: Session, charter_id: str) -> bytes | None:
    file = session.scalar(select(CharterFile).where(
        CharterFile.charter_id == charter_id, CharterFile.kind == FileKind.SIGNED_PDF)
        .order_by(CharterFile.id.desc()).limit(1))
    return get_blob(session, file.sha256) if file else None


def _store_file(uow: UnitOfWork, charter: Charter | None, network_id: str, kind: str,
                data: bytes, filename: str, media_type: str, today: dt.date,
                note: str = "") -> str:
    digest = put_blob(uow.session, data, media_type)
    uow.create(CharterFile, charter_id=charter.id if charter else None, network_id=network_id,
               kind=kind, filename=filename[:255], media_type=media_type, sha256=digest,
               size=len(data), recorded_by=uow.actor_id, recorded_on=today, note=note)
    return digest


def _signing_charter(session: Session, network: Network) -> Charter:
    charter = _latest_or_fail(session, network)
    _require_status(charter, network, CharterStatus.SIGNING)
    return charter


# -- signatures ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordedSignature:
    signatory: str
    signer: str
    method: str


def _slot_for(session: Session, charter: Charter, signatory: str) -> SignatureSlot:
    for slot in slots_of(session, charter.id):
        if slot.signatory == signatory:
            return slot
    raise ValidationError(
        QT_TRANSLATE_NOOP("core", "Version {version} of the charter has no signature for the "
                                  "{signatory}."),
        version=charter.version, signatory=signatory.replace("_", " "))


def _parse_signatories(selector: str | None) -> set[str] | None:
    """--party takes a party (citizens, police, municipality) or a signatory."""
    if selector is None:
        return None
    if selector in {p.value for p in Party}:
        return {s.value for s, p in SIGNATORY_PARTY.items() if p.value == selector}
    if selector in {s.value for s in Signatory}:
        return {selector}
    raise ValidationError(
        QT_TRANSLATE_NOOP("core", "Unknown party {party}; use one of: {allowed}."),
        party=selector, allowed=", ".join([p.value for p in Party] + [s.value for s in Signatory]))


def record_signed_pdf(db: Database, actor_id: str, network_id: str, pdf: bytes,
                      filename: str = "charter-signed.pdf", party: str | None = None,
                      today: dt.date | None = None) -> list[RecordedSignature]:
    """Record the signatures of a PDF received back from a party, after verifying it.

    Refused with the reason, and nothing recorded, when the PDF is not this network's current
    charter version, a signature is invalid or was made on a changed document, a certificate is
    not trusted by the zone, or a signature stands in another person's field.
    """
    from bin_desktop.core.documents.charter_pdf import read_metadata  # noqa: PLC0415
    from bin_desktop.core.signing import verify  # noqa: PLC0415

    today = today or dt.date.today()
    wanted = _parse_signatories(party)
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _signing_charter(session, network)
        try:
            meta = read_metadata(pdf)
        except ValueError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "This PDF is not a charter made by BIN Desk ({reason})."),
                reason=str(exc)) from exc
        if meta.get("network_id") != network.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "This PDF is the charter of another network, not of "
                                          "{network}."), network=network.name)
        if str(meta.get("version")) != str(charter.version) or \
                meta.get("content_hash") != charter.content_hash:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "This PDF is version {got} of the charter (hash "
                                          "{got_hash}…), not the version {version} being signed "
                                          "(hash {hash}…)."),
                got=meta.get("version"), got_hash=str(meta.get("content_hash"))[:12],
                version=charter.version, hash=(charter.content_hash or "")[:12])
        report = verify(pdf, trust_roots(session))
        slots = {slot.signatory: slot for slot in slots_of(session, charter.id)}
        events = latest_events(session, [s.id for s in slots.values()])
        recorded: list[RecordedSignature] = []
        pending_facts: list[tuple[SignatureSlot, Any]] = []
        for status in report.fields:
            if not status.signed:
                continue
            problem = None
            if not (status.intact and status.valid) or status.modified_after_signing:
                problem = QT_TRANSLATE_NOOP("core", "the signature in field {field} is not valid "
                                                    "or the document was changed after it")
            elif not status.trusted:
                problem = QT_TRANSLATE_NOOP("core", "the certificate of {signer} (field {field}) "
                                                    "is not issued by a CA the zone trusts; add "
                                                    "the CA under Settings or with 'zone trust "
                                                    "add'")
            if problem:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("core", "The signed PDF is refused: {problem}."),
                    problem=problem.format(field=status.name,
                                           signer=status.signer_common_name or "?"))
            signatory = next((s for s in slots if field_name_for(s) == status.name), None)
            if signatory is None:
                continue  # a field that is not a signatory's (nothing of ours)
            slot = slots[signatory]
            if _is_signed(events.get(slot.id)):
                continue  # recorded before
            if wanted is not None and signatory not in wanted:
                continue
            if not names_match(slot.expected_signer, status.signer_common_name or ""):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("core", "The signature in the field of the {signatory} is "
                                              "by {signer}, not by {expected}. Nothing was "
                                              "recorded."),
                    signatory=signatory.replace("_", " "), signer=status.signer_common_name,
                    expected=slot.expected_signer)
            pending_facts.append((slot, status))
        if not pending_facts:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "This PDF carries no new valid signature for this charter version."))
        digest = _store_file(uow, charter, network.id, FileKind.SIGNED_PDF, pdf, filename, PDF,
                             today)
        for slot, status in pending_facts:
            signed_on = status.signing_time.date() if status.signing_time else today
            uow.create(SignatureEvent, slot_id=slot.id, network_id=network.id,
                       status=SignatureStatus.SIGNED.value, effective_on=signed_on,
                       method=Method.SIGNED_PDF, signer_name=status.signer_common_name or "",
                       recorded_by=actor_id, note="", document_sha256=digest,
                       certificate_subject=status.signer_common_name,
                       certificate_fingerprint=status.certificate_fingerprint)
            recorded.append(RecordedSignature(slot.signatory, status.signer_common_name or "",
                                              Method.SIGNED_PDF))
        return recorded


def record_wet_ink(db: Database, actor_id: str, network_id: str, signatory: str,
                   scan: bytes, filename: str, signed_on: dt.date,
                   signer_name: str | None = None, media_type: str = PDF,
                   today: dt.date | None = None) -> RecordedSignature:
    """Record a signature on paper: the scan is kept, the officer who recorded it is logged."""
    today = today or dt.date.today()
    chosen = _parse_signatories(signatory) or set()
    if len(chosen) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Name the signatory ({allowed}): the party {party} has "
                                      "more than one."),
            allowed=", ".join(sorted(chosen)), party=signatory)
    if not scan:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The scan file is empty."))
    if signed_on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The signature date {date} is in the "
                                                        "future."), date=signed_on.isoformat())
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _signing_charter(session, network)
        slot = _slot_for(session, charter, next(iter(chosen)))
        if _is_signed(latest_events(session, [slot.id]).get(slot.id)):
            raise ValidationError(QT_TRANSLATE_NOOP("core", "The {signatory} has signed "
                                                            "already."),
                                  signatory=slot.signatory.replace("_", " "))
        if signed_on < (charter.frozen_on or signed_on):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The signature date {date} is before this version was "
                                          "sent for signature ({sent})."),
                date=signed_on.isoformat(), sent=(charter.frozen_on or signed_on).isoformat())
        digest = _store_file(uow, charter, network.id, FileKind.WET_INK_SCAN, scan, filename,
                             media_type, today)
        signer = signer_name or slot.expected_signer
        uow.create(SignatureEvent, slot_id=slot.id, network_id=network.id,
                   status=SignatureStatus.SIGNED.value, effective_on=signed_on,
                   method=Method.WET_INK, signer_name=signer, recorded_by=actor_id,
                   note="", document_sha256=digest, certificate_subject=None,
                   certificate_fingerprint=None)
        return RecordedSignature(slot.signatory, signer, Method.WET_INK)


_SIGN_PERMISSION = {
    Signatory.KORPSCHEF.value: (Permission.SIGN_AS_KORPSCHEF, {Role.KORPSCHEF.value}),
    Signatory.MANDATED_OFFICER.value: (Permission.CHARTER_MANAGE,
                                       {Role.MANDATED_OFFICER.value, Role.KORPSCHEF.value}),
    Signatory.PREVENTION_OFFICER.value: (Permission.SIGN_FOR_MUNICIPALITY,
                                         {Role.PREVENTION_OFFICER.value}),
}


def sign_in_app(db: Database, actor_id: str, network_id: str, signatory: str,
                pkcs12: bytes, passphrase: bytes | None, today: dt.date | None = None
                ) -> bytes:
    """Sign the operator's own slot digitally (PAdES) in the current signed PDF.

    Only the korpschef signs in the korpschef's slot, only the network's officer in the
    officer's, only a prevention officer in the municipality's; the certificate must name them.
    """
    from bin_desktop.core.signing import load_credential, sign_field  # noqa: PLC0415

    today = today or dt.date.today()
    if signatory not in _SIGN_PERMISSION:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "The {signatory} does not sign in BIN Desk: record their "
                                      "signed PDF or paper instead."),
            signatory=signatory.replace("_", " "))
    permission, roles = _SIGN_PERMISSION[signatory]
    credential = load_credential(pkcs12, passphrase)
    with db.read() as session:
        operator = require(session, actor_id, permission)
        network = get_network(session, network_id)
        charter = _signing_charter(session, network)
        slot = _slot_for(session, charter, signatory)
        if operator.role not in roles or (
                signatory == Signatory.MANDATED_OFFICER.value
                and network.mandated_officer_id not in (None, operator.id)
                and operator.role != Role.KORPSCHEF.value):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("core", "{name} may not sign in the field of the "
                                          "{signatory}."),
                name=operator.name, signatory=signatory.replace("_", " "))
        if not names_match(slot.expected_signer, operator.name):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("core", "The field of the {signatory} is for {expected}, not "
                                          "for {name}."),
                signatory=signatory.replace("_", " "), expected=slot.expected_signer,
                name=operator.name)
        if not names_match(operator.name, credential.common_name):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The certificate is {cn}'s, not {name}'s."),
                cn=credential.common_name, name=operator.name)
        if _is_signed(latest_events(session, [slot.id]).get(slot.id)):
            raise ValidationError(QT_TRANSLATE_NOOP("core", "The {signatory} has signed "
                                                            "already."),
                                  signatory=signatory.replace("_", " "))
        base = latest_signed_pdf(session, charter.id)
    if base is None:
        language = (network.languages or ["nl"])[0]
        base = render_charter_pdf(db, network_id, language, charter.version, today)
    signed = sign_field(base, field_name_for(signatory), credential,
                        reason=f"BIN charter v{charter.version}")
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        slot = _slot_for(session, charter, signatory)
        if _is_signed(latest_events(session, [slot.id]).get(slot.id)):  # signed meanwhile
            raise ValidationError(QT_TRANSLATE_NOOP("core", "The {signatory} has signed "
                                                            "already."),
                                  signatory=signatory.replace("_", " "))
        digest = _store_file(uow, charter, network.id, FileKind.SIGNED_PDF, signed,
                             f"charter-v{charter.version}-signed.pdf", PDF, today)
        uow.create(SignatureEvent, slot_id=slot.id, network_id=network.id,
                   status=SignatureStatus.SIGNED.value, effective_on=today,
                   method=Method.DIGITAL, signer_name=credential.common_name,
                   recorded_by=actor_id, note="", document_sha256=digest,
                   certificate_subject=credential.common_name,
                   certificate_fingerprint=credential.fingerprint_sha256)
    return signed


def send_back(db: Database, actor_id: str, network_id: str, reasons: str,
              today: dt.date | None = None) -> None:
    """The korpschef refuses to sign and sends the charter back to drafting, with reasons."""
    today = today or dt.date.today()
    if not reasons.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Say why the charter is sent back."))
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        operator = require(session, actor_id, Permission.SIGN_AS_KORPSCHEF)
        network = get_network(session, network_id)
        charter = _signing_charter(session, network)
        slot = _slot_for(session, charter, Signatory.KORPSCHEF.value)
        uow.create(SignatureEvent, slot_id=slot.id, network_id=network.id,
                   status=SignatureStatus.REFUSED.value, effective_on=today,
                   method=Method.DIGITAL, signer_name=operator.name, recorded_by=actor_id,
                   note=reasons.strip(), document_sha256=None, certificate_subject=None,
                   certificate_fingerprint=None)
        uow.update(charter, status=CharterStatus.RETURNED.value)
        if network.state == State.SIGNATURES.value:
            transition_in(uow, network, State.CHARTER_DRAFTING, today,
                          f"sent back by the korpschef: {reasons.strip()}")


# -- ADVP ----------------------------------------------------------------------------------
def _letter(session: Session, network: Network, charter: Charter | None, kind: str,
            actor_id: str, today: dt.date, reason: str = "",
            effective_on: dt.date | None = None) -> AdvpLetter:
    zone = session.get(Zone, network.zone_id)
    municipality = session.get(Municipality, network.municipality_id)
    sender = session.get(Operator, actor_id)
    chief = korpschef_of(session)
    assert zone is not None and municipality is not None and sender is not None
    mayor = session.get(Person, municipality.mayor_id) if municipality.mayor_id else None
    signed_by: list[tuple[str, dt.date]] = []
    if charter is not None:
        events = latest_events(session, [s.id for s in slots_of(session, charter.id)])
        signed_by = [(e.signer_name, e.effective_on) for e in events.values() if _is_signed(e)]
    sequence = 1 + (session.scalar(select(func.count()).select_from(CharterFile).where(
        CharterFile.network_id == network.id,
        CharterFile.kind.in_([FileKind.ADVP_LETTER, FileKind.ADVP_NOTICE]))) or 0)
    return AdvpLetter(
        kind=kind, language=(network.languages or ["nl"])[0], zone_name=zone.name,
        zone_number=zone.number, zone_address=zone.address, network_name=network.name,
        network_type=network.type, municipality=municipality.display_name(),
        charter_version=charter.version if charter else None,
        content_hash=charter.content_hash if charter else None, effective_on=effective_on,
        reason=reason, signed_by=tuple(sorted(signed_by, key=lambda s: (s[1], s[0]))),
        sender_name=sender.name, sender_role=sender.role,
        korpschef_name=chief.name if chief else "",
        mayor_names=(mayor.full_name,) if mayor else (),
        reference=f"{zone.number}/BIN/{today.year}/{network.id[-6:]}-{sequence}", dated=today)


def submit_to_advp(db: Database, actor_id: str, network_id: str,
                   today: dt.date | None = None) -> bytes:
    """All signatures in: the cover letter to ADVP; the version is marked submitted."""
    from bin_desktop.core.documents.letters import render_advp_letter  # noqa: PLC0415

    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _signing_charter(session, network)
        slots = slots_of(session, charter.id)
        events = latest_events(session, [s.id for s in slots])
        unsigned = [s.signatory.replace("_", " ") for s in slots
                    if not _is_signed(events.get(s.id))]
        if unsigned:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Not every party has signed yet: waiting for {who}."),
                who=", ".join(unsigned))
        kind = "amendment" if charter.version > 1 else "submission"
        letter = render_advp_letter(_letter(session, network, charter, kind, actor_id, today))
        _store_file(uow, charter, network.id, FileKind.ADVP_LETTER, letter,
                    f"advp-{kind}-v{charter.version}.pdf", PDF, today)
        uow.update(charter, status=CharterStatus.SUBMITTED.value, submitted_on=today)
        if network.state == State.SIGNATURES.value:
            transition_in(uow, network, State.SUBMITTED, today,
                          f"charter v{charter.version} sent to ADVP")
        return letter


def record_approval(db: Database, actor_id: str, network_id: str, approved_on: dt.date,
                    reference: str) -> None:
    """ADVP's letter confirms the charter: the network becomes official (or active again)."""
    reference = reference.strip()
    if not reference:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Give ADVP's reference."))
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _latest_or_fail(session, network)
        _require_status(charter, network, CharterStatus.SUBMITTED)
        if charter.submitted_on and approved_on < charter.submitted_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "The approval date {date} is before the charter was "
                                          "sent to ADVP ({sent})."),
                date=approved_on.isoformat(), sent=charter.submitted_on.isoformat())
        for older in session.scalars(select(Charter).where(
                Charter.network_id == network.id, Charter.id != charter.id,
                Charter.status == CharterStatus.APPROVED.value)):
            uow.update(older, status=CharterStatus.SUPERSEDED.value)
        uow.update(charter, status=CharterStatus.APPROVED.value, approved_on=approved_on,
                   advp_reference=reference)
        target = {State.SUBMITTED.value: State.OFFICIAL,
                  State.AMENDMENT.value: State.ACTIVE}.get(network.state)
        if target is not None:
            transition_in(uow, network, target, max(approved_on, network.state_since),
                          f"ADVP approval {reference}")


def record_advp_remarks(db: Database, actor_id: str, network_id: str, remarks: str,
                        today: dt.date | None = None) -> None:
    """ADVP sends the charter back: the version is returned and the network drafts again."""
    today = today or dt.date.today()
    if not remarks.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Write down ADVP's remarks."))
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        charter = _latest_or_fail(session, network)
        _require_status(charter, network, CharterStatus.SUBMITTED)
        uow.update(charter, status=CharterStatus.RETURNED.value, advp_remarks=remarks.strip())
        if network.state == State.SUBMITTED.value:
            transition_in(uow, network, State.CHARTER_DRAFTING, today, "ADVP remarks")


def start_amendment(db: Database, actor_id: str, network_id: str, reason: str,
                    today: dt.date | None = None) -> str:
    """An active network amends its charter: a new version to sign and to notify to ADVP."""
    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        if network.state != State.ACTIVE.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Only an active network amends its charter ({network} "
                                          "is {state})."),
                network=network.name, state=network.state)
        transition_in(uow, network, State.AMENDMENT, today, reason or "charter amendment")
    return ensure_draft(db, actor_id, network_id, today)


NOTICE_KINDS = {
    State.SUSPENDED.value: "suspension",
    State.INACTIVE.value: "inactive",
    State.MERGED.value: "merger",
    State.DISSOLVED.value: "dissolution",
}


def advp_notice(db: Database, actor_id: str, network_id: str,
                today: dt.date | None = None) -> bytes:
    """The notice to ADVP that a network was suspended, became inactive, merged or dissolved.

    No formal procedure exists, which is why the federal register goes stale: BIN Desk makes
    the letter so that it gets sent.
    """
    from bin_desktop.core.documents.letters import render_advp_letter  # noqa: PLC0415

    today = today or dt.date.today()
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.CHARTER_MANAGE)
        network = get_network(session, network_id)
        kind = NOTICE_KINDS.get(network.state)
        if kind is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "{network} is {state}: ADVP is notified of a "
                                          "suspension, inactivity, merger or dissolution only."),
                network=network.name, state=network.state)
        last = session.scalar(select(StateTransition).where(
            StateTransition.network_id == network.id).order_by(
            StateTransition.effective_on.desc(), StateTransition.id.desc()).limit(1))
        charter = session.scalar(select(Charter).where(
            Charter.network_id == network.id, Charter.status == CharterStatus.APPROVED.value)
            .order_by(Charter.version.desc()).limit(1))
        letter = render_advp_letter(_letter(
            session, network, charter, kind, actor_id, today,
            reason=last.reason if last else "", effective_on=network.state_since))
        _store_file(uow, charter, network.id, FileKind.ADVP_NOTICE, letter,
                    f"advp-{kind}.pdf", PDF, today)
        return letter


# -- overview ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SlotView:
    signatory: str
    party: str
    expected_signer: str
    requested_on: dt.date
    status: str  # pending, signed, refused, revoked
    signed_on: dt.date | None
    signer: str
    method: str
    note: str

    def waiting_days(self, today: dt.date) -> int | None:
        return (today - self.requested_on).days if self.status == "pending" else None


@dataclass(frozen=True)
class FileView:
    kind: str
    filename: str
    sha256: str
    size: int
    recorded_on: dt.date


@dataclass(frozen=True)
class VersionView:
    charter_id: str
    version: int
    status: str
    drafted_on: dt.date
    frozen_on: dt.date | None
    content_hash: str | None
    submitted_on: dt.date | None
    approved_on: dt.date | None
    advp_reference: str | None
    advp_remarks: str
    slots: tuple[SlotView, ...]
    files: tuple[FileView, ...]

    @property
    def signed(self) -> int:
        return sum(1 for s in self.slots if s.status == SignatureStatus.SIGNED.value)


def charter_versions(db: Database, network_id: str) -> list[VersionView]:
    """Every version of a network's charter, newest first, with its signatures and files."""
    with db.read() as session:
        get_network(session, network_id)
        views = []
        for charter in session.scalars(select(Charter).where(
                Charter.network_id == network_id).order_by(Charter.version.desc())):
            slots = slots_of(session, charter.id)
            events = latest_events(session, [s.id for s in slots])
            slot_views = []
            for slot in sorted(slots, key=lambda s: list(Signatory).index(Signatory(s.signatory))):
                event = events.get(slot.id)
                slot_views.append(SlotView(
                    signatory=slot.signatory, party=slot.party,
                    expected_signer=slot.expected_signer, requested_on=slot.requested_on,
                    status=event.status if event else SignatureStatus.PENDING.value,
                    signed_on=event.effective_on if event else None,
                    signer=event.signer_name if event else "",
                    method=event.method if event else "", note=event.note if event else ""))
            files = tuple(
                FileView(f.kind, f.filename, f.sha256, f.size, f.recorded_on)
                for f in session.scalars(select(CharterFile).where(
                    CharterFile.charter_id == charter.id).order_by(CharterFile.id)))
            views.append(VersionView(
                charter.id, charter.version, charter.status, charter.drafted_on,
                charter.frozen_on, charter.content_hash, charter.submitted_on,
                charter.approved_on, charter.advp_reference, charter.advp_remarks,
                tuple(slot_views), files))
        return views


def file_bytes(db: Database, sha256: str) -> bytes:
    with db.read() as session:
        return get_blob(session, sha256)
