"""The one interface every gateway implements, and the rule the dispatcher relies on.

The rule, which keeps a member from receiving the same delivery twice:

* outcome "retry" ONLY when the request provably did not reach the provider: connection refused
  before anything was sent, a DNS failure, 429 with Retry-After, 503 before processing. The
  dispatcher may resend such a delivery (after `retry_after` seconds when given).
* after a timeout, a connection dropped mid-response, a 5xx after the request was sent, or a reply
  that cannot be understood the outcome is "unknown": the provider may have it. The dispatcher
  reconciles with `status(reference)` and never resends blindly.
* 401/403 raise `GatewayAuthError` for the whole batch: nothing is marked as sent.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError

Channel = Literal["sms", "voice", "email"]
Outcome = Literal["accepted", "rejected", "retry", "unknown"]
State = Literal["accepted", "sent", "delivered", "failed", "expired", "not_found", "unknown"]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One delivery handed to a gateway; `reference` is the outbox key, unique per delivery.

    `to` is an E.164 number for sms/voice and an e-mail address for email. It is personal data:
    never log it.
    """

    reference: str
    channel: Channel
    to: str
    language: str
    text: str
    subject: str | None
    sender: str
    validity_seconds: int
    #: the message as CAP 1.2 XML, filled only for gateways that file it (`wants_cap`)
    cap: bytes | None = None


@dataclass(frozen=True, slots=True)
class Submitted:
    """What became of one Outgoing. "retry" is a promise that the provider did not get it."""

    reference: str
    outcome: Outcome
    provider_id: str | None = None
    error: str | None = None
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class Status:
    """The provider's view of one reference; "not_found" means it never received it."""

    reference: str
    state: State
    provider_id: str | None = None
    error: str | None = None


class GatewayAuthError(BinDeskError):
    """The provider refused the credentials (401/403); nothing of the batch was sent."""

    def __init__(self, gateway: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "The provider refused the credentials of gateway {gateway}: check the token "
                    "in Settings → Gateways."), gateway=gateway)


class Gateway(ABC):
    """A provider connection. Not thread-safe: one dispatcher thread uses one instance."""

    name: str
    channels: frozenset[Channel]
    batch_size: int
    #: False when the provider cannot be asked about a reference (SMTP, cm): an uncertain
    #: delivery then stays "unknown" for good, it is never resent.
    can_query_status: bool = True
    #: True for a gateway set to test mode: the dispatcher hands it no member delivery.
    test_mode: bool = False
    #: True when the gateway files the message as CAP XML (Outgoing.cap is filled for it).
    wants_cap: bool = False

    @abstractmethod
    def submit(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        """Hands over at most `batch_size` deliveries; one Submitted per input, same order.

        Follows the module's rule: "retry" only when the request provably did not go out,
        "unknown" whenever the provider may have it. Raises GatewayAuthError on 401/403.
        """

    @abstractmethod
    def status(self, reference: str) -> Status:
        """Asks the provider what became of `reference`, to reconcile "unknown" outcomes."""

    def close(self) -> None:  # noqa: B027 - optional hook, most gateways hold nothing open
        """Releases a kept-alive connection, if any."""


def all_with(batch: Sequence[Outgoing], outcome: Outcome, error: str | None = None,
             retry_after: float | None = None) -> list[Submitted]:
    """The same outcome for a whole batch (a request that failed as one)."""
    return [Submitted(item.reference, outcome, None, error, retry_after) for item in batch]
