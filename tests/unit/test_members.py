"""Member lists through the core services: import for review, the queue, members, privacy,
exports — with files built here, real SQLite and the operation log."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from sqlalchemy import select

from bin_desktop.core import networks
from bin_desktop.core.dashboard import DashboardFilter, load_rows
from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.members import service
from bin_desktop.core.members.reader import MemberFileError
from bin_desktop.core.store.models import ImportRow, Member, Operation

from .conftest import SmallZone

TODAY = dt.date(2026, 11, 27)
HEADER = "Naam;Voornaam;Straat;Nr;Postcode;GSM;E-mail;Taal;Toestemming"


def _csv(*lines: str) -> bytes:
    """A list as Belgian Excel saves it: Windows-1252 and semicolons."""
    return ("\r\n".join([HEADER, *lines]) + "\r\n").encode("cp1252")


@pytest.fixture
def zone(small_zone: SmallZone) -> SmallZone:
    networks.update_network(small_zone.db, small_zone.officer, small_zone.network,
                            streets=["Kerkstraat", "Basiliekstraat", "Sint-Rochusstraat"],
                            postcodes=["1500"])
    return small_zone


LIST = _csv(
    "Peeters;Jan;Kerkstraat;12;1500;0470 12 34 56;jan.peeters@example.org;NL;ja",
    "Dupré;Jean-Pierre;Basiliekstr.;3;1500;+32 471/23.45.67;;FR;01/03/2026",
    "Claes;Mia;Marktplein;1;1500;0472123456;mia@example.org;nl;ja",
    "Maes;Els;Kerkstraat;14;1500;02 345 67 89;;nl;",
    "dupre;jean pierre;Basiliekstraat;3;1500;0471 23 45 67;;fr;ja",
    "Wouters;An;St.-Rochusstraat;7;1500;;;nl;ja",
)


def test_a_dry_run_validates_every_row_and_stores_nothing(zone: SmallZone) -> None:
    result = service.import_file(zone.db, zone.officer, zone.network, LIST, "leden.csv",
                                 dry_run=True, today=TODAY)
    assert result.import_id is None
    by_row = {r.row: r for r in result.rows}
    assert by_row[2].status == "ok" and by_row[2].phone_e164 == "+32470123456"
    assert by_row[3].status == "ok" and by_row[3].street == "Basiliekstraat"
    assert "address.outside_area" in by_row[4].codes
    assert {"consent.missing", "phone.not_mobile"} <= set(by_row[5].codes)
    assert by_row[6].status == "duplicate" and by_row[6].duplicate_of_row == 3
    assert "contact.missing" in by_row[7].codes
    assert result.summary == {"ok": 2, "problem": 3, "duplicate": 1}
    with zone.db.read() as session:
        assert session.scalars(select(ImportRow)).first() is None


def test_review_queue_approve_fix_merge_reject_and_the_dashboard_count(zone: SmallZone) -> None:
    db, officer = zone.db, zone.officer
    result = service.import_file(db, officer, zone.network, LIST, "leden.csv", today=TODAY)
    assert result.import_id is not None
    assert service.approve_all_ok(db, officer, zone.network, TODAY) == 2
    queued = {r.row_number: r for r in service.queue(db, zone.network)}
    assert sorted(queued) == [4, 5, 6, 7]
    fixed = service.fix_row(db, officer, queued[4].id, "street", "Kerkstraat", TODAY)
    assert fixed.status == "ok", fixed.codes
    fixed_consent = service.fix_row(db, officer, queued[5].id, "consent", "2026-10-01", TODAY)
    assert "consent.missing" not in fixed_consent.codes
    assert fixed_consent.data["phone_e164"] == "+3223456789"  # kept through the fix
    service.approve_rows(db, officer, [queued[4].id, queued[5].id], TODAY)
    merged_into = service.merge_row(db, officer, queued[6].id)
    with pytest.raises(ValidationError):
        service.reject_rows(db, officer, [queued[7].id], "  ")
    service.reject_rows(db, officer, [queued[7].id], "no contact data at all")
    assert service.queue(db, zone.network) == []
    members = service.member_page(db, zone.network)
    assert len(members) == 4
    assert merged_into in {m.id for m in members}
    assert all(m.source_import_id == result.import_id and m.reviewed_by == officer
               for m in members)
    with db.read() as session:
        (row,) = load_rows(session, DashboardFilter(network_ids=frozenset({zone.network})))
    assert row.members == 4


def test_a_newer_list_shows_what_changed_instead_of_duplicating_everyone(
        zone: SmallZone) -> None:
    db, officer = zone.db, zone.officer
    service.import_file(db, officer, zone.network, LIST, "leden.csv", today=TODAY)
    service.approve_all_ok(db, officer, zone.network, TODAY)
    newer = _csv(
        "Peeters;Jan;Kerkstraat;12;1500;0470 12 34 56;jan.peeters@example.org;NL;ja",
        "Dupré;Jean-Pierre;Basiliekstraat;5;1500;+32 471 23 45 67;;FR;01/03/2026",
        "Goossens;Lotte;Kerkstraat;20;1500;0473 00 11 22;;nl;ja",
    )
    result = service.import_file(db, officer, zone.network, newer, "leden-v2.csv",
                                 dry_run=True, today=TODAY)
    assert (result.diff.new, result.diff.unchanged, result.diff.changed) == (1, 1, 1)
    assert result.diff.gone == ()


def test_bad_files_and_roles_are_refused_and_nothing_is_stored(zone: SmallZone) -> None:
    db = zone.db
    with pytest.raises(MemberFileError):
        service.import_file(db, zone.officer, zone.network, b"%PDF-1.7 not a list",
                            "leden.pdf", today=TODAY)
    with pytest.raises(ValidationError):
        service.import_file(db, zone.officer, zone.network, LIST, "leden.csv",
                            mapping={"street": 2}, today=TODAY)
    with pytest.raises(PermissionDenied):
        service.import_file(db, zone.admin, zone.network, LIST, "leden.csv", today=TODAY)
    with db.read() as session:
        assert session.scalars(select(ImportRow)).first() is None


def test_exported_csv_never_carries_a_live_formula(zone: SmallZone) -> None:
    db, officer = zone.db, zone.officer
    hostile = _csv('Eva;"=HYPERLINK(""http://evil.example"";""klik"")";Kerkstraat;1;1500;'
                   '0474 11 22 33;;nl;ja',
                   "Bram;@SUM(A1);Kerkstraat;2;1500;0475 11 22 33;;nl;ja")
    service.import_file(db, officer, zone.network, hostile, "leden.csv", today=TODAY)
    assert service.approve_all_ok(db, officer, zone.network, TODAY) == 2
    exported = service.export_csv(db, officer, zone.network)
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(service.EXPORT_COLUMNS)
    names = sorted(r[0] for r in rows[1:])
    assert all(not n.startswith(("=", "+", "-", "@")) for n in names)
    assert any(n.startswith("'=HYPERLINK") for n in names)
    assert any(n.startswith("'@SUM") for n in names)
    phones = [r[5] for r in rows[1:]]
    assert all(p.startswith("'+32") for p in phones)


def test_erasure_removes_personal_data_everywhere_but_keeps_the_count(zone: SmallZone) -> None:
    db, officer = zone.db, zone.officer
    service.import_file(db, officer, zone.network, LIST, "leden.csv", today=TODAY)
    service.approve_all_ok(db, officer, zone.network, TODAY)
    jan = next(m for m in service.member_page(db, zone.network) if m.first_name == "Jan")
    report = service.access_report(db, officer, jan.id)
    assert report["member"]["phone_e164"] == "+32470123456"
    assert report["changes"] and json.dumps(report)  # serialisable as given to the member
    service.forget_member(db, officer, jan.id)
    with db.read() as session:
        row = session.get(Member, jan.id)
        assert row is not None and row.erased and row.deleted and row.full_name == ""
        logged = " ".join(op.fields for op in session.scalars(select(Operation).where(
            Operation.entity.in_(["member", "import_row"]))))
        queued = " ".join(json.dumps(r.data) for r in session.scalars(select(ImportRow)))
    for secret in ("+32470123456", "jan.peeters@example.org", "Peeters"):
        assert secret not in logged and secret not in queued
    assert "Dupré" in logged  # the others are untouched


def test_retention_erases_members_who_left_long_ago(zone: SmallZone) -> None:
    db, officer = zone.db, zone.officer
    service.import_file(db, officer, zone.network, LIST, "leden.csv", today=TODAY)
    service.approve_all_ok(db, officer, zone.network, TODAY)
    first, second = service.member_page(db, zone.network)[:2]
    service.update_member(db, officer, first.id, status="left", left_on=dt.date(2026, 1, 10))
    service.update_member(db, officer, second.id, status="left", left_on=dt.date(2026, 10, 1))
    assert service.purge_retention(db, officer, TODAY) == 1
    with db.read() as session:
        assert session.get(Member, first.id).erased  # type: ignore[union-attr]
        assert not session.get(Member, second.id).erased  # type: ignore[union-attr]


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None,
                    reason="poppler's pdftotext is not installed")
def test_the_pdf_list_holds_the_active_members_only(zone: SmallZone, tmp_path: object) -> None:
    import subprocess  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    db, officer = zone.db, zone.officer
    service.import_file(db, officer, zone.network, LIST, "leden.csv", today=TODAY)
    service.approve_all_ok(db, officer, zone.network, TODAY)
    dupre = next(m for m in service.member_page(db, zone.network) if m.last_name == "Dupré")
    service.update_member(db, officer, dupre.id, status="left")
    path = Path(str(tmp_path)) / "lijst.pdf"
    path.write_bytes(service.export_pdf(db, officer, zone.network, TODAY))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Jan Peeters" in text and "+32470123456" in text
    assert "Dupré" not in text
    assert "1 leden" in text and "pagina 1 van 1" in text


def test_search_ignores_case_and_accents_and_follows_edits(zone: SmallZone) -> None:
    db, officer = zone.db, zone.officer
    service.import_file(db, officer, zone.network, LIST, "leden.csv", today=TODAY)
    service.approve_all_ok(db, officer, zone.network, TODAY)

    def names(text: str) -> list[str]:
        return [m.full_name for m in service.member_page(
            db, zone.network, service.MemberFilter(search=text))]

    assert names("DUPRE") == ["Jean-Pierre Dupré"]
    assert names("basiliek") == ["Jean-Pierre Dupré"]
    assert names("+32470") == ["Jan Peeters"]
    jan = next(m for m in service.member_page(db, zone.network) if m.first_name == "Jan")
    service.update_member(db, officer, jan.id, full_name="Jan Peeters-Smet")
    assert names("smet") == ["Jan Peeters-Smet"]
    service.forget_member(db, officer, jan.id)
    assert names("smet") == [] and service.count_members(
        db, zone.network, service.MemberFilter(search="peeters")) == 0
