"""Relevance: an agreed category, a timely subject, preventive advice, no trivia at night.

A good police message is timely, falls in a category every target charter agreed to, and leads to
action: it carries preventive advice or a call to action ("bel 112", "sluit ramen en deuren").
Feedback messages are exempt from the advice and timeliness checks: they tell what happened next
to an earlier message, however old.
"""

from __future__ import annotations

import re

from bin_desktop.core.alerts.model import CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import (
    finding,
    folded,
    hours_between,
    in_window,
    local,
    pattern,
    rule,
    send_time,
)
from bin_desktop.core.domain import Category
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N

# Preventive advice and calls to action, NL/FR/DE/EN, matched on the folded text.
ADVICE = pattern(
    # emergency and police numbers, contact
    r"\b(?:bel|belt|bellen|contacteer|verwittig|waarschuw)\b(?:\s+\S+){0,4}?\s+(?:112|101|"
    r"politie|de politie|het noodnummer|de wijkagent|uw wijkagent|card stop)",
    r"\b(?:appelez|appeler|composez|contactez|prevenez|avertissez)\b",
    r"\b(?:rufen sie|wahlen sie|kontaktieren sie|verstandigen sie|informieren sie)\b",
    r"\b(?:call|dial|contact)\s+(?:112|101|the police)",
    r"\bneem\b(?:\s+\S+){0,3}?\s+contact op\b",
    # NL imperatives and advice
    r"(?:^|[.!?:;]\s*|\n\s*)(?:sluit|vergrendel|doe|laat|leg|bewaar|berg|controleer|geef|open|"
    r"plaats|zorg|hou|houd|wees|blijf|volg|meld|noteer|gebruik|vermijd|kies|registreer|"
    r"graveer|verlicht|installeer|vraag|deel|klik|betaal|ga)\b",
    r"\b(?:let op|opgelet|wees waakzaam|wees alert|wees voorzichtig|meld|tip:|tips:|advies:|"
    r"preventietip|preventieadvies|raad:|raden u aan|raden aan|we vragen u|wij vragen u|"
    r"vragen we u|vragen wij u|gelieve|vergeet niet|zorg ervoor|zorg dat)\b",
    # FR
    r"\b(?:fermez|verrouillez|signalez|gardez|laissez|ne laissez|n'ouvrez|ne donnez|verifiez|"
    r"suivez|raccrochez|restez|evitez|veillez|pensez a|soyez vigilants?|soyez prudents?|prenez|"
    r"rangez|placez|"
    r"allumez|installez|utilisez|demandez|notez|mefiez-vous|mefiez vous|n'hesitez pas|"
    r"nous vous conseillons|nous vous recommandons|il est conseille|conseil\s*:|conseils\s*:|"
    r"astuce\s*:|attention|prudence|vigilance)\b",
    # DE
    r"\b(?:schliessen sie|schließen sie|verriegeln sie|achten sie|seien sie|melden sie|"
    r"lassen sie|geben sie|offnen sie|uberprufen sie|vermeiden sie|bewahren sie|vorsicht|"
    r"achtung|tipp:|tipps:|wir raten|wir empfehlen)\b",
    # EN
    r"\b(?:lock|report|be vigilant|be careful|tip:|do not open|never give|keep)\b",
    flags=re.MULTILINE,
)

_NIGHT = _N("core", "A non-urgent message sent at {time}, between {night_from} and {night_until}: "
                    "members dislike night messages that can wait.")


@rule("category.not_allowed",
      _N("core", "The category is one every target network's charter agreed to."))
def category_not_allowed(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if draft.category in ctx.allowed_categories:
        return []
    return [finding(
        "category.not_allowed", "block", 0, 0,
        _N("core", "The charters of the target networks do not allow messages of category "
                   "{category}."),
        _N("core", "Choose an agreed category, or leave out the networks that did not agree "
                   "to it."),
        category=draft.category)]


@rule("content.not_timely",
      _N("core", "What the message is about happened recently enough to be useful."))
def not_timely(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if draft.incident_at is None or draft.category == Category.FEEDBACK:
        return []
    age = hours_between(draft.incident_at, send_time(draft, ctx))
    if age <= ctx.timely_hours:
        return []
    return [finding(
        "content.not_timely", "warn", 0, 0,
        _N("core", "The incident happened {hours} hours before sending, more than the "
                   "{limit} hours after which a message is no longer timely."),
        _N("core", "Send it as a preventive tip or a feedback message instead."),
        hours=int(age), limit=ctx.timely_hours)]


@rule("content.no_advice",
      _N("core", "The text gives preventive advice or a call to action (e.g. \"call 112\")."))
def no_advice(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    if not draft.text.strip() or draft.category == Category.FEEDBACK:
        return []
    if ADVICE.search(folded(draft.text)):
        return []
    return [finding(
        "content.no_advice", "warn", 0, 0,
        _N("core", "The text gives no preventive advice or call to action."),
        _N("core", "Tell members what they can do: e.g. \"Close windows and doors\", "
                   "\"See something suspicious? Call 112.\""))]


@rule("content.night",
      _N("core", "A non-urgent message is not sent at night."))
def night(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if draft.urgency == "urgent":
        return []
    moment = local(send_time(draft, ctx)).time()
    if not in_window(moment, ctx.night_from, ctx.night_until):
        return []
    return [finding(
        "content.night", "warn", 0, 0, _NIGHT,
        _N("core", "Schedule it for the morning."),
        time=moment.strftime("%H:%M"), night_from=ctx.night_from.strftime("%H:%M"),
        night_until=ctx.night_until.strftime("%H:%M"))]


RULES = (category_not_allowed, not_timely, no_advice, night)
