"""CM.com as provider: SMS through its JSON business messaging API, voice calls through its voice
notification API (text-to-speech). Request and reply shapes as in CM's public documentation;
docs/gateways.md says which parts were checked against it and which are assumptions.

* SMS: `POST {url}/v1.0/message`, the product token in the body, up to `batch_size` messages
  per request, each with our delivery key as CM's `reference`; the reply lists every message as
  "Accepted" or "Rejected" by reference.
* voice: `POST https://api.cm.com/voiceapi/v2/Notification` (or `{url}/voiceapi/v2/Notification`
  for a relay or a test server), the product token in the `X-CM-PRODUCTTOKEN` header, one call
  per request, our delivery key as `instruction-id`.

CM offers no status query by reference (delivery reports are pushed to a webhook BIN Desk does
not run), so `can_query_status` is False: a delivery whose outcome is uncertain (timeout, 5xx,
connection dropped, unreadable reply) stays "unknown" and is never resent.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import urllib.parse
from collections.abc import Sequence
from typing import Any

from bin_desktop.core.gateways.base import (
    Channel,
    Gateway,
    GatewayAuthError,
    Outgoing,
    Status,
    Submitted,
    all_with,
)
from bin_desktop.core.gateways.transport import Connection, NotSent, retry_after

log = logging.getLogger("bin_desktop.gateways")

DEFAULT_URL = "https://gw.messaging.cm.com"
OFFICIAL_HOST = "gw.messaging.cm.com"
OFFICIAL_VOICE_URL = "https://api.cm.com/voiceapi/v2/Notification"
MESSAGE_PATH = "/v1.0/message"
VOICE_PATH = "/voiceapi/v2/Notification"
#: CM's JSON error codes for a request refused as a whole because of its product token.
AUTH_ERROR_CODES = frozenset({101, 103})
MAX_PROMPT = 750  # characters of a text-to-speech prompt
MAX_VALIDITY_MINUTES = 48 * 60
MAX_PARTS = 8  # an SMS may be sent as up to this many concatenated parts
#: Text-to-speech voices per message language.
VOICES = {"nl-BE": "nl-BE", "fr-BE": "fr-BE", "de-BE": "de-DE", "en": "en-GB"}
_NUMBER = re.compile(r"\+[1-9][0-9]{6,14}")


def cm_number(e164: str) -> str:
    """+32470123456 → 0032470123456, the form of CM's documentation examples."""
    return "00" + e164[1:] if e164.startswith("+") else e164


def voice_url(url: str) -> str:
    """Where voice calls go: CM's voice API for the official messaging host, else the same
    host as `url` (a zone relay or a test server serving both)."""
    parts = urllib.parse.urlsplit(url)
    if parts.hostname == OFFICIAL_HOST:
        return OFFICIAL_VOICE_URL
    return url.rstrip("/") + VOICE_PATH


class CmGateway(Gateway):
    """Client of CM.com's messaging and voice APIs. The token is held in memory, never logged."""

    can_query_status = False

    def __init__(self, name: str, url: str, token: str, *,
                 channels: frozenset[Channel] = frozenset({"sms", "voice"}),
                 batch_size: int = 100, connect_timeout: float = 5.0,
                 read_timeout: float = 15.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"gateway {name}: not an http(s) URL")
        if "email" in channels:
            raise ValueError(f"gateway {name}: cm sends no e-mail")
        self.name = name
        self.channels = channels
        self.batch_size = batch_size
        self._token = token
        self._sms = Connection(url, connect_timeout=connect_timeout, read_timeout=read_timeout)
        self._voice = Connection(voice_url(url), connect_timeout=connect_timeout,
                                 read_timeout=read_timeout)

    def __repr__(self) -> str:
        return f"CmGateway({self.name!r}, {self._sms!r})"

    def submit(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        if len(batch) > self.batch_size:
            raise ValueError(f"batch of {len(batch)} exceeds {self.batch_size}")
        sms = [item for item in batch if item.channel == "sms"]
        results = {r.reference: r for r in self._submit_sms(sms)} if sms else {}
        try:
            for item in batch:
                if item.channel == "voice":
                    results[item.reference] = self._call(item)
                elif item.channel != "sms":
                    results[item.reference] = Submitted(item.reference, "rejected", None,
                                                        f"cm does not send {item.channel}")
        except GatewayAuthError:
            if not any(r.outcome in ("accepted", "unknown") for r in results.values()):
                raise
            # Part of the batch went out: report it; the rest provably did not.
            return [results.get(item.reference) or Submitted(
                item.reference, "retry", None, "credentials refused") for item in batch]
        return [results[item.reference] for item in batch]

    def status(self, reference: str) -> Status:
        return Status(reference, "unknown", None, "CM offers no status query by reference")

    def close(self) -> None:
        self._sms.close()
        self._voice.close()

    # -- SMS --------------------------------------------------------------------------------

    def _submit_sms(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        body = json.dumps({"messages": {
            "authentication": {"producttoken": self._token},
            "msg": [_sms_message(item) for item in batch]}},
            ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8",
                   "Accept": "application/json"}
        try:
            code, reply_headers, payload = self._sms.exchange("POST", MESSAGE_PATH, body,
                                                              headers)
        except NotSent as exc:
            return all_with(batch, "retry", str(exc))
        except (OSError, http.client.HTTPException) as exc:
            log.warning("gateway %s: no reply to %d SMS (%s): outcome unknown", self.name,
                        len(batch), type(exc).__name__)
            return all_with(batch, "unknown", f"no reply: {type(exc).__name__}")
        reply = _json_object(payload)
        error_code = reply.get("errorCode") if reply else None
        if code in (401, 403) or error_code in AUTH_ERROR_CODES:
            raise GatewayAuthError(self.name)
        if code == 429:
            return all_with(batch, "retry", "HTTP 429",
                            retry_after(reply_headers.get("Retry-After")))
        if code in (200, 201, 400) and reply is not None:
            return _sms_results(batch, code, reply)
        log.warning("gateway %s: HTTP %d for %d SMS: outcome unknown", self.name, code,
                    len(batch))
        return all_with(batch, "unknown", f"HTTP {code}")

    # -- voice ------------------------------------------------------------------------------

    def _call(self, item: Outgoing) -> Submitted:
        if len(item.text) > MAX_PROMPT:
            return Submitted(item.reference, "rejected", None,
                             f"voice text longer than {MAX_PROMPT} characters")
        body = json.dumps(_voice_instruction(item), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8",
                   "Accept": "application/json", "X-CM-PRODUCTTOKEN": self._token}
        try:
            code, reply_headers, payload = self._voice.exchange("POST", "", body, headers)
        except NotSent as exc:
            return Submitted(item.reference, "retry", None, str(exc))
        except (OSError, http.client.HTTPException) as exc:
            log.warning("gateway %s: no reply to a call (%s): outcome unknown", self.name,
                        type(exc).__name__)
            return Submitted(item.reference, "unknown", None,
                             f"no reply: {type(exc).__name__}")
        if code in (401, 403):
            raise GatewayAuthError(self.name)
        if code == 429:
            return Submitted(item.reference, "retry", None, "HTTP 429",
                             retry_after(reply_headers.get("Retry-After")))
        if 200 <= code < 300:
            reply = _json_object(payload) or {}
            call_id = reply.get("call-id") or reply.get("id")
            return Submitted(item.reference, "accepted", _opt_str(call_id))
        if 400 <= code < 500:
            return Submitted(item.reference, "rejected", None,
                             f"HTTP {code}: {payload[:200].decode('utf-8', 'replace')}")
        return Submitted(item.reference, "unknown", None, f"HTTP {code}")


def _sms_message(item: Outgoing) -> dict[str, Any]:
    minutes = max(1, min(MAX_VALIDITY_MINUTES, item.validity_seconds // 60))
    return {"allowedChannels": ["SMS"], "from": item.sender,
            "to": [{"number": cm_number(item.to)}],
            "body": {"type": "auto", "content": item.text},
            "reference": item.reference, "validity": f"{minutes}m",
            "minimumNumberOfMessageParts": 1, "maximumNumberOfMessageParts": MAX_PARTS}


def _voice_instruction(item: Outgoing) -> dict[str, Any]:
    caller = item.sender if _NUMBER.fullmatch(item.sender) else None
    return {"instruction-id": item.reference, "callee": item.to,
            "caller": caller or "", "anonymous": caller is None,
            "prompt": item.text, "prompt-type": "TTS",
            "voice": {"language": VOICES.get(item.language, "nl-BE"), "gender": "Female",
                      "number": 1}}


def _sms_results(batch: Sequence[Outgoing], code: int, reply: dict[str, Any]
                 ) -> list[Submitted]:
    """Per reference: "Accepted"/"Rejected"; contradictory or missing ones are unknown. A 400
    without per-message results refused the whole request: nothing was created."""
    rows = reply.get("messages")
    if not isinstance(rows, list):
        return all_with(batch, "unknown", "malformed reply")
    if code == 400 and not rows:
        return all_with(batch, "rejected", f"{reply.get('errorCode')}: {reply.get('details')}")
    wanted = {item.reference for item in batch}
    found: dict[str, Submitted] = {}
    conflicting: set[str] = set()
    for row in rows:
        if not isinstance(row, dict) or row.get("reference") not in wanted:
            continue
        reference = row["reference"]
        status = str(row.get("status", "")).lower()
        if status not in ("accepted", "rejected"):
            conflicting.add(reference)
            continue
        result = Submitted(reference, "accepted" if status == "accepted" else "rejected",
                           None, None if status == "accepted"
                           else f"{row.get('messageErrorCode')}: {row.get('messageDetails')}")
        if found.setdefault(reference, result).outcome != result.outcome:
            conflicting.add(reference)
    return [
        found[item.reference] if item.reference in found and item.reference not in conflicting
        else Submitted(item.reference, "unknown", None, "no clear result in the reply")
        for item in batch
    ]


def _json_object(payload: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
