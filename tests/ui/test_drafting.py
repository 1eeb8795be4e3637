"""File ▸ New from template… and the Problems dock, in the assembled window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from mou_studio.core.templates import find_template, load_answers
from mou_studio.ui.app import Application
from mou_studio.ui.drafting_controller import DraftingController
from tests.core.drafting.helpers import ANSWERS

CUSTOMS = {"name": {"fr": "Service des douanes", "en": "Customs Service"},
           "short_name": {"fr": "SD", "en": "CS"}, "determiner": {"fr": "le", "en": "the"}}
POLICE = {"name": {"fr": "Police nationale", "en": "National Police"},
          "short_name": {"fr": "PN", "en": "NP"}, "determiner": {"fr": "la", "en": "the"}}


def drafting(application: Application) -> DraftingController:
    found = application.window.findChild(DraftingController)
    assert found is not None
    return found


def test_new_from_template_is_in_the_file_menu(application: Application) -> None:
    texts = [a.text() for a in application.window.menu("file").actions()]
    assert "&New from Template…" in texts


def test_wizard_creates_a_customs_police_mou_from_the_answers(application: Application,
                                                              qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = drafting(application).open_wizard()
    assert wizard is not None
    wizard.choice_page.select("customs-police-mou")
    wizard.next()
    page = wizard.questions_page
    assert wizard.currentPage() is page
    assert not page.fields["a5_exclusive"].isVisibleTo(page)  # A.5.2 only after "no"
    page.fields["customs"].set_value(CUSTOMS)
    page.fields["police"].set_value(POLICE)
    page.fields["country"].set_value({"fr": "en Arménie", "en": "Armenia"})
    page.fields["level"].set_value("coordination")
    page.fields["a5_seizure"].set_value(False)
    assert page.fields["a5_exclusive"].isVisibleTo(page)
    wizard.next()
    assert wizard.currentPage() is page  # A.5.2 is now required and empty
    assert "a5_exclusive" in page.error_label.text()
    page.fields["a5_exclusive"].set_value("les stupéfiants relèvent de la police")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_page.browser.toPlainText()
    assert "Analyse de risque et ciblage" in preview and "Comité de coopération" in preview
    assert "no problem" in wizard.preview_page.lint_label.text()
    wizard.accept()
    qtbot.waitUntil(lambda: application.window.agreement_list.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: "le SD" in (application.controller.current_agreement.title
                                        .get("fr", "") if application.controller
                                        .current_agreement else ""), timeout=10000)
    assert "Mesures d'urgence" in application.window.document_view.toPlainText()


def test_problems_dock_finds_carric_jumps_to_it_and_fixes_it(application: Application,
                                                             qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    dock = drafting(application).dock
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() > 0, timeout=10000)
    first = dock.tree.topLevelItem(0)
    assert "CARRIC" in first.text(2) and first.text(1).startswith("Article 5, 1.")
    with qtbot.waitSignal(dock.node_requested) as jumped:
        dock.tree.setCurrentItem(first)
    assert jumped.args == ["art-5-p1"]
    assert application.window.outline_view.selected_uid() == "art-5-p1"
    assert dock.fix_button.isEnabled()
    dock.fix_button.click()
    qtbot.waitUntil(lambda: "CARRIC" not in application.window.document_view.toPlainText(),
                    timeout=10000)
    qtbot.waitUntil(lambda: all("CARRIC" not in dock.tree.topLevelItem(i).text(2)
                                for i in range(dock.tree.topLevelItemCount())),
                    timeout=10000)
    assert "✖" not in dock.tree.topLevelItem(0).text(0)
    application.editor.undo_group.undo()  # the fix is one undoable step
    qtbot.waitUntil(lambda: "CARRIC" in application.window.document_view.toPlainText(),
                    timeout=10000)
    qtbot.waitUntil(lambda: "CARRIC" in dock.tree.topLevelItem(0).text(2), timeout=10000)


def test_wizard_loads_and_saves_an_answers_file(application: Application,
                                                tmp_path) -> None:  # type: ignore[no-untyped-def]
    answers = ANSWERS / "customs-police-mou.toml"
    wizard = drafting(application).open_wizard()
    assert wizard is not None
    wizard.choice_page.select("customs-police-mou")
    wizard.next()
    page = wizard.questions_page
    page.load_answers_file(answers)
    assert page.fields["level"].value() == "coordination"
    assert page.fields["customs"].value()["short_name"] == {"fr": "SRE", "en": "SRC"}
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page, page.error_label.text()
    saved = tmp_path / "again.toml"
    page.save_answers_file(saved)
    template = find_template("customs-police-mou")
    assert load_answers(template, saved) == load_answers(template, answers)
    broken = tmp_path / "broken.toml"
    broken.write_text("level = \n", encoding="utf-8")
    page.load_answers_file(broken)
    assert f"{broken}:1: not valid TOML" in page.error_label.text()


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_undo_names_a_quick_fix_in_the_interface_language(translated: Application,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    dock = drafting(translated).dock
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() > 0, timeout=10000)
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))
    dock.fix_button.click()
    stack = translated.editor.stack()
    assert stack is not None
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10000)
    assert stack.undoText() == "Correction rapide : CARRIC → CARICC"
    translated.editor.add_article()
    qtbot.waitUntil(lambda: stack.count() == 2, timeout=10000)
    assert stack.undoText() == "Insérer un article"
