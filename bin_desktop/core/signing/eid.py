"""Whether this computer can sign with a Belgian eID card (PKCS#11).

Two pieces are needed: the eID middleware's PKCS#11 module (installed with the eID software
from eid.belgium.be) and the `python-pkcs11` package that pyHanko uses to talk to it. BIN Desk
does not ship the latter; signing with a PKCS#12 file works without either.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import sys
from pathlib import Path

from bin_desktop.core.errors import QT_TRANSLATE_NOOP

_LINUX = (
    "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0",
    "/usr/lib/aarch64-linux-gnu/libbeidpkcs11.so.0",
    "/usr/lib64/libbeidpkcs11.so.0",
    "/usr/lib/libbeidpkcs11.so.0",
    "/usr/local/lib/libbeidpkcs11.so.0",
    "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so",
    "/usr/lib/libbeidpkcs11.so",
    "/usr/local/lib/libbeidpkcs11.so",
)
_MACOS = (
    "/Library/Belgium Identity Card/Pkcs11/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib",
    "/usr/local/lib/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib",
    "/usr/local/lib/libbeidpkcs11.dylib",
)


def _candidates() -> list[Path]:
    if sys.platform == "win32":
        windows = Path(os.environ.get("SYSTEMROOT", r"C:\Windows"))
        programs = [Path(os.environ[name]) for name in ("PROGRAMFILES", "PROGRAMFILES(X86)")
                    if name in os.environ]
        return [windows / "System32" / "beidpkcs11.dll", windows / "SysWOW64" / "beidpkcs11.dll",
                *(p / "Belgium Identity Card" / "beidpkcs11.dll" for p in programs)]
    if sys.platform == "darwin":
        return [Path(p) for p in _MACOS]
    return [Path(p) for p in _LINUX]


def find_eid_module() -> Path | None:
    """The Belgian eID PKCS#11 module of this machine, or None."""
    for candidate in _candidates():
        if candidate.is_file():
            return candidate
    found = ctypes.util.find_library("beidpkcs11")
    return Path(found) if found and Path(found).is_absolute() else None


def has_python_pkcs11() -> bool:
    """Whether python-pkcs11 (what pyHanko's PKCS#11 signer needs) can be imported."""
    return importlib.util.find_spec("pkcs11") is not None


def eid_available() -> tuple[bool, str]:
    """(True, module path) when eID signing can work here, else (False, what to install)."""
    module = find_eid_module()
    pkcs11_support = has_python_pkcs11()
    if module is None and not pkcs11_support:
        return False, QT_TRANSLATE_NOOP(
            "core", "Signing with the eID card is not possible on this computer: install the "
            "eID software from eid.belgium.be and the python-pkcs11 package.")
    if module is None:
        return False, QT_TRANSLATE_NOOP(
            "core", "Signing with the eID card is not possible on this computer: install the "
            "eID software from eid.belgium.be.")
    if not pkcs11_support:
        return False, QT_TRANSLATE_NOOP(
            "core", "The eID software is installed, but BIN Desk lacks PKCS#11 support: "
            "install the python-pkcs11 package.")
    return True, str(module)
