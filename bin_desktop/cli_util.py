"""Small helpers shared by the command-line modules (argparse, files, output)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print machine-readable JSON")


def read(path: Path, what: str) -> bytes:
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415

    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Cannot read the {what} {path}: "
                                                        "{reason}."),
                              what=what, path=str(path), reason=exc.strerror or str(exc)) from exc


def write(path: Path, data: bytes) -> None:
    """Write via a temporary file, so a full disk never leaves half a PDF under the name."""
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415

    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Cannot write {path}: {reason}."),
                              path=str(path), reason=exc.strerror or str(exc)) from exc


def passphrase(var: str | None) -> bytes | None:
    from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError  # noqa: PLC0415

    if var is None:
        return None
    if var not in os.environ:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The environment variable {var} is not "
                                                        "set."), var=var)
    return os.environ[var].encode("utf-8")


def actor(db: Any, args: argparse.Namespace) -> str:
    from bin_desktop.core.operators import current_operator  # noqa: PLC0415

    return current_operator(db, args.operator).id


def out(args: argparse.Namespace, data: Any, text: str) -> None:
    from bin_desktop.cli import print_json  # noqa: PLC0415

    if getattr(args, "json", False):
        print_json(data)
    else:
        print(text)


