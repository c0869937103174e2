"""What a rule is (an id, a one-line description, a run function) and the text helpers rules share.

A rule's id is also the code of the findings it returns, so a zone that switches a rule off
knows exactly which findings disappear. Rules run on every keystroke: every pattern is compiled
at import, and what several rules need of one text (its folded form) is cached on the text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from bin_desktop.core.alerts.model import CheckContext, Draft, Finding, Severity

RunFunction = Callable[[Draft, CheckContext], list[Finding]]

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class Rule:
    """One check: `run` returns the findings (all with code `id`) for a draft in its context."""

    id: str
    description: str  # English template, QT_TRANSLATE_NOOP("core", ...)
    run: RunFunction


def rule(rule_id: str, description: str) -> Callable[[RunFunction], Rule]:
    """Decorator turning a run function into a Rule."""

    def wrap(run: RunFunction) -> Rule:
        return Rule(rule_id, description, run)

    return wrap


def finding(code: str, severity: Severity, start: int, end: int, template: str,
            suggestion: str = "", **params: object) -> Finding:
    return Finding(code, severity, start, end, template,
                   {key: str(value) for key, value in params.items()}, suggestion)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:  # "İ" lowercases to two characters: keep the text's length
        return char
    decomposed = unicodedata.normalize("NFKD", lower)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return lower


@lru_cache(maxsize=64)
def folded(text: str) -> str:
    """Lower case without accents, *the same length as text*: a match in the folded text is a
    span in the original ("Maghrébin" and "MAGHREBIN" both read "maghrebin")."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def effective_channels(draft: Draft) -> tuple[str, ...]:
    """The draft's channels, or by urgency: urgent → SMS and voice, normal → e-mail."""
    if draft.channels:
        return draft.channels
    return ("sms", "voice") if draft.urgency == "urgent" else ("email",)


def send_time(draft: Draft, ctx: CheckContext) -> dt.datetime:
    return draft.send_at or ctx.now


def local(moment: dt.datetime) -> dt.datetime:
    """Wall-clock time in Belgium: aware times are converted, naive ones are taken as local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(BRUSSELS).replace(tzinfo=None)


def hours_between(earlier: dt.datetime, later: dt.datetime) -> float:
    """Hours from earlier to later, also when one of them is naive (read as local time)."""
    if (earlier.tzinfo is None) != (later.tzinfo is None):
        earlier, later = local(earlier), local(later)
    return (later - earlier).total_seconds() / 3600


def in_window(moment: dt.time, start: dt.time, end: dt.time) -> bool:
    """Whether moment lies in [start, end), a window that may run past midnight."""
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of text: word lists written as prose."""
    return frozenset(text.split())


def pattern(*alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """One compiled alternation of the given regular expressions."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives), flags)
