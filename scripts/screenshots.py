"""Screenshots for the user guide, made from the demo zone so they stay current.

    .venv/bin/python scripts/screenshots.py                # nl and fr into docs/guide/img/
    .venv/bin/python scripts/screenshots.py --lang nl --out /tmp/shots

Runs offscreen at 1366×768 on a temporary data folder seeded like `bin-desktop demo` (the small
demo zone, through core.demo), with private settings: the user's own BIN Desk is not touched.
The translations come from resources/translations/*.qm (`make translations`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bin_desktop.core.demo import seed_demo  # noqa: E402
from bin_desktop.core.gateway_config import add_gateway, store_secret  # noqa: E402
from bin_desktop.core.operators import current_operator  # noqa: E402
from bin_desktop.core.store.database import Database, open_database  # noqa: E402
from bin_desktop.core.store.models import Network, Operator  # noqa: E402
from bin_desktop.core.zone import get_zone  # noqa: E402
from bin_desktop.gui.context import AppContext, DataEvents  # noqa: E402
from bin_desktop.gui.errors import ErrorHelper  # noqa: E402
from bin_desktop.gui.main_window import PAGE_NAMES, MainWindow  # noqa: E402
from bin_desktop.gui.tasks import DbTasks  # noqa: E402
from bin_desktop.gui.translations import install_translators, remove_translators  # noqa: E402

SIZE = (1366, 768)
LANGUAGES = ("nl", "fr")


def _network(db: Database, state: str, language: str | None = None) -> str:
    """The first demo network (by name) in `state`, speaking `language` when given."""
    with db.read() as session:
        rows = session.execute(select(Network.id, Network.languages).where(
            Network.state == state, Network.deleted.is_(False)).order_by(Network.name)).all()
    for network_id, languages in rows:
        if language is None or language in languages:
            return str(network_id)
    raise SystemExit(f"the demo zone has no network in state {state} ({language or 'any'})")


class _ScreenshotKeyring(KeyringBackend):
    """Keeps secrets in memory for the run: the pages show a working keyring, nothing is kept."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def _add_gateways(db: Database, folder: Path) -> None:
    """What a zone typically configures: its mail server and, for exercises, a folder outbox."""
    with db.read() as session:
        admin = session.scalar(select(Operator.id).where(Operator.role == "administrator"))
    assert admin is not None
    add_gateway(db, admin, "mail", type="smtp", url="smtp://bindesk@mail.pz5415.example:587",
                sender="PZ Zennevallei <bin@pz5415.example>")
    add_gateway(db, admin, "oefening", type="outbox", url=str(folder / "outbox"),
                channels=["sms", "voice"], test_mode=True)
    store_secret(db, admin, "mail", "demo-password")


def _queue_a_list(db: Database, network_id: str) -> None:
    """A coordinator's list with a few problems, waiting in the review queue."""
    from bin_desktop.core.members.service import import_file  # noqa: PLC0415

    with db.read() as session:
        network = session.get(Network, network_id)
        assert network is not None
        streets, postcode = list(network.streets), network.postcodes[0]
    lines = [
        "Naam;Voornaam;Straat;Nr;Postcode;GSM;E-mail;Taal;Toestemming",
        f"Claes;Marie;{streets[0]};12;{postcode};0470 12 34 56;marie.claes@example.be;nl;ja",
        f"Wouters;Pieter;{streets[-1]};3;{postcode};0485 99 88 77;;nl;ja",
        f"Janssens;Lies;{streets[0]};41;{postcode};0470 12 34;lies@example;nl;ja",
        f"Peeters;Koen;Stationsplein;1;{postcode};0478 11 22 33;;nl;ja",
        f"Maes;An;{streets[-1]};8;{postcode};0499 55 44 33;an.maes@example.be;nl;",
    ]
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    import_file(db, current_operator(db).id, network_id, data, "leden-coordinator.csv")


class Shooter:
    def __init__(self, app: QApplication, ctx: AppContext, out: Path) -> None:
        self.app = app
        self.ctx = ctx
        self.out = out
        self.made: list[Path] = []

    def settle(self) -> None:
        for _ in range(3):
            if not self.ctx.tasks.wait_idle(30_000):
                raise SystemExit("a page did not finish loading")
            self.app.processEvents()

    def shot(self, widget: QWidget, name: str, before: Callable[[], None] | None = None) -> None:
        if before is not None:
            before()
        self.settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        self.made.append(path)


def shoot_language(app: QApplication, db: Database, language: str, out: Path) -> list[Path]:
    translators = install_translators(app, language)
    if not translators:
        raise SystemExit(f"no translation for {language}: run make translations")
    errors = ErrorHelper(None, crash_dialog=False)
    tasks = DbTasks(errors)
    ctx = AppContext(db, tasks, errors, DataEvents(), current_operator(db), get_zone(db))
    window = MainWindow(ctx, language, remember=False)
    errors.window = window
    out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(app, ctx, out)
    try:
        window.resize(*SIZE)
        window.show()
        for page in PAGE_NAMES:  # every page of the side bar
            shooter.shot(window, page, partial(window.show_page, page))

        signing = _network(db, "signatures")
        window.open_network(signing, "networks")
        shooter.settle()
        tabs = window.network_page.ui.tabs
        for index, name in enumerate(("general", "territory", "communication", "contacts",
                                      "history")):
            if index < tabs.count():
                shooter.shot(window, f"network-{name}", partial(tabs.setCurrentIndex, index))
        shooter.shot(window, "charter", lambda: window.open_charter(signing, "charters"))

        active = _network(db, "active")
        window.show_page("members")
        shooter.shot(window, "members-list", lambda: window.members.open_network(active))
        queue = window.members.ui.tabs
        shooter.shot(window, "members-review",
                     lambda: queue.setCurrentWidget(window.members.ui.queueTab))

        def compose() -> None:
            window.show_page("messages")
            window.messages.new_message()
            shooter.settle()
            composer = window.messages.composer
            composer.targets_model.set_checked([_network(db, "active", language)])
            shooter.settle()
            composer.ui.headlineEdit.setText(
                "Inbraken Kerkstraat" if language == "nl" else "Cambriolages rue de l'Église")
            tabs = composer.ui.languageTabs
            for index in range(tabs.count()):  # every language of the network, own one last
                tabs.setCurrentIndex(index)
                composer.fill_template()
            own = list(composer.tabs).index(language) if language in composer.tabs else 0
            tabs.setCurrentIndex(own)

        shooter.shot(window, "composer", compose)
        return shooter.made
    finally:
        window.hide()
        tasks.wait_idle(30_000)
        tasks.shutdown()
        window.deleteLater()
        app.processEvents()
        remove_translators(app, translators)


def shoot_wizard(app: QApplication, language: str, out: Path, folder: Path) -> list[Path]:
    """The first page of the set-up wizard, filled in, as on a first start."""
    from bin_desktop.gui.dialogs.setup_wizard import SetupWizard  # noqa: PLC0415

    translators = install_translators(app, language)
    db = open_database(folder / f"wizard-{language}")
    tasks = DbTasks(ErrorHelper(None, crash_dialog=False))
    try:
        wizard = SetupWizard(None, db, tasks)
        wizard.show()
        wizard.zone_page.name_edit.setText("PZ Zennevallei")
        wizard.zone_page.number_edit.setText("5415")
        wizard.next()
        page = wizard.municipalities_page
        page.nis_edit.setText("23027")
        page.name_edits["nl"].setText("Halle")
        page.name_edits["fr"].setText("Hal")
        page.postcodes_edit.setText("1500, 1501, 1502")
        page.add_from_form()
        page.nis_edit.setText("23101")
        page.name_edits["nl"].setText("Sint-Genesius-Rode")
        page.name_edits["fr"].setText("Rhode-Saint-Genèse")
        page.language_checks["fr"].setChecked(True)
        page.postcodes_edit.setText("1640")
        app.processEvents()
        path = out / "setup-municipalities.png"
        wizard.grab().save(str(path))
        wizard.hide()
        wizard.deleteLater()
        return [path]
    finally:
        tasks.shutdown()
        db.close()
        remove_translators(app, translators)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide" / "img",
                        help="folder for the PNGs, one subfolder per language")
    parser.add_argument("--lang", action="append", choices=("nl", "fr", "de", "en"),
                        help="language (repeat for more; default nl and fr)")
    args = parser.parse_args(argv)
    languages = args.lang or list(LANGUAGES)
    keyring.set_keyring(_ScreenshotKeyring())
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("BIN Desk")
    app.setApplicationName("BIN Desk")
    with tempfile.TemporaryDirectory(prefix="bin-desk-shots-") as temp:
        folder = Path(temp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        db = open_database(folder / "demo")
        try:
            summary = seed_demo(db)
            _queue_a_list(db, _network(db, "active"))
            _add_gateways(db, folder)
            print(f"demo zone: {summary.networks} networks, {summary.members} members")
            for language in languages:
                out = args.out / language
                made = shoot_language(app, db, language, out)
                made += shoot_wizard(app, language, out, folder)
                print(f"{language}: {len(made)} screenshots in {out}")
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
