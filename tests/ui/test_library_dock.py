"""The clause library dock: live search, preview per language, edits, insert, outdated."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from mou_studio.core.library.model import ClauseStatus
from mou_studio.core.library.packs import export_pack
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.storage import open_database
from mou_studio.ui import library_controller as controller_module
from mou_studio.ui.app import Application
from mou_studio.ui.clause_dialog import ClauseDialog
from mou_studio.ui.library_controller import LibraryController
from mou_studio.ui.messages import CoreMessageTranslator
from tests.support.catalogues import translations


@pytest.fixture
def library(application: Application, qtbot: Any) -> LibraryController:
    assert application.library is not None
    controller = application.library
    qtbot.waitUntil(lambda: controller.panel.results.count() > 0, timeout=10000)
    return controller


def _search(library: LibraryController, qtbot: Any, text: str) -> list[str]:
    with qtbot.waitSignal(library.results_shown, timeout=10000) as blocker:
        library.panel.search_box.setText(text)
    return blocker.args[0]


def _show(library: LibraryController, qtbot: Any, clause_id: str) -> None:
    with qtbot.waitSignal(library.clause_shown, timeout=10000,
                          check_params_cb=lambda clause: clause.id == clause_id):
        library.show_clause(clause_id)


def test_live_search_finds_clauses_with_accents_ignored(library: LibraryController,
                                                        qtbot: Any) -> None:
    assert _search(library, qtbot, "differends")[0] == "disputes.referral-to-heads"
    assert _search(library, qtbot, "обмен информацией")[0] == "info-exchange.purpose"
    assert _search(library, qtbot, "liaison officer")[0] == "liaison.deployment"


def test_preview_has_a_tab_per_language_and_variants_in_order(library: LibraryController,
                                                              qtbot: Any) -> None:
    _show(library, qtbot, "info-exchange.purpose")
    french = library.panel.previews["fr"].toPlainText()
    assert french.index("Position préférée") < french.index("Position de repli") \
        < french.index("Dernier recours")
    assert "team translation, not official" in library.panel.previews["en"].toPlainText()
    assert "Обмен информацией" in library.panel.previews["ru"].toPlainText()
    assert library.panel.history.count() == 1


def test_dialog_refuses_a_clause_without_title(library: LibraryController, qtbot: Any) -> None:
    _show(library, qtbot, "amendment.mutual-consent")
    assert library.current is not None
    dialog = ClauseDialog(library.window, library.current, editing=True)
    qtbot.addWidget(dialog)
    for edit in dialog.titles.values():
        edit.clear()
    dialog.accept()
    assert "needs a title" in dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.titles["en"].setText("Amendment")
    dialog.variants[0].texts["en"].setPlainText("This MoU may be amended in writing.")
    dialog.accept()
    assert dialog.result_clause is not None
    assert dialog.result_clause.text("en") == "This MoU may be amended in writing."


def test_edit_keeps_the_old_version_in_the_history(library: LibraryController, qtbot: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _show(library, qtbot, "amendment.mutual-consent")

    def fake_exec(dialog: ClauseDialog) -> int:
        dialog.variants[0].texts["fr"].setPlainText("Le présent Protocole d'Accord peut être "
                                                    "modifié par écrit.")
        dialog.accept()
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ClauseDialog, "exec", fake_exec)
    with qtbot.waitSignal(library.clause_shown, timeout=10000,
                          check_params_cb=lambda clause: clause.version == 2):
        library.panel.edit_button.click()
    assert library.panel.history.count() == 2
    assert "par écrit" in library.panel.previews["fr"].toPlainText()


def test_insert_then_outdated_report(application: Application, library: LibraryController,
                                     qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _show(library, qtbot, "termination.notice")
    monkeypatch.setattr(controller_module.QInputDialog, "getText",
                        lambda *args, **kwargs: ("3 months", True))
    library.panel.insert_button.click()
    view = application.window.document_view
    qtbot.waitUntil(lambda: "Article 10" in view.toPlainText(), timeout=10000)
    assert "Résiliation" in view.toPlainText()
    assert "préavis de trois mois" in view.toPlainText()
    # The insertion is one undoable edit of the draft; the report reads saved agreements.
    assert application.editor.stack().count() == 1
    application.editor.save()
    qtbot.waitUntil(lambda: application.editor.stack().isClean(), timeout=10000)

    db = open_database(application.context.database_path)
    store = LibraryStore(db)
    clause = store.get("termination.notice")
    store.edit(replace(clause, tags=[*clause.tags, "policy-2025"],
                       status=ClauseStatus.APPROVED), clause.version)
    db.conn.close()
    shown: list[str] = []
    monkeypatch.setattr(controller_module.OutdatedDialog, "exec",
                        lambda dialog: shown.append(dialog.browser.toPlainText()) or 0)
    library.show_outdated()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "termination.notice: version 1 → 2" in shown[0]


def test_withdraw_hides_the_clause_from_search(library: LibraryController, qtbot: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _show(library, qtbot, "exception.essential-interests")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(library.clause_shown, timeout=10000,
                          check_params_cb=lambda c: c.status is ClauseStatus.WITHDRAWN):
        library.panel.withdraw_button.click()
    assert "exception.essential-interests" not in _search(library, qtbot, "exception")


def test_insert_asks_for_placeholder_values_and_uses_the_chosen_variant(
        application: Application, library: LibraryController, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _show(library, qtbot, "termination.notice")
    assert library.panel.variant_choice.count() == 2
    library.panel.variant_choice.setCurrentIndex(1)
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, *args: Any, **kwargs: Any) -> tuple:
        asked.append(label)
        return "6 months", True

    monkeypatch.setattr(controller_module.QInputDialog, "getText", answer)
    library.panel.insert_button.click()
    view = application.window.document_view
    qtbot.waitUntil(lambda: "Article 10" in view.toPlainText(), timeout=10000)
    assert len(asked) == 1 and "{notice_period}" in asked[0]
    assert "La résiliation prend effet six mois après la date de réception" in \
        view.toPlainText()


def test_the_pack_import_report_is_shown_in_the_interface_language(
        application: Application, library: LibraryController, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    pack = tmp_path / "pack.json"
    db = open_database(application.context.database_path)
    export_pack(LibraryStore(db), pack, ["info-exchange.purpose", "termination.notice"])
    db.close()
    french = translations("fr", {
        "{new}, {updated}, {unchanged}, {conflicts}": "{new}, {updated}, {unchanged}, "
                                                      "{conflicts}",
        ("{count} new", "{count} new"): ("{count} nouvelle", "{count} nouvelles"),
        ("{count} updated", "{count} updated"): ("{count} mise à jour", "{count} mises à jour"),
        ("{count} unchanged", "{count} unchanged"): ("{count} inchangée", "{count} inchangées"),
        ("{count} conflicting (kept the local version)",
         "{count} conflicting (kept the local version)"):
            ("{count} en conflit (version locale conservée)",) * 2,
    })
    translator = CoreMessageTranslator(french, library)
    QCoreApplication.installTranslator(translator)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    try:
        with qtbot.waitSignal(library.library_changed, timeout=10000) as blocker:
            library.import_from(pack)
    finally:
        QCoreApplication.removeTranslator(translator)
    expected = "0 nouvelle, 0 mise à jour, 2 inchangées, 0 en conflit (version locale conservée)"
    assert blocker.args == [expected]
    assert shown == [expected]


def test_link_clauses_links_the_open_agreement_and_undo_removes_the_links(
        application: Application, library: LibraryController, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    agreement = application.controller.current_agreement
    assert agreement is not None

    def linked() -> int:
        return sum(1 for node in agreement.walk() if node.clause_ref is not None)

    assert linked() == 19  # the demo comes linked from the first start
    for node in agreement.walk():  # as an agreement drafted before the library
        node.clause_ref = None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    library.link_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert linked() == 19
    assert "Article 3, paragraphe 3: close to clause info-exchange.authorised-staff" in shown[0]
    stack = application.editor.stack()
    assert stack is not None and stack.count() == 1
    assert stack.undoText() == "Link clauses"
    stack.undo()
    assert linked() == 0
    stack.redo()
    assert linked() == 19
