"""What a document renderer needs, as plain frozen data (no database, no Qt).

The charter services build these from the database; the renderers turn them into PDF bytes.
Keeping the boundary this narrow lets the renderers be tested and benchmarked on their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

#: The checklist of DOMAIN.md "What a charter contains": the free-text sections of a charter,
#: in the order they are printed. Name, type, territory, dates, categories, channels, partners
#: and signatures are structured data of the document, not free text.
SECTION_CODES = (
    "objectives",
    "communication_plan",
    "not_passed_on",
    "membership",
    "privacy",
    "prohibited",
    "sanctions",
    "evaluation",
    "signage",
    "amendment",
    "budget",
)

#: PDF metadata keys that tie a (received, signed) PDF to its charter version.
META_NETWORK = "/BINDeskNetwork"
META_VERSION = "/BINDeskCharterVersion"
META_CONTENT_HASH = "/BINDeskContentHash"


@dataclass(frozen=True)
class Partner:
    """A partner named in the charter with their role and contact data."""

    role: str  # a Signatory or ContactRole code: coordinator, deputy, mandated_officer, ...
    name: str
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class SignatureFieldSpec:
    """One signature field of the charter PDF: who signs there, for which party."""

    field_name: str  # "sig_coordinator", "sig_mandated_officer", "sig_korpschef", ...
    signatory: str  # a domain.Signatory code
    party: str  # a domain.Party code
    signer_name: str  # the person expected to sign ("" when not yet known)


def field_name_for(signatory: str) -> str:
    return f"sig_{signatory}"


@dataclass(frozen=True)
class CharterDocument:
    language: str  # nl, fr or de: the language the PDF is printed in
    network_id: str
    network_name: str
    network_type: str  # a domain.NetworkType code
    sector: str | None
    zone_name: str
    zone_number: str
    municipality: str
    postcodes: tuple[str, ...]
    streets: tuple[str, ...]
    version: int
    start_date: dt.date | None
    duration_months: int | None  # None: for an indefinite period
    sections: Mapping[str, str]  # SECTION_CODES -> text in `language`
    allowed_categories: tuple[str, ...]  # domain.Category codes
    channels: tuple[str, ...]  # domain.Channel codes
    partners: tuple[Partner, ...]
    signatories: tuple[SignatureFieldSpec, ...]
    content_hash: str  # sha256 hex of the charter version's content (all languages)
    generated_on: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class AdvpLetter:
    """The cover letter to ADVP: submission of a (new version of a) charter, or a notice."""

    kind: str  # "submission", "amendment", "suspension", "dissolution", "merger", "inactive"
    language: str
    zone_name: str
    zone_number: str
    zone_address: str
    network_name: str
    network_type: str
    municipality: str
    charter_version: int | None
    content_hash: str | None
    effective_on: dt.date | None  # for notices: the date the state changed
    reason: str  # free text: why suspended/dissolved, what changed in an amendment
    signed_by: tuple[tuple[str, dt.date], ...]  # (signer name, date) of every charter signature
    sender_name: str  # the mandated officer who sends it
    sender_role: str
    korpschef_name: str
    mayor_names: tuple[str, ...]
    reference: str  # the zone's own reference for the letter
    dated: dt.date = field(default_factory=dt.date.today)
