"""Digital signatures on charter PDFs: PAdES via pyHanko, from a PKCS#12 file (eID later).

Pure functions on bytes, no Qt and no database: the charter services decide who signs which
field and record it; this package signs the field and checks what is in the file.

The names are loaded on first use (PEP 562): pyHanko takes about 0.4 s to import, and the
window must not wait for it before anybody signs anything.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bin_desktop.core.signing.credentials import Credential, load_credential
    from bin_desktop.core.signing.eid import eid_available, find_eid_module
    from bin_desktop.core.signing.errors import SigningError
    from bin_desktop.core.signing.pdf import FieldInfo, list_fields
    from bin_desktop.core.signing.signer import sign_field
    from bin_desktop.core.signing.verification import (
        FieldStatus,
        VerificationReport,
        report_as_json,
        verify,
    )

_WHERE = {
    "Credential": "credentials", "load_credential": "credentials",
    "eid_available": "eid", "find_eid_module": "eid",
    "SigningError": "errors",
    "FieldInfo": "pdf", "list_fields": "pdf",
    "sign_field": "signer",
    "FieldStatus": "verification", "VerificationReport": "verification",
    "report_as_json": "verification", "verify": "verification",
}

__all__ = [
    "Credential",
    "FieldInfo",
    "FieldStatus",
    "SigningError",
    "VerificationReport",
    "eid_available",
    "find_eid_module",
    "list_fields",
    "load_credential",
    "report_as_json",
    "sign_field",
    "verify",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
