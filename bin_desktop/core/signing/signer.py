"""Signing one empty signature field of a charter PDF (PAdES, SHA-256, incremental update).

Every signature is appended as an incremental update: the bytes earlier parties signed stay
exactly as they were, so their signatures remain valid, and a verifier sees the later signature
as form filling, which an approval signature allows.
"""

from __future__ import annotations

import datetime as dt
import io
import logging

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.signing.credentials import Credential, check_validity, signer_common_name
from bin_desktop.core.signing.errors import SigningError
from bin_desktop.core.signing.pdf import (
    PARSE_ERRORS,
    SignatureField,
    open_pdf,
    reading_pdf,
    signature_fields,
)

log = logging.getLogger("bin_desktop.signing")


def _signer_of(field: SignatureField, reader: PdfFileReader) -> str:
    """Who signed an already signed field, for the error message (best effort)."""
    try:
        signature = EmbeddedPdfSignature(reader, field.field.get_object(), field.name)
        return signer_common_name(signature.signer_cert)
    except PARSE_ERRORS:
        return "?"


def _check_target(fields: list[SignatureField], field_name: str, reader: PdfFileReader
                  ) -> None:
    """Refuses an unknown or already signed field, before any work is done."""
    for field in fields:
        if field.name == field_name:
            if field.signed:
                raise SigningError(QT_TRANSLATE_NOOP(
                    "core", "The signature field {field} is already signed by {signer}. A "
                    "signature cannot be replaced; each party signs its own field."),
                    field=field_name, signer=_signer_of(field, reader))
            return
    if not fields:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "This PDF has no signature fields, so there is no field {field} to sign. "
            "Print the charter again from BIN Desk: it adds a field for every party."),
            field=field_name)
    raise SigningError(QT_TRANSLATE_NOOP(
        "core", "This PDF has no signature field {field}. Its signature fields are: {fields}."),
        field=field_name, fields=", ".join(field.name for field in fields))


def sign_field(pdf: bytes, field_name: str, credential: Credential, *,
               reason: str | None = None, location: str | None = None) -> bytes:
    """Signs the empty field `field_name` of `pdf` and returns the signed PDF.

    The input is left untouched (bytes are immutable; the result is a new document that starts
    with the very same bytes). Raises SigningError for an unreadable PDF, an unknown or already
    signed field, or a certificate that is no longer (or not yet) valid.
    """
    reader = open_pdf(pdf)
    with reading_pdf():
        _check_target(signature_fields(reader), field_name, reader)
    check_validity(credential.common_name, credential.not_before, credential.not_after,
                   dt.datetime.now(dt.UTC))
    metadata = PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=credential.common_name,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        output = PdfSigner(metadata, signer=credential.signer).sign_pdf(
            writer, existing_fields_only=True)
    except PyHankoSigningError as error:
        # The field's own rules (seed values, a certification that forbids changes) refuse it.
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "The field {field} cannot be signed with this certificate: {reason}"),
            field=field_name, reason=str(error)) from error
    except PARSE_ERRORS as error:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "The PDF file is damaged and cannot be signed. Print the charter again "
            "from BIN Desk.")) from error
    log.info("signed field %s with certificate %s", field_name, credential.fingerprint_sha256)
    signed: bytes = output.getvalue()
    return signed
