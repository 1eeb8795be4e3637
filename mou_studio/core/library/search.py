"""Full-text search over the library: accents ignored, prefixes, bm25, highlighted words.

The user's words are never passed to FTS5 as query syntax: each word becomes a quoted
prefix term, so « echange d'informations » or "C++" can never be a syntax error.
"""

from __future__ import annotations

import html
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

import sqlite_utils

from mou_studio.core.errors import StorageError
from mou_studio.core.library.model import ClauseStatus
from mou_studio.core.library.store import fetch_all
from mou_studio.core.storage import tables

MARK_START = "\u0002"
MARK_END = "\u0003"
_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Russian inflection endings, longest first: «информацией» searches «информаци*», which
# finds «информация», «информации» and «информацией».
_RU_ENDINGS = tuple(sorted(
    ("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ией", "ей", "ой",
     "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ов", "ев", "ах", "ях", "ам", "ям",
     "ом", "ем", "ию", "ия", "ии", "а", "я", "ы", "и", "е", "у", "ю", "о", "ь"),
    key=len, reverse=True))
# Title hits count most, then tags and topic names, then the body.
_WEIGHTS = "10.0, 1.0, 4.0"
DEFAULT_LIMIT = 50
TITLE_MATCH_BONUS = 100.0


@dataclass(frozen=True)
class SearchFilters:
    """Optional restrictions on a search; None means "any"."""

    lang: str | None = None
    topic: str | None = None
    register: str | None = None
    tag: str | None = None
    status: str | None = None  # None: every status but withdrawn


@dataclass(frozen=True)
class SearchHit:
    clause_id: str
    version: int
    lang: str
    topic: str
    status: str
    register: str
    title: str  # with MARK_START/MARK_END around the matching words
    snippet: str  # likewise
    score: float


def build_match_query(text: str) -> str:
    """The FTS5 query for what the user typed: every word, as a prefix, must match."""
    words = [w.lower() for w in _WORD.findall(text)]
    meaningful = [w for w in words if len(w) > 1] or words
    terms = [f'"{_stem(w)}"*' for w in meaningful if w]
    return " AND ".join(terms)


def _stem(word: str) -> str:
    if _CYRILLIC.search(word):
        for ending in _RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
        return word
    if len(word) > 4 and word.endswith(("s", "x")):
        return word[:-1]
    return word


def search(db: sqlite_utils.Database, query: str, filters: SearchFilters | None = None,
           limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Clauses matching ``query`` best first, one hit per clause (its best language).

    An empty query lists the clauses that pass the filters, by topic.
    """
    filters = filters or SearchFilters()
    match = build_match_query(query)
    if not match:
        return _browse(db, filters, limit)
    where, params = _filter_sql(filters)
    if filters.lang:
        where += " AND f.lang = ?"
        params.append(filters.lang)
    sql = f"""
        SELECT c.clause_id, c.current_version, f.lang, c.topic, c.status, c.register,
               highlight({tables.LIBRARY_FTS}, 0, ?, ?),
               snippet({tables.LIBRARY_FTS}, 1, ?, ?, '…', 24),
               bm25({tables.LIBRARY_FTS}, {_WEIGHTS}) AS score
        FROM {tables.LIBRARY_FTS} f JOIN {tables.LIBRARY_CLAUSES} c ON c.key = f.clause_key
        WHERE {tables.LIBRARY_FTS} MATCH ? {where}
        ORDER BY score LIMIT ?"""
    marks = [MARK_START, MARK_END, MARK_START, MARK_END]
    rows = _run(db, sql, [*marks, match, *params, limit * 3])
    wanted = _normalised_words(query)
    hits: dict[str, SearchHit] = {}
    for row in rows:
        hit = SearchHit(*row)
        if _normalised_words(plain_text(hit.title)) == wanted:
            # A title that is exactly what was asked for is the clause the user means.
            hit = replace(hit, score=hit.score - TITLE_MATCH_BONUS)
        best = hits.get(hit.clause_id)
        if best is None or hit.score < best.score:
            hits[hit.clause_id] = hit
    return sorted(hits.values(), key=lambda h: h.score)[:limit]


def _normalised_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [w for w in _WORD.findall(stripped) if len(w) > 1]


def _browse(db: sqlite_utils.Database, filters: SearchFilters, limit: int) -> list[SearchHit]:
    where, params = _filter_sql(filters)
    lang = filters.lang or "en"
    sql = f"""
        SELECT c.clause_id, c.current_version, c.topic, c.status, c.register,
               coalesce(json_extract(c.title, '$.' || ?), json_extract(c.title, '$.fr'),
                        json_extract(c.title, '$.en'), json_extract(c.title, '$.ru'))
        FROM {tables.LIBRARY_CLAUSES} c WHERE 1 {where}
        ORDER BY c.topic, c.clause_id LIMIT ?"""
    rows = _run(db, sql, [lang, *params, limit])
    return [SearchHit(r[0], r[1], lang, r[2], r[3], r[4], r[5] or r[0], "", 0.0) for r in rows]


def _filter_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    where = ""
    params: list[Any] = []
    if filters.status:
        where += " AND c.status = ?"
        params.append(filters.status)
    else:
        where += " AND c.status != ?"
        params.append(ClauseStatus.WITHDRAWN.value)
    if filters.topic:
        where += " AND c.topic = ?"
        params.append(filters.topic)
    if filters.register:
        where += " AND (c.register = ? OR c.register = 'both')"
        params.append(filters.register)
    if filters.tag:
        where += " AND EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE t.value = ?)"
        params.append(filters.tag.strip().lower())
    return where, params


def _run(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[Any]:
    try:
        return fetch_all(db, sql, params)
    except sqlite3.OperationalError as exc:
        raise StorageError(f"the library search failed: {exc}") from exc


def marked_text(text: str, start: str = "[", end: str = "]") -> str:
    """A highlighted title or snippet with the match marks replaced by ``start``/``end``."""
    return text.replace(MARK_START, start).replace(MARK_END, end)


def marked_html(text: str) -> str:
    """A highlighted title or snippet as safe HTML, the matching words in bold."""
    escaped = html.escape(text)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def plain_text(text: str) -> str:
    """A highlighted title or snippet without its marks."""
    return text.replace(MARK_START, "").replace(MARK_END, "")
