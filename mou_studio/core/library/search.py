"""Full-text search over the library: accents ignored, prefixes, bm25, highlighted words.

The user's words are never passed to FTS5 as query syntax: each word becomes a quoted
prefix term, so « echange d'informations » or "C++" can never be a syntax error.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

import sqlite_utils

from mou_studio.core.library.model import ClauseStatus
from mou_studio.core.library.store import FTS_SLOTS, fetch_all
from mou_studio.core.model import LANGUAGES
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
# bm25 column weights: title hits count most, then tags and topic names, then the body.
_WEIGHTS = "10.0, 1.0, 4.0"
DEFAULT_LIMIT = 50
TITLE_MATCH_BONUS = 100.0
RANK_WINDOW = 1000
SNIPPET_CHARS = 200
# An index row's rowid is its clause key * FTS_SLOTS + its language's index (see
# store._index), so ranking takes the key and language from the rowid: reading the
# UNINDEXED columns would fetch every matching row's stored content, about a quarter of
# the ranking query's time over a full window.
_KEY_OF_ROWID = f"rowid / {FTS_SLOTS}"
_LANG_OF_ROWID = "CASE rowid % {slots} {cases} END".format(
    slots=FTS_SLOTS, cases=" ".join(f"WHEN {i} THEN '{lang}'" for i, lang in enumerate(LANGUAGES)))


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
    # Tier 0: every word in the title or tags; tier 1: anywhere. A clause whose title
    # says what the user typed comes before one that merely mentions it.
    best: dict[int, tuple[int, float, int]] = {}  # clause key -> (tier, rank, fts rowid)
    tiers = (f"{{title tags}} : ({match})", match)
    for tier, expression in enumerate(tiers):
        for rowid, key, rank in _ranked_rows(db, expression, where, params, limit * 3):
            if key not in best or (tier, rank) < best[key][:2]:
                best[key] = (tier, rank, rowid)
        if len(best) >= limit:
            break
    chosen = sorted(best.values())[:limit]
    hits = _details(db, query, chosen)
    wanted = _normalised_words(query)
    for index, (tier, rank, _) in enumerate(chosen):
        if tier == 0 and _normalised_words(plain_text(hits[index].title)) == wanted:
            # A title that is exactly what was asked for is the clause the user means.
            hits[index] = replace(hits[index], score=rank - TITLE_MATCH_BONUS)
    return sorted(hits, key=lambda hit: (hit.score > -TITLE_MATCH_BONUS / 2, hit.score)) \
        if hits else hits


def _ranked_rows(db: sqlite_utils.Database, match: str, where: str, params: list[Any],
                 count: int) -> list[Any]:
    """(fts rowid, clause key, rank) of the ``count`` best rows for ``match``.

    Ranked within the first RANK_WINDOW matches: bm25 costs a few microseconds per
    matching row, so a word found in tens of thousands of texts would take hundreds of
    milliseconds to rank in full; beyond the window, the matches that come first in the
    library's order are the ones ranked. The window is read in one pass over the index,
    in rowid order, scoring each row as it goes: finding its last rowid first and then
    ranking up to it walked the matches (and merged every prefix's doclists) twice.
    """
    sql = f"""
        WITH f AS MATERIALIZED (
            SELECT rowid, {_KEY_OF_ROWID} AS clause_key, {_LANG_OF_ROWID} AS lang,
                   bm25({tables.LIBRARY_FTS}, {_WEIGHTS}) AS rank
            FROM {tables.LIBRARY_FTS} WHERE {tables.LIBRARY_FTS} MATCH ?
            ORDER BY rowid LIMIT {RANK_WINDOW})
        SELECT f.rowid, c.key, f.rank
        FROM f JOIN {tables.LIBRARY_CLAUSES} c ON c.key = f.clause_key
        WHERE 1 {where}
        ORDER BY f.rank LIMIT ?"""
    return _run(db, sql, [match, *params, count])


def _details(db: sqlite_utils.Database, query: str,
             chosen: list[tuple[int, float, int]]) -> list[SearchHit]:
    """The chosen rows with highlighted title and snippet.

    Highlighting is done here rather than with FTS5's highlight(), which would have to
    run on every row considered for ranking, not just the few shown.
    """
    if not chosen:
        return []
    marker = _Marker([_stem(word) for word in _normalised_words(query)])
    marks = ", ".join("?" * len(chosen))
    rows = fetch_all(
        db, f"""SELECT f.rowid, c.clause_id, c.current_version, f.lang, c.topic, c.status,
                       c.register, f.title, f.body
                FROM {tables.LIBRARY_FTS} f JOIN {tables.LIBRARY_CLAUSES} c
                     ON c.key = f.clause_key
                WHERE f.rowid IN ({marks})""", [rowid for _, _, rowid in chosen])
    by_rowid = {row[0]: row for row in rows}
    hits: list[SearchHit] = []
    for _, rank, rowid in chosen:
        row = by_rowid.get(rowid)
        if row is not None:
            hits.append(SearchHit(row[1], row[2], row[3], row[4], row[5], row[6],
                                  marker.highlight(row[7]), marker.snippet(row[8]), rank))
    return hits


class _Marker:
    """Marks the words of a text that start with one of the query's (folded) stems."""

    def __init__(self, stems: list[str]) -> None:
        alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
        self._pattern = re.compile(f"(?<!\\w)(?:{alternatives})\\w*") if alternatives else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the matching words are in ``text`` (start, end)."""
        if self._pattern is None:
            return []
        folded = _fold(text)
        if len(folded) != len(text):  # keep offsets aligned: fold character by character
            folded = "".join((_fold(c) or c)[0] for c in text)
        return [m.span() for m in self._pattern.finditer(folded)]

    def highlight(self, text: str, spans: list[tuple[int, int]] | None = None) -> str:
        parts: list[str] = []
        last = 0
        for start, end in self.spans(text) if spans is None else spans:
            parts += [text[last:start], MARK_START, text[start:end], MARK_END]
            last = end
        return "".join(parts) + text[last:]

    def snippet(self, text: str, width: int = SNIPPET_CHARS) -> str:
        """About ``width`` characters of ``text`` around its first match, highlighted."""
        text = " ".join(text.split())
        spans = self.spans(text)
        first = spans[0][0] if spans else 0
        start = max(0, first - width // 4)
        if start:
            start = text.find(" ", start, first + 1) + 1 or start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > first else end
        inside = [(a - start, b - start) for a, b in spans if a >= start and b <= end]
        excerpt = self.highlight(text[start:end], inside)
        return ("…" if start else "") + excerpt + ("…" if end < len(text) else "")


_COMBINING = re.compile("[\u0300-\u036f]")


def _fold(text: str) -> str:
    """Lower case without accents, as the index's remove_diacritics folds it."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


def _normalised_words(text: str) -> list[str]:
    words = _WORD.findall(_fold(text))
    return [w for w in words if len(w) > 1] or words


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
    return fetch_all(db, sql, params)  # a damaged index is a StorageError from there


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
