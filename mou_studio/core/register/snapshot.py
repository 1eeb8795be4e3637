"""Everything the register view shows, read in one go (off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from mou_studio.core.register.attachments import SignedCopies
from mou_studio.core.register.model import Attachment, Partner, RegisterEntry
from mou_studio.core.register.store import RegisterStore, connection_of
from mou_studio.core.storage import AgreementStore, VersionInfo, tables
from mou_studio.core.storage.guard import storage_guard


@dataclass(frozen=True)
class RegisterSnapshot:
    """Entries, partners, and for linked agreements their ids and versions."""

    entries: list[RegisterEntry]
    partners: dict[str, Partner]
    agreement_ids: dict[str, int]  # agreement uid -> id, for linked agreements
    versions: dict[int, list[VersionInfo]]  # agreement id -> its versions
    attachments: dict[int, list[Attachment]]  # entry id -> its signed copies

    def entry(self, entry_id: int) -> RegisterEntry | None:
        """The entry with this id, if it is in the snapshot."""
        return next((e for e in self.entries if e.id == entry_id), None)

    def partner_entries(self, key: str) -> list[RegisterEntry]:
        """A partner's entries, in register order."""
        return [e for e in self.entries if e.partner_key == key]

    def agreement_id(self, entry: RegisterEntry) -> int | None:
        """The id of the drafted agreement an entry records, if any."""
        return self.agreement_ids.get(entry.agreement_uid) if entry.agreement_uid else None


def load_snapshot(db: sqlite_utils.Database) -> RegisterSnapshot:
    """Read the whole register with its links to agreements and signed copies."""
    store = RegisterStore(db)
    entries = store.entries()
    uids = {e.agreement_uid for e in entries if e.agreement_uid}
    with storage_guard(db):
        rows = connection_of(db).execute(f"SELECT uid, id FROM {tables.AGREEMENTS}").fetchall()
    agreement_ids: dict[str, int] = {uid: aid for uid, aid in rows if uid in uids}
    agreements = AgreementStore(db)
    return RegisterSnapshot(
        entries=entries,
        partners={p.key: p for p in store.partners()},
        agreement_ids=agreement_ids,
        versions={aid: agreements.versions(aid) for aid in agreement_ids.values()},
        attachments=SignedCopies(db).by_entry(),
    )
