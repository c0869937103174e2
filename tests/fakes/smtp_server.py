"""An aiosmtpd server on loopback that records messages and can refuse or drop on demand."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Mailbox:
    refuse: set[str] = field(default_factory=set)  # recipients answered 550 at RCPT
    drop_after_data: bool = False  # close the connection once the message is received
    password: str | None = None  # when set, AUTH is required and checked against it
    messages: list[Message] = field(default_factory=list)

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                     auth_data: Any) -> AuthResult:
        return AuthResult(handled=False, success=isinstance(auth_data, LoginPassword)
                          and auth_data.password == (self.password or "").encode())

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 <mailbox unavailable>"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        if self.drop_after_data:
            server.transport.abort()
        return "250 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        return [str(message["Message-ID"]) for message in self.messages]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_smtp(mailbox: Mailbox | None = None) -> Iterator[tuple[int, Mailbox]]:
    mailbox = mailbox or Mailbox()
    auth: dict[str, Any] = {}
    if mailbox.password is not None:
        auth = {"authenticator": mailbox.authenticate,
                "auth_require_tls": False}
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), **auth)
    controller.start()
    try:
        yield controller.port, mailbox
    finally:
        controller.stop()
