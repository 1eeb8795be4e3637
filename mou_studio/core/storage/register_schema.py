"""The agreements register's tables (migration appended to MIGRATIONS)."""

from __future__ import annotations

import sqlite3

from mou_studio.core.storage import tables


def create_register_tables(conn: sqlite3.Connection) -> None:
    """Partners, register entries, their signatures and their signed copies."""
    conn.execute(
        f"""CREATE TABLE {tables.REGISTER_PARTNERS} (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,      -- JSON {{lang: text}}
            acronym TEXT NOT NULL,   -- JSON {{lang: text}}
            notes TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute(
        f"""CREATE TABLE {tables.REGISTER_ENTRIES} (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            partner_id INTEGER NOT NULL
                REFERENCES {tables.REGISTER_PARTNERS}(id) ON DELETE RESTRICT,
            title TEXT NOT NULL,     -- JSON {{lang: text}}
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            subject TEXT NOT NULL,   -- JSON {{lang: text}}
            effective_on TEXT,       -- ISO dates
            expires_on TEXT,
            review_on TEXT,
            notice_days INTEGER CHECK (notice_days IS NULL OR notice_days >= 0),
            -- the agreement drafted in MoU Studio; the register entry outlives it
            agreement_id INTEGER REFERENCES {tables.AGREEMENTS}(id) ON DELETE SET NULL,
            signed_version INTEGER,
            notes TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute(
        f"""CREATE TABLE {tables.REGISTER_SIGNATURES} (
            entry_id INTEGER NOT NULL
                REFERENCES {tables.REGISTER_ENTRIES}(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            party TEXT NOT NULL,
            signed_on TEXT,          -- ISO, possibly only YYYY-MM or YYYY
            place TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, position)
        )"""
    )
    conn.execute(
        f"""CREATE TABLE {tables.REGISTER_ATTACHMENTS} (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL
                REFERENCES {tables.REGISTER_ENTRIES}(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL,
            content BLOB NOT NULL
        )"""
    )
    conn.execute(
        f"CREATE INDEX register_entries_by_partner ON {tables.REGISTER_ENTRIES}(partner_id)"
    )
    conn.execute(
        f"CREATE INDEX register_entries_by_agreement "
        f"ON {tables.REGISTER_ENTRIES}(agreement_id)"
    )
    conn.execute(
        f"CREATE INDEX register_attachments_by_entry "
        f"ON {tables.REGISTER_ATTACHMENTS}(entry_id)"
    )
