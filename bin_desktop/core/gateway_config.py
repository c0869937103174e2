"""The zone's gateway settings: which provider sends which channel, and how.

A `GatewayConfig` row is replicated zone-wide and managed by an administrator
(Permission.ZONE_SETTINGS). It never holds a secret: the http-json or cm token or the SMTP password
lives only in the operating system's keyring (`core.secrets`, key "gateway:<name>"), and a URL
with a password in it is refused.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bin_desktop.core import secrets
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError, NotFound, ValidationError
from bin_desktop.core.gateways.base import Channel, Gateway, Outgoing, Status, Submitted
from bin_desktop.core.gateways.cm import CmGateway
from bin_desktop.core.gateways.http_json import HttpJsonGateway
from bin_desktop.core.gateways.outbox import OutboxGateway
from bin_desktop.core.gateways.smtp import Security, SmtpGateway
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import GatewayConfig

TYPES = ("smtp", "http-json", "cm", "outbox")
CHANNELS: tuple[Channel, ...] = ("sms", "voice", "email")
SECURITIES = ("starttls", "ssl", "plain")
DEFAULT_BATCH = {"smtp": 50, "http-json": 100, "cm": 100, "outbox": 500}
MAX_BATCH = 1000
MAX_RATE = 10_000.0
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class GatewaySecretMissing(BinDeskError):
    """A gateway that needs a secret has none in the keyring."""

    def __init__(self, name: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "Gateway {name} needs a secret (token or password) and none is set: store "
                    "it with 'bin-desktop gateway secret {name}' (read from standard input)."),
            name=name)


# -- validation ----------------------------------------------------------------------------
def _invalid(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, **params)


def check_name(name: str) -> str:
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "Gateway name {name!r} is not usable: 1 to 64 letters, digits, '.', '_' or "
                    "'-', starting with a letter or digit."), name=name)
    return name


def _check_type(kind: str) -> str:
    kind = kind.strip().lower()
    if kind not in TYPES:
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "Unknown gateway type {type}: use one of {types}."),
            type=kind, types=", ".join(TYPES))
    return kind


def _check_url(kind: str, url: str, security: str | None) -> tuple[str, str]:
    """The stored URL and security of a gateway of type `kind`."""
    url = url.strip()
    if not url:
        raise _invalid(QT_TRANSLATE_NOOP("core", "A gateway needs a --url."))
    if kind == "outbox":
        if "://" in url:
            raise _invalid(QT_TRANSLATE_NOOP(
                "core", "An outbox gateway's URL is a folder path, not {url}."), url=url)
        return str(Path(url).expanduser().absolute()), ""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise _invalid(QT_TRANSLATE_NOOP("core", "The port in {url} is not a number."),
                       url=url) from None
    if parts.password is not None:
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "Do not put a password in the gateway URL: store it with 'bin-desktop "
                    "gateway secret NAME' so it stays in the keyring."))
    if kind in ("http-json", "cm"):
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _invalid(QT_TRANSLATE_NOOP(
                "core", "An {type} gateway needs an http:// or https:// URL, not {url}."),
                type=kind, url=url)
        if parts.username is not None:
            raise _invalid(QT_TRANSLATE_NOOP(
                "core", "An {type} URL carries no user name: the token goes in the keyring."),
                type=kind)
        if security:
            raise _invalid(QT_TRANSLATE_NOOP("core", "--security applies to smtp gateways "
                                                     "only."))
        return url, ""
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "An smtp gateway needs an smtp://[user@]host[:port] or smtps:// URL, "
                    "not {url}."), url=url)
    del port
    chosen = security or ("ssl" if parts.scheme == "smtps" else "starttls")
    if chosen not in SECURITIES:
        raise _invalid(QT_TRANSLATE_NOOP("core", "Unknown SMTP security {security}: use one of "
                                                 "{choices}."),
                       security=chosen, choices=", ".join(SECURITIES))
    if parts.scheme == "smtps" and chosen != "ssl":
        raise _invalid(QT_TRANSLATE_NOOP("core", "An smtps:// URL always uses ssl."))
    return url, chosen


def _check_channels(kind: str, channels: Iterable[str] | None) -> list[str]:
    if channels is None:
        return ["email"] if kind == "smtp" else ["sms", "voice"] if kind == "cm" \
            else list(CHANNELS)
    wanted = [c.strip().lower() for c in channels if c.strip()]
    unknown = sorted(set(wanted) - set(CHANNELS))
    if unknown or not wanted:
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "Gateway channels must be one or more of sms, voice, email (got {got})."),
            got=", ".join(unknown) or "none")
    if kind == "smtp" and set(wanted) != {"email"}:
        raise _invalid(QT_TRANSLATE_NOOP("core", "An smtp gateway sends e-mail only."))
    if kind == "cm" and "email" in wanted:
        raise _invalid(QT_TRANSLATE_NOOP("core", "A cm gateway sends sms and voice only."))
    return [c for c in CHANNELS if c in wanted]


def _check_batch(batch: int) -> int:
    if not 1 <= batch <= MAX_BATCH:
        raise _invalid(QT_TRANSLATE_NOOP("core", "The batch size must be between 1 and {max}."),
                       max=MAX_BATCH)
    return batch


def _check_rate(rate: float | None) -> float | None:
    if rate is None:
        return None
    if not 0 < rate <= MAX_RATE:
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "The rate must be more than 0 and at most {max} per second."), max=MAX_RATE)
    return float(rate)


def _check_sender(sender: str) -> str:
    sender = sender.strip()
    if len(sender) > 254 or any(ch in sender for ch in "\r\n"):
        raise _invalid(QT_TRANSLATE_NOOP("core", "The sender must be one line of at most 254 "
                                                 "characters."))
    return sender


def gateway_values(kind: str, url: str, security: str | None, sender: str,
            channels: Iterable[str] | None, batch_size: int | None, rate: float | None,
            test_mode: bool) -> dict[str, Any]:
    kind = _check_type(kind)
    stored_url, stored_security = _check_url(kind, url, security)
    return {"type": kind, "url": stored_url, "security": stored_security,
            "sender": _check_sender(sender), "channels": _check_channels(kind, channels),
            "batch_size": _check_batch(DEFAULT_BATCH[kind] if batch_size is None
                                       else batch_size),
            "rate_per_second": _check_rate(rate), "test_mode": bool(test_mode)}


# -- services ------------------------------------------------------------------------------
def add_gateway(db: Database, actor_id: str, name: str, *, type: str, url: str,
                security: str | None = None, sender: str = "",
                channels: Iterable[str] | None = None, batch_size: int | None = None,
                rate_per_second: float | None = None, test_mode: bool = False) -> str:
    """Creates the gateway (or revives a removed one of that name); returns its id."""
    name = check_name(name)
    values = gateway_values(type, url, security, sender, channels, batch_size, rate_per_second,
                     test_mode)
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.ZONE_SETTINGS)
        existing = uow.session.scalar(select(GatewayConfig).where(GatewayConfig.name == name))
        if existing is not None and not existing.deleted:
            raise _invalid(QT_TRANSLATE_NOOP(
                "core", "A gateway named {name} already exists: change it with update or "
                        "remove it first."), name=name)
        if existing is not None:
            uow.update(existing, deleted=False, **values)
            return existing.id
        return uow.create(GatewayConfig, name=name, deleted=False, **values).id


_UPDATABLE = {"type", "url", "security", "sender", "channels", "batch_size", "rate_per_second",
              "test_mode"}


def update_gateway(db: Database, actor_id: str, name: str, **changes: Any) -> dict[str, Any]:
    """Changes some settings; the whole configuration is validated again."""
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise _invalid(QT_TRANSLATE_NOOP("core", "Unknown gateway setting(s): {fields}."),
                       fields=", ".join(sorted(unknown)))
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.ZONE_SETTINGS)
        row = _get(uow.session, name)
        merged = {key: getattr(row, key) for key in _UPDATABLE} | changes
        if "type" in changes and "security" not in changes:
            merged["security"] = None
        if "type" in changes and "channels" not in changes:
            merged["channels"] = None
        values = gateway_values(merged["type"], merged["url"], merged["security"] or None,
                         merged["sender"], merged["channels"], merged["batch_size"],
                         merged["rate_per_second"], merged["test_mode"])
        return uow.update(row, **values)


def remove_gateway(db: Database, actor_id: str, name: str) -> None:
    """Marks the gateway removed and forgets its secret when a keyring is available."""
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.ZONE_SETTINGS)
        uow.update(_get(uow.session, name), deleted=True)
    with contextlib.suppress(secrets.SecretStoreUnavailable):
        secrets.delete_secret(name)  # without a keyring nothing can have been stored


def list_gateways(db: Database) -> list[GatewayConfig]:
    with db.read() as session:
        return list(session.scalars(select(GatewayConfig).where(
            GatewayConfig.deleted.is_(False)).order_by(GatewayConfig.name)))


def get_gateway(db: Database, name: str) -> GatewayConfig:
    with db.read() as session:
        return _get(session, name)


def _get(session: Any, name: str) -> GatewayConfig:
    row: GatewayConfig | None = session.scalar(select(GatewayConfig).where(
        GatewayConfig.name == name, GatewayConfig.deleted.is_(False)))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "No gateway named {name}."), name=name)
    return row


def needs_secret(config: GatewayConfig) -> bool:
    """http-json and cm always need their token; smtp needs a password when the URL names a
    user."""
    if config.type in ("http-json", "cm"):
        return True
    return config.type == "smtp" and urllib.parse.urlsplit(config.url).username is not None


def has_secret(config: GatewayConfig) -> bool:
    """Whether a secret is stored; False too when no keyring is usable. Never the value."""
    try:
        return secrets.has_secret(config.name)
    except secrets.SecretStoreUnavailable:
        return False


def store_secret(db: Database, actor_id: str, name: str, value: str) -> None:
    """Keeps the secret of an existing gateway in the keyring (administrator only)."""
    with db.read() as session:
        require(session, actor_id, Permission.ZONE_SETTINGS)
        _get(session, name)
    secrets.set_secret(name, value)


def _secret(config: GatewayConfig) -> str:
    try:
        return secrets.get_secret(config.name)
    except secrets.SecretMissing:
        raise GatewaySecretMissing(config.name) from None


# -- building gateways ---------------------------------------------------------------------
class ConfiguredGateway(Gateway):
    """A gateway as configured: its own sender and channel set, a rate limit, test mode."""

    def __init__(self, inner: Gateway, *, channels: frozenset[Channel], sender: str,
                 rate_per_second: float | None, test_mode: bool = False,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.inner = inner
        self.name = inner.name
        self.channels = channels
        self.batch_size = inner.batch_size
        self.can_query_status = inner.can_query_status
        self.wants_cap = inner.wants_cap
        self.test_mode = test_mode
        self._sender = sender
        self._interval = 1.0 / rate_per_second if rate_per_second else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ConfiguredGateway({self.inner!r})"

    def submit(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        if self._sender:
            batch = [replace(item, sender=self._sender) for item in batch]
        if self._interval and batch:
            with self._lock:
                wait = self._next - self._clock()
                if wait > 0:
                    self._sleep(wait)
                self._next = max(self._next, self._clock()) + self._interval * len(batch)
        return self.inner.submit(batch)

    def status(self, reference: str) -> Status:
        return self.inner.status(reference)

    def close(self) -> None:
        self.inner.close()


def build_gateway(config: GatewayConfig,
                  channels: Iterable[str] | None = None) -> ConfiguredGateway:
    """The gateway a config describes, restricted to `channels` when given.

    Reads the secret from the keyring when the type needs one; GatewaySecretMissing when it is
    not set, SecretStoreUnavailable when no keyring is usable.
    """
    served = frozenset(c for c in CHANNELS if c in set(config.channels)
                       and (channels is None or c in set(channels)))
    inner: Gateway
    if config.type == "outbox":
        inner = OutboxGateway(config.name, Path(config.url), channels=served,
                              batch_size=config.batch_size)
    elif config.type == "http-json":
        inner = HttpJsonGateway(config.name, config.url, _secret(config), channels=served,
                                batch_size=config.batch_size)
    elif config.type == "cm":
        inner = CmGateway(config.name, config.url, _secret(config), channels=served,
                          batch_size=config.batch_size)
    elif config.type == "smtp":
        parts = urllib.parse.urlsplit(config.url)
        secure: Security = "ssl" if config.security == "ssl" else (
            "plain" if config.security == "plain" else "starttls")
        port = parts.port or (465 if secure == "ssl" else 587)
        password = _secret(config) if needs_secret(config) else None
        inner = SmtpGateway(config.name, parts.hostname or "", port, security=secure,
                            username=urllib.parse.unquote(parts.username or "") or None,
                            password=password, batch_size=config.batch_size)
    else:
        _check_type(config.type)
        raise AssertionError(config.type)  # pragma: no cover - _check_type raised
    return ConfiguredGateway(inner, channels=served, sender=config.sender,
                             rate_per_second=config.rate_per_second,
                             test_mode=config.test_mode)


def gateway_for_channel(configs: Sequence[GatewayConfig], channel: str) -> GatewayConfig | None:
    """The gateway that sends `channel`: the first (by name) live config that offers it."""
    for config in sorted(configs, key=lambda c: c.name):
        if not config.deleted and channel in config.channels:
            return config
    return None


def gateways_by_channel(db: Database) -> list[tuple[GatewayConfig, list[str]]]:
    """Each gateway in use with the channels it sends (one gateway per channel)."""
    configs = list_gateways(db)
    chosen: dict[str, tuple[GatewayConfig, list[str]]] = {}
    for channel in CHANNELS:
        config = gateway_for_channel(configs, channel)
        if config is not None:
            chosen.setdefault(config.name, (config, []))[1].append(channel)
    return list(chosen.values())


def config_json(config: GatewayConfig) -> dict[str, Any]:
    """What `gateway list --json` shows: never the secret, only whether one is stored."""
    return {"name": config.name, "type": config.type, "url": config.url,
            "security": config.security or None, "sender": config.sender,
            "channels": list(config.channels), "batch_size": config.batch_size,
            "rate_per_second": config.rate_per_second, "test_mode": config.test_mode,
            "needs_secret": needs_secret(config), "has_secret": has_secret(config)}


def send_test(db: Database, actor_id: str, name: str, to: str) -> Submitted:
    """Sends one test message through the gateway `name` (administrator only).

    The channel follows the address: e-mail for an address with '@', else sms (or voice when
    the gateway sends no sms). `to` is personal data: it is not logged.
    """
    import uuid  # noqa: PLC0415

    with db.read() as session:
        require(session, actor_id, Permission.ZONE_SETTINGS)
        config = _get(session, name)
    to = to.strip()
    channel: Channel = "email" if "@" in to else ("sms" if "sms" in config.channels
                                                   else "voice")
    if channel not in config.channels:
        raise _invalid(QT_TRANSLATE_NOOP(
            "core", "Gateway {name} does not send {channel}, so it cannot reach {what}."),
            name=name, channel=channel, what="an e-mail address" if channel == "email"
            else "a phone number")
    if channel != "email" and not re.fullmatch(r"\+[1-9][0-9]{6,14}", to):
        raise _invalid(QT_TRANSLATE_NOOP("core", "A test SMS or call needs a number in "
                                                 "international form, e.g. +32470123456."))
    gateway = build_gateway(config, [channel])
    item = Outgoing(reference=f"test-{uuid.uuid4().hex}", channel=channel, to=to,
                    language="nl-BE", text="BIN Desk: testbericht / message de test / "
                    "test message.", subject="BIN Desk test" if channel == "email" else None,
                    sender=config.sender or "BIN Desk", validity_seconds=3600)
    try:
        return gateway.submit([item])[0]
    finally:
        gateway.close()
