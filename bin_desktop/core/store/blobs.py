"""Content-addressed file store inside the database (signed PDFs, scans, letters).

Files that prove a signature must not live loose in a folder where they can be lost or swapped;
in the database they are backed up, locked and (later) synced with everything else.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound
from bin_desktop.core.store.models import Blob


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(session: Session, data: bytes, media_type: str) -> str:
    """Store bytes once; returns their sha256 (storing the same bytes again is a no-op)."""
    digest = sha256_hex(data)
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is None:
        session.execute(insert(Blob), [{"sha256": digest, "size": len(data),
                                        "media_type": media_type, "data": data}])
    return digest


def get_blob(session: Session, digest: str) -> bytes:
    data = session.scalar(select(Blob.data).where(Blob.sha256 == digest))
    if data is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "The file {sha} is not in this data folder (not synced "
                                      "yet?)."),
            sha=digest[:16],
        )
    return bytes(data)
