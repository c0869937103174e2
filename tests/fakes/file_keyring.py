"""A keyring backend in a plain JSON file, so CLI subprocesses of a test share the test's secrets.

TEST ONLY: it keeps secrets in clear text, exactly what BIN Desk refuses to do. A test selects it
for a subprocess with

    PYTHON_KEYRING_BACKEND=tests.fakes.file_keyring.FileKeyring
    BIN_DESK_TEST_KEYRING=/tmp/…/keyring.json

and it refuses to work without that second variable, so it can never store anything by accident
in a default place.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

ENV = "BIN_DESK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1

    @staticmethod
    def _path() -> Path:
        value = os.environ.get(ENV)
        if not value:
            raise KeyringError(f"{ENV} is not set")
        return Path(value)

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _save(self, entries: dict[str, str]) -> None:
        path = self._path()
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".keyring-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(entries, handle)
        os.replace(temp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)
