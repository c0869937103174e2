"""The demo zone: a realistic, fictional police zone to try BIN Desk, train and test at scale.

Why it looks the way it does:
- Every life-cycle state is present and the dates are relative to `today`, so the dashboard, the
  "needs action" list and the signature tracking look live on the day the demo is opened.
- Every row goes through the operation log (one unit of work, bulk `create_many`), exactly like
  real data, so history, export and sync behave on the demo as they will in a zone.
- Ids come from `SeededUuid7` and content from the same seeded `random.Random`: the same seed on
  the same day gives the same zone, which makes screenshots, bug reports and tests reproducible.
- `large` (500 BINs, 100,000 members) is the size a merged zone must handle; it shares all the
  code paths with `small` so that the benchmark measures what users get.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bin_desktop.core import demo_data as data
from bin_desktop.core.charter.content import SNAPSHOT, TEXTS, build_snapshot, compute_hash, texts_of
from bin_desktop.core.documents.texts import default_sections
from bin_desktop.core.domain import (
    LANGUAGES,
    SIGNATORY_PARTY,
    Category,
    Channel,
    CharterStatus,
    ContactRole,
    MemberStatus,
    MessageStatus,
    NetworkType,
    Party,
    Signatory,
    SignatureStatus,
)
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from bin_desktop.core.ids import SeededUuid7
from bin_desktop.core.lifecycle import MESSAGING_STATES, SIGNING_ORDER, State
from bin_desktop.core.operators import set_default_operator
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import (
    Charter,
    Member,
    Message,
    MessageTarget,
    MessageText,
    Municipality,
    Network,
    NetworkContact,
    Operator,
    Person,
    SignatureEvent,
    SignatureSlot,
    StateTransition,
    Zone,
)
from bin_desktop.core.store.oplog import UnitOfWork
from bin_desktop.core.text import fold

SIZES = ("small", "large")
LARGE_NETWORKS = 500
LARGE_MEMBERS = 100_000

_DAY = dt.timedelta(days=1)

# The main line of the life cycle; the other paths branch off it.
_LINEAR = (
    State.INITIATIVE, State.PREPARATION, State.COORDINATOR_SCREENING, State.CHARTER_DRAFTING,
    State.SIGNATURES, State.SUBMITTED, State.OFFICIAL, State.ACTIVE,
)
# A candidate coordinator who did not pass screening: back to preparation once.
_DETOUR = (*_LINEAR[:3], State.PREPARATION, State.COORDINATOR_SCREENING, *_LINEAR[3:])
# An active network whose charter was amended once (version 2 approved, version 1 superseded).
_AMENDED = (*_LINEAR, State.AMENDMENT, State.ACTIVE)

# Days a network typically stays in a state before the next step (from real zones' timelines).
_STAY: dict[State, tuple[int, int]] = {
    State.INITIATIVE: (14, 60),
    State.PREPARATION: (30, 120),
    State.COORDINATOR_SCREENING: (14, 45),
    State.CHARTER_DRAFTING: (21, 90),
    State.SIGNATURES: (20, 120),
    State.SUBMITTED: (20, 90),
    State.OFFICIAL: (7, 30),
    State.ACTIVE: (200, 1400),
    State.AMENDMENT: (30, 100),
    State.SUSPENDED: (30, 180),
    State.INACTIVE: (60, 300),
}
# Days a large-zone network has been in its current state.
_AGE: dict[State, tuple[int, int]] = {
    State.INITIATIVE: (3, 90),
    State.PREPARATION: (7, 150),
    State.COORDINATOR_SCREENING: (5, 60),
    State.CHARTER_DRAFTING: (7, 120),
    State.SIGNATURES: (2, 200),
    State.SUBMITTED: (5, 110),
    State.OFFICIAL: (2, 45),
    State.ACTIVE: (10, 2200),
    State.AMENDMENT: (5, 120),
    State.SUSPENDED: (10, 250),
    State.INACTIVE: (30, 700),
    State.MERGED: (10, 900),
    State.DISSOLVED: (10, 900),
}
# How a large zone's networks spread over the states (most are active, as in real zones).
_STATE_WEIGHTS: dict[State, int] = {
    State.INITIATIVE: 4, State.PREPARATION: 4, State.COORDINATOR_SCREENING: 3,
    State.CHARTER_DRAFTING: 4, State.SIGNATURES: 6, State.SUBMITTED: 4, State.OFFICIAL: 4,
    State.ACTIVE: 53, State.AMENDMENT: 4, State.SUSPENDED: 4, State.INACTIVE: 5,
    State.MERGED: 2, State.DISSOLVED: 3,
}
# Relative member-list size per state: lists grow from sign-up to activity and dwindle after.
_SIZE_FACTOR: dict[State, float] = {
    State.PREPARATION: 0.25, State.COORDINATOR_SCREENING: 0.35, State.CHARTER_DRAFTING: 0.6,
    State.SIGNATURES: 0.7, State.SUBMITTED: 0.75, State.OFFICIAL: 0.9, State.ACTIVE: 1.0,
    State.AMENDMENT: 1.0, State.SUSPENDED: 0.6, State.INACTIVE: 0.5, State.MERGED: 0.3,
    State.DISSOLVED: 0.2,
}
# Every charter lets police pass on these: preventive tips and feedback are the point of a BIN.
_BASE_CATEGORIES = (Category.BURGLARY, Category.PREVENTION_TIP, Category.FEEDBACK)
_CHANNEL_SETS: tuple[tuple[tuple[Channel, ...], int], ...] = (
    ((Channel.SMS, Channel.EMAIL), 50),
    ((Channel.SMS, Channel.VOICE, Channel.EMAIL), 20),
    ((Channel.EMAIL,), 15),
    ((Channel.VOICE, Channel.EMAIL), 10),
    ((Channel.SMS,), 5),
)
_MUNICIPAL_SLOTS: tuple[tuple[tuple[Signatory, ...], int], ...] = (
    ((Signatory.PREVENTION_OFFICER, Signatory.MAYOR), 5),
    ((Signatory.MAYOR,), 3),
    ((Signatory.PREVENTION_OFFICER,), 2),
)
_ASCII = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})
_NOT_LOCAL = re.compile(r"[^a-z0-9]")


@dataclass(frozen=True)
class DemoSummary:
    """What was seeded, for the CLI's report and the benchmark."""

    networks: int
    members: int
    operators: int
    municipalities: int
    messages: int
    operations: int
    states: dict[str, int] = field(default_factory=dict)


def seed_demo(
    db: Database, *, seed: int = 1, size: str = "small", today: dt.date | None = None
) -> DemoSummary:
    """Fill an empty data folder with the demo zone, in one transaction through the log.

    Refuses a folder that already has a zone or operators: demo rows mixed into real data could
    end up in a real zone through the sync.
    """
    if size not in SIZES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Unknown demo size {size}; use one of: {sizes}."),
            size=size, sizes=", ".join(SIZES),
        )
    today = today or dt.date.today()
    rng = random.Random(seed)
    midnight = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    new_id = SeededUuid7(rng, int(midnight.timestamp()) * 1000)
    seeder = _Seeder(rng, new_id, today)
    with db.unit_of_work(seeder.admin_id, new_id=new_id) as uow:
        session = uow.session
        if (session.scalar(select(Zone.id).limit(1)) is not None
                or session.scalar(select(Operator.id).limit(1)) is not None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This data folder already holds a zone or operators. The demo zone can "
                    "only be created in an empty data folder; choose another one with "
                    "--data-dir.",
                )
            )
        seeder.build(size)
        seeder.write(uow)
        operations = uow.operations
    set_default_operator(db, seeder.default_officer_id)
    return seeder.summary(operations)


# -- building blocks ------------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def _ascii(name: str) -> str:
    return _NOT_LOCAL.sub("", fold(name).translate(_ASCII))


def _canonical(values: set[Any], order: tuple[Any, ...] | list[Any]) -> list[str]:
    """Lists in the order the network form stores them, so exports and diffs stay stable."""
    return [str(v) for v in order if v in values]


@dataclass
class _Area:
    spec: data.AreaSpec
    quarters: list[tuple[str, str]]
    streets: list[str]
    all_streets: list[str]
    planned: int = 0

    def name(self, language: str) -> str:
        return self.spec.name_fr if language == "fr" else self.spec.name_nl


@dataclass
class _Muni:
    spec: data.MunicipalitySpec
    id: str
    mayor: str
    prevention_officer: str
    areas: list[_Area]
    officers: list[str]
    sectors: list[data.SectorSpec]

    def name(self, language: str) -> str:
        if language == "fr" and self.spec.name_fr:
            return self.spec.name_fr
        return self.spec.name_nl


@dataclass
class _Plan:
    """One network to create: where, what, where in its life, how big."""

    muni: _Muni
    area: _Area | None  # None: the whole municipality (sector BINs)
    type: NetworkType
    languages: list[str]
    path: tuple[State, ...]
    age: int
    members: int
    officer: str
    all_categories: bool = False
    municipal_slots: tuple[Signatory, ...] | None = None
    pending: tuple[Signatory, ...] | None = None
    overdue: int | None = None
    pending_share: float = 0.0
    sector: data.SectorSpec | None = None
    name: str = ""
    place: dict[str, str] = field(default_factory=dict)
    # Per language: (place, area or sector text) for the description template.
    description_args: dict[str, tuple[str, str]] = field(default_factory=dict)
    merged_into: str = ""

    @property
    def state(self) -> State:
        return self.path[-1]


@dataclass
class _Net:
    """A created network, as the message generator needs it."""

    id: str
    type: NetworkType
    state: State
    languages: list[str]
    categories: set[str]
    officer: str
    muni: _Muni
    place: dict[str, str]
    messaging_since: dt.date | None


@dataclass(frozen=True)
class _SmallSpec:
    muni: int
    postcode: str | None
    type: NetworkType
    languages: tuple[str, ...]
    path: tuple[State, ...]
    age: int
    members: int
    officer: int
    all_categories: bool = False
    municipal_slots: tuple[Signatory, ...] | None = None
    pending: tuple[Signatory, ...] | None = None
    overdue: int | None = None
    pending_share: float = 0.0


def _to(state: State) -> tuple[State, ...]:
    return _LINEAR[: _LINEAR.index(state) + 1]


_S = State
_PO, _MAYOR, _KC = Signatory.PREVENTION_OFFICER, Signatory.MAYOR, Signatory.KORPSCHEF
# The small zone, network by network: one per state at least, with the stories a trainer tells
# (the BIN that has waited four months for the mayor, the coordinator who failed screening, the
# bilingual BIN whose charter was amended, ...). Names are drawn from the quarters by the seed.
_SMALL: tuple[_SmallSpec, ...] = (
    _SmallSpec(0, "1500", NetworkType.RESIDENTIAL, ("nl",), _to(_S.SIGNATURES), 128, 92, 0,
               municipal_slots=(_PO, _MAYOR), pending=(_MAYOR,)),
    _SmallSpec(0, "1500", NetworkType.BIN_Z, ("nl",), _LINEAR, 400, 148, 0,
               all_categories=True, overdue=0),
    _SmallSpec(0, "1501", NetworkType.RESIDENTIAL, ("nl",), _DETOUR, 700, 236, 0, overdue=45,
               pending_share=0.04),
    _SmallSpec(0, "1502", NetworkType.RESIDENTIAL, ("nl",), _to(_S.OFFICIAL), 9, 64, 0),
    _SmallSpec(0, "1500", NetworkType.RESIDENTIAL, ("nl",), _to(_S.INITIATIVE), 19, 0, 0),
    _SmallSpec(0, None, NetworkType.SECTOR, ("nl",), _LINEAR, 900, 31, 1, overdue=18),
    _SmallSpec(1, "1653", NetworkType.RESIDENTIAL, ("nl",), _to(_S.PREPARATION), 41, 22, 1),
    _SmallSpec(1, "1651", NetworkType.RESIDENTIAL, ("nl",), _to(_S.COORDINATOR_SCREENING), 23,
               38, 1),
    _SmallSpec(1, "1652", NetworkType.RESIDENTIAL, ("nl",), _to(_S.CHARTER_DRAFTING), 52, 57, 0),
    _SmallSpec(1, "1654", NetworkType.RESIDENTIAL, ("nl",), _to(_S.SUBMITTED), 47, 96, 0),
    _SmallSpec(1, "1650", NetworkType.RESIDENTIAL, ("nl",), (*_LINEAR, _S.AMENDMENT), 33, 183,
               0, municipal_slots=(_PO,), pending=(_KC, _PO)),
    _SmallSpec(1, "1651", NetworkType.BIN_Z, ("nl",), (*_LINEAR, _S.SUSPENDED), 76, 44, 1),
    _SmallSpec(2, "1640", NetworkType.RESIDENTIAL, ("fr",), _LINEAR, 600, 152, 1,
               all_categories=True, overdue=9),
    _SmallSpec(2, "1640", NetworkType.RESIDENTIAL, ("nl", "fr"), _AMENDED, 300, 262, 1,
               all_categories=True, overdue=0, pending_share=0.05),
    _SmallSpec(2, "1640", NetworkType.RESIDENTIAL, ("fr",), (*_LINEAR, _S.INACTIVE), 210, 35,
               1),
    _SmallSpec(1, "1650", NetworkType.RESIDENTIAL, ("nl",), (*_LINEAR, _S.MERGED), 160, 12, 0),
    _SmallSpec(2, "1640", NetworkType.RESIDENTIAL, ("nl", "fr"), _to(_S.SIGNATURES), 12, 71, 1,
               municipal_slots=(_MAYOR,), pending=(_KC, _MAYOR)),
    _SmallSpec(0, "1502", NetworkType.RESIDENTIAL, ("nl",),
               (*_LINEAR, _S.SUSPENDED, _S.DISSOLVED), 300, 0, 0),
)


class _Seeder:
    """Builds every row in memory first, then writes them table by table with create_many.

    Rows are kept per bucket in the order the log must show them: nobody acts before their
    operator row exists, and every row comes after the rows it refers to.
    """

    _BUCKETS = (
        ("admin", Operator), ("zone", Zone), ("person", Person), ("municipality", Municipality),
        ("operator", Operator), ("contact_person", Person), ("network", Network),
        ("network_contact", NetworkContact),
        ("state_transition", StateTransition), ("charter", Charter),
        ("signature_slot", SignatureSlot), ("signature_event", SignatureEvent),
        ("member", Member), ("message", Message), ("message_target", MessageTarget),
        ("message_text", MessageText),
    )

    def __init__(self, rng: random.Random, new_id: SeededUuid7, today: dt.date) -> None:
        self.rng = rng
        self.new_id = new_id
        self.today = today
        self.admin_id = new_id()
        self.rows: dict[str, list[tuple[str, dict[str, Any]]]] = {b: [] for b, _ in self._BUCKETS}
        self.operator_names: dict[str, str] = {}
        self.officer_ids: list[str] = []
        self.korpschef_id = ""
        self.zone_id = ""
        self.munis: list[_Muni] = []
        self.nets: list[_Net] = []
        self.network_names: set[str] = set()
        self.phones: set[str] = set()
        self.emails: set[str] = set()
        self.advp_refs: set[str] = set()
        self.states: Counter[str] = Counter()
        self.members = 0
        self.messages = 0
        origins = {lang: [o for o, w in weights for _ in range(w)]
                   for lang, weights in data.ORIGIN_WEIGHTS.items()}
        self.origins: dict[str, list[str]] = origins

    @property
    def default_officer_id(self) -> str:
        return self.officer_ids[0]

    def add(self, bucket: str, actor: str, row: dict[str, Any]) -> dict[str, Any]:
        self.rows[bucket].append((actor, row))
        return row

    # -- writing ----------------------------------------------------------------------------
    def write(self, uow: UnitOfWork) -> None:
        """Table by table in foreign-key order; one create_many per table and acting operator.

        Ids are given in creation order first; then rows are grouped by which columns are NULL,
        because the ORM's bulk insert omits NULL values and so starts a new statement whenever
        that pattern changes (members alternate with and without phone: 40,000 statements
        instead of a handful).
        """
        for bucket, cls in self._BUCKETS:
            if bucket == "charter":
                self._freeze_charters(uow.session)
            by_actor: dict[str, list[dict[str, Any]]] = {}
            for actor, row in self.rows[bucket]:
                if "id" not in row:
                    row["id"] = self.new_id()
                by_actor.setdefault(actor, []).append(row)
            for actor, rows in by_actor.items():
                rows.sort(key=lambda r: tuple(v is None for v in r.values()))
                uow.actor_id = actor
                uow.create_many(cls, rows)

    def _freeze_charters(self, session: Session) -> None:
        """Sent versions carry the snapshot and hash that sending a charter freezes.

        Computed by the charter services' own functions once the networks, people and contacts
        are written, so a demo charter's PDF and hash are what BIN Desk itself would produce.
        """
        for _actor, row in self.rows["charter"]:
            network = session.get(Network, row["network_id"])
            assert network is not None
            charter = Charter(**row)  # transient: only read by the snapshot functions
            snapshot = build_snapshot(session, network, charter)
            row["content"] = {**row["content"], SNAPSHOT: snapshot}
            row["content_hash"] = compute_hash(network.id, row["version"], texts_of(charter),
                                               row["start_date"], row["duration_months"],
                                               snapshot)

    def summary(self, operations: int) -> DemoSummary:
        return DemoSummary(
            networks=len(self.nets),
            members=self.members,
            operators=len(self.rows["admin"]) + len(self.rows["operator"]),
            municipalities=len(self.munis),
            messages=self.messages,
            operations=operations,
            states={s.value: self.states.get(s.value, 0) for s in State},
        )

    # -- the zone ---------------------------------------------------------------------------
    def build(self, size: str) -> None:
        large = size == "large"
        self._operators(large)
        self._zone()
        specs = data.SMALL_MUNICIPALITIES + (data.EXTRA_MUNICIPALITIES if large else ())
        for index, spec in enumerate(specs):
            self._municipality(spec, index)
        plans = self._large_plans() if large else self._small_plans()
        self._link_merges(plans)
        for plan in plans:
            self._network(plan, large)
        self._messages(large)

    def _operator(self, spec: data.OperatorSpec, bucket: str = "operator",
                  operator_id: str | None = None) -> str:
        operator_id = operator_id or self.new_id()
        self.add(bucket, self.admin_id, {
            "id": operator_id, "name": spec.name, "personnel_number": spec.personnel_number,
            "role": spec.role.value, "email": spec.email, "active": True,
        })
        self.operator_names[operator_id] = spec.name
        return operator_id

    def _operators(self, large: bool) -> None:
        # The administrator's creation is their own act, as for the first operator of a folder.
        self._operator(data.ADMINISTRATOR, "admin", self.admin_id)
        officers = data.OFFICERS + (data.EXTRA_OFFICERS if large else ())
        self.officer_ids = [self._operator(spec) for spec in officers]
        self.korpschef_id = self._operator(data.KORPSCHEF)
        self._operator(data.PREVENTION_OFFICER)

    def _zone(self) -> None:
        self.zone_id = self.new_id()
        self.add("zone", self.admin_id, {
            "id": self.zone_id, "name": data.ZONE_NAME, "number": data.ZONE_NUMBER,
            "language": "nl", "signature_overdue_days": 30, "evaluation_interval_months": 12,
            "address": data.ZONE_ADDRESS,
        })

    def _municipality(self, spec: data.MunicipalitySpec, index: int) -> None:
        rng = self.rng
        bilingual = len(spec.languages) > 1
        organisation = spec.organisation_nl
        mayor_id, mayor = self._official(spec, organisation, bilingual)
        if index == 0:  # the prevention officer who also uses BIN Desk as an operator
            prevention_id, prevention = self._official(spec, organisation, bilingual,
                                                       data.PREVENTION_OFFICER)
        else:
            prevention_id, prevention = self._official(spec, organisation, bilingual)
        muni_id = self.new_id()
        self.add("municipality", self.admin_id, {
            "id": muni_id, "zone_id": self.zone_id, "nis_code": spec.nis_code,
            "name_nl": spec.name_nl, "name_fr": spec.name_fr, "name_de": spec.name_de,
            "languages": list(spec.languages), "postcodes": spec.postcodes,
            "mayor_id": mayor_id, "prevention_officer_id": prevention_id,
        })
        # Street and quarter pools: the hand-written ones first, then generated ones spread over
        # the sections, so that networks of one municipality rarely share a street.
        hand = {s for a in spec.areas for s in a.streets}
        generated = [s for s in self._generated_streets(spec.languages) if s not in hand]
        rng.shuffle(generated)
        quarters = self._generated_quarters()
        rng.shuffle(quarters)
        areas = []
        count = len(spec.areas)
        for i, area in enumerate(spec.areas):
            streets = list(area.streets)
            rng.shuffle(streets)
            streets += generated[i::count]
            own = list(area.quarters)
            rng.shuffle(own)
            areas.append(_Area(area, own + quarters[i::count], streets, list(streets)))
        # Dutch-speaking officers follow the Flemish municipalities, French-speaking ones the
        # language-facility municipalities (where most PLPs work in French).
        officers = self.officer_ids
        pool = [officers[i] for i in range(len(officers)) if (i % 2 == 1) == bilingual]
        start = index % len(pool)
        sectors = list(data.SECTORS)
        rng.shuffle(sectors)
        self.munis.append(_Muni(spec, muni_id, mayor, prevention, areas,
                                pool[start:] + pool[:start], sectors))

    def _official(self, spec: data.MunicipalitySpec, organisation: str, bilingual: bool,
                  operator: data.OperatorSpec | None = None) -> tuple[str, str]:
        """A mayor or prevention officer: a Person, signer for the municipality."""
        rng = self.rng
        language = rng.choice(("nl", "fr")) if bilingual else spec.languages[0]
        if operator is None:
            first, last = self._name(language)
            name, email = f"{first} {last}", self._email(first, last, "example.org")
        else:
            name, email = operator.name, operator.email
        person_id = self.new_id()
        self.add("person", self.admin_id, {
            "id": person_id, "full_name": name, "email": email,
            "phone": f"+322{rng.randint(3_000_000, 7_999_999)}", "language": language,
            "organisation": organisation, "deleted": False,
        })
        return person_id, name

    @staticmethod
    def _generated_streets(languages: tuple[str, ...]) -> list[str]:
        names = []
        for root_nl, root_fr in data.NAME_ROOTS:
            for suffix, prefix in data.STREET_KINDS:
                nl = suffix.format(root=root_nl) if "{" in suffix else f"{root_nl}{suffix}"
                fr = f"{prefix} {root_fr}"
                if languages == ("nl",):
                    names.append(nl)
                elif languages == ("fr",):
                    names.append(fr)
                else:
                    names.append(f"{nl} / {fr}")
        return names

    @staticmethod
    def _generated_quarters() -> list[tuple[str, str]]:
        """Both forms of each name: the network's languages choose when it is named."""
        return [(f"{root_nl}{suffix}", f"{prefix} {root_fr}")
                for root_nl, root_fr in data.NAME_ROOTS
                for suffix, prefix in data.QUARTER_KINDS]

    # -- people -----------------------------------------------------------------------------
    def _name(self, language: str) -> tuple[str, str]:
        rng = self.rng
        origin = rng.choice(self.origins["fr" if language == "fr" else "nl"])
        first = rng.choice(data.FIRST_NAMES[origin])
        if rng.random() < 0.1:  # mixed families
            origin = rng.choice(self.origins["fr" if language == "fr" else "nl"])
        return first, rng.choice(data.SURNAMES[origin])

    def _email(self, first: str, last: str, domain: str | None = None) -> str:
        rng = self.rng
        f, surname = _ascii(first), _ascii(last)
        style = rng.randrange(5)
        if style == 0:
            local = f"{f}.{surname}"
        elif style == 1:
            local = f"{f[:1]}{surname}"
        elif style == 2:
            local = f"{f}{surname}"
        elif style == 3:
            local = f"{surname}.{f}"
        else:
            local = f"{f}.{surname}{rng.randint(50, 99)}"
        domain = domain or rng.choice(data.EMAIL_DOMAINS)
        address = f"{local}@{domain}"
        n = 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        return address

    def _mobile(self) -> str:
        rng = self.rng
        while True:
            number = f"+32{rng.choice(data.MOBILE_PREFIXES)}{rng.randrange(1_000_000):06d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def _contact_person(self, plan: _Plan, actor: str) -> tuple[str, str]:
        language = self.rng.choice(plan.languages)
        first, last = self._name(language)
        organisation = None
        if plan.sector is not None:
            kind = plan.sector.organisation_fr if language == "fr" else plan.sector.organisation_nl
            organisation = f"{kind} {last}"
        person_id = self.new_id()
        self.add("contact_person", actor, {
            "id": person_id, "full_name": f"{first} {last}", "email": self._email(first, last),
            "phone": self._mobile(), "language": language, "organisation": organisation,
            "deleted": False,
        })
        return person_id, f"{first} {last}"

    # -- plans ------------------------------------------------------------------------------
    def _small_plans(self) -> list[_Plan]:
        plans = []
        for spec in _SMALL:
            muni = self.munis[spec.muni]
            area = next((a for a in muni.areas if a.spec.postcode == spec.postcode), None)
            plan = _Plan(
                muni=muni, area=area, type=spec.type, languages=list(spec.languages),
                path=spec.path, age=spec.age, members=spec.members,
                officer=self.officer_ids[spec.officer], all_categories=spec.all_categories,
                municipal_slots=spec.municipal_slots, pending=spec.pending,
                overdue=spec.overdue, pending_share=spec.pending_share,
            )
            self._name_plan(plan)
            plans.append(plan)
        return plans

    def _large_plans(self) -> list[_Plan]:
        rng = self.rng
        weights = [m.spec.weight for m in self.munis]
        total = sum(weights)
        counts = [LARGE_NETWORKS * w // total for w in weights]
        for i in sorted(range(len(weights)), key=lambda i: -(LARGE_NETWORKS * weights[i] % total)
                        )[: LARGE_NETWORKS - sum(counts)]:
            counts[i] += 1
        states = list(State) + rng.choices(list(_STATE_WEIGHTS), list(_STATE_WEIGHTS.values()),
                                           k=LARGE_NETWORKS - len(State))
        rng.shuffle(states)
        slots = [m for m, n in zip(self.munis, counts, strict=True) for _ in range(n)]
        rng.shuffle(slots)
        plans: list[_Plan] = []
        full_agreement: set[tuple[str, ...]] = set()
        for muni, state in zip(slots, states, strict=True):
            languages = list(muni.spec.languages)
            if len(languages) > 1:
                languages = rng.choices([["nl"], ["fr"], ["nl", "fr"]], [3, 4, 3])[0]
            roll = rng.random()
            ntype = NetworkType.RESIDENTIAL
            sector = None
            if roll < 0.05 and muni.sectors:
                ntype, sector = NetworkType.SECTOR, muni.sectors.pop()
            elif roll < 0.2:
                ntype = NetworkType.BIN_Z
            key = tuple(languages)
            all_categories = rng.random() < 0.12
            if state == State.ACTIVE and key not in full_agreement:
                all_categories = True
            if all_categories and state == State.ACTIVE:
                full_agreement.add(key)
            lo, hi = _AGE[state]
            overdue = None
            if state == State.ACTIVE:
                overdue = rng.randint(1, 120) if rng.random() < 0.25 else 0
            plan = _Plan(
                muni=muni,
                area=None if sector else self._least_covered(muni),
                type=ntype, sector=sector, languages=languages, path=self._large_path(state),
                age=rng.randint(lo, hi), members=0,
                officer=muni.officers[len(plans) % len(muni.officers)],
                all_categories=all_categories, overdue=overdue,
                pending_share=rng.uniform(0.02, 0.1) if rng.random() < 0.25 else 0.0,
            )
            self._name_plan(plan)
            plans.append(plan)
        self._spread_members(plans, LARGE_MEMBERS)
        return plans

    def _least_covered(self, muni: _Muni) -> _Area:
        """The section with the most streets per planned network, so territories rarely overlap."""
        area = max(muni.areas,
                   key=lambda a: (len(a.all_streets) / (a.planned + 1), a.spec.postcode))
        area.planned += 1
        return area

    def _large_path(self, state: State) -> tuple[State, ...]:
        rng = self.rng
        roll = rng.random()
        if state in (State.COORDINATOR_SCREENING, State.CHARTER_DRAFTING, State.SIGNATURES,
                     State.SUBMITTED, State.OFFICIAL) and roll < 0.12:
            return _DETOUR[: _DETOUR.index(state, 4) + 1]
        if state in _LINEAR[:-1]:
            return _to(state)
        if state == State.ACTIVE:
            if roll < 0.2:
                return _AMENDED
            if roll < 0.28:
                return (*_LINEAR, State.SUSPENDED, State.ACTIVE)
            return _LINEAR
        if state == State.AMENDMENT:
            return (*_AMENDED, State.AMENDMENT) if roll < 0.2 else (*_LINEAR, State.AMENDMENT)
        if state == State.SUSPENDED:
            return (*_LINEAR[:7], State.SUSPENDED) if roll < 0.15 else (*_LINEAR, State.SUSPENDED)
        if state == State.INACTIVE:
            if roll < 0.3:
                return (*_LINEAR, State.SUSPENDED, State.INACTIVE)
            return (*_LINEAR, State.INACTIVE)
        if state == State.MERGED:
            return (*_LINEAR, State.INACTIVE, State.MERGED) if roll < 0.3 else (
                *_LINEAR, State.MERGED)
        # dissolved: some never got past the first steps, most stopped after years of activity
        if roll < 0.15:
            return (State.INITIATIVE, State.DISSOLVED)
        if roll < 0.3:
            return (State.INITIATIVE, State.PREPARATION, State.DISSOLVED)
        if roll < 0.6:
            return (*_LINEAR, State.DISSOLVED)
        return (*_LINEAR, State.SUSPENDED, State.DISSOLVED)

    def _spread_members(self, plans: list[_Plan], total: int) -> None:
        """Exactly `total` members, 30-300-ish per BIN in proportion, a few empty lists."""
        rng = self.rng
        weights = []
        for plan in plans:
            factor = _SIZE_FACTOR.get(plan.state, 0.0)
            if State.PREPARATION not in plan.path or rng.random() < 0.02:
                factor = 0.0
            if plan.type == NetworkType.BIN_Z:
                factor *= 0.6
            elif plan.type == NetworkType.SECTOR:
                factor *= 0.3
            weights.append(factor * rng.lognormvariate(0.0, 0.55))
        weight_sum = sum(weights)
        exact = [w * total / weight_sum for w in weights]
        counts = [int(x) for x in exact]
        by_remainder = sorted(range(len(plans)), key=lambda i: (counts[i] - exact[i], i))
        for i in by_remainder[: total - sum(counts)]:
            counts[i] += 1
        for plan, count in zip(plans, counts, strict=True):
            plan.members = count

    def _name_plan(self, plan: _Plan) -> None:
        """A unique name in the networks' own style: BIN, PLP, BIN-Z / PLP-I, sector BINs."""
        rng = self.rng
        langs = plan.languages
        muni = plan.muni
        nl, fr = "nl" in langs, "fr" in langs
        if plan.type == NetworkType.SECTOR:
            plan.sector = plan.sector or rng.choice(data.SECTORS)
            sector = plan.sector
            if nl and fr:
                label = sector.name_nl if sector.name_nl == sector.name_fr else (
                    f"{sector.name_nl} – {sector.name_fr}")
                name = f"BIN/PLP {label} {muni.name('nl')}"
            else:
                name = (f"BIN {sector.name_nl} {muni.name('nl')}" if nl
                        else f"PLP {sector.name_fr} {muni.name('fr')}")
            plan.place = {"nl": muni.name("nl"), "fr": muni.name("fr")}
            plan.description_args = {
                "nl": (f"{sector.name_nl.lower()} van {muni.name('nl')}", sector.description_nl),
                "fr": (f"{sector.name_fr.lower()} de {muni.name('fr')}", sector.description_fr),
            }
        else:
            area = plan.area
            assert area is not None
            if plan.type == NetworkType.BIN_Z:
                patterns = list(data.BIN_Z_AREAS)
                rng.shuffle(patterns)
                candidates = []
                for pattern_nl, pattern_fr in patterns:
                    place_nl = pattern_nl.format(area=area.name("nl"))
                    place_fr = pattern_fr.format(area=area.name("fr"))
                    prefix = "BIN-Z/PLP-I" if nl and fr else ("BIN-Z" if nl else "PLP-I")
                    candidates.append((f"{prefix} {place_nl if nl else place_fr}",
                                       {"nl": place_nl, "fr": place_fr}))
                name, plan.place = next(((n, p) for n, p in candidates
                                         if n not in self.network_names), candidates[0])
            else:
                quarter_nl, quarter_fr = area.quarters.pop(0) if area.quarters else (
                    area.name("nl"), area.name("fr"))
                if nl and fr:
                    label = quarter_nl if quarter_nl == quarter_fr else (
                        f"{quarter_nl} – {quarter_fr}")
                    name = f"BIN/PLP {label}"
                else:
                    name = f"BIN {quarter_nl}" if nl else f"PLP {quarter_fr}"
                plan.place = {"nl": quarter_nl, "fr": quarter_fr}
            plan.description_args = {
                lang: (plan.place[lang], area.name(lang)) for lang in ("nl", "fr")
            }
        if name in self.network_names:
            name = f"{name} ({muni.name(langs[0])})"
        base, n = name, 1
        while name in self.network_names:
            n += 1
            name = f"{base} {n}"
        self.network_names.add(name)
        plan.name = name

    def _link_merges(self, plans: list[_Plan]) -> None:
        """A merged BIN names the one it joined, preferably an active one nearby."""
        for plan in plans:
            if plan.state != State.MERGED:
                continue
            candidates = [p for p in plans if p is not plan and p.muni is plan.muni
                          and p.state in (State.ACTIVE, State.AMENDMENT)]
            candidates.sort(key=lambda p: (p.area is not plan.area, p.name))
            plan.merged_into = candidates[0].name if candidates else ""

    # -- one network ------------------------------------------------------------------------
    def _network(self, plan: _Plan, large: bool) -> None:
        rng = self.rng
        today = self.today
        net_id = self.new_id()
        actor = plan.officer
        path = plan.path
        dates = [today - dt.timedelta(days=plan.age)]
        for state in reversed(path[:-1]):
            lo, hi = _STAY[state]
            dates.append(dates[-1] - dt.timedelta(days=rng.randint(lo, hi)))
        dates.reverse()
        streets = self._territory(plan, large)
        categories = self._categories(plan)
        channels = rng.choices([c for c, _ in _CHANNEL_SETS], [w for _, w in _CHANNEL_SETS])[0]
        official_day = next((d for s, d in zip(path, dates, strict=True)
                             if s == State.OFFICIAL), None)
        self.add("network", actor, {
            "id": net_id, "zone_id": self.zone_id, "municipality_id": plan.muni.id,
            "name": plan.name, "description": self._description(plan), "type": plan.type.value,
            "sector": plan.sector.code if plan.sector else None, "state": plan.state.value,
            "state_since": dates[-1], "languages": _canonical(set(plan.languages), LANGUAGES),
            "postcodes": sorted({pc for _, pc in streets}),
            "streets": sorted((s for s, _ in streets), key=fold),
            "allowed_categories": _canonical(categories, [c.value for c in Category]),
            "channels": _canonical({c.value for c in channels}, [c.value for c in Channel]),
            "mandated_officer_id": plan.officer,
            "evaluation_due": self._evaluation_due(plan, official_day, dates[-1]),
            "created_on": dates[0], "deleted": False,
        })
        self.states[plan.state.value] += 1
        reason_lang = "fr" if plan.languages == ["fr"] else "nl"
        previous: State | None = None
        for state, day in zip(path, dates, strict=True):
            key = "back_to_preparation" if (previous == State.COORDINATOR_SCREENING
                                            and state == State.PREPARATION) else state.value
            reason = data.TRANSITION_REASONS[key][reason_lang]
            if state == State.MERGED:
                reason = reason.format(other=plan.merged_into or "—")
            self.add("state_transition", actor, {
                "network_id": net_id, "from_state": previous.value if previous else None,
                "to_state": state.value, "effective_on": day, "actor_id": actor,
                "reason": reason,
            })
            previous = state
        coordinator = ""
        if State.PREPARATION in path:
            _, coordinator = self._contacts(plan, net_id, actor)
        self._charters(plan, net_id, dates, coordinator)
        self._members(plan, net_id, streets, dates)
        self.nets.append(_Net(net_id, plan.type, plan.state, plan.languages,
                              categories, actor, plan.muni, plan.place,
                              official_day if plan.state in MESSAGING_STATES else None))

    def _territory(self, plan: _Plan, large: bool) -> list[tuple[str, str]]:
        """The network's streets with their postcode; residential ones take streets of their own."""
        rng = self.rng
        if plan.area is None:  # a sector BIN: its members' addresses all over the municipality
            every = [(s, a.spec.postcode) for a in plan.muni.areas for s in a.all_streets]
            return rng.sample(every, rng.randint(5, 10))
        area = plan.area
        count = rng.randint(5, 14) if large else rng.randint(6, 18)
        if plan.type == NetworkType.BIN_Z:
            count = min(count, 8)
        taken = area.streets[:count]
        del area.streets[:count]
        if len(taken) < count:  # the section is fully covered: share streets with neighbours
            rest = [s for s in area.all_streets if s not in taken]
            taken += rng.sample(rest, min(len(rest), count - len(taken)))
        return [(s, area.spec.postcode) for s in taken]

    def _categories(self, plan: _Plan) -> set[str]:
        """What the charter lets police pass on: always the basics, the rest as negotiated."""
        if plan.all_categories:
            return {c.value for c in Category}
        chosen = set(_BASE_CATEGORIES)
        if plan.type == NetworkType.BIN_Z:
            chosen |= {Category.FRAUD, Category.THEFT}
        elif plan.sector is not None and plan.sector.code == "farmers":
            chosen |= {Category.THEFT, Category.DRUGS}
        for category in Category:
            if category not in chosen and self.rng.random() < 0.45:
                chosen.add(category)
        if len(chosen) == len(Category):  # "every category" is kept for the chosen few
            chosen.discard(Category.PUBLIC_ORDER)
        return {c.value for c in chosen}

    def _description(self, plan: _Plan) -> str:
        templates = data.DESCRIPTIONS[plan.type]
        texts = []
        for lang in _canonical(set(plan.languages), LANGUAGES):
            first, second = plan.description_args[lang]
            texts.append(templates[lang].format(place=first, area=second, sector=second))
        return "\n\n".join(texts)

    def _evaluation_due(self, plan: _Plan, official_day: dt.date | None,
                        state_since: dt.date) -> dt.date | None:
        """Evaluations come every 12 months once the BIN is official."""
        if official_day is None or plan.state in (State.MERGED, State.DISSOLVED):
            return None
        first_due = _add_months(official_day, 12)
        if plan.state == State.ACTIVE and plan.overdue:
            return max(self.today - dt.timedelta(days=plan.overdue), official_day + _DAY)
        # The next anniversary still to come (for a stopped BIN: the one it stopped before).
        limit = state_since if plan.state in (State.SUSPENDED, State.INACTIVE) else self.today
        due = first_due
        while due <= limit:
            due = _add_months(due, 12)
        return due

    def _contacts(self, plan: _Plan, net_id: str, actor: str) -> tuple[str, str]:
        coordinator_id, coordinator = self._contact_person(plan, actor)
        self.add("network_contact", actor, {"network_id": net_id, "person_id": coordinator_id,
                                            "role": ContactRole.COORDINATOR.value,
                                            "deleted": False})
        for _ in range(self.rng.choice((0, 1, 1, 2))):
            deputy_id, _name = self._contact_person(plan, actor)
            self.add("network_contact", actor, {"network_id": net_id, "person_id": deputy_id,
                                                "role": ContactRole.DEPUTY.value,
                                                "deleted": False})
        return coordinator_id, coordinator

    # -- charters and signatures ------------------------------------------------------------
    def _charters(self, plan: _Plan, net_id: str, dates: list[dt.date],
                  coordinator: str) -> None:
        """Charter versions and signatures that tell the same story as the transitions."""
        rng = self.rng
        path = plan.path
        municipal = plan.municipal_slots or rng.choices(
            [s for s, _ in _MUNICIPAL_SLOTS], [w for _, w in _MUNICIPAL_SLOTS])[0]
        signatories = [s for s in SIGNING_ORDER
                       if SIGNATORY_PARTY[s] != Party.MUNICIPALITY or s in municipal]
        charters: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None
        window = today = self.today
        for i in range(1, len(path)):
            previous, state, day = path[i - 1], path[i], dates[i]
            if state in (State.SIGNATURES, State.AMENDMENT):
                drafted = dates[i - 1] if state == State.SIGNATURES else max(
                    dates[i - 1], day - dt.timedelta(days=rng.randint(7, 30)))
                current = self.add("charter", plan.officer, {
                    "id": self.new_id(), "network_id": net_id, "version": len(charters) + 1,
                    "status": CharterStatus.SIGNING.value, "drafted_on": drafted,
                    "submitted_on": None, "advp_reference": None, "approved_on": None,
                    "content": {TEXTS: {lang: default_sections(lang, plan.type.value)
                                        for lang in plan.languages}},
                    "start_date": day + dt.timedelta(days=30), "duration_months": None,
                    "municipality_signatories": [s.value for s in signatories
                                                 if SIGNATORY_PARTY[s] == Party.MUNICIPALITY],
                    "content_hash": None, "frozen_on": day, "advp_remarks": "",
                })
                charters.append(current)
                window = day
            elif current is None:
                continue
            elif state == State.SUBMITTED:
                self._slots(plan, net_id, current, signatories, window, day, (), coordinator)
                current.update(status=CharterStatus.SUBMITTED.value, submitted_on=day)
            elif state == State.OFFICIAL:
                current.update(status=CharterStatus.APPROVED.value, approved_on=day,
                               advp_reference=self._advp_reference(day))
            elif previous == State.AMENDMENT and state == State.ACTIVE:
                last = self._slots(plan, net_id, current, signatories, window,
                                   day - dt.timedelta(days=(day - window).days // 4), (),
                                   coordinator)
                current.update(status=CharterStatus.APPROVED.value,
                               submitted_on=min(day, last + dt.timedelta(days=rng.randint(1, 5))),
                               approved_on=day, advp_reference=self._advp_reference(day))
                for older in charters[:-1]:
                    older["status"] = CharterStatus.SUPERSEDED.value
        if current is not None and plan.state in (State.SIGNATURES, State.AMENDMENT):
            pending = plan.pending
            if pending is None:
                signed = rng.randint(0, len(signatories))
                pending = tuple(signatories[signed:])
            self._slots(plan, net_id, current, signatories, window, today, pending, coordinator)

    def _slots(self, plan: _Plan, net_id: str, charter: dict[str, Any],
               signatories: list[Signatory], start: dt.date, end: dt.date,
               pending: tuple[Signatory, ...], coordinator: str) -> dt.date:
        """The slots of one signing round; returns the day of the last signature.

        The municipality is asked once the police have signed (a week in), which is how the
        "waiting for the mayor" delays arise.
        """
        rng = self.rng
        last = start
        for signatory in signatories:
            municipal = SIGNATORY_PARTY[signatory] == Party.MUNICIPALITY
            requested = min(end, start + dt.timedelta(days=7)) if municipal else start
            slot_id = self.new_id()
            signer = {
                Signatory.COORDINATOR: coordinator,
                Signatory.MANDATED_OFFICER: self.operator_names[plan.officer],
                Signatory.KORPSCHEF: self.operator_names[self.korpschef_id],
                Signatory.MAYOR: plan.muni.mayor,
                Signatory.PREVENTION_OFFICER: plan.muni.prevention_officer,
            }[signatory]
            self.add("signature_slot", plan.officer, {
                "id": slot_id, "charter_id": charter["id"], "network_id": net_id,
                "party": SIGNATORY_PARTY[signatory].value, "signatory": signatory.value,
                "requested_on": requested, "expected_signer": signer,
            })
            if signatory in pending:
                continue
            low = max(last, requested)
            signed_on = low + dt.timedelta(days=rng.randint(0, max(0, (end - low).days // 2)))
            last = signed_on
            korpschef = signatory == Signatory.KORPSCHEF
            digital = rng.random() < (0.5 if korpschef else 0.25)
            self.add("signature_event", plan.officer, {
                "slot_id": slot_id, "network_id": net_id,
                "status": SignatureStatus.SIGNED.value, "effective_on": signed_on,
                "method": "digital" if digital else "wet_ink", "signer_name": signer,
                "recorded_by": self.korpschef_id if korpschef else plan.officer, "note": "",
                "document_sha256": None, "certificate_subject": None,
                "certificate_fingerprint": None,
            })
        return last

    def _advp_reference(self, day: dt.date) -> str:
        while True:
            reference = f"ADVP/{day.year}/{self.rng.randint(100, 1999):04d}"
            if reference not in self.advp_refs:
                self.advp_refs.add(reference)
                return reference

    # -- members ----------------------------------------------------------------------------
    def _status_weights(self, plan: _Plan) -> list[tuple[str, float]]:
        state = plan.state
        active, paused, left = (MemberStatus.ACTIVE.value, MemberStatus.PAUSED.value,
                                MemberStatus.LEFT.value)
        pending = MemberStatus.PENDING_REVIEW.value
        if state in (State.PREPARATION, State.COORDINATOR_SCREENING):
            return [(pending, 1.0)]
        if state in (State.CHARTER_DRAFTING, State.SIGNATURES, State.SUBMITTED):
            return [(active, 0.85), (pending, 0.12), (left, 0.03)]
        if state == State.SUSPENDED:
            return [(paused, 0.65), (active, 0.25), (left, 0.10)]
        if state == State.INACTIVE:
            return [(active, 0.6), (paused, 0.15), (left, 0.25)]
        if state in (State.MERGED, State.DISSOLVED):
            return [(left, 1.0)]
        share = plan.pending_share
        return [(pending, share), (paused, 0.04), (left, 0.06), (active, 0.9 - share)]

    def _members(self, plan: _Plan, net_id: str, streets: list[tuple[str, str]],
                 dates: list[dt.date]) -> None:
        if plan.members == 0:
            return
        rng = self.rng
        random_ = rng.random
        randint = rng.randint
        choice = rng.choice
        path = plan.path
        start = dates[path.index(State.PREPARATION)] if State.PREPARATION in path else dates[0]
        ended = plan.state in (State.MERGED, State.DISSOLVED, State.SUSPENDED, State.INACTIVE)
        end = dates[-1] if ended else self.today
        span = max(0, (end - start).days)
        recent = max(start, end - dt.timedelta(days=30))
        recent_span = (end - recent).days
        weights = self._status_weights(plan)
        bilingual = len(plan.languages) > 1
        single = plan.languages[0]
        pending = MemberStatus.PENDING_REVIEW.value
        add = self.rows["member"].append
        actor = plan.officer
        for _ in range(plan.members):
            roll = random_()
            status = weights[-1][0]
            for value, weight in weights:
                if roll < weight:
                    status = value
                    break
                roll -= weight
            language = ("fr" if random_() < 0.6 else "nl") if bilingual else single
            first, last = self._name(language)
            if status == pending:
                joined = recent + dt.timedelta(days=randint(0, recent_span))
            elif random_() < 0.4:  # the sign-up wave after the info meeting
                joined = start + dt.timedelta(days=randint(0, min(span, 45)))
            else:
                joined = start + dt.timedelta(days=randint(0, span))
            has_phone = random_() < 0.93
            has_email = random_() < 0.78 or not has_phone
            street, postcode = choice(streets)
            number = str(int(rng.triangular(1, 180, 12)))
            extra = random_()
            if extra < 0.07:
                number += choice("ABC")
            elif extra < 0.13:
                number += f" bus {randint(1, 12)}"
            add((actor, {
                "network_id": net_id, "status": status, "full_name": f"{first} {last}",
                "phone_e164": self._mobile() if has_phone else None,
                "email": self._email(first, last) if has_email else None,
                "street": street, "house_number": number, "postcode": postcode,
                "language": language, "consent_on": joined, "joined_on": joined,
                "deleted": False, "first_name": first, "last_name": last, "consent": True,
                "channels": [],
            }))
        self.members += plan.members

    # -- messages ---------------------------------------------------------------------------
    def _messages(self, large: bool) -> None:
        """Sent police messages of the last 90 days, a few zone-wide ones, and one draft."""
        rng = self.rng
        talking = [n for n in self.nets if n.messaging_since is not None]
        for net in talking:
            assert net.messaging_since is not None
            since = (self.today - net.messaging_since).days
            if since < 2:
                continue
            if net.state == State.OFFICIAL:
                count = rng.randint(0, 1)
            elif large:
                count = rng.randint(0, 4)
            else:
                count = rng.randint(2, 5)
            for _ in range(count):
                fitting = [t for t in data.MESSAGE_TEMPLATES
                           if t.category.value in net.categories
                           and (not t.types or net.type in t.types)]
                template = rng.choice(fitting)
                days_ago = rng.randint(1, min(89, since - 1))
                self._message(template, [net], net.place, net.officer, days_ago)
        by_key = {t.key: t for t in data.MESSAGE_TEMPLATES}
        # A phone-fraud wave in the first municipality and a storm over the whole zone.
        first_muni = self.munis[0]
        fraud = [n for n in talking if n.muni is first_muni and "fraud" in n.categories]
        if fraud:
            self._message(by_key["phone_fraud"], fraud,
                          {"nl": first_muni.name("nl"), "fr": first_muni.name("fr")},
                          self.default_officer_id, rng.randint(3, 20))
        storm = [n for n in talking if "disaster" in n.categories]
        if storm:
            self._message(by_key["storm"], storm,
                          {"nl": f"politiezone {data.ZONE_SHORT}",
                           "fr": f"zone de police {data.ZONE_SHORT}"},
                          self.korpschef_id, rng.randint(20, 80))
        draft_to = next((n for n in talking if n.state == State.ACTIVE
                         and n.officer == self.default_officer_id), None)
        if draft_to is not None:
            self._message(by_key["holiday_watch"], [draft_to], draft_to.place,
                          self.default_officer_id, 1, draft=True)

    def _message(self, template: data.MessageTemplate, targets: list[_Net],
                 place: dict[str, str], author: str, days_ago: int, draft: bool = False) -> None:
        rng = self.rng
        urgent = template.urgency.value == "urgent"
        hour = rng.randint(6, 21) if urgent else rng.randint(8, 17)
        moment = dt.datetime.combine(self.today - dt.timedelta(days=days_ago),
                                     dt.time(hour, rng.randint(0, 59), rng.randint(0, 59)))
        created = moment - dt.timedelta(minutes=rng.randint(3, 90))
        languages = _canonical({lang for n in targets for lang in n.languages}, LANGUAGES)
        texts = {"nl": template.nl, "fr": template.fr}
        headline = texts["nl" if "nl" in languages else "fr"][0]
        message_id = self.new_id()
        self.add("message", author, {
            "id": message_id, "zone_id": self.zone_id, "category": template.category.value,
            "urgency": template.urgency.value,
            "status": (MessageStatus.DRAFT if draft else MessageStatus.SENT).value,
            "headline": headline.format(place=place["nl" if "nl" in languages else "fr"]),
            "is_exercise": False, "created_by": author,
            "created_at": created, "sent_at": None if draft else moment,
        })
        for net in targets:
            self.add("message_target", author, {"message_id": message_id, "network_id": net.id})
        for lang in languages:
            _headline, subject, body = texts[lang]
            values = {"place": place[lang], "zone": data.ZONE_SHORT}
            self.add("message_text", author, {
                "message_id": message_id, "language": lang,
                "subject": subject.format(**values), "body": body.format(**values),
            })
        self.messages += 1

