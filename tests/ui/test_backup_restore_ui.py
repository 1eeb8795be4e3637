"""File ▸ Back Up Now and File ▸ Restore from Backup… on the running window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from mou_studio.core.storage.backup import create_backup, list_backups
from mou_studio.ui.app import Application
from mou_studio.ui.backup_dialog import RestoreBackupDialog


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
