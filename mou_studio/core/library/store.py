"""The clause library in SQLite: clauses, their immutable versions, the search index.

Every write is one transaction that also refreshes the full-text index, so the index
never disagrees with the clauses, even after a crash.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

import sqlite_utils

from mou_studio.core.errors import InvalidDocument, LibraryError, NotFound, StorageError
from mou_studio.core.library.codec import clause_from_data, content_hash, content_json
from mou_studio.core.library.model import Clause, ClauseStatus, VersionSummary, topic_name
from mou_studio.core.messages import msg, verbatim
from mou_studio.core.model import LANGUAGES
from mou_studio.core.storage import tables, transaction
from mou_studio.core.storage.agreements import utc_now
from mou_studio.core.storage.guard import storage_guard

FTS_SLOTS = 4  # rowids per clause in the index: one per language, and one spare
Row = tuple[Any, ...]


def fetch_all(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Run a read query on the database; every row."""
    with storage_guard(db):
        cursor = cast(sqlite3.Cursor, db.execute(sql, params))  # pyright: ignore[reportUnknownMemberType]
        return cursor.fetchall()


def fetch_one(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> Row | None:
    """Run a read query on the database; its first row or None."""
    with storage_guard(db):
        cursor = cast(sqlite3.Cursor, db.execute(sql, params))  # pyright: ignore[reportUnknownMemberType]
        return cursor.fetchone()


class LibraryStore:
    """Reads and writes library clauses; every write is one transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------

    def get(self, clause_id: str, version: int | None = None) -> Clause:
        """The clause as it is now, or as it was in ``version``."""
        key, current = self._key(clause_id)
        number = current if version is None else version
        row = fetch_one(
            self.db, f"SELECT content, created_at FROM {tables.LIBRARY_VERSIONS} "
            "WHERE clause_key = ? AND version = ?",
            (key, number),
        )
        if row is None:
            raise NotFound(msg("clause {id} has no version {version} (latest: {latest})",
                               id=clause_id, version=number, latest=current))
        return _parse(row[0], row[1], clause_id, number)

    def history(self, clause_id: str) -> list[VersionSummary]:
        """Every version of a clause, oldest first."""
        key, _ = self._key(clause_id)
        rows = fetch_all(
            self.db, f"SELECT version, status, created_at, content_hash, content "
            f"FROM {tables.LIBRARY_VERSIONS} WHERE clause_key = ? ORDER BY version",
            (key,),
        )
        return [
            VersionSummary(clause_id, row[0], ClauseStatus(row[1]), row[2], row[3],
                           _parse(row[4], row[2], clause_id, row[0]).title_in("en"))
            for row in rows
        ]

    def latest_approved(self, clause_id: str) -> Clause | None:
        """The newest approved version of a clause, or None if none was approved."""
        key, _ = self._key(clause_id)
        row = fetch_one(
            self.db, f"SELECT content, created_at, version FROM {tables.LIBRARY_VERSIONS} "
            "WHERE clause_key = ? AND status = ? ORDER BY version DESC LIMIT 1",
            (key, ClauseStatus.APPROVED.value),
        )
        return None if row is None else _parse(row[0], row[1], clause_id, row[2])

    def all_latest_approved(self) -> list[Clause]:
        """The newest approved version of every clause not withdrawn, by topic then id."""
        rows = fetch_all(
            self.db, f"""SELECT c.clause_id, v.content, v.created_at, v.version
                FROM {tables.LIBRARY_CLAUSES} c JOIN {tables.LIBRARY_VERSIONS} v
                     ON v.clause_key = c.key
                WHERE c.status != ? AND v.version = (
                    SELECT max(w.version) FROM {tables.LIBRARY_VERSIONS} w
                    WHERE w.clause_key = c.key AND w.status = ?)
                ORDER BY c.topic, c.clause_id""",
            (ClauseStatus.WITHDRAWN.value, ClauseStatus.APPROVED.value),
        )
        return [_parse(row[1], row[2], row[0], row[3]) for row in rows]

    def exists(self, clause_id: str) -> bool:
        """Whether the library holds a clause with this id."""
        return self._find_key(clause_id) is not None

    def ids(self) -> list[str]:
        """Every clause id, by topic then id."""
        rows = fetch_all(
            self.db, f"SELECT clause_id FROM {tables.LIBRARY_CLAUSES} ORDER BY topic, clause_id"
        )
        return [row[0] for row in rows]

    def count(self) -> int:
        """How many clauses the library holds (any status)."""
        row = fetch_one(self.db, f"SELECT count(*) FROM {tables.LIBRARY_CLAUSES}")
        return 0 if row is None else int(row[0])

    def version_hashes(self, clause_id: str) -> list[str]:
        """The content hash of each version, oldest first (empty if the clause is new)."""
        key = self._find_key(clause_id)
        if key is None:
            return []
        rows = fetch_all(
            self.db, f"SELECT content_hash FROM {tables.LIBRARY_VERSIONS} "
            "WHERE clause_key = ? ORDER BY version",
            (key[0],),
        )
        return [row[0] for row in rows]

    def all_versions(self, clause_id: str) -> list[Clause]:
        """Every version of a clause as a full record, oldest first."""
        key, _ = self._key(clause_id)
        rows = fetch_all(
            self.db, f"SELECT content, created_at, version FROM {tables.LIBRARY_VERSIONS} "
            "WHERE clause_key = ? ORDER BY version",
            (key,),
        )
        return [_parse(row[0], row[1], clause_id, row[2]) for row in rows]

    # -- writing -------------------------------------------------------------------

    def add(self, clause: Clause) -> Clause:
        """Store a new clause as its version 1."""
        with transaction(self.db) as conn:
            stored = add_clause(conn, clause)
        return stored

    def edit(self, clause: Clause, expected_version: int | None = None) -> Clause:
        """Store ``clause`` as the next version of the clause with its id.

        ``expected_version`` guards against lost updates: the edit is refused if someone
        stored a newer version since the editor read it. An edit that changes nothing
        returns the current version and writes nothing.
        """
        with transaction(self.db) as conn:
            stored = append_version(conn, clause, expected_version)
        return stored

    def set_status(self, clause_id: str, status: ClauseStatus) -> Clause:
        """Approve, withdraw or return a clause to draft: a new version with that status."""
        current = self.get(clause_id)
        return self.edit(replace(current, status=status), current.version)

    def duplicate(self, clause_id: str, new_id: str) -> Clause:
        """Copy the current version of a clause under a new id, as a draft."""
        current = self.get(clause_id)
        source = current.source or f"copy of {clause_id}"
        return self.add(replace(current, id=new_id, status=ClauseStatus.DRAFT, source=source))

    # -- internals -----------------------------------------------------------------

    def _find_key(self, clause_id: str) -> tuple[int, int] | None:
        row = fetch_one(
            self.db,
            f"SELECT key, current_version FROM {tables.LIBRARY_CLAUSES} WHERE clause_id = ?",
            (clause_id,),
        )
        return None if row is None else (row[0], row[1])

    def _key(self, clause_id: str) -> tuple[int, int]:
        found = self._find_key(clause_id)
        if found is None:
            raise NotFound(msg("no clause with id '{id}' in the library", id=clause_id))
        return found


def add_clause(conn: sqlite3.Connection, clause: Clause, created_at: str | None = None) -> Clause:
    """Insert a new clause and its version 1 inside the caller's transaction."""
    if conn.execute(f"SELECT 1 FROM {tables.LIBRARY_CLAUSES} WHERE clause_id = ?",
                    (clause.id,)).fetchone():
        raise LibraryError(msg("the library already has a clause '{id}'; edit it, or give "
                               "the new clause another id", id=clause.id))
    stamped = replace(clause, version=1, created_at=created_at or utc_now())
    cursor = conn.execute(
        f"""INSERT INTO {tables.LIBRARY_CLAUSES}
            (clause_id, current_version, topic, status, register, tags, title, updated_at)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?)""",
        (stamped.id, *_summary_columns(stamped), stamped.created_at),
    )
    key = cursor.lastrowid
    if key is None:
        raise StorageError(msg("clause {id} was not stored", id=clause.id))
    _insert_version(conn, key, stamped)
    _index(conn, key, stamped)
    return stamped


def append_version(conn: sqlite3.Connection, clause: Clause,
                   expected_version: int | None = None, created_at: str | None = None) -> Clause:
    """Store ``clause`` as the next version inside the caller's transaction."""
    row = conn.execute(
        f"SELECT key, current_version FROM {tables.LIBRARY_CLAUSES} WHERE clause_id = ?",
        (clause.id,),
    ).fetchone()
    if row is None:
        raise NotFound(msg("no clause with id '{id}' in the library", id=clause.id))
    key, current = row
    if expected_version is not None and expected_version != current:
        raise LibraryError(msg(
            "clause {id} changed since version {expected} was read (it is now at version "
            "{current}); show it again and redo the edit",
            id=clause.id, expected=expected_version, current=current))
    previous = conn.execute(
        f"SELECT content_hash, content, created_at FROM {tables.LIBRARY_VERSIONS} "
        "WHERE clause_key = ? AND version = ?",
        (key, current),
    ).fetchone()
    if previous is not None and previous[0] == content_hash(clause):
        return _parse(previous[1], previous[2], clause.id, current)
    stamped = replace(clause, version=current + 1, created_at=created_at or utc_now())
    conn.execute(
        f"""UPDATE {tables.LIBRARY_CLAUSES} SET current_version = ?, topic = ?, status = ?,
            register = ?, tags = ?, title = ?, updated_at = ? WHERE key = ?""",
        (stamped.version, *_summary_columns(stamped), stamped.created_at, key),
    )
    _insert_version(conn, key, stamped)
    _index(conn, key, stamped)
    return stamped


def _summary_columns(clause: Clause) -> tuple[str, str, str, str, str]:
    return (clause.topic, clause.status.value, clause.register.value,
            json.dumps(clause.tags, ensure_ascii=False),
            json.dumps(clause.title, ensure_ascii=False, sort_keys=True))


def _insert_version(conn: sqlite3.Connection, key: int, clause: Clause) -> None:
    conn.execute(
        f"""INSERT INTO {tables.LIBRARY_VERSIONS}
            (clause_key, version, status, created_at, content, content_hash)
            VALUES (?, ?, ?, ?, ?, ?)""",
        (key, clause.version, clause.status.value, clause.created_at, content_json(clause),
         content_hash(clause)),
    )


def _index(conn: sqlite3.Connection, key: int, clause: Clause) -> None:
    """Replace the clause's rows in the full-text index with its current version."""
    first = key * FTS_SLOTS
    conn.execute(f"DELETE FROM {tables.LIBRARY_FTS} WHERE rowid BETWEEN ? AND ?",
                 (first, first + FTS_SLOTS - 1))
    for index, lang in enumerate(LANGUAGES):
        body = "\n\n".join(v.text[lang] for v in clause.variants if v.text.get(lang))
        if not body:
            continue
        tags = " ".join([*clause.tags, topic_name(clause.topic, lang)])
        conn.execute(
            f"INSERT INTO {tables.LIBRARY_FTS} (rowid, title, body, tags, clause_key, lang) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (first + index, clause.title_in(lang), body, tags, key, lang),
        )


def _parse(content: str, created_at: str, clause_id: str, version: int) -> Clause:
    try:
        data: Any = json.loads(content)
        clause = clause_from_data(data, msg("clause {id}", id=clause_id))
    except (ValueError, InvalidDocument) as exc:
        reason = exc.message if isinstance(exc, InvalidDocument) else verbatim(str(exc))
        raise StorageError(msg(
            "version {version} of clause {id} is damaged in the database: {reason}",
            version=version, id=clause_id, reason=reason)) from exc
    return replace(clause, version=version, created_at=created_at)
