"""Wires File ▸ Export… to the core export, run off the UI thread with progress."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from mou_studio import APP_NAME
from mou_studio.core.export import (
    ExportOptions,
    export_agreement,
    find_soffice,
    preview_first_page,
)
from mou_studio.core.model import Agreement
from mou_studio.core.tasks import TaskControl
from mou_studio.ui.context import AppContext
from mou_studio.ui.export_dialog import ExportDialog
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "export/last_folder"
_SLUG = re.compile(r"[^\w-]+")


class ExportController(QObject):
    """Owns the Export… action, its dialog, and the background export."""

    def __init__(self, window: MainWindow, main: MainController, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.main = main
        self.ctx = ctx
        self.dialog: ExportDialog | None = None
        self.task: BackgroundTask | None = None
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setEnabled(False)
        window.add_file_action(self.export_action)
        self.export_action.triggered.connect(self._on_export_triggered)
        main.agreement_opened.connect(lambda *_: self.export_action.setEnabled(True))

    def _on_export_triggered(self) -> None:
        agreement = self.main.current_agreement
        if agreement is None:
            return
        dialog = ExportDialog(agreement, self._default_path(agreement),
                              can_preview=find_soffice() is not None, parent=self.window)
        dialog.preview_requested.connect(
            lambda options: self._preview(agreement, options, dialog))
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export(agreement, dialog.output_path(), dialog.options())
        self.dialog = None
        dialog.deleteLater()  # a preview still rendering is then simply not shown

    def _default_path(self, agreement: Agreement) -> Path:
        folder = self.ctx.settings.value(LAST_FOLDER_KEY) or str(Path.home())
        title = agreement.title.get(agreement.language, "")
        slug = _SLUG.sub("-", title.lower()).strip("-")[:60] or "agreement"
        return Path(str(folder)) / f"{slug}.docx"

    def export(self, agreement: Agreement, out: Path, options: ExportOptions) -> None:
        """Export in the background, with a progress dialog that can cancel."""
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100,
                                   self.window)
        progress.setWindowTitle(APP_NAME)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def job(control: TaskControl) -> list[Path]:
            return export_agreement(agreement, out, options, control)

        def on_progress(done: int, total: int, _message: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        task = self.ctx.tasks.run(job, self._on_exported, self._on_failed, on_progress)
        progress.canceled.connect(task.cancel)
        task.signals.finished.connect(progress.reset)
        task.signals.cancelled.connect(
            lambda: self.window.statusBar().showMessage(
                self.tr("Export cancelled: no file was written."), 5000))
        self.task = task
        self.ctx.settings.setValue(LAST_FOLDER_KEY, str(out.parent))

    def _preview(self, agreement: Agreement, options: ExportOptions,
                 dialog: ExportDialog) -> None:
        def job(control: TaskControl) -> bytes:
            return preview_first_page(agreement, options, control)

        self.ctx.tasks.run(job, dialog.show_preview, dialog.show_preview_message)

    def _on_exported(self, paths: list[Path]) -> None:
        log.info("exported %s", paths)
        self.window.statusBar().showMessage(
            self.tr("Exported: %s") % ", ".join(str(p) for p in paths), 10000)

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, APP_NAME, message)
