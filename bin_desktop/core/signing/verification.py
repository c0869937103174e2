"""Checking every signature of a charter PDF: intact, valid, trusted, and unchanged since.

Trust comes only from the roots the zone configured (PEM or DER): never silently from the
operating system's store. Revocation (CRL/OCSP) is not checked unless the caller allows network
fetching; the report says which.

How a changed document shows up:
* a byte changed inside what a signature covers (e.g. one flipped byte in a page's content
  stream) makes the digest differ: `intact` is False for every signature covering it;
* a change appended after a signature as an incremental update is judged by pyHanko's difference
  analysis: later signatures and form filling (the modification level FORM_FILLING or less,
  within the signature's DocMDP permissions) are what an approval signature allows; anything
  else (new or changed page content, annotations, other objects) sets
  `modified_after_signing`, as does a signature whose byte range covers neither the entire file
  nor an entire revision;
* a file so damaged that its structure cannot be parsed raises SigningError("… damaged …"),
  and a damaged signature object is reported as not intact and not valid.
Either way `VerificationReport.ok` is False, which is what `charter verify` turns into exit 1.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.signing.credentials import (
    fingerprint,
    key_usage_policy,
    signer_common_name,
    usage_problem,
)
from bin_desktop.core.signing.errors import SigningError
from bin_desktop.core.signing.pdf import (
    PARSE_ERRORS,
    SignatureField,
    open_pdf,
    reading_pdf,
    signature_fields,
)

# pyHanko logs an expected outcome — a certificate that does not chain to the zone's trust
# anchors — as an ERROR with a traceback. The outcome is in our report, shown to the user in
# words; the traceback on stderr only alarms people and buries real errors.
for _noisy in ("pyhanko.sign.validation", "pyhanko_certvalidator"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)

log = logging.getLogger("bin_desktop.signing")
# A signature object that is malformed, or of a kind pyHanko does not validate.
_CHECK_ERRORS: tuple[type[Exception], ...] = (SignatureValidationError, *PARSE_ERRORS)


@dataclass(frozen=True)
class FieldStatus:
    """The verdict on one signature field. Unsigned fields have only `name` and `summary`."""

    name: str
    signed: bool
    signer_common_name: str | None
    certificate_fingerprint: str | None  # SHA-256 of the signer's certificate, like Credential's
    signing_time: dt.datetime | None  # the timestamp token's time, else the signer's clock
    intact: bool  # the signed bytes still hash to what was signed
    valid: bool  # the signature over that hash verifies with the signer's certificate
    trusted: bool  # the certificate chains to a configured trust root and may sign
    modified_after_signing: bool  # changed afterwards beyond later signatures / form filling
    summary: str

    @property
    def ok(self) -> bool:
        """Not signed yet, or signed and unchanged since (trust is judged separately)."""
        return not self.signed or (self.intact and self.valid
                                   and not self.modified_after_signing)


@dataclass(frozen=True)
class VerificationReport:
    fields: tuple[FieldStatus, ...]
    trust_roots: int  # how many trust root certificates were configured
    revocation_checked: bool  # False unless network fetching of CRL/OCSP was allowed

    @property
    def signed(self) -> tuple[FieldStatus, ...]:
        return tuple(field for field in self.fields if field.signed)

    @property
    def ok(self) -> bool:
        """Every signed field intact, valid and not modified after signing."""
        return all(field.ok for field in self.fields)

    @property
    def all_trusted(self) -> bool:
        """Every signed field chains to a configured trust root (True when none is signed)."""
        return all(field.trusted for field in self.signed)

    @property
    def notes(self) -> tuple[str, ...]:
        notes = []
        if not self.trust_roots:
            notes.append(QT_TRANSLATE_NOOP(
                "core", "No trust roots are configured, so no signer's identity is confirmed. "
                "Add the root certificates the zone trusts in the settings."))
        if not self.revocation_checked:
            notes.append(QT_TRANSLATE_NOOP(
                "core", "Revocation was not checked: BIN Desk did not ask the certificate "
                "authorities online whether a certificate was withdrawn."))
        return tuple(notes)


def _trust_anchors(trust_roots: Sequence[bytes]) -> list[asn1_x509.Certificate]:
    anchors: list[asn1_x509.Certificate] = []
    for number, data in enumerate(trust_roots, start=1):
        try:
            if b"-----BEGIN" in data:
                certificates = x509.load_pem_x509_certificates(data)
            else:
                certificates = [x509.load_der_x509_certificate(data)]
        except ValueError as error:
            raise SigningError(QT_TRANSLATE_NOOP(
                "core", "Trust root {number} is not a certificate (PEM or DER). Check the "
                "trust roots in the zone settings."), number=number) from error
        anchors.extend(asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
                       for c in certificates)
    return anchors


def _modified_after_signing(status: PdfSignatureStatus) -> bool:
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return False
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return True
    level = status.modification_level
    return (level is None or level.value > ModificationLevel.FORM_FILLING.value
            or not status.docmdp_ok)


def _trust_text(status: PdfSignatureStatus, trusted: bool, roots: int) -> str:
    if trusted:
        return QT_TRANSLATE_NOOP("core", "The certificate chains to a trusted root.")
    if not roots:
        return QT_TRANSLATE_NOOP(
            "core", "No trust root is configured, so the signer's identity is not confirmed.")
    if status.revoked:
        return QT_TRANSLATE_NOOP("core", "The certificate was revoked.")
    if status.validation_path is None or status.trust_problem_indic in (
            AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND, None):
        return QT_TRANSLATE_NOOP(
            "core", "The certificate does not chain to any configured trust root.")
    return QT_TRANSLATE_NOOP(
        "core", "The certificate is not accepted by the configured trust roots: it may have "
        "expired, not be meant for signing, or come from another authority with the same name.")


def _status(field: SignatureField, status: PdfSignatureStatus, roots: int) -> FieldStatus:
    signer = signer_common_name(status.signing_cert)
    timestamp = status.timestamp_validity
    signing_time = timestamp.timestamp if timestamp is not None else status.signer_reported_dt
    shown_time = signing_time.strftime("%Y-%m-%d %H:%M %Z") if signing_time else "?"
    modified = _modified_after_signing(status)
    trusted = status.trusted and usage_problem(status.signing_cert) is None
    if not status.intact:
        text = QT_TRANSLATE_NOOP(
            "core", "The document was changed after {signer} signed it: the signed content no "
            "longer matches the signature.")
    elif not status.valid:
        text = QT_TRANSLATE_NOOP(
            "core", "The signature of {signer} is not valid: it does not match the "
            "certificate in it.")
    elif modified:
        text = QT_TRANSLATE_NOOP(
            "core", "Signed by {signer} on {time}, but the document was changed afterwards in "
            "a way this signature does not allow.")
    else:
        text = QT_TRANSLATE_NOOP(
            "core", "Signed by {signer} on {time}; the signature is valid and the document "
            "has not been changed since, apart from later signatures.")
    summary = " ".join((text.format(signer=signer, time=shown_time),
                        _trust_text(status, trusted, roots)))
    return FieldStatus(
        name=field.name, signed=True, signer_common_name=signer,
        certificate_fingerprint=fingerprint(status.signing_cert.dump()), signing_time=signing_time,
        intact=status.intact, valid=status.valid, trusted=trusted,
        modified_after_signing=modified, summary=summary,
    )


def _without_signature(field: SignatureField, signed: bool, summary: str) -> FieldStatus:
    return FieldStatus(name=field.name, signed=signed, signer_common_name=None,
                       certificate_fingerprint=None, signing_time=None, intact=False,
                       valid=False, trusted=False, modified_after_signing=False, summary=summary)


def _unsigned(field: SignatureField) -> FieldStatus:
    return _without_signature(field, False, QT_TRANSLATE_NOOP("core", "Not signed yet."))


def _damaged(field: SignatureField) -> FieldStatus:
    return _without_signature(field, True, QT_TRANSLATE_NOOP(
        "core", "The signature in this field is damaged or of a kind BIN Desk cannot check, so "
        "it does not count."))


def _check(reader: PdfFileReader, field: SignatureField, context: ValidationContext,
           roots: int) -> FieldStatus:
    if not field.signed:
        return _unsigned(field)
    try:
        embedded = EmbeddedPdfSignature(reader, field.field.get_object(), field.name)
        status = validate_pdf_signature(embedded, context,
                                        key_usage_settings=key_usage_policy())
        return _status(field, status, roots)
    except _CHECK_ERRORS:
        log.warning("signature in field %s cannot be checked", field.name, exc_info=True)
        return _damaged(field)


def verify(pdf: bytes, trust_roots: Sequence[bytes] = (), *,
           allow_fetching: bool = False) -> VerificationReport:
    """Checks every signature field of `pdf` against the zone's `trust_roots`.

    `allow_fetching` lets the validator fetch CRLs/OCSP responses and missing intermediate
    certificates over the network (soft-fail: unreachable servers do not fail a signature).
    Raises SigningError when a trust root is not a certificate or the PDF cannot be read.
    """
    anchors = _trust_anchors(trust_roots)
    reader = open_pdf(pdf)
    context = ValidationContext(trust_roots=anchors, allow_fetching=allow_fetching)
    with reading_pdf():
        fields = signature_fields(reader)
    return VerificationReport(
        fields=tuple(_check(reader, field, context, len(anchors)) for field in fields),
        trust_roots=len(anchors),
        revocation_checked=allow_fetching,
    )


def report_as_json(report: VerificationReport) -> dict[str, object]:
    """The report as plain JSON-ready data (for `charter verify --json` and logs)."""
    return {
        "ok": report.ok,
        "all_trusted": report.all_trusted,
        "revocation_checked": report.revocation_checked,
        "trust_roots": report.trust_roots,
        "fields": [
            {
                "field": field.name,
                "signed": field.signed,
                "signer": field.signer_common_name,
                "certificate_fingerprint": field.certificate_fingerprint,
                "intact": field.intact,
                "valid": field.valid,
                "trusted": field.trusted,
                "modified_after_signing": field.modified_after_signing,
                "signing_time": field.signing_time.isoformat() if field.signing_time else None,
                "summary": field.summary,
            }
            for field in report.fields
        ],
    }
