"""User preferences in QSettings (organisation and application "BIN Desk"), typed, in one place."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

UI_LANGUAGES = ("nl", "fr", "de", "en")
DEFAULT_LANGUAGE = "nl"

_LANGUAGE = "ui/language"
_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_LAST_PAGE = "window/last_page"


def saved_language() -> str | None:
    value = QSettings().value(_LANGUAGE)
    return value if isinstance(value, str) and value in UI_LANGUAGES else None


def save_language(language: str) -> None:
    if language not in UI_LANGUAGES:
        raise ValueError(language)
    QSettings().setValue(_LANGUAGE, language)


def window_geometry() -> QByteArray | None:
    value = QSettings().value(_GEOMETRY)
    return value if isinstance(value, QByteArray) else None


def window_state() -> QByteArray | None:
    value = QSettings().value(_WINDOW_STATE)
    return value if isinstance(value, QByteArray) else None


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    settings = QSettings()
    settings.setValue(_GEOMETRY, geometry)
    settings.setValue(_WINDOW_STATE, state)


def last_page() -> str | None:
    value = QSettings().value(_LAST_PAGE)
    return value if isinstance(value, str) else None


def save_last_page(page: str) -> None:
    QSettings().setValue(_LAST_PAGE, page)
