"""Text helpers shared by search and matching: case- and accent-insensitive folding."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(value: str | None) -> str:
    """'Sint-Géry Straße' -> 'sint-gery strasse': for searching, never for display."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
