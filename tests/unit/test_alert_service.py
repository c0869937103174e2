"""Messages through the core services: checks in their context, four eyes, overrides,
follow-ups, feedback reminders and the CAP export of a stored message."""

from __future__ import annotations

import datetime as dt

import pytest
import xmlschema

from bin_desktop.core import networks
from bin_desktop.core.alerts import service
from bin_desktop.core.alerts.model import Draft
from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.store.models import Member, Message
from bin_desktop.core.zone import update_zone
from tests.unit.test_cap import cap_schema  # noqa: F401 - the schema fixture

from .conftest import SmallZone

NOW = dt.datetime(2026, 11, 27, 10, 0)
WARNING_NL = ("Inbraakgolf in de Kerkwijk. De voorbije week werd in vier woningen ingebroken, "
              "telkens 's avonds via de achterdeur. Sluit ramen en deuren, ook als u maar even "
              "weg bent. Ziet u een verdachte situatie? Ga niet zelf achter de daders aan en "
              "bel meteen 112.")


@pytest.fixture
def active(small_zone: SmallZone) -> SmallZone:
    db, officer, nid = small_zone.db, small_zone.officer, small_zone.network
    networks.update_network(db, officer, nid, allowed_categories=["burglary", "feedback"],
                            channels=["sms", "email"])
    for state in ("preparation", "coordinator_screening", "charter_drafting", "signatures",
                  "submitted", "official", "active"):
        networks.transition(db, officer, nid, state, dt.date(2026, 2, 1))
    with db.unit_of_work(officer) as uow:
        for i in range(3):
            uow.create(Member, network_id=nid, status="active", full_name=f"Lid {i}",
                       phone_e164=f"+3247000000{i}", email=None, street=None,
                       house_number=None, postcode=None, language="nl", consent_on=None,
                       joined_on=dt.date(2026, 1, 1), deleted=False, channels=[])
    return small_zone


def _draft(text: str = WARNING_NL, category: str = "burglary") -> Draft:
    return Draft(text=text, language="nl", category=category, urgency="urgent")


def test_checks_use_the_charter_and_the_members_of_the_target_network(active: SmallZone) -> None:
    db, nid = active.db, active.network
    good = service.check(db, [nid], _draft(), now=NOW)
    assert good.verdict in ("ok", "warn")
    assert good.audience.sms == 3 and good.sms.encoding == "GSM-7"
    drugs = service.check(db, [nid], _draft(category="drugs"), now=NOW)
    assert "category.not_allowed" in [f.code for f in drugs.findings]
    assert drugs.verdict == "block"
    networks.update_network(db, active.officer, nid, languages=["nl", "fr"])
    bilingual = service.check(db, [nid], _draft(), now=NOW)
    assert "language.missing" in [f.code for f in bilingual.findings]


def test_four_eyes_and_overrides(active: SmallZone) -> None:
    db, officer, chief = active.db, active.officer, active.korpschef
    good = service.create_message(db, officer, [active.network], "burglary", "urgent",
                                  [service.TextVersion("nl", WARNING_NL, "Inbraakgolf")],
                                  now=NOW)
    with pytest.raises(PermissionDenied):
        service.approve_message(db, officer, good, now=NOW)
    assert service.approve_message(db, chief, good, now=NOW) in ("ok", "warn")
    assert service.get_message(db, good).status == "approved"
    with pytest.raises(ValidationError):
        service.approve_message(db, chief, good, now=NOW)  # approved already

    bad_text = WARNING_NL + " Contacteer Jan op jan.peeters@example.org."
    bad = service.create_message(db, officer, [active.network], "burglary", "urgent",
                                 [service.TextVersion("nl", bad_text)], now=NOW)
    second_officer = chief  # only the korpschef may override blocking findings
    with pytest.raises(ValidationError):
        service.approve_message(db, second_officer, bad, now=NOW)
    assert service.approve_message(db, second_officer, bad, now=NOW,
                                   override_reason="the address is the zone's own") == "block"
    (approval,) = service.get_message(db, bad).approvals
    assert approval[0] == chief and approval[3] == "the address is the zone's own"


def test_normal_messages_may_skip_four_eyes_only_when_the_zone_says_so(
        active: SmallZone) -> None:
    db, officer = active.db, active.officer
    message = service.create_message(db, officer, [active.network], "burglary", "normal",
                                     [service.TextVersion("nl", WARNING_NL, "Tip", "Tip")],
                                     now=NOW)
    with pytest.raises(PermissionDenied):
        service.approve_message(db, officer, message, now=NOW)
    update_zone(db, active.admin, four_eyes_normal="false")
    service.approve_message(db, officer, message, now=NOW)
    urgent = service.create_message(db, officer, [active.network], "burglary", "urgent",
                                    [service.TextVersion("nl", WARNING_NL)], now=NOW)
    with pytest.raises(PermissionDenied):
        service.approve_message(db, officer, urgent, now=NOW)


def test_cancel_in_one_click_and_the_feedback_reminder(active: SmallZone,
                                                      cap_schema: xmlschema.XMLSchema  # noqa: F811
                                                      ) -> None:
    db, officer = active.db, active.officer
    first = service.create_message(db, officer, [active.network], "burglary", "urgent",
                                   [service.TextVersion("nl", WARNING_NL, "Inbraakgolf")],
                                   now=NOW)
    with db.unit_of_work(officer) as uow:  # as the dispatch will mark it (sending issue)
        message = uow.session.get(Message, first)
        assert message is not None
        uow.update(message, status="sent", sent_at=NOW)
    assert [d[0] for d in service.feedback_due(db, NOW + dt.timedelta(days=8))] == [first]
    cancel = service.follow_up(db, officer, first, "cancel",
                               [service.TextVersion("nl", "Het vorige bericht vervalt.")],
                               now=NOW + dt.timedelta(hours=1))
    view = service.get_message(db, cancel)
    assert (view.msg_type, view.references_id, view.network_ids) == (
        "cancel", first, (active.network,))
    xml = service.cap_xml(db, cancel)
    cap_schema.validate(xml.decode("utf-8"))
    assert b"<msgType>Cancel</msgType>" in xml and first.encode() in xml
    service.create_message(db, officer, [active.network], "feedback", "normal",
                           [service.TextVersion("nl", "Terugkoppeling: de daders werden "
                                                      "opgepakt. Bedankt voor uw alertheid.")],
                           references_id=first, now=NOW + dt.timedelta(days=2))
    assert service.feedback_due(db, NOW + dt.timedelta(days=8)) == []


def test_networks_that_are_not_official_cannot_be_messaged(small_zone: SmallZone) -> None:
    with pytest.raises(ValidationError):
        service.create_message(small_zone.db, small_zone.officer, [small_zone.network],
                               "burglary", "urgent",
                               [service.TextVersion("nl", WARNING_NL)], now=NOW)


def test_personal_data_in_the_title_blocks_and_drafts_can_change(active: SmallZone) -> None:
    db, officer = active.db, active.officer
    draft = Draft(text=WARNING_NL, language="nl", category="burglary", urgency="urgent",
                  headline="Wagen 1-ABC-123 gezien")
    result = service.check(db, [active.network], draft, now=NOW)
    assert result.verdict == "block"
    assert "pii.title" in [f.code for f in result.findings]
    message = service.create_message(db, officer, [active.network], "burglary", "urgent",
                                     [service.TextVersion("nl", WARNING_NL, "Inbraakgolf")],
                                     now=NOW)
    service.update_message_draft(db, officer, message,
                                 [service.TextVersion("nl", WARNING_NL + " Bedankt.", "Nieuw")],
                                 urgency="normal", channels=["email"])
    view = service.get_message(db, message)
    assert (view.urgency, view.channels, view.texts[0].body.endswith("Bedankt.")) == (
        "normal", ("email",), True)
    service.discard_message(db, officer, message)
    assert service.get_message(db, message).status == "cancelled"
    with pytest.raises(ValidationError):
        service.update_message_draft(db, officer, message,
                                     [service.TextVersion("nl", "te laat")])
