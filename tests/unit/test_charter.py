"""The charter's way from draft to ADVP approval, through the core services, with real PDFs,
real PAdES signatures from a PKI made at test time, and the operation log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from bin_desktop.core import networks
from bin_desktop.core.charter import service
from bin_desktop.core.documents.charter_pdf import read_metadata
from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.export import export_state
from bin_desktop.core.lifecycle import State
from bin_desktop.core.replay import apply_operation
from bin_desktop.core.signing import SigningError, list_fields, load_credential, sign_field, verify
from bin_desktop.core.store.database import open_database
from bin_desktop.core.store.models import Municipality, Operation, Person
from bin_desktop.core.trust import add_trust_anchor
from tests.pki import PASSPHRASE, Pki, make_pki

from .conftest import SmallZone

TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki()


@dataclass
class Ready:
    zone: SmallZone
    network: str


def _prepare(zone: SmallZone, pki: Pki) -> Ready:
    """A network in charter drafting with everything ADVP checks filled in."""
    db, officer, nid = zone.db, zone.officer, zone.network
    with db.unit_of_work(zone.admin) as uow:
        mayor = uow.create(Person, full_name="Véronique Dupont", email=None, phone=None,
                           language="nl", organisation="Stad Halle", deleted=False)
        prevention = uow.create(Person, full_name="Luc Dubois", email=None, phone=None,
                                language="nl", organisation="Stad Halle", deleted=False)
        municipality = uow.session.get(Municipality, zone.halle)
        assert municipality is not None
        uow.update(municipality, mayor_id=mayor.id, prevention_officer_id=prevention.id)
    networks.update_network(db, officer, nid, mandated_officer_id=officer,
                            allowed_categories=["burglary", "prevention_tip"],
                            channels=["sms", "email"])
    networks.add_contact(db, officer, nid, networks.ContactRole.COORDINATOR,
                         networks.ContactData("Marie Claes", "marie@example.org"))
    for state in ("preparation", "coordinator_screening", "charter_drafting"):
        networks.transition(db, officer, nid, state, dt.date(2026, 5, 1))
    add_trust_anchor(db, zone.admin, pki.root_pem)
    return Ready(zone, nid)


@pytest.fixture
def ready(small_zone: SmallZone, pki: Pki) -> Ready:
    return _prepare(small_zone, pki)


def _sent(ready: Ready) -> None:
    db, officer = ready.zone.db, ready.zone.officer
    service.ensure_draft(db, officer, ready.network, TODAY)
    service.update_draft(db, officer, ready.network, start_date=dt.date(2026, 7, 1),
                         municipality_signatories=["mayor", "prevention_officer"])
    service.send_for_signature(db, officer, ready.network, TODAY)


def _signed_by(pdf: bytes, pki: Pki, *who: tuple[str, str]) -> bytes:
    for person, field in who:
        credential = load_credential(pki.people[person].pkcs12, PASSPHRASE)
        pdf = sign_field(pdf, field, credential)
    return pdf


def test_a_draft_lists_what_advp_would_miss_and_cannot_be_sent(ready: Ready) -> None:
    db, officer = ready.zone.db, ready.zone.officer
    service.ensure_draft(db, officer, ready.network, TODAY)
    missing = [m.text for m in service.check_draft(db, ready.network)]
    assert "the start date" in missing
    with pytest.raises(ValidationError) as refused:
        service.send_for_signature(db, officer, ready.network, TODAY)
    assert "start date" in refused.value.message
    assert networks.network_detail(db, ready.network).summary.state == State.CHARTER_DRAFTING
    service.update_draft(db, officer, ready.network, start_date=dt.date(2026, 7, 1),
                         texts={"nl": {"objectives": ""}})
    assert any("objectives" in m.text for m in service.check_draft(db, ready.network))
    with pytest.raises(ValidationError):
        service.update_draft(db, officer, ready.network, texts={"nl": {"gossip": "x"}})


def test_sending_freezes_the_content_and_asks_every_signatory(ready: Ready) -> None:
    _sent(ready)
    db = ready.zone.db
    (version,) = service.charter_versions(db, ready.network)
    assert version.status == "signing" and version.content_hash
    assert [(s.signatory, s.expected_signer) for s in version.slots] == [
        ("coordinator", "Marie Claes"), ("mandated_officer", "Jan Peeters"),
        ("korpschef", "Els Maes"), ("mayor", "Véronique Dupont"),
        ("prevention_officer", "Luc Dubois")]
    assert networks.network_detail(db, ready.network).summary.state == State.SIGNATURES
    before = service.render_charter_pdf(db, ready.network, "nl")
    networks.update_network(db, ready.zone.officer, ready.network, streets=["Nieuwe Straat"])
    after = service.render_charter_pdf(db, ready.network, "nl")
    assert read_metadata(after)["content_hash"] == read_metadata(before)["content_hash"] \
        == version.content_hash  # what was sent for signature no longer moves with the network
    assert {f.name for f in list_fields(after)} == {
        "sig_coordinator", "sig_mandated_officer", "sig_korpschef", "sig_mayor",
        "sig_prevention_officer"}


def test_from_signatures_to_official_with_every_kind_of_signature(ready: Ready,
                                                                   pki: Pki) -> None:
    _sent(ready)
    db, zone, nid = ready.zone.db, ready.zone, ready.network
    unsigned = service.render_charter_pdf(db, nid, "nl")
    from_citizens = _signed_by(unsigned, pki, ("coordinator", "sig_coordinator"))
    recorded = service.record_signed_pdf(db, zone.officer, nid, from_citizens, "c.pdf",
                                         "citizens", TODAY)
    assert [(r.signatory, r.signer, r.method) for r in recorded] == [
        ("coordinator", "Marie Claes", "signed_pdf")]
    service.sign_in_app(db, zone.officer, nid, "mandated_officer",
                        pki.people["officer"].pkcs12, PASSPHRASE, TODAY)
    service.sign_in_app(db, zone.korpschef, nid, "korpschef",
                        pki.people["korpschef"].pkcs12, PASSPHRASE, TODAY)
    service.sign_in_app(db, zone.prevention, nid, "prevention_officer",
                        pki.people["prevention"].pkcs12, PASSPHRASE, TODAY)
    with pytest.raises(ValidationError) as early:
        service.submit_to_advp(db, zone.officer, nid, TODAY)
    assert "mayor" in early.value.message
    service.record_wet_ink(db, zone.officer, nid, "mayor", b"%PDF-1.4 scan", "mayor.pdf",
                           TODAY, media_type="application/pdf", today=TODAY)
    letter = service.submit_to_advp(db, zone.officer, nid, TODAY)
    assert letter.startswith(b"%PDF")
    assert networks.network_detail(db, nid, today=TODAY).summary.state == State.SUBMITTED
    service.record_approval(db, zone.officer, nid, dt.date(2026, 6, 20), "ADVP/2026/0042")
    detail = networks.network_detail(db, nid, today=TODAY)
    assert detail.summary.state == State.OFFICIAL
    (version,) = service.charter_versions(db, nid)
    assert (version.status, version.advp_reference, version.signed) == (
        "approved", "ADVP/2026/0042", 5)
    assert {s.method for s in version.slots} == {"signed_pdf", "digital", "wet_ink"}
    signed_pdf = service.file_bytes(db, [f for f in version.files
                                         if f.kind == "signed_pdf"][-1].sha256)
    report = verify(signed_pdf, [pki.root_pem])
    assert report.ok and report.all_trusted
    assert sorted(f.name for f in report.fields if f.signed) == [
        "sig_coordinator", "sig_korpschef", "sig_mandated_officer", "sig_prevention_officer"]


def test_received_pdfs_that_do_not_belong_are_refused_with_the_reason(
        ready: Ready, pki: Pki) -> None:
    _sent(ready)
    db, zone, nid = ready.zone.db, ready.zone, ready.network
    unsigned = service.render_charter_pdf(db, nid, "nl")
    wrong_person = _signed_by(unsigned, pki, ("mayor", "sig_coordinator"))
    with pytest.raises(ValidationError) as refused:
        service.record_signed_pdf(db, zone.officer, nid, wrong_person, today=TODAY)
    assert "not by Marie Claes" in refused.value.message
    good = _signed_by(unsigned, pki, ("coordinator", "sig_coordinator"))
    flipped = bytearray(good)
    index = good.index(b"stream", len(good) // 4) + 40
    flipped[index] ^= 0x01
    with pytest.raises((ValidationError, SigningError)):
        service.record_signed_pdf(db, zone.officer, nid, bytes(flipped), today=TODAY)
    with pytest.raises(ValidationError) as not_ours:
        service.record_signed_pdf(db, zone.officer, nid, b"%PDF-1.7 nothing", today=TODAY)
    assert "not a charter made by BIN Desk" in not_ours.value.message
    other = networks.create_network(db, zone.officer, name="BIN Elders", type="residential",
                                    municipality_id=zone.halle, today=TODAY)
    with pytest.raises(ValidationError) as other_network:
        service.record_signed_pdf(db, zone.officer, other, good, today=TODAY)
    assert "has no charter yet" in other_network.value.message
    (version,) = service.charter_versions(db, nid)
    assert version.signed == 0 and version.files == ()


def test_untrusted_certificates_and_wrong_slots_are_refused(ready: Ready, pki: Pki) -> None:
    _sent(ready)
    db, zone, nid = ready.zone.db, ready.zone, ready.network
    with pytest.raises(PermissionDenied):
        service.sign_in_app(db, zone.officer, nid, "korpschef",
                            pki.people["officer"].pkcs12, PASSPHRASE, TODAY)
    with pytest.raises(PermissionDenied):
        service.sign_in_app(db, zone.officer, nid, "coordinator",
                            pki.people["officer"].pkcs12, PASSPHRASE, TODAY)
    with pytest.raises(ValidationError) as foreign_cert:
        service.sign_in_app(db, zone.korpschef, nid, "korpschef",
                            pki.people["officer"].pkcs12, PASSPHRASE, TODAY)
    assert "Jan Peeters" in foreign_cert.value.message
    with pytest.raises(SigningError):
        service.sign_in_app(db, zone.korpschef, nid, "korpschef",
                            pki.people["korpschef"].pkcs12, b"wrong", TODAY)
    with pytest.raises(SigningError):
        service.sign_in_app(db, zone.officer, nid, "mandated_officer", pki.expired.pkcs12,
                            PASSPHRASE, TODAY)
    (version,) = service.charter_versions(db, nid)
    assert version.signed == 0 and version.files == ()


def test_the_korpschef_sends_back_and_a_new_version_is_drafted(ready: Ready) -> None:
    _sent(ready)
    db, zone, nid = ready.zone.db, ready.zone, ready.network
    with pytest.raises(PermissionDenied):
        service.send_back(db, zone.officer, nid, "not mine to refuse", TODAY)
    service.send_back(db, zone.korpschef, nid, "Territory misses the Kerkplein", TODAY)
    assert networks.network_detail(db, nid, today=TODAY).summary.state == State.CHARTER_DRAFTING
    new_id = service.ensure_draft(db, zone.officer, nid, TODAY)
    versions = service.charter_versions(db, nid)
    assert [(v.version, v.status) for v in versions] == [(2, "draft"), (1, "returned")]
    assert versions[0].charter_id == new_id
    korpschef = next(s for s in versions[1].slots if s.signatory == "korpschef")
    assert (korpschef.status, korpschef.note) == ("refused", "Territory misses the Kerkplein")


def test_amendment_keeps_the_old_version_readable_and_notices_go_to_advp(
        ready: Ready, pki: Pki) -> None:
    _sent(ready)
    db, zone, nid = ready.zone.db, ready.zone, ready.network
    for signatory in ("coordinator", "mandated_officer", "korpschef", "mayor",
                      "prevention_officer"):
        service.record_wet_ink(db, zone.officer, nid, signatory, b"scan", f"{signatory}.png",
                               TODAY, media_type="image/png", today=TODAY)
    service.submit_to_advp(db, zone.officer, nid, TODAY)
    service.record_approval(db, zone.officer, nid, TODAY, "ADVP/2026/0001")
    networks.transition(db, zone.officer, nid, "active", TODAY)
    old_pdf = service.render_charter_pdf(db, nid, "nl", version=1)
    service.start_amendment(db, zone.officer, nid, "two streets added", TODAY)
    assert networks.network_detail(db, nid, today=TODAY).summary.state == State.AMENDMENT
    service.update_draft(db, zone.officer, nid, texts={"nl": {"budget": "Geen kosten."}})
    service.send_for_signature(db, zone.officer, nid, TODAY)
    versions = service.charter_versions(db, nid)
    assert [(v.version, v.status) for v in versions] == [(2, "signing"), (1, "approved")]
    assert versions[0].content_hash != versions[1].content_hash
    assert read_metadata(service.render_charter_pdf(db, nid, "nl", version=1)) == \
        read_metadata(old_pdf)
    with pytest.raises(ValidationError):
        service.advp_notice(db, zone.officer, nid, TODAY)  # amending is no notice
    networks.transition(db, zone.officer, nid, "suspended", TODAY, "coordinator moved away")
    notice = service.advp_notice(db, zone.officer, nid, TODAY)
    assert notice.startswith(b"%PDF")
    kinds = [f.kind for v in service.charter_versions(db, nid) for f in v.files]
    assert "advp_notice" in kinds


def test_the_log_rebuilds_charters_signatures_and_files(ready: Ready, tmp_path: object,
                                                         pki: Pki) -> None:
    _sent(ready)
    db, zone, nid = ready.zone.db, ready.zone, ready.network
    service.sign_in_app(db, zone.korpschef, nid, "korpschef",
                        pki.people["korpschef"].pkcs12, PASSPHRASE, TODAY)
    from pathlib import Path  # noqa: PLC0415

    replica = open_database(Path(str(tmp_path)) / "replica")
    with db.read() as session:
        ops = list(session.scalars(select(Operation).order_by(Operation.hlc)))
    with replica.unit_of_work(None) as uow:
        for op in ops:
            apply_operation(uow.session, op)
    assert export_state(replica, include_operations=False) == export_state(
        db, include_operations=False)
    replica.close()
