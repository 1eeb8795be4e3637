"""Wires the clause library dock to the core: live search, preview, edits, insert, packs.

Every database access runs off the UI thread through ``ctx.tasks`` with its own
connection. Search requests are debounced and numbered, so a slow answer to an old query
never overwrites the results of a newer one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
)

from mou_studio import APP_NAME
from mou_studio.core.editing import Edit
from mou_studio.core.library.linking import (
    LinkClauses,
    LinkReport,
    approved_clauses,
    describe_miss,
    find_links,
)
from mou_studio.core.library.model import Clause, ClauseStatus
from mou_studio.core.library.packs import ImportReport, export_pack, import_pack
from mou_studio.core.library.placeholders import (
    PlaceholderKind,
    placeholder_kind,
    placeholders_in,
)
from mou_studio.core.library.render import clause_html
from mou_studio.core.library.search import SearchFilters, SearchHit, search
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.usage import OutdatedUse, clause_article, outdated_uses
from mou_studio.core.model import LANGUAGES, Agreement, Node
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.storage import AgreementStore
from mou_studio.core.tasks import TaskControl
from mou_studio.ui.clause_dialog import ClauseDialog
from mou_studio.ui.clause_results import CLAUSE_MIME_TYPE
from mou_studio.ui.context import AppContext
from mou_studio.ui.library_labels import value_label
from mou_studio.ui.library_panel import LibraryPanel
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.messages import core_text
from mou_studio.ui.outdated_dialog import OutdatedDialog

T = TypeVar("T")


def value_placeholders(clause: Clause, variant: int) -> list[str]:
    """The placeholders of a variant that need a value (party names fill in by themselves)."""
    texts = clause.variants[variant].text.values() if variant < len(clause.variants) else []
    names = [name for text in texts for name in placeholders_in(text)]
    return [name for name in dict.fromkeys(names)
            if placeholder_kind(name) is not PlaceholderKind.PARTY]


SEARCH_DELAY_MS = 150
RESULT_LIMIT = 50


class LibraryController(QObject):
    """Owns the library dock and the Library menu."""

    results_shown = Signal(list)  # the clause ids listed
    clause_shown = Signal(object)  # the Clause previewed
    library_changed = Signal(str)  # what happened, for the status bar

    def __init__(self, window: MainWindow, main: MainController, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.main = main
        self.ctx = ctx
        self.panel = LibraryPanel()
        self.dock = QDockWidget(self.tr("Clause Library"), window)
        self.dock.setObjectName("libraryDock")
        self.dock.setWidget(self.panel)
        window.add_dock(self.dock, menu_text=self.tr("Clause &Library"))
        self.current: Clause | None = None
        self._search_number = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build_menu()
        self._connect()

    # -- wiring --------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = self.window.menu("library", self.tr("&Library"))
        self.search_action = QAction(self.tr("&Search Clauses"), self.window)
        self.search_action.setShortcut("Ctrl+Shift+L")
        self.outdated_action = QAction(self.tr("&Outdated Clauses in Agreements…"), self.window)
        self.link_action = QAction(self.tr("Lin&k Clauses from Library"), self.window)
        self.export_action = QAction(self.tr("&Export Clause Pack…"), self.window)
        self.import_action = QAction(self.tr("&Import Clause Pack…"), self.window)
        menu.addActions([self.search_action, self.outdated_action, self.link_action])
        menu.addSeparator()
        menu.addActions([self.export_action, self.import_action])

    def _connect(self) -> None:
        p = self.panel
        p.search_box.textChanged.connect(lambda _text: self._timer.start())
        p.topic_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        p.language_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self._timer.timeout.connect(self.run_search)
        p.results.clause_selected.connect(self.show_clause)
        p.version_selected.connect(self._on_version_selected)
        p.insert_button.clicked.connect(self.insert_current)
        p.new_button.clicked.connect(self._on_new_clicked)
        p.edit_button.clicked.connect(self._on_edit_clicked)
        p.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        p.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.outdated_action.triggered.connect(self.show_outdated)
        self.link_action.triggered.connect(self.link_clauses)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.main.agreements_loaded.connect(lambda _summaries: self.run_search())
        viewport = self.window.document_view.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)

    def _run(self, work: Callable[[sqlite_utils.Database], T],
             on_success: Callable[[T], None]) -> None:
        """Run ``work(db)`` off the UI thread on its own connection."""
        ctx = self.ctx

        def job(_control: object) -> T:
            db = ctx.connect()
            try:
                return work(db)
            finally:
                if db.conn is not None:
                    db.conn.close()

        ctx.tasks.run(job, on_success, self._on_failed)

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- search and preview ----------------------------------------------------------

    def run_search(self) -> None:
        """Search with the box's text and the filters; only the newest answer is shown."""
        self._search_number += 1
        number = self._search_number
        topic, lang = self.panel.filters()
        query = self.panel.search_box.text()
        filters = SearchFilters(lang=lang, topic=topic)
        self._run(lambda db: (number, search(db, query, filters, RESULT_LIMIT)),
                  self._on_search_done)

    def _on_search_done(self, answer: tuple[int, list[SearchHit]]) -> None:
        number, hits = answer
        if number != self._search_number:
            return
        self.panel.results.set_hits(hits)
        self.panel.status_label.setText(self.tr("%n clause(s)", "", len(hits)))
        self.results_shown.emit([hit.clause_id for hit in hits])
        # Keep the clause on show if it is listed; show the best hit only if none is.
        shown = self.current.id if self.current is not None else None
        if shown is not None:
            self.panel.results.select_id(shown, emit=False)
        elif hits:
            self.panel.results.setCurrentRow(0)

    def show_clause(self, clause_id: str, version: int | None = None) -> None:
        """Load a clause (a version of it) and its history into the preview."""
        if not clause_id:
            self.current = None
            self.panel.show_previews({})
            self.panel.set_clause_actions_enabled(False)
            return

        def load(db: sqlite_utils.Database) -> tuple[Clause, list[Any]]:
            library = LibraryStore(db)
            return library.get(clause_id, version), library.history(clause_id)

        self._run(load, self._on_clause_loaded)

    def _on_clause_loaded(self, loaded: tuple[Clause, list[Any]]) -> None:
        clause, history = loaded
        self.current = clause
        self.panel.show_previews({lang: clause_html(clause, lang) for lang in LANGUAGES})
        self.panel.show_history(history, clause.version)
        self.panel.show_variants([value_label(v.level) for v in clause.variants])
        self.panel.set_clause_actions_enabled(True)
        latest = history[-1].version if history else clause.version
        self.panel.edit_button.setEnabled(clause.version == latest)
        self.panel.withdraw_button.setEnabled(clause.version == latest
                                              and clause.status is not ClauseStatus.WITHDRAWN)
        self.clause_shown.emit(clause)

    def _on_version_selected(self, version: int) -> None:
        if self.current is not None and version != self.current.version:
            self.show_clause(self.current.id, version)

    def _on_search_action_triggered(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.search_box.setFocus()
        self.panel.search_box.selectAll()

    # -- writing ---------------------------------------------------------------------

    def _write(self, work: Callable[[LibraryStore], Clause], message: str) -> None:
        def job(db: sqlite_utils.Database) -> Clause:
            return work(LibraryStore(db))

        self._run(job, lambda clause: self._after_write(clause, message))

    def _after_write(self, clause: Clause, message: str) -> None:
        self.window.statusBar().showMessage(message.replace("%1", clause.id)
                                            .replace("%2", str(clause.version)), 6000)
        self.library_changed.emit(message)
        self.run_search()
        self.show_clause(clause.id)

    def _on_new_clicked(self) -> None:
        dialog = ClauseDialog(self.window)
        if dialog.exec() and dialog.result_clause is not None:
            new = dialog.result_clause
            self._write(lambda library: library.add(new), self.tr("Added clause %1."))

    def _on_edit_clicked(self) -> None:
        if self.current is None:
            return
        base = self.current
        dialog = ClauseDialog(self.window, base, editing=True)
        if dialog.exec() and dialog.result_clause is not None:
            edited = dialog.result_clause
            self._write(lambda library: library.edit(edited, base.version),
                        self.tr("Clause %1 is now at version %2; the old version is kept."))

    def _on_duplicate_clicked(self) -> None:
        if self.current is None:
            return
        source = self.current
        new_id, accepted = QInputDialog.getText(self.window, self.tr("Duplicate Clause"),
                                                self.tr("Identifier of the copy:"),
                                                text=f"{source.id}-copy")
        if accepted and new_id.strip():
            copy_id = new_id.strip()
            self._write(lambda library: library.duplicate(source.id, copy_id),
                        self.tr("Copied to the draft clause %1."))

    def _on_withdraw_clicked(self) -> None:
        if self.current is None:
            return
        clause_id = self.current.id
        answer = QMessageBox.question(
            self.window, self.tr("Withdraw Clause"),
            self.tr("Withdraw %1? Agreements keep their text; the clause is no longer "
                    "offered in searches.").replace("%1", clause_id))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda library: library.set_status(clause_id, ClauseStatus.WITHDRAWN),
                        self.tr("Withdrew clause %1 (version %2)."))

    # -- using clauses in agreements ------------------------------------------------------

    def insert_current(self) -> None:
        """Insert the previewed clause (its version, the chosen variant) into the agreement.

        Values for placeholders such as {notice_period} are asked for first; the parties'
        names fill in from the agreement.
        """
        clause = self.current
        if clause is None:
            return
        variant = self.panel.chosen_variant()
        values: dict[str, str] = {}
        for name in value_placeholders(clause, variant):
            value, accepted = QInputDialog.getText(
                self.window, self.tr("Insert Clause"),
                self.tr("Value for {%1} (e.g. '3 months'):").replace("%1", name))
            if not accepted:
                return
            if value.strip():
                values[name] = value.strip()
        self.insert_clause(clause.id, clause.version, variant, values)

    def insert_clause(self, clause_id: str, version: int | None = None, variant: int = 0,
                      values: dict[str, str] | None = None) -> None:
        """Insert a clause into the open agreement as a new article, as one undoable edit.

        The clause is read off the UI thread; the article is then inserted through the
        editor (``insert_article``), so it joins the undo stack and the autosave.
        """
        agreement = self.main.current_agreement
        if agreement is None or self.insert_article is None:
            self._on_failed(self.tr("Open an agreement first."))
            return
        languages = copy.deepcopy(agreement)

        def job(db: sqlite_utils.Database) -> Node:
            clause = LibraryStore(db).get(clause_id, version)
            return clause_article(clause, languages, variant, values)

        self._run(job, self._after_insert)

    # Set by the composition root: puts an article into the open agreement (undoable).
    insert_article: Callable[[Node], None] | None = None

    def _after_insert(self, article: Node) -> None:
        if self.insert_article is not None:
            self.insert_article(article)
        self.window.statusBar().showMessage(self.tr("Clause inserted."), 5000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Accept clauses dragged from the results onto the reading view."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag: QDragEnterEvent = event  # type: ignore[assignment]
            if drag.mimeData().hasFormat(CLAUSE_MIME_TYPE):
                drag.setDropAction(Qt.DropAction.CopyAction)
                drag.accept()
                return True
        if event.type() == QEvent.Type.Drop:
            drop: QDropEvent = event  # type: ignore[assignment]
            if drop.mimeData().hasFormat(CLAUSE_MIME_TYPE):
                clause_id = bytes(drop.mimeData().data(CLAUSE_MIME_TYPE).data()).decode()
                drop.acceptProposedAction()
                self.insert_clause(clause_id)
                return True
        return super().eventFilter(watched, event)

    def show_outdated(self) -> None:
        """Compute the outdated report off the UI thread, then show it."""
        self._run(lambda db: outdated_uses(AgreementStore(db), LibraryStore(db)),
                  self._show_outdated_dialog)

    def _show_outdated_dialog(self, uses: list[OutdatedUse]) -> None:
        OutdatedDialog(uses, self.window).exec()

    # Set by the composition root: applies an edit to the open agreement (undoable).
    push_edit: Callable[[Edit], None] | None = None

    def link_clauses(self) -> None:
        """Link the open agreement's articles to the library clauses they reproduce.

        The matching runs off the UI thread on a copy; the links then join the undo stack
        as one edit, unless the agreement changed meanwhile.
        """
        agreement = self.main.current_agreement
        if agreement is None or self.push_edit is None:
            self._on_failed(self.tr("Open an agreement first."))
            return
        snapshot = copy.deepcopy(agreement)
        connect = self.ctx.connect

        def job(control: TaskControl) -> LinkReport:
            db = connect()
            try:
                return find_links(snapshot, approved_clauses(LibraryStore(db)), control)
            finally:
                if db.conn is not None:
                    db.conn.close()

        progress = QProgressDialog(self.tr("Matching the articles with the library…"),
                                   self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)  # a small library answers before it would show

        def on_progress(done: int, total: int, _step: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        task = self.ctx.tasks.run(
            job, lambda report: self._after_link(agreement, snapshot, report),
            self._on_failed, on_progress,
            on_cancelled=lambda: self.window.statusBar().showMessage(
                self.tr("Linking cancelled; nothing was changed."), 6000),
            on_finished=progress.close)
        progress.canceled.connect(task.cancel)

    def _after_link(self, agreement: Agreement, snapshot: Agreement,
                    report: LinkReport) -> None:
        if (self.main.current_agreement is not agreement
                or agreement_to_json(agreement) != agreement_to_json(snapshot)):
            self._on_failed(self.tr("The agreement changed while its clauses were being "
                                    "matched; link them again."))
            return
        if report.links and self.push_edit is not None:
            self.push_edit(LinkClauses(report.links))
        text = self.tr("Linked %n article(s) or paragraph(s) to library clauses.", "",
                       len(report.links))
        if report.near_misses:
            text += "\n\n" + self.tr("Close to a library clause but not linked:") + "\n"
            text += "\n".join(core_text(describe_miss(miss)) for miss in report.near_misses)
        QMessageBox.information(self.window, self.tr("Link Clauses from Library"), text)
        self.library_changed.emit(text.split("\n", 1)[0])

    # -- packs -----------------------------------------------------------------------

    def _on_export_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Clause Pack"), "clauses.mou-pack.json",
            self.tr("Clause packs (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self._run(lambda db: export_pack(LibraryStore(db), path),
                  lambda count: self.window.statusBar().showMessage(
                      self.tr("Wrote %n clause(s).", "", count), 6000))

    def _on_import_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Clause Pack"), "",
            self.tr("Clause packs (*.json);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Import a pack and report new, updated and conflicting clauses."""
        self._run(lambda db: import_pack(LibraryStore(db), path), self._after_import)

    def _after_import(self, report: ImportReport) -> None:
        details = "\n".join(core_text(line) for line in report.details())
        summary = core_text(report.summary())
        QMessageBox.information(self.window, self.tr("Clause Pack Imported"),
                                summary + ("\n\n" + details if details else ""))
        self.library_changed.emit(summary)
        self.run_search()
