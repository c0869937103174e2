"""Gateways: the plug-ins that hand deliveries to a provider (SMTP, http-json, file outbox).

Every gateway follows one contract (see `base`): the dispatcher may resend only a delivery whose
outcome is "retry"; anything else uncertain is reconciled by `Gateway.status(reference)`.
"""

from bin_desktop.core.gateways.base import (
    Channel,
    Gateway,
    GatewayAuthError,
    Outcome,
    Outgoing,
    State,
    Status,
    Submitted,
)

__all__ = [
    "Channel",
    "Gateway",
    "GatewayAuthError",
    "Outcome",
    "Outgoing",
    "State",
    "Status",
    "Submitted",
]
