"""SQLAlchemy 2 typed ORM models.

Two kinds of tables:
- replicated ones (`Replicated` subclasses) hold the zone's shared state; every change to them is
  written through `bin_desktop.core.store.oplog.UnitOfWork`, which records an operation in the
  same transaction. Append-only facts (`Fact` subclasses) are never updated.
- device-local ones (`DeviceState`) hold bookkeeping that never leaves this computer.

Lists (languages, postcodes, streets, categories, channels) are JSON columns: they are edited as a
whole in the network form and replicate as one field (last writer wins per field).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Id = String(36)


class Base(DeclarativeBase):
    pass


class Replicated(Base):
    """A table whose rows are shared with the zone through the operation log."""

    __abstract__ = True
    #: True for tables whose rows are facts: created once, never updated, never deleted.
    append_only: ClassVar[bool] = False
    #: Name of the column that ties a row to a network (history, partial views), if any.
    network_column: ClassVar[str | None] = None

    id: Mapped[str] = mapped_column(Id, primary_key=True)


class Fact(Replicated):
    __abstract__ = True
    append_only: ClassVar[bool] = True


class Zone(Replicated):
    __tablename__ = "zone"

    name: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(10))  # the police zone's number, e.g. "5415"
    language: Mapped[str] = mapped_column(String(2), default="nl")
    signature_overdue_days: Mapped[int] = mapped_column(Integer, default=30)
    evaluation_interval_months: Mapped[int] = mapped_column(Integer, default=12)
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: members who left are erased this many months later (privacy: no list kept forever)
    member_retention_months: Mapped[int] = mapped_column(Integer, default=6,
                                                         server_default="6")
    #: non-urgent messages may go out with the author's approval alone (urgent ones never)
    four_eyes_normal: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    #: members expect feedback within this many days of a message (a reminder after)
    feedback_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    max_sms_segments: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    #: rule ids the zone switched off in the message checks
    disabled_rules: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    #: the zone's own numbers a message may mention (general number, …)
    own_numbers: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class Person(Replicated):
    """A partner who is not an operator: coordinator, deputy, mayor, prevention officer."""

    __tablename__ = "person"

    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    organisation: Mapped[str | None] = mapped_column(String(200))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Municipality(Replicated):
    __tablename__ = "municipality"

    zone_id: Mapped[str] = mapped_column(ForeignKey("zone.id"))
    nis_code: Mapped[str] = mapped_column(String(5), unique=True)
    name_nl: Mapped[str | None] = mapped_column(String(100))
    name_fr: Mapped[str | None] = mapped_column(String(100))
    name_de: Mapped[str | None] = mapped_column(String(100))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    postcodes: Mapped[list[str]] = mapped_column(JSON, default=list)
    mayor_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    prevention_officer_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))

    def display_name(self, language: str = "nl") -> str:
        names = {"nl": self.name_nl, "fr": self.name_fr, "de": self.name_de}
        if len(self.languages) > 1:
            return " / ".join(n for n in (names.get(lang) for lang in self.languages) if n)
        return names.get(language) or self.name_nl or self.name_fr or self.name_de or ""


class Operator(Replicated):
    """A user of BIN Desk. Every operation records which operator did it."""

    __tablename__ = "operator"

    name: Mapped[str] = mapped_column(String(200))
    personnel_number: Mapped[str] = mapped_column(String(32), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Network(Replicated):
    """A BIN: one neighbourhood's (or sector's) information network."""

    __tablename__ = "network"
    __table_args__ = (Index("ix_network_state", "state"),)
    network_column: ClassVar[str | None] = "id"

    zone_id: Mapped[str] = mapped_column(ForeignKey("zone.id"))
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(16))
    sector: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(32))
    state_since: Mapped[dt.date] = mapped_column(Date)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    postcodes: Mapped[list[str]] = mapped_column(JSON, default=list)
    streets: Mapped[list[str]] = mapped_column(JSON, default=list)
    allowed_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    mandated_officer_id: Mapped[str | None] = mapped_column(ForeignKey("operator.id"))
    evaluation_due: Mapped[dt.date | None] = mapped_column(Date)
    created_on: Mapped[dt.date] = mapped_column(Date)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class NetworkContact(Replicated):
    """A person's role in one network: coordinator or deputy coordinator."""

    __tablename__ = "network_contact"
    __table_args__ = (Index("ix_network_contact_network", "network_id"),)
    network_column: ClassVar[str | None] = "network_id"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(16))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class StateTransition(Fact):
    """A life-cycle step of a network, with who did it and when it took effect."""

    __tablename__ = "state_transition"
    __table_args__ = (Index("ix_state_transition_network", "network_id"),)
    network_column: ClassVar[str | None] = "network_id"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    actor_id: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    reason: Mapped[str] = mapped_column(Text, default="")


class Member(Replicated):
    """A citizen on a network's member list. Personal data: never log it."""

    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_network_status", "network_id", "status", "deleted"),
        Index("ix_member_network_name", "network_id", "full_name", "id"),
    )
    network_column: ClassVar[str | None] = "network_id"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    status: Mapped[str] = mapped_column(String(16))
    full_name: Mapped[str] = mapped_column(String(200))
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(16))
    postcode: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    first_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    box: Mapped[str | None] = mapped_column(String(16))
    phone2_e164: Mapped[str | None] = mapped_column(String(20))
    #: members were told the purpose and agreed (consent_on: when, if known)
    consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: preferred channels: sms, voice, email (empty: whatever contact data allows)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    #: no non-urgent messages between these local times ("22:00" to "07:00")
    quiet_from: Mapped[str | None] = mapped_column(String(5))
    quiet_until: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_import_id: Mapped[str | None] = mapped_column(String(36))
    reviewed_by: Mapped[str | None] = mapped_column(String(36))
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    #: erased on request or by retention: personal fields blanked everywhere, row kept
    erased: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class MemberImport(Replicated):
    """One member list received from a coordinator and imported for review."""

    __tablename__ = "member_import"
    __table_args__ = (Index("ix_member_import_network", "network_id"),)
    network_column: ClassVar[str | None] = "network_id"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    filename: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str | None] = mapped_column(String(100))
    mapping: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    imported_on: Mapped[dt.date] = mapped_column(Date)
    imported_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    rows_total: Mapped[int] = mapped_column(Integer)
    summary: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16))  # open, closed


class ImportRow(Replicated):
    """A row of an imported list waiting in the review queue, with what validation found."""

    __tablename__ = "import_row"
    __table_args__ = (Index("ix_import_row_import", "import_id", "decision"),)
    network_column: ClassVar[str | None] = "network_id"

    import_id: Mapped[str] = mapped_column(ForeignKey("member_import.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    row_number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # ok, problem, duplicate
    codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # validated fields
    duplicate_of_member: Mapped[str | None] = mapped_column(String(36))
    duplicate_of_row: Mapped[int | None] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))  # pending, approved, rejected, merged
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[str | None] = mapped_column(String(36))
    decided_by: Mapped[str | None] = mapped_column(String(36))


class MemberSanction(Fact):
    """A step of the sanction procedure (talk, reprimand, exclusion, appeal) for a member."""

    __tablename__ = "member_sanction"
    __table_args__ = (Index("ix_member_sanction_member", "member_id"),)
    network_column: ClassVar[str | None] = "network_id"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    step: Mapped[str] = mapped_column(String(32))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    countersigned_by: Mapped[str | None] = mapped_column(String(36))
    appeal_until: Mapped[dt.date | None] = mapped_column(Date)


class Charter(Replicated):
    """One version of a network's charter + internal rules."""

    __tablename__ = "charter"
    __table_args__ = (Index("ix_charter_network", "network_id", "version"),)
    network_column: ClassVar[str | None] = "network_id"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    drafted_on: Mapped[dt.date] = mapped_column(Date)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    advp_reference: Mapped[str | None] = mapped_column(String(64))
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    #: {"texts": {language: {section code: text}}, "snapshot": {...} once sent for signing}
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict,
                                                              server_default="{}")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    duration_months: Mapped[int | None] = mapped_column(Integer)  # None: indefinite
    #: which municipal signatories this version needs: "mayor" and/or "prevention_officer"
    municipality_signatories: Mapped[list[str]] = mapped_column(JSON, default=list,
                                                               server_default="[]")
    #: sha256 of the content as sent for signature; None while the version is a draft
    content_hash: Mapped[str | None] = mapped_column(String(64))
    frozen_on: Mapped[dt.date | None] = mapped_column(Date)
    advp_remarks: Mapped[str] = mapped_column(Text, default="", server_default="")


class SignatureSlot(Replicated):
    """One signature a charter version needs: which signatory, since when it is asked."""

    __tablename__ = "signature_slot"
    __table_args__ = (Index("ix_signature_slot_charter", "charter_id"),)
    network_column: ClassVar[str | None] = "network_id"

    charter_id: Mapped[str] = mapped_column(ForeignKey("charter.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    party: Mapped[str] = mapped_column(String(16))
    signatory: Mapped[str] = mapped_column(String(32))
    requested_on: Mapped[dt.date] = mapped_column(Date)
    #: who is expected to sign here (a signed PDF from anybody else is refused)
    expected_signer: Mapped[str] = mapped_column(String(200), default="", server_default="")


class SignatureEvent(Fact):
    """A fact about a slot: signed, refused or revoked. The latest fact is the slot's status."""

    __tablename__ = "signature_event"
    __table_args__ = (Index("ix_signature_event_slot", "slot_id"),)
    network_column: ClassVar[str | None] = "network_id"

    slot_id: Mapped[str] = mapped_column(ForeignKey("signature_slot.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    status: Mapped[str] = mapped_column(String(16))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    signer_name: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    #: the signed PDF or the scan that proves this fact, in the blob store
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    certificate_subject: Mapped[str | None] = mapped_column(String(300))
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))


class CharterFile(Fact):
    """A file tied to a charter version: signed PDF, wet-ink scan, ADVP letter or notice.

    The bytes live in the content-addressed `blob` table under `sha256`.
    """

    __tablename__ = "charter_file"
    __table_args__ = (Index("ix_charter_file_charter", "charter_id"),)
    network_column: ClassVar[str | None] = "network_id"

    charter_id: Mapped[str | None] = mapped_column(ForeignKey("charter.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    kind: Mapped[str] = mapped_column(String(24))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class TrustAnchor(Replicated):
    """A CA certificate the zone trusts for signatures (never the OS store silently)."""

    __tablename__ = "trust_anchor"

    name: Mapped[str] = mapped_column(String(300))
    pem: Mapped[str] = mapped_column(Text)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Message(Replicated):
    """A police message to one or more networks (the composer issue extends it to CAP 1.2)."""

    __tablename__ = "message"

    zone_id: Mapped[str] = mapped_column(ForeignKey("zone.id"))
    category: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    headline: Mapped[str] = mapped_column(String(200))
    is_exercise: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: CAP msgType: alert, update (corrects an earlier message), cancel
    msg_type: Mapped[str] = mapped_column(String(8), default="alert", server_default="alert")
    #: the earlier message an update, a cancellation or a feedback message refers to
    references_id: Mapped[str | None] = mapped_column(String(36))
    channels: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    incident_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    severity: Mapped[str] = mapped_column(String(10), default="Moderate",
                                          server_default="Moderate")
    certainty: Mapped[str] = mapped_column(String(10), default="Observed",
                                           server_default="Observed")


class MessageTarget(Fact):
    """A network a message is addressed to."""

    __tablename__ = "message_target"
    __table_args__ = (
        Index("ix_message_target_network", "network_id"),
        Index("ix_message_target_message", "message_id"),
    )
    network_column: ClassVar[str | None] = "network_id"

    message_id: Mapped[str] = mapped_column(ForeignKey("message.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))


class MessageApproval(Fact):
    """A second operator's approval of a message (four eyes), or an override of blocking
    findings with its reason. Append-only: withdrawing is a new message (cancel)."""

    __tablename__ = "message_approval"
    __table_args__ = (Index("ix_message_approval_message", "message_id"),)

    message_id: Mapped[str] = mapped_column(ForeignKey("message.id"))
    approved_by: Mapped[str] = mapped_column(ForeignKey("operator.id"))
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime)
    verdict: Mapped[str] = mapped_column(String(8))  # ok, warn, block (at approval time)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # as confirmed


class MessageText(Replicated):
    """The text of a message in one language."""

    __tablename__ = "message_text"
    __table_args__ = (Index("ix_message_text_message", "message_id"),)

    message_id: Mapped[str] = mapped_column(ForeignKey("message.id"))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class Operation(Base):
    """One entry of the operation log: the audit trail and the unit of replication.

    `fields` holds the new values of the changed fields as JSON (dates as ISO strings).
    `network_id` scopes an operation to a network for its history and never changes.
    """

    __tablename__ = "operation"
    __table_args__ = (
        Index("ix_operation_hlc", "hlc"),
        Index("ix_operation_entity", "entity_id"),
        Index("ix_operation_network", "network_id", "hlc"),
        Index("ix_operation_device_seq", "device_id", "device_seq", unique=True),
        Index("ix_operation_hub_seq", "hub_seq"),
    )

    op_id: Mapped[str] = mapped_column(Id, primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(Id)
    actor_id: Mapped[str | None] = mapped_column(Id)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(Id)
    network_id: Mapped[str | None] = mapped_column(Id)
    kind: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text)
    schema_version: Mapped[int] = mapped_column(Integer)
    #: 1, 2, 3 … per device, without gaps: a copy or restore of a device is recognised on the
    #: hub when two different operations claim the same (device_id, device_seq)
    device_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: the device's hub cursor when it made this operation: every operation with a hub
    #: sequence up to here had been seen by its author (the sync's conflict test)
    seen_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: where this operation sits in the hub's log, once this device has seen it there
    #: (device-local knowledge: not exported)
    hub_seq: Mapped[int | None] = mapped_column(Integer)


#: Operation columns that are this device's knowledge, not part of the shared state.
LOCAL_OPERATION_COLUMNS = frozenset({"hub_seq"})


class SyncConflict(Base):
    """Derived, device-local: two edits of one field (or an edit and a tombstone) made without
    seeing each other. Computed from the operations alone, so every replica that holds the same
    operations lists the same conflicts; `resolved` once a later edit of the field saw both.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_entity", "entity_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    network_id: Mapped[str | None] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    #: "lww" (the later edit won), "tombstone" (the delete won), "add_wins" (rejoin won)
    rule: Mapped[str] = mapped_column(String(16))
    winner_op: Mapped[str] = mapped_column(String(36))
    loser_op: Mapped[str] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Blob(Base):
    """Content-addressed file bytes (signed PDFs, scans, letters). Immutable.

    Not in the operation log: the facts that reference a blob carry its sha256, and the sync
    copies the blobs a replica lacks by hash.
    """

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MemberSearch(Base):
    """Device-local search text of a member: name, street, e-mail and phone, case- and
    accent-folded once when the member is written, so a search is a plain LIKE in SQLite
    instead of a Python fold over every row (100,000 members: ~1 s -> ~30 ms).

    Derived from the member row by `store.search`; never in the operation log.
    """

    __tablename__ = "member_search"
    __table_args__ = (Index("ix_member_search_network", "network_id"),)

    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    network_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)


class DeviceState(Base):
    """Key/value bookkeeping of this device (device id, clock, default operator). Never shared."""

    __tablename__ = "device_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


REPLICATED: dict[str, type[Replicated]] = {
    cls.__tablename__: cls
    for cls in (
        Zone,
        Person,
        Municipality,
        Operator,
        Network,
        NetworkContact,
        StateTransition,
        Member,
        MemberImport,
        ImportRow,
        MemberSanction,
        Charter,
        SignatureSlot,
        SignatureEvent,
        CharterFile,
        TrustAnchor,
        Message,
        MessageTarget,
        MessageApproval,
        MessageText,
    )
}


def entity_name(obj: Replicated | type[Replicated]) -> str:
    return str(obj.__tablename__)


def column_names(cls: type[Replicated]) -> list[str]:
    return [c.key for c in cls.__table__.columns]


def serialize_value(value: Any) -> Any:
    """A column value as it is written into an operation's JSON."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def deserialize_value(cls: type[Replicated], column: str, value: Any) -> Any:
    """The inverse of serialize_value, driven by the column's type."""
    if value is None:
        return None
    col_type = cls.__table__.columns[column].type
    if isinstance(col_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(col_type, Date):
        return dt.date.fromisoformat(value)
    return value


class Delivery(Replicated):
    """One row of the dispatch outbox: a message to one member on one channel.

    Written (and committed) before any gateway call; `key` is the provider's client reference,
    so a resent delivery is recognised by the provider and a status query can tell whether it
    arrived. `claimed_by`/`lease_until` are the claim of the dispatcher working on it.
    `to` is personal data (a phone number or an e-mail address): never log it.
    """

    __tablename__ = "delivery"
    __table_args__ = (
        Index("ix_delivery_message", "message_id", "channel", "state"),
        Index("ix_delivery_due", "state", "next_attempt_at"),
    )
    network_column: ClassVar[str | None] = "network_id"

    message_id: Mapped[str] = mapped_column(ForeignKey("message.id"))
    network_id: Mapped[str] = mapped_column(ForeignKey("network.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    channel: Mapped[str] = mapped_column(String(8))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    to: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(2))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime)
    not_before: Mapped[dt.datetime | None] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    provider_id: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(36))
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


REPLICATED[Delivery.__tablename__] = Delivery


class GatewayConfig(Replicated):
    """A zone-wide gateway (smtp, http-json or a file outbox), managed by an administrator.

    Deliberately no secret column: tokens and passwords live only in the operating system's
    keyring (`bin_desktop.core.secrets`, key "gateway:<name>"). `url` never carries a password.
    """

    __tablename__ = "gateway_config"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    type: Mapped[str] = mapped_column(String(16))
    #: http(s)://… for http-json, smtp://[user@]host[:port] or smtps://… for smtp, a folder
    url: Mapped[str] = mapped_column(Text)
    #: smtp only: "starttls", "ssl" or "plain"; empty for the other types
    security: Mapped[str] = mapped_column(String(16), default="", server_default="")
    sender: Mapped[str] = mapped_column(String(254), default="", server_default="")
    channels: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    batch_size: Mapped[int] = mapped_column(Integer, default=100, server_default="100")
    #: at most this many deliveries per second; None for no limit
    rate_per_second: Mapped[float | None] = mapped_column(Float)
    test_mode: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


REPLICATED[GatewayConfig.__tablename__] = GatewayConfig
