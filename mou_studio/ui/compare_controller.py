"""Compare ▸ Two Files… / Two Versions…, and two files dropped on the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from mou_studio import APP_NAME
from mou_studio.core.compare.sources import Side, load_file_side
from mou_studio.core.errors import RevisionsPresent
from mou_studio.core.storage import AgreementStore, VersionInfo
from mou_studio.core.tasks import TaskControl
from mou_studio.ui.compare_session import CompareSession
from mou_studio.ui.compare_window import CompareWindow
from mou_studio.ui.context import AppContext
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.messages import core_text

COMPARABLE_SUFFIXES = (".docx", ".txt", ".json")
FILE_FILTER = QT_TRANSLATE_NOOP("CompareController",
                                "Agreements (*.docx *.txt *.json);;All files (*)")
WORKING_COPY = -1


class CompareController(QObject):
    """Opens compare windows from the main window's Compare menu and from drops."""

    def __init__(self, window: MainWindow, controller: MainController,
                 ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.ctx = ctx
        self.sessions: list[CompareSession] = []
        menu = window.menu("compare", self.tr("&Compare"))
        self.files_action = QAction(self.tr("Two &Files…"), window)
        self.versions_action = QAction(self.tr("Two &Versions of This Agreement…"), window)
        menu.addActions([self.files_action, self.versions_action])
        self.files_action.triggered.connect(self._on_files_triggered)
        self.versions_action.triggered.connect(self._on_versions_triggered)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- two files -----------------------------------------------------------------

    def _on_files_triggered(self) -> None:
        old, _ = QFileDialog.getOpenFileName(self.window, self.tr("Old Version"), "",
                                             self.tr(str(FILE_FILTER)))
        if not old:
            return
        new, _ = QFileDialog.getOpenFileName(self.window, self.tr("New Version"),
                                             str(Path(old).parent), self.tr(str(FILE_FILTER)))
        if new:
            self.compare_files(Path(old), Path(new))

    def compare_files(self, old: Path, new: Path, revisions: str | None = None) -> None:
        """Read both files in the background, then open a compare window."""

        def job(_control: TaskControl) -> tuple[Side, Side] | str:
            try:
                return load_file_side(old, revisions), load_file_side(new, revisions)
            except RevisionsPresent as exc:
                return core_text(exc)

        def loaded(result: tuple[Side, Side] | str) -> None:
            if isinstance(result, str):
                choice = self._ask_revisions(result)
                if choice:
                    self.compare_files(old, new, choice)
                return
            self._on_sides_loaded(result)

        self.window.statusBar().showMessage(self.tr("Reading the two files…"))
        self.ctx.tasks.run(job, loaded, self._on_failed)

    def _ask_revisions(self, message: str) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, message,
                          QMessageBox.StandardButton.Cancel, self.window)
        accept = box.addButton(self.tr("Accept All"), QMessageBox.ButtonRole.AcceptRole)
        reject = box.addButton(self.tr("Reject All"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "accept" if clicked is accept else "reject" if clicked is reject else None

    # -- two versions --------------------------------------------------------------

    def _on_versions_triggered(self) -> None:
        agreement_id = self.controller.current_id
        if agreement_id is None:
            QMessageBox.information(self.window, APP_NAME,
                                    self.tr("Open an agreement first."))
            return
        self.ctx.tasks.run(
            self.ctx.with_store(lambda store: store.versions(agreement_id)),
            lambda versions: self._pick_versions(agreement_id, versions),
            self._on_failed,
        )

    def _pick_versions(self, agreement_id: int, versions: list[VersionInfo]) -> None:
        choices = {self.tr("Working copy"): WORKING_COPY}
        for v in reversed(versions):
            name = f" — {v.name}" if v.name else ""
            choices[self.tr("Version %1").replace("%1", str(v.number)) + name
                    + f" ({v.created_at[:10]})"] = v.number
        labels = list(choices)
        old_label, ok = QInputDialog.getItem(self.window, self.tr("Compare Versions"),
                                             self.tr("Old version:"), labels,
                                             min(1, len(labels) - 1), False)
        if not ok:
            return
        new_label, ok = QInputDialog.getItem(self.window, self.tr("Compare Versions"),
                                             self.tr("New version:"), labels, 0, False)
        if ok:
            self.compare_versions(agreement_id, choices[old_label], choices[new_label],
                                  old_label, new_label)

    def compare_versions(self, agreement_id: int, old: int, new: int, old_name: str,
                         new_name: str) -> None:
        """Load two versions (WORKING_COPY for the draft) off the UI thread, then compare."""

        def load(store: AgreementStore, number: int, name: str) -> Side:
            agreement = (store.get(agreement_id) if number == WORKING_COPY
                         else store.get_version(agreement_id, number))
            return Side(agreement, name)

        self.ctx.tasks.run(
            self.ctx.with_store(lambda store: (load(store, old, old_name),
                                               load(store, new, new_name))),
            self._on_sides_loaded,
            self._on_failed,
        )

    # -- windows -------------------------------------------------------------------

    def _on_sides_loaded(self, sides: tuple[Side, Side]) -> None:
        self.open_compare(*sides)

    def open_compare(self, old: Side, new: Side) -> CompareSession:
        """Open a compare window on two loaded sides and start comparing."""
        self.window.statusBar().clearMessage()
        window = CompareWindow()
        session = CompareSession(window, self.ctx.tasks, self.ctx.settings, old, new,
                                 self.controller.current_lang
                                 if self.controller.current_lang in old.agreement.languages
                                 and self.controller.current_lang in new.agreement.languages
                                 else None)
        self.sessions.append(session)
        window.closed.connect(lambda: self._forget(session))
        window.show()
        session.run()
        return session

    def _forget(self, session: CompareSession) -> None:
        if session.task is not None:
            session.task.cancel()
        if session in self.sessions:
            self.sessions.remove(session)

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- dropping two files --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() in (QEvent.Type.DragEnter,
                                                       QEvent.Type.Drop):
            paths = _dropped_pair(event)  # type: ignore[arg-type]
            if paths is not None:
                if event.type() == QEvent.Type.Drop:
                    self.compare_files(*paths)
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)


def _dropped_pair(event: QDragEnterEvent | QDropEvent) -> tuple[Path, Path] | None:
    """Two local agreement files, in the order they were dropped, else None."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(paths) != 2 or any(p.suffix.lower() not in COMPARABLE_SUFFIXES for p in paths):
        return None
    return paths[0], paths[1]
