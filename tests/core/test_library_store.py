"""Clause versions are immutable, edits are guarded, failed writes change nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
import sqlite_utils

from mou_studio.core.errors import InvalidDocument, LibraryError, NotFound
from mou_studio.core.library.codec import clause_from_data, clause_to_data
from mou_studio.core.library.model import ClauseStatus, Variant, VariantLevel
from mou_studio.core.library.search import search
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.storage import tables
from tests.core import library_db

# The shared fixture names, served from a once-per-session first-started database.
db = library_db.db
library_template = library_db.library_template


@pytest.fixture
def library(db: sqlite_utils.Database) -> LibraryStore:
    return LibraryStore(db)


def _reworded(library: LibraryStore, clause_id: str, old: str, new: str) -> LibraryStore:
    current = library.get(clause_id)
    variants = [Variant(v.level, {k: t.replace(old, new) for k, t in v.text.items()}, v.note)
                for v in current.variants]
    library.edit(replace(current, variants=variants), current.version)
    return library


def test_an_edit_makes_a_new_version_and_keeps_the_old(library: LibraryStore) -> None:
    before = library.get("info-exchange.purpose")
    _reworded(library, "info-exchange.purpose", "criminalité internationale",
              "criminalité transnationale")
    assert library.get("info-exchange.purpose").version == before.version + 1
    assert "transnationale" in library.get("info-exchange.purpose").text("fr")
    old = library.get("info-exchange.purpose", before.version)
    assert old == before
    assert [v.version for v in library.history("info-exchange.purpose")] == [1, 2]


def test_the_database_refuses_to_change_a_version(db: sqlite_utils.Database) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        db.conn.execute(f"UPDATE {tables.LIBRARY_VERSIONS} SET content = '{{}}'")


def test_an_edit_from_a_stale_version_is_refused(library: LibraryStore) -> None:
    clause = library.get("amendment.mutual-consent")
    library.set_status(clause.id, ClauseStatus.DRAFT)
    with pytest.raises(LibraryError, match="changed since version 1"):
        library.edit(replace(clause, tags=["x"]), expected_version=1)
    assert library.get(clause.id).tags == clause.tags


def test_an_edit_that_changes_nothing_writes_nothing(library: LibraryStore) -> None:
    clause = library.get("amendment.mutual-consent")
    assert library.edit(clause, clause.version).version == clause.version
    assert len(library.history(clause.id)) == 1


def test_the_search_index_follows_each_edit(db: sqlite_utils.Database,
                                            library: LibraryStore) -> None:
    _reworded(library, "info-exchange.purpose", "criminalité internationale",
              "cybercriminalité internationale")
    assert [h.clause_id for h in search(db, "cybercriminalite")] == ["info-exchange.purpose"]
    library.set_status("info-exchange.purpose", ClauseStatus.WITHDRAWN)
    assert search(db, "cybercriminalite") == []


def test_a_duplicate_id_is_refused_and_nothing_changes(library: LibraryStore) -> None:
    count = library.count()
    with pytest.raises(LibraryError, match="already has a clause"):
        library.add(library.get("info-exchange.purpose"))
    assert library.count() == count


def test_duplicate_makes_a_draft_copy(library: LibraryStore) -> None:
    copy = library.duplicate("info-exchange.purpose", "info-exchange.purpose-eu")
    assert (copy.version, copy.status) == (1, ClauseStatus.DRAFT)
    assert copy.variants == library.get("info-exchange.purpose").variants


def test_unknown_clause_and_version_are_not_found(library: LibraryStore) -> None:
    with pytest.raises(NotFound):
        library.get("no.such-clause")
    with pytest.raises(NotFound, match="no version 7"):
        library.get("info-exchange.purpose", 7)


@pytest.mark.parametrize(("change", "message"), [
    ({"title": {}}, "needs a title"),
    ({"topic": ""}, "topic"),
    ({"variants": []}, "list of variants"),
    ({"variants": [{"level": "fallback", "text": {"fr": "x"}}]}, "first variant"),
    ({"variants": [{"text": {"fr": " "}}]}, "empty in every language"),
    ({"variants": [{"text": {"de": "x"}}]}, "unknown language"),
    ({"variants": [{"text": {"fr": "{partie_a}"}}]}, "unknown placeholder"),
    ({"variants": [{"text": {"fr": "a"}}, {"level": "last_resort", "text": {"fr": "b"}},
                   {"level": "fallback", "text": {"fr": "c"}}]}, "preferred, then fallback"),
    ({"status": "published"}, "draft, approved, withdrawn"),
    ({"id": "Bad Id!"}, "lower-case"),
])
def test_invalid_clauses_are_refused_with_a_message(library: LibraryStore,
                                                    change: dict[str, object],
                                                    message: str) -> None:
    data = {**clause_to_data(library.get("info-exchange.purpose")), **change}
    with pytest.raises(InvalidDocument, match=message):
        clause_from_data(data)


def test_a_clause_round_trips_through_its_data(library: LibraryStore) -> None:
    clause = library.get("languages.three-equally-authentic")
    again = clause_from_data(clause_to_data(clause))
    assert replace(again, version=clause.version, created_at=clause.created_at) == clause
    assert [v.level for v in again.variants][-1] is VariantLevel.LAST_RESORT
