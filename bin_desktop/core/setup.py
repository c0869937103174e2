"""First-run set-up of a data folder: the zone, its municipalities, the first operator, and
optionally the zone hub and a gateway.

Why one service instead of the separate ones: a folder that is half set up (an operator but no
zone, a zone without municipalities) is worse than none, so the zone rows are written in one
transaction, after every input was checked. The checks are separate functions so that the
set-up wizard can refuse a page before going on, with the same messages as the final save.

The first operator is an administrator: the person who installs BIN Desk for the zone manages
the installation (operators, zone settings, gateways) and adds the officers afterwards.
The hub's address is device-local state, read by the sync (core.sync.engine); secrets (the hub
password, a gateway token) go to the keyring only (core.secrets), after the rows are saved:
without a usable keyring the set-up still succeeds and says which secret is still missing.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bin_desktop.core import gateway_config, secrets
from bin_desktop.core.domain import LANGUAGES, Role
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError, ValidationError
from bin_desktop.core.operators import DEFAULT_OPERATOR_KEY, PERSONNEL_NUMBER
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import GatewayConfig, Municipality, Operator, Zone

HUB_DIALECTS = ("postgresql", "sqlite")

_ZONE_NUMBER = re.compile(r"^\d{4}$")
_NIS_CODE = re.compile(r"^[1-9]\d{4}$")
_POSTCODE = re.compile(r"^[1-9]\d{3}$")
_SEPARATORS = re.compile(r"[\s,;/]+")


@dataclass(frozen=True)
class ZoneInput:
    name: str
    number: str
    language: str = "nl"  # the zone's working language (documents, defaults)
    address: str = ""


@dataclass(frozen=True)
class MunicipalityInput:
    nis_code: str
    name_nl: str = ""
    name_fr: str = ""
    name_de: str = ""
    postcodes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("nl",)

    def display_name(self) -> str:
        names = {"nl": self.name_nl, "fr": self.name_fr, "de": self.name_de}
        return " / ".join(names[lang] for lang in self.languages if names.get(lang))


@dataclass(frozen=True)
class OperatorInput:
    name: str
    personnel_number: str
    email: str = ""


@dataclass(frozen=True)
class HubInput:
    url: str
    password: str = ""  # kept in the keyring only


@dataclass(frozen=True)
class GatewayInput:
    name: str
    type: str
    url: str
    sender: str = ""
    channels: tuple[str, ...] | None = None
    secret: str = ""  # kept in the keyring only


@dataclass(frozen=True)
class SetupPlan:
    zone: ZoneInput
    municipalities: tuple[MunicipalityInput, ...]
    operator: OperatorInput
    hub: HubInput | None = None
    gateway: GatewayInput | None = None


@dataclass
class SetupResult:
    zone_id: str
    operator_id: str
    municipality_ids: list[str]
    gateway_id: str | None = None
    #: secrets that could not be kept (no keyring): the set-up is saved, the user is told
    warnings: list[BinDeskError] = field(default_factory=list)


# -- checks (pure: no database) ------------------------------------------------------------
def split_codes(text: str) -> tuple[str, ...]:
    """Postcodes as people type them: '1500, 1501 1502' → ('1500', '1501', '1502')."""
    return tuple(part for part in _SEPARATORS.split(text.strip()) if part)


def check_zone(zone: ZoneInput) -> ZoneInput:
    name, number = zone.name.strip(), zone.number.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The zone's name is empty."))
    if len(name) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The zone's name is longer than 200 "
                                                        "characters."))
    if not _ZONE_NUMBER.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Zone number {number} is not valid: a police zone's "
                                      "number has 4 digits, e.g. 5415."),
            number=number or "—")
    if zone.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Unknown language {language}; use one of: {languages}."),
            language=zone.language, languages=", ".join(LANGUAGES))
    return ZoneInput(name, number, zone.language, zone.address.strip())


def check_municipality(municipality: MunicipalityInput) -> MunicipalityInput:
    nis = municipality.nis_code.strip()
    if not _NIS_CODE.match(nis):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "NIS code {code} is not valid: a municipality's NIS "
                                      "code has 5 digits, e.g. 23027 for Halle."),
            code=nis or "—")
    languages = tuple(lang for lang in LANGUAGES if lang in set(municipality.languages))
    unknown = sorted(set(municipality.languages) - set(LANGUAGES))
    if unknown or not languages:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Municipality {code} needs one or more languages of: "
                                      "{languages}."),
            code=nis, languages=", ".join(LANGUAGES))
    names = {"nl": municipality.name_nl.strip(), "fr": municipality.name_fr.strip(),
             "de": municipality.name_de.strip()}
    missing = [lang for lang in languages if not names[lang]]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Municipality {code} speaks {languages}: give its name "
                                      "in each of them."),
            code=nis, languages=", ".join(languages))
    postcodes = tuple(dict.fromkeys(code.strip() for code in municipality.postcodes
                                    if code.strip()))
    if not postcodes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Municipality {code} needs at least one postcode."),
            code=nis)
    bad = [code for code in postcodes if not _POSTCODE.match(code)]
    if bad:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Not a Belgian postcode: {codes}."),
                              codes=", ".join(bad))
    return MunicipalityInput(nis, names["nl"], names["fr"], names["de"], postcodes, languages)


def check_municipalities(municipalities: Sequence[MunicipalityInput]
                         ) -> tuple[MunicipalityInput, ...]:
    checked = tuple(check_municipality(m) for m in municipalities)
    if not checked:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Add at least one municipality of the "
                                                        "zone."))
    seen: set[str] = set()
    for municipality in checked:
        if municipality.nis_code in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "NIS code {code} is listed twice."),
                code=municipality.nis_code)
        seen.add(municipality.nis_code)
    return checked


def check_operator(operator: OperatorInput) -> OperatorInput:
    """The same rules (and messages) as operators.create_operator."""
    name, number = operator.name.strip(), operator.personnel_number.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The operator's name is empty."))
    if not PERSONNEL_NUMBER.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Personnel number {number} is not valid: use 2 to 32 letters, digits, dots, "
                "dashes or underscores.",
            ),
            number=number)
    email = operator.email.strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Not an e-mail address: {email}."),
                              email=email)
    return OperatorInput(name, number, email)


def check_hub(hub: HubInput) -> HubInput:
    """A SQLAlchemy URL of a PostgreSQL (or, for one office, SQLite) hub, without password."""
    text = hub.url.strip()
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "{url} is not a database URL: write it like "
                                      "postgresql://bindesk@hub.zone.local/bindesk."),
            url=text or "—") from None
    if url.get_backend_name() not in HUB_DIALECTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "The hub must be a PostgreSQL database (or a SQLite file "
                                      "for a single office), not {dialect}."),
            dialect=url.get_backend_name())
    if url.password is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "core", "Do not put the password in the hub URL: give it separately, it is kept in "
                    "the keyring."))
    if url.get_backend_name() == "postgresql" and not url.host:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The hub URL names no server: {url}."),
                              url=text)
    if url.get_backend_name() == "sqlite" and not url.database:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "The hub URL names no file: {url}."),
                              url=text)
    return HubInput(text, hub.password)


def check_gateway(gateway: GatewayInput) -> GatewayInput:
    """The checks of gateway_config.add_gateway, before anything is written."""
    name = gateway_config.check_name(gateway.name)
    gateway_config.gateway_values(gateway.type, gateway.url, None, gateway.sender,
                                  gateway.channels, None, None, False)
    return GatewayInput(name, gateway.type.strip().lower(), gateway.url.strip(),
                        gateway.sender.strip(), gateway.channels, gateway.secret)


def check_plan(plan: SetupPlan) -> SetupPlan:
    return SetupPlan(
        check_zone(plan.zone), check_municipalities(plan.municipalities),
        check_operator(plan.operator), check_hub(plan.hub) if plan.hub else None,
        check_gateway(plan.gateway) if plan.gateway else None)


# -- the data folder -----------------------------------------------------------------------
def needs_setup(db: Database) -> bool:
    """True for a data folder without a zone and without operators (a first start)."""
    with db.read() as session:
        return (session.scalar(select(Zone.id).limit(1)) is None
                and session.scalar(select(Operator.id).limit(1)) is None)


def set_up(db: Database, plan: SetupPlan) -> SetupResult:
    """Write the zone, its municipalities, the administrator (and hub, gateway) of a new folder.

    Refuses a folder that already has a zone or operators, like the demo seeding does.
    """
    plan = check_plan(plan)
    with db.unit_of_work(None) as uow:
        session = uow.session
        if (session.scalar(select(Zone.id).limit(1)) is not None
                or session.scalar(select(Operator.id).limit(1)) is not None):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "This data folder is already set up: it holds a zone or operators."))
        operator_id = uow.new_id()
        uow.actor_id = operator_id  # the first operator's creation is their own act
        uow.create(Operator, id=operator_id, name=plan.operator.name,
                   personnel_number=plan.operator.personnel_number,
                   role=Role.ADMINISTRATOR.value, email=plan.operator.email or None, active=True)
        zone = uow.create(Zone, name=plan.zone.name, number=plan.zone.number,
                          language=plan.zone.language, address=plan.zone.address,
                          signature_overdue_days=30, evaluation_interval_months=12)
        municipality_ids = [
            uow.create(Municipality, zone_id=zone.id, nis_code=m.nis_code,
                       name_nl=m.name_nl or None, name_fr=m.name_fr or None,
                       name_de=m.name_de or None, languages=list(m.languages),
                       postcodes=list(m.postcodes), mayor_id=None,
                       prevention_officer_id=None).id
            for m in plan.municipalities
        ]
        gateway_id = None
        if plan.gateway:
            values = gateway_config.gateway_values(plan.gateway.type, plan.gateway.url, None,
                                            plan.gateway.sender, plan.gateway.channels, None,
                                            None, False)
            gateway_id = uow.create(GatewayConfig, name=plan.gateway.name, deleted=False,
                                    **values).id
        zone_id = zone.id
    db.set_local(DEFAULT_OPERATOR_KEY, operator_id)
    result = SetupResult(zone_id, operator_id, municipality_ids, gateway_id)
    if plan.hub:
        _store_hub_url(db, plan.hub.url)
        if plan.hub.password:
            password = plan.hub.password
            _keep(result, lambda: secrets.set_hub_password(password))
    if plan.gateway and plan.gateway.secret:
        gateway = plan.gateway
        _keep(result, lambda: secrets.set_secret(gateway.name, gateway.secret))
    return result


def _keep(result: SetupResult, store: Callable[[], None]) -> None:
    try:
        store()
    except BinDeskError as exc:
        result.warnings.append(exc)


# -- the hub (device-local: each computer says where its hub is) ---------------------------
def _store_hub_url(db: Database, url: str) -> None:
    """Kept where the sync reads it (sync.engine: device state "hub_url", no password)."""
    from bin_desktop.core.sync import engine  # noqa: PLC0415 - only a set-up with a hub

    engine.set_hub_url(db, url)


# -- joining a zone that exists on its hub --------------------------------------------------
def join_zone(db: Database, hub: HubInput) -> int:
    """A new computer of an existing zone: remember the hub, keep the password in the keyring
    and pull the whole zone. Returns how many operations came. Refuses a hub that holds no
    zone yet (the zone is set up once, on one computer)."""
    from bin_desktop.core.sync import engine  # noqa: PLC0415
    from bin_desktop.core.sync.hub import Hub  # noqa: PLC0415

    hub = check_hub(hub)
    if not needs_setup(db):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "core", "This data folder already holds a zone; it cannot join another one."))
    with Hub(hub.url, hub.password or None) as connection:
        report = engine.sync(db, connection)
    with db.read() as session:
        if session.scalar(select(Zone.id).limit(1)) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "core", "The hub holds no zone yet. Set the zone up on one computer first "
                "(with this hub), then let the others join it."))
    engine.set_hub_url(db, hub.url)
    if hub.password:  # synced now; without a keyring the next syncs ask for it in Settings
        with contextlib.suppress(secrets.SecretStoreUnavailable):
            secrets.set_hub_password(hub.password)
    return report.pulled
