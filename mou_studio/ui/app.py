"""mou-studio: the GUI's composition root.

Builds, in order: paths → settings → task runner → context → window → controllers, and
passes each part only what it needs. Nothing here is global: tests build the same graph
with :func:`build_application` on a temporary database and settings file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mou_studio import APP_NAME, __version__
from mou_studio.core.paths import DB_ENV_VAR, default_database_path, project_root
from mou_studio.ui.backup_controller import BackupController
from mou_studio.ui.compare_controller import CompareController
from mou_studio.ui.context import AppContext
from mou_studio.ui.drafting_controller import DraftingController
from mou_studio.ui.editor_controller import EditorController
from mou_studio.ui.export_controller import ExportController
from mou_studio.ui.i18n import install_translators, preferred_language
from mou_studio.ui.import_controller import ImportController
from mou_studio.ui.library_controller import LibraryController
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.preferences_controller import PreferencesController
from mou_studio.ui.register.register_controller import RegisterController
from mou_studio.ui.tasks import TaskRunner
from mou_studio.ui.theme import apply_theme

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"
SMOKE_TEST_TIMEOUT_MS = 60_000


@dataclass
class Application:
    """The assembled GUI: what tests and ``main`` need to reach."""

    context: AppContext
    window: MainWindow
    controller: MainController
    editor: EditorController
    compare: CompareController
    exporter: ExportController
    library: LibraryController
    register: RegisterController
    drafting: DraftingController
    backups: BackupController
    preferences: PreferencesController
    importer: ImportController


def default_settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("mou-studio", appauthor=False) / SETTINGS_FILE


def build_application(database_path: Path, settings_path: Path,
                      root: Path | None = None) -> Application:
    """Assemble the window and its controllers (a QApplication must exist)."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    context = AppContext(
        database_path=database_path,
        project_root=root or project_root(),
        settings=settings,
        tasks=TaskRunner(pool),
    )
    window = MainWindow(settings)
    controller = MainController(window, context)
    editor = EditorController(window, controller, context)
    compare = CompareController(window, controller, context)
    editor.versions_panel.compare_requested.connect(
        lambda old, new: _compare_versions(compare, controller, old, new))
    editor.versions_panel.enable_compare()
    exporter = ExportController(window, controller, context)
    library = LibraryController(window, controller, context)
    library.insert_article = editor.insert_article
    library.push_edit = editor.push
    register = RegisterController(window, controller, context, editor.undo_group)
    drafting = DraftingController(window, controller, context, editor)
    backups = BackupController(window, controller, context, editor)
    preferences = PreferencesController(window, context)
    importer = ImportController(window, controller, context)
    window.restore_state()
    return Application(context, window, controller, editor, compare, exporter,
                       library, register, drafting, backups, preferences, importer)


def _compare_versions(compare: CompareController, controller: MainController, old: int,
                      new: int) -> None:
    if controller.current_id is not None:
        # The same words as Compare ▸ Two Versions… uses for its choices.
        label = QCoreApplication.translate("CompareController", "Version %1")
        compare.compare_versions(controller.current_id, old, new, label.replace("%1", str(old)),
                                 label.replace("%1", str(new)))


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mou-studio", description=f"{APP_NAME} (GUI)")
    parser.add_argument("--db", type=Path,
                        help=f"database file (default: ${DB_ENV_VAR}, else the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, wait for the first agreement, print a line "
                             "and exit (0 if it showed, 1 otherwise)")
    return parser.parse_args(argv)


def _install_exception_hook(app: QApplication) -> None:
    """Unexpected errors are logged and shown, never a silent crash."""

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        message = QCoreApplication.translate("app", "An unexpected error occurred:")
        QMessageBox.critical(app.activeWindow(), APP_NAME,
                             f"{message}\n{exc_type.__name__}: {exc}")

    sys.excepthook = hook


def _run_smoke_test(app: QApplication, assembled: Application) -> None:
    """Quit with 0 once an agreement is shown in a visible window, else with 1."""

    def shown(_agreement_id: int, agreement: object) -> None:
        visible = assembled.window.isVisible()
        print(f"smoke test: window {'shown' if visible else 'NOT shown'}, "
              f"{assembled.window.agreement_list.count()} agreement(s), "
              f"title {assembled.window.windowTitle()!r}", flush=True)
        app.exit(0 if visible and agreement is not None else 1)

    def failed(message: str) -> None:
        print(f"smoke test: the database failed: {message}", flush=True)
        app.exit(1)

    assembled.controller.agreement_opened.connect(shown)
    assembled.controller.database_failed.connect(failed)
    QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: (print("smoke test: timed out"),
                                                      app.exit(1)))


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    qt_argv = [sys.argv[0], *(sys.argv[1:] if argv is None else argv)]
    app = QApplication(qt_argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("mou-studio")
    app.setWindowIcon(QIcon(str(project_root() / "resources" / "icons" / "mou-studio.png")))
    args = parse_arguments(app.arguments()[1:])
    _install_exception_hook(app)
    settings_path = default_settings_path()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    install_translators(app, preferred_language(settings), project_root())
    apply_theme(settings, app)
    assembled = build_application(args.db or default_database_path(), settings_path)
    if args.smoke_test:
        _run_smoke_test(app, assembled)
    else:
        assembled.backups.schedule_automatic_backup()
    assembled.window.show()
    assembled.controller.start()
    code = app.exec()
    assembled.context.tasks.wait_for_all()
    return code


if __name__ == "__main__":
    sys.exit(main())
