"""PAdES signing and verification of charter PDFs, on real PDFs with a PKI made at test time."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from bin_desktop.core import signing
from bin_desktop.core.signing import (
    Credential,
    FieldInfo,
    SigningError,
    eid_available,
    list_fields,
    load_credential,
    report_as_json,
    sign_field,
    verify,
)
from tests.pki import CHARTER_FIELDS, CONTENT_MARKER, PASSPHRASE, Pki, charter_pdf, make_pki

SIGNERS = {  # field -> person in the PKI, in signing order
    "sig_coordinator": "coordinator",
    "sig_mandated_officer": "officer",
    "sig_korpschef": "korpschef",
    "sig_prevention_officer": "prevention",
    "sig_mayor": "mayor",
}


@pytest.fixture(scope="session")
def pki() -> Pki:
    return make_pki()


@pytest.fixture(scope="session")
def credentials(pki: Pki) -> dict[str, Credential]:
    return {field: load_credential(pki.people[person].pkcs12, PASSPHRASE)
            for field, person in SIGNERS.items()}


@pytest.fixture(scope="session")
def blank() -> bytes:
    return charter_pdf()


@pytest.fixture(scope="session")
def signed_steps(blank: bytes, credentials: dict[str, Credential]) -> list[bytes]:
    """The charter after each of the five signatures, in order."""
    steps, pdf = [], blank
    for field, credential in credentials.items():
        pdf = sign_field(pdf, field, credential, reason="BIN charter", location="Halle")
        steps.append(pdf)
    return steps


@pytest.fixture(scope="session")
def signed(signed_steps: list[bytes]) -> bytes:
    return signed_steps[-1]


def _raises(expected: str) -> AbstractContextManager[Any]:
    return pytest.raises(SigningError, match=expected)


def _append_update(pdf: bytes, change: str) -> bytes:
    """An incremental update after signing, as a PDF editor would append it."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if change == "annotation":
        page_ref = writer.find_page_for_modification(0)[0]
        page = page_ref.get_object()
        note = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (100, 600, 120, 620)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Article 4 is void"),
        }))
        page["/Annots"].append(note)
        writer.update_container(page)
    else:
        writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(
            stream_data=b"BT /F1 40 Tf 100 500 Td (VOID) Tj ET")))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- list_fields ---------------------------------------------------------------------------

def test_list_fields_of_a_blank_charter(blank: bytes) -> None:
    assert list_fields(blank) == [FieldInfo(name, False, 0) for name in CHARTER_FIELDS]


def test_list_fields_gives_the_page_of_each_field() -> None:
    pdf = charter_pdf(fields=("sig_coordinator", "sig_mayor"), pages=3)
    assert [(f.name, f.page) for f in list_fields(pdf)] == [
        ("sig_coordinator", 2), ("sig_mayor", 2)]


def test_list_fields_after_signing(signed_steps: list[bytes]) -> None:
    assert [f.signed for f in list_fields(signed_steps[1])] == [True, True, False, False, False]
    assert all(f.signed for f in list_fields(signed_steps[-1]))


@pytest.mark.parametrize("data", [b"", b"Hello, I am not a PDF", b"%PDF-1.7\n garbage"])
def test_list_fields_refuses_what_is_no_readable_pdf(data: bytes) -> None:
    with _raises("not a PDF|damaged"):
        list_fields(data)


# --- signing and verifying -----------------------------------------------------------------

def test_five_signatures_are_all_valid_trusted_and_unmodified(
        pki: Pki, signed: bytes, credentials: dict[str, Credential]) -> None:
    report = verify(signed, [pki.root_pem])
    assert report.ok and report.all_trusted
    assert [f.name for f in report.fields] == list(CHARTER_FIELDS)
    for status in report.fields:
        assert (status.signed, status.intact, status.valid, status.trusted,
                status.modified_after_signing) == (True, True, True, True, False), status
        assert status.signing_time is not None and status.signer_common_name is not None
        assert status.signer_common_name in status.summary
    assert [f.signer_common_name for f in report.fields] == [
        pki.people[person].common_name for person in SIGNERS.values()]
    assert [f.certificate_fingerprint for f in report.fields] == [
        c.fingerprint_sha256 for c in credentials.values()]
    assert not report.revocation_checked
    assert any("Revocation was not checked" in note for note in report.notes)


def test_each_signature_leaves_the_earlier_ones_valid(pki: Pki,
                                                      signed_steps: list[bytes]) -> None:
    for count, pdf in enumerate(signed_steps, start=1):
        report = verify(pdf, [pki.root_pem])
        assert report.ok and report.all_trusted
        assert [f.signed for f in report.fields] == [i < count for i in range(5)]
        assert pdf.startswith(signed_steps[count - 2] if count > 1 else b"%PDF")


def test_without_trust_roots_valid_but_not_trusted(signed: bytes) -> None:
    report = verify(signed)
    assert report.ok and not report.all_trusted
    assert all(f.valid and f.intact and not f.trusted for f in report.fields)
    assert "No trust root" in report.fields[0].summary
    assert any("No trust roots are configured" in note for note in report.notes)


def test_revocation_checking_only_when_allowed(pki: Pki, signed: bytes) -> None:
    # The test certificates name no CRL or OCSP server, so nothing is fetched even when allowed.
    report = verify(signed, [pki.root_pem], allow_fetching=True)
    assert report.ok and report.all_trusted and report.revocation_checked
    assert not any("Revocation" in note for note in report.notes)


def test_trust_roots_may_be_der_and_must_be_the_right_ones(pki: Pki,
                                                            signed: bytes) -> None:
    assert verify(signed, [pki.root_der]).all_trusted
    report = verify(signed, [pki.other_root_pem])
    assert report.ok and not report.all_trusted
    assert "does not chain" in report.fields[0].summary
    with _raises("Trust root 2 is not a certificate"):
        verify(signed, [pki.root_pem, b"not a certificate"])


def test_an_ecdsa_certificate_with_email_protection_signs(pki: Pki, blank: bytes) -> None:
    credential = load_credential(pki.elliptic.pkcs12, PASSPHRASE)
    report = verify(sign_field(blank, "sig_korpschef", credential), [pki.root_pem])
    assert report.ok and report.all_trusted
    assert report.fields[2].signer_common_name == "Els Maes (Signature)"


def test_signature_records_reason_location_and_pades(signed: bytes) -> None:
    signature = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "BIN charter"
    assert signature.sig_object["/Location"] == "Halle"
    assert signature.md_algorithm == "sha256"


def test_report_as_json(pki: Pki, signed_steps: list[bytes]) -> None:
    data = report_as_json(verify(signed_steps[0], [pki.root_pem]))
    assert data["ok"] is True and data["all_trusted"] is True
    fields = data["fields"]
    assert isinstance(fields, list)
    first, second = fields[0], fields[1]
    assert {"field", "signed", "signer", "intact", "valid", "trusted",
            "modified_after_signing", "signing_time"} <= set(first)
    assert first["field"] == "sig_coordinator" and first["signer"] == "Marie Claes"
    assert dt.datetime.fromisoformat(first["signing_time"]).tzinfo is not None
    assert second["signed"] is False and second["signer"] is None


# --- changed documents ---------------------------------------------------------------------

def test_one_flipped_byte_in_the_page_content_is_detected(pki: Pki, signed: bytes) -> None:
    position = signed.index(CONTENT_MARKER)
    first_gap = int(re.search(rb"/ByteRange \[0 (\d+)", signed).group(1))  # type: ignore[union-attr]
    assert position < first_gap  # inside what every signature covers, not in a /Contents
    damaged = bytearray(signed)
    damaged[position] ^= 0x01
    report = verify(bytes(damaged), [pki.root_pem])
    assert not report.ok
    assert all(not f.intact for f in report.fields)
    assert "changed after" in report.fields[0].summary


def test_one_flipped_digit_in_a_signature_value_is_detected(pki: Pki, signed: bytes) -> None:
    last = PdfFileReader(io.BytesIO(signed)).embedded_signatures[-1]
    value = last.signer_info["signature"].native.hex().encode()
    position = signed.lower().index(value) + len(value) // 2  # in the /Contents hex string
    damaged = bytearray(signed)
    damaged[position] = ord("1") if damaged[position] == ord("0") else ord("0")
    report = verify(bytes(damaged), [pki.root_pem])
    assert not report.ok
    assert not report.fields[-1].valid and not report.fields[-1].ok
    assert all(f.ok for f in report.fields[:-1])


def test_a_truncated_file_is_damaged(signed: bytes) -> None:
    with _raises("damaged"):
        verify(signed[: len(signed) // 2])


@pytest.mark.parametrize("change", ["annotation", "page_content"])
def test_a_change_appended_after_signing_is_detected(pki: Pki, signed: bytes,
                                                     change: str) -> None:
    report = verify(_append_update(signed, change), [pki.root_pem])
    assert not report.ok
    for status in report.fields:
        assert status.intact and status.valid and status.modified_after_signing, status
        assert "changed afterwards" in status.summary


def test_a_change_between_two_signatures_only_taints_the_earlier(
        pki: Pki, signed_steps: list[bytes], credentials: dict[str, Credential]) -> None:
    tampered = _append_update(signed_steps[0], "page_content")
    resigned = sign_field(tampered, "sig_mandated_officer", credentials["sig_mandated_officer"])
    report = verify(resigned, [pki.root_pem])
    assert not report.ok
    assert report.fields[0].modified_after_signing
    assert report.fields[1].ok and not report.fields[1].modified_after_signing


# --- refusals ------------------------------------------------------------------------------

def test_wrong_or_missing_passphrase(pki: Pki) -> None:
    data = pki.people["officer"].pkcs12
    with _raises(r"The passphrase of jan\.p12 is wrong"):
        load_credential(data, b"wrong", file_name="jan.p12")
    with _raises("is protected with a passphrase"):
        load_credential(data, None)


def test_not_a_pkcs12_file() -> None:
    with _raises("is not a certificate file"):
        load_credential(b"%PDF-1.7 certainly not PKCS#12", PASSPHRASE, file_name="x.p12")


def test_pkcs12_without_private_key(pki: Pki) -> None:
    with _raises("but not its private key"):
        load_credential(pki.without_key, PASSPHRASE)


def test_expired_and_not_yet_valid_certificates(pki: Pki) -> None:
    expired = pki.expired.certificate
    shown = expired.not_valid_after_utc.strftime("%Y-%m-%d")
    with pytest.raises(SigningError, match=f"expired on {shown}") as caught:
        load_credential(pki.expired.pkcs12, PASSPHRASE)
    assert expired.not_valid_before_utc.strftime("%Y-%m-%d") in caught.value.message
    with _raises("is only valid from .* so it cannot sign yet"):
        load_credential(pki.not_yet_valid.pkcs12, PASSPHRASE)
    # The same file was fine while it was valid …
    past = expired.not_valid_after_utc - dt.timedelta(days=100)
    credential = load_credential(pki.expired.pkcs12, PASSPHRASE, at=past)
    # … but signing happens now.
    with _raises("expired on"):
        sign_field(charter_pdf(), "sig_coordinator", credential)


def test_certificates_not_meant_for_signing(pki: Pki) -> None:
    with _raises("may not be used to sign documents .*key encipherment"):
        load_credential(pki.no_signing_usage.pkcs12, PASSPHRASE)
    with _raises("is meant for TLS server only"):
        load_credential(pki.tls_only.pkcs12, PASSPHRASE)


def test_credential_identity(pki: Pki, credentials: dict[str, Credential]) -> None:
    credential = credentials["sig_mandated_officer"]
    certificate = pki.people["officer"].certificate
    der = certificate.public_bytes(serialization.Encoding.DER)
    assert credential.common_name == "Jan Peeters"
    assert credential.fingerprint_sha256.replace(":", "").lower() == \
        hashlib.sha256(der).hexdigest()
    assert credential.not_after == certificate.not_valid_after_utc
    assert credential.issuer_common_name == "BIN Desk Test Root CA"
    assert "signer" not in repr(credential)


def test_unknown_field_lists_the_fields(blank: bytes,
                                        credentials: dict[str, Credential]) -> None:
    before = hashlib.sha256(blank).digest()
    with _raises("no signature field sig_chief. Its signature fields are: sig_coordinator, "
                 "sig_mandated_officer, sig_korpschef, sig_prevention_officer, sig_mayor"):
        sign_field(blank, "sig_chief", credentials["sig_korpschef"])
    assert hashlib.sha256(blank).digest() == before


def test_a_signed_field_cannot_be_signed_again(signed_steps: list[bytes],
                                               credentials: dict[str, Credential]) -> None:
    pdf = signed_steps[0]
    before = hashlib.sha256(pdf).digest()
    with _raises("sig_coordinator is already signed by Marie Claes"):
        sign_field(pdf, "sig_coordinator", credentials["sig_mandated_officer"])
    assert hashlib.sha256(pdf).digest() == before


def test_a_pdf_without_signature_fields(credentials: dict[str, Credential]) -> None:
    pdf = charter_pdf(fields=())
    assert list_fields(pdf) == []
    assert verify(pdf).ok and verify(pdf).fields == ()
    with _raises("has no signature fields"):
        sign_field(pdf, "sig_mayor", credentials["sig_mayor"])


# --- interoperability and environment ------------------------------------------------------

@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) missing")
def test_poppler_accepts_all_five_signatures(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "charter.pdf"
    path.write_bytes(signed)
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.stdout.count("Signature is Valid") == 5, result.stdout + result.stderr
    for name in CHARTER_FIELDS:
        assert name in result.stdout


def test_eid_available_says_why() -> None:
    available, reason = eid_available()
    assert isinstance(available, bool)
    assert reason


def test_eid_reasons_name_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    module = tmp_path / "libbeidpkcs11.so.0"
    module.write_bytes(b"")
    monkeypatch.setattr(signing.eid, "find_eid_module", lambda: None)
    monkeypatch.setattr(signing.eid, "has_python_pkcs11", lambda: False)
    available, reason = eid_available()
    assert not available and "eid.belgium.be" in reason and "python-pkcs11" in reason
    monkeypatch.setattr(signing.eid, "find_eid_module", lambda: module)
    available, reason = eid_available()
    assert not available and "python-pkcs11" in reason and "eid.belgium.be" not in reason
    monkeypatch.setattr(signing.eid, "has_python_pkcs11", lambda: True)
    assert eid_available() == (True, str(module))
