"""Backups in the GUI: a daily automatic backup at start, Back Up Now, Restore from Backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from mou_studio import APP_NAME
from mou_studio.core.storage.backup import (
    BackupInfo,
    backup_if_due,
    create_backup,
    list_backups,
    restore_backup,
)
from mou_studio.ui.backup_dialog import RestoreBackupDialog
from mou_studio.ui.context import AppContext
from mou_studio.ui.editor_controller import EditorController
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class BackupController(QObject):
    """Adds File ▸ Back Up Now and File ▸ Restore from Backup…; runs the daily backup."""

    backed_up = Signal(object)  # BackupInfo or None (no backup was due)
    restored = Signal(object)  # the safety copy (BackupInfo) or None

    def __init__(self, window: MainWindow, controller: MainController,
                 ctx: AppContext, editor: EditorController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.ctx = ctx
        self.editor = editor
        self.backup_action = QAction(self.tr("&Back Up Now"), window)
        self.backup_action.setObjectName("backupAction")
        self.restore_action = QAction(self.tr("Restore from Bac&kup…"), window)
        self.restore_action.setObjectName("restoreBackupAction")
        window.add_file_action(self.backup_action)
        window.add_file_action(self.restore_action)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self._on_restore_triggered)

    # -- backing up ------------------------------------------------------------------

    def schedule_automatic_backup(self) -> None:
        """Run :meth:`back_up_if_due` once the database has opened (and been migrated)."""

        def once(_summaries: object) -> None:
            self.controller.agreements_loaded.disconnect(once)
            self.back_up_if_due()

        self.controller.agreements_loaded.connect(once)

    def back_up_if_due(self) -> None:
        """The automatic backup: at most once a day, in the background."""
        path = self.ctx.database_path
        self.ctx.tasks.run(lambda _control: backup_if_due(path), self._on_backed_up,
                           lambda message: log.warning("automatic backup failed: %s", message))

    def back_up_now(self) -> None:
        path = self.ctx.database_path
        self.ctx.tasks.run(lambda _control: create_backup(path), self._on_backed_up,
                           self._on_failed)

    def _on_backed_up(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.window.statusBar().showMessage(self.tr("Backed up to %1").replace(
                "%1", info.name), 5000)
        self.backed_up.emit(info)

    # -- restoring -------------------------------------------------------------------

    def _on_restore_triggered(self) -> None:
        dialog = RestoreBackupDialog(list_backups(self.ctx.database_path), self.window)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None and self.confirm(chosen):
            self.restore(chosen.path)

    def confirm(self, backup: BackupInfo) -> bool:
        """Ask before replacing the database with ``backup``, naming unsaved work."""
        self.editor.node_editor.flush()
        text = self.tr("Replace the current database with the backup %1?\n\nThe current "
                       "database is kept as a backup first.").replace("%1", backup.name)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.Yes
        dirty = self.editor.dirty_titles()
        if dirty:
            text += "\n\n" + self.tr(
                "The unsaved changes to these agreements will be discarded:\n%1").replace(
                "%1", "\n".join(f"• {title}" for title in dirty))
            default = QMessageBox.StandardButton.No
        answer = QMessageBox.question(self.window, self.tr("Restore from Backup"), text,
                                      buttons, default)
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, backup_path: Path) -> None:
        """Restore ``backup_path`` off the UI thread, then reload everything.

        Unsaved edits are autosaved one last time into the current database (which
        becomes the safety copy) and dropped once the restore succeeded; if it fails
        they stay, and autosave resumes.
        """
        path = self.ctx.database_path
        self.editor.hold_autosave()
        self.ctx.tasks.wait_for_all()  # no other job may hold a connection meanwhile
        self.ctx.tasks.run(lambda _control: restore_backup(path, backup_path),
                           self._on_restored, self._on_restore_failed)

    def _on_restored(self, safety: BackupInfo | None) -> None:
        self.editor.discard_all()
        self.controller.start()  # the list, the open agreement, library and register
        self.window.statusBar().showMessage(self.tr("The backup was restored."), 6000)
        self.restored.emit(safety)

    def _on_restore_failed(self, message: str) -> None:
        self.editor.resume_autosave()
        self._on_failed(message)

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)
