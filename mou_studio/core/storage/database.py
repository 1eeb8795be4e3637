"""Opening the database safely: refuse foreign files untouched, then migrate.

A file is inspected read-only before anything writes to it: a .docx, random bytes, another
application's SQLite database or a database from a newer MoU Studio is refused with
:class:`NotAMouStudioDatabase` or :class:`SchemaTooNew`, and its bytes stay as they were.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from typing import cast
from urllib.parse import quote

import sqlite_utils

from mou_studio.core.errors import NotAMouStudioDatabase, SchemaTooNew, StorageError
from mou_studio.core.messages import Message, msg, msgn, verbatim
from mou_studio.core.storage import tables
from mou_studio.core.storage.guard import SQLITE_FAILURES, database_file
from mou_studio.core.storage.migrations import MIGRATIONS

log = logging.getLogger(__name__)

LATEST_SCHEMA_VERSION = len(MIGRATIONS)
SQLITE_HEADER = b"SQLite format 3\x00"
MEMORY = ":memory:"
PAGE_CACHE_KIB = 64 * 1024


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the MoU Studio database at ``path``."""
    if str(path) != MEMORY:
        path = Path(path)
        _refuse_foreign_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(msg("cannot create the folder {folder}: {reason}",
                                   folder=str(path.parent), reason=str(exc))) from exc
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        _configure(conn)
        _migrate(conn)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise StorageError(msg("cannot open the database {path}: {reason}",
                               path=str(path), reason=str(exc))) from exc
    return sqlite_utils.Database(conn)


def _refuse_foreign_file(path: Path) -> None:
    if not path.exists():
        return
    if not path.is_file():
        raise NotAMouStudioDatabase(msg("{path} is not a file", path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(msg("cannot read {path}: {reason}", path=str(path),
                                reason=str(exc.strerror))) from exc
    if not header:
        return  # an empty file is an empty database, as SQLite itself treats it
    if header != SQLITE_HEADER:
        raise NotAMouStudioDatabase(msg(
            "{path} is not a MoU Studio database (not an SQLite file); it was left untouched",
            path=str(path)))
    _inspect_read_only(path)


def _inspect_read_only(path: Path) -> None:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise NotAMouStudioDatabase(msg(
            "{path} is not a readable MoU Studio database ({reason}); it was left untouched",
            path=str(path), reason=str(exc))) from exc
    if app_id != tables.APPLICATION_ID and (has_tables or version):
        raise NotAMouStudioDatabase(msg(
            "{path} is an SQLite database of another application; it was left untouched",
            path=str(path)))
    if version > LATEST_SCHEMA_VERSION:
        raise SchemaTooNew(msg(
            "{path} was written by a newer MoU Studio (schema {version}, this version "
            "reads up to {latest}); it was left untouched",
            path=str(path), version=version, latest=LATEST_SCHEMA_VERSION))


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable against a crash of the app in WAL mode; only power loss can
    # cost the last commits.
    conn.execute("PRAGMA synchronous = NORMAL")
    # Without it a damaged page can read as "no rows" (a lost autosave offer, a clause
    # missing from a search) instead of failing as damaged.
    conn.execute("PRAGMA cell_size_check = ON")
    # A library search walks the index's doclists three times per tier (matches, bm25's
    # document frequencies); SQLite's default 2 MB page cache cannot hold them for a
    # large library, so each search re-read its pages from the OS. 64 MB is a ceiling,
    # allocated only as pages are read.
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _migrate(conn: sqlite3.Connection) -> None:
    current = schema_version(conn)
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        log.info("migrating the database to schema %d: %s", number, migration.name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def connection(db: sqlite_utils.Database) -> sqlite3.Connection:
    """The typed sqlite3 connection under a sqlite-utils database."""
    conn = cast(sqlite3.Connection | None, db.conn)  # pyright: ignore[reportUnknownMemberType]
    if conn is None:
        raise StorageError(msg("the database is closed"))
    return conn


@contextmanager
def transaction(db: sqlite_utils.Database) -> Generator[sqlite3.Connection]:
    """One write transaction: everything inside commits together or not at all.

    Use plain SQL (``conn.execute``) inside: sqlite-utils' table helpers commit by
    themselves.
    """
    conn = connection(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except SQLITE_FAILURES as exc:
        raise StorageError(msg("the database {path} cannot be written: {reason}",
                                path=database_file(conn), reason=str(exc))) from exc
    try:
        yield conn
    except SQLITE_FAILURES as exc:
        _rollback(conn)
        raise StorageError(msg("the database {path} refused the change: {reason}",
                                path=database_file(conn), reason=str(exc))) from exc
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except SQLITE_FAILURES as exc:
        _rollback(conn)
        raise StorageError(msg("the change could not be saved to {path}: {reason}",
                                path=database_file(conn), reason=str(exc))) from exc


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction; SQLite may already have rolled it back by itself.

    After some errors (a full disk, a damaged page) SQLite ends the transaction on its
    own, and a second ROLLBACK would raise over the error that matters.
    """
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            log.warning("rollback failed on %s", database_file(conn), exc_info=True)


def check_database(db: sqlite_utils.Database) -> list[Message]:
    """Run ``PRAGMA integrity_check`` and the schema checks; return the problems found."""
    conn = connection(db)
    try:
        return _problems(db, conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [msg("the database is damaged: {reason}", reason=str(exc))]


def problems_found(path: Path | str, problems: list[Message]) -> Message:
    """The verdict of a check that found ``problems`` in the database at ``path``."""
    return msgn("{path}: {count} problem found", "{path}: {count} problems found",
                len(problems), path=str(path))


def _problems(db: sqlite_utils.Database, conn: sqlite3.Connection) -> list[Message]:
    # SQLite's own findings are its words, shown as they are.
    problems: list[Message] = [
        verbatim(str(row[0])) for row in conn.execute("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    problems += [
        msg("foreign key violation in {table} (row {row})", table=str(row[0]), row=str(row[1]))
        for row in conn.execute("PRAGMA foreign_key_check")
    ]
    app_id: int = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != tables.APPLICATION_ID:
        problems.append(msg("application id is {found}, expected {expected}",
                            found=f"{app_id:#x}", expected=f"{tables.APPLICATION_ID:#x}"))
    version = schema_version(conn)
    if version != LATEST_SCHEMA_VERSION:
        problems.append(msg("schema version {version}, expected {expected}",
                            version=version, expected=LATEST_SCHEMA_VERSION))
    expected = {tables.AGREEMENTS, tables.VERSIONS, tables.APP_STATE, tables.AUTOSAVES}
    missing = expected - set(db.table_names())
    problems += [msg("missing table {name}", name=name) for name in sorted(missing)]
    return problems
