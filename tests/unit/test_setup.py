"""First-run set-up in core: one transaction for zone, municipalities and the administrator."""

from __future__ import annotations

from dataclasses import replace

import keyring
import pytest
from sqlalchemy import func, select

from bin_desktop.core import gateway_config, operators, secrets, setup
from bin_desktop.core.errors import PermissionDenied, ValidationError
from bin_desktop.core.export import export_json
from bin_desktop.core.setup import (
    GatewayInput,
    HubInput,
    MunicipalityInput,
    OperatorInput,
    SetupPlan,
    ZoneInput,
)
from bin_desktop.core.store.database import DB_FILENAME, Database, open_database
from bin_desktop.core.store.models import Municipality, Operation, Operator, Zone
from bin_desktop.core.sync import engine
from bin_desktop.core.zone import get_zone, list_municipalities, update_zone
from tests.fakes.memory_keyring import MemoryKeyring

HALLE = MunicipalityInput("23027", "Halle", "Hal", "", ("1500", "1501", "1502"), ("nl",))
RODE = MunicipalityInput(" 23101 ", "Sint-Genesius-Rode", "Rhode-Saint-Genèse", "", ("1640",),
                         ("fr", "nl"))
PLAN = SetupPlan(ZoneInput(" PZ Zennevallei ", "5415"), (HALLE, RODE),
                 OperatorInput("Ann Admin", "A001", "ann.admin@police.belgium.eu"))




def test_an_empty_folder_needs_set_up_and_a_set_up_one_does_not(db: Database) -> None:
    assert setup.needs_setup(db)
    setup.set_up(db, PLAN)
    assert not setup.needs_setup(db)


def test_set_up_writes_zone_municipalities_and_an_administrator(db: Database) -> None:
    result = setup.set_up(db, PLAN)
    zone = get_zone(db)
    assert zone is not None and zone.id == result.zone_id
    assert (zone.name, zone.number, zone.language) == ("PZ Zennevallei", "5415", "nl")
    municipalities = {m.nis_code: m for m in list_municipalities(db)}
    assert set(municipalities) == {"23027", "23101"}
    rode = municipalities["23101"]
    assert rode.languages == ["nl", "fr"] and rode.postcodes == ["1640"]
    assert rode.zone_id == zone.id and rode.name_de is None
    assert rode.display_name() == "Sint-Genesius-Rode / Rhode-Saint-Genèse"
    admin = operators.current_operator(db)
    assert admin.id == result.operator_id
    assert (admin.name, admin.personnel_number, admin.role) == ("Ann Admin", "A001",
                                                                "administrator")
    with db.read() as session:
        actors = set(session.scalars(select(Operation.actor_id)))
        entities = session.scalars(select(Operation.entity)).all()
    assert actors == {admin.id}  # every row is in the log, as the administrator's act
    assert sorted(entities) == ["municipality", "municipality", "operator", "zone"]
    # The administrator may change the zone afterwards: the usual permissions hold.
    update_zone(db, admin.id, signature_overdue_days=45)


def test_the_administrator_adds_the_officers_afterwards(db: Database) -> None:
    result = setup.set_up(db, PLAN)
    officer = operators.create_operator(db, result.operator_id, "Jan Peeters", "P1001",
                                        "mandated_officer")
    with pytest.raises(PermissionDenied):
        operators.create_operator(db, officer.id, "Intruder", "X999", "administrator")


def test_a_folder_that_is_set_up_is_refused(db: Database) -> None:
    setup.set_up(db, PLAN)
    with pytest.raises(ValidationError, match="already set up"):
        setup.set_up(db, replace(PLAN, operator=OperatorInput("Other", "B002")))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Zone)) == 1
        assert session.scalar(select(func.count()).select_from(Operator)) == 1


@pytest.mark.parametrize(("plan", "message"), [
    (replace(PLAN, zone=ZoneInput("PZ X", "54")), "Zone number 54 is not valid"),
    (replace(PLAN, zone=ZoneInput("PZ X", "54a5")), "Zone number 54a5 is not valid"),
    (replace(PLAN, zone=ZoneInput("  ", "5415")), "zone's name is empty"),
    (replace(PLAN, municipalities=()), "at least one municipality"),
    (replace(PLAN, municipalities=(replace(HALLE, nis_code="2302"),)),
     "NIS code 2302 is not valid"),
    (replace(PLAN, municipalities=(replace(HALLE, nis_code="03027"),)),
     "NIS code 03027 is not valid"),
    (replace(PLAN, municipalities=(HALLE, replace(RODE, nis_code="23027"))),
     "NIS code 23027 is listed twice"),
    (replace(PLAN, municipalities=(replace(HALLE, postcodes=("150",)),)),
     "Not a Belgian postcode: 150"),
    (replace(PLAN, municipalities=(replace(HALLE, postcodes=()),)), "at least one postcode"),
    (replace(PLAN, municipalities=(replace(RODE, name_fr=""),)), "give its name in each"),
    (replace(PLAN, municipalities=(replace(HALLE, languages=()),)), "one or more languages"),
    (replace(PLAN, operator=OperatorInput("", "A001")), "operator's name is empty"),
    (replace(PLAN, operator=OperatorInput("Ann", "A 1")), "Personnel number A 1 is not valid"),
    (replace(PLAN, operator=OperatorInput("Ann", "A001", "ann@")), "Not an e-mail address"),
    (replace(PLAN, hub=HubInput("mysql://hub/bindesk")), "must be a PostgreSQL database"),
    (replace(PLAN, hub=HubInput("postgresql://bindesk:pw@hub/bindesk")), "Do not put the"),
    (replace(PLAN, hub=HubInput("not a url")), "is not a database URL"),
    (replace(PLAN, gateway=GatewayInput("mail", "smtp", "http://mail.example")),
     "smtp gateway needs"),
    (replace(PLAN, gateway=GatewayInput("bad name", "outbox", "/tmp/out")),
     "Gateway name 'bad name' is not usable"),
])
def test_bad_input_is_refused_and_nothing_is_written(db: Database, plan: SetupPlan,
                                                     message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        setup.set_up(db, plan)
    assert setup.needs_setup(db)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Operation)) == 0
    assert engine.hub_url(db) is None


def test_municipality_check_normalises_what_people_type() -> None:
    checked = setup.check_municipality(MunicipalityInput(
        " 23101", " Sint-Genesius-Rode ", "Rhode-Saint-Genèse ", "",
        setup.split_codes("1640, 1640;1641 "), ("fr", "nl")))
    assert checked == MunicipalityInput("23101", "Sint-Genesius-Rode", "Rhode-Saint-Genèse",
                                        "", ("1640", "1641"), ("nl", "fr"))
    assert checked.display_name() == "Sint-Genesius-Rode / Rhode-Saint-Genèse"


def test_hub_url_is_device_local_and_its_password_only_in_the_keyring(
        db: Database, memory: MemoryKeyring) -> None:
    url = "postgresql+psycopg://bindesk@hub.pz5415.local:5432/bindesk"
    result = setup.set_up(db, replace(PLAN, hub=HubInput(url, "hub-pass-123")))
    assert result.warnings == []
    assert engine.hub_url(db) == url
    assert memory.store == {("BIN Desk", "hub"): "hub-pass-123"}
    assert secrets.hub_password() == "hub-pass-123"
    with db.read() as session:  # not replicated: no operation mentions the hub
        fields = " ".join(str(f) for f in session.scalars(select(Operation.fields)))
    assert "hub" not in fields and "hub-pass-123" not in fields
    db.close()  # checkpoint the WAL: the file holds everything written
    assert b"hub-pass-123" not in (db.data_dir / DB_FILENAME).read_bytes()
    db = open_database(db.data_dir)
    engine.set_hub_url(db, None)
    assert engine.hub_url(db) is None
    db.close()


def test_a_sqlite_file_can_be_the_hub(db: Database) -> None:
    setup.set_up(db, replace(PLAN, hub=HubInput("sqlite:////srv/office/hub.sqlite3")))
    assert engine.hub_url(db) == "sqlite:////srv/office/hub.sqlite3"
    with pytest.raises(ValidationError, match="names no file"):
        setup.check_hub(HubInput("sqlite://"))
    with pytest.raises(ValidationError, match="names no server"):
        setup.check_hub(HubInput("postgresql:///bindesk"))


def test_a_gateway_is_configured_and_its_secret_kept_in_the_keyring(
        db: Database, memory: MemoryKeyring) -> None:
    gateway = GatewayInput("sms-relay", "http-json", "https://relay.pz5415.local/v1",
                           sender="PZ Zennevallei", secret="t0ken")
    result = setup.set_up(db, replace(PLAN, gateway=gateway))
    assert result.warnings == []
    config = gateway_config.get_gateway(db, "sms-relay")
    assert (config.type, config.url, config.sender) == (
        "http-json", "https://relay.pz5415.local/v1", "PZ Zennevallei")
    assert config.channels == ["sms", "voice", "email"]
    assert memory.store == {("BIN Desk", "gateway:sms-relay"): "t0ken"}
    assert gateway_config.has_secret(config)
    assert "t0ken" not in str(export_json(db))


def test_without_a_keyring_the_set_up_is_saved_and_the_missing_secret_told(
        db: Database) -> None:
    previous = keyring.get_keyring()
    from keyring.backends import fail  # noqa: PLC0415

    keyring.set_keyring(fail.Keyring())
    try:
        result = setup.set_up(db, replace(PLAN, gateway=GatewayInput(
            "sms-relay", "http-json", "https://relay.example/v1", secret="t0ken")))
    finally:
        keyring.set_keyring(previous)
    assert [type(w) for w in result.warnings] == [secrets.SecretStoreUnavailable]
    assert gateway_config.get_gateway(db, "sms-relay").name == "sms-relay"
    assert not setup.needs_setup(db)


def test_set_up_survives_reopening_the_folder(db: Database) -> None:
    setup.set_up(db, PLAN)
    data_dir = db.data_dir
    db.close()
    again = open_database(data_dir)
    try:
        assert not setup.needs_setup(again)
        assert operators.current_operator(again).personnel_number == "A001"
        with again.read() as session:
            assert session.scalar(select(func.count()).select_from(Municipality)) == 2
    finally:
        again.close()
