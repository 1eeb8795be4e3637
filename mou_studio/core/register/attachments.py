"""Signed copies (PDF or .docx) kept in the database with their SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlite_utils

from mou_studio.core.errors import AttachmentRejected, NotFound, StorageError
from mou_studio.core.messages import Message, msg
from mou_studio.core.register.atomic import write_atomically
from mou_studio.core.register.model import Attachment
from mou_studio.core.register.store import connection_of
from mou_studio.core.storage import tables, transaction
from mou_studio.core.storage.agreements import utc_now
from mou_studio.core.storage.guard import guarded

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_COLUMNS = "id, entry_id, filename, media_type, size, sha256, added_at"


def sniff_media_type(filename: str, head: bytes) -> str:
    """The media type of a signed copy from its first bytes; refuse anything else."""
    suffix = Path(filename).suffix.lower()
    if head.startswith(b"%PDF-"):
        return PDF_TYPE
    if head.startswith(b"PK\x03\x04") and suffix == ".docx":
        return DOCX_TYPE
    raise AttachmentRejected(msg(
        "{filename} is not a PDF or a .docx file; attach the signed copy as PDF or .docx",
        filename=filename,
    ))


class SignedCopies:
    """The signed copies attached to register entries."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._conn = connection_of(db)

    @guarded
    def attach(self, entry_id: int, path: Path) -> Attachment:
        """Store the file at ``path`` as a signed copy of entry ``entry_id``."""
        data = _read_bounded(path)
        return self.attach_bytes(entry_id, path.name, data)

    @guarded
    def attach_bytes(self, entry_id: int, filename: str, data: bytes) -> Attachment:
        """Store ``data`` (named ``filename``) as a signed copy of entry ``entry_id``."""
        if not data:
            raise AttachmentRejected(msg("{filename} is empty", filename=filename))
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise AttachmentRejected(_too_big(filename, len(data)))
        media_type = sniff_media_type(filename, data[:8])
        digest = hashlib.sha256(data).hexdigest()
        added_at = utc_now()
        with transaction(self.db) as conn:
            if conn.execute(
                f"SELECT 1 FROM {tables.REGISTER_ENTRIES} WHERE id = ?", (entry_id,)
            ).fetchone() is None:
                raise NotFound(msg("no register entry with id {id}", id=entry_id))
            cursor = conn.execute(
                f"""INSERT INTO {tables.REGISTER_ATTACHMENTS}
                    (entry_id, filename, media_type, size, sha256, added_at, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (entry_id, filename, media_type, len(data), digest, added_at, data),
            )
            new_id = cursor.lastrowid
        if new_id is None:
            raise StorageError(msg("the signed copy was not stored"))
        return Attachment(new_id, entry_id, filename, media_type, len(data), digest, added_at)

    @guarded
    def list(self, entry_id: int) -> list[Attachment]:
        """The signed copies of an entry, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {tables.REGISTER_ATTACHMENTS} WHERE entry_id = ? "
            "ORDER BY id",
            (entry_id,),
        ).fetchall()
        return [Attachment(*row) for row in rows]

    @guarded
    def by_entry(self) -> dict[int, list[Attachment]]:
        """Every signed copy (without its bytes), grouped by entry id."""
        found: dict[int, list[Attachment]] = {}
        for row in self._conn.execute(
            f"SELECT {_COLUMNS} FROM {tables.REGISTER_ATTACHMENTS} ORDER BY id"
        ).fetchall():
            attachment = Attachment(*row)
            found.setdefault(attachment.entry_id, []).append(attachment)
        return found

    @guarded
    def content(self, attachment_id: int) -> bytes:
        """The bytes of a signed copy, checked against its stored SHA-256."""
        row = self._conn.execute(
            f"SELECT content, sha256 FROM {tables.REGISTER_ATTACHMENTS} WHERE id = ?",
            (attachment_id,),
        ).fetchone()
        if row is None:
            raise NotFound(msg("no signed copy with id {id}", id=attachment_id))
        data: bytes = row[0]
        if hashlib.sha256(data).hexdigest() != row[1]:
            raise StorageError(msg("signed copy {id} is damaged (SHA-256 mismatch)",
                                   id=attachment_id))
        return data

    @guarded
    def save_to(self, attachment_id: int, destination: Path) -> None:
        """Write a signed copy to ``destination`` atomically (temp file, then replace)."""
        write_atomically(destination, self.content(attachment_id))

    @guarded
    def delete(self, attachment_id: int) -> None:
        """Remove a signed copy."""
        with transaction(self.db) as conn:
            cursor = conn.execute(
                f"DELETE FROM {tables.REGISTER_ATTACHMENTS} WHERE id = ?", (attachment_id,)
            )
            if cursor.rowcount == 0:
                raise NotFound(msg("no signed copy with id {id}", id=attachment_id))


def _read_bounded(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentRejected(_too_big(path.name, size))
        with path.open("rb") as handle:
            return handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise AttachmentRejected(msg("cannot read {path}: {reason}", path=str(path),
                                     reason=exc.strerror or str(exc))) from exc


def _too_big(filename: str, size: int) -> Message:
    return msg(
        "{filename} is {size} MB; a signed copy may be at most {limit} MB "
        "(scan it at a lower resolution)",
        filename=filename, size=f"{size / 1_048_576:.1f}",
        limit=MAX_ATTACHMENT_BYTES // 1_048_576,
    )
