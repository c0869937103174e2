"""Reading a PDF's signature fields safely: damaged input becomes a SigningError, not a crash."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.sign.fields import enumerate_sig_fields

from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.signing.errors import SigningError

# How far into the file the `%PDF-` header may start (Acrobat accepts 1024 bytes of junk).
_HEADER_WINDOW = 1024
# What a malformed PDF makes the pyHanko parser raise. Anything else is a bug and propagates.
PARSE_ERRORS: tuple[type[Exception], ...] = (PdfError, ValueError, LookupError, TypeError)


@dataclass(frozen=True)
class FieldInfo:
    """A signature field of a PDF."""

    name: str
    signed: bool
    page: int  # 0-based; -1 when the field is on no page (an invisible field without widget)


@dataclass(frozen=True)
class SignatureField:
    """A signature field as found in a reader, with the objects needed to sign or verify it."""

    name: str
    field: generic.IndirectObject
    value: generic.PdfObject | None

    @property
    def signed(self) -> bool:
        return self.value is not None


def damaged() -> SigningError:
    return SigningError(QT_TRANSLATE_NOOP(
        "core", "The PDF file is damaged and cannot be read. Ask the sender for the file again "
        "or print the charter again from BIN Desk."))


@contextmanager
def reading_pdf() -> Iterator[None]:
    """Turns the parser's complaints about a malformed file into one clear SigningError.

    pyHanko resolves objects lazily, so a damaged object may only fail long after the file was
    opened: every access to PDF objects runs inside this guard.
    """
    try:
        yield
    except PARSE_ERRORS as error:
        raise damaged() from error


def open_pdf(pdf: bytes) -> PdfFileReader:
    if b"%PDF-" not in pdf[:_HEADER_WINDOW]:
        raise SigningError(QT_TRANSLATE_NOOP(
            "core", "This file is not a PDF document. Choose the PDF of the charter."))
    with reading_pdf():
        reader = PdfFileReader(io.BytesIO(pdf))
        if reader.encrypted:
            raise SigningError(QT_TRANSLATE_NOOP(
                "core", "This PDF is protected with a password, so BIN Desk cannot sign or "
                "check it. Use the PDF as BIN Desk printed it, without a password."))
    return reader


def signature_fields(handler: PdfHandler) -> list[SignatureField]:
    """Every signature field of the document, in the order of the form (not of signing)."""
    return [SignatureField(name, ref, value)
            for name, value, ref in enumerate_sig_fields(handler)]


def _ref_key(obj: generic.PdfObject) -> tuple[int, int] | None:
    if isinstance(obj, generic.IndirectObject):
        return obj.reference.idnum, obj.reference.generation
    return None


def _annotation_pages(handler: PdfHandler) -> dict[tuple[int, int], int]:
    pages: dict[tuple[int, int], int] = {}
    count = int(handler.root["/Pages"]["/Count"])
    for index in range(count):
        page = handler.find_page_for_modification(index)[0].get_object()
        annotations = page.get("/Annots")
        if isinstance(annotations, generic.ArrayObject):
            for position in range(len(annotations)):
                key = _ref_key(annotations.raw_get(position))
                if key is not None:
                    pages[key] = index
    return pages


def _widget(field: SignatureField) -> generic.PdfObject:
    """The field's widget: the field itself when combined, else its first kid."""
    field_dict = field.field.get_object()
    if field_dict.get("/Subtype") == "/Widget":
        return field.field
    kids = field_dict.get("/Kids")
    if isinstance(kids, generic.ArrayObject) and len(kids) > 0:
        return kids.raw_get(0)
    return field.field


def list_fields(pdf: bytes) -> list[FieldInfo]:
    """The signature fields of `pdf`, whether each is signed and on which page it sits.

    Raises SigningError when `pdf` is not a readable PDF.
    """
    reader = open_pdf(pdf)
    with reading_pdf():
        pages = _annotation_pages(reader)
        result = []
        for field in signature_fields(reader):
            key = _ref_key(_widget(field))
            page = pages.get(key, -1) if key is not None else -1
            result.append(FieldInfo(field.name, field.signed, page))
    return result
