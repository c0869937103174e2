"""Page images of a PDF, for the review dialog where the korpschef reads before signing.

The dialog shows exactly the bytes that will be signed, rasterised by PDFium, rather than a
second rendering of the same data that could differ from the PDF. No Qt here: PNG bytes are
what QImage.fromData takes.
"""

from __future__ import annotations

import struct
import zlib


def page_count(pdf: bytes) -> int:
    """The number of pages; ValueError when the bytes are not a readable PDF."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # noqa: PLC0415 - heavy, GUI-only

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise ValueError(f"not a readable PDF ({error})") from error
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: int = 110) -> list[bytes]:
    """Every page as PNG bytes at `dpi`; ValueError when the bytes are not a readable PDF."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - heavy, GUI-only

    if dpi <= 0:
        raise ValueError(f"dpi must be positive, not {dpi}")
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise ValueError(f"not a readable PDF ({error})") from error
    images: list[bytes] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
                try:
                    images.append(_png(bytes(bitmap.buffer), bitmap.width, bitmap.height,
                                       bitmap.stride, bitmap.mode))
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        document.close()
    return images


_COLOUR_TYPES = {"RGB": (2, 3), "RGBA": (6, 4), "L": (0, 1)}


def _png(pixels: bytes, width: int, height: int, stride: int, mode: str) -> bytes:
    """PNG bytes of a raw bitmap, with the standard library only (no imaging library in the
    bundle for one encoder: Pillow and its libraries weigh 6 MB)."""
    if mode not in _COLOUR_TYPES:
        raise ValueError(f"unexpected bitmap mode {mode}")
    colour_type, channels = _COLOUR_TYPES[mode]
    row = width * channels
    raw = b"".join(b"\x00" + pixels[y * stride:y * stride + row] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))
