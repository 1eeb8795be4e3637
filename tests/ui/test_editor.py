"""Editing the demo in the window: typing, moving, undo, autosave and recovery, versions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox

from mou_studio.core.storage import AgreementStore, open_database
from mou_studio.core.storage.autosave import AutosaveStore
from mou_studio.core.views import agreement_view
from mou_studio.ui.app import Application, build_application
from tests.support.views import views_current


def _article_headings(application: Application) -> list[str]:
    agreement = application.controller.current_agreement
    assert agreement is not None
    return [f"{a['label']}: {a['heading']}" for a in agreement_view(agreement)["articles"]]


def _type_into(application: Application, uid: str, text: str) -> None:
    window = application.window
    assert window.outline_view.select_uid(uid)
    editor = application.editor.node_editor
    editor.text_edit.setPlainText(text)
    editor.flush()


def test_typing_changes_the_text_and_undo_restores_it(application: Application) -> None:
    original = application.controller.current_agreement.find("art-5-p1").text["fr"]
    fixed = original.replace("CARRIC", "CARICC")
    _type_into(application, "art-5-p1", fixed)
    assert application.controller.current_agreement.find("art-5-p1").text["fr"] == fixed
    assert "CARICC la plateforme" in views_current(application).window.document_view.toPlainText()
    assert application.window.isWindowModified()
    application.editor.undo_action.trigger()
    assert application.controller.current_agreement.find("art-5-p1").text["fr"] == original
    assert application.editor.node_editor.text_edit.raw_text() == original


def test_dragging_article_6_before_article_3_renumbers_everything(
    application: Application,
) -> None:
    application.window.outline_view.move_requested.emit("art-6", "art-3", "before")
    headings = _article_headings(application)
    assert headings[2] == "Article 3: Exception"
    assert headings[3] == "Article 4: Échange d'informations"
    outline = [label for label in views_current(application).window.outline_view.article_labels()
               if label.startswith("Article")]
    assert outline[2] == "Article 3 — Exception"
    application.editor.undo_action.trigger()
    assert _article_headings(application)[2] == "Article 3: Échange d'informations"


def test_an_impossible_drop_is_refused_with_a_message(application: Application) -> None:
    application.window.outline_view.move_requested.emit("art-2", "art-1-p1", "into")
    assert "cannot be placed" in application.window.statusBar().currentMessage()
    assert _article_headings(application)[1] == "Article 2: Personnes de contact"
    assert application.editor.stack().count() == 0


def test_ten_edits_are_undone_one_by_one(application: Application) -> None:
    editor = application.editor
    for _ in range(5):
        application.window.outline_view.select_uid("art-9")
        editor.move_sibling(-1)
    application.window.outline_view.select_uid("art-1-p2")
    editor.indent()
    for _ in range(4):
        application.window.outline_view.select_uid("art-1")
        editor.add_article()
    stack = editor.stack()
    assert stack is not None and stack.count() == 10
    assert len(_article_headings(application)) == 13
    for _ in range(10):
        editor.undo_action.trigger()
    headings = _article_headings(application)
    assert len(headings) == 9
    assert headings[8] == "Article 9: Entrée en vigueur"
    assert stack.isClean()


def test_autosaved_work_is_offered_back_after_a_crash(application: Application, qtbot,
                                                      tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _type_into(application, "art-8-p3",
               "Chaque Partie peut résilier le présent Protocole d'Accord avec six mois de "
               "préavis.")
    application.editor.autosave_now()
    database = application.context.database_path

    def autosaved() -> bool:
        db = open_database(database)
        try:
            return bool(AutosaveStore(db).pending())
        finally:
            db.conn.close()

    qtbot.waitUntil(autosaved, timeout=5000)
    # No save, no close: as after kill -9, a new process starts on the same database.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **_kwargs: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    again = build_application(database, tmp_path / "settings-2.ini")
    qtbot.addWidget(again.window)
    again.controller.start()
    qtbot.waitUntil(lambda: again.controller.current_agreement is not None
                    and "six mois" in agreement_view(again.controller.current_agreement)[
                        "articles"][7]["paragraphs"][2], timeout=10000)
    assert asked and "unsaved changes" in asked[0]
    assert again.window.isWindowModified()
    again.context.tasks.wait_for_all()


def test_save_version_appears_in_the_versions_panel(application: Application, qtbot,
                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _type_into(application, "art-8-p3", "Chaque Partie peut résilier avec six mois de préavis.")
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_args, **_kwargs: ("proposition de l'OMD", True))
    application.editor.save_version()
    panel = application.editor.versions_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=5000)
    assert panel.tree.topLevelItem(1).text(1) == "proposition de l'OMD"
    assert not application.window.isWindowModified()
    db = open_database(application.context.database_path)
    try:
        saved = AgreementStore(db).get_version(1, 2)
    finally:
        db.conn.close()
    assert "six mois" in agreement_view(saved)["articles"][7]["paragraphs"][2]


def test_split_with_return_makes_two_paragraphs(application: Application) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = application.window
    window.outline_view.select_uid("art-5-p5")
    text_edit = application.editor.node_editor.text_edit
    cursor = text_edit.textCursor()
    cursor.setPosition(text_edit.toPlainText().index("Ces accords"))
    text_edit.setTextCursor(cursor)
    QTest.keyClick(text_edit, Qt.Key.Key_Return)
    article = agreement_view(application.controller.current_agreement)["articles"][4]
    assert len(article["paragraphs"]) == 7
    assert article["paragraphs"][5].startswith("Ces accords spécifiques")


def test_cross_reference_shows_as_text_and_is_stored_as_a_token(
    application: Application,
) -> None:
    application.window.outline_view.select_uid("art-7-p2")
    text_edit = application.editor.node_editor.text_edit
    assert "{{ref:art-7-p1}}" in text_edit.raw_text()
    assert "paragraphe 1 du présent article" in text_edit.toPlainText()


def test_editing_a_short_name_in_the_parties_panel_is_undoable(
    application: Application,
) -> None:
    panel = application.editor.parties_panel
    assert panel.rowCount() == 2
    assert [panel.item(r, 1).text() for r in range(2)] == ["OMD", "CARICC"]
    panel.item(1, 1).setText("Centre")
    signatures = agreement_view(application.controller.current_agreement)["signatures"]
    assert signatures[1]["party"] == "Centre"
    assert "— Centre" in views_current(application).window.document_view.toPlainText()
    application.editor.undo_action.trigger()
    assert panel.item(1, 1).text() == "CARICC"
