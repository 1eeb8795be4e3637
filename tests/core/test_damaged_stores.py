"""The library, register and autosave stores on a damaged database: one clear StorageError.

test_damaged_storage.py does this for the agreements. Here every other store is read and
written through a file whose pages are overwritten, which is cut short, or from which
another tool dropped the store's table. Each time the user gets a StorageError naming the
file (never a raw sqlite3 error), and a refused write leaves the file's bytes as they were.
"""

from __future__ import annotations

import copy
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.core.errors import StorageError
from mou_studio.core.firststart import populate_first_start
from mou_studio.core.library.model import ClauseStatus
from mou_studio.core.library.search import search
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.model import Agreement
from mou_studio.core.paths import project_root
from mou_studio.core.register.model import RegisterEntry
from mou_studio.core.register.snapshot import load_snapshot
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import AgreementStore, open_database, tables
from mou_studio.core.storage.autosave import AutosaveStore
from mou_studio.core.storage.database import connection, transaction
from mou_studio.core.storage.guard import database_file
from tests.core.test_damaged_storage import PAGE, _damage_pages

Operation = Callable[[sqlite_utils.Database], object]


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A first-started database with an autosaved draft of the demo, in one file."""
    path = tmp_path_factory.mktemp("damaged-stores") / "template.db"
    db = open_database(path)
    populate_first_start(db, project_root())
    draft = AgreementStore(db).get(1)
    draft.title[draft.language] += " (draft)"
    AutosaveStore(db).autosave(1, draft)
    connection(db).close()  # the last close checkpoints the WAL into the file
    return path


@pytest.fixture
def demo(template: Path) -> Agreement:
    db = open_database(template)
    try:
        return AgreementStore(db).get(1)
    finally:
        connection(db).close()


def _copy(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "studio.db"
    shutil.copyfile(template, path)
    return path


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the table's root page and the pages after it (its first rows)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    _damage_pages(path, list(range(root, min(root + 8, pages + 1))))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // PAGE // 2) * PAGE])


def _drop(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


# Which table each store keeps its data in, and what it does with it.
STORE_TABLES = {
    "library": tables.LIBRARY_VERSIONS,
    "library-search": tables.LIBRARY_FTS,
    "register": tables.REGISTER_ENTRIES,
    "autosave": tables.AUTOSAVES,
}


def _library_reads(db: sqlite_utils.Database) -> object:
    store = LibraryStore(db)
    return [store.get(clause_id) for clause_id in store.ids()]


def _search(db: sqlite_utils.Database) -> object:
    return search(db, "échange d'informations")


def _library_write(db: sqlite_utils.Database) -> object:
    return LibraryStore(db).set_status("exception.essential-interests", ClauseStatus.WITHDRAWN)


def _register_reads(db: sqlite_utils.Database) -> object:
    return load_snapshot(db)


def _register_write(db: sqlite_utils.Database) -> object:
    store = RegisterStore(db)
    return store.save_entry(RegisterEntry(uid="new-entry", partner_key="caricc",
                                          title={"en": "New"}))


def _autosave_reads(db: sqlite_utils.Database) -> object:
    store = AutosaveStore(db)
    return [store.recover(d.agreement_id) for d in store.pending()]


READS: dict[str, Operation] = {
    "library": _library_reads,
    "library-search": _search,
    "register": _register_reads,
    "autosave": _autosave_reads,
}
WRITES: dict[str, Operation] = {
    "library": _library_write,
    "library-search": _library_write,
    "register": _register_write,
}
DAMAGES: dict[str, Callable[[Path, str], None]] = {
    "pages": _damage_table,
    "truncated": lambda path, _table: _truncate(path),
    "dropped": _drop,
}


def _refused(path: Path, operation: Operation) -> StorageError:
    """Run ``operation`` on the file; it must fail with a StorageError and change nothing."""
    before = path.read_bytes()
    with pytest.raises(StorageError) as raised:
        db = open_database(path)
        try:
            operation(db)
        finally:
            connection(db).close()
    assert not isinstance(raised.value.__cause__, StorageError)
    assert path.read_bytes() == before
    return raised.value


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("store", sorted(READS))
def test_reading_a_damaged_store_is_a_storage_error_naming_the_file(
        template: Path, tmp_path: Path, store: str, damage: str) -> None:
    path = _copy(template, tmp_path)
    DAMAGES[damage](path, STORE_TABLES[store])
    error = _refused(path, READS[store])
    assert path.name in str(error), str(error)


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("store", sorted(WRITES))
def test_writing_a_damaged_store_is_refused_and_leaves_the_file_as_it_was(
        template: Path, tmp_path: Path, store: str, damage: str) -> None:
    path = _copy(template, tmp_path)
    DAMAGES[damage](path, STORE_TABLES[store])
    error = _refused(path, WRITES[store])
    assert path.name in str(error), str(error)


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_autosaving_into_a_damaged_file_is_refused_untouched(
        template: Path, tmp_path: Path, demo: Agreement, damage: str) -> None:
    path = _copy(template, tmp_path)
    DAMAGES[damage](path, tables.AUTOSAVES)
    draft = copy.deepcopy(demo)
    error = _refused(path, lambda db: AutosaveStore(db).autosave(1, draft))
    assert path.name in str(error), str(error)


def test_a_write_that_fails_halfway_leaves_nothing(template: Path, tmp_path: Path) -> None:
    """The register entry is written, then its signatures' table is gone: no entry stays."""
    path = _copy(template, tmp_path)
    _drop(path, tables.REGISTER_SIGNATURES)
    db = open_database(path)
    try:
        store = RegisterStore(db)
        before = store.uids()
        with pytest.raises(StorageError, match="refused the change"):
            store.save_entry(RegisterEntry(uid="half-written", partner_key="caricc"))
        assert store.uids() == before
    finally:
        connection(db).close()


def test_the_rollback_does_not_hide_the_error(tmp_path: Path) -> None:
    """SQLite may end a failed transaction itself; the StorageError still comes out."""
    db = open_database(tmp_path / "studio.db")
    try:
        with pytest.raises(StorageError, match="refused the change"), \
                transaction(db) as conn:
            conn.execute("ROLLBACK")  # what SQLite does on some errors
            conn.execute("SELECT * FROM no_such_table")
    finally:
        connection(db).close()


def test_the_file_is_named_by_its_path(template: Path) -> None:
    db = open_database(template)
    try:
        assert database_file(db) == str(template.resolve())
    finally:
        connection(db).close()
