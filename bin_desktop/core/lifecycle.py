"""The life cycle of a BIN (DOMAIN.md "Life of a BIN"): states, allowed steps, who acts next.

The dashboard's "who must act next, since when" is derived here from the state and the pending
signatures, so the GUI and the CLI say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from bin_desktop.core.domain import Signatory
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N


class State(StrEnum):
    INITIATIVE = "initiative"
    PREPARATION = "preparation"
    COORDINATOR_SCREENING = "coordinator_screening"
    CHARTER_DRAFTING = "charter_drafting"
    SIGNATURES = "signatures"
    SUBMITTED = "submitted"
    OFFICIAL = "official"
    ACTIVE = "active"
    AMENDMENT = "amendment"
    SUSPENDED = "suspended"
    INACTIVE = "inactive"
    MERGED = "merged"
    DISSOLVED = "dissolved"


STATE_LABELS: dict[State, str] = {
    State.INITIATIVE: _N("core", "Initiative"),
    State.PREPARATION: _N("core", "Preparation"),
    State.COORDINATOR_SCREENING: _N("core", "Coordinator screening"),
    State.CHARTER_DRAFTING: _N("core", "Charter drafting"),
    State.SIGNATURES: _N("core", "Signatures"),
    State.SUBMITTED: _N("core", "Submitted to ADVP"),
    State.OFFICIAL: _N("core", "Official"),
    State.ACTIVE: _N("core", "Active"),
    State.AMENDMENT: _N("core", "Charter amendment"),
    State.SUSPENDED: _N("core", "Suspended"),
    State.INACTIVE: _N("core", "Inactive"),
    State.MERGED: _N("core", "Merged"),
    State.DISSOLVED: _N("core", "Dissolved"),
}

_ENDINGS = (State.SUSPENDED, State.INACTIVE, State.MERGED, State.DISSOLVED)

TRANSITIONS: dict[State, tuple[State, ...]] = {
    State.INITIATIVE: (State.PREPARATION, State.DISSOLVED),
    State.PREPARATION: (State.COORDINATOR_SCREENING, State.DISSOLVED),
    # A coordinator who does not pass screening sends the network back to preparation.
    State.COORDINATOR_SCREENING: (State.CHARTER_DRAFTING, State.PREPARATION, State.DISSOLVED),
    State.CHARTER_DRAFTING: (State.SIGNATURES, State.DISSOLVED),
    # A party that refuses to sign, or ADVP's remarks, send the charter back to drafting.
    State.SIGNATURES: (State.SUBMITTED, State.CHARTER_DRAFTING, State.DISSOLVED),
    State.SUBMITTED: (State.OFFICIAL, State.CHARTER_DRAFTING, State.DISSOLVED),
    State.OFFICIAL: (State.ACTIVE, State.SUSPENDED, State.DISSOLVED),
    State.ACTIVE: (State.AMENDMENT, State.SUSPENDED, State.INACTIVE, State.MERGED,
                   State.DISSOLVED),
    State.AMENDMENT: (State.ACTIVE, State.SUSPENDED, State.DISSOLVED),
    State.SUSPENDED: (State.ACTIVE, State.INACTIVE, State.MERGED, State.DISSOLVED),
    State.INACTIVE: (State.ACTIVE, State.MERGED, State.DISSOLVED),
    State.MERGED: (),
    State.DISSOLVED: (),
}

# States in which the charter's signatures are being collected.
SIGNING_STATES = frozenset({State.SIGNATURES, State.AMENDMENT})
# States in which messages may be sent to the network.
MESSAGING_STATES = frozenset({State.OFFICIAL, State.ACTIVE, State.AMENDMENT})


def allowed_next(state: State) -> tuple[State, ...]:
    return TRANSITIONS[state]


def can_transition(current: State, target: State) -> bool:
    return target in TRANSITIONS[current]


class Actor(StrEnum):
    """Who must act next on a network."""

    MANDATED_OFFICER = "mandated_officer"
    COORDINATOR = "coordinator"
    KORPSCHEF = "korpschef"
    MAYOR = "mayor"
    PREVENTION_OFFICER = "prevention_officer"
    MUNICIPALITY = "municipality"
    ADVP = "advp"
    NOBODY = "nobody"


ACTOR_LABELS: dict[Actor, str] = {
    Actor.MANDATED_OFFICER: _N("core", "mandated officer"),
    Actor.COORDINATOR: _N("core", "coordinator"),
    Actor.KORPSCHEF: _N("core", "korpschef"),
    Actor.MAYOR: _N("core", "mayor"),
    Actor.PREVENTION_OFFICER: _N("core", "prevention officer"),
    Actor.MUNICIPALITY: _N("core", "municipality"),
    Actor.ADVP: _N("core", "ADVP"),
    Actor.NOBODY: _N("core", "nobody"),
}

_SIGNATORY_ACTOR = {
    Signatory.COORDINATOR: Actor.COORDINATOR,
    Signatory.MANDATED_OFFICER: Actor.MANDATED_OFFICER,
    Signatory.KORPSCHEF: Actor.KORPSCHEF,
    Signatory.MAYOR: Actor.MAYOR,
    Signatory.PREVENTION_OFFICER: Actor.PREVENTION_OFFICER,
}


class Task(StrEnum):
    """What the next actor must do (a stable code; the GUI shows a translated sentence)."""

    FOLLOW_UP_INITIATIVE = "follow_up_initiative"
    HOLD_INFO_MEETING = "hold_info_meeting"
    SCREEN_COORDINATOR = "screen_coordinator"
    FINALISE_CHARTER = "finalise_charter"
    SIGN = "sign"
    SUBMIT_TO_ADVP = "submit_to_advp"
    ADVP_APPROVAL = "advp_approval"
    START_NETWORK = "start_network"
    EVALUATE = "evaluate"
    DECIDE_SUSPENSION = "decide_suspension"
    NONE = "none"


TASK_TEMPLATES: dict[Task, str] = {
    Task.FOLLOW_UP_INITIATIVE: _N("core", "{network}: the mandated officer must follow up the "
                                          "initiative ({days} days)"),
    Task.HOLD_INFO_MEETING: _N("core", "{network}: info meeting and sign-up to organise "
                                       "({days} days)"),
    Task.SCREEN_COORDINATOR: _N("core", "{network}: coordinator to be screened ({days} days)"),
    Task.FINALISE_CHARTER: _N("core", "{network}: charter to be finalised with the "
                                      "municipality ({days} days)"),
    Task.SIGN: _N("core", "{network}: waiting for the {actor}'s signature for {days} days"),
    Task.SUBMIT_TO_ADVP: _N("core", "{network}: all signatures in, to be sent to ADVP "
                                    "({days} days)"),
    Task.ADVP_APPROVAL: _N("core", "{network}: waiting for ADVP's approval for {days} days"),
    Task.START_NETWORK: _N("core", "{network}: official, to be started ({days} days)"),
    Task.EVALUATE: _N("core", "{network}: evaluation overdue by {days} days"),
    Task.DECIDE_SUSPENSION: _N("core", "{network}: suspended for {days} days, to be "
                                       "reactivated or dissolved"),
    Task.NONE: _N("core", "{network}: nothing to do"),
}


@dataclass(frozen=True)
class PendingSignature:
    signatory: Signatory
    requested_on: dt.date


@dataclass(frozen=True)
class NextAction:
    actor: Actor
    task: Task
    since: dt.date | None

    def days(self, today: dt.date) -> int | None:
        return (today - self.since).days if self.since else None


# The order in which signatures are usually collected; the first pending one is "next".
SIGNING_ORDER = (
    Signatory.COORDINATOR,
    Signatory.MANDATED_OFFICER,
    Signatory.KORPSCHEF,
    Signatory.PREVENTION_OFFICER,
    Signatory.MAYOR,
)


def next_action(
    state: State,
    state_since: dt.date,
    pending: list[PendingSignature],
    submitted_on: dt.date | None,
    evaluation_due: dt.date | None,
    today: dt.date,
) -> NextAction:
    """Who must act next on a network, and since when they have been expected to."""
    if state in SIGNING_STATES:
        if pending:
            first = min(pending, key=lambda p: (p.requested_on, SIGNING_ORDER.index(p.signatory)))
            return NextAction(_SIGNATORY_ACTOR[first.signatory], Task.SIGN, first.requested_on)
        if submitted_on:
            return NextAction(Actor.ADVP, Task.ADVP_APPROVAL, submitted_on)
        return NextAction(Actor.MANDATED_OFFICER, Task.SUBMIT_TO_ADVP, state_since)
    simple = {
        State.INITIATIVE: (Actor.MANDATED_OFFICER, Task.FOLLOW_UP_INITIATIVE),
        State.PREPARATION: (Actor.MANDATED_OFFICER, Task.HOLD_INFO_MEETING),
        State.COORDINATOR_SCREENING: (Actor.MANDATED_OFFICER, Task.SCREEN_COORDINATOR),
        State.CHARTER_DRAFTING: (Actor.MANDATED_OFFICER, Task.FINALISE_CHARTER),
        State.OFFICIAL: (Actor.MANDATED_OFFICER, Task.START_NETWORK),
        State.SUSPENDED: (Actor.MANDATED_OFFICER, Task.DECIDE_SUSPENSION),
    }
    if state in simple:
        actor, task = simple[state]
        return NextAction(actor, task, state_since)
    if state == State.SUBMITTED:
        return NextAction(Actor.ADVP, Task.ADVP_APPROVAL, submitted_on or state_since)
    if state == State.ACTIVE and evaluation_due and evaluation_due < today:
        return NextAction(Actor.MANDATED_OFFICER, Task.EVALUATE, evaluation_due)
    return NextAction(Actor.NOBODY, Task.NONE, None)


def is_ended(state: State) -> bool:
    return state in _ENDINGS
