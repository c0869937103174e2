"""Start the GUI: QApplication, translations, data folder, lock, operator, main window.

`run()` is called by the command line (bin_desktop.cli). It returns the process exit code:
0 fine, 1 a bug or a failed smoke test, 2 a problem the user can act on (a locked, corrupt or
read-only data folder). With `--smoke-test` the window is built offscreen, every page is loaded
and painted once, and the run ends without waiting for a user.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from bin_desktop.core import operators
from bin_desktop.core.errors import BinDeskError, NotFound
from bin_desktop.core.store.database import Database, ensure_writable_dir, open_database
from bin_desktop.core.store.lock import InstanceLock
from bin_desktop.core.store.models import Operator
from bin_desktop.core.zone import get_zone
from bin_desktop.gui.errors import BUG_EXIT_CODE, ErrorHelper
from bin_desktop.gui.labels import error_message
from bin_desktop.gui.tasks import DbTasks
from bin_desktop.gui.translations import choose_language, install_translators, remove_translators
from bin_desktop.options import AppOptions

USER_ERROR_EXIT_CODE = 2
SMOKE_SIZE = (1366, 768)


class _StartupAborted(Exception):
    """The start-up stopped with an exit code (the user was already told why)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _application(options: AppOptions) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        if options.smoke_test:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("BIN Desk")
    app.setApplicationName("BIN Desk")
    return app


def run(options: AppOptions) -> int:
    app = _application(options)
    language = choose_language(options.lang)
    translators = install_translators(app, language)
    quiet = options.smoke_test or not options.crash_dialog
    errors = ErrorHelper(options.data_dir, crash_dialog=not quiet)
    errors.install_excepthook()
    try:
        with ExitStack() as stack:
            db = _open(options, errors, stack)
            tasks = DbTasks(errors)
            stack.callback(tasks.shutdown)
            if options.demo:
                _seed_demo_if_empty(db, tasks, errors)
            from bin_desktop.gui.context import AppContext, DataEvents  # noqa: PLC0415
            from bin_desktop.gui.main_window import MainWindow  # noqa: PLC0415 - after the checks

            operator = _operator(options, db, tasks)  # the set-up wizard may create the zone
            ctx = AppContext(db, tasks, errors, DataEvents(), operator, get_zone(db))
            window = MainWindow(ctx, language, remember=not options.smoke_test)
            stack.callback(_dispose, window)
            if options.smoke_test:
                return _smoke(window, tasks, errors)
            window.show()
            # What start-up built lives as long as the window: keep it out of the collector's
            # full passes, which otherwise freeze the window for 0.3-0.7 s while it sends.
            gc.collect()
            gc.freeze()
            code = app.exec()
            return BUG_EXIT_CODE if errors.failed and not options.crash_dialog else code
    except _StartupAborted as aborted:
        return aborted.code
    except BinDeskError as exc:  # the operator named on the command line does not exist …
        _tell(errors, exc)
        return 1 if options.smoke_test else USER_ERROR_EXIT_CODE
    except Exception as exc:
        if options.smoke_test:
            print(f"Smoke test failed: {exc!r}", file=sys.stderr)
            return 1
        errors.bug(exc)
        return BUG_EXIT_CODE
    finally:
        errors.uninstall_excepthook()
        remove_translators(app, translators)


def _dispose(window: QWidget) -> None:
    sync = getattr(window, "sync", None)
    if sync is not None:  # closeEvent does not run for a smoke test: stop the sync thread here
        sync.shutdown()
    window.hide()
    window.deleteLater()


def _tell(errors: ErrorHelper, exc: BinDeskError) -> None:
    if errors.crash_dialog:
        errors.user_error(exc)
    else:
        print(error_message(exc), file=sys.stderr)


def _open(options: AppOptions, errors: ErrorHelper, stack: ExitStack) -> Database:
    """The instance lock first (a second window must not migrate the file), then the file."""
    try:
        ensure_writable_dir(options.data_dir)
        lock = InstanceLock(options.data_dir).acquire()
    except BinDeskError as exc:
        _tell(errors, exc)
        raise _StartupAborted(USER_ERROR_EXIT_CODE) from exc
    stack.callback(lock.release)
    try:
        db = open_database(options.data_dir)
    except BinDeskError as exc:
        _tell(errors, exc)
        raise _StartupAborted(1 if options.smoke_test else USER_ERROR_EXIT_CODE) from exc
    stack.callback(db.close)
    return db


def _seed_demo_if_empty(db: Database, tasks: DbTasks, errors: ErrorHelper) -> None:
    """`--demo`: the demo folder is seeded once, in the worker, behind a progress dialog."""
    if get_zone(db) is not None:
        return
    from bin_desktop.core.demo import seed_demo  # noqa: PLC0415 - only for --demo

    failures: list[BaseException] = []
    tasks.run_with_progress(
        None, QCoreApplication.translate("app", "Creating the demo zone…"),
        lambda: seed_demo(db), failure=failures.append)
    tasks.wait_idle(timeout_ms=600_000)
    if failures:
        errors.report(failures[0])
        raise _StartupAborted(USER_ERROR_EXIT_CODE if isinstance(failures[0], BinDeskError)
                              else BUG_EXIT_CODE)


def _operator(options: AppOptions, db: Database, tasks: DbTasks) -> Operator | None:
    """--operator, else the folder's default, else set up a new folder or ask who works."""
    if options.operator:
        return operators.find_by_personnel_number(db, options.operator)
    try:
        return operators.current_operator(db)
    except NotFound:
        pass
    if options.smoke_test:
        return None  # a smoke test never waits for a person; changes are refused
    from bin_desktop.core import setup  # noqa: PLC0415 - the gateways load only when needed

    if setup.needs_setup(db):  # a first start: the zone and its administrator
        from bin_desktop.gui.dialogs.setup_wizard import SetupWizard  # noqa: PLC0415

        created = SetupWizard.ask(None, db, tasks)
        if created is not None:
            return created
        if setup.needs_setup(db):
            raise _StartupAborted(0)  # nothing was written: the wizard returns next time
        # joined an existing zone from its hub: who works is one of its operators
    from bin_desktop.gui.dialogs.operator import OperatorDialog  # noqa: PLC0415

    chosen = OperatorDialog.ask(None, db, tasks, operators.list_operators(db))
    if chosen is None:
        raise _StartupAborted(0)  # the user closed the dialog: nothing to do
    return chosen


@contextmanager
def _step(name: str) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        raise RuntimeError(f"{name}: {exc!r}") from exc


def _smoke(window: object, tasks: DbTasks, errors: ErrorHelper) -> int:
    """Load and paint every page once; open the first network. 0 when all went well."""
    from bin_desktop.gui.main_window import PAGE_NAMES, MainWindow  # noqa: PLC0415

    assert isinstance(window, MainWindow)
    window.resize(*SMOKE_SIZE)
    window.show()
    for name in PAGE_NAMES:
        with _step(f"page {name}"):
            window.show_page(name)
            if not tasks.wait_idle():
                raise TimeoutError("the page did not load")
            window.grab()
    with _step("network page"):
        if window.networks.model.rowCount():
            window.open_network(window.networks.model.row_id(window.networks.model.row_at(0)),
                                "networks")
            if not tasks.wait_idle():
                raise TimeoutError("the network did not load")
            window.grab()
    if errors.failed:
        print("Smoke test failed: an unexpected error was reported above.", file=sys.stderr)
        return 1
    return 0
