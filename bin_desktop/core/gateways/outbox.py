"""A folder as gateway, for air-gapped zones: each delivery becomes `<reference>.json`, with the
message as CAP 1.2 XML beside it (`<reference>.cap.xml`, the info block of the member's language).

A file appears whole or not at all (written under a temporary name, then linked to its final
name), and a reference already in the folder is never overwritten, so a resent batch is harmless.
The CAP file is written first and the JSON last: a delivery is in the outbox once its JSON is.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bin_desktop.core.gateways.base import Channel, Gateway, Outgoing, Status, Submitted

_SAFE_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


class OutboxGateway(Gateway):
    wants_cap = True

    def __init__(self, name: str, folder: Path, *,
                 channels: frozenset[Channel] = frozenset({"sms", "voice", "email"}),
                 batch_size: int = 500) -> None:
        self.name = name
        self.channels = channels
        self.batch_size = batch_size
        self.folder = folder

    def submit(self, batch: Sequence[Outgoing]) -> list[Submitted]:
        return [self._write(item) for item in batch]

    def status(self, reference: str) -> Status:
        if _SAFE_REFERENCE.fullmatch(reference) and self._path(reference).is_file():
            return Status(reference, "sent", self._path(reference).name)
        return Status(reference, "not_found")

    def _path(self, reference: str) -> Path:
        return self.folder / f"{reference}.json"

    def cap_path(self, reference: str) -> Path:
        return self.folder / f"{reference}.cap.xml"

    def _write(self, item: Outgoing) -> Submitted:
        if not _SAFE_REFERENCE.fullmatch(item.reference):
            return Submitted(item.reference, "rejected", None, "reference unusable as file name")
        target = self._path(item.reference)
        if target.exists():
            return Submitted(item.reference, "accepted", target.name)
        document: dict[str, object] = {
            "reference": item.reference, "channel": item.channel, "to": item.to,
            "language": item.language, "text": item.text, "subject": item.subject,
            "sender": item.sender, "validity_seconds": item.validity_seconds}
        if item.cap is not None:
            document["cap"] = self.cap_path(item.reference).name
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if item.cap is not None:
                # an earlier attempt may have stopped between the CAP file and the JSON
                with contextlib.suppress(FileExistsError):
                    _create_exclusive(self.cap_path(item.reference), item.cap)
            _create_exclusive(target, json.dumps(document, ensure_ascii=False,
                                                 indent=2).encode("utf-8"))
        except FileExistsError:
            pass  # another writer got there first with the same delivery
        except OSError as exc:
            # Nothing reached the folder under the final name: safe to try again later.
            return Submitted(item.reference, "retry", None, f"cannot write: {exc.strerror}")
        return Submitted(item.reference, "accepted", target.name)


def _create_exclusive(target: Path, data: bytes) -> None:
    """Writes, flushes and links a temporary file to `target`; FileExistsError if it exists."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temp, target)  # atomic and never replaces an existing file
    finally:
        os.unlink(temp)
