"""The message composer (ui/composer.ui): write a police message, check it as you type, save it
for approval, and approve someone else's (four eyes).

Checking: when the target networks change, what the checks need to know about them (their
charters' categories, languages, members, recent messages) is loaded once in the database worker
and kept; every keystroke then only restarts a short timer, and when the officer pauses the pure
rules engine (a few milliseconds) runs on the GUI thread for the language versions that changed.
Its findings are listed (severity, what, what to do), their spans marked in the text, and the SMS
and audience figures updated. A suggestion that is a literal replacement (a curly quote for a
straight one) is applied only when the officer clicks "Apply", never silently.

Saving creates a draft in core; another operator opens it here in review mode (read-only) and
approves it after a confirmation that says REAL or EXERCISE, the audience and the cost. Core
decides who may approve (four eyes, the korpschef's override with a reason): its refusal is shown
through the error helper. An approved message is ready to dispatch; an update or a cancellation
of it is one click away.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QIcon, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from bin_desktop.core.alerts.cap import BRUSSELS
from bin_desktop.core.alerts.model import CheckContext, CheckResult, Draft
from bin_desktop.core.alerts.service import (
    MessageView,
    TextVersion,
    approve_message,
    build_context,
    check_message,
    create_message,
    follow_up,
    get_message,
)
from bin_desktop.core.dashboard import DashboardFilter, DashboardRow, load_rows
from bin_desktop.core.domain import LANGUAGES, Category, Channel, MessageStatus, Role, Urgency
from bin_desktop.core.errors import QT_TRANSLATE_NOOP
from bin_desktop.core.lifecycle import MESSAGING_STATES
from bin_desktop.core.operators import Permission, has_permission, list_operators
from bin_desktop.core.store.database import Database
from bin_desktop.core.zone import get_zone
from bin_desktop.gui import errors as gui_errors
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.dialogs.message_confirm import (
    ApprovalSummary,
    MessageConfirmDialog,
    format_cost,
)
from bin_desktop.gui.forms.ui_composer import Ui_ComposerForm
from bin_desktop.gui.forms.ui_composer_text import Ui_ComposerTextForm
from bin_desktop.gui.highlighter import SEVERITY_COLOURS, FindingHighlighter, Mark, utf16_positions
from bin_desktop.gui.labels import (
    category_label,
    channel_label,
    format_datetime,
    language_name,
    state_label,
)
from bin_desktop.gui.message_models import (
    EXERCISE_COLOUR,
    FindingsModel,
    NetworkChoice,
    RuleRunsModel,
    ShownFinding,
    TargetsFilter,
    TargetsModel,
    exercise_word,
    severity_icon,
    worst,
)

Mode = Literal["new", "review"]

_ALL_CATEGORIES = frozenset(c.value for c in Category)
_OK_COLOUR = "#2e7d32"


# -- templates -----------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateText:
    subject: str
    headline: str
    body: str  # may hold {headline}: the earlier message's (feedback)


@dataclass(frozen=True)
class MessageTemplate:
    """A ready text per language: what happened, preventive advice, and 112.

    The texts use only GSM characters (no ê, ç or curly quotes: an SMS stays 160 characters a
    segment) and pass every check; what the officer must fill in is between [brackets].
    """

    code: str
    category: Category
    title: str  # QT_TRANSLATE_NOOP("Composer", ...)
    texts: dict[str, TemplateText]

    def text(self, language: str) -> TemplateText:
        return self.texts.get(language) or self.texts["nl"]


TEMPLATES: tuple[MessageTemplate, ...] = (
    MessageTemplate("burglary_wave", Category.BURGLARY,
                    QT_TRANSLATE_NOOP("Composer", "Burglary wave"), {
        "nl": TemplateText(
            "Inbraken in uw buurt: tips",
            "Inbraakgolf in de buurt",
            "Inbraakgolf in uw buurt. De voorbije dagen werd in verschillende woningen "
            "ingebroken, vooral 's avonds en via de achterkant van het huis. Sluit ramen en "
            "deuren, ook als u maar even weg bent, en laat 's avonds licht branden. Ziet u "
            "iets verdachts? Ga niet zelf kijken en bel meteen 112."),
        "fr": TemplateText(
            "Cambriolages dans votre quartier : conseils",
            "Vague de cambriolages dans le quartier",
            "Vague de cambriolages dans votre quartier. Ces derniers jours, plusieurs "
            "habitations ont été cambriolées, surtout le soir et par l'arrière de la maison. "
            "Verrouillez portes et accès, aussi pour une courte absence, et laissez une "
            "lumière allumée le soir. Vous remarquez une situation suspecte ? Ne poursuivez "
            "pas les auteurs et appelez immédiatement le 112."),
        "de": TemplateText(
            "Einbrüche in Ihrem Viertel: Tipps",
            "Einbruchserie im Viertel",
            "Einbruchserie in Ihrem Viertel. In den letzten Tagen wurde in mehrere Wohnungen "
            "eingebrochen, meistens abends und über die Rückseite des Hauses. Schließen Sie "
            "Fenster und Türen, auch wenn Sie nur kurz weg sind, und lassen Sie abends Licht "
            "brennen. Bemerken Sie etwas Verdächtiges? Verfolgen Sie die Täter nicht selbst "
            "und rufen Sie sofort 112 an."),
    }),
    MessageTemplate("vehicle_break_ins", Category.VEHICLE_CRIME,
                    QT_TRANSLATE_NOOP("Composer", "Vehicle break-ins"), {
        "nl": TemplateText(
            "Diefstallen uit wagens: tips",
            "Diefstallen uit geparkeerde wagens",
            "De voorbije nachten werden in de buurt verschillende geparkeerde wagens "
            "opengebroken. Laat geen tassen, gsm's, laptops of andere waardevolle spullen "
            "zichtbaar achter in uw wagen, ook niet in de koffer. Controleer altijd of uw "
            "wagen op slot is. Ziet u iemand aan wagens morrelen? Bel meteen 112."),
        "fr": TemplateText(
            "Vols dans les voitures : conseils",
            "Vols dans des voitures en stationnement",
            "Ces dernières nuits, plusieurs voitures en stationnement ont été fracturées dans"
            " le quartier. Ne laissez ni sac, ni GSM, ni ordinateur ou autre objet de valeur "
            "visible dans votre voiture, pas non plus dans le coffre. Vérifiez toujours que "
            "votre voiture est bien verrouillée. Vous voyez quelqu'un forcer une voiture ? "
            "Appelez immédiatement le 112."),
        "de": TemplateText(
            "Diebstähle aus Autos: Tipps",
            "Diebstähle aus geparkten Autos",
            "In den letzten Nächten wurden im Viertel mehrere geparkte Autos aufgebrochen. "
            "Lassen Sie keine Taschen, Handys, Laptops oder andere Wertsachen sichtbar im "
            "Auto liegen, auch nicht im Kofferraum. Überprüfen Sie immer, ob Ihr Auto "
            "abgeschlossen ist. Sehen Sie jemanden, der sich an Autos zu schaffen macht? "
            "Rufen Sie sofort 112 an."),
    }),
    MessageTemplate("phone_fraud", Category.FRAUD,
                    QT_TRANSLATE_NOOP("Composer", "Phone fraud"), {
        "nl": TemplateText(
            "Opgelet voor telefoonfraude",
            "Oplichters aan de telefoon",
            "Opgelet: oplichters bellen inwoners op en doen zich voor als medewerker van de "
            "bank of de politie. Ze vragen uw pincode, uw bankkaart of om geld over te "
            "schrijven. De politie en uw bank vragen dat nooit. Geef nooit codes of kaarten "
            "af en hang op bij twijfel. Bent u het slachtoffer? Laat uw kaart blokkeren via "
            "Card Stop en verwittig de politie."),
        "fr": TemplateText(
            "Attention à la fraude par téléphone",
            "Escrocs au téléphone",
            "Attention : des escrocs appellent des habitants en se faisant passer pour un "
            "employé de la banque ou de la police. Ils demandent votre code secret, votre "
            "carte bancaire ou un virement. La police et votre banque ne le demandent jamais."
            " Ne donnez jamais de code ni de carte et raccrochez en cas de doute. Vous en "
            "avez été victime ? Faites bloquer votre carte via Card Stop et prévenez la "
            "police."),
        "de": TemplateText(
            "Vorsicht vor Telefonbetrug",
            "Betrüger am Telefon",
            "Achtung: Betrüger rufen Einwohner an und geben sich als Mitarbeiter der Bank "
            "oder der Polizei aus. Sie fragen nach Ihrem Geheimcode, Ihrer Bankkarte oder "
            "einer Überweisung. Die Polizei und Ihre Bank fragen das nie. Geben Sie nie Codes"
            " oder Karten heraus und legen Sie im Zweifel auf. Sind Sie Opfer geworden? "
            "Lassen Sie Ihre Karte über Card Stop sperren und verständigen Sie die Polizei."),
    }),
    MessageTemplate("disappearance", Category.DISAPPEARANCE,
                    QT_TRANSLATE_NOOP("Composer", "Disappearance"), {
        "nl": TemplateText(
            "Opsporing: vermiste persoon in de buurt",
            "Vermiste persoon in de buurt",
            "De politie zoekt een vermiste bewoner van de buurt. Beschrijving: [leeftijd, "
            "lengte, kledij]. Laatst gezien: [plaats en uur]. Kijk ook even in uw tuin, "
            "garage of tuinhuis. Ziet u de persoon? Blijf bij hem of haar en bel meteen 112."),
        "fr": TemplateText(
            "Recherche : personne disparue dans le quartier",
            "Personne disparue dans le quartier",
            "La police recherche un habitant du quartier disparu. Signalement : [taille, "
            "corpulence, tenue]. Vu pour la dernière fois : [lieu et heure]. Regardez aussi "
            "dans votre jardin, garage ou abri de jardin. Vous voyez cette personne ? Restez "
            "auprès d'elle et appelez immédiatement le 112."),
        "de": TemplateText(
            "Vermisste Person im Viertel",
            "Vermisste Person im Viertel",
            "Die Polizei sucht einen vermissten Bewohner des Viertels. Beschreibung: [Alter, "
            "Größe, Kleidung]. Zuletzt gesehen: [Ort und Uhrzeit]. Schauen Sie auch in Ihrem "
            "Garten, Ihrer Garage oder Ihrem Gartenhaus nach. Sehen Sie die Person? Bleiben "
            "Sie bei ihr und rufen Sie sofort 112 an."),
    }),
    MessageTemplate("prevention_tip", Category.PREVENTION_TIP,
                    QT_TRANSLATE_NOOP("Composer", "Preventive tip"), {
        "nl": TemplateText(
            "Preventietip van uw politiezone",
            "Preventietip",
            "Preventietip: de dagen worden korter en inbrekers werken graag in het donker. "
            "Zorg voor buitenverlichting met een bewegingsmelder, sluit ramen en deuren ook "
            "overdag en leg geen sleutels onder de mat. Gaat u op reis? Vraag gratis "
            "woningtoezicht aan bij de politie. Ziet u iets verdachts? Bel 112."),
        "fr": TemplateText(
            "Conseil de prévention de votre zone de police",
            "Conseil de prévention",
            "Conseil de prévention : les jours raccourcissent et les cambrioleurs aiment "
            "l'obscurité. Installez un éclairage extérieur avec détecteur de mouvement, "
            "verrouillez portes et accès aussi en journée et ne laissez pas de clés sous le "
            "paillasson. Vous partez en voyage ? Demandez la surveillance gratuite de votre "
            "habitation à la police. Une situation suspecte ? Appelez le 112."),
        "de": TemplateText(
            "Präventionstipp Ihrer Polizeizone",
            "Präventionstipp",
            "Präventionstipp: Die Tage werden kürzer und Einbrecher arbeiten gern im Dunkeln."
            " Sorgen Sie für Außenbeleuchtung mit Bewegungsmelder, schließen Sie Fenster und "
            "Türen auch tagsüber ab und legen Sie keine Schlüssel unter die Fußmatte. "
            "Verreisen Sie? Beantragen Sie bei der Polizei die kostenlose Hausüberwachung. "
            "Bemerken Sie etwas Verdächtiges? Rufen Sie 112 an."),
    }),
    MessageTemplate("feedback", Category.FEEDBACK,
                    QT_TRANSLATE_NOOP("Composer", "Feedback on an earlier message"), {
        "nl": TemplateText(
            "Terugkoppeling: {headline}",
            "Terugkoppeling",
            "Terugkoppeling bij ons bericht \"{headline}\". Dankzij uw meldingen kon de politie"
            " het onderzoek verder zetten: [wat er gebeurde]. Bedankt voor uw waakzaamheid en"
            " uw medewerking. Blijf verdachte situaties melden via 112 of het algemene nummer"
            " van de politiezone."),
        "fr": TemplateText(
            "Suivi : {headline}",
            "Suivi de notre message",
            "Suivi de notre message \"{headline}\". Suite à vos signalements, la police a pu "
            "poursuivre ses recherches : [ce qui s'est passé]. Merci pour votre vigilance et "
            "votre collaboration. Continuez à signaler les situations suspectes au 112 ou au "
            "numéro général de la zone de police."),
        "de": TemplateText(
            "Rückmeldung: {headline}",
            "Rückmeldung zu unserer Nachricht",
            "Rückmeldung zu unserer Nachricht \"{headline}\". Dank Ihrer Hinweise konnte die "
            "Polizei die Ermittlungen fortsetzen: [was geschehen ist]. Vielen Dank für Ihre "
            "Aufmerksamkeit und Ihre Mitarbeit. Melden Sie verdächtige Situationen weiterhin "
            "über 112 oder die allgemeine Nummer der Polizeizone."),
    }),
)

# A cancellation's standard text per language ({headline}: the cancelled message's).
CANCEL_TEXTS = {
    "nl": TemplateText(
        "Ingetrokken: {headline}", "",
        "Ons bericht \"{headline}\" is ingetrokken: het is niet langer van toepassing. U hoeft "
        "niets te doen. Bij een noodgeval: bel 112."),
    "fr": TemplateText(
        "Annulé : {headline}", "",
        "Notre message \"{headline}\" est annulé : il ne s'applique plus. Vous ne devez rien "
        "faire. En cas d'urgence, appelez le 112."),
    "de": TemplateText(
        "Widerrufen: {headline}", "",
        "Unsere Nachricht \"{headline}\" wird widerrufen: sie gilt nicht mehr. Sie müssen "
        "nichts tun. Im Notfall rufen Sie 112 an."),
}
# What an update's text starts with, per language.
UPDATE_PREFIXES = {"nl": "Update: ", "fr": "Mise à jour : ", "de": "Aktualisierung: "}


# -- data from the database worker ----------------------------------------------------------
def _choices(rows: list[DashboardRow]) -> list[NetworkChoice]:
    return [NetworkChoice(r.id, r.name, r.municipality, r.state, r.members) for r in rows]


def load_targets(db: Database) -> list[NetworkChoice]:
    """The networks that may receive messages (official, active, being amended)."""
    with db.read() as session:
        rows = load_rows(session, DashboardFilter(states=frozenset(MESSAGING_STATES)))
    return _choices(rows)


@dataclass(frozen=True)
class StreetMatch:
    """The networks whose territory (streets, postcodes) or name matches what was typed."""

    query: str
    networks: tuple[NetworkChoice, ...]  # may receive messages
    closed: tuple[NetworkChoice, ...]  # cover it, but cannot receive messages now


def match_street(db: Database, query: str) -> StreetMatch:
    with db.read() as session:
        rows = _choices(load_rows(session, DashboardFilter(search=query)))
    return StreetMatch(query, tuple(r for r in rows if r.state in MESSAGING_STATES),
                       tuple(r for r in rows if r.state not in MESSAGING_STATES))


@dataclass(frozen=True)
class TargetContext:
    """What the checks need to know about the chosen networks, loaded once per choice."""

    network_ids: tuple[str, ...]
    context: CheckContext
    disabled: frozenset[str]  # rules the zone switched off


def load_context(db: Database, network_ids: tuple[str, ...]) -> TargetContext:
    with db.read() as session:
        context = build_context(session, list(network_ids), {})
    zone = get_zone(db)
    return TargetContext(network_ids, context,
                         frozenset(zone.disabled_rules) if zone else frozenset())


@dataclass(frozen=True)
class OpenedMessage:
    """A stored message with what the review shows of it."""

    view: MessageView
    networks: tuple[NetworkChoice, ...]
    operators: dict[str, str]  # id -> name
    results: dict[str, CheckResult]  # per language; empty when not checked

    @property
    def headline(self) -> str:
        return next((t.headline for t in self.view.texts if t.headline), "")

    def operator(self, operator_id: str) -> str:
        return self.operators.get(operator_id, operator_id)


def load_message(db: Database, message_id: str, check: bool = True) -> OpenedMessage:
    view = get_message(db, message_id)
    with db.read() as session:
        rows = load_rows(session, DashboardFilter(network_ids=frozenset(view.network_ids)))
    names = {o.id: o.name for o in list_operators(db)}
    results = check_message(db, message_id) if check else {}
    return OpenedMessage(view, tuple(_choices(rows)), names, results)


@dataclass(frozen=True)
class SaveRequest:
    network_ids: tuple[str, ...]
    category: str
    urgency: str
    channels: tuple[str, ...]
    is_exercise: bool
    texts: tuple[TextVersion, ...]
    references_id: str | None = None
    update_of: str | None = None  # saved through core's follow_up: same networks and settings


def save_message(db: Database, actor_id: str, request: SaveRequest) -> str:
    if request.update_of is not None:
        return follow_up(db, actor_id, request.update_of, "update", list(request.texts))
    return create_message(db, actor_id, list(request.network_ids), request.category,
                          request.urgency, list(request.texts),
                          is_exercise=request.is_exercise, channels=list(request.channels),
                          references_id=request.references_id)


def cancel_texts(view: MessageView) -> list[TextVersion]:
    """The standard cancellation, in every language of the cancelled message (the zone's usual
    order: core keeps the first headline as the message's)."""
    texts = []
    for original in sorted(view.texts, key=lambda t: _language_order(t.language)):
        standard = CANCEL_TEXTS.get(original.language, CANCEL_TEXTS["nl"])
        headline = original.headline or original.subject
        texts.append(TextVersion(original.language, standard.body.format(headline=headline),
                                 standard.subject.format(headline=headline),
                                 standard.subject.format(headline=headline)))
    return texts


def cancel_message(db: Database, actor_id: str, message_id: str) -> str:
    return follow_up(db, actor_id, message_id, "cancel", cancel_texts(get_message(db, message_id)))


def local_now() -> dt.datetime:
    """Belgian wall-clock time to the minute, as the checks reason (night, quiet hours)."""
    return dt.datetime.now(BRUSSELS).replace(tzinfo=None, second=0, microsecond=0)


# -- what the composer starts from ------------------------------------------------------------
@dataclass(frozen=True)
class Prefill:
    """A new message's starting point: empty, or a feedback or update of an earlier one."""

    network_ids: tuple[str, ...] = ()
    category: str = Category.BURGLARY.value
    urgent: bool = False
    channels: tuple[str, ...] | None = None  # None: by urgency
    is_exercise: bool = False
    headline: str = ""
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # language: (subject, body)
    references_id: str | None = None
    update_of: str | None = None  # an update: networks and settings are the original's
    source_headline: str = ""  # the earlier message's, for the title and templates


def default_channels(urgent: bool) -> tuple[str, ...]:
    """Urgent: SMS and voice (core sends one call per member, SMS when they have a mobile);
    normal: e-mail."""
    return (Channel.SMS.value, Channel.VOICE.value) if urgent else (Channel.EMAIL.value,)


# -- the widgets -----------------------------------------------------------------------------
class LanguageTab(QWidget):
    """The e-mail subject and the text of one language version (ui/composer_text.ui)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.ui = Ui_ComposerTextForm()
        self.ui.setupUi(self)
        self.ui.bodyEdit.setAccessibleName(self.tr("Message text in {language}").format(
            language=language_name(language)))
        self.ui.subjectEdit.setAccessibleName(self.tr("E-mail subject in {language}").format(
            language=language_name(language)))
        self.highlighter = FindingHighlighter(self.ui.bodyEdit)

    @property
    def editor(self) -> QPlainTextEdit:
        return self.ui.bodyEdit

    def body(self) -> str:
        return self.ui.bodyEdit.toPlainText()

    def subject(self) -> str:
        return self.ui.subjectEdit.text().strip()

    def is_empty(self) -> bool:
        return not self.body().strip() and not self.subject()

    def set_texts(self, subject: str, body: str) -> None:
        self.ui.subjectEdit.setText(subject)
        self.ui.bodyEdit.setPlainText(body)

    def set_read_only(self, read_only: bool) -> None:
        self.ui.bodyEdit.setReadOnly(read_only)
        self.ui.subjectEdit.setReadOnly(read_only)


class Composer(QWidget):
    """Writes a new message (mode "new") or shows a stored one for approval ("review")."""

    back = Signal()
    # A draft was saved (its id); the composer then shows it in review mode.
    saved = Signal(str)
    # The message was approved by the current operator.
    approved = Signal(str)
    # The networks to choose from, or the opened message, are on screen.
    loaded = Signal()
    # What the checks need about the chosen networks arrived, and the checks ran with it.
    contextLoaded = Signal()  # noqa: N815 - Qt naming
    # The findings panel shows the checks of the texts on screen.
    checked = Signal()
    # The networks covering the typed street are listed.
    streetMatched = Signal()  # noqa: N815

    CHECK_DELAY_MS = 150
    STREET_DELAY_MS = 300
    MIN_STREET_QUERY = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode: Mode = "new"
        self.prefill = Prefill()
        self.opened: OpenedMessage | None = None
        self.tabs: dict[str, LanguageTab] = {}
        self.target_context: TargetContext | None = None
        self._generation = 0  # of the target choice: late answers for an older one are dropped
        self._provisional: tuple[CheckContext, frozenset[str]] | None = None
        self._results: dict[str, CheckResult] = {}
        self._cache: dict[str, tuple[object, CheckResult]] = {}
        self._street: StreetMatch | None = None
        self._add_when_matched = False
        self._busy = False  # a save or an approval is under way
        self._filling = False
        self._dirty = False
        self.ui = Ui_ComposerForm()
        self.ui.setupUi(self)
        self._setup()

    # -- set-up ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        title_font = QFont(ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        banner_font = QFont(ui.exerciseBanner.font())
        banner_font.setPointSizeF(banner_font.pointSizeF() * 1.3)
        banner_font.setBold(True)
        ui.exerciseBanner.setFont(banner_font)
        ui.exerciseBanner.setStyleSheet(
            f"background: {EXERCISE_COLOUR.name()}; color: white; padding: 6px; "
            "border-radius: 3px;")
        ui.exerciseBanner.hide()
        ui.statusLabel.hide()
        verdict_font = QFont(ui.verdictLabel.font())
        verdict_font.setBold(True)
        ui.verdictLabel.setFont(verdict_font)

        self.targets_model = TargetsModel(self)
        self.targets_filter = TargetsFilter(self)
        self.targets_filter.setSourceModel(self.targets_model)
        ui.targetsView.setModel(self.targets_filter)
        ui.targetsView.setUniformItemSizes(True)
        ui.targetSearchEdit.textChanged.connect(self.targets_filter.set_search)
        self.targets_model.checkedChanged.connect(self._targets_changed)
        self._street_timer = QTimer(self)
        self._street_timer.setSingleShot(True)
        self._street_timer.setInterval(self.STREET_DELAY_MS)
        self._street_timer.timeout.connect(self._match_street)
        ui.streetEdit.textChanged.connect(self._street_edited)
        ui.streetEdit.returnPressed.connect(self.add_street_networks)
        ui.addStreetButton.clicked.connect(self.add_street_networks)
        ui.addStreetButton.setEnabled(False)

        for category in Category:
            ui.categoryCombo.addItem(category_label(category), category.value)
        for template in TEMPLATES:
            ui.templateCombo.addItem(self.tr(template.title), template.code)
        for combo in (ui.categoryCombo, ui.templateCombo):
            # Sized by the layout, not by the longest title: a long language must not widen
            # the window (the open list shows every title whole).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        ui.templateButton.clicked.connect(self.fill_template)
        ui.categoryCombo.currentIndexChanged.connect(self._form_edited)
        ui.urgentRadio.toggled.connect(self._urgency_changed)
        for check in (ui.smsCheck, ui.voiceCheck, ui.emailCheck):
            check.toggled.connect(self._form_edited)
        ui.exerciseCheck.toggled.connect(self._exercise_changed)
        ui.headlineEdit.textChanged.connect(self._form_edited)
        ui.languageTabs.currentChanged.connect(self._language_shown)

        self.findings_model = FindingsModel(self)
        self.rules_model = RuleRunsModel(self)
        for view, model in ((ui.findingsView, self.findings_model),
                            (ui.rulesView, self.rules_model)):
            self._setup_view(view)
            view.setModel(model)
        ui.findingsView.setWordWrap(True)
        ui.findingsView.horizontalHeader().setSectionResizeMode(
            FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        ui.rulesView.setWordWrap(True)
        ui.rulesView.horizontalHeader().setStretchLastSection(False)
        ui.rulesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for view in (ui.findingsView, ui.rulesView):
            view.horizontalHeader().sectionResized.connect(view.resizeRowsToContents)
        ui.findingsView.clicked.connect(self._finding_activated)
        ui.findingsView.activated.connect(self._finding_activated)
        ui.findingsView.selectionModel().currentRowChanged.connect(self._finding_selected)
        ui.explainButton.toggled.connect(self._explain_toggled)
        ui.applyButton.clicked.connect(self.apply_selected)
        ui.applyAllButton.clicked.connect(self.apply_all)

        ui.backButton.clicked.connect(self.back)
        ui.saveButton.clicked.connect(self.save)
        ui.overrideButton.clicked.connect(self.save_for_override)
        ui.approveButton.clicked.connect(self.approve)
        ui.updateButton.clicked.connect(self._update_opened)
        ui.cancelMessageButton.clicked.connect(self._cancel_opened)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Back, self.back.emit)):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(self.CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks)
        self.ctx.events.operatorChanged.connect(self._update_actions)

        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([230, 560, 420])
        self._fill_form(self.prefill)
        self._update_all()

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # -- starting ----------------------------------------------------------------------------
    def start_new(self, prefill: Prefill | None = None) -> None:
        """An empty composer (or one prefilled for a feedback or an update)."""
        self.mode = "new"
        self.opened = None
        self.prefill = prefill or Prefill()
        self._reset_checks()
        self._fill_form(self.prefill)
        self.ui.streetEdit.clear()
        self.ui.targetSearchEdit.clear()
        self.targets_model.set_editable(self.prefill.update_of is None)
        self.targets_model.set_rows([])
        self._dirty = False
        self._update_all()
        self.ctx.tasks.run(lambda: load_targets(self.ctx.db), self._targets_loaded,
                           owner=self, parent=self)

    def _targets_loaded(self, rows: list[NetworkChoice]) -> None:
        if self.mode != "new":
            return
        self.targets_model.set_rows(rows, self.prefill.network_ids)
        self.loaded.emit()

    def open_message(self, message_id: str) -> None:
        """A stored message, read-only, with its checks: to approve it, update or cancel it."""
        self.mode = "review"
        self.ctx.tasks.run(lambda: load_message(self.ctx.db, message_id), self._show_message,
                           owner=self, parent=self)

    def _show_message(self, opened: OpenedMessage) -> None:
        view = opened.view
        self.mode = "review"
        self.opened = opened
        self._busy = False
        self._dirty = False
        self._reset_checks()
        self.targets_model.set_editable(False)
        self.targets_model.set_rows(list(opened.networks), view.network_ids)
        self._fill_form(Prefill(
            view.network_ids, view.category, view.urgency == Urgency.URGENT.value,
            view.channels, view.is_exercise, opened.headline,
            {t.language: (t.subject, t.body) for t in view.texts}))
        self._results = dict(opened.results)
        self._show_results()
        self.loaded.emit()

    def start_feedback(self, message_id: str) -> None:
        """A feedback message on an earlier one: its networks, its languages, the template."""
        self.ctx.tasks.run(lambda: load_message(self.ctx.db, message_id, check=False),
                           self._feedback_from, owner=self, parent=self)

    def _feedback_from(self, source: OpenedMessage) -> None:
        template = next(t for t in TEMPLATES if t.category == Category.FEEDBACK)
        headline = source.headline
        texts = {}
        for original in source.view.texts:
            text = template.text(original.language)
            texts[original.language] = (text.subject.format(headline=headline),
                                         text.body.format(headline=headline))
        first = template.text(source.view.texts[0].language if source.view.texts else "nl")
        self.start_new(Prefill(
            source.view.network_ids, Category.FEEDBACK.value, False, None,
            source.view.is_exercise, first.headline, texts, references_id=source.view.id,
            source_headline=headline))

    def start_update(self, message_id: str) -> None:
        """An update of an approved or sent message: its texts to correct or complete."""
        self.ctx.tasks.run(lambda: load_message(self.ctx.db, message_id, check=False),
                           self._update_from, owner=self, parent=self)

    def _update_from(self, source: OpenedMessage) -> None:
        view = source.view
        texts = {t.language: (t.subject, UPDATE_PREFIXES.get(t.language, "") + t.body)
                 for t in view.texts}
        prefix = UPDATE_PREFIXES.get(view.texts[0].language if view.texts else "nl", "")
        self.start_new(Prefill(
            view.network_ids, view.category, view.urgency == Urgency.URGENT.value,
            view.channels, view.is_exercise, prefix + source.headline, texts,
            references_id=view.id, update_of=view.id, source_headline=source.headline))

    def cancel(self, message_id: str) -> None:
        """The cancellation of a message in one click: a draft with the standard text in each
        of its languages, to the same networks, referring to it (after one question)."""
        self.ctx.tasks.run(lambda: load_message(self.ctx.db, message_id, check=False),
                           self._confirm_cancel, owner=self, parent=self)

    def _confirm_cancel(self, source: OpenedMessage) -> None:
        question = self.tr(
            "Cancel \"{headline}\"?\n\nA cancellation with a standard text goes to the same "
            "networks ({networks}). It is saved as a draft that another operator approves.").format(
            headline=source.headline, networks=", ".join(n.name for n in source.networks))
        if source.view.is_exercise:
            question = f"{exercise_word()}\n\n{question}"
        if not gui_errors.ask_yes_no(self, self.tr("Cancel the message"), question):
            return
        self._busy = True
        self._update_actions()
        message_id = source.view.id
        self.ctx.tasks.run(lambda: cancel_message(self.ctx.db, self.ctx.actor_id, message_id),
                           self._saved, self._save_failed, owner=self, parent=self)

    # -- leaving -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.mode == "new" and self._dirty

    def confirm_leave(self) -> bool:
        """Whether the officer may leave: asks before dropping a message being written."""
        if not self.is_dirty():
            return True
        return gui_errors.ask_yes_no(self, self.tr("Leave the message"), self.tr(
            "The message you are writing is not saved. Leave it and lose the text?"))

    # -- the form ----------------------------------------------------------------------------
    def _fill_form(self, prefill: Prefill) -> None:
        ui = self.ui
        self._filling = True
        try:
            index = ui.categoryCombo.findData(prefill.category)
            ui.categoryCombo.setCurrentIndex(max(0, index))
            (ui.urgentRadio if prefill.urgent else ui.normalRadio).setChecked(True)
            channels = prefill.channels if prefill.channels is not None \
                else default_channels(prefill.urgent)
            ui.smsCheck.setChecked(Channel.SMS.value in channels)
            ui.voiceCheck.setChecked(Channel.VOICE.value in channels)
            ui.emailCheck.setChecked(Channel.EMAIL.value in channels)
            ui.exerciseCheck.setChecked(prefill.is_exercise)
            ui.headlineEdit.setText(prefill.headline)
            for tab in list(self.tabs.values()):
                self._remove_tab(tab.language)
            languages = list(prefill.texts) or [self._default_language()]
            for language in languages:
                tab = self._add_tab(language)
                subject, body = prefill.texts.get(language, ("", ""))
                tab.set_texts(subject, body)
            ui.languageTabs.setCurrentIndex(0)
        finally:
            self._filling = False
        self._mark_categories(None)

    def _default_language(self) -> str:
        zone = self.ctx.zone
        return zone.language if zone and zone.language in LANGUAGES else "nl"

    def _add_tab(self, language: str) -> LanguageTab:
        tab = LanguageTab(language)
        tab.ui.bodyEdit.textChanged.connect(self._text_edited)
        tab.ui.subjectEdit.textChanged.connect(self._text_edited)
        position = sum(1 for code in self.tabs if LANGUAGES.index(code) < LANGUAGES.index(
            language)) if language in LANGUAGES else len(self.tabs)
        self.tabs[language] = tab
        self.tabs = dict(sorted(self.tabs.items(), key=lambda item: _language_order(item[0])))
        self.ui.languageTabs.insertTab(position, tab, language_name(language))
        tab.set_read_only(self.mode == "review")
        return tab

    def _remove_tab(self, language: str) -> None:
        tab = self.tabs.pop(language)
        self.ui.languageTabs.removeTab(self.ui.languageTabs.indexOf(tab))
        tab.deleteLater()
        self._results.pop(language, None)
        self._cache.pop(language, None)

    def _sync_tabs(self, languages: tuple[str, ...]) -> None:
        """One tab per language of the chosen networks; a tab with text stays."""
        wanted = {code for code in languages}
        wanted |= {code for code, tab in self.tabs.items() if not tab.is_empty()}
        if not wanted:
            wanted = {self._default_language()}
        for code in [c for c in self.tabs if c not in wanted]:
            self._remove_tab(code)
        for code in sorted(wanted - set(self.tabs), key=_language_order):
            self._add_tab(code)

    def current_language(self) -> str:
        widget = self.ui.languageTabs.currentWidget()
        return widget.language if isinstance(widget, LanguageTab) else ""

    def current_tab(self) -> LanguageTab | None:
        return self.tabs.get(self.current_language())

    def category(self) -> str:
        return str(self.ui.categoryCombo.currentData())

    def is_urgent(self) -> bool:
        return self.ui.urgentRadio.isChecked()

    def channels(self) -> tuple[str, ...]:
        ui = self.ui
        return tuple(channel.value for channel, check in (
            (Channel.SMS, ui.smsCheck), (Channel.VOICE, ui.voiceCheck),
            (Channel.EMAIL, ui.emailCheck)) if check.isChecked())

    def _mark_categories(self, allowed: frozenset[str] | None) -> None:
        """Categories a chosen network's charter did not agree to are marked in the list."""
        combo = self.ui.categoryCombo
        for index in range(combo.count()):
            code = str(combo.itemData(index))
            agreed = allowed is None or code in allowed
            combo.setItemText(index, category_label(code) if agreed else self.tr(
                "{category} (not agreed by every network)").format(category=category_label(code)))
            combo.setItemIcon(index, QIcon() if agreed else severity_icon("block"))
            combo.setItemData(index, None if agreed else self.tr(
                "The charter of at least one chosen network does not allow this category."),
                Qt.ItemDataRole.ToolTipRole)

    @Slot()
    def _form_edited(self) -> None:
        if not self._filling:
            self._dirty = True
        self._schedule_check()
        self._update_actions()

    @Slot()
    def _text_edited(self) -> None:
        if not self._filling:
            self._dirty = True
        self._schedule_check()

    @Slot(bool)
    def _urgency_changed(self, urgent: bool) -> None:
        if not self._filling:
            self._filling = True
            try:
                channels = default_channels(urgent)
                self.ui.smsCheck.setChecked(Channel.SMS.value in channels)
                self.ui.voiceCheck.setChecked(Channel.VOICE.value in channels)
                self.ui.emailCheck.setChecked(Channel.EMAIL.value in channels)
            finally:
                self._filling = False
        self._form_edited()

    @Slot(bool)
    def _exercise_changed(self, _exercise: bool) -> None:
        self._show_exercise()
        self._form_edited()

    def _show_exercise(self) -> None:
        exercise = self.ui.exerciseCheck.isChecked()
        self.ui.exerciseBanner.setVisible(exercise)
        self.ui.exerciseBanner.setText(self.tr(
            "{exercise}: this message is an exercise, not a real alert. It stays marked as an "
            "exercise everywhere and goes out with the CAP status Exercise.").format(
            exercise=exercise_word()))
        self._show_title()

    def _show_title(self) -> None:
        if self.mode == "review" and self.opened is not None:
            title = self.opened.headline or self.tr("Message")
        elif self.prefill.update_of is not None:
            title = self.tr("Update of \"{headline}\"").format(
                headline=self.prefill.source_headline)
        elif self.prefill.references_id is not None:
            title = self.tr("Feedback on \"{headline}\"").format(
                headline=self.prefill.source_headline)
        else:
            title = self.tr("New message")
        if self.ui.exerciseCheck.isChecked():
            title = f"{exercise_word()} — {title}"
        self.ui.titleLabel.setText(title)
        self.ui.titleLabel.setToolTip(title)

    @Slot(bool)
    def _explain_toggled(self, explain: bool) -> None:
        view = self.ui.rulesView if explain else self.ui.findingsView
        self.ui.findingsStack.setCurrentWidget(view)
        view.resizeRowsToContents()  # a hidden view measured its rows at another width

    @Slot(int)
    def _language_shown(self, _index: int) -> None:
        self._show_results()

    # -- the target networks -----------------------------------------------------------------
    @Slot()
    def _targets_changed(self) -> None:
        ids = tuple(self.targets_model.checked_ids())
        self._show_targets_count()
        if self.mode != "new":
            return
        if self.target_context is not None and self.target_context.network_ids == ids:
            return
        self._generation += 1
        self.target_context = None
        self._cache.clear()
        self._mark_categories(None)
        if not ids:
            self._sync_tabs(())
            self.run_checks()
            return
        generation = self._generation
        self.ctx.tasks.run(lambda: load_context(self.ctx.db, ids),
                           lambda loaded: self._context_arrived(generation, loaded),
                           owner=self, parent=self)
        self._update_actions()

    def _context_arrived(self, generation: int, loaded: TargetContext) -> None:
        if generation != self._generation or self.mode != "new":
            return  # the choice changed meanwhile: its own answer is on its way
        self.target_context = loaded
        self._cache.clear()
        self._mark_categories(loaded.context.allowed_categories)
        self._sync_tabs(loaded.context.network_languages)
        self.run_checks()
        self.contextLoaded.emit()

    def _show_targets_count(self) -> None:
        names = self.targets_model.checked_names()
        label = self.ui.targetsCountLabel
        if not names:
            label.setText(self.tr("No network chosen yet."))
        else:
            label.setText(self.tr("%n network(s) chosen: {names}", "", len(names)).format(
                names=", ".join(names)))

    @Slot(str)
    def _street_edited(self, _text: str) -> None:
        self._street = None
        self.ui.addStreetButton.setEnabled(False)
        self.ui.streetResultLabel.clear()
        self._street_timer.start()

    @Slot()
    def _match_street(self) -> None:
        query = self.ui.streetEdit.text().strip()
        if len(query) < self.MIN_STREET_QUERY:
            self._add_when_matched = False
            return
        self.ctx.tasks.run(lambda: match_street(self.ctx.db, query), self._street_matched,
                           owner=self, parent=self)

    def _street_matched(self, match: StreetMatch) -> None:
        if match.query != self.ui.streetEdit.text().strip():
            return
        self._street = match
        parts = []
        if match.networks:
            parts.append(self.tr("Covered by: {networks}").format(
                networks=", ".join(n.name for n in match.networks)))
        for network in match.closed:
            parts.append(self.tr("{network} covers it too but cannot receive messages now "
                                 "({state}).").format(network=network.name,
                                                      state=state_label(network.state)))
        if not parts:
            parts.append(self.tr("No network covers \"{query}\".").format(query=match.query))
        self.ui.streetResultLabel.setText("\n".join(parts))
        self.ui.addStreetButton.setEnabled(bool(match.networks) and self.targets_model.editable)
        if self._add_when_matched:
            self._add_when_matched = False
            self.add_street_networks()
        self.streetMatched.emit()

    @Slot()
    def add_street_networks(self) -> None:
        """Tick the networks covering the typed street or postcode."""
        if self._street is None or self._street_timer.isActive():
            self._add_when_matched = True
            self._street_timer.stop()
            self._match_street()
            return
        if self.targets_model.editable:
            self.targets_model.set_checked(n.id for n in self._street.networks)

    # -- templates ---------------------------------------------------------------------------
    @Slot()
    def fill_template(self) -> None:
        """The chosen template's text in the open language tab; the category follows."""
        tab = self.current_tab()
        if tab is None or self.mode != "new":
            return
        template = TEMPLATES[max(0, self.ui.templateCombo.currentIndex())]
        if not tab.is_empty() and not gui_errors.ask_yes_no(
                self, self.tr("Fill in the template"),
                self.tr("Replace the {language} text with the template \"{template}\"?").format(
                    language=language_name(tab.language), template=self.tr(template.title))):
            return
        text = template.text(tab.language)
        headline = self.prefill.source_headline or "[...]"
        if self.prefill.update_of is None:
            self.ui.categoryCombo.setCurrentIndex(
                self.ui.categoryCombo.findData(template.category.value))
        tab.ui.subjectEdit.setText(text.subject.format(headline=headline))
        editor = tab.ui.bodyEdit
        editor.selectAll()
        editor.insertPlainText(text.body.format(headline=headline))  # one step to undo
        if not self.ui.headlineEdit.text().strip():
            self.ui.headlineEdit.setText(text.headline)
        editor.setFocus()
        self.run_checks()

    # -- checking ----------------------------------------------------------------------------
    def _schedule_check(self) -> None:
        if self.mode == "new":
            self._check_timer.start()

    def _reset_checks(self) -> None:
        self._check_timer.stop()
        self._generation += 1
        self.target_context = None
        self._provisional = None
        self._results.clear()
        self._cache.clear()

    def _context_for_checks(self) -> tuple[CheckContext, frozenset[str]]:
        """The chosen networks' context; before one is chosen (or while it loads) a context
        that checks the text alone: every category allowed, no members, no recent messages."""
        if self.target_context is not None:
            return self.target_context.context, self.target_context.disabled
        if self._provisional is None:
            zone = self.ctx.zone
            own = tuple(zone.own_numbers or ()) if zone else ()
            self._provisional = (
                CheckContext(allowed_categories=_ALL_CATEGORIES, network_languages=(),
                             texts_by_language={}, zone_numbers=("112", "101", *own),
                             max_sms_segments=zone.max_sms_segments if zone else 3),
                frozenset(zone.disabled_rules or ()) if zone else frozenset())
        return self._provisional

    def draft(self, language: str) -> Draft:
        tab = self.tabs[language]
        return Draft(text=tab.body(), language=language, category=self.category(),
                     urgency="urgent" if self.is_urgent() else "normal",
                     headline=self.ui.headlineEdit.text().strip(), subject=tab.subject(),
                     channels=self.channels())

    @Slot()
    def run_checks(self) -> None:
        """Check every language version whose draft changed (a few ms each, on this thread).

        The language rule only asks which other languages have a text, so a version is
        checked again when its own draft, that set, the networks or the minute changed.
        """
        self._check_timer.stop()
        if self.mode != "new":
            self._show_results()
            return
        context, disabled = self._context_for_checks()
        texts = {code: tab.body() for code, tab in self.tabs.items()}
        written = frozenset(code for code, text in texts.items() if text.strip())
        now = local_now()
        base = dataclasses.replace(context, texts_by_language=texts, now=now)
        for code in self.tabs:
            draft = self.draft(code)
            key = (draft, written, self._generation, now)
            cached = self._cache.get(code)
            if cached is None or cached[0] != key:
                from bin_desktop.core.alerts import engine  # noqa: PLC0415 - phonenumbers

                cached = (key, engine.check(draft, base, disabled=disabled))
                self._cache[code] = cached
            self._results[code] = cached[1]
        self._show_results()

    def results(self) -> dict[str, CheckResult]:
        return dict(self._results)

    def verdict(self) -> str | None:
        """block, warn or ok over every language version; None before the first check."""
        if not self._results:
            return None
        verdicts = {result.verdict for result in self._results.values()}
        return "block" if "block" in verdicts else "warn" if "warn" in verdicts else "ok"

    def _severity_counts(self) -> Counter[str]:
        """Findings by severity, a message-level one found in every language counted once."""
        seen = set()
        for code, result in self._results.items():
            for f in result.findings:
                where = code if f.end > f.start else ""
                seen.add((where, f.code, f.start, f.end, f.message, f.severity))
        return Counter(item[-1] for item in seen)

    def _show_results(self) -> None:
        language = self.current_language()
        result = self._results.get(language)
        shown = [ShownFinding(language, f) for f in result.findings] if result else []
        changed = self.findings_model.set_findings(shown)
        if changed is None:
            self.ui.findingsView.resizeRowsToContents()
        for row in changed or ():
            self.ui.findingsView.resizeRowToContents(row)
        for code, tab in self.tabs.items():
            found = self._results.get(code)
            marks = [Mark(f.start, f.end, f.severity) for f in found.findings] if found else []
            tab.highlighter.set_marks(tab.body(), marks)
            severest = worst(f.severity for f in found.findings) if found else None
            index = self.ui.languageTabs.indexOf(tab)
            self.ui.languageTabs.setTabIcon(index, severity_icon(severest) if severest
                                            else QIcon())
        if self.rules_model.set_runs(result.rules if result else ()):
            self.ui.rulesView.resizeRowsToContents()
        self._show_verdict()
        self._show_counters(result)
        self._finding_selected()
        self._update_actions()
        self.checked.emit()

    def _show_verdict(self) -> None:
        label = self.ui.verdictLabel
        verdict = self.verdict()
        counts = self._severity_counts()
        if verdict is None:
            label.setText(self.tr("The checks run as you type."))
            label.setStyleSheet("")
            return
        texts = {
            "block": self.tr("Blocked: %n finding(s) must be fixed.", "", counts["block"]),
            "warn": self.tr("%n warning(s): read them before saving.", "", counts["warn"]),
            "ok": self.tr("No blocking findings or warnings."),
        }
        colours = {"block": SEVERITY_COLOURS["block"].name(),
                   "warn": SEVERITY_COLOURS["warn"].name(), "ok": _OK_COLOUR}
        label.setText(texts[verdict])
        label.setStyleSheet(f"color: {colours[verdict]};")

    def _show_counters(self, result: CheckResult | None) -> None:
        ui = self.ui
        if result is None:
            ui.countersLabel.setText("")
            ui.audienceLabel.setText("")
            return
        channels = self.channels()
        parts = []
        sms = result.sms
        if Channel.SMS.value in channels:
            encoding: str = sms.encoding
            if sms.ucs2_characters:
                encoding = self.tr("{encoding} (because of {characters})").format(
                    encoding=encoding, characters=" ".join(sms.ucs2_characters[:6]))
            parts.append(" · ".join((
                self.tr("SMS: {encoding}").format(encoding=encoding),
                self.tr("%n character(s)", "", sms.characters),
                self.tr("%n segment(s)", "", sms.segments),
                self.tr("cost {cost}").format(cost=format_cost(result.audience.cost_eur)))))
        if Channel.VOICE.value in channels:
            parts.append(self.tr("Voice: about %n second(s)", "", round(result.voice_seconds)))
        if Channel.EMAIL.value in channels:
            tab = self.current_tab()
            parts.append(self.tr("E-mail: %n character(s)", "", len(tab.body()) if tab else 0))
        if not channels:
            parts.append(self.tr("Choose at least one channel."))
        ui.countersLabel.setText("\n".join(parts))
        ui.audienceLabel.setText(self._audience_text(result))

    def _audience_text(self, result: CheckResult) -> str:
        if self.mode == "new" and not self.targets_model.checked_ids():
            return self.tr("Audience: choose the target networks.")
        if self.mode == "new" and self.target_context is None:
            return self.tr("Audience: loading the networks' members…")
        audience = result.audience
        counts = {Channel.SMS.value: audience.sms, Channel.VOICE.value: audience.voice,
                  Channel.EMAIL.value: audience.email}
        reached = " · ".join(f"{channel_label(c)} {counts[c]}" for c in self.channels()) \
            or "—"
        parts = [self.tr("Audience: {reached}").format(reached=reached)]
        if audience.without_channel:
            parts.append(self.tr("%n not reachable on these channels", "",
                                 audience.without_channel))
        if audience.paused:
            parts.append(self.tr("%n paused", "", audience.paused))
        if audience.in_quiet_hours:
            parts.append(self.tr("%n held until their quiet hours end", "",
                                 audience.in_quiet_hours))
        return " · ".join(parts)

    # -- the findings panel ------------------------------------------------------------------
    def selected_finding(self) -> ShownFinding | None:
        index = self.ui.findingsView.currentIndex()
        return self.findings_model.finding_at(index.row()) if index.isValid() else None

    @Slot()
    def _finding_selected(self, *_args: object) -> None:
        shown = self.selected_finding()
        ui = self.ui
        replacement = shown.replacement if shown else None
        editable = self.mode == "new"
        if shown is None:
            ui.fixLabel.setText(self.tr("Click a finding to select its words in the text."))
        elif replacement is not None:
            ui.fixLabel.setText(self.tr("Replace \"{old}\" with \"{new}\" here.").format(
                old=shown.finding.params.get("character", ""), new=replacement))
        else:
            ui.fixLabel.setText(shown.advice() or shown.message())
        ui.applyButton.setVisible(editable)
        ui.applyButton.setEnabled(replacement is not None and editable)
        count = len(self._replaceable(self.current_language()))
        ui.applyAllButton.setVisible(editable and count > 1)
        ui.applyAllButton.setText(self.tr("Apply every GSM replacement (%n)", "", count))

    @Slot(QModelIndex)
    def _finding_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Select the finding's words in the text (after a pending check, so the span is the
        text's)."""
        row = index.row()
        if self._check_timer.isActive():
            self.run_checks()
        shown = self.findings_model.finding_at(row)
        tab = self.tabs.get(shown.language) if shown else None
        if shown is None or tab is None or not shown.has_span:
            return
        tab.highlighter.select(shown.finding.start, shown.finding.end)

    def _replaceable(self, language: str) -> list[ShownFinding]:
        result = self._results.get(language)
        if result is None or self.mode != "new":
            return []
        shown = (ShownFinding(language, f) for f in result.findings)
        return [s for s in shown if s.replacement is not None]

    @Slot()
    def apply_selected(self) -> None:
        shown = self.selected_finding()
        if shown is not None:
            self.apply(shown)

    def apply(self, shown: ShownFinding) -> bool:
        """Put the suggested replacement in place of this one finding's span (one undo step).

        Refused when the text changed under the finding since it was checked."""
        return self._apply([shown])

    @Slot()
    def apply_all(self) -> None:
        """Every GSM replacement of the open language version, as one step to undo."""
        if self._check_timer.isActive():
            self.run_checks()  # the replacements of the text as it is now
        self._apply(self._replaceable(self.current_language()))

    def _apply(self, findings: list[ShownFinding]) -> bool:
        if self.mode != "new" or not findings:
            return False
        tab = self.tabs.get(findings[0].language)
        if tab is None:
            return False
        text = tab.body()
        usable = [s for s in findings if s.replacement is not None
                  and s.language == tab.language
                  and text[s.finding.start:s.finding.end] == s.finding.params.get("character")]
        if len(usable) != len(findings):
            self.run_checks()  # the text moved on since the check: look again
            return False
        positions = utf16_positions(text)
        cursor = QTextCursor(tab.ui.bodyEdit.document())
        cursor.beginEditBlock()
        for shown in sorted(usable, key=lambda s: s.finding.start, reverse=True):
            start, end = shown.finding.start, shown.finding.end
            cursor.setPosition(positions[start] if positions else start)
            cursor.setPosition(positions[end] if positions else end,
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(shown.replacement or "")
        cursor.endEditBlock()
        self.run_checks()
        return True

    # -- what may be done --------------------------------------------------------------------
    def _role(self) -> str:
        return self.ctx.operator.role if self.ctx.operator else ""

    def blocked_reasons(self) -> list[str]:
        """Why the message cannot be saved for approval yet (blocking findings aside)."""
        reasons = []
        if not has_permission(self._role(), Permission.MESSAGE_COMPOSE):
            reasons.append(self.tr("Your role may not write messages."))
        if not self.targets_model.checked_ids():
            reasons.append(self.tr("Choose at least one target network."))
        elif self.target_context is None:
            reasons.append(self.tr("Loading the chosen networks…"))
        if not self.channels():
            reasons.append(self.tr("Choose at least one channel."))
        if not any(tab.body().strip() for tab in self.tabs.values()):
            reasons.append(self.tr("Write the text."))
        return reasons

    def _update_all(self) -> None:
        self._show_exercise()
        self._show_targets_count()
        self._show_results()

    @Slot()
    def _update_actions(self) -> None:
        ui = self.ui
        review = self.mode == "review"
        editable = not review
        for widget in (ui.categoryCombo, ui.urgentRadio, ui.normalRadio, ui.smsCheck,
                       ui.voiceCheck, ui.emailCheck, ui.exerciseCheck):
            widget.setEnabled(editable and self.prefill.update_of is None)
        ui.headlineEdit.setReadOnly(review)
        for widget in (ui.templateLabel, ui.templateCombo, ui.templateButton, ui.streetTitle,
                       ui.streetEdit, ui.addStreetButton, ui.streetResultLabel,
                       ui.targetSearchEdit):
            widget.setVisible(editable)
        ui.templateButton.setEnabled(editable)
        for tab in self.tabs.values():
            tab.set_read_only(review)
        ui.saveButton.setVisible(editable)
        ui.overrideButton.setVisible(False)
        for button in (ui.approveButton, ui.updateButton, ui.cancelMessageButton):
            button.setVisible(review)
        if review:
            self._update_review_actions()
        else:
            reasons = self.blocked_reasons()
            blocked = self.verdict() == "block"
            ready = not reasons and not self._busy and not self._check_timer.isActive()
            ui.saveButton.setEnabled(ready and not blocked)
            ui.overrideButton.setVisible(blocked)
            ui.overrideButton.setEnabled(not reasons and not self._busy)
            if reasons:
                ui.noteLabel.setText(" ".join(reasons))
            elif blocked:
                ui.noteLabel.setText(self.tr(
                    "Fix the blocking findings, or save the message for the korpschef, who "
                    "alone may override them (with a reason)."))
            else:
                ui.noteLabel.setText(self.tr("Another operator approves the message after you "
                                             "save it (four eyes)."))
        self._show_status()

    def _update_review_actions(self) -> None:
        ui, opened = self.ui, self.opened
        status = opened.view.status if opened else ""
        draft = status == MessageStatus.DRAFT.value
        followable = status in (MessageStatus.APPROVED.value, MessageStatus.SENT.value) \
            and opened is not None and opened.view.msg_type != "cancel"
        role = self._role()
        chief = role == Role.KORPSCHEF.value
        blocked = self.verdict() == "block"
        may_approve = has_permission(role, Permission.MESSAGE_APPROVE) and (not blocked or chief)
        ui.approveButton.setVisible(draft)
        ui.approveButton.setEnabled(draft and may_approve and not self._busy)
        ui.updateButton.setVisible(followable)
        ui.cancelMessageButton.setVisible(followable)
        compose = has_permission(role, Permission.MESSAGE_COMPOSE) and not self._busy
        ui.updateButton.setEnabled(compose)
        ui.cancelMessageButton.setEnabled(compose)
        if draft and blocked and not chief:
            note = self.tr("The checks block this message: only the korpschef may approve it, "
                           "overriding them with a reason.")
        elif draft and not has_permission(role, Permission.MESSAGE_APPROVE):
            note = self.tr("Your role may not approve messages.")
        elif draft:
            note = self.tr("Check the findings, then approve: the message becomes ready to "
                           "dispatch.")
        else:
            note = ""
        ui.noteLabel.setText(note)

    def _show_status(self) -> None:
        label, opened = self.ui.statusLabel, self.opened
        if self.mode != "review" or opened is None:
            label.hide()
            return
        view = opened.view
        kinds = {"update": self.tr("Update of an earlier message."),
                 "cancel": self.tr("Cancellation of an earlier message.")}
        text = kinds[view.msg_type] + " " if view.msg_type in kinds else ""
        colour = ""
        if view.status == MessageStatus.DRAFT.value:
            text += self.tr("Draft written by {author} on {date}: waiting for the approval of "
                            "another operator.").format(author=opened.operator(view.created_by),
                                                        date=format_datetime(_aware(
                                                            view.created_at)))
        elif view.status == MessageStatus.APPROVED.value:
            by, at = (view.approvals[-1][0], view.approvals[-1][1]) if view.approvals \
                else ("", view.created_at)
            text += self.tr("Approved by {approver} on {date}: ready to dispatch.").format(
                approver=opened.operator(by), date=format_datetime(_aware(at)))
            overrides = [a for a in view.approvals if a[3]]
            if overrides:
                text += " " + self.tr("Blocking findings overridden: {reason}").format(
                    reason=overrides[-1][3])
            colour = _OK_COLOUR
        elif view.status == MessageStatus.SENT.value:
            text += self.tr("Sent on {date}.").format(
                date=format_datetime(_aware(view.sent_at or view.created_at)))
        else:
            text += self.tr("Cancelled.")
        label.setText(text)
        label.setStyleSheet(f"color: white; background: {colour}; padding: 4px; "
                            "font-weight: bold;" if colour else "font-weight: bold;")
        label.show()

    # -- saving and approving ----------------------------------------------------------------
    def request(self) -> SaveRequest:
        headline = self.ui.headlineEdit.text().strip()
        texts = tuple(TextVersion(code, tab.body().strip(), headline, tab.subject())
                      for code, tab in self.tabs.items() if tab.body().strip())
        return SaveRequest(tuple(self.targets_model.checked_ids()), self.category(),
                           Urgency.URGENT.value if self.is_urgent() else Urgency.NORMAL.value,
                           self.channels(), self.ui.exerciseCheck.isChecked(), texts,
                           self.prefill.references_id, self.prefill.update_of)

    @Slot()
    def save(self, for_override: bool = False) -> None:
        """Save the draft for approval; with blocking findings only for the korpschef's
        override, after a question."""
        if self.mode != "new" or self._busy:
            return
        if self._check_timer.isActive():
            self.run_checks()
        if self.blocked_reasons():
            return
        if self.verdict() == "block" and not (for_override and gui_errors.ask_yes_no(
                self, self.tr("Save for the korpschef"), self.tr(
                    "The checks block this message. Only the korpschef may approve it, "
                    "overriding the findings with a reason that is kept. Save it for the "
                    "korpschef?"))):
            return
        request = self.request()
        self._busy = True
        self._update_actions()
        self.ctx.tasks.run(lambda: save_message(self.ctx.db, self.ctx.actor_id, request),
                           self._saved, self._save_failed, owner=self, parent=self)

    @Slot()
    def save_for_override(self) -> None:
        self.save(for_override=True)

    def _saved(self, message_id: str) -> None:
        self._busy = False
        self._dirty = False
        self.saved.emit(message_id)
        self.open_message(message_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        self.ctx.errors.report(exc, self)

    def approval_summary(self) -> ApprovalSummary | None:
        opened = self.opened
        if opened is None or not opened.results:
            return None
        view = opened.view
        first = next(iter(opened.results.values()))  # the figures core records
        return ApprovalSummary(
            headline=opened.headline, is_exercise=view.is_exercise, msg_type=view.msg_type,
            category=view.category, urgent=view.urgency == Urgency.URGENT.value,
            channels=view.channels, networks=tuple(n.name for n in opened.networks),
            audience=first.audience, sms_segments=first.sms.segments,
            blocking=self._severity_counts()["block"],
            may_override=self._role() == Role.KORPSCHEF.value)

    @Slot()
    def approve(self) -> None:
        """Approve the opened draft as the current operator, after the confirmation."""
        summary = self.approval_summary()
        if self.opened is None or summary is None or self._busy:
            return
        decision = MessageConfirmDialog.ask(self, summary)
        if decision is None:
            return
        message_id = self.opened.view.id
        self._busy = True
        self._update_actions()
        self.ctx.tasks.run(
            lambda: approve_message(self.ctx.db, self.ctx.actor_id, message_id,
                                    override_reason=decision.override_reason),
            lambda _verdict: self._approved(message_id),
            lambda exc: self._approve_failed(message_id, exc), owner=self, parent=self)

    def _approved(self, message_id: str) -> None:
        self.approved.emit(message_id)
        self.open_message(message_id)

    def _approve_failed(self, message_id: str, exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        self.ctx.errors.report(exc, self)
        self.open_message(message_id)  # its status may have changed meanwhile

    @Slot()
    def _update_opened(self) -> None:
        if self.opened is not None:
            self.start_update(self.opened.view.id)

    @Slot()
    def _cancel_opened(self) -> None:
        if self.opened is not None:
            self.cancel(self.opened.view.id)


def _language_order(code: str) -> int:
    return LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES)


def _aware(moment: dt.datetime) -> dt.datetime:
    """Stored times are naive UTC; shown in the computer's time zone."""
    return moment.replace(tzinfo=dt.UTC)

