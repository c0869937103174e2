"""The one error type of the signing package."""

from __future__ import annotations

from bin_desktop.core.errors import BinDeskError


class SigningError(BinDeskError):
    """A document cannot be signed or checked, for a reason the officer can act on.

    Wrong passphrase, expired certificate, unknown or already signed field, damaged PDF … —
    never a bug: those propagate as ordinary exceptions.
    """
