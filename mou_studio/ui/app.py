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

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from mou_studio import APP_NAME, __version__
from mou_studio.core.paths import DB_ENV_VAR, default_database_path, project_root
from mou_studio.ui.compare_controller import CompareController
from mou_studio.ui.context import AppContext
from mou_studio.ui.editor_controller import EditorController
from mou_studio.ui.export_controller import ExportController
from mou_studio.ui.library_controller import LibraryController
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.register.register_controller import RegisterController
from mou_studio.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"


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
    register = RegisterController(window, controller, context)
    window.restore_state()
    return Application(context, window, controller, editor, compare, exporter,
                       library, register)


def _compare_versions(compare: CompareController, controller: MainController, old: int,
                      new: int) -> None:
    if controller.current_id is not None:
        compare.compare_versions(controller.current_id, old, new, f"v{old}", f"v{new}")


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mou-studio", description=f"{APP_NAME} (GUI)")
    parser.add_argument("--db", type=Path,
                        help=f"database file (default: ${DB_ENV_VAR}, else the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def _install_exception_hook(app: QApplication) -> None:
    """Unexpected errors are logged and shown, never a silent crash."""

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        QMessageBox.critical(app.activeWindow(), APP_NAME,
                             f"An unexpected error occurred:\n{exc_type.__name__}: {exc}")

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    qt_argv = [sys.argv[0], *(sys.argv[1:] if argv is None else argv)]
    app = QApplication(qt_argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    args = parse_arguments(app.arguments()[1:])
    _install_exception_hook(app)
    assembled = build_application(args.db or default_database_path(), default_settings_path())
    assembled.window.show()
    assembled.controller.start()
    code = app.exec()
    assembled.context.tasks.wait_for_all()
    return code


if __name__ == "__main__":
    sys.exit(main())
