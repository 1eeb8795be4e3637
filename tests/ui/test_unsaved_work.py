"""Leaving a database with unsaved edits (closing the window, opening another file):
Save keeps them, Discard drops them, Cancel stays. No draft is lost by a click the user
did not mean, and nothing read from one file is shown as another's."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mou_studio.core.model import new_uid
from mou_studio.core.storage import AgreementStore, open_database
from mou_studio.core.storage.autosave import AutosaveStore
from mou_studio.ui.app import Application


def _edit(application: Application) -> tuple[int, str]:
    window = application.window
    assert window.outline_view.select_uid("art-5-p1")
    editor = application.editor.node_editor
    typed = editor.text_edit.raw_text().replace("CARRIC", "CARICC")
    editor.text_edit.setPlainText(typed)
    editor.flush()
    agreement_id = application.editor.agreement_id
    assert agreement_id is not None and application.editor.dirty_ids() == [agreement_id]
    return agreement_id, typed


def _stored(application: Application, agreement_id: int) -> tuple[str, bool]:
    """The working copy's text of art-5-p1, and whether an autosave is pending."""
    db = open_database(application.context.database_path)
    try:
        text = AgreementStore(db).get(agreement_id).find("art-5-p1").text["fr"]
        pending = agreement_id in {p.agreement_id for p in AutosaveStore(db).pending()}
        return text, pending
    finally:
        assert db.conn is not None
        db.conn.close()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args, **_kwargs: button)


def test_save_on_close_writes_the_working_copy(application: Application, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    agreement_id, typed = _edit(application)
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert application.editor.confirm_close()
    assert _stored(application, agreement_id) == (typed, False)


def test_discard_on_close_keeps_the_saved_text_and_no_draft(application: Application,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    agreement_id, typed = _edit(application)
    application.editor.autosave_now()
    application.context.tasks.wait_for_all()
    assert _stored(application, agreement_id)[1]  # the draft is in the autosave slot
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert application.editor.confirm_close()
    text, pending = _stored(application, agreement_id)
    assert text != typed and "CARRIC" in text and not pending


def test_cancel_on_close_keeps_the_window_and_the_edits(application: Application,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    agreement_id, _typed = _edit(application)
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not application.editor.confirm_close()
    assert application.editor.dirty_ids() == [agreement_id]


def _other_database(application: Application, tmp_path: Path) -> tuple[Path, str]:
    """A second database whose agreement 1 is not the demo (another title)."""
    other = copy.deepcopy(application.controller.current_agreement)
    assert other is not None
    other.uid, other.title = new_uid(), {"fr": "Accord d'un autre fichier"}
    path = tmp_path / "other.db"
    db = open_database(path)
    try:
        assert AgreementStore(db).create(other) == 1
    finally:
        assert db.conn is not None
        db.conn.close()
    return path, "Accord d'un autre fichier"


def test_opening_another_database_shows_its_agreements_not_the_old_ones(
        application: Application, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, title = _other_database(application, tmp_path)
    application.controller.switch_database(path)
    qtbot.waitUntil(lambda: application.controller.current_agreement is not None
                    and application.controller.current_agreement.title.get("fr") == title,
                    timeout=10000)
    assert title in application.window.document_view.toPlainText()


def test_opening_another_database_settles_unsaved_edits_first(
        application: Application, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    agreement_id, typed = _edit(application)
    path, title = _other_database(application, tmp_path)
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    application.controller.switch_database(path)
    assert application.context.database_path != path
    assert application.editor.dirty_ids() == [agreement_id]

    first = application.context.database_path
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    application.controller.switch_database(path)
    qtbot.waitUntil(lambda: application.controller.current_agreement is not None
                    and application.controller.current_agreement.title.get("fr") == title,
                    timeout=10000)
    assert application.editor.dirty_ids() == []
    assert not application.window.isWindowModified()
    application.context.database_path = first  # the saved edit is in the first file
    assert _stored(application, agreement_id) == (typed, False)


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_an_untitled_draft_is_named_in_the_interface_language_when_asking(
        translated: Application) -> None:
    from mou_studio.core.editing import AGREEMENT_TARGET, SetText

    translated.editor.push(SetText(AGREEMENT_TARGET, "title", "fr", ""))
    assert translated.editor.dirty_titles() == ["(sans titre)"]
