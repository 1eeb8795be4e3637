"""Register writes the GUI undoes: adding a partner, removing and restoring entries.

Entries and partners are addressed by their stable uid / key, not by database id, so an
undone deletion may come back under a new id and later steps still find it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

import sqlite_utils

from mou_studio.core.errors import InvalidRegisterData, NotFound
from mou_studio.core.messages import msg, msgn
from mou_studio.core.register.model import Partner, RegisterEntry
from mou_studio.core.register.store import (
    RegisterStore,
    connection_of,
    write_entry,
    write_partner,
)
from mou_studio.core.storage import tables, transaction


@dataclass(frozen=True)
class SignedCopyData:
    """A signed copy with its bytes, kept while its entry is deleted."""

    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    content: bytes


@dataclass(frozen=True)
class RemovedEntry:
    """Everything needed to put a deleted entry back: the entry and its signed copies."""

    entry: RegisterEntry
    copies: tuple[SignedCopyData, ...] = ()


def check_new_partner_key(key: str, taken: Collection[str]) -> None:
    """A new partner's key: a short identifier without spaces that no partner has yet."""
    if not key:
        raise InvalidRegisterData(
            msg("a partner needs a key (a short identifier such as 'interpol')"))
    if any(char.isspace() for char in key):
        raise InvalidRegisterData(msg(
            "the key '{key}' contains a space; use letters, digits and hyphens "
            "(for example 'oecd')", key=key))
    if key in taken:
        raise InvalidRegisterData(msg(
            "a partner with the key '{key}' is already in the register", key=key))


def add_partner(db: sqlite_utils.Database, partner: Partner) -> int:
    """Create a new partner; refuse a key already in the register. Return its id."""
    with transaction(db) as conn:
        if conn.execute(f"SELECT 1 FROM {tables.REGISTER_PARTNERS} WHERE key = ?",
                        (partner.key.strip(),)).fetchone() is not None:
            raise InvalidRegisterData(msg(
                "a partner with the key '{key}' is already in the register", key=partner.key))
        return write_partner(conn, partner)


def update_partner(db: sqlite_utils.Database, partner: Partner) -> int:
    """Change an existing partner (found by key); refuse an unknown key."""
    store = RegisterStore(db)
    store.partner(partner.key)  # NotFound for an unknown key
    return store.save_partner(partner)


def delete_partner(db: sqlite_utils.Database, key: str) -> Partner:
    """Remove a partner that has no entries; return it as it was."""
    partner = RegisterStore(db).partner(key)
    with transaction(db) as conn:
        count: int = conn.execute(
            f"SELECT COUNT(*) FROM {tables.REGISTER_ENTRIES} WHERE partner_id = ?",
            (partner.id,),
        ).fetchone()[0]
        if count:
            raise InvalidRegisterData(msgn(
                "partner '{key}' still has {count} agreement in the register; delete it "
                "first",
                "partner '{key}' still has {count} agreements in the register; delete "
                "them first", count, key=key, count=count))
        conn.execute(f"DELETE FROM {tables.REGISTER_PARTNERS} WHERE key = ?", (key,))
    return partner


def add_entry(db: sqlite_utils.Database, entry: RegisterEntry) -> int:
    """Create a new entry; refuse a uid already in the register. Return its id."""
    with transaction(db) as conn:
        _refuse_taken_uid(conn, entry.uid)
        return write_entry(conn, entry)


def _refuse_taken_uid(conn: sqlite3.Connection, uid: str) -> None:
    if conn.execute(f"SELECT 1 FROM {tables.REGISTER_ENTRIES} WHERE uid = ?",
                    (uid,)).fetchone() is not None:
        raise InvalidRegisterData(msg(
            "an entry with the uid '{uid}' is already in the register", uid=uid))


def remove_entry(db: sqlite_utils.Database, uid: str) -> RemovedEntry:
    """Delete the entry ``uid`` with its signatures and signed copies; return them."""
    store = RegisterStore(db)
    entry_id = store.entry_id(uid)
    if entry_id is None:
        raise NotFound(msg("no register entry '{uid}'", uid=uid))
    entry = store.entry(entry_id)
    rows: list[tuple[str, str, int, str, str, bytes]] = connection_of(db).execute(
        f"""SELECT filename, media_type, size, sha256, added_at, content
            FROM {tables.REGISTER_ATTACHMENTS} WHERE entry_id = ? ORDER BY id""",
        (entry_id,),
    ).fetchall()
    copies = tuple(SignedCopyData(*row) for row in rows)
    store.delete_entry(entry_id)
    return RemovedEntry(entry, copies)


def restore_entry(db: sqlite_utils.Database, removed: RemovedEntry) -> int:
    """Put a removed entry back with its signed copies, in one transaction."""
    with transaction(db) as conn:
        _refuse_taken_uid(conn, removed.entry.uid)
        entry_id = write_entry(conn, removed.entry)
        conn.executemany(
            f"""INSERT INTO {tables.REGISTER_ATTACHMENTS}
                (entry_id, filename, media_type, size, sha256, added_at, content)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [(entry_id, c.filename, c.media_type, c.size, c.sha256, c.added_at, c.content)
             for c in removed.copies],
        )
    return entry_id
