"""Start-up options shared by the command line and the GUI (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AppOptions:
    data_dir: Path
    operator: str | None = None  # personnel number to act as; None: the data folder's default
    lang: str | None = None  # nl, fr, de, en; None: the saved setting, else the system's, else nl
    crash_dialog: bool = True
    smoke_test: bool = False
    demo: bool = False  # seed the (separate) demo data folder when it is empty
