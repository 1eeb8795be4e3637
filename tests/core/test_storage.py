"""The store: round trips, immutable versions, migrations, foreign files left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.core.errors import (
    NotAMouStudioDatabase,
    NotFound,
    SchemaTooNew,
    StorageError,
)
from mou_studio.core.model import Agreement
from mou_studio.core.serialize import agreement_to_json, content_hash
from mou_studio.core.storage import (
    LATEST_SCHEMA_VERSION,
    AgreementStore,
    check_database,
    open_database,
    tables,
)
from mou_studio.core.storage.migrations import MIGRATIONS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_wal_with_foreign_keys(db: sqlite_utils.Database) -> None:
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert check_database(db) == []


def test_agreement_round_trips_exactly(store: AgreementStore, demo: Agreement) -> None:
    demo.uid = "a-copy"
    new_id = store.create(demo)
    assert agreement_to_json(store.get(new_id)) == agreement_to_json(demo)


def test_the_same_agreement_cannot_be_stored_twice(store: AgreementStore,
                                                   demo: Agreement) -> None:
    with pytest.raises(StorageError, match="UNIQUE"):
        store.create(demo)
    assert len(store.summaries()) == 1


def test_save_replaces_the_draft_and_versions_stay_frozen(
    store: AgreementStore, demo: Agreement
) -> None:
    first = store.versions(1)
    assert [v.number for v in first] == [1]
    demo.body[7].children[2].text["fr"] = demo.body[7].children[2].text["fr"].replace(
        "trois mois", "six mois")
    store.save(1, demo)
    second = store.save_version(1, "proposition CARICC")
    assert second.number == 2 and second.name == "proposition CARICC"
    assert "trois mois" in agreement_to_json(store.get_version(1, 1))
    assert "six mois" in agreement_to_json(store.get_version(1, 2))
    assert second.content_hash == content_hash(demo)


def test_versions_cannot_be_changed_even_with_sql(store: AgreementStore) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.db.execute(f"UPDATE {tables.VERSIONS} SET name = 'x'")


def test_deleting_an_agreement_deletes_its_versions(store: AgreementStore) -> None:
    store.delete(1)
    assert store.summaries() == []
    assert store.db.execute(f"SELECT count(*) FROM {tables.VERSIONS}").fetchone()[0] == 0
    with pytest.raises(NotFound):
        store.versions(1)


def test_a_failed_save_changes_nothing(store: AgreementStore, demo: Agreement) -> None:
    before = agreement_to_json(store.get(1))
    with pytest.raises(NotFound):
        store.save(99, demo)
    with pytest.raises(NotFound):
        store.save_version(99)
    assert agreement_to_json(store.get(1)) == before
    assert len(store.versions(1)) == 1


def test_missing_version_and_agreement_are_named(store: AgreementStore) -> None:
    with pytest.raises(NotFound, match="no version 7"):
        store.get_version(1, 7)
    with pytest.raises(NotFound, match="no agreement with id 42"):
        store.get(42)


def _database_at_version(path: Path, version: int) -> None:
    """A database as an older MoU Studio left it: migrations 1..version applied."""
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        migration.apply(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        conn.execute(
            f"INSERT INTO {tables.AGREEMENTS} (uid, title, kind, language, created_at, "
            "updated_at, content, content_hash) VALUES ('u', 'Old', 'mou', 'fr', 'x', 'x', "
            "'{\"uid\": \"u\"}', 'h')"
        )
    conn.close()


@pytest.mark.parametrize("version", range(LATEST_SCHEMA_VERSION))
def test_every_earlier_schema_upgrades(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    _database_at_version(path, version)
    db = open_database(path)
    assert check_database(db) == []
    if version >= 1:
        assert [s.title for s in AgreementStore(db).summaries()] == ["Old"]


@pytest.mark.parametrize(
    "content",
    [
        b"",  # placeholder, replaced below by a real .docx
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"SQLite format 3\x00" + b"\xff" * 2000,
        b"Protocole d'accord\n" * 50,
    ],
    ids=["docx", "random-bytes", "damaged-sqlite-header", "text"],
)
def test_a_file_that_is_not_our_database_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "not-a-db.docx"
    if content:
        path.write_bytes(content)
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    before = _digest(path)
    with pytest.raises(NotAMouStudioDatabase, match="left untouched"):
        open_database(path)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_another_applications_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotAMouStudioDatabase, match="another application"):
        open_database(path)
    assert _digest(path) == before


def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).conn.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(SchemaTooNew, match="newer MoU Studio"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_integrity_check_reports_a_wrong_application_id(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA application_id = 7")
    assert any("application id" in str(p) for p in check_database(db))
