"""The relevance and appropriateness check of a message draft, run on every keystroke.

`check` runs every rule a zone did not switch off, and adds what the composer shows next to the
findings: the verdict, the SMS encoding and segments, the audience and its cost, the spoken length
and, for the "explain" view, one RuleRun per rule (switched-off rules included, marked disabled).
Rules are pure functions of the draft and its context, their patterns compiled at import.
"""

from __future__ import annotations

from bin_desktop.core.alerts import sms
from bin_desktop.core.alerts.model import (
    CheckContext,
    CheckResult,
    Draft,
    Finding,
    RuleRun,
    Verdict,
)
from bin_desktop.core.alerts.rules import ALL_RULES, Rule, audience
from bin_desktop.core.alerts.rules.channels import voice_seconds

_SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}


def rules() -> tuple[Rule, ...]:
    """Every rule, in the order they run (for a zone's settings: id and description)."""
    return ALL_RULES


def verdict(findings: tuple[Finding, ...] | list[Finding]) -> Verdict:
    severities = {f.severity for f in findings}
    if "block" in severities:
        return "block"
    return "warn" if "warn" in severities else "ok"


def check(draft: Draft, ctx: CheckContext, *,
          disabled: frozenset[str] = frozenset()) -> CheckResult:
    """Every enabled rule on draft; unknown ids in disabled are ignored (a zone's setting may
    name a rule a later version dropped)."""
    findings: list[Finding] = []
    runs: list[RuleRun] = []
    for item in ALL_RULES:
        if item.id in disabled:
            runs.append(RuleRun(item.id, item.description, 0, disabled=True))
            continue
        found = item.run(draft, ctx)
        findings += found
        runs.append(RuleRun(item.id, item.description, len(found)))
    findings.sort(key=lambda f: (f.start, f.end, _SEVERITY_ORDER[f.severity], f.code))
    return CheckResult(
        verdict=verdict(findings),
        findings=tuple(findings),
        sms=sms.analyse(draft.text),
        audience=audience.compute(draft, ctx),
        voice_seconds=voice_seconds(draft.text),
        rules=tuple(runs),
    )
