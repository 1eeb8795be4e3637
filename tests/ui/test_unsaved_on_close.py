"""Closing the window with unsaved edits: Save keeps them, Discard drops them, Cancel
keeps the window. No draft is lost by a click the user did not mean."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

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
