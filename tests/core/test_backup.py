"""Rotating backups with the online backup API, and atomic restore with a safety copy."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.cli import main
from mou_studio.core.errors import NotFound, StorageError
from mou_studio.core.storage import AgreementStore, check_database, open_database, tables
from mou_studio.core.storage.backup import (
    backup_dir,
    backup_if_due,
    create_backup,
    list_backups,
    restore_backup,
)
from tests.conftest import seed_path

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _titles(path: Path) -> list[str]:
    """Agreement titles in a database file, read without writing to it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute(f"SELECT title FROM {tables.AGREEMENTS}"))
    finally:
        conn.close()


def _rename(store: AgreementStore, title: str) -> None:
    agreement = store.get(1)
    agreement.title[agreement.language] = title
    store.save(1, agreement)


def test_a_backup_holds_the_committed_state_even_while_the_db_is_open_in_wal(
    store: AgreementStore, db_path: Path,
) -> None:
    _rename(store, "Before the backup")
    info = create_backup(db_path, clock=lambda: T0)
    _rename(store, "After the backup")
    assert info.path.parent == backup_dir(db_path)
    assert info.path.name == "studio-20260301T090000Z.db"
    assert not Path(str(info.path) + "-wal").exists()
    assert _titles(info.path) == ["Before the backup"]
    assert _titles(db_path) == ["After the backup"]


def test_backups_rotate_keeping_the_newest(db: sqlite_utils.Database, db_path: Path) -> None:
    for hour in range(5):
        create_backup(db_path, keep=3, clock=lambda h=hour: T0 + dt.timedelta(hours=h))
    kept = list_backups(db_path)
    assert [b.created_at.hour for b in kept] == [13, 12, 11]
    assert all(b.size > 0 for b in kept)


def test_two_backups_in_the_same_second_both_exist_newest_first(
    db: sqlite_utils.Database, db_path: Path,
) -> None:
    first = create_backup(db_path, clock=lambda: T0)
    second = create_backup(db_path, clock=lambda: T0)
    assert first.path != second.path
    assert [b.path for b in list_backups(db_path)] == [second.path, first.path]


def test_automatic_backup_runs_at_most_once_a_day(db: sqlite_utils.Database,
                                                  db_path: Path) -> None:
    assert backup_if_due(db_path, clock=lambda: T0) is not None
    assert backup_if_due(db_path, clock=lambda: T0 + dt.timedelta(hours=23)) is None
    assert backup_if_due(db_path, clock=lambda: T0 + dt.timedelta(hours=25)) is not None
    assert len(list_backups(db_path)) == 2


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    store: AgreementStore, db: sqlite_utils.Database, db_path: Path,
) -> None:
    _rename(store, "Good text")
    good = create_backup(db_path, clock=lambda: T0)
    _rename(store, "Text spoiled after the backup")
    db.conn.close()
    safety = restore_backup(db_path, good.path, clock=lambda: T0 + dt.timedelta(hours=1))
    assert safety is not None and safety.tag == "before-restore"
    assert _titles(db_path) == ["Good text"]
    assert _titles(safety.path) == ["Text spoiled after the backup"]
    reopened = open_database(db_path)
    assert check_database(reopened) == []
    reopened.conn.close()


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(
    db: sqlite_utils.Database, db_path: Path, tmp_path: Path,
) -> None:
    db.conn.close()
    before = _digest(db_path)
    bogus = tmp_path / "not-a-backup.db"
    shutil.copyfile(seed_path("000"), bogus)
    with pytest.raises(StorageError, match="not a MoU Studio backup"):
        restore_backup(db_path, bogus)
    assert _digest(db_path) == before
    assert list_backups(db_path) == []


def test_a_truncated_backup_is_refused(db: sqlite_utils.Database, db_path: Path) -> None:
    info = create_backup(db_path, clock=lambda: T0)
    db.conn.close()
    before = _digest(db_path)
    info.path.write_bytes(info.path.read_bytes()[:6000])
    with pytest.raises(StorageError):
        restore_backup(db_path, info.path)
    assert _digest(db_path) == before


def test_backing_up_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no database"):
        create_backup(tmp_path / "none.db")


def test_cli_backup_backups_restore(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "list"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    assert main(["--db", str(db_path), "save-version", "1", "--name", "later"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert main(["--db", str(db_path), "restore", listed["name"]]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out
    assert main(["--db", str(db_path), "versions", "1", "--json"]) == 0
    assert [v["name"] for v in json.loads(capsys.readouterr().out)] == ["Texte signé"]
    assert main(["--db", str(db_path), "restore", "no-such-backup.db"]) == 2
    assert "no backup 'no-such-backup.db'" in capsys.readouterr().err


def test_a_backup_killed_half_way_leaves_no_litter_for_long(
    db: sqlite_utils.Database, db_path: Path,
) -> None:
    folder = backup_dir(db_path)
    folder.mkdir()
    stale = folder / ".mou-studio-abc123.tmp"
    stale.write_bytes(b"half a database")
    fresh = folder / ".mou-studio-def456.tmp-wal"
    fresh.write_bytes(b"another backup, running now")
    hours_ago = stale.stat().st_mtime - 2 * 3600
    os.utime(stale, (hours_ago, hours_ago))
    create_backup(db_path, clock=lambda: T0)
    assert not stale.exists() and fresh.exists()
    assert [b.created_at for b in list_backups(db_path)] == [T0]
