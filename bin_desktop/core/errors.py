"""Errors a user can act on, as opposed to bugs.

Core never imports Qt, so a user-facing message is kept as an English template plus parameters;
the GUI translates the template in the "core" context and the CLI prints it as is.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for Qt Linguist without translating it here (core has no Qt)."""
    del context
    return text


class BinDeskError(Exception):
    """A problem the user can understand and act on. Never a bug."""

    exit_code = 2

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class NotFound(BinDeskError):
    """An id or name that does not exist."""


class PermissionDenied(BinDeskError):
    """The operator's role does not allow the action."""


class InvalidTransition(BinDeskError):
    """A life-cycle state change that the rules do not allow."""


class ValidationError(BinDeskError):
    """A value that cannot be stored as given."""


class DataDirError(BinDeskError):
    """The data folder cannot be used (read-only, locked, corrupt, newer schema)."""
