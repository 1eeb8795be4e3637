"""The search ranks by rowid alone: the index's rowids must encode clause key and language."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from mou_studio.core.library.model import Variant
from mou_studio.core.library.search import SearchFilters, search
from mou_studio.core.library.store import FTS_SLOTS, LibraryStore
from mou_studio.core.model import LANGUAGES
from mou_studio.core.storage import tables
from tests.core import library_db

db = library_db.db
library_template = library_db.library_template


def _index_rows(db: sqlite_utils.Database) -> list[tuple[int, int, str]]:
    return db.execute(f"SELECT rowid, clause_key, lang FROM {tables.LIBRARY_FTS}").fetchall()


def test_every_index_row_has_its_key_and_language_in_its_rowid(
        db: sqlite_utils.Database) -> None:
    library = LibraryStore(db)
    clause = library.get("termination.notice")
    # An edit that drops the Russian text re-indexes the clause with fewer rows.
    variants = [Variant(v.level, {k: t for k, t in v.text.items() if k != "ru"}, v.note)
                for v in clause.variants]
    library.edit(replace(clause, variants=variants), clause.version)
    library.duplicate("amendment.mutual-consent", "amendment.copy")
    rows = _index_rows(db)
    assert len(rows) > 100
    for rowid, key, lang in rows:
        assert (rowid // FTS_SLOTS, LANGUAGES[rowid % FTS_SLOTS]) == (key, lang)


def test_a_language_filter_still_returns_that_language_only(
        db: sqlite_utils.Database) -> None:
    hits = search(db, "consultation", SearchFilters(lang="ru"))
    assert hits and {hit.lang for hit in hits} == {"ru"}
    hits = search(db, "consultation", SearchFilters(lang="en"))
    assert hits and {hit.lang for hit in hits} == {"en"}
