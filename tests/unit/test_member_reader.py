"""The member-list reader on files built here: openpyxl writes the workbooks, Python the CSV bytes
and a minimal OLE2 container; no binary fixture is committed."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import tracemalloc
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from bin_desktop.core.members.model import RawTable
from bin_desktop.core.members.reader import (
    MAX_CELL_CHARS,
    MemberFileError,
    apply_mapping,
    guess_mapping,
    read_table,
    read_table_from_path,
    read_table_with_notes,
)

HEADER = ["Naam", "Voornaam", "Straat", "Nr", "Postcode", "Gemeente", "GSM", "E-mail"]
PEETERS = ["Peeters", "Jan", "Kerkstraat", "12", "1500", "Halle", "0470 12 34 56", "jan@x.be"]
GOOSSENS = ["Goossens", "Zoë", "Molenweg", "3", "1500", "Halle", "0471 22 33 44", ""]


def csv_bytes(lines: Sequence[str], encoding: str, newline: str = "\r\n") -> bytes:
    return newline.join(lines).encode(encoding) + newline.encode(encoding)


def xlsx_bytes(rows: Sequence[Sequence[object]], *, title: str = "Leden",
               setup: Callable[[openpyxl.workbook.Workbook], None] | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    if setup is not None:
        setup(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def patch_part(data: bytes, part: str, edit: Callable[[str], str]) -> bytes:
    """Rewrites one part of a zip: for what openpyxl cannot write (cached formula values)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == part:
                content = edit(content.decode()).encode()
            target.writestr(item, content)
    return out.getvalue()


def set_cell_xml(data: bytes, ref: str, xml: str) -> bytes:
    return patch_part(data, "xl/worksheets/sheet1.xml",
                      lambda text: re.sub(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml, text, count=1))


def cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal but well-formed OLE2 Compound File (MS-CFB version 3, 512-byte sectors).

    Every stream is padded to 4,096 bytes so it lives in ordinary sectors (no mini stream). The
    directory is the root plus the streams as a right-leaning chain sorted the CFB way (length,
    then upper case): a valid binary search tree, all black, as some writers produce it.
    """
    free, end, fat_mark, nostream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    contents = [streams[n].ljust(4096, b"\0") for n in names]
    bodies = [c.ljust(-(-len(c) // 512) * 512, b"\0") for c in contents]
    entries = 1 + len(names)
    dir_sectors = -(-entries // 4)
    fat = [fat_mark]
    fat += [*range(2, 1 + dir_sectors), end]  # directory chain from sector 1
    starts = []
    for body in bodies:
        first = len(fat)
        count = len(body) // 512
        starts.append(first)
        fat += [*range(first + 1, first + count), end]
    assert len(fat) <= 128
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", nostream, right, child) + bytes(16) + bytes(4)
                + bytes(16) + struct.pack("<IQ", start, size))

    directory = entry("Root Entry", 5, 1 if names else nostream, nostream, end, 0)
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else nostream
        directory += entry(name, 2, nostream, right, starts[index], len(contents[index]))
    directory = directory.ljust(dir_sectors * 512, b"\0")
    for offset in range(entries * 128, len(directory), 128):  # unused entries: no siblings
        directory = (directory[:offset + 0x44] + struct.pack("<III", nostream, nostream, nostream)
                     + directory[offset + 0x50:])
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *([free] * 108)))
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + directory + b"".join(bodies)


def encrypted_xlsx() -> bytes:
    """What Excel writes for "Protect with password": EncryptionInfo + EncryptedPackage."""
    info = (struct.pack("<HHI", 4, 4, 0x40)
            + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')
    package = struct.pack("<Q", 9000) + bytes(range(256)) * 36
    return cfb({"EncryptionInfo": info, "EncryptedPackage": package})


def error_code(data: bytes, filename: str, **kwargs: object) -> MemberFileError:
    with pytest.raises(MemberFileError) as caught:
        read_table(data, filename, **kwargs)  # type: ignore[arg-type]
    return caught.value


# --- CSV ------------------------------------------------------------------------------------


def test_cp1252_semicolon_with_accents() -> None:
    data = csv_bytes([";".join(HEADER), "Peeters;José;Kerkstraat;12;1500;Halle;0470;",
                      "Van Hoeck;Anaïs;Rue de la Façade;3;1500;Halle;0471;",
                      "Ngoc;Françoise;Molenweg;4;1500;Halle;0472;"], "cp1252")
    table = read_table(data, "leden.csv")
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1252", ";", 1)
    assert table.headers == tuple(HEADER)
    assert [row.cells[1] for row in table.rows] == ["José", "Anaïs", "Françoise"]
    assert table.rows[1].cells[2] == "Rue de la Façade"
    assert [row.number for row in table.rows] == [2, 3, 4]


def test_utf8_bom_comma() -> None:
    data = b"\xef\xbb\xbf" + csv_bytes([",".join(HEADER), ",".join(GOOSSENS)], "utf-8")
    table = read_table(data, "export.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers[0] == "Naam"  # no BOM glued to the first header
    assert table.rows[0].cells[:2] == ("Goossens", "Zoë")


def test_tab_and_utf16_unicode_text() -> None:
    lines = ["\t".join(HEADER), "\t".join(PEETERS)]
    for data, encoding in ((csv_bytes(lines, "utf-8"), "utf-8"),
                           (b"\xff\xfe" + csv_bytes(lines, "utf-16-le"), "utf-16")):
        table = read_table(data, "leden.txt")
        assert (table.encoding, table.delimiter) == (encoding, "\t")
        assert table.rows[0].cells == tuple(PEETERS)


def test_quoted_newlines_keep_physical_line_numbers() -> None:
    data = csv_bytes(["Naam;Adres;Opmerking",
                      'Peeters;"Kerkstraat 12,\nbus 3";"houdt ""de sleutel""\nvan nr 14"',
                      "Maes;Molenweg 3;",
                      "",
                      'Claes;"Dorp 1";"a\r\nb\r\nc"',
                      "Janssens;Dorp 2;"], "utf-8", newline="\r\n")
    table = read_table(data, "x.csv")
    assert [row.number for row in table.rows] == [2, 5, 7, 10]
    assert table.rows[0].cells == ("Peeters", "Kerkstraat 12, bus 3",
                                   'houdt "de sleutel" van nr 14')
    assert table.rows[2].cells[2] == "a b c"


def test_separator_sniffing_ignores_commas_in_fields_and_prefers_semicolon() -> None:
    semicolon = csv_bytes(["Naam;Adres;GSM", "Peeters, Jan;Kerkstraat 12, bus 3;0470",
                           "Maes;Dorp 1;0471", '"Claes; Els";Dorp 2;0472'], "utf-8")
    assert read_table(semicolon, "a.csv").delimiter == ";"
    comma = csv_bytes(["Name,Street,Phone", '"Peeters; Jan","Main St 1; flat 2",0470',
                       "Maes,Dorp 1,0471"], "utf-8")
    assert read_table(comma, "b.csv").delimiter == ","
    tie = csv_bytes(["Naam;Adres,GSM", "Peeters;Dorp 1,0470"], "utf-8")
    assert read_table(tie, "c.csv").delimiter == ";"
    hinted = csv_bytes(["sep=,", "Naam,Adres;x", "Peeters,Dorp 1;y", "Maes,Dorp;2;z"], "utf-8")
    table = read_table(hinted, "d.csv")
    assert (table.delimiter, table.header_row, table.rows[0].number) == (",", 2, 3)


def test_unclosed_quote_says_where() -> None:
    data = csv_bytes(["Naam;Adres", "Peeters;Dorp 1", 'Maes;"Dorp 2', "Claes;Dorp 3"], "utf-8")
    error = error_code(data, "x.csv")
    assert error.code == "unclosed_quote"
    assert error.params["line"] == "3"


def test_csv_title_rows_empty_rows_and_control_characters() -> None:
    data = csv_bytes(["Ledenlijst BIN Kerkwijk 2026;;;", ";;;", "Naam;Voornaam;GSM;Opmerking",
                      "Peeters;Jan;0470;\x00<b>vet</b>\x07", ";;;", "",
                      'Maes;\u202eEls\u200b;0471;"=HYPERLINK(""http://x"";""klik"")"'], "utf-8")
    table = read_table(data, "x.csv")
    assert table.header_row == 3
    assert [row.number for row in table.rows] == [4, 7]
    assert table.rows[0].cells[3] == "<b>vet</b>"
    assert table.rows[1].cells[1] == "Els"
    assert table.rows[1].cells[3] == '=HYPERLINK("http://x";"klik")'


def test_long_cell_cut_and_reported() -> None:
    data = csv_bytes(["Naam;Opmerking", "Peeters;" + "x" * 10_000, "Maes;kort"], "utf-8")
    result = read_table_with_notes(data, "x.csv")
    assert len(result.table.rows[0].cells[1]) == MAX_CELL_CHARS
    assert result.truncated == frozenset({(2, 1)})


def test_rows_are_padded_to_one_width() -> None:
    data = csv_bytes(["Naam;GSM;;", "Peeters", "Maes;0471;;extra"], "utf-8")
    table = read_table(data, "x.csv")
    assert table.headers == ("Naam", "GSM", "", "")
    assert [row.cells for row in table.rows] == [("Peeters", "", "", ""),
                                                 ("Maes", "0471", "", "extra")]


# --- XLSX -----------------------------------------------------------------------------------


def test_xlsx_title_and_blank_rows_before_header_and_gaps() -> None:
    data = xlsx_bytes([["Ledenlijst BIN Kerkwijk 2026"], [], [None, "versie maart"], [],
                       HEADER, PEETERS, [], [None, None], GOOSSENS])
    table = read_table(data, "leden.xlsx")
    assert (table.sheet, table.header_row) == ("Leden", 5)
    assert table.headers == tuple(HEADER)
    assert [row.number for row in table.rows] == [6, 9]
    assert table.rows[1].cells[1] == "Zoë"
    assert table.encoding is None and table.delimiter is None


def test_xlsx_numbers_dates_booleans_as_text() -> None:
    data = xlsx_bytes([["Naam", "GSM", "Telefoon", "Toestemming", "Ingeschreven", "Bedrag", "Lid"],
                       ["Peeters", 470123456.0, 32470123456, dt.date(2026, 3, 1),
                        dt.datetime(2026, 3, 1, 14, 5), 1.5e-7, True],
                       ["Maes", 470123456, "0470 12 34 56", "01/03/2026", "ja", 12.25, False]])
    table = read_table(data, "x.xlsx")
    assert table.rows[0].cells == ("Peeters", "470123456", "32470123456", "2026-03-01",
                                   "2026-03-01 14:05", "0.00000015", "yes")
    assert table.rows[1].cells == ("Maes", "470123456", "0470 12 34 56", "01/03/2026", "ja",
                                   "12.25", "no")


def test_xlsx_formulas_errors_and_malicious_text_stay_inert() -> None:
    def setup(book: openpyxl.workbook.Workbook) -> None:
        cell = book.active["C2"]
        cell.value = '=HYPERLINK("http://evil.example";"klik")'
        cell.data_type = "s"  # typed as text, as a coordinator's cell would be

    data = xlsx_bytes([["Naam", "GSM", "Opmerking", "Postcode", "Gemeente"],
                       ["Peeters", "x", "y", "p", "g"]], setup=setup)
    data = set_cell_xml(data, "D2", '<c r="D2" t="n"><f>1000+500</f><v>1500</v></c>')
    data = set_cell_xml(data, "E2", '<c r="E2" t="e"><f>VLOOKUP(A2,Z:Z,2,0)</f><v>#N/A</v></c>')
    data = set_cell_xml(data, "B2", '<c r="B2" t="inlineStr"><is><t>&lt;script&gt;x'
                                    '&lt;/script&gt;</t></is></c>')
    table = read_table(data, "x.xlsx")
    assert table.rows[0].cells == ("Peeters", "<script>x</script>",
                                   '=HYPERLINK("http://evil.example";"klik")', "1500", "")


def test_xlsx_formula_without_cached_value_is_empty() -> None:
    data = xlsx_bytes([["Naam", "Postcode"], ["Peeters", "=1000+500"]])  # openpyxl caches none
    assert read_table(data, "x.xlsx").rows[0].cells == ("Peeters", "")


def test_xlsx_merged_cells() -> None:
    def setup(book: openpyxl.workbook.Workbook) -> None:
        sheet = book.active
        sheet.merge_cells("A1:H1")  # the title across the columns
        sheet.merge_cells("C3:C4")  # one street for a household
        sheet.merge_cells("D3:E3")  # a number spilling over the postcode column

    household = ["Peeters", "An", None, None, None, "Halle", "0472", ""]
    data = xlsx_bytes([["Ledenlijst BIN Kerkwijk"], HEADER, PEETERS, household],
                      setup=setup)
    table = read_table(data, "x.xlsx")
    assert table.header_row == 2
    assert table.rows[0].cells[2:5] == ("Kerkstraat", "12", "")
    assert table.rows[1].cells[2:5] == ("Kerkstraat", "", "")


def test_xlsx_two_line_header_under_a_merged_cell() -> None:
    def setup(book: openpyxl.workbook.Workbook) -> None:
        book.active.merge_cells("B1:D1")

    data = xlsx_bytes([["Naam", "Adres", None, None, "GSM"], [None, "Straat", "Nr", "Bus"],
                       ["Peeters", "Kerkstraat", 12, "b", "0470"]], setup=setup)
    table = read_table(data, "x.xlsx")
    assert table.headers == ("Naam", "Straat", "Nr", "Bus", "GSM")
    assert [row.number for row in table.rows] == [3]
    assert guess_mapping(table.headers) == {"full_name": 0, "street": 1, "house_number": 2,
                                            "box": 3, "phone": 4}


def test_xlsx_long_cell_control_characters() -> None:
    data = xlsx_bytes([["Naam", "Opmerking"], ["Pee\tters\n", "y" * 10_000], ["Maes", "ok"]])
    result = read_table_with_notes(data, "x.xlsx")
    assert result.table.rows[0].cells == ("Pee ters", "y" * MAX_CELL_CHARS)
    assert result.truncated == frozenset({(2, 1)})


def test_xlsx_wrong_dimension_does_not_cut_rows() -> None:
    data = xlsx_bytes([HEADER, PEETERS, GOOSSENS])
    data = patch_part(data, "xl/worksheets/sheet1.xml",
                      lambda text: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:B2"/>',
                                          text))
    table = read_table(data, "x.xlsx")
    assert [row.cells for row in table.rows] == [tuple(PEETERS), tuple(GOOSSENS)]


def test_xlsx_sheet_choice() -> None:
    def setup(book: openpyxl.workbook.Workbook) -> None:
        uitleg = book.create_sheet("Uitleg", 0)
        uitleg.append(["Vul per lid één rij in", "en stuur het bestand terug"])
        uitleg.append(["Vragen?", "Bel de wijkagent"])
        book.create_sheet("Leeg", 1)
        other = book.create_sheet("Oud")
        other.append(HEADER)
        other.append(GOOSSENS)

    data = xlsx_bytes([HEADER, PEETERS], setup=setup)
    assert read_table(data, "x.xlsx").sheet == "Leden"  # a recognised header beats "Uitleg"
    chosen = read_table(data, "x.xlsx", sheet="oud")  # case-insensitive
    assert (chosen.sheet, chosen.rows[0].cells[0]) == ("Oud", "Goossens")
    error = error_code(data, "x.xlsx", sheet="Archief")
    assert error.code == "no_sheet" and "“Leden”" in error.message


# --- What is refused ------------------------------------------------------------------------


def test_password_protected_xlsx() -> None:
    error = error_code(encrypted_xlsx(), "leden.xlsx")
    assert error.code == "password"
    assert error.message == ("“leden.xlsx” is password-protected. Save it without a password in "
                             "Excel and import it again.")


def test_legacy_xls() -> None:
    assert error_code(cfb({"Workbook": b"\x09\x08" + bytes(4000)}), "oud.xls").code == "xls"
    assert error_code(cfb({"Workbook": b"\x09\x08"}), "renamed.xlsx").code == "xls"
    header_only = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)
    assert error_code(header_only, "oud.xls").code == "xls"
    assert error_code(header_only, "leden.xlsx").code == "damaged"
    assert error_code(cfb({"WordDocument": b"x"}), "brief.doc").code == "not_a_table"


@pytest.mark.parametrize(("data", "what"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), "a JPEG image"),
])
def test_documents_and_images_are_not_tables(data: bytes, what: str) -> None:
    error = error_code(data, "leden.xlsx")
    assert (error.code, error.params["what"]) == ("not_a_table", what)


def test_other_refusals() -> None:
    assert error_code(b"", "leden.csv").code == "empty"
    assert error_code(b"  \r\n", "leden.csv").code == "empty"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("leden.txt", "Naam;GSM\nPeeters;0470\n")
    assert error_code(archive.getvalue(), "leden.zip").code == "not_a_table"
    assert error_code(bytes(range(256)) * 40, "leden.csv").code == "not_a_table"
    assert error_code(b"PK\x03\x04garbage" + bytes(100), "leden.xlsx").code == "damaged"
    html = b"<html><body><table><tr><td>Naam</td><td>GSM</td></tr></table></body></html>"
    assert error_code(html, "export.xls").code == "markup"


def test_no_member_list() -> None:
    assert error_code(csv_bytes(["Naam;Voornaam;GSM"], "utf-8"), "x.csv").code == "no_list"
    error = error_code(xlsx_bytes([["Ledenlijst"], [], HEADER, [None]]), "x.xlsx")
    assert (error.code, error.params["row"]) == ("no_list", "3")
    assert error_code(csv_bytes(["een lijst", "zonder kolommen"], "utf-8"), "x.csv").code == \
        "no_list"
    assert error_code(xlsx_bytes([]), "x.xlsx").code == "no_list"


def test_size_limits(tmp_path: Path) -> None:
    data = csv_bytes([";".join(HEADER), ";".join(PEETERS)], "utf-8")
    assert error_code(data, "x.csv", max_bytes=len(data) - 1).code == "too_big"
    assert error_code(data, "x.csv", max_rows=0).code == "too_many_rows"

    huge = tmp_path / "leden.csv"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    tracemalloc.start()
    try:
        with pytest.raises(MemberFileError) as caught:
            read_table_from_path(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.code == "too_big"
    assert caught.value.params == {"name": "leden.csv", "size": "200.0", "limit": "50"}
    assert peak < 1024 * 1024  # refused from its size, not read

    small = tmp_path / "leden2.csv"
    small.write_bytes(data)
    assert read_table_from_path(small).source_name == "leden2.csv"
    assert error_code_from_path(tmp_path / "weg.csv") == "unreadable"


def error_code_from_path(path: Path) -> str:
    with pytest.raises(MemberFileError) as caught:
        read_table_from_path(path)
    return caught.value.code


# --- Mapping --------------------------------------------------------------------------------


def test_guess_mapping_dutch() -> None:
    headers = ["Familienaam", "Voornaam", "Straat", "Huisnr.", "Bus", "Postcode", "Gemeente",
               "GSM", "Telefoon", "E-mailadres", "Taal", "Toestemming", "Kanalen", "Opmerkingen",
               "Lid sinds"]
    assert guess_mapping(headers) == {
        "last_name": 0, "first_name": 1, "street": 2, "house_number": 3, "box": 4,
        "postcode": 5, "municipality": 6, "phone": 7, "phone2": 8, "email": 9, "language": 10,
        "consent": 11, "channels": 12, "notes": 13}


def test_guess_mapping_french() -> None:
    headers = ["Nom et prénom", "Adresse", "N°", "Bte", "Code postal", "Localité",
               "Numéro de téléphone", "Adresse e-mail", "Langue", "Consentement RGPD",
               "Remarque"]
    assert guess_mapping(headers) == {
        "full_name": 0, "street": 1, "house_number": 2, "box": 3, "postcode": 4,
        "municipality": 5, "phone": 6, "email": 7, "language": 8, "consent": 9, "notes": 10}
    assert guess_mapping(["Nom", "Prénom", "Rue", "Numéro", "CP", "Commune", "Portable",
                          "Tél."]) == {
        "last_name": 0, "first_name": 1, "street": 2, "house_number": 3, "postcode": 4,
        "municipality": 5, "phone": 6, "phone2": 7}


def test_guess_mapping_english_german_and_odd_spelling() -> None:
    assert guess_mapping(["FULL NAME", "Address", "House number", "Postal code", "City",
                          "Mobile phone", "EMAIL", "Language", "GDPR consent", "Channels",
                          "Notes"]) == {
        "full_name": 0, "street": 1, "house_number": 2, "postcode": 3, "municipality": 4,
        "phone": 5, "email": 6, "language": 7, "consent": 8, "channels": 9, "notes": 10}
    assert guess_mapping(["Name", "First name", "Street", "No.", "Box", "Phone"]) == {
        "last_name": 0, "first_name": 1, "street": 2, "house_number": 3, "box": 4, "phone": 5}
    assert guess_mapping(["Nachname", "Vorname", "Straße", "PLZ", "Wohnort", "Handy",
                          "Sprache"]) == {
        "last_name": 0, "first_name": 1, "street": 2, "postcode": 3, "municipality": 4,
        "phone": 5, "language": 6}
    assert guess_mapping([" naam  EN voornaam ", "TÉLÉPHONE", "e mail", "gsm 2", "GSM-nummer",
                          "?", ""]) == {"full_name": 0, "phone": 1, "email": 2, "phone2": 3}
    assert guess_mapping(["Volledige naam", "Naam", "Voor- en achternaam"]) == {
        "full_name": 0, "last_name": 1}


def test_lone_generic_name_column_is_the_full_name() -> None:
    assert guess_mapping(["Naam", "Adres", "GSM"]) == {"full_name": 0, "street": 1, "phone": 2}
    assert guess_mapping(["Achternaam", "GSM"]) == {"last_name": 0, "phone": 1}


def test_apply_mapping() -> None:
    table = read_table(csv_bytes([";".join(HEADER), ";".join(PEETERS), ";".join(GOOSSENS)],
                                 "utf-8"), "x.csv")
    mapping = guess_mapping(table.headers)
    assert mapping == {"last_name": 0, "first_name": 1, "street": 2, "house_number": 3,
                       "postcode": 4, "municipality": 5, "phone": 6, "email": 7}
    rows = apply_mapping(table, {"full_name": 0, "phone": 6})
    assert rows == [(2, {"full_name": "Peeters", "phone": "0470 12 34 56"}),
                    (3, {"full_name": "Goossens", "phone": "0471 22 33 44"})]
    with pytest.raises(ValueError, match="outside"):
        apply_mapping(table, {"phone": 8})
    with pytest.raises(ValueError, match="unknown field"):
        apply_mapping(table, {"shoe_size": 0})


def test_repeated_header_rows_are_not_members() -> None:
    table = read_table(csv_bytes([";".join(HEADER), ";".join(PEETERS), ";".join(HEADER),
                                  ";".join(GOOSSENS)], "utf-8"), "x.csv")
    assert isinstance(table, RawTable)
    assert [row.number for row in table.rows] == [2, 4]
