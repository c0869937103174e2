"""Gateway settings: validation, who may change them, and secrets kept out of the database."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from bin_desktop.core import gateway_config as gc
from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.export import export_json
from bin_desktop.core.gateways.http_json import HttpJsonGateway
from bin_desktop.core.gateways.outbox import OutboxGateway
from bin_desktop.core.gateways.smtp import SmtpGateway
from tests.fakes.memory_keyring import MemoryKeyring
from tests.unit.conftest import SmallZone

SECRET = "tok-Zq81-very-secret-4711"




@pytest.mark.parametrize(("kwargs", "fragment"), [
    ({"type": "cm", "url": "ftp://gw.example"}, "cm gateway needs an http"),
    ({"type": "fax", "url": "https://gw.example"}, "Unknown gateway type"),
    ({"type": "http-json", "url": "ftp://gw.example"}, "http:// or https://"),
    ({"type": "http-json", "url": "https://u:pw@gw.example"}, "Do not put a password"),
    ({"type": "smtp", "url": "https://mail.example"}, "smtp://"),
    ({"type": "smtp", "url": "smtp://u:pw@mail.example:587"}, "Do not put a password"),
    ({"type": "smtp", "url": "smtps://mail.example", "security": "starttls"}, "always uses ssl"),
    ({"type": "smtp", "url": "smtp://mail.example", "channels": ["sms"]}, "e-mail only"),
    ({"type": "outbox", "url": "https://x.example"}, "folder path"),
    ({"type": "outbox", "url": "/tmp/o", "channels": ["fax"]}, "one or more of sms"),
    ({"type": "outbox", "url": "/tmp/o", "batch_size": 0}, "between 1 and"),
    ({"type": "outbox", "url": "/tmp/o", "rate_per_second": -1}, "more than 0"),
])
def test_invalid_settings_are_refused_clearly(small_zone: SmallZone, kwargs: dict[str, object],
                                              fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        gc.add_gateway(small_zone.db, small_zone.admin, "gw", **kwargs)  # type: ignore[arg-type]
    assert gc.list_gateways(small_zone.db) == []


def test_add_list_update_remove(small_zone: SmallZone, tmp_path: Path) -> None:
    db, admin = small_zone.db, small_zone.admin
    gc.add_gateway(db, admin, "mail", type="smtp", url="smtps://bin@mail.example")
    gc.add_gateway(db, admin, "box", type="outbox", url=str(tmp_path / "out"),
                   channels=["sms", "voice"], rate_per_second=5)
    with pytest.raises(ValidationError, match="already exists"):
        gc.add_gateway(db, admin, "box", type="outbox", url=str(tmp_path))
    with pytest.raises(ValidationError, match="not usable"):
        gc.add_gateway(db, admin, "bad name", type="outbox", url=str(tmp_path))
    mail, box = sorted(gc.list_gateways(db), key=lambda c: c.name, reverse=True)
    assert (mail.security, mail.channels, mail.batch_size) == ("ssl", ["email"], 50)
    assert gc.needs_secret(mail) and not gc.needs_secret(box)
    assert gc.gateway_for_channel([mail, box], "sms") is box
    assert gc.gateway_for_channel([mail, box], "email") is mail
    gc.update_gateway(db, admin, "box", channels=["sms", "voice", "email"])
    assert gc.gateway_for_channel(gc.list_gateways(db), "email").name == "box"
    assert [(c.name, ch) for c, ch in gc.gateways_by_channel(db)] == [
        ("box", ["sms", "voice", "email"])]
    with pytest.raises(ValidationError, match="between 1 and"):
        gc.update_gateway(db, admin, "box", batch_size=5000)
    gc.remove_gateway(db, admin, "box")
    assert [c.name for c in gc.list_gateways(db)] == ["mail"]
    gc.add_gateway(db, admin, "box", type="outbox", url=str(tmp_path))  # a removed name revives
    assert len(gc.list_gateways(db)) == 2


def test_only_an_administrator_manages_gateways(small_zone: SmallZone, tmp_path: Path,
                                                memory: MemoryKeyring) -> None:
    db = small_zone.db
    with pytest.raises(PermissionDenied):
        gc.add_gateway(db, small_zone.officer, "box", type="outbox", url=str(tmp_path))
    gc.add_gateway(db, small_zone.admin, "relay", type="http-json", url="https://r.example")
    for who in (small_zone.officer, small_zone.korpschef):
        with pytest.raises(PermissionDenied):
            gc.store_secret(db, who, "relay", SECRET)
        with pytest.raises(PermissionDenied):
            gc.update_gateway(db, who, "relay", batch_size=10)
        with pytest.raises(PermissionDenied):
            gc.remove_gateway(db, who, "relay")
    assert memory.store == {}


def test_build_gateway_reads_the_secret_from_the_keyring(small_zone: SmallZone, tmp_path: Path,
                                                         memory: MemoryKeyring) -> None:
    db, admin = small_zone.db, small_zone.admin
    gc.add_gateway(db, admin, "relay", type="http-json", url="https://r.example/v1",
                   channels=["sms"], sender="PZ Test")
    gc.add_gateway(db, admin, "mail", type="smtp", url="smtp://bin@mail.example:2525")
    gc.add_gateway(db, admin, "box", type="outbox", url=str(tmp_path))
    relay = gc.get_gateway(db, "relay")
    with pytest.raises(gc.GatewaySecretMissing,
                       match="bin-desktop gateway secret relay") as missing:
        gc.build_gateway(relay)
    assert not gc.has_secret(relay)
    gc.store_secret(db, admin, "relay", SECRET)
    assert gc.config_json(relay)["has_secret"] is True
    built = gc.build_gateway(relay)
    assert isinstance(built.inner, HttpJsonGateway) and built.channels == {"sms"}
    assert SECRET not in repr(built) and SECRET not in str(missing.value)
    with pytest.raises(gc.GatewaySecretMissing):
        gc.build_gateway(gc.get_gateway(db, "mail"))
    gc.store_secret(db, admin, "mail", SECRET)
    assert isinstance(gc.build_gateway(gc.get_gateway(db, "mail")).inner, SmtpGateway)
    box = gc.build_gateway(gc.get_gateway(db, "box"), ["email"])
    assert isinstance(box.inner, OutboxGateway) and box.channels == {"email"}
    gc.remove_gateway(db, admin, "relay")
    assert ("BIN Desk", "gateway:relay") not in memory.store


def test_no_secret_in_database_or_export(small_zone: SmallZone, memory: MemoryKeyring) -> None:
    db, admin = small_zone.db, small_zone.admin
    gc.add_gateway(db, admin, "relay", type="http-json", url="https://r.example")
    gc.store_secret(db, admin, "relay", SECRET)
    assert memory.store[("BIN Desk", "gateway:relay")] == SECRET
    listed = [gc.config_json(c) for c in gc.list_gateways(db)]
    assert listed[0]["has_secret"] is True and SECRET not in repr(listed)
    exported = export_json(db)
    assert "relay" in exported and SECRET not in exported
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    for path in db.path.parent.iterdir():
        assert SECRET.encode() not in path.read_bytes(), path.name


def test_send_test_through_an_outbox(small_zone: SmallZone, tmp_path: Path) -> None:
    db, admin = small_zone.db, small_zone.admin
    gc.add_gateway(db, admin, "box", type="outbox", url=str(tmp_path / "out"),
                   channels=["sms"], sender="PZTEST")
    with pytest.raises(ValidationError, match="does not send email"):
        gc.send_test(db, admin, "box", "a@b.example")
    with pytest.raises(PermissionDenied):
        gc.send_test(db, small_zone.officer, "box", "+32470123456")
    result = gc.send_test(db, admin, "box", "+32470123456")
    assert result.outcome == "accepted"
    written = list((tmp_path / "out").glob("test-*.json"))
    assert len(written) == 1 and '"sender": "PZTEST"' in written[0].read_text(encoding="utf-8")


def test_rate_limit_spaces_batches() -> None:
    slept: list[float] = []
    now = [0.0]
    inner = OutboxGateway("box", Path("/nonexistent"), batch_size=10)
    limited = gc.ConfiguredGateway(inner, channels=frozenset({"sms"}), sender="",
                                   rate_per_second=10, clock=lambda: now[0],
                                   sleep=slept.append)
    limited.submit([])
    inner.submit = lambda batch: []  # type: ignore[method-assign]
    from bin_desktop.core.gateways.base import Outgoing  # noqa: PLC0415

    item = Outgoing("r1", "sms", "+32470000000", "nl-BE", "t", None, "s", 60)
    limited.submit([item] * 5)
    limited.submit([item])
    assert slept == [pytest.approx(0.5)]


def test_without_a_keyring_sending_stops_with_what_to_install(small_zone: SmallZone,
                                                              tmp_path: Path) -> None:
    from keyring.backends import fail  # noqa: PLC0415

    db, admin = small_zone.db, small_zone.admin
    gc.add_gateway(db, admin, "relay", type="http-json", url="https://r.example")
    gc.add_gateway(db, admin, "cm", type="cm", url="https://gw.messaging.cm.com")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        for action in (lambda: gc.store_secret(db, admin, "relay", SECRET),
                       lambda: gc.build_gateway(gc.get_gateway(db, "relay")),
                       lambda: gc.build_gateway(gc.get_gateway(db, "cm"))):
            with pytest.raises(gc.secrets.SecretStoreUnavailable) as caught:
                action()
            assert "gnome-keyring" in caught.value.message
            assert SECRET not in caught.value.message
        assert gc.config_json(gc.get_gateway(db, "relay"))["has_secret"] is False
    finally:
        keyring.set_keyring(previous)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    for path in db.path.parent.iterdir():
        assert SECRET.encode() not in path.read_bytes(), path.name
