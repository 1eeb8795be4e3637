"""Agreements (the working copy) and their immutable versions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from mou_studio.core.errors import InvalidDocument, NotFound, StorageError
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement
from mou_studio.core.serialize import agreement_from_json, agreement_to_json, content_hash
from mou_studio.core.storage import tables
from mou_studio.core.storage.database import connection, transaction
from mou_studio.core.storage.guard import storage_guard


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class AgreementSummary:
    id: int
    uid: str
    title: str
    kind: str
    language: str
    updated_at: str
    version_count: int


@dataclass(frozen=True)
class VersionInfo:
    agreement_id: int
    number: int
    name: str | None
    created_at: str
    content_hash: str


class AgreementStore:
    """Reads and writes agreements; every write is one transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.conn = connection(db)

    # -- agreements ----------------------------------------------------------------

    def summaries(self) -> list[AgreementSummary]:
        """Every agreement, most recently changed first."""
        rows = self._rows(
            f"""SELECT a.id, a.uid, a.title, a.kind, a.language, a.updated_at,
                       (SELECT count(*) FROM {tables.VERSIONS} v WHERE v.agreement_id = a.id)
                FROM {tables.AGREEMENTS} a ORDER BY a.updated_at DESC, a.id DESC"""
        )
        return [AgreementSummary(*row) for row in rows]

    def create(self, agreement: Agreement) -> int:
        """Store a new agreement and return its id."""
        now = utc_now()
        content = agreement_to_json(agreement)
        with transaction(self.db) as conn:
            cursor = conn.execute(
                f"""INSERT INTO {tables.AGREEMENTS}
                    (uid, title, kind, language, created_at, updated_at, content,
                     content_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (agreement.uid, display_title(agreement), agreement.kind.value,
                 agreement.language, now, now, content, content_hash(agreement)),
            )
            new_id = cursor.lastrowid
        if new_id is None:
            raise StorageError(msg("the agreement was not stored"))
        return new_id

    def get(self, agreement_id: int) -> Agreement:
        """The working copy of an agreement."""
        row = self._row(
            f"SELECT content FROM {tables.AGREEMENTS} WHERE id = ?", (agreement_id,)
        )
        if row is None:
            raise NotFound(msg("no agreement with id {id}", id=agreement_id))
        return _parse(row[0], msg("agreement {id}", id=agreement_id))

    def save(self, agreement_id: int, agreement: Agreement) -> None:
        """Replace the working copy of an agreement (its versions stay as they are)."""
        with transaction(self.db) as conn:
            write_working_copy(conn, agreement_id, agreement)

    def delete(self, agreement_id: int) -> None:
        """Delete an agreement and all its versions."""
        with transaction(self.db) as conn:
            cursor = conn.execute(
                f"DELETE FROM {tables.AGREEMENTS} WHERE id = ?", (agreement_id,)
            )
            if cursor.rowcount == 0:
                raise NotFound(msg("no agreement with id {id}", id=agreement_id))

    # -- versions ------------------------------------------------------------------

    def save_version(self, agreement_id: int, name: str | None = None) -> VersionInfo:
        """Freeze the current working copy as the next numbered version."""
        with transaction(self.db) as conn:
            row = conn.execute(
                f"SELECT content, content_hash FROM {tables.AGREEMENTS} WHERE id = ?",
                (agreement_id,),
            ).fetchone()
            if row is None:
                raise NotFound(msg("no agreement with id {id}", id=agreement_id))
            number = conn.execute(
                f"SELECT coalesce(max(number), 0) + 1 FROM {tables.VERSIONS} "
                "WHERE agreement_id = ?",
                (agreement_id,),
            ).fetchone()[0]
            info = VersionInfo(agreement_id, number, name or None, utc_now(), row[1])
            conn.execute(
                f"""INSERT INTO {tables.VERSIONS}
                    (agreement_id, number, name, created_at, content, content_hash)
                    VALUES (?, ?, ?, ?, ?, ?)""",
                (agreement_id, number, info.name, info.created_at, row[0], row[1]),
            )
        return info

    def versions(self, agreement_id: int) -> list[VersionInfo]:
        """The versions of an agreement, oldest first."""
        self._require(agreement_id)
        rows = self._rows(
            f"""SELECT agreement_id, number, name, created_at, content_hash
                FROM {tables.VERSIONS} WHERE agreement_id = ? ORDER BY number""",
            (agreement_id,),
        )
        return [VersionInfo(*row) for row in rows]

    def get_version(self, agreement_id: int, number: int) -> Agreement:
        """The agreement as it was frozen in version ``number``."""
        row = self._row(
            f"SELECT content FROM {tables.VERSIONS} WHERE agreement_id = ? AND number = ?",
            (agreement_id, number),
        )
        if row is None:
            self._require(agreement_id)
            raise NotFound(msg("agreement {id} has no version {number}",
                               id=agreement_id, number=number))
        return _parse(row[0], msg("version {number} of agreement {id}",
                                   number=number, id=agreement_id))

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        """Read rows; a damaged database is a StorageError, not a crash."""
        with storage_guard(self.db):
            return self.conn.execute(sql, params).fetchall()

    def _row(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _require(self, agreement_id: int) -> None:
        found = self._row(
            f"SELECT 1 FROM {tables.AGREEMENTS} WHERE id = ?", (agreement_id,)
        )
        if found is None:
            raise NotFound(msg("no agreement with id {id}", id=agreement_id))

    # -- application state ---------------------------------------------------------

    def state(self, key: str) -> str | None:
        row = self._row(
            f"SELECT value FROM {tables.APP_STATE} WHERE key = ?", (key,)
        )
        return None if row is None else row[0]

    def set_state(self, key: str, value: str) -> None:
        with transaction(self.db) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO {tables.APP_STATE} (key, value) VALUES (?, ?)",
                (key, value),
            )


def display_title(agreement: Agreement) -> str:
    """The title as one line, in the primary language, for lists ("" when there is none:
    the face that lists it names the gap in its own language)."""
    title = agreement.title.get(agreement.language) or next(iter(agreement.title.values()), "")
    return " ".join(title.split())


def write_working_copy(conn: sqlite3.Connection, agreement_id: int,
                       agreement: Agreement) -> None:
    """Replace the working copy inside the caller's transaction."""
    cursor = conn.execute(
        f"""UPDATE {tables.AGREEMENTS}
            SET title = ?, kind = ?, language = ?, updated_at = ?, content = ?,
                content_hash = ?
            WHERE id = ?""",
        (display_title(agreement), agreement.kind.value, agreement.language, utc_now(),
         agreement_to_json(agreement), content_hash(agreement), agreement_id),
    )
    if cursor.rowcount == 0:
        raise NotFound(msg("no agreement with id {id}", id=agreement_id))


def _parse(content: str, what: Message) -> Agreement:
    try:
        return agreement_from_json(content)
    except InvalidDocument as exc:
        raise StorageError(msg("{what} is damaged in the database: {reason}",
                               what=what, reason=exc.message)) from exc
