"""The CA certificates a zone trusts for charter signatures.

Verification never uses the operating system's trust store silently: a zone adds the CAs it
accepts (the Belgian eID root, its own PKI) and only those make a signature "trusted".
"""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bin_desktop.core.operators import Permission, require
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import TrustAnchor


def _load(data: bytes) -> x509.Certificate:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "This file is not an X.509 certificate (PEM or DER).")
        ) from exc


def add_trust_anchor(db: Database, actor_id: str, data: bytes) -> TrustAnchor:
    certificate = _load(data)
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
        is_ca = constraints.value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "core", "This certificate is not a certification authority (CA); add the CA that "
                    "issued the signers' certificates."))
    pem = certificate.public_bytes(Encoding.PEM).decode("ascii")
    fingerprint = hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest()
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.ZONE_SETTINGS)
        existing = uow.session.scalar(select(TrustAnchor).where(
            TrustAnchor.fingerprint_sha256 == fingerprint, TrustAnchor.deleted.is_(False)))
        if existing is not None:
            return existing
        return uow.create(TrustAnchor, name=certificate.subject.rfc4514_string()[:300],
                          pem=pem, fingerprint_sha256=fingerprint, added_by=actor_id,
                          deleted=False)


def list_trust_anchors(db: Database) -> list[TrustAnchor]:
    with db.read() as session:
        return list(session.scalars(select(TrustAnchor).where(
            TrustAnchor.deleted.is_(False)).order_by(TrustAnchor.name)))


def remove_trust_anchor(db: Database, actor_id: str, anchor_id: str) -> None:
    with db.unit_of_work(actor_id) as uow:
        require(uow.session, actor_id, Permission.ZONE_SETTINGS)
        anchor = uow.session.get(TrustAnchor, anchor_id)
        if anchor is None or anchor.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("core", "No trusted certificate with id {id}."),
                           id=anchor_id)
        uow.delete(anchor)
