"""Runs one compare for a compare window: worker, progress, filters, navigation, exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from mou_studio import APP_NAME
from mou_studio.core.compare import (
    ChangeKind,
    ChangeSet,
    CompareOptions,
    compare,
    redline_changes,
)
from mou_studio.core.compare.blackline import write_blackline
from mou_studio.core.compare.redline import DEFAULT_AUTHOR, write_redline
from mou_studio.core.compare.rows import CompareRow, compare_rows
from mou_studio.core.compare.sources import Side
from mou_studio.core.compare.summary import kind_counts
from mou_studio.core.tasks import TaskControl
from mou_studio.ui.compare_window import CompareWindow
from mou_studio.ui.messages import core_text
from mou_studio.ui.tasks import BackgroundTask, TaskRunner

AUTHOR_KEY = "compare/author"
EXPORT_DIR_KEY = "compare/export_dir"


class CompareSession(QObject):
    """Compares two sides in the background and keeps the window in step with the result."""

    def __init__(self, window: CompareWindow, tasks: TaskRunner, settings: QSettings,
                 old: Side, new: Side, lang: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.settings = settings
        self.old = old
        self.new = new
        self.lang = lang
        self.changes: ChangeSet | None = None
        self.rows: list[CompareRow] = []
        self.task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        old_name, new_name = core_text(old.name), core_text(new.name)
        window.panes.set_captions(old_name, new_name)
        window.setWindowTitle(f"{old_name} ↔ {new_name} — {APP_NAME}")
        self._connect()

    def _connect(self) -> None:
        w = self.window
        w.next_action.triggered.connect(lambda: self.go_to_change(forward=True))
        w.previous_action.triggered.connect(lambda: self.go_to_change(forward=False))
        for action in (w.ignore_case_action, w.ignore_whitespace_action,
                       w.ignore_renumbering_action):
            action.toggled.connect(self.run)
        w.change_list.change_activated.connect(w.panes.show_row)
        w.export_redline_action.triggered.connect(lambda: self.export(redline=True))
        w.export_blackline_action.triggered.connect(lambda: self.export(redline=False))

    def options(self) -> CompareOptions:
        w = self.window
        return CompareOptions(
            ignore_case=w.ignore_case_action.isChecked(),
            ignore_whitespace=w.ignore_whitespace_action.isChecked(),
            ignore_renumbering=w.ignore_renumbering_action.isChecked(),
        )

    # -- comparing -----------------------------------------------------------------

    def run(self) -> None:
        """Compare off the UI thread with the window's current options."""
        if self.task is not None:
            self.task.cancel()
        old, new, options, lang = self.old.agreement, self.new.agreement, self.options(), \
            self.lang

        message = self.tr("Comparing clauses…")

        def job(control: TaskControl) -> tuple[ChangeSet, list[CompareRow]]:
            changes = compare(old, new, options, lang,
                              progress=lambda done, total: control.progress(
                                  done, total, message),
                              cancelled=lambda: control.cancelled)
            return changes, compare_rows(changes, core_text)

        self.window.set_busy(True)
        self.window.statusBar().showMessage(self.tr("Comparing…"))
        # A result from a compare that was superseded meanwhile is dropped (_is_current).
        task = self.tasks.run(job, self._on_compared, self._on_failed, self._on_progress,
                              self._on_cancelled, self._on_finished)
        self.task = task
        self._show_progress(task)

    def _show_progress(self, task: BackgroundTask) -> None:
        self._close_progress()
        dialog = QProgressDialog(self.tr("Comparing the two versions…"), self.tr("Cancel"),
                                 0, 0, self.window)
        dialog.setWindowTitle(APP_NAME)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(task.cancel)
        self._progress = dialog

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _is_current(self) -> bool:
        """Whether the signal being handled comes from the compare still wanted."""
        return self.task is not None and self.sender() is self.task.signals

    def _on_finished(self) -> None:
        if not self._is_current():
            return
        self.task = None
        self.window.set_busy(False)
        self._close_progress()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_compared(self, result: tuple[ChangeSet, list[CompareRow]]) -> None:
        if not self._is_current():
            return
        self.changes, self.rows = result
        self.window.panes.set_rows(self.rows)
        self.window.change_list.set_rows(self.rows)
        counts = ", ".join(self._count_text(kind, count)
                           for kind, count in kind_counts(self.changes) if count)
        notes = " — ".join(core_text(note) for note in self.changes.notes)
        self.window.statusBar().showMessage(counts + (f" — {notes}" if notes else ""))

    def _count_text(self, kind: ChangeKind, count: int) -> str:
        """ "2 reworded" as a plural form of the interface language."""
        # Literal tr() calls, one per kind, so that lupdate sees each plural.
        texts = {
            ChangeKind.REWORDED: lambda n: self.tr("%n reworded", "", n),
            ChangeKind.RENUMBERED: lambda n: self.tr("%n renumbered only", "", n),
            ChangeKind.MOVED: lambda n: self.tr("%n moved", "", n),
            ChangeKind.MOVED_REWORDED: lambda n: self.tr("%n moved and reworded", "", n),
            ChangeKind.INSERTED: lambda n: self.tr("%n inserted", "", n),
            ChangeKind.DELETED: lambda n: self.tr("%n deleted", "", n),
            ChangeKind.UNCHANGED: lambda n: self.tr("%n unchanged", "", n),
        }
        return texts[kind](count)

    def _on_cancelled(self) -> None:
        self.window.statusBar().showMessage(self.tr("Compare cancelled."))

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- navigating ----------------------------------------------------------------

    def go_to_change(self, forward: bool) -> None:
        """Show the next (or previous) change that the filters let through."""
        rows = self.window.change_list.visible_rows()
        current = self.window.panes.current_row()
        ahead = [r for r in rows if r > current] if forward else \
            [r for r in reversed(rows) if r < current]
        if not ahead:
            self.window.statusBar().showMessage(
                self.tr("No more changes") if rows else self.tr("No changes to show"), 3000)
            return
        self.window.panes.show_row(ahead[0])
        self.window.change_list.select_row(ahead[0])

    # -- exporting -----------------------------------------------------------------

    def export(self, redline: bool) -> None:
        """Ask where, then write the redline (or blackline) .docx in the background."""
        changes = self.changes
        if changes is None:
            return
        kind = self.tr("Redline") if redline else self.tr("Blackline")
        folder = str(self.settings.value(EXPORT_DIR_KEY, str(Path.home())))
        stem = Path(core_text(self.new.name)).stem
        suggested = str(Path(folder) / f"{stem}-{kind.lower()}.docx")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export %1").replace("%1", kind), suggested,
            self.tr("Word documents (*.docx)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".docx") else Path(path + ".docx")
        self.settings.setValue(EXPORT_DIR_KEY, str(target.parent))
        author = str(self.settings.value(AUTHOR_KEY, DEFAULT_AUTHOR))
        old, new = self.old, self.new

        def job(_control: TaskControl) -> Path:
            printed = redline_changes(changes, old.paragraphs, new.paragraphs)
            if redline:
                return write_redline(printed, target, author=author, text=core_text)
            return write_blackline(changes, target, old.name, new.name, text_changes=printed,
                                   text=core_text)

        self.window.set_busy(True)
        self.tasks.run(job, self._on_exported, self._on_failed,
                       on_finished=lambda: self.window.set_busy(False))

    def _on_exported(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Written: %1").replace("%1", str(path)),
                                            8000)
