"""DejaVu Sans for every PDF BIN Desk prints, registered once and embedded in each document.

reportlab's built-in Helvetica is not embedded and cannot print ’, –, € or ß reliably; a charter
goes to ADVP and gets signed, so it must look the same on every machine. DejaVu Sans covers
Dutch, French and German and may be embedded (licence in resources/fonts/LICENSE).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

#: font name -> file in resources/fonts
_FACES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """resources/ beside the package, or inside the PyInstaller bundle (sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return base / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab (once per process) and return its name.

    Parsing the four TTF files costs about 100 ms, so it happens on the first render only;
    renders may run in worker threads, hence the lock.
    """
    global _registered  # noqa: PLW0603 - one process-wide registry, as reportlab's own
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, filename in _FACES.items():
                path = folder / filename
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path}")
                # a TTFont is always embedded, as a subset of the glyphs a document uses
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE,
                                          boldItalic=BOLD_OBLIQUE)
            _registered = True
    return FAMILY
