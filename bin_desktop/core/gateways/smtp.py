"""E-mail through an SMTP server (STARTTLS, SSL, or plain on a trusted loopback/relay).

One connection per batch. The transaction is driven step by step (MAIL, RCPT, DATA) so each
delivery gets the outcome the dispatcher's rule asks for: a failure before DATA was sent is
"retry", a connection lost once the message was on its way is "unknown".
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate
from typing import Literal

from bin_desktop.core.gateways.base import (
    Channel,
    Gateway,
    GatewayAuthError,
    Outgoing,
    Status,
    Submitted,
    all_with,
)

log = logging.getLogger("bin_desktop.gateways")

Security = Literal["starttls", "ssl", "plain"]
_OK = (250, 251)
_LOST = "connection lost"


def message_id(reference: str) -> str:
    return f"<{reference}@bin-desk>"


class SmtpGateway(Gateway):
    """SMTP has no status query: status() is "unknown", the dispatcher shows it as such."""

    can_query_status = False

    def __init__(self, name: str, host: str, port: int, *, security: Security = "starttls",
                 username: str | None = None, password: str | None = None,
                 batch_size: int = 50, timeout: float = 15.0) -> None:
        self.name = name
        self.channels: frozenset[Channel] = frozenset({"email"})
        self.batch_size = batch_size
        self._host = host
        self._port = port
        self._security = security
        self._username = username
        self._password = password
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"SmtpGateway({self.name!r}, {self._host}:{self._port}, {self._security})"

    def submit(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        if not batch:
            return []
        try:
            conn = self._open()
        except (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError) as exc:
            # A refused login, or a server that offers no login at all: both need the admin.
            raise GatewayAuthError(self.name) from exc
        except (OSError, smtplib.SMTPException) as exc:
            return all_with(batch, "retry", f"cannot connect: {type(exc).__name__}")
        results: list[Submitted] = []
        try:
            for item in batch:
                result = self._send_one(conn, item)
                results.append(result)
                if result.outcome in ("retry", "unknown") and result.error == _LOST:
                    break
        finally:
            _quit(conn)
        rest = batch[len(results):]
        return results + all_with(rest, "retry", "connection lost before sending")

    def status(self, reference: str) -> Status:
        return Status(reference, "unknown", None, "SMTP offers no status query")

    def _open(self) -> smtplib.SMTP:
        conn: smtplib.SMTP
        if self._security == "ssl":
            conn = smtplib.SMTP_SSL(self._host, self._port, timeout=self._timeout,
                                    context=ssl.create_default_context())
        else:
            conn = smtplib.SMTP(self._host, self._port, timeout=self._timeout)
        try:
            conn.ehlo()
            if self._security == "starttls":
                conn.starttls(context=ssl.create_default_context())
                conn.ehlo()
            if self._password is not None:
                conn.login(self._username or "", self._password)
        except BaseException:
            conn.close()
            raise
        return conn

    def _send_one(self, conn: smtplib.SMTP, item: Outgoing) -> Submitted:
        try:
            code, reply = conn.mail(item.sender)
            if code not in _OK:
                conn.rset()
                return _refused(item, code, reply)
            code, reply = conn.rcpt(item.to)
            if code not in _OK:
                conn.rset()
                return _refused(item, code, reply)
        except (OSError, smtplib.SMTPException):
            return Submitted(item.reference, "retry", None, _LOST)
        try:
            code, reply = conn.data(_email(item).as_bytes(policy=SMTP_POLICY))
        except smtplib.SMTPDataError as exc:
            return _refused(item, exc.smtp_code, exc.smtp_error)
        except (OSError, smtplib.SMTPException):
            log.warning("gateway %s: connection lost during DATA: outcome unknown", self.name)
            return Submitted(item.reference, "unknown", None, _LOST)
        if code != 250:
            return _refused(item, code, reply)
        return Submitted(item.reference, "accepted", message_id(item.reference))


def _refused(item: Outgoing, code: int, reply: bytes | str) -> Submitted:
    """The server answered no: 4xx is temporary (nothing was taken), 5xx is final."""
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    text = f"{code} {reply}"
    return Submitted(item.reference, "retry" if 400 <= code < 500 else "rejected", None, text)


def _email(item: Outgoing) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = item.sender
    mail["To"] = item.to
    mail["Subject"] = item.subject or ""
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = message_id(item.reference)
    mail["Content-Language"] = item.language
    mail.set_content(item.text)
    return mail


def _quit(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()
