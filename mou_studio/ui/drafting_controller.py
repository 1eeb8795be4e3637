"""Drafting in the GUI: File ▸ New from template… and the Problems dock.

Added by the composition root (``app.py``) next to the main and editor controllers.
Templates are read and agreements built on the UI thread (small files, milliseconds);
storing and linting run in the task pool. A quick fix is an edit pushed on the editor's
undo stack, like any other: Ctrl+Z takes it back, Save keeps it.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from mou_studio import APP_NAME
from mou_studio.core.errors import MouStudioError
from mou_studio.core.lint import Finding, fix_edit, lint_agreement, place_describer
from mou_studio.core.model import Agreement
from mou_studio.core.numbering import Numbering
from mou_studio.core.templates import list_templates
from mou_studio.ui.context import AppContext
from mou_studio.ui.editor_controller import EditorController
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.messages import core_text
from mou_studio.ui.problems_dock import ProblemsDock
from mou_studio.ui.template_wizard import NewAgreementWizard

log = logging.getLogger(__name__)


class DraftingController(QObject):
    """Wires the template wizard and the linter to the main window."""

    def __init__(self, window: MainWindow, controller: MainController,
                 ctx: AppContext, editor: EditorController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.ctx = ctx
        self.editor = editor
        # Check again a moment after the last edit (or undo), not on every keystroke.
        self.relint_timer = QTimer(self)
        self.relint_timer.setSingleShot(True)
        self.relint_timer.setInterval(700)
        self.wizard: NewAgreementWizard | None = None
        self.new_action = QAction(self.tr("&New from Template…"), window)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        window.add_file_action(self.new_action)
        self.dock = ProblemsDock(window)
        window.add_dock(self.dock, menu_text=self.tr("&Problems"))
        self._linted: Agreement | None = None
        self.new_action.triggered.connect(self.open_wizard)
        controller.agreement_opened.connect(self._on_controller_agreement_opened)
        self.dock.node_requested.connect(self._on_dock_node_requested)
        self.dock.fix_requested.connect(self.apply_fix)
        self.dock.refresh_requested.connect(self._lint_current)
        editor.undo_group.indexChanged.connect(self.relint_timer.start)
        self.relint_timer.timeout.connect(self._lint_current)

    @staticmethod
    def ui_language() -> str:
        """The questionnaire's language: the system's if a template speaks it."""
        lang = QLocale().name()[:2]
        return lang if lang in ("fr", "en", "ru") else "en"

    # -- new from template -------------------------------------------------------------

    def open_wizard(self) -> NewAgreementWizard | None:
        """Show the wizard (non-blocking); Finish stores the agreement and opens it."""
        try:
            templates = list_templates(self.ctx.project_root / "templates" / "agreements")
        except MouStudioError as exc:
            QMessageBox.warning(self.window, APP_NAME, core_text(exc))
            return None
        wizard = NewAgreementWizard(templates, self.ui_language(), self.window)
        wizard.accepted.connect(lambda: self.create(wizard.agreement))
        self.wizard = wizard
        wizard.open()
        return wizard

    def create(self, agreement: Agreement | None) -> None:
        """Store ``agreement`` off the UI thread, then show it."""
        if agreement is None:
            return
        self.window.statusBar().showMessage(self.tr("Creating the agreement…"))
        self.ctx.tasks.run(self.ctx.with_store(lambda store: store.create(agreement)),
                           self._on_created, self._on_failed)

    def _on_created(self, agreement_id: int) -> None:
        self.window.statusBar().showMessage(self.tr("Agreement created"), 4000)
        self.controller.current_id = agreement_id
        self.controller.reload()

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- problems ------------------------------------------------------------------------

    def _on_dock_node_requested(self, uid: str) -> None:
        """Select the node in the outline (which scrolls the text and opens the editor)."""
        self.editor.flush_views()
        if not self.window.outline_view.select_uid(uid):
            self.window.document_view.scroll_to_node(uid)

    def _on_controller_agreement_opened(self, _agreement_id: int,
                                        _agreement: Agreement) -> None:
        self._lint_current()

    def _lint_current(self) -> None:
        agreement = self.controller.current_agreement
        if agreement is None:
            return
        snapshot = copy.deepcopy(agreement)
        self.ctx.tasks.run(lambda control: lint_agreement(snapshot, control=control),
                           lambda findings: self._on_linted(snapshot, findings),
                           self._on_failed)

    def _on_linted(self, agreement: Agreement, findings: list[Finding]) -> None:
        current = self.controller.current_agreement
        if current is None or current.uid != agreement.uid:
            return  # another agreement was opened meanwhile
        self._linted = agreement
        numbering = Numbering(agreement)
        self.dock.show_findings(findings, place_describer(agreement, numbering))

    def apply_fix(self, finding: Finding) -> None:
        """Apply a finding's quick fix to the open agreement as one undoable edit."""
        current = self.editor.agreement
        if finding.fix is None or current is None:
            return
        try:
            edit = fix_edit(current, finding.fix)
        except MouStudioError as exc:
            QMessageBox.warning(self.window, APP_NAME, core_text(exc))
            return
        self.editor.push(edit)
        self._lint_current()
