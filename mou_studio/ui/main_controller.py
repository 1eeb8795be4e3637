"""Wires the main window to the core: loads agreements off the UI thread, shows them."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from mou_studio import APP_NAME, __version__
from mou_studio.core.firststart import populate_first_start
from mou_studio.core.model import Agreement
from mou_studio.core.storage import AgreementStore, AgreementSummary
from mou_studio.ui.context import AppContext
from mou_studio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

LAST_AGREEMENT_KEY = "session/last_agreement"
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ru": "Русский"}


class MainController(QObject):
    """Keeps the window in step with the database: list, open agreement, language."""

    agreements_loaded = Signal(list)
    agreement_opened = Signal(int, object)  # id, Agreement
    database_failed = Signal(str)
    database_switched = Signal()  # another file: what was read from the old one is stale

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.current_id: int | None = None
        self.current_agreement: Agreement | None = None
        self.current_lang: str | None = None
        self._find_text = ""
        self._connect()

    # -- wiring --------------------------------------------------------------------

    def _connect(self) -> None:
        w = self.window
        w.agreement_list.agreement_selected.connect(self.open_agreement)
        w.outline_view.node_activated.connect(w.document_view.scroll_to_node)
        w.open_database_action.triggered.connect(self._on_open_database_triggered)
        w.quit_action.triggered.connect(w.close)
        w.copy_action.triggered.connect(w.document_view.copy)
        w.select_all_action.triggered.connect(w.document_view.selectAll)
        w.find_action.triggered.connect(self._on_find_triggered)
        w.find_next_action.triggered.connect(lambda: self._find(backwards=False))
        w.find_previous_action.triggered.connect(lambda: self._find(backwards=True))
        w.zoom_in_action.triggered.connect(lambda: w.document_view.zoomIn(1))
        w.zoom_out_action.triggered.connect(lambda: w.document_view.zoomOut(1))
        w.zoom_reset_action.triggered.connect(self._on_zoom_reset_triggered)
        w.refresh_action.triggered.connect(self.reload)
        w.about_action.triggered.connect(self._on_about_triggered)
        w.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(w))

    # -- loading -------------------------------------------------------------------

    def start(self) -> None:
        """Open (and on first start, populate) the database, then list its agreements."""
        self.window.set_database_label(str(self.ctx.database_path))
        self.window.statusBar().showMessage(self.tr("Opening the database…"))
        root = self.ctx.project_root

        def first_start(store: AgreementStore) -> list[AgreementSummary]:
            populate_first_start(store.db, root)
            return store.summaries()

        self.ctx.tasks.run(self.ctx.with_store(first_start),
                           self._on_summaries_loaded, self._on_database_failed)

    def reload(self) -> None:
        """Reload the agreement list (and the open agreement) from the database."""
        self.ctx.tasks.run(self.ctx.with_store(lambda store: store.summaries()),
                           self._on_summaries_loaded, self._on_database_failed)

    def open_agreement(self, agreement_id: int) -> None:
        """Load an agreement's working copy off the UI thread and show it."""
        self.window.statusBar().showMessage(self.tr("Loading…"))
        self.ctx.tasks.run(
            self.ctx.with_store(lambda store: (agreement_id, store.get(agreement_id))),
            self._on_agreement_loaded,
            self._on_load_failed,
        )

    def _on_summaries_loaded(self, summaries: list[AgreementSummary]) -> None:
        self.window.agreement_list.set_summaries(summaries)
        count = len(summaries)
        self.window.statusBar().showMessage(self.tr("%n agreement(s)", "", count), 5000)
        self.agreements_loaded.emit(summaries)
        wanted = self.current_id or _int(self.ctx.settings.value(LAST_AGREEMENT_KEY))
        ids = self.window.agreement_list.ids()
        target = wanted if wanted in ids else (ids[0] if ids else None)
        if target is not None:
            self.window.agreement_list.select_id(target, emit=False)
            self.open_agreement(target)
        else:
            self.show_agreement(None, None)

    def _on_agreement_loaded(self, loaded: tuple[int, Agreement]) -> None:
        agreement_id, agreement = loaded
        self.show_agreement(agreement_id, agreement)

    def show_agreement(self, agreement_id: int | None, agreement: Agreement | None) -> None:
        """Show ``agreement`` in the outline and reading view (None clears them)."""
        self.current_id = agreement_id
        self.current_agreement = agreement
        if agreement is None:
            self.current_lang = None
        elif self.current_lang not in agreement.languages:
            self.current_lang = agreement.language
        w = self.window
        w.outline_view.show_agreement(agreement, self.current_lang)
        w.document_view.show_agreement(agreement, self.current_lang)
        self._rebuild_language_menu()
        title = " ".join(agreement.title.get(self.current_lang or "", "").split()) \
            if agreement else ""
        w.setWindowTitle(f"{title}[*] — {APP_NAME}" if title else f"{APP_NAME}[*]")
        w.statusBar().clearMessage()
        if agreement_id is not None:
            self.ctx.settings.setValue(LAST_AGREEMENT_KEY, agreement_id)
            self.agreement_opened.emit(agreement_id, agreement)

    def _on_database_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("The database could not be opened."))
        self.database_failed.emit(message)
        QMessageBox.critical(self.window, APP_NAME, message)

    def _on_load_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- language versions -----------------------------------------------------------

    def _rebuild_language_menu(self) -> None:
        menu = self.window.language_menu
        menu.clear()
        agreement = self.current_agreement
        menu.setEnabled(agreement is not None and len(agreement.languages) > 1)
        if agreement is None:
            return
        group = QActionGroup(menu)
        for lang in agreement.languages:
            action = menu.addAction("&" + LANGUAGE_NAMES.get(lang, lang))
            action.setCheckable(True)
            action.setChecked(lang == self.current_lang)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=lang: self.set_language(code))

    def set_language(self, lang: str) -> None:
        """Show the open agreement's ``lang`` version."""
        self.current_lang = lang
        self.show_agreement(self.current_id, self.current_agreement)

    # -- actions -------------------------------------------------------------------

    def _on_open_database_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Database"), str(self.ctx.database_path.parent),
            self.tr("MoU Studio databases (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.switch_database(Path(path))

    def switch_database(self, path: Path) -> None:
        """Use another database file from now on (it is checked before anything else).

        Unsaved work is settled first, as when the window closes (Save, Discard or
        Cancel): agreement ids of the old file mean nothing in the new one.
        """
        if not all(guard() for guard in self.window.close_guards):
            return
        self.ctx.tasks.wait_for_all()  # no job of the old file may still be writing
        self.ctx.database_path = path
        self.current_id = None
        self.database_switched.emit()
        self.start()

    def _on_find_triggered(self) -> None:
        text, accepted = QInputDialog.getText(self.window, self.tr("Find"),
                                              self.tr("Find in the agreement:"),
                                              text=self._find_text)
        if accepted and text:
            self._find_text = text
            self._find(backwards=False)

    def _find(self, backwards: bool) -> None:
        if not self._find_text:
            self._on_find_triggered()
            return
        if not self.window.document_view.find_text(self._find_text, backwards):
            self.window.statusBar().showMessage(
                self.tr("Not found: %1").replace("%1", self._find_text), 4000)

    def _on_zoom_reset_triggered(self) -> None:
        view = self.window.document_view
        view.setFont(self.window.font())
        view.show_agreement(self.current_agreement, self.current_lang)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About MoU Studio"),
            self.tr(
                "<h3>MoU Studio %1</h3><p>Draft, compare and export cooperation "
                "agreements: memoranda of understanding, protocols and exchanges of "
                "letters, in French, English and Russian.</p><p>Works offline. Your data "
                "stays in one local file:<br><code>%2</code></p>"
            ).replace("%1", __version__).replace("%2", str(self.ctx.database_path)),
        )


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
