"""Message services: compose, check, approve (four eyes), update/cancel, feedback, CAP.

The checks run in core on every keystroke (engine.check); this module gives them their context
from the database — what the charters of the target networks allow, their languages, recent
messages, the audience — and records the decisions the checks lead to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bin_desktop.core.alerts.cap import BRUSSELS, CapAlert, CapArea, CapInfo, to_xml
from bin_desktop.core.alerts.model import (
    AudienceMember,
    CheckContext,
    CheckResult,
    Draft,
    Finding,
    RecentMessage,
)
from bin_desktop.core.domain import (
    LANGUAGES,
    Category,
    Channel,
    MemberStatus,
    MessageStatus,
    Role,
    Urgency,
)
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from bin_desktop.core.lifecycle import MESSAGING_STATES
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    Member,
    Message,
    MessageApproval,
    MessageTarget,
    MessageText,
    Municipality,
    Network,
    Operator,
    Zone,
)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class TextVersion:
    language: str
    body: str
    headline: str = ""
    subject: str = ""


def _zone(session: Session) -> Zone:
    zone = session.scalar(select(Zone).order_by(Zone.id).limit(1))
    if zone is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "This data folder has no zone yet."))
    return zone


def _networks(session: Session, network_ids: list[str]) -> list[Network]:
    if not network_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Choose at least one network."))
    found = list(session.scalars(select(Network).where(Network.id.in_(network_ids),
                                                       Network.deleted.is_(False))))
    missing = set(network_ids) - {n.id for n in found}
    if missing:
        raise NotFound(QT_TRANSLATE_NOOP("core", "No network with id {id}."),
                       id=sorted(missing)[0])
    return sorted(found, key=lambda n: n.name)


def _local(utc: dt.datetime) -> dt.datetime:
    """Stored times are naive UTC; the rules reason in Belgian local time (night, quiet
    hours), also naive."""
    return utc.replace(tzinfo=dt.UTC).astimezone(BRUSSELS).replace(tzinfo=None)


def build_context(session: Session, network_ids: list[str], texts: dict[str, str],
                  now: dt.datetime | None = None) -> CheckContext:
    """What the checks need to know about the target networks and the zone.

    `now` is naive UTC like every stored time; the context carries local time.
    """
    now = now or _utcnow()
    networks = _networks(session, network_ids)
    zone = _zone(session)
    allowed = frozenset.intersection(*(frozenset(n.allowed_categories) for n in networks))
    languages: list[str] = []
    for network in networks:
        languages += [lang for lang in network.languages if lang not in languages]
    since = now - dt.timedelta(hours=48)
    recent = tuple(
        RecentMessage(body, _local(sent_at), category)
        for body, sent_at, category in session.execute(
            select(MessageText.body, Message.sent_at, Message.category)
            .join(Message, Message.id == MessageText.message_id)
            .join(MessageTarget, MessageTarget.message_id == Message.id)
            .where(MessageTarget.network_id.in_(network_ids), Message.sent_at.is_not(None),
                   Message.sent_at >= since)
            .distinct()))
    audience = tuple(
        AudienceMember(status, phone is not None and phone.startswith("+324"),
                       phone is not None, email is not None, tuple(channels or ()), q_from,
                       q_until)
        for status, phone, email, channels, q_from, q_until in session.execute(
            select(Member.status, Member.phone_e164, Member.email, Member.channels,
                   Member.quiet_from, Member.quiet_until)
            .where(Member.network_id.in_(network_ids), Member.deleted.is_(False),
                   Member.status.in_([MemberStatus.ACTIVE.value, MemberStatus.PAUSED.value]))))
    return CheckContext(
        allowed_categories=allowed, network_languages=tuple(languages),
        texts_by_language=dict(texts),
        zone_numbers=("112", "101", *zone.own_numbers), recent=recent, audience=audience,
        now=_local(now), max_sms_segments=zone.max_sms_segments)


def check(db: Database, network_ids: list[str], draft: Draft,
          other_texts: dict[str, str] | None = None, now: dt.datetime | None = None
          ) -> CheckResult:
    """Check one language version of a message against its target networks.

    The title and the e-mail subject reach members too: personal data there blocks as well.
    """
    from bin_desktop.core.alerts.engine import check as run_checks  # noqa: PLC0415

    texts = {**(other_texts or {}), draft.language: draft.text}
    with db.read() as session:
        context = build_context(session, network_ids, texts, now)
        disabled = frozenset(_zone(session).disabled_rules)
    result = run_checks(draft, context, disabled=disabled)
    extra = tuple(_pii_in_titles(draft, context, disabled, run_checks))
    if not extra:
        return result
    return dataclasses.replace(result, verdict="block", findings=(*result.findings, *extra))


def _pii_in_titles(draft: Draft, context: CheckContext, disabled: frozenset[str],
                   run_checks: Any) -> list[Finding]:
    found = []
    for part in (draft.headline, draft.subject):
        if not part.strip():
            continue
        inner = run_checks(dataclasses.replace(draft, text=part, headline="", subject=""),
                           context, disabled=disabled)
        for finding in inner.findings:
            if finding.code.startswith("pii.") and finding.severity == "block":
                found.append(Finding(
                    code="pii.title", severity="block", start=0, end=0,
                    template=QT_TRANSLATE_NOOP("core", "The title or e-mail subject \"{part}\" "
                                                       "contains personal data ({code})."),
                    params={"part": part, "code": finding.code},
                    suggestion=QT_TRANSLATE_NOOP("core", "Remove it from the title and the "
                                                         "subject.")))
    return found


# -- composing -----------------------------------------------------------------------------
def _validate(category: str, urgency: str, texts: list[TextVersion]) -> None:
    if category not in {c.value for c in Category}:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown category {category}."),
                              category=category)
    if urgency not in {u.value for u in Urgency}:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Urgency is urgent or normal."))
    if not texts:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "A message needs a text."))
    for text in texts:
        if text.language not in LANGUAGES:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown language {lang}."),
                                  lang=text.language)


def create_message(
    db: Database, actor_id: str, network_ids: list[str], category: str, urgency: str,
    texts: list[TextVersion], *, is_exercise: bool = False, channels: list[str] | None = None,
    incident_at: dt.datetime | None = None, expires_at: dt.datetime | None = None,
    msg_type: str = "alert", references_id: str | None = None,
    now: dt.datetime | None = None,
) -> str:
    """A draft message to one or more networks, one text per language."""
    now = now or _utcnow()
    _validate(category, urgency, texts)
    chosen = channels or ([Channel.SMS.value] if urgency == Urgency.URGENT.value
                          else [Channel.EMAIL.value])
    if set(chosen) - {c.value for c in Channel}:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown channel(s): {channels}."),
                              channels=", ".join(sorted(set(chosen) - {c.value for c in Channel})))
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MESSAGE_COMPOSE)
        networks = _networks(session, network_ids)
        closed = [n.name for n in networks if n.state not in {s.value for s in MESSAGING_STATES}]
        if closed and not is_exercise:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "{networks} cannot receive messages in their current "
                                          "state (not official or active)."),
                networks=", ".join(closed))
        if references_id is not None and session.get(Message, references_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."),
                           id=references_id)
        headline = next((t.headline for t in texts if t.headline), "") or texts[0].body[:80]
        message = uow.create(
            Message, zone_id=networks[0].zone_id, category=category, urgency=urgency,
            status=MessageStatus.DRAFT.value, headline=headline[:200], is_exercise=is_exercise,
            created_by=actor_id, created_at=now, sent_at=None, msg_type=msg_type,
            references_id=references_id, channels=chosen, incident_at=incident_at,
            expires_at=expires_at or now + dt.timedelta(hours=24 if urgency == "urgent"
                                                           else 72),
            severity="Moderate" if urgency == "urgent" else "Minor", certainty="Observed")
        for network in networks:
            uow.create(MessageTarget, message_id=message.id, network_id=network.id)
        for text in texts:
            uow.create(MessageText, message_id=message.id, language=text.language,
                       subject=text.subject or None, body=text.body)
        return message.id


@dataclass(frozen=True)
class MessageView:
    id: str
    category: str
    urgency: str
    status: str
    is_exercise: bool
    msg_type: str
    references_id: str | None
    created_by: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    expires_at: dt.datetime | None
    incident_at: dt.datetime | None
    channels: tuple[str, ...]
    network_ids: tuple[str, ...]
    texts: tuple[TextVersion, ...]
    approvals: tuple[tuple[str, dt.datetime, str, str], ...]  # (by, at, verdict, override)


def get_message(db: Database, message_id: str) -> MessageView:
    with db.read() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        targets = tuple(sorted(session.scalars(select(MessageTarget.network_id).where(
            MessageTarget.message_id == message_id))))
        texts = tuple(TextVersion(t.language, t.body, message.headline, t.subject or "")
                      for t in session.scalars(select(MessageText).where(
                          MessageText.message_id == message_id).order_by(MessageText.language)))
        approvals = tuple((a.approved_by, a.approved_at, a.verdict, a.override_reason)
                          for a in session.scalars(select(MessageApproval).where(
                              MessageApproval.message_id == message_id)
                              .order_by(MessageApproval.approved_at)))
        return MessageView(message.id, message.category, message.urgency, message.status,
                           message.is_exercise, message.msg_type, message.references_id,
                           message.created_by, message.created_at, message.sent_at,
                           message.expires_at, message.incident_at, tuple(message.channels),
                           targets, texts, approvals)


def check_message(db: Database, message_id: str, now: dt.datetime | None = None
                  ) -> dict[str, CheckResult]:
    """Every language version of a stored message, checked."""
    view = get_message(db, message_id)
    texts = {t.language: t.body for t in view.texts}
    return {
        t.language: check(db, list(view.network_ids), Draft(
            text=t.body, language=t.language, category=view.category,
            urgency=view.urgency,  # type: ignore[arg-type]
            headline=t.headline, subject=t.subject, channels=view.channels,
            incident_at=_local(view.incident_at) if view.incident_at else None), texts, now)
        for t in view.texts
    }


def _worst(results: dict[str, CheckResult]) -> str:
    verdicts = {r.verdict for r in results.values()}
    return "block" if "block" in verdicts else "warn" if "warn" in verdicts else "ok"


def approve_message(db: Database, actor_id: str, message_id: str, *,
                    override_reason: str = "", now: dt.datetime | None = None) -> str:
    """Four eyes: a real message is approved by another operator than its author (a zone may
    let non-urgent ones go with the author's approval). Blocking findings stop it unless the
    korpschef overrides them with a reason, which is kept. Returns the verdict approved."""
    now = now or _utcnow()
    results = check_message(db, message_id, now)
    verdict = _worst(results)
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        approver = require(session, actor_id, Permission.MESSAGE_APPROVE)
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        if message.status != MessageStatus.DRAFT.value:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Only a draft message can be "
                                                            "approved (this one is {status})."),
                                  status=message.status)
        zone = _zone(session)
        own_allowed = message.is_exercise or (
            message.urgency == Urgency.NORMAL.value and not zone.four_eyes_normal)
        if message.created_by == actor_id and not own_allowed:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "core", "Four eyes: another operator must approve a message you wrote."))
        if verdict == "block":
            if approver.role != Role.KORPSCHEF.value:
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "core", "The message has blocking findings. Fix them, or ask the korpschef "
                            "to override them with a reason."))
            if not override_reason.strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "core", "Overriding blocking findings needs a reason."))
        audience = next(iter(results.values())).audience
        uow.create(MessageApproval, message_id=message_id, approved_by=actor_id,
                   approved_at=now, verdict=verdict,
                   override_reason=override_reason.strip() if verdict == "block" else "",
                   audience={"sms": audience.sms, "voice": audience.voice,
                             "email": audience.email, "cost_eur": audience.cost_eur})
        uow.update(message, status=MessageStatus.APPROVED.value)
        return verdict


def update_message_draft(db: Database, actor_id: str, message_id: str,
                         texts: list[TextVersion], *, category: str | None = None,
                         urgency: str | None = None, channels: list[str] | None = None,
                         is_exercise: bool | None = None) -> None:
    """Change a draft before approval: its texts (per language), category, urgency, channels."""
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        require(session, actor_id, Permission.MESSAGE_COMPOSE)
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        if message.status != MessageStatus.DRAFT.value:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "Only a draft can be changed (this "
                                                            "message is {status})."),
                                  status=message.status)
        _validate(category or message.category, urgency or message.urgency,
                  texts or [TextVersion("nl", "x")])
        changes: dict[str, Any] = {}
        if category is not None:
            changes["category"] = category
        if urgency is not None:
            changes["urgency"] = urgency
        if channels is not None:
            changes["channels"] = list(channels)
        if is_exercise is not None:
            changes["is_exercise"] = is_exercise
        headline = next((t.headline for t in texts if t.headline), "")
        if headline:
            changes["headline"] = headline[:200]
        uow.update(message, **changes)
        existing = {t.language: t for t in session.scalars(select(MessageText).where(
            MessageText.message_id == message_id))}
        for text in texts:
            if text.language in existing:
                uow.update(existing[text.language], body=text.body,
                           subject=text.subject or None)
            else:
                uow.create(MessageText, message_id=message_id, language=text.language,
                           subject=text.subject or None, body=text.body)


def discard_message(db: Database, actor_id: str, message_id: str) -> None:
    """A draft or an approved message that was not sent is withdrawn (kept, marked)."""
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.MESSAGE_COMPOSE)
        message = uow.session.get(Message, message_id)
        if message is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No message with id {id}."), id=message_id)
        if message.status not in (MessageStatus.DRAFT.value, MessageStatus.APPROVED.value):
            raise ValidationError(QT_TRANSLATE_NOOP("core", "A sent message is withdrawn with a "
                                                            "cancellation, not discarded."))
        uow.update(message, status=MessageStatus.CANCELLED.value)


def follow_up(db: Database, actor_id: str, message_id: str, kind: str,
              texts: list[TextVersion], now: dt.datetime | None = None) -> str:
    """An update or a cancellation of a sent (or approved) message: a new message referring
    to it, to the same networks, in one click."""
    if kind not in ("update", "cancel"):
        raise ValidationError(QT_TRANSLATE_NOOP("core", "A follow-up is an update or a "
                                                        "cancellation."))
    original = get_message(db, message_id)
    return create_message(
        db, actor_id, list(original.network_ids), original.category, original.urgency,
        texts, is_exercise=original.is_exercise, channels=list(original.channels),
        msg_type=kind, references_id=message_id, now=now)


def feedback_due(db: Database, now: dt.datetime | None = None) -> list[tuple[str, str, int]]:
    """Sent messages still waiting for their feedback message: (id, headline, days late)."""
    now = now or _utcnow()
    with db.read() as session:
        zone = _zone(session)
        answered = set(session.scalars(select(Message.references_id).where(
            Message.category == Category.FEEDBACK.value, Message.references_id.is_not(None))))
        due = []
        for message in session.scalars(select(Message).where(
                Message.sent_at.is_not(None), Message.category != Category.FEEDBACK.value,
                Message.category != Category.PREVENTION_TIP.value, Message.msg_type == "alert",
                Message.is_exercise.is_(False))):
            assert message.sent_at is not None
            deadline = message.sent_at + dt.timedelta(days=zone.feedback_days)
            if message.id not in answered and deadline < now:
                due.append((message.id, message.headline, (now - deadline).days))
        return sorted(due, key=lambda d: -d[2])


# -- CAP -----------------------------------------------------------------------------------
def cap_alert(db: Database, message_id: str) -> CapAlert:
    view = get_message(db, message_id)
    with db.read() as session:
        zone = _zone(session)
        author = session.get(Operator, view.created_by)
        areas = []
        for network_id in view.network_ids:
            network = session.get(Network, network_id)
            assert network is not None
            municipality = session.get(Municipality, network.municipality_id)
            areas.append(CapArea(network.name, tuple(network.postcodes),
                                 (municipality.nis_code,) if municipality else ()))
        references: tuple[tuple[str, str, dt.datetime], ...] = ()
        if view.references_id:
            earlier = session.get(Message, view.references_id)
            if earlier is not None:
                references = ((_sender(zone), earlier.id, earlier.sent_at or earlier.created_at),)
    sent = view.sent_at or view.created_at
    status = "Exercise" if view.is_exercise else "Actual"
    infos = tuple(CapInfo(
        language=t.language, category=view.category, event=t.headline or view.category,
        urgency="Immediate" if view.urgency == "urgent" else "Expected",
        severity="Moderate" if view.urgency == "urgent" else "Minor", certainty="Observed",
        headline=t.headline[:160], description=t.body, sender_name=zone.name,
        contact=author.name if author else "", expires=view.expires_at,
        areas=tuple(areas)) for t in view.texts)
    return CapAlert(identifier=f"{zone.number}-{view.id}", sender=_sender(zone),
                    sent=sent.replace(tzinfo=dt.UTC), status=status,
                    msg_type=view.msg_type.capitalize(), references=tuple(
                        (s, f"{zone.number}-{i}", t.replace(tzinfo=dt.UTC))
                        for s, i, t in references),
                    infos=infos)


def _sender(zone: Zone) -> str:
    return f"urn:bin-desk:pz{zone.number}"


def cap_xml(db: Database, message_id: str) -> bytes:
    return to_xml(cap_alert(db, message_id))

