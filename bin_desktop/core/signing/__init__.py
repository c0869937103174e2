"""Digital signatures on charter PDFs: PAdES via pyHanko, from a PKCS#12 file (eID later).

Pure functions on bytes, no Qt and no database: the charter services decide who signs which
field and record it; this package signs the field and checks what is in the file.
"""

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
