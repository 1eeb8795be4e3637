"""The register's file work: CSV import and export, signed copies in and out.

Everything runs off the UI thread; import shows progress and can be cancelled.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from mou_studio import APP_NAME
from mou_studio.core.errors import RegisterImportFailed
from mou_studio.core.register.attachments import SignedCopies
from mou_studio.core.register.csv_export import export_csv
from mou_studio.core.register.csv_import import ImportReport, import_csv
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.tasks import TaskControl
from mou_studio.ui.messages import core_text

if TYPE_CHECKING:
    from mou_studio.ui.register.register_controller import RegisterController

MAX_PROBLEMS_SHOWN = 15


class RegisterFiles(QObject):
    """Import/Export CSV, Attach Signed Copy and saving a copy back, for one controller."""

    imported = Signal(object)  # ImportReport
    exported = Signal(int)  # rows written

    def __init__(self, owner: RegisterController) -> None:
        super().__init__(owner)
        self.owner = owner

    def wire(self, import_action: QAction, export_action: QAction,
             attach_action: QAction) -> None:
        """Connect the Register menu's file actions and the partner page's copies."""
        import_action.triggered.connect(self._on_import_triggered)
        export_action.triggered.connect(self._on_export_triggered)
        attach_action.triggered.connect(self._on_attach_triggered)
        self.owner.dock.partner_page.copy_save_requested.connect(
            self._on_copy_save_requested)

    def _on_import_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.owner.window, self.tr("Import Register CSV"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, skip_invalid: bool = False) -> None:
        """Import a register CSV in the background with progress and cancel.

        Bad rows come back with their line numbers and the user may skip them.
        """
        connect = self.owner.ctx.connect

        def job(control: TaskControl) -> ImportReport | RegisterImportFailed:
            db = connect()
            try:
                return import_csv(RegisterStore(db), path, skip_invalid, control)
            except RegisterImportFailed as exc:
                return exc  # shown with its per-line problems, not as one line
            finally:
                if db.conn is not None:
                    db.conn.close()

        progress = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name),
                                   self.tr("Cancel"), 0, 0, self.owner.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def on_progress(done: int, total: int, _message: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        # Every callback goes to run(): a short import can finish before run() returns.
        task = self.owner.ctx.tasks.run(
            job, lambda outcome: self._on_import_done(path, outcome), self.owner.show_failure,
            on_progress, on_cancelled=self._on_import_cancelled, on_finished=progress.close,
        )
        progress.canceled.connect(task.cancel)

    def _on_import_cancelled(self) -> None:
        self.owner.window.statusBar().showMessage(
            self.tr("Import cancelled; the register was not changed."), 8000)

    def _on_import_done(self, path: Path,
                        outcome: ImportReport | RegisterImportFailed) -> None:
        if isinstance(outcome, RegisterImportFailed):
            problems = "\n".join(core_text(p) for p in outcome.problems[:MAX_PROBLEMS_SHOWN])
            answer = QMessageBox.question(
                self.owner.window, APP_NAME,
                self.tr("%1\n\n%2\n\nImport the valid rows and skip these?")
                .replace("%1", core_text(outcome)).replace("%2", problems),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_file(path, skip_invalid=True)
            return
        self.owner.window.statusBar().showMessage(
            self.tr("Imported: %1, %2.")
            .replace("%1", self.tr("%n new agreement(s)", "", outcome.created))
            .replace("%2", self.tr("%n updated agreement(s)", "", outcome.updated)), 8000)
        self.imported.emit(outcome)
        self.owner.reload()

    def _on_export_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.owner.window, self.tr("Export Register CSV"), "register.csv",
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        """Write the rows the table shows to ``path`` (in the background)."""
        if self.owner.snapshot is None:
            return
        shown = set(self.owner.dock.register_view.visible_entry_ids())
        entries = [e for e in self.owner.snapshot.entries if e.id in shown]
        partners = self.owner.snapshot.partners
        self.owner.ctx.tasks.run(lambda _control: export_csv(path, entries, partners),
                                 self._on_exported, self.owner.show_failure)

    def _on_exported(self, count: int) -> None:
        self.owner.window.statusBar().showMessage(
            self.tr("Exported %n agreement(s)", "", count), 8000)
        self.exported.emit(count)

    def _on_attach_triggered(self) -> None:
        entry_id = self.owner.dock.partner_page.selected_entry_id()
        if entry_id is None:
            QMessageBox.information(self.owner.window, APP_NAME, self.tr(
                "Select an agreement in the register first."))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.owner.window, self.tr("Attach Signed Copy"), "",
            self.tr("Signed copies (*.pdf *.docx)"))
        if path:
            self.attach_file(entry_id, Path(path))

    def _on_copy_save_requested(self, copy_id: int, filename: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.owner.window, self.tr("Save Signed Copy"), filename)
        if path:
            self.save_copy(copy_id, Path(path))

    def save_copy(self, copy_id: int, path: Path) -> None:
        """Write a kept signed copy to ``path`` (checked against its SHA-256)."""
        self.owner.run_in_background(lambda db: SignedCopies(db).save_to(copy_id, path),
                  lambda _none: self.owner.window.statusBar().showMessage(
                      self.tr("Saved %1").replace("%1", str(path)), 5000))

    def attach_file(self, entry_id: int, path: Path) -> None:
        """Keep ``path`` as a signed copy of the entry (in the background)."""
        self.owner.run_in_background(lambda db: SignedCopies(db).attach(entry_id, path),
                  lambda _attachment: self.owner.reload())
