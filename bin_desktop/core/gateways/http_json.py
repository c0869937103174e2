"""BIN Desk's own provider protocol over HTTP(S), described in docs/http-json-protocol.md.

One kept-alive connection per gateway instance (`transport.Connection`), so a dispatcher thread
sends batch after batch without a new TCP/TLS handshake. A failure to connect is the only network
failure that proves the request did not go out ("retry"); anything that goes wrong after the
first byte of the request was written is "unknown".
"""

from __future__ import annotations

import http.client
import json
import logging
import urllib.parse
from collections.abc import Sequence
from typing import Any

from bin_desktop.core.gateways.base import (
    Channel,
    Gateway,
    GatewayAuthError,
    Outgoing,
    State,
    Status,
    Submitted,
    all_with,
)
from bin_desktop.core.gateways.transport import Connection, NotSent, retry_after

log = logging.getLogger("bin_desktop.gateways")

_STATES: frozenset[str] = frozenset({"accepted", "sent", "delivered", "failed", "expired"})
_NOT_PROCESSED = frozenset({429, 503})  # the protocol promises nothing of the request was kept
_ERROR_EXCERPT = 200


class HttpJsonGateway(Gateway):
    """Client of the http-json protocol. The token is held in memory only, never logged."""

    def __init__(self, name: str, url: str, token: str, *,
                 channels: frozenset[Channel] = frozenset({"sms", "voice", "email"}),
                 batch_size: int = 100, connect_timeout: float = 5.0,
                 read_timeout: float = 15.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"gateway {name}: not an http(s) URL")
        self.name = name
        self.channels = channels
        self.batch_size = batch_size
        self._http = Connection(url, connect_timeout=connect_timeout,
                                read_timeout=read_timeout)
        self._token = token

    def __repr__(self) -> str:
        return f"HttpJsonGateway({self.name!r}, {self._http!r})"

    # -- submit -------------------------------------------------------------------------------

    def submit(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        if len(batch) > self.batch_size:
            raise ValueError(f"batch of {len(batch)} exceeds {self.batch_size}")
        if not batch:
            return []
        body = json.dumps({"messages": [_message(item) for item in batch]},
                          ensure_ascii=False).encode("utf-8")
        try:
            status, headers, payload = self._exchange("POST", "/messages", body)
        except NotSent as exc:
            return all_with(batch, "retry", str(exc))
        except (OSError, http.client.HTTPException) as exc:
            log.warning("gateway %s: no reply to a batch of %d (%s): outcome unknown",
                        self.name, len(batch), type(exc).__name__)
            return all_with(batch, "unknown", f"no reply: {type(exc).__name__}")
        if status in (401, 403):
            raise GatewayAuthError(self.name)
        if status in _NOT_PROCESSED:
            wait = retry_after(headers.get("Retry-After"))
            return all_with(batch, "retry", f"HTTP {status}", wait)
        if status in (200, 202):
            return _results(batch, payload)
        if 400 <= status < 500:
            # The protocol: any other 4xx refuses the whole batch and keeps nothing of it.
            return all_with(batch, "rejected", f"HTTP {status}: {_excerpt(payload)}")
        log.warning("gateway %s: HTTP %d for a batch of %d: outcome unknown",
                    self.name, status, len(batch))
        return all_with(batch, "unknown", f"HTTP {status}")

    # -- status -------------------------------------------------------------------------------

    def status(self, reference: str) -> Status:
        path = "/messages/" + urllib.parse.quote(reference, safe="")
        try:
            code, _headers, payload = self._exchange("GET", path, None)
        except (NotSent, OSError, http.client.HTTPException) as exc:
            return Status(reference, "unknown", None, f"no reply: {type(exc).__name__}")
        if code in (401, 403):
            raise GatewayAuthError(self.name)
        if code == 404:
            return Status(reference, "not_found")
        if code != 200:
            return Status(reference, "unknown", None, f"HTTP {code}")
        reply = _json_object(payload)
        state = reply.get("status") if reply else None
        if reply is None or reply.get("reference") != reference or state not in _STATES:
            return Status(reference, "unknown", None, "malformed status reply")
        known: State = state  # checked against _STATES above
        return Status(reference, known, _opt_str(reply.get("id")), _opt_str(reply.get("error")))

    def close(self) -> None:
        self._http.close()

    @property
    def _conn(self) -> http.client.HTTPConnection | None:
        return self._http.open

    def _exchange(self, method: str, path: str,
                  body: bytes | None) -> tuple[int, http.client.HTTPMessage, bytes]:
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        return self._http.exchange(method, path, body, headers)


def _message(item: Outgoing) -> dict[str, Any]:
    return {"reference": item.reference, "channel": item.channel, "to": item.to,
            "language": item.language, "text": item.text, "subject": item.subject,
            "sender": item.sender, "validity_seconds": item.validity_seconds}


def _results(batch: Sequence[Outgoing], payload: bytes) -> list[Submitted]:
    """Matches results by reference: providers may reorder or repeat them."""
    reply = _json_object(payload)
    rows = reply.get("results") if reply else None
    if not isinstance(rows, list):
        return all_with(batch, "unknown", "malformed reply")
    wanted = {item.reference for item in batch}
    found: dict[str, Submitted] = {}
    conflicting: set[str] = set()
    for row in rows:
        if not isinstance(row, dict) or row.get("reference") not in wanted:
            continue
        reference = row["reference"]
        outcome = row.get("status")
        if outcome not in ("accepted", "rejected"):
            conflicting.add(reference)
            continue
        result = Submitted(reference, outcome, _opt_str(row.get("id")),
                           _opt_str(row.get("error")))
        if found.setdefault(reference, result).outcome != outcome:
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


def _excerpt(payload: bytes) -> str:
    return payload[:_ERROR_EXCERPT].decode("utf-8", "replace")
