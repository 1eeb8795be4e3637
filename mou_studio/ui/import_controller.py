"""File ▸ Import… and drag-and-drop: read off the UI thread, preview, then store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from mou_studio import APP_NAME
from mou_studio.core.errors import RevisionsPresent
from mou_studio.core.importing import ImportResult, import_file, store_agreements
from mou_studio.core.messages import Message
from mou_studio.core.tasks import TaskControl
from mou_studio.ui.context import AppContext
from mou_studio.ui.import_preview_dialog import ImportPreviewDialog
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.messages import core_text
from mou_studio.ui.tasks import BackgroundTask

IMPORTABLE = (".txt", ".docx")
LAST_FOLDER_KEY = "import/last_folder"


@dataclass(frozen=True)
class _NeedsRevisionChoice:
    """The file has tracked changes: the user must accept or reject them all."""

    path: Path
    message: Message  # rendered on the GUI thread, in the interface language


class ImportController(QObject):
    """Adds File ▸ Import… and file drops to the main window."""

    def __init__(self, window: MainWindow, controller: MainController, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("importController")
        self.window = window
        self.controller = controller
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_action_triggered)
        window.add_file_action(self.import_action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- entry points ----------------------------------------------------------------

    def _on_import_action_triggered(self) -> None:
        folder = str(self.ctx.settings.value(LAST_FOLDER_KEY, str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import an Agreement"), folder,
            self.tr("Agreements (*.txt *.docx);;All files (*)"))
        if path:
            self.ctx.settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.import_path(Path(path))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        """Accept one .txt/.docx dropped onto the window and import it."""
        if watched is self.window and event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if _dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        if watched is self.window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.import_path(path)
                return True
        return super().eventFilter(watched, event)

    def import_path(self, path: Path, revisions: str | None = None) -> None:
        """Read ``path`` in the background, with progress and cancel, then preview it."""
        def job(control: TaskControl) -> ImportResult | _NeedsRevisionChoice:
            try:
                return import_file(path, revisions=revisions, control=control)
            except RevisionsPresent as exc:
                return _NeedsRevisionChoice(path, exc.message)

        self.progress = QProgressDialog(self.tr("Reading %1…").replace("%1", path.name),
                                        self.tr("Cancel"), 0, 100, self.window)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.task = self.ctx.tasks.run(job, lambda r: self._on_read(r, path),
                                       self._on_failed, self._on_progress)
        self.progress.canceled.connect(self.task.cancel)
        self.task.signals.cancelled.connect(self._on_cancelled)

    # -- results ---------------------------------------------------------------------

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_read(self, result: ImportResult | _NeedsRevisionChoice, path: Path) -> None:
        self._close_progress()
        if isinstance(result, _NeedsRevisionChoice):
            choice = self.ask_revisions(result.message)
            if choice is not None:
                self.import_path(result.path, revisions=choice)
            return
        self.preview = ImportPreviewDialog(result, path.name, self.window)
        self.preview.accepted.connect(self._on_preview_accepted)
        self.preview.rejected.connect(self._drop_preview)
        self.preview.open()

    def ask_revisions(self, message: Message | str) -> str | None:
        """Accept all, reject all, or cancel (None) the file's tracked changes."""
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, core_text(message),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr("Import the text with every change accepted, or as it "
                                       "was before the changes?"))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Accept All"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Reject All"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Yes:
            return "accept"
        if answer == QMessageBox.StandardButton.No:
            return "reject"
        return None

    def _drop_preview(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None

    def _on_preview_accepted(self) -> None:
        assert self.preview is not None
        chosen = self.preview.chosen()
        self._drop_preview()
        if chosen:
            self.ctx.tasks.run(self.ctx.with_store(lambda store: store_agreements(store, chosen)),
                               self._on_stored, self._on_failed)

    def _on_stored(self, ids: list[int]) -> None:
        self.window.statusBar().showMessage(
            self.tr("%n agreement(s) imported", "", len(ids)), 5000)
        self.controller.current_id = ids[-1]
        self.controller.reload()

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        QMessageBox.warning(self.window, APP_NAME, message)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(self.tr("Import cancelled; nothing was stored."),
                                            5000)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """One local .txt/.docx file; two files dropped together are a compare, not ours."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1 or not files[0].lower().endswith(IMPORTABLE):
        return None
    return Path(files[0])
