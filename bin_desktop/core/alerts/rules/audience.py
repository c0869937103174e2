"""Audience: who a message reaches, on which channel, and what it costs.

Urgent messages go by SMS (to mobiles) and/or voice (to any phone), non-urgent ones by e-mail,
unless the draft names its channels. Each member's preferred channels narrow that choice; with no
preference an urgent message goes by SMS to a mobile, else by voice to the phone. Paused members
get nothing. Quiet hours hold a non-urgent message back until they end: such members still
count for their channel (they receive it later) and are also counted in `in_quiet_hours`.
Cost is what BE-Alert charges for SMS: segments × SMS recipients × ctx.sms_cost_eur.
"""

from __future__ import annotations

import datetime as dt

from bin_desktop.core.alerts import sms
from bin_desktop.core.alerts.model import Audience, AudienceMember, CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import (
    effective_channels,
    finding,
    in_window,
    local,
    rule,
    send_time,
)
from bin_desktop.core.domain import MemberStatus
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N


def _clock(value: str | None) -> dt.time | None:
    if not value:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


def member_channels(member: AudienceMember, channels: tuple[str, ...]) -> tuple[str, ...]:
    """The channels, among those of the message, on which the member receives it."""
    usable = {"sms": member.has_mobile, "voice": member.has_mobile or member.has_phone,
              "email": member.has_email}
    if member.channels:
        return tuple(c for c in channels if c in member.channels and usable.get(c, False))
    chosen = tuple(c for c in channels if usable.get(c, False))
    if "sms" in chosen and "voice" in chosen:  # no preference: one call, SMS if possible
        return ("sms",)
    return chosen


# The last audience computed, with the draft and context it is for: the engine and the
# audience.unreachable rule ask for the same one in one check. Holding the objects themselves
# (not their ids) keeps the identity test sound; both are frozen.
_last: list[tuple[Draft, CheckContext, Audience]] = []


def compute(draft: Draft, ctx: CheckContext) -> Audience:
    """The audience of draft among ctx.audience (see the module's docstring)."""
    last = _last[0] if _last else None
    if last is not None and last[0] is draft and last[1] is ctx:
        return last[2]
    audience = _compute(draft, ctx)
    _last[:] = [(draft, ctx, audience)]
    return audience


def _compute(draft: Draft, ctx: CheckContext) -> Audience:
    channels = effective_channels(draft)
    moment = local(send_time(draft, ctx)).time()
    counts = {"sms": 0, "voice": 0, "email": 0}
    without = paused = quiet = 0
    for member in ctx.audience:
        if member.status == MemberStatus.PAUSED:
            paused += 1
            continue
        if member.status != MemberStatus.ACTIVE:
            continue
        chosen = member_channels(member, channels)
        if not chosen:
            without += 1
            continue
        for channel in chosen:
            counts[channel] += 1
        start, end = _clock(member.quiet_from), _clock(member.quiet_until)
        if (draft.urgency != "urgent" and start is not None and end is not None
                and in_window(moment, start, end)):
            quiet += 1
    segments = sms.analyse(draft.text).segments
    return Audience(sms=counts["sms"], voice=counts["voice"], email=counts["email"],
                    without_channel=without, paused=paused, in_quiet_hours=quiet,
                    cost_eur=round(segments * counts["sms"] * ctx.sms_cost_eur, 4))


@rule("audience.unreachable",
      _N("core", "Every active member can be reached on the message's channels."))
def unreachable(draft: Draft, ctx: CheckContext) -> list[Finding]:
    count = compute(draft, ctx).without_channel
    if not count:
        return []
    return [finding("audience.unreachable", "info", 0, 0,
                    _N("core", "{count} active member(s) have no phone number or e-mail address "
                               "for the channels of this message and will not receive it."),
                    _N("core", "Add a channel, or ask the coordinator to pass the message on."),
                    count=count)]


RULES = (unreachable,)
