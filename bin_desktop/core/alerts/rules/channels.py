"""Channels: SMS encoding and length, the voice message's spoken length, the e-mail subject.

The SMS figures come from alerts.sms. Characters that force UCS-2 get one finding per occurrence
whose `suggestion` is the literal GSM-safe replacement for text[start:end] (empty when there is
none): the composer may offer it, it is never applied here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bin_desktop.core.alerts import sms
from bin_desktop.core.alerts.model import CheckContext, Draft, Finding
from bin_desktop.core.alerts.rules.base import effective_channels, finding, rule
from bin_desktop.core.errors import QT_TRANSLATE_NOOP as _N

# Speaking rate of text-to-speech voices in Dutch and French, in words a second.
WORDS_PER_SECOND = 2.5
_SPOKEN = re.compile(r"[^\W\d_]+|\d")  # every word, and every digit (numbers are spelled)


@lru_cache(maxsize=64)
def voice_seconds(text: str) -> float:
    """Estimated length of text read by a voice: words ÷ 2.5 a second, digits spelled one by
    one ("112" is three words), rounded to a tenth of a second."""
    return round(len(_SPOKEN.findall(text)) / WORDS_PER_SECOND, 1)


@rule("sms.ucs2",
      _N("core", "The SMS text uses only GSM characters (one other character makes every "
                 "segment 70 characters instead of 160)."))
def ucs2(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    if "sms" not in effective_channels(draft):
        return []
    info = sms.analyse(draft.text)
    if info.encoding == "GSM-7":
        return []
    found = []
    for index, char in enumerate(draft.text):
        if sms.is_gsm(char):
            continue
        replacement = sms.gsm_replacement(char)
        if replacement is None:
            template = _N("core", "\"{character}\" turns the SMS into UCS-2 (70 characters a "
                                  "segment) and has no GSM equivalent.")
        else:
            template = _N("core", "\"{character}\" turns the SMS into UCS-2 (70 characters a "
                                  "segment): write \"{replacement}\" instead.")
        found.append(finding("sms.ucs2", "warn", index, index + 1, template, replacement or "",
                             character=char, replacement=replacement or ""))
    return found


@rule("sms.too_long",
      _N("core", "An SMS message stays within the zone's maximum number of segments."))
def too_long(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if "sms" not in effective_channels(draft):
        return []
    info = sms.analyse(draft.text)
    if info.segments <= ctx.max_sms_segments:
        return []
    safe = sms.analyse(sms.gsm_safe(draft.text))
    if info.encoding == "UCS-2" and safe.segments <= ctx.max_sms_segments:
        suggestion = _N("core", "Replace the special characters: in GSM characters it takes "
                                "{safe_segments} segments.")
    else:
        suggestion = _N("core", "Shorten the text, or send the details by e-mail.")
    return [finding("sms.too_long", "block", 0, 0,
                    _N("core", "The SMS takes {segments} segments ({characters} characters, "
                               "{encoding}); the zone allows {max}."),
                    suggestion, segments=info.segments, characters=info.characters,
                    encoding=info.encoding, max=ctx.max_sms_segments,
                    safe_segments=safe.segments)]


@rule("voice.too_long",
      _N("core", "A voice message can be listened to within the zone's maximum length."))
def voice_too_long(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if "voice" not in effective_channels(draft):
        return []
    seconds = voice_seconds(draft.text)
    if seconds <= ctx.voice_max_seconds:
        return []
    return [finding("voice.too_long", "warn", 0, 0,
                    _N("core", "Read aloud, the message takes about {seconds} seconds; more than "
                               "{max} seconds loses the listener."),
                    _N("core", "Keep the voice message to the essentials and the advice."),
                    seconds=round(seconds), max=ctx.voice_max_seconds)]


@rule("email.no_subject", _N("core", "An e-mail has a subject."))
def no_subject(draft: Draft, ctx: CheckContext) -> list[Finding]:
    del ctx
    if "email" not in effective_channels(draft) or draft.subject.strip():
        return []
    return [finding("email.no_subject", "warn", 0, 0,
                    _N("core", "The e-mail has no subject."),
                    _N("core", "Give it a short subject that says what and where, e.g. "
                               "\"Burglaries in the Kerkwijk\"."))]


RULES = (ucs2, too_long, voice_too_long, no_subject)
