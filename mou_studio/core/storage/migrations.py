"""Ordered schema migrations. Never edit a released one: append a new one.

Migration ``n`` (1-based position in :data:`MIGRATIONS`) takes a database at schema
version ``n - 1`` to version ``n``; the version lives in ``PRAGMA user_version``. Each runs
inside the transaction that also bumps the version, so a crash leaves the old schema or the
new one, never half of it. Migrations use plain SQL: sqlite-utils' table helpers commit on
their own and would break that transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from mou_studio.core.storage import tables
from mou_studio.core.storage.register_schema import create_register_tables


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _create_agreements_and_versions(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {tables.APPLICATION_ID}")
    conn.execute(
        f"""CREATE TABLE {tables.AGREEMENTS} (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL
        )"""
    )
    conn.execute(
        f"""CREATE TABLE {tables.VERSIONS} (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL
                REFERENCES {tables.AGREEMENTS}(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            name TEXT,
            created_at TEXT NOT NULL,
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            UNIQUE (agreement_id, number)
        )"""
    )
    # Versions are immutable: the database itself refuses to change one.
    conn.execute(
        f"""CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON {tables.VERSIONS}
            BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END"""
    )


def _create_app_state(conn: sqlite3.Connection) -> None:
    # Remembers one-time events such as "the demo content was loaded", so that a user
    # who deletes the demo agreement does not get it back at the next start.
    conn.execute(
        f"CREATE TABLE {tables.APP_STATE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    )
    conn.execute(
        f"CREATE INDEX versions_by_agreement ON {tables.VERSIONS}(agreement_id, number)"
    )


def _create_autosaves(conn: sqlite3.Connection) -> None:
    # Unsaved work, written a few seconds after the last edit and cleared by an explicit
    # save or discard; what is left here after a crash is offered back at the next start.
    conn.execute(
        f"""CREATE TABLE {tables.AUTOSAVES} (
            agreement_id INTEGER PRIMARY KEY
                REFERENCES {tables.AGREEMENTS}(id) ON DELETE CASCADE,
            saved_at TEXT NOT NULL,
            content TEXT NOT NULL
        )"""
    )


def _create_clause_library(conn: sqlite3.Connection) -> None:
    # One row per clause (its current state, for filtering and listing), its immutable
    # versions, and a full-text index of each current version, one row per language.
    conn.execute(
        f"""CREATE TABLE {tables.LIBRARY_CLAUSES} (
            key INTEGER PRIMARY KEY,
            clause_id TEXT NOT NULL UNIQUE,
            current_version INTEGER NOT NULL,
            topic TEXT NOT NULL,
            status TEXT NOT NULL,
            register TEXT NOT NULL,
            tags TEXT NOT NULL,
            title TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    conn.execute(f"CREATE INDEX library_by_topic ON {tables.LIBRARY_CLAUSES}(topic, clause_id)")
    conn.execute(
        f"""CREATE TABLE {tables.LIBRARY_VERSIONS} (
            id INTEGER PRIMARY KEY,
            clause_key INTEGER NOT NULL
                REFERENCES {tables.LIBRARY_CLAUSES}(key) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            UNIQUE (clause_key, version)
        )"""
    )
    conn.execute(
        f"""CREATE TRIGGER library_versions_are_immutable
            BEFORE UPDATE ON {tables.LIBRARY_VERSIONS}
            BEGIN SELECT RAISE(ABORT, 'clause versions are immutable'); END"""
    )
    # rowid = clause key * 4 + language index, so a clause's rows are one rowid range.
    conn.execute(
        f"""CREATE VIRTUAL TABLE {tables.LIBRARY_FTS} USING fts5(
            title, body, tags, clause_key UNINDEXED, lang UNINDEXED,
            tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
        )"""
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration("agreements and versions", _create_agreements_and_versions),
    Migration("application state", _create_app_state),
    Migration("autosaved drafts", _create_autosaves),
    Migration("clause library", _create_clause_library),
    Migration("agreements register", create_register_tables),
)
