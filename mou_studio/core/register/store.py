"""Reading and writing the register: partners and entries, each write one transaction."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import Any, TypeVar, cast

import sqlite_utils

from mou_studio.core.errors import InvalidRegisterData, NotFound, StorageError
from mou_studio.core.messages import msg
from mou_studio.core.model import AgreementKind, LangText
from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.model import (
    Partner,
    PartnerKind,
    RegisterEntry,
    Signature,
    Status,
)
from mou_studio.core.storage import tables, transaction
from mou_studio.core.storage.guard import guarded
from mou_studio.core.tasks import TaskControl

_E = TypeVar("_E", PartnerKind, Status, AgreementKind)

_ENTRY_COLUMNS = """e.id, e.uid, p.key, e.title, e.kind, e.status, e.subject, e.effective_on,
    e.expires_on, e.review_on, e.notice_days, a.uid, e.signed_version, e.notes"""
_ENTRY_FROM = f"""{tables.REGISTER_ENTRIES} e
    JOIN {tables.REGISTER_PARTNERS} p ON p.id = e.partner_id
    LEFT JOIN {tables.AGREEMENTS} a ON a.id = e.agreement_id"""


class RegisterStore:
    """The agreements register in the database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._conn = connection_of(db)

    # -- partners ------------------------------------------------------------------

    @guarded
    def partners(self) -> list[Partner]:
        """Every partner, in key order."""
        rows = self._conn.execute(
            f"SELECT id, key, kind, name, acronym, notes FROM {tables.REGISTER_PARTNERS} "
            "ORDER BY key"
        ).fetchall()
        return [_partner(row) for row in rows]

    @guarded
    def partner(self, key: str) -> Partner:
        """The partner with this key."""
        row = self._conn.execute(
            f"SELECT id, key, kind, name, acronym, notes FROM {tables.REGISTER_PARTNERS} "
            "WHERE key = ?",
            (key,),
        ).fetchone()
        if row is None:
            raise NotFound(msg("no partner '{key}' in the register (see `register partners`)",
                               key=key))
        return _partner(row)

    @guarded
    def save_partner(self, partner: Partner) -> int:
        """Create or update (by key) a partner; return its id."""
        with transaction(self.db) as conn:
            return write_partner(conn, partner)

    # -- entries -------------------------------------------------------------------

    @guarded
    def entries(self, partner_key: str | None = None) -> list[RegisterEntry]:
        """Every entry (or one partner's), with its signatures, in id order."""
        where, params = ("WHERE p.key = ?", (partner_key,)) if partner_key else ("", ())
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM {_ENTRY_FROM} {where} ORDER BY e.id", params
        ).fetchall()
        signatures = self._signatures()
        return [_entry(row, signatures.get(row[0], [])) for row in rows]

    @guarded
    def entry(self, entry_id: int) -> RegisterEntry:
        """The entry with this id."""
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM {_ENTRY_FROM} WHERE e.id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise NotFound(msg("no register entry with id {id} (see `register list`)",
                               id=entry_id))
        return _entry(row, self._signatures(entry_id).get(entry_id, []))

    @guarded
    def entry_id(self, uid: str) -> int | None:
        """The id of the entry with this uid, or None."""
        row = self._conn.execute(
            f"SELECT id FROM {tables.REGISTER_ENTRIES} WHERE uid = ?", (uid,)
        ).fetchone()
        return None if row is None else int(row[0])

    @guarded
    def uids(self) -> set[str]:
        """The uids of every entry."""
        rows = self._conn.execute(f"SELECT uid FROM {tables.REGISTER_ENTRIES}").fetchall()
        return {str(row[0]) for row in rows}

    @guarded
    def link_agreement(self, entry_id: int, agreement_id: int | None,
                       signed_version: int | None = None) -> None:
        """Record (or with None, forget) the drafted agreement and its signed version."""
        entry = self.entry(entry_id)
        uid = None
        if agreement_id is not None:
            row = self._conn.execute(
                f"SELECT uid FROM {tables.AGREEMENTS} WHERE id = ?", (agreement_id,)
            ).fetchone()
            if row is None:
                raise NotFound(msg("no agreement with id {id} (see `list`)", id=agreement_id))
            uid = str(row[0])
        entry.agreement_uid, entry.signed_version = uid, signed_version
        self.save_entry(entry)

    @guarded
    def entries_for_agreement(self, agreement_id: int) -> list[RegisterEntry]:
        """The entries that record this drafted agreement."""
        ids = [row[0] for row in self._conn.execute(
            f"SELECT id FROM {tables.REGISTER_ENTRIES} WHERE agreement_id = ? ORDER BY id",
            (agreement_id,),
        ).fetchall()]
        return [self.entry(entry_id) for entry_id in ids]

    @guarded
    def save_entry(self, entry: RegisterEntry) -> int:
        """Create or update (by uid) an entry; its partner must exist. Return its id."""
        with transaction(self.db) as conn:
            return write_entry(conn, entry)

    @guarded
    def save_all(self, partners: Iterable[Partner], entries: Iterable[RegisterEntry],
                 control: TaskControl | None = None) -> None:
        """Write partners then entries in one transaction: all of them or none.

        Cancelling through ``control`` rolls everything back.
        """
        chosen = list(entries)
        with transaction(self.db) as conn:
            for partner in partners:
                write_partner(conn, partner)
            for done, entry in enumerate(chosen):
                if control is not None and done % 200 == 0:
                    control.progress(done, len(chosen), "writing")
                write_entry(conn, entry)

    @guarded
    def delete_entry(self, entry_id: int) -> None:
        """Remove an entry with its signatures and signed copies."""
        with transaction(self.db) as conn:
            cursor = conn.execute(
                f"DELETE FROM {tables.REGISTER_ENTRIES} WHERE id = ?", (entry_id,)
            )
            if cursor.rowcount == 0:
                raise NotFound(msg("no register entry with id {id}", id=entry_id))

    def _signatures(self, entry_id: int | None = None) -> dict[int, list[Signature]]:
        where, params = ("WHERE entry_id = ?", (entry_id,)) if entry_id else ("", ())
        rows = self._conn.execute(
            f"SELECT entry_id, party, signed_on, place FROM {tables.REGISTER_SIGNATURES} "
            f"{where} ORDER BY entry_id, position",
            params,
        ).fetchall()
        found: dict[int, list[Signature]] = {}
        for owner, party, signed_on, place in rows:
            date = PartialDate.parse(signed_on) if signed_on else None
            found.setdefault(owner, []).append(Signature(party, date, place))
        return found


def connection_of(db: sqlite_utils.Database) -> sqlite3.Connection:
    """The typed sqlite3 connection under a sqlite-utils database (reads stay typed)."""
    # sqlite-utils leaves ``conn`` untyped; checking it keeps pyright-strict code typed.
    conn: object = getattr(db, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        raise StorageError(msg("the database is closed"))
    return conn


def write_partner(conn: sqlite3.Connection, partner: Partner) -> int:
    """Insert or update a partner by key inside the caller's transaction."""
    check_partner(partner)
    conn.execute(
        f"""INSERT INTO {tables.REGISTER_PARTNERS} (key, kind, name, acronym, notes)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                acronym = excluded.acronym, notes = excluded.notes""",
        (partner.key, partner.kind.value, _dump(partner.name), _dump(partner.acronym),
         partner.notes),
    )
    return _id_of(conn, tables.REGISTER_PARTNERS, "key", partner.key)


def check_partner(partner: Partner) -> None:
    """Raise InvalidRegisterData when the partner cannot be stored as it is."""
    if not partner.key.strip():
        raise InvalidRegisterData(
            msg("a partner needs a key (a short identifier such as 'interpol')"))
    if not any(partner.name.values()) and not any(partner.acronym.values()):
        raise InvalidRegisterData(msg("partner '{key}' needs a name or an acronym",
                                      key=partner.key))


def write_entry(conn: sqlite3.Connection, entry: RegisterEntry) -> int:
    """Insert or update an entry by uid, replacing its signatures; caller's transaction."""
    partner_id = _partner_id(conn, entry.partner_key)
    agreement_id = _agreement_id(conn, entry)
    values = (
        partner_id, _dump(entry.title), entry.kind.value, entry.status.value,
        _dump(entry.subject), _iso(entry.effective_on), _iso(entry.expires_on),
        _iso(entry.review_on), entry.notice_days, agreement_id, entry.signed_version,
        entry.notes,
    )
    conn.execute(
        f"""INSERT INTO {tables.REGISTER_ENTRIES}
            (uid, partner_id, title, kind, status, subject, effective_on, expires_on,
             review_on, notice_days, agreement_id, signed_version, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(uid) DO UPDATE SET partner_id = excluded.partner_id,
                title = excluded.title, kind = excluded.kind, status = excluded.status,
                subject = excluded.subject, effective_on = excluded.effective_on,
                expires_on = excluded.expires_on, review_on = excluded.review_on,
                notice_days = excluded.notice_days, agreement_id = excluded.agreement_id,
                signed_version = excluded.signed_version, notes = excluded.notes""",
        (entry.uid, *values),
    )
    entry_id = _id_of(conn, tables.REGISTER_ENTRIES, "uid", entry.uid)
    conn.execute(f"DELETE FROM {tables.REGISTER_SIGNATURES} WHERE entry_id = ?", (entry_id,))
    conn.executemany(
        f"""INSERT INTO {tables.REGISTER_SIGNATURES} (entry_id, position, party, signed_on,
            place) VALUES (?, ?, ?, ?, ?)""",
        [(entry_id, n, s.party, s.date.iso() if s.date else None, s.place)
         for n, s in enumerate(entry.signatures, start=1)],
    )
    return entry_id


def _partner_id(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute(
        f"SELECT id FROM {tables.REGISTER_PARTNERS} WHERE key = ?", (key,)
    ).fetchone()
    if row is None:
        raise InvalidRegisterData(
            msg("no partner '{key}' in the register; add the partner first", key=key))
    return int(row[0])


def _agreement_id(conn: sqlite3.Connection, entry: RegisterEntry) -> int | None:
    if entry.agreement_uid is None:
        if entry.signed_version is not None:
            raise InvalidRegisterData(msg(
                "entry '{uid}' names a signed version but no agreement", uid=entry.uid))
        return None
    row = conn.execute(
        f"SELECT id FROM {tables.AGREEMENTS} WHERE uid = ?", (entry.agreement_uid,)
    ).fetchone()
    if row is None:
        raise InvalidRegisterData(msg("no agreement with uid '{uid}'",
                                      uid=entry.agreement_uid))
    if entry.signed_version is not None and conn.execute(
        f"SELECT 1 FROM {tables.VERSIONS} WHERE agreement_id = ? AND number = ?",
        (row[0], entry.signed_version),
    ).fetchone() is None:
        raise InvalidRegisterData(msg("agreement '{uid}' has no version {version}",
                                      uid=entry.agreement_uid, version=entry.signed_version))
    return int(row[0])


def _id_of(conn: sqlite3.Connection, table: str, column: str, value: str) -> int:
    row = conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (value,)).fetchone()
    if row is None:
        raise StorageError(msg("the {table} row '{value}' was not stored",
                               table=table, value=value))
    return int(row[0])


def _partner(row: tuple[Any, ...]) -> Partner:
    pid, key, kind, name, acronym, notes = row
    return Partner(key, _enum(PartnerKind, kind), _load(name), _load(acronym), notes, pid)


def _entry(row: tuple[Any, ...], signatures: list[Signature]) -> RegisterEntry:
    (eid, uid, partner_key, title, kind, status, subject, effective_on, expires_on,
     review_on, notice_days, agreement_uid, signed_version, notes) = row
    return RegisterEntry(
        uid=uid, partner_key=partner_key, title=_load(title),
        kind=_enum(AgreementKind, kind), status=_enum(Status, status),
        subject=_load(subject), signatures=signatures, effective_on=_day(effective_on),
        expires_on=_day(expires_on), review_on=_day(review_on), notice_days=notice_days,
        agreement_uid=agreement_uid, signed_version=signed_version, notes=notes, id=eid,
    )


def _enum(cls: type[_E], value: str) -> _E:
    try:
        return cls(value)
    except ValueError as exc:
        raise StorageError(msg("the register holds an unknown {kind} '{value}'",
                               kind=cls.__name__, value=value)) from exc


def _dump(text: LangText) -> str:
    return json.dumps({k: v for k, v in text.items() if v}, ensure_ascii=False, sort_keys=True)


def _load(text: str) -> LangText:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise StorageError(msg("the register holds a damaged multilingual text"))
    return {str(k): str(v) for k, v in cast(dict[Any, Any], data).items()}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)
