"""Gateway secrets (API tokens, SMTP passwords), kept only in the operating system's keyring.

Windows Credential Manager, the macOS Keychain or a Secret Service (GNOME Keyring, KeePassXC)
on Linux. When none is usable BIN Desk refuses to store the secret rather than fall back to a
file: keyring's fail/null backends and the plain-text keyrings.alt backends are all refused.
Values never appear in logs or error messages.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError

SERVICE = "BIN Desk"


class SecretStoreUnavailable(BinDeskError):
    """No secure keyring is available: secrets cannot be stored or read."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "No secure keyring is available on this computer, so BIN Desk cannot keep "
                    "gateway secrets. On Linux install and unlock gnome-keyring, or KeePassXC "
                    "with Secret Service enabled, or run BIN Desk inside a desktop session. "
                    "Secrets are never written to a file instead."))


class SecretMissing(BinDeskError):
    """No secret is set for a gateway."""

    def __init__(self, name: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "No secret is set for gateway {name}: enter it in Settings → Gateways."),
            name=name)


def _key(name: str) -> str:
    return f"gateway:{name}"


def _insecure(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return True
    module = type(backend).__module__
    return module.startswith("keyrings.alt") or module == "keyring.backends.null"


def _backend() -> KeyringBackend:
    """The keyring to use, or SecretStoreUnavailable; never a plain-text or discarding one."""
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        usable = [member for member in backend.backends if not _insecure(member)]
        if not usable or len(usable) != len(backend.backends):
            raise SecretStoreUnavailable()
    elif _insecure(backend):
        raise SecretStoreUnavailable()
    return backend


def set_secret(name: str, value: str) -> None:
    if not value:
        raise SecretMissing(name)
    try:
        _backend().set_password(SERVICE, _key(name), value)
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc


def get_secret(name: str) -> str:
    try:
        value = _backend().get_password(SERVICE, _key(name))
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc
    if value is None:
        raise SecretMissing(name)
    return value


def has_secret(name: str) -> bool:
    try:
        get_secret(name)
    except SecretMissing:
        return False
    return True


def delete_secret(name: str) -> None:
    """Forgets the secret; deleting one that is not set is not an error."""
    backend = _backend()
    try:
        backend.delete_password(SERVICE, _key(name))
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc


# -- the hub password (sync) ---------------------------------------------------------------
HUB_KEY = "hub"


def set_hub_password(value: str) -> None:
    """The password of the zone hub's client role, only in the keyring."""
    try:
        _backend().set_password(SERVICE, HUB_KEY, value)
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc


def hub_password() -> str | None:
    """The hub password, or None when none is set (trust or certificate authentication)."""
    try:
        return _backend().get_password(SERVICE, HUB_KEY)
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc
