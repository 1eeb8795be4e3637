"""File ▸ Back Up Now and File ▸ Restore from Backup… on the running window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mou_studio.core.library.model import ClauseStatus
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import open_database
from mou_studio.core.storage.agreements import display_title
from mou_studio.core.storage.autosave import AutosaveStore, PendingDraft
from mou_studio.core.storage.backup import BackupInfo, create_backup, list_backups
from mou_studio.core.storage.database import connection
from mou_studio.ui.app import Application
from mou_studio.ui.backup_dialog import RestoreBackupDialog
from tests.ui.conftest import settle


def test_back_up_now_adds_a_backup(application: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(application.backups.backed_up, timeout=10000):
        application.backups.backup_action.trigger()
    assert len(list_backups(application.context.database_path)) == 1
    assert "Backed up to" in application.window.statusBar().currentMessage()


def test_automatic_backup_runs_once_a_day(application: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(application.backups.backed_up, timeout=10000) as first:
        application.backups.back_up_if_due()
    with qtbot.waitSignal(application.backups.backed_up, timeout=10000) as second:
        application.backups.back_up_if_due()
    assert first.args[0] is not None and second.args[0] is None


def test_dialog_lists_backups_with_localised_dates_and_sizes(application: Application) -> None:
    path = application.context.database_path
    application.context.tasks.wait_for_all()
    create_backup(path, clock=lambda: dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC))
    create_backup(path, clock=lambda: dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
    dialog = RestoreBackupDialog(list_backups(path), application.window)
    assert dialog.table.rowCount() == 2
    assert "2026" in dialog.table.item(0, 0).text() and "2" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 1).text().endswith(("KiB", "kB", "KB"))
    chosen = dialog.chosen()
    assert chosen is not None and chosen.created_at.day == 2


def test_restore_brings_the_backup_back_and_reloads(application: Application, qtbot,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = application.context.database_path
    application.context.tasks.wait_for_all()
    backup = create_backup(path)
    store_job = application.context.with_store(lambda store: store.delete(1))
    store_job(None)
    application.controller.reload()
    qtbot.waitUntil(lambda: application.window.agreement_list.count() == 0, timeout=10000)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    assert application.backups.confirm(backup)
    with qtbot.waitSignal(application.backups.restored, timeout=10000) as restored:
        application.backups.restore(backup.path)
    qtbot.waitUntil(lambda: application.window.agreement_list.count() == 1, timeout=10000)
    assert restored.args[0] is not None and restored.args[0].tag == "before-restore"


def test_a_failed_restore_shows_one_message_and_changes_nothing(
    application: Application, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: shown.append(message))
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a database")
    application.backups.restore(bogus)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not a MoU Studio backup" in shown[0]
    assert application.window.agreement_list.count() == 1


def test_the_automatic_backup_waits_for_the_database_then_runs(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mou_studio.ui.app import build_application

    assembled = build_application(tmp_path / "auto.db", tmp_path / "settings.ini")
    qtbot.addWidget(assembled.window)
    assembled.backups.schedule_automatic_backup()
    with qtbot.waitSignal(assembled.backups.backed_up, timeout=20000) as made:
        assembled.controller.start()
    assert made.args[0] is not None
    assert [b.path for b in list_backups(tmp_path / "auto.db")] == [made.args[0].path]
    assembled.context.tasks.wait_for_all()


# -- unsaved edits and the restore -------------------------------------------------------

ART_5 = "art-5-p1"


def _type_into(application: Application, uid: str, text: str) -> None:
    assert application.window.outline_view.select_uid(uid)
    editor = application.editor.node_editor
    editor.text_edit.setPlainText(text)
    editor.flush()


def _text(application: Application, uid: str) -> str:
    agreement = application.controller.current_agreement
    assert agreement is not None
    node = agreement.find(uid)
    assert node is not None
    return node.text["fr"]


def _pending_autosaves(path: Path) -> list[PendingDraft]:
    db = open_database(path)
    try:
        return AutosaveStore(db).pending()
    finally:
        connection(db).close()


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    return asked


@pytest.fixture
def edited(application: Application) -> tuple[Application, BackupInfo, str, str]:
    """A backup of the demo, then an unsaved edit of Article 5 on top of it."""
    application.context.tasks.wait_for_all()
    backup = create_backup(application.context.database_path)
    original = _text(application, ART_5)
    changed = original.replace("CARRIC", "CARICC-EDITED")
    _type_into(application, ART_5, changed)
    assert application.editor.dirty_ids() == [1]
    return application, backup, original, changed


def test_the_confirmation_names_the_agreements_with_unsaved_edits(
    edited: tuple[Application, BackupInfo, str, str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    application, backup, _original, _changed = edited
    asked = _answer_yes(monkeypatch)
    assert application.backups.confirm(backup)
    agreement = application.controller.current_agreement
    assert agreement is not None
    assert "will be discarded" in asked[0]
    assert display_title(agreement) in asked[0]
    assert "kept as a backup" in asked[0]


def test_a_clean_editor_is_not_warned_about_unsaved_edits(
    application: Application, monkeypatch: pytest.MonkeyPatch,
) -> None:
    application.context.tasks.wait_for_all()
    backup = create_backup(application.context.database_path)
    asked = _answer_yes(monkeypatch)
    assert application.backups.confirm(backup)
    assert "discarded" not in asked[0]


def test_restore_discards_unsaved_edits_and_shows_the_backup(
    edited: tuple[Application, BackupInfo, str, str], qtbot,  # type: ignore[no-untyped-def]
) -> None:
    application, backup, original, changed = edited
    editor = application.editor
    with qtbot.waitSignal(application.backups.restored, timeout=10000) as restored:
        application.backups.restore(backup.path)
    qtbot.waitUntil(lambda: 1 in editor.documents, timeout=10000)
    settle(application)
    assert _text(application, ART_5) == original
    view = application.window.document_view.toPlainText()
    assert "CARICC-EDITED" not in view and changed not in view
    assert editor.dirty_ids() == []
    stack = editor.stack()
    assert stack is not None and stack.count() == 0 and not stack.canUndo()
    assert not application.window.isWindowModified()
    assert not editor.autosave_timer.isActive()
    editor.autosave_now()
    settle(application)
    assert _pending_autosaves(application.context.database_path) == []
    # The last autosave of the discarded edits went into the safety copy.
    safety = restored.args[0]
    assert [d.agreement_id for d in _pending_autosaves(safety.path)] == [1]


def test_restore_reloads_the_library_and_register_docks(application: Application,
                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: application.register.snapshot is not None, timeout=10000)
    path = application.context.database_path
    application.context.tasks.wait_for_all()
    backup = create_backup(path)
    db = open_database(path)
    try:
        store = RegisterStore(db)
        first = store.entries()[0].id
        assert first is not None
        store.delete_entry(first)
        LibraryStore(db).set_status("exception.essential-interests", ClauseStatus.WITHDRAWN)
    finally:
        connection(db).close()
    with qtbot.waitSignal(application.backups.restored, timeout=10000):
        application.backups.restore(backup.path)
    settle(application)
    snapshot = application.register.snapshot
    assert snapshot is not None and len(snapshot.entries) == 15
    with qtbot.waitSignal(application.library.results_shown, timeout=10000) as shown:
        application.library.panel.search_box.setText("exception")
    assert "exception.essential-interests" in shown.args[0]


def test_a_failed_restore_keeps_the_unsaved_edits(
    edited: tuple[Application, BackupInfo, str, str], qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    application, _backup, _original, changed = edited
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *_rest: shown.append(
        message) or QMessageBox.StandardButton.Discard)  # Discard also answers the close
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a database")
    application.backups.restore(bogus)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert _text(application, ART_5) == changed
    assert application.editor.dirty_ids() == [1]
    stack = application.editor.stack()
    assert stack is not None and stack.canUndo()
    assert application.window.isWindowModified()
    assert application.editor.autosave_timer.isActive()  # autosave resumed
