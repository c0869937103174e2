"""Vocabulary of the domain: roles, network types, information categories, channels.

Values are stable codes (they travel in the operation log and the CLI's JSON); labels for people
are translated in the GUI from the English texts marked here.
"""

from __future__ import annotations

from enum import StrEnum

from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N


class Role(StrEnum):
    """An operator's role: what they may do in BIN Desk."""

    MANDATED_OFFICER = "mandated_officer"
    KORPSCHEF = "korpschef"
    PREVENTION_OFFICER = "prevention_officer"
    ADMINISTRATOR = "administrator"


ROLE_LABELS: dict[Role, str] = {
    Role.MANDATED_OFFICER: _N("core", "BIN-mandated officer"),
    Role.KORPSCHEF: _N("core", "Chief of police (korpschef)"),
    Role.PREVENTION_OFFICER: _N("core", "Prevention officer"),
    Role.ADMINISTRATOR: _N("core", "Administrator"),
}


class NetworkType(StrEnum):
    RESIDENTIAL = "residential"
    BIN_Z = "bin_z"
    SECTOR = "sector"


NETWORK_TYPE_LABELS: dict[NetworkType, str] = {
    NetworkType.RESIDENTIAL: _N("core", "Residential"),
    NetworkType.BIN_Z: _N("core", "BIN-Z (self-employed)"),
    NetworkType.SECTOR: _N("core", "Sector"),
}


class Party(StrEnum):
    """The three parties that sign a charter."""

    CITIZENS = "citizens"
    POLICE = "police"
    MUNICIPALITY = "municipality"


class Signatory(StrEnum):
    """Who signs in a signature slot (and so who must act while it is pending)."""

    COORDINATOR = "coordinator"
    MANDATED_OFFICER = "mandated_officer"
    KORPSCHEF = "korpschef"
    MAYOR = "mayor"
    PREVENTION_OFFICER = "prevention_officer"


SIGNATORY_PARTY: dict[Signatory, Party] = {
    Signatory.COORDINATOR: Party.CITIZENS,
    Signatory.MANDATED_OFFICER: Party.POLICE,
    Signatory.KORPSCHEF: Party.POLICE,
    Signatory.MAYOR: Party.MUNICIPALITY,
    Signatory.PREVENTION_OFFICER: Party.MUNICIPALITY,
}


class ContactRole(StrEnum):
    COORDINATOR = "coordinator"
    DEPUTY = "deputy"


class MemberStatus(StrEnum):
    PENDING_REVIEW = "pending_review"
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"
    EXCLUDED = "excluded"


class Category(StrEnum):
    """Categories of information a charter may agree to pass on (the composer's codes)."""

    BURGLARY = "burglary"
    VEHICLE_CRIME = "vehicle_crime"
    THEFT = "theft"
    FRAUD = "fraud"
    DISAPPEARANCE = "disappearance"
    SUSPICIOUS_SITUATION = "suspicious_situation"
    DRUGS = "drugs"
    PUBLIC_ORDER = "public_order"
    DISASTER = "disaster"
    PREVENTION_TIP = "prevention_tip"
    FEEDBACK = "feedback"


CATEGORY_LABELS: dict[Category, str] = {
    Category.BURGLARY: _N("core", "Burglary"),
    Category.VEHICLE_CRIME: _N("core", "Vehicle crime"),
    Category.THEFT: _N("core", "Theft"),
    Category.FRAUD: _N("core", "Fraud"),
    Category.DISAPPEARANCE: _N("core", "Disappearance"),
    Category.SUSPICIOUS_SITUATION: _N("core", "Suspicious situation"),
    Category.DRUGS: _N("core", "Drugs"),
    Category.PUBLIC_ORDER: _N("core", "Public order"),
    Category.DISASTER: _N("core", "Disaster instructions"),
    Category.PREVENTION_TIP: _N("core", "Preventive tip"),
    Category.FEEDBACK: _N("core", "Feedback"),
}


class Channel(StrEnum):
    SMS = "sms"
    VOICE = "voice"
    EMAIL = "email"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.SMS: _N("core", "SMS"),
    Channel.VOICE: _N("core", "Voice"),
    Channel.EMAIL: _N("core", "E-mail"),
}


class Urgency(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"


class MessageStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SENT = "sent"
    CANCELLED = "cancelled"


class CharterStatus(StrEnum):
    DRAFT = "draft"
    SIGNING = "signing"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"
    RETURNED = "returned"  # sent back by the korpschef or with ADVP's remarks


class SignatureStatus(StrEnum):
    PENDING = "pending"
    SIGNED = "signed"
    REFUSED = "refused"
    REVOKED = "revoked"


LANGUAGES = ("nl", "fr", "de")
