"""Plain data of the message composer's checks (no DB, no Qt).

A `Draft` is one language version of a message as the officer types it; `CheckContext` is what
the rules need to know about the target networks and the zone; every rule returns `Finding`s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

Severity = Literal["block", "warn", "info"]
Verdict = Literal["block", "warn", "ok"]


@dataclass(frozen=True)
class Draft:
    text: str
    language: str  # nl, fr, de (the language this text is meant to be in)
    category: str  # a domain.Category code
    urgency: Literal["urgent", "normal"]
    headline: str = ""
    subject: str = ""  # e-mail subject
    channels: tuple[str, ...] = ()  # sms, voice, email (empty: by urgency)
    incident_at: dt.datetime | None = None  # when what the message is about happened
    send_at: dt.datetime | None = None  # None: now


@dataclass(frozen=True)
class RecentMessage:
    text: str
    sent_at: dt.datetime
    category: str


@dataclass(frozen=True)
class AudienceMember:
    """What the audience rule needs of a member (no names)."""

    status: str  # active, paused, ...
    has_mobile: bool
    has_phone: bool
    has_email: bool
    channels: tuple[str, ...]  # preferences; empty: any the contact data allows
    quiet_from: str | None  # "22:00"
    quiet_until: str | None  # "07:00"


@dataclass(frozen=True)
class CheckContext:
    allowed_categories: frozenset[str]  # agreed in the charters of every target network
    network_languages: tuple[str, ...]  # the languages of the target networks
    texts_by_language: dict[str, str]  # every language version written so far
    zone_numbers: tuple[str, ...] = ("112", "101")  # numbers a message may contain (E.164 or short)
    recent: tuple[RecentMessage, ...] = ()  # messages to the same networks, last hours
    audience: tuple[AudienceMember, ...] = ()
    now: dt.datetime = dataclasses.field(default_factory=dt.datetime.now)
    max_sms_segments: int = 3
    timely_hours: int = 72  # an incident older than this is not "timely"
    duplicate_hours: int = 24
    night_from: dt.time = dt.time(22, 0)
    night_until: dt.time = dt.time(7, 0)
    sms_cost_eur: float = 0.055  # per segment and recipient (BE-Alert's price per SMS)
    voice_max_seconds: int = 60


@dataclass(frozen=True)
class Finding:
    code: str  # e.g. "pii.national_number"
    severity: Severity
    start: int  # span in Draft.text (0, 0 when the finding is not about a span)
    end: int
    template: str  # English, marked QT_TRANSLATE_NOOP("core", ...) — the GUI translates it
    params: dict[str, str] = dataclasses.field(default_factory=dict)
    suggestion: str = ""  # a concrete replacement or advice (English template too)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class RuleRun:
    """For the "explain" view: every rule, whether it found something, or that it is off."""

    rule: str
    description: str  # English template
    findings: int
    disabled: bool = False  # switched off for the zone: did not run


@dataclass(frozen=True)
class SmsInfo:
    encoding: Literal["GSM-7", "UCS-2"]
    characters: int  # in encoding units (GSM-7 extension characters count 2)
    segments: int
    ucs2_characters: tuple[str, ...]  # the characters that forced UCS-2


@dataclass(frozen=True)
class Audience:
    sms: int
    voice: int
    email: int
    without_channel: int  # active members with no usable contact for these channels
    paused: int
    in_quiet_hours: int  # held back (non-urgent only)
    cost_eur: float


@dataclass(frozen=True)
class CheckResult:
    verdict: Verdict
    findings: tuple[Finding, ...]
    sms: SmsInfo
    audience: Audience
    voice_seconds: float
    rules: tuple[RuleRun, ...]
