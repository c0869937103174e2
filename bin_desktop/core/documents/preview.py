"""Page images of a PDF, for the review dialog where the korpschef reads before signing.

The dialog shows exactly the bytes that will be signed, rasterised by PDFium, rather than a
second rendering of the same data that could differ from the PDF. No Qt here: PNG bytes are
what QImage.fromData takes.
"""

from __future__ import annotations

import io


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
                bitmap = page.render(scale=dpi / 72)
                try:
                    buffer = io.BytesIO()
                    bitmap.to_pil().save(buffer, format="PNG")
                    images.append(buffer.getvalue())
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        document.close()
    return images
