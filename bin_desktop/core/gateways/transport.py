"""One kept-alive HTTP(S) connection for the provider gateways (http-json, cm).

The connect step is done explicitly: an error there is the only network failure that proves a
request did not go out (`NotSent`, the dispatcher's "retry"); anything that goes wrong after the
first byte of the request was written surfaces as OSError/HTTPException, which the gateways
turn into "unknown".
"""

from __future__ import annotations

import email.utils
import http.client
import select
import ssl
import time
import urllib.parse


class NotSent(Exception):
    """The connection could not be opened: the request provably did not go out."""


class Connection:
    """Requests to one host, batch after batch, without a new TCP/TLS handshake each time."""

    def __init__(self, url: str, *, connect_timeout: float, read_timeout: float) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("not an http(s) URL")
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.https else 80)
        self.base = parts.path.rstrip("/")
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._conn: http.client.HTTPConnection | None = None

    def __repr__(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def open(self) -> http.client.HTTPConnection | None:
        return self._conn

    def exchange(self, method: str, path: str, body: bytes | None,
                 headers: dict[str, str]) -> tuple[int, http.client.HTTPMessage, bytes]:
        """One request below the base path; raises NotSent if it could not connect."""
        conn = self._connected()
        try:
            conn.request(method, self.base + path, body=body, headers=headers)
            response = conn.getresponse()
            payload = response.read()
        except BaseException:
            self.close()
            raise
        if response.will_close:
            self.close()
        return response.status, response.headers, payload

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connected(self) -> http.client.HTTPConnection:
        if self._conn is not None and _dropped(self._conn):
            self.close()
        if self._conn is None:
            conn: http.client.HTTPConnection
            if self.https:
                conn = http.client.HTTPSConnection(self.host, self.port,
                                                   timeout=self._connect_timeout,
                                                   context=ssl.create_default_context())
            else:
                conn = http.client.HTTPConnection(self.host, self.port,
                                                  timeout=self._connect_timeout)
            try:
                conn.connect()
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                raise NotSent(f"cannot connect: {type(exc).__name__}") from exc
            assert conn.sock is not None
            conn.sock.settimeout(self._read_timeout)
            self._conn = conn
        return self._conn


def _dropped(conn: http.client.HTTPConnection) -> bool:
    """An idle kept-alive socket that is readable was closed by the server (or is out of step)."""
    if conn.sock is None:
        return True
    try:
        readable, _, _ = select.select([conn.sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def retry_after(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
