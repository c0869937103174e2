"""The message checks, one module per rule family. A rule's id is the code of its findings.

    category         category.not_allowed, content.not_timely, content.no_advice, content.night
    personal_data    pii.national_number, pii.iban, pii.email, pii.phone, pii.plate, pii.name,
                     pii.address
    appropriateness  content.vigilantism, content.discrimination, content.snitching, content.html,
                     content.all_caps, content.alarmist, content.empty
    language         language.mismatch, language.missing
    channels         sms.ucs2, sms.too_long, voice.too_long, email.no_subject
    duplicates       duplicate.recent
    audience         audience.unreachable
"""

from __future__ import annotations

from bin_desktop.core.alerts.rules import (
    appropriateness,
    audience,
    category,
    channels,
    duplicates,
    language,
    personal_data,
)
from bin_desktop.core.alerts.rules.base import Rule

ALL_RULES: tuple[Rule, ...] = (
    *category.RULES,
    *personal_data.RULES,
    *appropriateness.RULES,
    *language.RULES,
    *channels.RULES,
    *duplicates.RULES,
    *audience.RULES,
)

__all__ = ["ALL_RULES", "Rule"]
