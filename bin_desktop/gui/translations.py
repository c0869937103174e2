"""Which language the interface speaks, and loading its Qt Linguist translations.

Order of preference: --lang, the saved setting, the system's language when BIN Desk has it,
else Dutch. Files are looked up in resources/translations beside the package, or inside a
PyInstaller bundle (sys._MEIPASS).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bin_desktop.gui import preferences

log = logging.getLogger("bin_desktop.gui")


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return base / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(explicit: str | None, system_locale: str | None = None) -> str:
    if explicit in preferences.UI_LANGUAGES:
        return str(explicit)
    saved = preferences.saved_language()
    if saved:
        return saved
    system = (system_locale or QLocale.system().name()).split("_")[0]
    return system if system in preferences.UI_LANGUAGES else preferences.DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load BIN Desk's and Qt's own translations; returns them for `remove_translators`."""
    QLocale.setDefault(QLocale(f"{language}_BE"))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"bin_desktop_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    elif language != "en":
        log.warning("no translation file for %s in %s", language, translations_dir())
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(
            f"qtbase_{language}", str(translations_dir())):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
