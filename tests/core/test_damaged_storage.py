"""Damaged databases and hostile agreement data give typed errors, never a traceback.

Found by benchmarks/fuzz_importers.py: a malformed page made `check` and every read raise
sqlite3.DatabaseError, and deeply nested JSON raised RecursionError.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.cli import main
from mou_studio.core.errors import InvalidDocument, NotAMouStudioDatabase, StorageError
from mou_studio.core.serialize import agreement_from_json
from mou_studio.core.storage import AgreementStore, check_database, open_database
from mou_studio.core.storage.backup import verify_backup

PAGE = 4096


def _damage_pages(path: Path, pages: list[int]) -> None:
    """Overwrite the given pages (1-based) with garbage, keeping their first bytes."""
    data = bytearray(path.read_bytes())
    for page in pages:
        offset = (page - 1) * PAGE
        data[offset + 8: offset + PAGE] = b"\xa5" * (PAGE - 8)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db: sqlite_utils.Database, db_path: Path) -> Path:
    """The database with the pages of its agreements table damaged, schema intact."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'agreements'").fetchone()[0]
    page_count = db.execute("PRAGMA page_count").fetchone()[0]
    db.conn.close()
    # The table's root page and the pages after it hold its rows (written first).
    _damage_pages(db_path, list(range(root, min(root + 8, page_count + 1))))
    return db_path


def test_check_reports_a_damaged_database_instead_of_raising(damaged: Path) -> None:
    db = open_database(damaged)
    problems = [str(problem) for problem in check_database(db)]
    db.conn.close()
    assert problems and any("damaged" in p or "corrupt" in p or "malformed" in p
                            or "Page" in p for p in problems), problems


def test_reading_a_damaged_database_is_a_storage_error(damaged: Path) -> None:
    db = open_database(damaged)
    with pytest.raises(StorageError, match=r"cannot be read|damaged"):
        store = AgreementStore(db)
        for summary in store.summaries():
            store.get(summary.id)
    db.conn.close()


def test_cli_on_a_damaged_database_prints_one_line(damaged: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["check"], ["show", "1"]):
        assert main(["--db", str(damaged), *command]) == 2
        err = capsys.readouterr().err
        assert err.startswith("mou-studio-cli: error:") and "Traceback" not in err


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000,
                                  '{"body": ' + "[" * 50_000 + "]" * 50_000 + "}"])
def test_deeply_nested_json_is_invalid_not_a_recursion_crash(text: str) -> None:
    with pytest.raises(InvalidDocument, match=r"nested too deeply|malformed"):
        agreement_from_json(text)


def test_a_schema_name_that_is_not_utf8_is_refused_untouched(db: sqlite_utils.Database,
                                                             db_path: Path) -> None:
    """SQLite's error message then holds the raw bytes: Python fails to decode it."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    data = bytearray(db_path.read_bytes())
    at = data.find(b"sqlite_autoindex_agreements_1")
    data[at + 24] = 0xEE  # "agreements" -> "agreeme\xeets"
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotAMouStudioDatabase, match="left untouched"):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)
    with pytest.raises(StorageError, match="damaged"):
        verify_backup(db_path)
