"""What a charter version says, frozen when it is sent for signature.

A draft shows the network as it is now. Sending a version for signature freezes a snapshot of
everything printed (territory, partners, categories, signatories) next to the texts, and a
sha256 of it all: later edits of the network do not change what the parties signed, and a
received PDF is matched to its version by that hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bin_desktop.core.documents.model import (
    SECTION_CODES,
    CharterDocument,
    Partner,
    SignatureFieldSpec,
    field_name_for,
)
from bin_desktop.core.domain import SIGNATORY_PARTY, ContactRole, Role, Signatory
from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.lifecycle import SIGNING_ORDER
from bin_desktop.core.store.models import (
    Charter,
    Municipality,
    Network,
    NetworkContact,
    Operator,
    Person,
    Zone,
)

TEXTS = "texts"
SNAPSHOT = "snapshot"
MUNICIPAL_SIGNATORIES = (Signatory.MAYOR.value, Signatory.PREVENTION_OFFICER.value)


def signatories_for(municipality_signatories: list[str]) -> list[Signatory]:
    """Coordinator, mandated officer, korpschef, and the municipality's signatories chosen."""
    return [s for s in SIGNING_ORDER
            if s.value not in MUNICIPAL_SIGNATORIES or s.value in municipality_signatories]


def texts_of(charter: Charter) -> dict[str, dict[str, str]]:
    texts = charter.content.get(TEXTS, {}) if charter.content else {}
    return {lang: dict(sections) for lang, sections in texts.items()}


def korpschef_of(session: Session) -> Operator | None:
    return session.scalar(
        select(Operator).where(Operator.role == Role.KORPSCHEF.value, Operator.active.is_(True))
        .order_by(Operator.name, Operator.id).limit(1))


def _person(session: Session, person_id: str | None) -> Person | None:
    return session.get(Person, person_id) if person_id else None


def build_snapshot(session: Session, network: Network, charter: Charter) -> dict[str, Any]:
    """Everything the charter prints about the network and its partners, as of now."""
    municipality = session.get(Municipality, network.municipality_id)
    zone = session.get(Zone, network.zone_id)
    assert municipality is not None and zone is not None
    partners: list[dict[str, str]] = []
    contacts = session.execute(
        select(NetworkContact.role, Person)
        .join(Person, Person.id == NetworkContact.person_id)
        .where(NetworkContact.network_id == network.id, NetworkContact.deleted.is_(False))
        .order_by(NetworkContact.role, Person.full_name)  # "coordinator" sorts before "deputy"
    ).all()
    names: dict[str, str] = {}
    for role, person in contacts:
        partners.append({"role": role, "name": person.full_name, "organisation": "",
                         "email": person.email or "", "phone": person.phone or ""})
        if role == ContactRole.COORDINATOR.value:
            names[Signatory.COORDINATOR.value] = person.full_name
    officer = (session.get(Operator, network.mandated_officer_id)
               if network.mandated_officer_id else None)
    chief = korpschef_of(session)
    for signatory, operator in ((Signatory.MANDATED_OFFICER, officer),
                                (Signatory.KORPSCHEF, chief)):
        if operator is not None:
            names[signatory.value] = operator.name
            partners.append({"role": signatory.value, "name": operator.name,
                             "organisation": zone.name, "email": operator.email or "",
                             "phone": ""})
    for signatory, person in ((Signatory.PREVENTION_OFFICER,
                               _person(session, municipality.prevention_officer_id)),
                              (Signatory.MAYOR, _person(session, municipality.mayor_id))):
        if person is not None:
            names[signatory.value] = person.full_name
            partners.append({"role": signatory.value, "name": person.full_name,
                             "organisation": municipality.display_name(),
                             "email": person.email or "", "phone": person.phone or ""})
    signatories = [
        {"signatory": s.value, "party": SIGNATORY_PARTY[s].value, "signer": names.get(s.value, "")}
        for s in signatories_for(list(charter.municipality_signatories))
    ]
    return {
        "network_name": network.name,
        "network_type": network.type,
        "sector": network.sector,
        "zone_name": zone.name,
        "zone_number": zone.number,
        "municipality": municipality.display_name(),
        "municipality_nis": municipality.nis_code,
        "languages": list(network.languages),
        "postcodes": list(network.postcodes),
        "streets": list(network.streets),
        "allowed_categories": list(network.allowed_categories),
        "channels": list(network.channels),
        "partners": partners,
        "signatories": signatories,
    }


def compute_hash(network_id: str, version: int, texts: dict[str, dict[str, str]],
                 start_date: dt.date | None, duration_months: int | None,
                 snapshot: dict[str, Any]) -> str:
    payload = {
        "network_id": network_id,
        "version": version,
        "texts": texts,
        "start_date": start_date.isoformat() if start_date else None,
        "duration_months": duration_months,
        "snapshot": snapshot,
    }
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def snapshot_and_hash(session: Session, network: Network, charter: Charter
                      ) -> tuple[dict[str, Any], str]:
    """The frozen snapshot and hash of a sent version; a live one for a draft."""
    frozen = charter.content.get(SNAPSHOT) if charter.content else None
    if frozen and charter.content_hash:
        return frozen, charter.content_hash
    snapshot = build_snapshot(session, network, charter)
    return snapshot, compute_hash(network.id, charter.version, texts_of(charter),
                                  charter.start_date, charter.duration_months, snapshot)


@dataclass(frozen=True)
class MissingItem:
    """One thing ADVP would find missing; an English template the GUI translates."""

    template: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


def missing_items(charter: Charter, snapshot: dict[str, Any]) -> list[MissingItem]:
    """What ADVP checks that this version lacks (objectives, structure, territory, plan, GDPR).

    Empty when the version may be sent for signing.
    """
    missing: list[MissingItem] = []
    texts = texts_of(charter)
    for language in snapshot["languages"]:
        sections = texts.get(language, {})
        empty = [code for code in SECTION_CODES if not sections.get(code, "").strip()]
        if empty:
            missing.append(MissingItem(
                QT_TRANSLATE_NOOP("core", "texts in {language}: {sections}"),
                {"language": language, "sections": ", ".join(empty)}))
    if charter.start_date is None:
        missing.append(MissingItem(QT_TRANSLATE_NOOP("core", "the start date")))
    if not snapshot["streets"] or not snapshot["postcodes"]:
        missing.append(MissingItem(
            QT_TRANSLATE_NOOP("core", "the territory (streets and postcodes)")))
    if not snapshot["allowed_categories"]:
        missing.append(MissingItem(
            QT_TRANSLATE_NOOP("core", "the information categories agreed")))
    if not snapshot["channels"]:
        missing.append(MissingItem(
            QT_TRANSLATE_NOOP("core", "the channels of the communication plan")))
    if not [s for s in snapshot["signatories"] if s["party"] == "municipality"]:
        missing.append(MissingItem(QT_TRANSLATE_NOOP(
            "core", "a signatory for the municipality (mayor and/or prevention officer)")))
    for slot in snapshot["signatories"]:
        if not slot["signer"]:
            missing.append(MissingItem(QT_TRANSLATE_NOOP("core", "the name of the {signatory}"),
                                       {"signatory": slot["signatory"].replace("_", " ")}))
    return missing


def charter_document(network_id: str, charter: Charter, snapshot: dict[str, Any],
                     content_hash: str, language: str, today: dt.date) -> CharterDocument:
    texts = texts_of(charter)
    sections = texts.get(language) or next(iter(texts.values()), {})
    return CharterDocument(
        language=language,
        network_id=network_id,
        network_name=snapshot["network_name"],
        network_type=snapshot["network_type"],
        sector=snapshot["sector"],
        zone_name=snapshot["zone_name"],
        zone_number=snapshot["zone_number"],
        municipality=snapshot["municipality"],
        postcodes=tuple(snapshot["postcodes"]),
        streets=tuple(snapshot["streets"]),
        version=charter.version,
        start_date=charter.start_date,
        duration_months=charter.duration_months,
        sections=sections,
        allowed_categories=tuple(snapshot["allowed_categories"]),
        channels=tuple(snapshot["channels"]),
        partners=tuple(Partner(**p) for p in snapshot["partners"]),
        signatories=tuple(
            SignatureFieldSpec(field_name_for(s["signatory"]), s["signatory"], s["party"],
                               s["signer"])
            for s in snapshot["signatories"]),
        content_hash=content_hash,
        generated_on=today,
    )
