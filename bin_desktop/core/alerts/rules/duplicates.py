"""Duplicates: the same warning sent twice to the same networks annoys and costs twice.

Similarity is rapidfuzz's token_set_ratio on folded texts (word order and extra words matter
little), within the same category and the last ctx.duplicate_hours. Folding uses base.folded,
whose cache is small: core.text.fold keeps 65,536 entries, too many for a long draft a keystroke.
A draft of fewer than
MIN_WORDS words is not compared: token_set_ratio scores a few words contained in an earlier
message at 100, which would flag every message as soon as the officer starts typing.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bin_desktop.core.alerts.model import CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import (
    finding,
    folded,
    hours_between,
    local,
    rule,
    send_time,
)
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N

THRESHOLD = 80
MIN_WORDS = 6


@rule("duplicate.recent",
      _N("core", "No similar message of the same category went out recently."))
def duplicate(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if len(draft.text.split()) < MIN_WORDS:
        return []
    moment = send_time(draft, ctx)
    text = folded(draft.text)
    best: tuple[float, str] | None = None
    for message in ctx.recent:
        if message.category != draft.category:
            continue
        if not 0 <= hours_between(message.sent_at, moment) <= ctx.duplicate_hours:
            continue
        score = fuzz.token_set_ratio(text, folded(message.text), score_cutoff=THRESHOLD)
        if score and (best is None or score > best[0]):
            best = (score, local(message.sent_at).strftime("%d/%m %H:%M"))
    if best is None:
        return []
    return [finding("duplicate.recent", "warn", 0, 0,
                    _N("core", "A similar message ({similarity} % alike) of the same category "
                               "went out on {sent_at}."),
                    _N("core", "Send an update of that message instead, or leave it out."),
                    similarity=round(best[0]), sent_at=best[1])]


RULES = (duplicate,)
