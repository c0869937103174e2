"""The PDF documents, read back as real PDFs: fields, metadata, text, fonts, letters. No Qt.

Text and font checks use poppler's pdftotext/pdffonts and skip when they are missing (CI
installs poppler-utils, so there they run).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import enumerate_sig_fields

from bin_desktop.core.documents import fonts
from bin_desktop.core.documents.charter_pdf import read_metadata, render_charter
from bin_desktop.core.documents.letters import render_advp_letter
from bin_desktop.core.documents.model import (
    META_NETWORK,
    SECTION_CODES,
    AdvpLetter,
    CharterDocument,
    Partner,
    SignatureFieldSpec,
    field_name_for,
)
from bin_desktop.core.documents.preview import page_count, page_images
from bin_desktop.core.documents.texts import LETTER_KINDS, default_sections, vocabulary
from bin_desktop.core.domain import (
    SIGNATORY_PARTY,
    Category,
    Channel,
    NetworkType,
    Party,
    Role,
    Signatory,
)

STREETS = (
    "Kerkstraat", "Basiliekstraat", "Albert I-laan", "Alfred Dubois-straat", "Beestenmarkt",
    "Bergensesteenweg", "Brusselsesteenweg", "Dekenijstraat", "Edingensesteenweg",
    "Europalaan", "Fabriekstraat", "Grote Markt", "Hoogstraat", "Jozef Michelplein",
    "Kapittelstraat", "Kardinaal Cardijnstraat", "Klinkaert", "Lenniksesteenweg", "Leide",
    "Louis Van Beverenstraat", "Melkerijstraat", "Molenborre", "Nederhem",
    "Nijvelsesteenweg", "Oudstrijderslaan", "Parklaan", "Possozplein", "René Ghijsstraat",
    "Rodenem", "Sint-Rochusstraat", "Slachthuisstraat", "Spoorweglaan", "Stationsstraat",
    "Suikerkaai", "Vandenpeereboomplein", "Victor Nicaisestraat", "Volpestraat",
    "Vuurkruisenlaan", "Wilgenlaan", "Zuster Bernardastraat",
)
SIGNERS = {
    Signatory.COORDINATOR: "Marie Claes",
    Signatory.MANDATED_OFFICER: "Jan Peeters",
    Signatory.KORPSCHEF: "Els Maes",
    Signatory.PREVENTION_OFFICER: "Luc Dubois",
    Signatory.MAYOR: "Marc Snoeck",
}
CONTENT_HASH = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff"
SNITCH_CLAUSE = {"nl": "Een BIN is geen kliklijn.", "fr": "Un PLP n'est pas un outil de délation.",
                 "de": "Ein BIN ist kein Instrument der Denunziation."}
FOOTER = {"nl": ("versie 2", "pagina {page} van {pages}"),
          "fr": ("version 2", "page {page} sur {pages}"),
          "de": ("Version 2", "Seite {page} von {pages}")}


def sample_charter(language: str = "nl", network_type: str = "residential",
                   streets: tuple[str, ...] = STREETS, **changes: object) -> CharterDocument:
    """A realistic charter: 40 streets, 6 partners, 5 signatories (also used by the bench)."""
    doc = CharterDocument(
        language=language, network_id="01JDX4Q0NETWORK0000000001",
        network_name="BIN Kerkwijk Halle-Centrum", network_type=network_type, sector=None,
        zone_name="PZ Zennevallei", zone_number="5415", municipality="Halle",
        postcodes=("1500",), streets=streets, version=2, start_date=dt.date(2026, 3, 1),
        duration_months=36, sections=default_sections(language, network_type),
        allowed_categories=("burglary", "vehicle_crime", "theft", "fraud", "disappearance",
                            "suspicious_situation", "prevention_tip", "feedback"),
        channels=("sms", "voice", "email"),
        partners=(
            Partner("coordinator", "Marie Claes", "", "marie.claes@example.be",
                    "+32 470 12 34 56"),
            Partner("deputy", "Pieter Wouters", "", "", "+32 2 356 00 00"),
            Partner("mandated_officer", "Inspecteur Jan Peeters", "PZ Zennevallei",
                    "bin@pz-zennevallei.be", "+32 2 363 93 00"),
            Partner("korpschef", "Hoofdcommissaris Els Maes", "PZ Zennevallei",
                    "korpschef@pz-zennevallei.be"),
            Partner("prevention_officer", "Luc Dubois", "Stad Halle", "preventie@halle.be",
                    "+32 2 365 95 10"),
            Partner("mayor", "Marc Snoeck", "Stad Halle", "burgemeester@halle.be"),
        ),
        signatories=tuple(SignatureFieldSpec(field_name_for(s.value), s.value,
                                             SIGNATORY_PARTY[s].value, name)
                          for s, name in SIGNERS.items()),
        content_hash=CONTENT_HASH, generated_on=dt.date(2026, 11, 27))
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def sample_letter(kind: str = "submission", language: str = "nl") -> AdvpLetter:
    notice = kind not in ("submission", "amendment")
    return AdvpLetter(
        kind=kind, language=language, zone_name="PZ Zennevallei", zone_number="5415",
        zone_address="Zuster Bernardastraat 31\n1500 Halle",
        network_name="BIN Kerkwijk Halle-Centrum", network_type="residential",
        municipality="Halle", charter_version=2, content_hash=CONTENT_HASH,
        effective_on=dt.date(2026, 12, 1) if notice else None,
        reason="De coördinator is verhuisd; er is geen opvolger." if notice else "",
        signed_by=tuple((name, dt.date(2026, 10, 2 + i))
                        for i, name in enumerate(SIGNERS.values())),
        sender_name="Jan Peeters", sender_role="mandated_officer", korpschef_name="Els Maes",
        mayor_names=("Marc Snoeck",), reference="5415/BIN/2026/000001-1",
        dated=dt.date(2026, 11, 27))


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """pdftotext's output with runs of white space (line ends, no-break spaces) as one space."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out.replace("\u00a0", " "))


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True,
                         text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def sig_fields(pdf: bytes) -> dict[str, tuple[object, list[float]]]:
    reader = PdfFileReader(io.BytesIO(pdf))
    return {name: (value, [float(v) for v in ref.get_object()["/Rect"]])
            for name, value, ref in enumerate_sig_fields(reader)}


# -- signature fields ----------------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_signatory_has_an_empty_signature_field(language: str) -> None:
    doc = sample_charter(language)
    fields = sig_fields(render_charter(doc))
    assert set(fields) == {spec.field_name for spec in doc.signatories}
    assert all(value is None for value, _ in fields.values())


def test_signature_fields_lie_exactly_over_the_drawn_boxes() -> None:
    """Just inside every field's edge is the box's fill, just outside the white page."""
    pdf = render_charter(sample_charter())
    document = pdfium.PdfDocument(pdf)
    last = document[len(document) - 1]
    scale, height = 2, last.get_height()
    image = last.render(scale=scale).to_pil()
    field_fill, white = (247, 249, 251), (255, 255, 255)

    def pixel(x: float, y: float) -> tuple[int, int, int]:
        return tuple(image.getpixel((int(x * scale), int((height - y) * scale)))[:3])

    for name, (_, (x1, y1, x2, y2)) in sig_fields(pdf).items():
        assert x2 - x1 > 200 and y2 - y1 > 50, name
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
        inside = [pixel(x1 + 2, cy), pixel(x2 - 2, cy), pixel(cx, y1 + 2), pixel(cx, y2 - 2)]
        outside = [pixel(x1 - 2, cy), pixel(x2 + 2, cy), pixel(cx, y1 - 2), pixel(cx, y2 + 2)]
        assert inside == [field_fill] * 4, name
        assert outside == [white] * 4, name
    last.close()
    document.close()


def test_duplicate_field_names_are_refused() -> None:
    spec = SignatureFieldSpec("sig_coordinator", "coordinator", "citizens", "A")
    with pytest.raises(ValueError, match="unique"):
        render_charter(sample_charter(signatories=(spec, spec)))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="nl, fr or de"):
        render_charter(sample_charter(language="en", sections={}))


# -- metadata ------------------------------------------------------------------------------
def test_metadata_round_trips() -> None:
    pdf = render_charter(sample_charter())
    assert read_metadata(pdf) == {"network_id": "01JDX4Q0NETWORK0000000001", "version": 2,
                                  "content_hash": CONTENT_HASH}
    info = PdfFileReader(io.BytesIO(pdf)).trailer_view["/Info"].get_object()
    assert info["/Author"] == "PZ Zennevallei"
    assert "BIN Kerkwijk Halle-Centrum" in info["/Title"]


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Marie Claes")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    key_path, cert_path = tmp_path / "key.pem", tmp_path / "cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def test_metadata_survives_an_incremental_signature(tmp_path: Path) -> None:
    pdf = render_charter(sample_charter())
    key_path, cert_path = _self_signed(tmp_path)
    signer = signers.SimpleSigner.load(str(key_path), str(cert_path))
    assert signer is not None
    signed = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                              signers.PdfSignatureMetadata(field_name="sig_coordinator"),
                              signer=signer).getvalue()
    assert signed.startswith(pdf)  # an incremental update: the printed bytes are untouched
    fields = sig_fields(signed)
    assert fields["sig_coordinator"][0] is not None
    assert fields["sig_korpschef"][0] is None
    assert read_metadata(signed)["content_hash"] == CONTENT_HASH


def test_metadata_found_when_a_later_revision_drops_it() -> None:
    """Some signing tools rewrite the Info dictionary: the first revision still tells."""
    pdf = render_charter(sample_charter())
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.set_info(generic.DictionaryObject({
        generic.NameObject("/Title"): generic.TextStringObject("re-saved")}))
    out = io.BytesIO()
    writer.write(out)
    resaved = out.getvalue()
    reader = PdfFileReader(io.BytesIO(resaved))
    assert META_NETWORK not in reader.trailer_view["/Info"].get_object()
    assert read_metadata(resaved)["version"] == 2


def test_read_metadata_refuses_other_pdfs_and_non_pdfs() -> None:
    with pytest.raises(ValueError, match="no BIN Desk charter metadata"):
        read_metadata(render_advp_letter(sample_letter()))
    with pytest.raises(ValueError, match="not a readable PDF"):
        read_metadata(b"this is not a PDF")


# -- text ----------------------------------------------------------------------------------
@needs_poppler
def test_charter_text_has_name_streets_and_the_no_snitch_clause(tmp_path: Path) -> None:
    text = pdf_text(render_charter(sample_charter("nl")), tmp_path)
    assert "BIN Kerkwijk Halle-Centrum" in text
    missing = [street for street in STREETS if street not in text]
    assert not missing
    assert SNITCH_CLAUSE["nl"] in text
    assert "Marie Claes" in text and "marie.claes@example.be" in text


@needs_poppler
@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_footer_version_hash_and_page_numbers(language: str, tmp_path: Path) -> None:
    pdf = render_charter(sample_charter(language))
    text = pdf_text(pdf, tmp_path)
    version, page_pattern = FOOTER[language]
    pages = page_count(pdf)
    assert pages >= 3
    for page in range(1, pages + 1):
        assert page_pattern.format(page=page, pages=pages) in text
    assert text.count(version) >= pages
    assert text.count(CONTENT_HASH[:16]) == pages
    assert SNITCH_CLAUSE[language] in text


@needs_poppler
def test_special_characters_survive(tmp_path: Path) -> None:
    special = "Café Noël – Façade’s Straße € 5"
    doc = sample_charter(streets=(*STREETS, special),
                         sections={**default_sections("nl", "residential"),
                                   "budget": f"Bijdrage: {special}."})
    text = pdf_text(render_charter(doc), tmp_path)
    assert text.count(special) == 2


@needs_poppler
def test_long_street_list_and_long_texts_flow_over_pages(tmp_path: Path) -> None:
    streets = tuple(f"Lange Nieuwe Straat nummer {n:03d}" for n in range(300))
    long_text = "\n\n".join(
        f"Alinea {n}: " + "Het BIN is geen kliklijn en patrouilleert nooit. " * 12
        for n in range(40))
    doc = sample_charter(streets=streets, sections={code: long_text for code in SECTION_CODES})
    pdf = render_charter(doc)
    text = pdf_text(pdf, tmp_path)
    assert page_count(pdf) > 20
    assert all(street in text for street in streets)
    assert text.count("Alinea 39:") == len(SECTION_CODES)
    assert set(sig_fields(pdf)) == {spec.field_name for spec in doc.signatories}


def test_empty_and_unusual_content_still_renders() -> None:
    doc = sample_charter(streets=(), partners=(), channels=(), allowed_categories=(),
                         start_date=None, duration_months=None, sections={},
                         sector="apothekers", signatories=())
    pdf = render_charter(doc)
    assert page_count(pdf) >= 2
    assert sig_fields(pdf) == {}
    assert read_metadata(pdf)["network_id"] == doc.network_id


# -- fonts ---------------------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_only_embedded_fonts(language: str, tmp_path: Path) -> None:
    for pdf in (render_charter(sample_charter(language)),
                render_advp_letter(sample_letter(language=language))):
        rows = pdf_fonts(pdf, tmp_path)
        assert rows
        assert all(row[-5] == "yes" for row in rows), rows  # the "emb" column
        assert all("DejaVuSans" in row[0] for row in rows), rows


def test_font_registration_is_idempotent() -> None:
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY
    assert (fonts.fonts_dir() / "LICENSE").is_file()


# -- default texts -------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_default_sections_cover_every_section(language: str) -> None:
    residential = default_sections(language, "residential")
    bin_z = default_sections(language, "bin_z")
    sector = default_sections(language, "sector")
    for texts in (residential, bin_z, sector):
        assert list(texts) == list(SECTION_CODES)
        assert all(len(text) > 150 for text in texts.values())
    assert bin_z["objectives"] != residential["objectives"]
    assert bin_z["membership"] != residential["membership"]
    assert sector["objectives"] != residential["objectives"]
    assert SNITCH_CLAUSE[language] in residential["not_passed_on"]
    assert "112" in residential["communication_plan"]
    assert "1934" in residential["prohibited"] and "2007" in residential["prohibited"]
    assert "2016/679" in residential["privacy"]


def test_bin_z_objectives_speak_of_shops_counterfeit_money_and_fraud() -> None:
    objectives = default_sections("nl", "bin_z")["objectives"]
    assert all(word in objectives for word in ("handelaars", "vals geld", "fraude"))
    objectives = default_sections("fr", "bin_z")["objectives"]
    assert all(word in objectives for word in ("commerçants", "fausse monnaie", "fraude"))


def test_default_sections_refuse_unknown_language_or_type() -> None:
    with pytest.raises(ValueError):
        default_sections("en", "residential")
    with pytest.raises(ValueError):
        default_sections("nl", "neighbourhood")


def test_vocabularies_cover_every_code() -> None:
    for language in ("nl", "fr", "de"):
        vocab = vocabulary(language)
        assert set(vocab.categories) == {c.value for c in Category}
        assert set(vocab.channels) == set(vocab.channel_use) == {c.value for c in Channel}
        assert set(vocab.network_types) == set(vocab.network_kinds) == {
            t.value for t in NetworkType}
        assert set(vocab.signatories) == {s.value for s in Signatory}
        assert set(vocab.parties) == set(vocab.party_headings) == {p.value for p in Party}
        assert set(vocab.operator_roles) == {r.value for r in Role}
        assert set(vocab.section_headings) == set(SECTION_CODES)
        for table in (vocab.subjects, vocab.bodies, vocab.requests, vocab.reason_labels):
            assert set(table) == set(LETTER_KINDS)
        assert len(vocab.months) == 12


# -- letters -------------------------------------------------------------------------------
ADVP = {"nl": ("Algemene Directie Veiligheid en Preventie (ADVP)", "Waterloolaan 76",
               "1000 Brussel"),
        "fr": ("Direction générale Sécurité et Prévention (DGSP)", "Boulevard de Waterloo 76",
               "1000 Bruxelles"),
        "de": ("FÖD Inneres", "Boulevard de Waterloo 76", "1000 Brüssel")}


@needs_poppler
@pytest.mark.parametrize("language", ["nl", "fr", "de"])
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_letter_has_advp_address_and_subject(kind: str, language: str,
                                              tmp_path: Path) -> None:
    letter = sample_letter(kind, language)
    pdf = render_advp_letter(letter)
    text = pdf_text(pdf, tmp_path)
    vocab = vocabulary(language)
    subject = vocab.subjects[kind].format(network=letter.network_name).replace("\u00a0", " ")
    assert subject in text
    assert all(part in text for part in ADVP[language])
    assert letter.reference in text
    assert vocab.footer_page.format(page=1, pages=page_count(pdf)) in text
    if kind in ("submission", "amendment"):
        assert all(name in text for name, _ in letter.signed_by)
        assert CONTENT_HASH in text
    else:
        assert vocab.format_date(dt.date(2026, 12, 1)) in text


def test_letter_refuses_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown letter kind"):
        render_advp_letter(dataclasses.replace(sample_letter(), kind="approval"))


# -- preview -------------------------------------------------------------------------------
def _decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the unfiltered RGB rows of a PNG written by the preview."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    position, chunks = 8, {}
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length:position + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks[kind] = chunks.get(kind, b"") + body
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour) == (8, 2)
    raw = zlib.decompress(chunks[b"IDAT"])
    assert len(raw) == height * (1 + 3 * width) and b"IEND" in chunks
    return width, height, raw


def test_page_images_are_pngs_one_per_page() -> None:
    pdf = render_advp_letter(sample_letter())
    images = page_images(pdf, dpi=40)
    assert len(images) == page_count(pdf) >= 1
    width, height, raw = _decode_png(images[0])
    assert (width, height) == (round(595.3 * 40 / 72), round(841.9 * 40 / 72))  # A4 at 40 dpi
    stride = 1 + 3 * width
    pixels = b"".join(raw[y * stride + 1:(y + 1) * stride] for y in range(height))
    assert pixels.count(b"\xff\xff\xff") > width * height // 2  # mostly white paper …
    assert min(pixels) < 80  # … with dark text on it
    with pytest.raises(ValueError):
        page_count(b"not a pdf")
