"""Library search: accents ignored, prefixes, Cyrillic, filters, ranking, highlights."""

from __future__ import annotations

import pytest
import sqlite_utils

from mou_studio.core.library import search as search_module
from mou_studio.core.library.model import ClauseStatus
from mou_studio.core.library.search import (
    MARK_END,
    MARK_START,
    SearchFilters,
    build_match_query,
    marked_html,
    plain_text,
    search,
)
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.storage import tables
from tests.core import library_db

# The shared fixture names, served from a once-per-session first-started database.
db = library_db.db
library_template = library_db.library_template


def ids(db: sqlite_utils.Database, query: str, **filters: str) -> list[str]:
    return [hit.clause_id for hit in search(db, query, SearchFilters(**filters))]


@pytest.mark.parametrize(("query", "expected"), [
    ("echange d'informations", "info-exchange.purpose"),
    ("liaison officer", "liaison.deployment"),
    ("обмен информацией", "info-exchange.purpose"),
    ("differends", "disputes.referral-to-heads"),
    ("arbitrage", "disputes.arbitration"),
])
def test_the_right_clause_comes_first(db: sqlite_utils.Database, query: str,
                                      expected: str) -> None:
    assert ids(db, query)[0] == expected


def test_accents_are_ignored_both_ways(db: sqlite_utils.Database) -> None:
    assert "info-exchange.purpose" in ids(db, "ÉCHANGE", lang="fr")
    hits = {h.clause_id: h for h in search(db, "cooperation", SearchFilters(lang="fr"))}
    framework = hits["objectives.customs-police-framework"]
    assert f"{MARK_START}coopération{MARK_END}" in framework.snippet
    assert "coopération" in plain_text(framework.snippet)


def test_words_are_prefixes(db: sqlite_utils.Database) -> None:
    assert "liaison.deployment" in ids(db, "liais")
    assert "disputes.arbitration" in ids(db, "arbitr", lang="en")


def test_russian_inflections_are_found(db: sqlite_utils.Database) -> None:
    # «информацией» (instrumental) must also find «информации» (genitive).
    assert "objectives.exchange-on-developments" in ids(db, "информацией", lang="ru")


def test_matches_are_highlighted(db: sqlite_utils.Database) -> None:
    hit = search(db, "differends", SearchFilters(lang="fr"))[0]
    assert f"{MARK_START}différends{MARK_END}" in hit.title
    assert MARK_START in hit.snippet
    assert "<b>différends</b>" in marked_html(hit.title)
    assert marked_html("<script>") == "&lt;script&gt;"


def test_filters(db: sqlite_utils.Database) -> None:
    assert set(ids(db, "information", topic="secure_channel")) <= {
        "secure-channel.platform", "secure-channel.high-risk-cargo",
        "secure-channel.security-incidents"}
    assert all(h.lang == "ru" for h in search(db, "обмен", SearchFilters(lang="ru")))
    assert "disputes.arbitration" not in ids(db, "arbitrage", register="non_binding")
    assert ids(db, "", tag="icj") == ["disputes.negotiation-then-icj"]


def test_withdrawn_clauses_are_hidden_unless_asked_for(db: sqlite_utils.Database) -> None:
    LibraryStore(db).set_status("disputes.arbitration", ClauseStatus.WITHDRAWN)
    assert "disputes.arbitration" not in ids(db, "arbitrage")
    assert ids(db, "arbitrage", status="withdrawn") == ["disputes.arbitration"]


@pytest.mark.parametrize("query", ['C++ "', "NEAR(a b", "AND OR NOT", "*", "a:b", "'''"])
def test_query_syntax_in_user_text_is_harmless(db: sqlite_utils.Database, query: str) -> None:
    search(db, query)


def test_the_match_query_quotes_every_word() -> None:
    assert build_match_query("échange d'informations") == '"échange"* AND "information"*'
    assert build_match_query("  ") == ""


def test_an_empty_query_lists_clauses_by_topic(db: sqlite_utils.Database) -> None:
    hits = search(db, "", SearchFilters(topic="testimonium"), limit=100)
    assert len(hits) == 3
    assert all(h.topic == "testimonium" for h in hits)


def test_ranking_window_is_the_first_matches_in_library_order(
        db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 4)
    match = build_match_query("information")
    first: set[str] = set()
    for expression in (f"{{title tags}} : ({match})", match):
        rows = db.execute(
            f"SELECT c.clause_id FROM {tables.LIBRARY_FTS} f JOIN {tables.LIBRARY_CLAUSES} c "
            f"ON c.key = f.clause_key WHERE {tables.LIBRARY_FTS} MATCH ? "
            "ORDER BY f.rowid LIMIT 4", [expression]).fetchall()
        first |= {row[0] for row in rows}
    hits = search(db, "information")
    # Only clauses owning one of the first four matches of either tier are ranked.
    assert hits and {hit.clause_id for hit in hits} == first
