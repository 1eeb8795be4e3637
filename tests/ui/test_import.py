"""File ▸ Import…: read in the background, preview, store, select; revisions asked; errors shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from mou_studio.ui.app import Application
from mou_studio.ui.import_controller import ImportController
from tests.core.importing.docx_factory import docx_factory, paragraph
from tests.support.seeds import seed_path


def _importer(application: Application) -> ImportController:
    importer = application.window.findChild(ImportController, "importController")
    assert isinstance(importer, ImportController)
    return importer


def test_file_menu_has_import(application: Application) -> None:
    texts = [a.text() for a in application.window.menu("file").actions()]
    assert "&Import…" in texts


def test_import_previews_then_stores_and_selects(application: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    importer = _importer(application)
    importer.import_path(seed_path("000"))
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10000)
    preview = importer.preview
    assert preview is not None
    assert preview.tree.topLevelItemCount() == 1
    assert "W7" in preview.report.toPlainText()
    assert application.window.agreement_list.count() == 1  # nothing stored before OK
    preview.accept()
    qtbot.waitUntil(lambda: application.window.agreement_list.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: application.controller.current_id not in (None, 1), timeout=10000)
    agreement = application.controller.current_agreement
    assert agreement is not None and len(agreement.articles()) == 9


def test_cancelled_preview_stores_nothing(application: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    importer = _importer(application)
    importer.import_path(seed_path("000"))
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10000)
    assert importer.preview is not None
    importer.preview.reject()
    application.context.tasks.wait_for_all()
    assert application.window.agreement_list.count() == 1


def test_hostile_file_is_one_dialog(application: Application, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    _importer(application).import_path(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not a Word .docx" in shown[0]
    assert application.window.agreement_list.count() == 1


@pytest.mark.parametrize(("button", "expected"), [
    (QMessageBox.StandardButton.Yes, "étroitement"),
    (QMessageBox.StandardButton.No, "parfois"),
])
def test_tracked_changes_ask_accept_or_reject(application: Application, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch,
                                              button: QMessageBox.StandardButton,
                                              expected: str) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: button)
    body = (paragraph("ACCORD") + paragraph("Article premier")
            + '<w:p><w:r><w:t xml:space="preserve">1. Ils coopèrent </w:t></w:r>'
            + '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">étroitement'
            + '</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>parfois'
            + "</w:delText></w:r></w:del></w:p>")
    path = docx_factory(tmp_path)(body)
    importer = _importer(application)
    importer.import_path(path)
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10000)
    assert importer.preview is not None
    texts = []
    item = importer.preview.tree.topLevelItem(0)
    assert item is not None
    stack = [item]
    while stack:
        current = stack.pop()
        texts.append(current.text(1))
        stack.extend(current.child(i) for i in range(current.childCount()))
    assert any(expected in t for t in texts)


def test_dropping_a_file_starts_an_import(application: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    importer = _importer(application)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path("000")))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # Qt delivers synthetic drops only during a real drag: hand the event to the filter.
    assert importer.eventFilter(application.window, event)
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10000)


def test_two_dropped_files_are_left_to_compare(application: Application) -> None:
    importer = _importer(application)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path("000"))),
                  QUrl.fromLocalFile(str(seed_path("004")))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    assert not importer.eventFilter(application.window, event)
    assert importer.task is None


def test_cancel_stops_the_import_and_stores_nothing(application: Application, qtbot,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from mou_studio.core.tasks import TaskControl
    from mou_studio.ui import import_controller

    started = threading.Event()

    def slow_import(path: Path, **kwargs: object) -> object:
        control = kwargs["control"]
        assert isinstance(control, TaskControl)
        started.set()
        for step in range(2000):  # a long read, checking for cancel as the core does
            control.progress(step % 100, 100, "reading")
            threading.Event().wait(0.005)
        raise AssertionError("the import was not cancelled")

    monkeypatch.setattr(import_controller, "import_file", slow_import)
    importer = _importer(application)
    importer.import_path(seed_path("000"))
    assert started.wait(10)
    assert importer.progress is not None
    importer.progress.canceled.emit()  # what its Cancel button sends
    qtbot.waitUntil(lambda: "cancelled" in application.window.statusBar().currentMessage(),
                    timeout=10000)
    assert importer.preview is None
    assert application.window.agreement_list.count() == 1


@pytest.fixture
def french_core_messages(application: Application) -> Iterator[None]:
    """The core's catalogue answering in French (a few of the import's texts)."""
    from PySide6.QtWidgets import QApplication

    from mou_studio.ui.messages import CoreMessageTranslator
    from tests.core.importing.test_import_messages import FRENCH

    app = QApplication.instance()
    assert app is not None
    translator = CoreMessageTranslator(FRENCH, app)
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@pytest.mark.usefixtures("french_core_messages")
def test_preview_report_shows_the_core_messages_translated(application: Application) -> None:
    from mou_studio.core.importing import parse_text
    from mou_studio.ui.import_preview_dialog import ImportPreviewDialog

    result = parse_text("Handwritten mark\n\nQuelques mots sans structure.\n\n12\n")
    dialog = ImportPreviewDialog(result, "notes.txt", application.window)
    text = dialog.report.toPlainText()
    assert "dropped line 1 (résidu d'OCR): Handwritten mark" in text
    assert "dropped line 5 (numéro de page): 12" in text
    assert "il ne s'agit pas d'un accord" in text
    dialog.deleteLater()


@pytest.mark.usefixtures("french_core_messages")
def test_revision_question_is_asked_in_the_interface_language(
        application: Application, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.importing.test_import_messages import TRACKED

    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    path = docx_factory(tmp_path)(TRACKED)
    importer = _importer(application)
    importer.import_path(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked[0].startswith(f"«\u00a0{path.name}\u00a0» comporte 2 modifications suivies "
                               "et 0 commentaire")
    assert importer.preview is None
