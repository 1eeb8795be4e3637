"""The outline and reading view follow edits: in place for text, once per burst."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from mou_studio.core import editing
from mou_studio.core.editing import AGREEMENT_TARGET, SetText
from mou_studio.core.model import Agreement
from mou_studio.ui import document_view
from mou_studio.ui.app import Application
from mou_studio.ui.document_view import DocumentView
from tests.support.views import views_current


def _agreement(application: Application) -> Agreement:
    agreement = application.controller.current_agreement
    assert agreement is not None
    return agreement


def _original(application: Application, uid: str) -> str:
    node = _agreement(application).find(uid)
    assert node is not None
    return node.text["fr"]


def _anchors(document: QTextDocument) -> list[tuple[int, list[str]]]:
    found: list[tuple[int, list[str]]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            names = iterator.fragment().charFormat().anchorNames()
            if names:
                found.append((block.blockNumber(), list(names)))
            iterator += 1
        block = block.next()
    return found


def _assert_view_matches_a_fresh_render(application: Application) -> None:
    views_current(application)
    agreement = application.controller.current_agreement
    fresh = DocumentView()
    fresh.show_agreement(agreement, application.editor.lang)
    shown = application.window.document_view
    assert shown.toPlainText() == fresh.toPlainText()
    assert _anchors(shown.document()) == _anchors(fresh.document())


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the reading view's full renders."""
    calls: list[int] = []
    real = document_view.agreement_html

    def counting(*args: object, **kwargs: object) -> str:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(document_view, "agreement_html", counting)
    return calls


def _set(application: Application, uid: str, value: str, field: str = "text") -> None:
    application.editor.push(SetText(uid, field, application.editor.lang, value))


def test_a_text_edit_shows_in_the_reading_view_and_outline_without_a_render(
    application: Application, renders: list[int],
) -> None:
    _set(application, "art-5-p1", "Le texte   revu,\nsur deux lignes ")
    views_current(application)
    assert renders == []
    assert "Le texte revu, sur deux lignes" in application.window.document_view.toPlainText()
    outline = application.window.outline_view
    outline.select_uid("art-5-p1")
    assert outline.currentItem().text(0) == "1. Le texte revu, sur deux lignes"
    _assert_view_matches_a_fresh_render(application)


def test_a_heading_edit_retitles_the_article_in_place(
    application: Application, renders: list[int],
) -> None:
    _set(application, "art-3", "Échanges", field="heading")
    views_current(application)
    assert renders == []
    assert "Article 3 — Échanges" in application.window.outline_view.article_labels()
    _assert_view_matches_a_fresh_render(application)


def test_twenty_keystrokes_cost_one_refresh_after_the_pause(
    application: Application, renders: list[int], qtbot,  # type: ignore[no-untyped-def]
) -> None:
    original = _original(application, "art-5-p1")
    for count in range(1, 21):
        _set(application, "art-5-p1", original + "x" * count)
        _set(application, AGREEMENT_TARGET, f"Titre {count}", field="title")
    assert application.editor.refresher.pending
    qtbot.waitUntil(lambda: not application.editor.refresher.pending, timeout=5000)
    assert len(renders) == 1
    text = application.window.document_view.toPlainText()
    assert "Titre 20" in text and original + "x" * 20 in text
    _assert_view_matches_a_fresh_render(application)


def test_undo_and_redo_of_a_text_edit_show_in_the_views(application: Application) -> None:
    original = _original(application, "art-5-p1")
    _set(application, "art-5-p1", "Nouveau texte.")
    application.editor.undo_action.trigger()
    assert original[:40] in views_current(application).window.document_view.toPlainText()
    _assert_view_matches_a_fresh_render(application)
    application.editor.redo_action.trigger()
    assert "Nouveau texte." in views_current(application).window.document_view.toPlainText()
    _assert_view_matches_a_fresh_render(application)


def test_emptying_and_refilling_a_paragraph_stays_right(application: Application) -> None:
    _set(application, "art-5-p1", "")
    _assert_view_matches_a_fresh_render(application)
    _set(application, "art-5-p1", "Rempli.")
    _assert_view_matches_a_fresh_render(application)
    _set(application, "art-3", "", field="heading")
    _assert_view_matches_a_fresh_render(application)


def test_a_footnote_call_and_a_reference_typed_in_render_like_a_full_render(
    application: Application,
) -> None:
    footnote = _agreement(application).footnotes[0].uid
    _set(application, "art-5-p1", f"Voir {{{{ref:art-3}}}} et la note{{{{fn:{footnote}}}}}.")
    _assert_view_matches_a_fresh_render(application)
    assert "Voir l'article 3" in application.window.document_view.toPlainText() or \
        "article 3" in application.window.document_view.toPlainText().lower()


def test_a_structure_edit_renumbers_and_keeps_the_selection(
    application: Application,
) -> None:
    outline = application.window.outline_view
    outline.select_uid("art-6")
    application.editor.move_sibling(-1)
    views_current(application)
    assert outline.selected_uid() == "art-6"
    labels = [label for label in outline.article_labels() if label.startswith("Article")]
    assert labels[4] == "Article 5 — Exception"
    _assert_view_matches_a_fresh_render(application)


def test_find_sees_text_typed_a_moment_ago(application: Application) -> None:
    _set(application, "art-5-p1", "Zanzibar est ici.")
    assert application.editor.refresher.pending
    assert application.window.document_view.find_text("Zanzibar")
    assert not application.editor.refresher.pending


def test_a_new_paragraph_can_be_selected_and_scrolled_to_at_once(
    application: Application,
) -> None:
    outline = application.window.outline_view
    outline.select_uid("art-5-p1")
    application.editor.add_sibling()
    new_uid = outline.selected_uid()
    assert new_uid is not None and new_uid != "art-5-p1"
    parent = editing.locate(_agreement(application), new_uid).parent
    assert parent is not None and parent.uid == "art-5"
    _assert_view_matches_a_fresh_render(application)
