"""Secrets live only in the OS keyring; without a usable one BIN Desk refuses, clearly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from bin_desktop.core import secrets
from bin_desktop.core.secrets import SecretMissing, SecretStoreUnavailable
from tests.fakes.memory_keyring import MemoryKeyring


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_set_get_has_delete(memory: MemoryKeyring) -> None:
    assert not secrets.has_secret("relay")
    secrets.set_secret("relay", "s3cr3t-token")
    assert memory.store == {("BIN Desk", "gateway:relay"): "s3cr3t-token"}
    assert secrets.has_secret("relay") and secrets.get_secret("relay") == "s3cr3t-token"
    secrets.delete_secret("relay")
    secrets.delete_secret("relay")  # forgetting twice is fine
    assert not secrets.has_secret("relay")
    with pytest.raises(SecretMissing, match=r"gateway relay.*Settings → Gateways"):
        secrets.get_secret("relay")


@pytest.mark.parametrize("backend", [fail.Keyring(), chainer.ChainerBackend()],
                         ids=["fail", "empty-chainer"])
def test_no_backend_gives_clear_error_and_writes_nothing(
        restore_keyring: None, backend: KeyringBackend, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    keyring.set_keyring(backend)
    for action in (lambda: secrets.set_secret("relay", "s3cr3t-token"),
                   lambda: secrets.get_secret("relay"), lambda: secrets.has_secret("relay"),
                   lambda: secrets.delete_secret("relay")):
        with pytest.raises(SecretStoreUnavailable) as caught:
            action()
        assert "gnome-keyring" in caught.value.message
        assert "KeePassXC" in caught.value.message
        assert "s3cr3t" not in caught.value.message
    assert not any("s3cr3t" in p.read_text(errors="ignore")
                   for p in tmp_path.rglob("*") if p.is_file())


def test_plain_text_backends_are_refused(restore_keyring: None) -> None:
    class PlaintextLike(MemoryKeyring):
        pass

    PlaintextLike.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextLike())
    with pytest.raises(SecretStoreUnavailable):
        secrets.set_secret("relay", "s3cr3t-token")
