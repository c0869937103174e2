"""Sanctions of members (DOMAIN.md): talk → written reprimand by the korpschef → temporary
exclusion → definitive exclusion (countersigned by the korpschef). Appeal within three weeks.

Every step is a fact in the log; the member's status follows the latest exclusion or lifting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from bin_desktop.core.domain import MemberStatus, Role
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from bin_desktop.core.members.service import get_member
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import MemberSanction, Operator

APPEAL_DAYS = 21


class Step(StrEnum):
    TALK = "talk"
    REPRIMAND = "reprimand"
    TEMPORARY_EXCLUSION = "temporary_exclusion"
    DEFINITIVE_EXCLUSION = "definitive_exclusion"
    APPEAL = "appeal"
    LIFTED = "lifted"


# Steps that can be appealed, and so open a three-week window.
APPEALABLE = frozenset({Step.REPRIMAND, Step.TEMPORARY_EXCLUSION, Step.DEFINITIVE_EXCLUSION})


@dataclass(frozen=True)
class SanctionView:
    id: str
    step: str
    decided_on: dt.date
    until: dt.date | None
    reason: str
    recorded_by: str
    countersigned_by: str | None
    appeal_until: dt.date | None


def history(db: Database, member_id: str) -> list[SanctionView]:
    with db.read() as session:
        get_member(session, member_id)
        return [SanctionView(s.id, s.step, s.decided_on, s.until, s.reason, s.recorded_by,
                             s.countersigned_by, s.appeal_until)
                for s in session.scalars(select(MemberSanction).where(
                    MemberSanction.member_id == member_id).order_by(
                    MemberSanction.decided_on, MemberSanction.id))]


def record_step(db: Database, actor_id: str, member_id: str, step: Step | str, *,
                decided_on: dt.date, reason: str, until: dt.date | None = None,
                countersigned_by: str | None = None) -> str:
    try:
        step = Step(step)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Unknown sanction step {step}."),
                              step=step) from None
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("core", "A sanction needs its reason."))
    with db.unit_of_work(actor_id) as uow:
        session = uow.session
        actor = require(session, actor_id, Permission.MEMBER_EDIT)
        member = get_member(session, member_id)
        if step == Step.REPRIMAND and actor.role != Role.KORPSCHEF.value:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "core", "A written reprimand is given by the korpschef."))
        if step == Step.TEMPORARY_EXCLUSION and (until is None or until <= decided_on):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "A temporary exclusion needs an end date after the decision."))
        if step == Step.DEFINITIVE_EXCLUSION:
            chief = session.get(Operator, countersigned_by) if countersigned_by else None
            if chief is None or chief.role != Role.KORPSCHEF.value or not chief.active:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "core", "A definitive exclusion is countersigned by the korpschef."))
        if step == Step.APPEAL:
            last = session.scalar(select(MemberSanction).where(
                MemberSanction.member_id == member_id,
                MemberSanction.step.in_([s.value for s in APPEALABLE]))
                .order_by(MemberSanction.decided_on.desc(), MemberSanction.id.desc()).limit(1))
            if last is None:
                raise ValidationError(QT_TRANSLATE_NOOP("core", "There is no decision to "
                                                                "appeal against."))
            if last.appeal_until is not None and decided_on > last.appeal_until:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("core", "The appeal period ended on {date} (three weeks "
                                              "after the decision)."),
                    date=last.appeal_until.isoformat())
        fact = uow.create(
            MemberSanction, member_id=member_id, network_id=member.network_id, step=step.value,
            decided_on=decided_on, until=until, reason=reason.strip(), recorded_by=actor_id,
            countersigned_by=countersigned_by,
            appeal_until=(decided_on + dt.timedelta(days=APPEAL_DAYS)
                          if step in APPEALABLE else None))
        if step in (Step.TEMPORARY_EXCLUSION, Step.DEFINITIVE_EXCLUSION):
            uow.update(member, status=MemberStatus.EXCLUDED.value)
        elif step == Step.LIFTED:
            uow.update(member, status=MemberStatus.ACTIVE.value)
        return fact.id
