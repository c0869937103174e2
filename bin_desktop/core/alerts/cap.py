"""CAP 1.2 (OASIS Common Alerting Protocol) for BIN messages.

A message is kept in CAP's concepts (status, msgType, category, urgency, severity, certainty,
one info block per language, area, expires) so that any system that ingests CAP — BE-Alert
among them — can take it as is. Times are written with their UTC offset and without fractions,
as the CAP schema's dateTime pattern demands ("2026-11-27T14:05:00+01:00", never "Z").
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
BRUSSELS = ZoneInfo("Europe/Brussels")

#: Our information categories in CAP's category vocabulary.
CAP_CATEGORY = {
    "burglary": "Security",
    "vehicle_crime": "Security",
    "theft": "Security",
    "fraud": "Security",
    "disappearance": "Rescue",
    "suspicious_situation": "Security",
    "drugs": "Security",
    "public_order": "Safety",
    "disaster": "Safety",
    "prevention_tip": "Safety",
    "feedback": "Other",
}

LANGUAGE_TAGS = {"nl": "nl-BE", "fr": "fr-BE", "de": "de-BE", "en": "en"}


def cap_time(moment: dt.datetime) -> str:
    """ISO 8601 with the Brussels offset, seconds precision, no "Z"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(BRUSSELS).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class CapArea:
    description: str
    postcodes: tuple[str, ...] = ()
    nis_codes: tuple[str, ...] = ()
    polygons: tuple[str, ...] = ()  # "lat,lon lat,lon ..." closed rings (first == last)


@dataclass(frozen=True)
class CapInfo:
    language: str  # nl, fr, de
    category: str  # our category code
    event: str
    urgency: str  # Immediate, Expected, Future, Past, Unknown
    severity: str  # Extreme, Severe, Moderate, Minor, Unknown
    certainty: str  # Observed, Likely, Possible, Unlikely, Unknown
    headline: str
    description: str
    instruction: str = ""
    sender_name: str = ""
    contact: str = ""
    expires: dt.datetime | None = None
    areas: tuple[CapArea, ...] = ()


@dataclass(frozen=True)
class CapAlert:
    identifier: str
    sender: str  # e.g. "bin@pz5415.police.be" — no spaces, commas or "<"
    sent: dt.datetime
    status: str  # Actual, Exercise, System, Test, Draft
    msg_type: str  # Alert, Update, Cancel
    scope: str = "Restricted"  # members of a BIN, not the public at large
    restriction: str = "BIN members"
    note: str = ""
    references: tuple[tuple[str, str, dt.datetime], ...] = ()  # (sender, identifier, sent)
    infos: tuple[CapInfo, ...] = field(default_factory=tuple)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{CAP_NS}}}{tag}")
    element.text = text
    return element


def to_xml(alert: CapAlert) -> bytes:
    """The alert as CAP 1.2 XML (element order as the schema's sequences require)."""
    ET.register_namespace("", CAP_NS)
    root = ET.Element(f"{{{CAP_NS}}}alert")
    _sub(root, "identifier", alert.identifier)
    _sub(root, "sender", alert.sender)
    _sub(root, "sent", cap_time(alert.sent))
    _sub(root, "status", alert.status)
    _sub(root, "msgType", alert.msg_type)
    _sub(root, "scope", alert.scope)
    if alert.scope == "Restricted":
        _sub(root, "restriction", alert.restriction)
    if alert.note:
        _sub(root, "note", alert.note)
    if alert.references:
        _sub(root, "references", " ".join(f"{s},{i},{cap_time(t)}"
                                          for s, i, t in alert.references))
    for info in alert.infos:
        block = ET.SubElement(root, f"{{{CAP_NS}}}info")
        _sub(block, "language", LANGUAGE_TAGS.get(info.language, info.language))
        _sub(block, "category", CAP_CATEGORY.get(info.category, "Other"))
        _sub(block, "event", info.event)
        _sub(block, "urgency", info.urgency)
        _sub(block, "severity", info.severity)
        _sub(block, "certainty", info.certainty)
        if info.expires is not None:
            _sub(block, "expires", cap_time(info.expires))
        if info.sender_name:
            _sub(block, "senderName", info.sender_name)
        _sub(block, "headline", info.headline)
        _sub(block, "description", info.description)
        if info.instruction:
            _sub(block, "instruction", info.instruction)
        if info.contact:
            _sub(block, "contact", info.contact)
        for area in info.areas:
            area_element = ET.SubElement(block, f"{{{CAP_NS}}}area")
            _sub(area_element, "areaDesc", area.description)
            for polygon in area.polygons:
                _sub(area_element, "polygon", polygon)
            for name, values in (("postcode", area.postcodes), ("NIS", area.nis_codes)):
                for value in values:
                    geocode = ET.SubElement(area_element, f"{{{CAP_NS}}}geocode")
                    _sub(geocode, "valueName", name)
                    _sub(geocode, "value", value)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
