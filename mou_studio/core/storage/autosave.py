"""Autosaved drafts: unsaved work kept apart from the working copy until saved or dropped."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from mou_studio.core.errors import InvalidDocument, NotFound, StorageError
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement
from mou_studio.core.serialize import (
    agreement_from_json,
    agreement_to_json,
    canonical_json_hash,
)
from mou_studio.core.storage import tables
from mou_studio.core.storage.agreements import utc_now, write_working_copy
from mou_studio.core.storage.database import connection, transaction
from mou_studio.core.storage.guard import guarded


@dataclass(frozen=True)
class PendingDraft:
    """Unsaved work found in the database (after a crash, or a close without saving)."""

    agreement_id: int
    title: str
    saved_at: str


class AutosaveStore:
    """Writes and reads the autosave slot of each agreement; each write is atomic."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.conn = connection(db)

    @guarded
    def autosave(self, agreement_id: int, agreement: Agreement) -> None:
        """Keep ``agreement`` as the unsaved state of ``agreement_id`` (replacing any)."""
        with transaction(self.db) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO {tables.AUTOSAVES} (agreement_id, saved_at, content) "
                "VALUES (?, ?, ?)",
                (agreement_id, utc_now(), agreement_to_json(agreement)),
            )

    @guarded
    def pending(self) -> list[PendingDraft]:
        """Every agreement with unsaved work whose content differs from its working copy."""
        rows = self.conn.execute(
            f"""SELECT s.agreement_id, a.title, s.saved_at, s.content, a.content_hash
                FROM {tables.AUTOSAVES} s JOIN {tables.AGREEMENTS} a
                ON a.id = s.agreement_id ORDER BY s.saved_at"""
        ).fetchall()
        drafts: list[PendingDraft] = []
        # Autosaves are stored as canonical JSON, so hashing the text needs no parsing.
        for agreement_id, title, saved_at, content, saved_hash in rows:
            if canonical_json_hash(content) != saved_hash:
                drafts.append(PendingDraft(agreement_id, title, saved_at))
        return drafts

    @guarded
    def recover(self, agreement_id: int) -> Agreement:
        """The unsaved state of ``agreement_id``."""
        row = self.conn.execute(
            f"SELECT content FROM {tables.AUTOSAVES} WHERE agreement_id = ?", (agreement_id,)
        ).fetchone()
        if row is None:
            raise NotFound(msg("agreement {id} has no unsaved work", id=agreement_id))
        return _parse(row[0])

    @guarded
    def save(self, agreement_id: int, agreement: Agreement) -> None:
        """Make ``agreement`` the working copy and clear the autosave, in one transaction."""
        with transaction(self.db) as conn:
            write_working_copy(conn, agreement_id, agreement)
            conn.execute(f"DELETE FROM {tables.AUTOSAVES} WHERE agreement_id = ?",
                         (agreement_id,))

    @guarded
    def discard(self, agreement_id: int) -> None:
        """Drop the unsaved work of ``agreement_id``."""
        with transaction(self.db) as conn:
            conn.execute(f"DELETE FROM {tables.AUTOSAVES} WHERE agreement_id = ?",
                         (agreement_id,))


def _parse(content: str) -> Agreement:
    try:
        return agreement_from_json(content)
    except InvalidDocument as exc:
        raise StorageError(msg("the autosaved draft is damaged: {reason}",
                               reason=exc.message)) from exc

