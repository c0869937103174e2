"""Signing credentials: a PKCS#12 file checked before it is ever used to sign a charter.

A credential is refused up front (wrong passphrase, no private key, expired, not meant for
signing) so an officer learns it at the moment they pick the file, not from a signature that a
partner's PDF reader later marks invalid.

Which certificates may sign — the same rule `verify` applies to signatures:
* the key usage extension must be present and allow digitalSignature or nonRepudiation
  (contentCommitment); the Belgian eID signature certificate has nonRepudiation;
* an extended key usage extension, when present, must name a document-signing purpose:
  emailProtection (what most qualified signing certificates carry), documentSigning (RFC 9336),
  Adobe Authentic Documents Trust, Microsoft Document Signing or anyExtendedKeyUsage. A
  certificate limited to, say, TLS server or client authentication is refused. Without the
  extension every purpose is allowed (RFC 5280).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12 as pyca_pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko.sign.validation import KeyUsageConstraints
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.signing.errors import SigningError

# Key usages (asn1crypto names) of which a signer's certificate needs at least one.
SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})
# Extended key usages (asn1crypto names, or the dotted OID where asn1crypto has no name) that
# make a certificate fit to sign documents when the certificate restricts its purposes.
DOCUMENT_SIGNING_PURPOSES = frozenset({
    "email_protection",
    "1.3.6.1.5.5.7.3.36",  # id-kp-documentSigning, RFC 9336
    "adobe_authentic_documents_trust",
    "microsoft_document_signing",
    "any_extended_key_usage",
})
_DEFAULT_FILE_LABEL = "(PKCS#12)"
_SIGNING_KEYS = (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey, ed25519.Ed25519PrivateKey,
                 ed448.Ed448PrivateKey, dsa.DSAPrivateKey)
_USAGE_LABELS = {
    "digital_signature": "digital signature", "non_repudiation": "non-repudiation",
    "key_encipherment": "key encipherment", "data_encipherment": "data encipherment",
    "key_agreement": "key agreement", "key_cert_sign": "certificate signing",
    "crl_sign": "CRL signing", "encipher_only": "encipher only", "decipher_only": "decipher only",
    "server_auth": "TLS server", "client_auth": "TLS client", "code_signing": "code signing",
    "time_stamping": "time stamping", "ocsp_signing": "OCSP signing",
}


class _ParsedKeySigner(SimpleSigner):
    """A SimpleSigner that keeps its private key parsed.

    pyHanko's SimpleSigner parses (and, for RSA, re-validates) the key on every raw signature —
    about 40 ms for RSA-2048, twice per PDF signature (size estimate + real one). RSA PKCS#1 v1.5
    and ECDSA, what PKCS#12 files carry in practice, use the parsed key; anything else goes the
    regular way.
    """

    def __init__(self, key: PrivateKeyTypes, signing_cert: asn1_x509.Certificate,
                 cert_registry: SimpleCertificateStore) -> None:
        signing_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        super().__init__(signing_cert=signing_cert, signing_key=signing_key,
                         cert_registry=cert_registry)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        try:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:  # a mechanism asn1crypto cannot name: leave it to pyHanko
            mechanism = ""
        key = self._key
        if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
        signature: bytes = super().sign_raw(data, digest_algorithm)
        return signature


def key_usage_policy() -> KeyUsageConstraints:
    """The key usage half of the rule above, as pyHanko validation settings.

    The extended key usage half is applied by `usage_problem` after validation: pyHanko's PDF
    validator rebuilds the constraints and drops `explicit_extd_key_usage_required`, so it would
    refuse every certificate without an extended key usage extension.
    """
    return KeyUsageConstraints(key_usage=set(SIGNING_KEY_USAGES))


@dataclass(frozen=True)
class Credential:
    """A certificate with its private key, checked and ready to sign.

    `signer` is the pyHanko signer that holds the key; a PKCS#11 (eID) signer can take its place
    later without changing `sign_field`.
    """

    common_name: str
    fingerprint_sha256: str  # upper-case hex, colon separated, as certificate viewers show it
    not_before: dt.datetime
    not_after: dt.datetime
    issuer_common_name: str
    signer: Signer = field(repr=False, compare=False)


def common_name(name: x509.Name) -> str:
    names = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if names:
        value = names[0].value
        return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return name.rfc4514_string()


def signer_common_name(certificate: asn1_x509.Certificate) -> str:
    """The common name of a certificate found in a signature."""
    return common_name(x509.load_der_x509_certificate(certificate.dump()).subject)


def fingerprint(certificate_der: bytes) -> str:
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(certificate_der).digest())


def _date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def check_validity(name: str, not_before: dt.datetime, not_after: dt.datetime,
                   at: dt.datetime) -> None:
    """Refuses a certificate outside its validity period at `at` (naive times count as UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    if at > not_after:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "The certificate of {name} expired on {not_after} (it was valid from "
            "{not_before} to {not_after}). Ask for a new certificate and sign with that one."),
            name=name, not_before=_date(not_before), not_after=_date(not_after))
    if at < not_before:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "The certificate of {name} is only valid from {not_before} to {not_after}, "
            "so it cannot sign yet. Check the computer's date and time, or sign on or after "
            "{not_before}."),
            name=name, not_before=_date(not_before), not_after=_date(not_after))


def usage_problem(certificate: asn1_x509.Certificate) -> tuple[str, str] | None:
    """Why `certificate` may not sign documents (message template, usages), or None."""
    usage_value = certificate.key_usage_value
    usages = set(usage_value.native) if usage_value is not None else set()
    if not usages & SIGNING_KEY_USAGES:
        shown = ", ".join(sorted(_USAGE_LABELS.get(u, u) for u in usages)) or "none"
        return QT_TRANSLATE_NOOP(
            "core", "The certificate of {name} may not be used to sign documents (its key "
            "usage is: {usage}). Use a signing certificate, such as the signature certificate "
            "of an eID card."), shown
    purpose_value = certificate.extended_key_usage_value
    if purpose_value is not None:
        purposes = set(purpose_value.native)
        if not purposes & DOCUMENT_SIGNING_PURPOSES:
            shown = ", ".join(sorted(_USAGE_LABELS.get(p, p) for p in purposes))
            return QT_TRANSLATE_NOOP(
                "core", "The certificate of {name} is meant for {usage} only, not for signing "
                "documents. Use a signing certificate, such as the signature certificate of an "
                "eID card."), shown
    return None


def _check_structure(data: bytes, file_label: str) -> None:
    """Tells a file that is no PKCS#12 at all from one whose passphrase is wrong."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        pfx["version"].native  # noqa: B018 - parsing is lazy: touching the fields parses them
        pfx["auth_safe"]["content_type"].native  # noqa: B018
    except (ValueError, TypeError, LookupError) as error:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "{file} is not a certificate file (PKCS#12, .p12 or .pfx) or it is "
            "damaged. Choose the file that holds your certificate and private key."),
            file=file_label) from error


def load_credential(pkcs12: bytes, passphrase: bytes | None, *,
                    at: dt.datetime | None = None,
                    file_name: str = _DEFAULT_FILE_LABEL) -> Credential:
    """Opens a PKCS#12 file and checks it can sign at `at` (default: now).

    `file_name` only appears in error messages. Raises SigningError when the file is not
    PKCS#12, the passphrase is wrong, there is no private key, the certificate is outside its
    validity period or is not meant for signing (see the module docstring).
    """
    _check_structure(pkcs12, file_name)
    try:
        key, certificate, extra = pyca_pkcs12.load_key_and_certificates(pkcs12, passphrase)
    except UnsupportedAlgorithm as error:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "{file} is protected with an old encryption method that is no longer "
            "supported. Export the certificate again (with AES encryption) and choose the new "
            "file."), file=file_name) from error
    except (ValueError, TypeError) as error:
        if not passphrase:
            raise SigningError(QT_TRANSLATE_NOOP(
                "core", "{file} is protected with a passphrase. Type the passphrase and try "
                "again."), file=file_name) from error
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "The passphrase of {file} is wrong. Type it again; mind upper and lower "
            "case."), file=file_name) from error
    if key is None:
        # Without a key the certificate is not "the" certificate: it sits among the others.
        shown = certificate or (extra[0] if extra else None)
        if shown is not None:
            raise SigningError(QT_TRANSLATE_NOOP(
                "core", "{file} holds the certificate of {name} but not its private key, so it "
                "cannot sign. Export the certificate together with its private key (.p12 or "
                ".pfx) and choose that file."), file=file_name, name=common_name(shown.subject))
    if key is None or certificate is None:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "{file} holds no certificate with a private key. Choose the file that "
            "holds your certificate and private key."), file=file_name)
    name = common_name(certificate.subject)
    if not isinstance(key, _SIGNING_KEYS) or (
            key.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
            != certificate.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)):
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "The private key in {file} cannot sign with the certificate of {name}. "
            "Export the certificate together with its own private key and choose that file."),
            file=file_name, name=name)
    not_before, not_after = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    check_validity(name, not_before, not_after, at or dt.datetime.now(dt.UTC))
    der = certificate.public_bytes(serialization.Encoding.DER)
    signing_cert = asn1_x509.Certificate.load(der)
    problem = usage_problem(signing_cert)
    if problem is not None:
        raise SigningError(problem[0], name=name, usage=problem[1])

    registry = SimpleCertificateStore()
    registry.register_multiple(
        asn1_x509.Certificate.load(other.public_bytes(serialization.Encoding.DER))
        for other in extra)
    signer = _ParsedKeySigner(key, signing_cert, registry)
    return Credential(
        common_name=name,
        fingerprint_sha256=fingerprint(der),
        not_before=not_before,
        not_after=not_after,
        issuer_common_name=common_name(certificate.issuer),
        signer=signer,
    )
