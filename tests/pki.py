"""A throw-away PKI and small charter-like PDFs, made at test time (no key is ever committed).

One root CA signs a certificate for each person of a charter; a few deliberately bad
certificates (expired, not yet valid, no signing key usage, TLS-only) exercise the refusals of
`bin_desktop.core.signing`. Everything is exported the way a police zone receives it: the root as
PEM, each person as a passphrase-protected PKCS#12 file.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PASSPHRASE = b"Correct horse 1500"
CHARTER_FIELDS = (
    "sig_coordinator",
    "sig_mandated_officer",
    "sig_korpschef",
    "sig_prevention_officer",
    "sig_mayor",
)
#: Text printed in the page content stream, uncompressed, so a test can find and flip a byte.
CONTENT_MARKER = b"Charter BIN Kerkwijk"

_RSA_BITS = 2048


def _key(elliptic: bool = False) -> rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey:
    if elliptic:  # what recent Belgian eID cards carry
        return ec.generate_private_key(ec.SECP384R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=_RSA_BITS)


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "PZ Test"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


@dataclass(frozen=True)
class Person:
    """A certificate holder with the PKCS#12 file they would hand to BIN Desk."""

    common_name: str
    certificate: x509.Certificate
    pkcs12: bytes = field(repr=False)


@dataclass(frozen=True)
class Pki:
    root_pem: bytes
    root_der: bytes
    other_root_pem: bytes  # a CA that signed none of the people
    people: dict[str, Person]  # coordinator, officer, korpschef, prevention, mayor
    elliptic: Person  # an ECDSA P-384 key with emailProtection, like a qualified certificate
    expired: Person
    not_yet_valid: Person
    no_signing_usage: Person  # key usage keyEncipherment only
    tls_only: Person  # digitalSignature, but extended key usage serverAuth only
    without_key: bytes  # a PKCS#12 holding only a certificate


class _Ca:
    def __init__(self, common_name: str, now: dt.datetime) -> None:
        self.key = _key()
        self.name = _name(common_name)
        self.now = now
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(self.name)
            .issuer_name(self.name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=365))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()),
                           critical=False)
            .sign(self.key, hashes.SHA256())
        )

    def issue(self, common_name: str, *, signing: bool = True,
              valid_from: dt.timedelta = dt.timedelta(days=-30),
              valid_until: dt.timedelta = dt.timedelta(days=730),
              extended_usage: list[x509.ObjectIdentifier] | None = None,
              elliptic: bool = False) -> Person:
        key = _key(elliptic)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name))
            .issuer_name(self.name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(self.now + valid_from)
            .not_valid_after(self.now + valid_until)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=signing, content_commitment=signing,
                key_encipherment=not signing, data_encipherment=False, key_agreement=False,
                key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
                critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.key.public_key()), critical=False)
        )
        if extended_usage is not None:
            builder = builder.add_extension(x509.ExtendedKeyUsage(extended_usage),
                                            critical=False)
        certificate = builder.sign(self.key, hashes.SHA256())
        exported = pkcs12.serialize_key_and_certificates(
            common_name.encode(), key, certificate, [self.certificate],
            serialization.BestAvailableEncryption(PASSPHRASE))
        return Person(common_name, certificate, exported)


def make_pki(now: dt.datetime | None = None) -> Pki:
    """Builds the whole PKI in about a second (RSA-2048 key generation dominates)."""
    now = now or dt.datetime.now(dt.UTC)
    ca = _Ca("BIN Desk Test Root CA", now)
    other = _Ca("Some Other Root CA", now)
    people = {
        "coordinator": ca.issue("Marie Claes"),
        "officer": ca.issue("Jan Peeters"),
        "korpschef": ca.issue("Els Maes"),
        "prevention": ca.issue("Luc Dubois"),
        "mayor": ca.issue("Véronique Dupont"),
    }
    expired = ca.issue("Old Expired", valid_from=dt.timedelta(days=-800),
                       valid_until=dt.timedelta(days=-1))
    future = ca.issue("Not Yet", valid_from=dt.timedelta(days=10),
                      valid_until=dt.timedelta(days=400))
    elliptic = ca.issue("Els Maes (Signature)", elliptic=True,
                        extended_usage=[ExtendedKeyUsageOID.EMAIL_PROTECTION])
    no_usage = ca.issue("No Signing Usage", signing=False)
    tls_only = ca.issue("Tls Only", extended_usage=[ExtendedKeyUsageOID.SERVER_AUTH])
    without_key = pkcs12.serialize_key_and_certificates(
        b"cert only", None, people["officer"].certificate, None,
        serialization.BestAvailableEncryption(PASSPHRASE))
    return Pki(
        root_pem=ca.certificate.public_bytes(serialization.Encoding.PEM),
        root_der=ca.certificate.public_bytes(serialization.Encoding.DER),
        other_root_pem=other.certificate.public_bytes(serialization.Encoding.PEM),
        people=people, elliptic=elliptic, expired=expired, not_yet_valid=future,
        no_signing_usage=no_usage, tls_only=tls_only, without_key=without_key,
    )


def charter_pdf(fields: tuple[str, ...] = CHARTER_FIELDS, pages: int = 1) -> bytes:
    """A small charter-like PDF (uncompressed content) with empty signature fields.

    The fields go on the last page, side by side, the way the charter renderer places them.
    """
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    for page in range(pages):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 770, f"{CONTENT_MARKER.decode()} - page {page + 1}")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 740, "The partners agree on the rules of this BIN.")
        pdf.showPage()
    pdf.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    for index, name in enumerate(fields):
        x = 40 + (index % 3) * 180
        y = 200 - (index // 3) * 90
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=name, on_page=pages - 1, box=(x, y, x + 160, y + 70)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass(frozen=True)
class ZonePki:
    """A root CA and one signing certificate per named person (for demo-zone names)."""

    root_pem: bytes
    people: dict[str, Person]


def issue_people(names: list[str], now: dt.datetime | None = None) -> ZonePki:
    ca = _Ca("BIN Desk Test Zone CA", now or dt.datetime.now(dt.UTC))
    return ZonePki(ca.certificate.public_bytes(serialization.Encoding.PEM),
                   {name: ca.issue(name) for name in names})
