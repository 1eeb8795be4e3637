"""One way to turn SQLite's own errors into a :class:`StorageError` naming the file.

A damaged page, a truncated file or a table dropped by another program makes SQLite raise
``sqlite3.DatabaseError``/``OperationalError`` wherever the store happens to touch it.
Stores wrap their public methods in :func:`guarded` (or a block in :func:`storage_guard`)
so the user reads one clear message instead of a traceback. Writes go through
``transaction()``, which rolls back first, so a refused write leaves nothing behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator
from contextlib import contextmanager
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar

import sqlite_utils

from mou_studio.core.errors import StorageError
from mou_studio.core.messages import msg

P = ParamSpec("P")
R = TypeVar("R")

# What SQLite (or Python decoding its text) raises on a damaged or altered file.
SQLITE_FAILURES = (sqlite3.Error, UnicodeDecodeError)


class HasDatabase(Protocol):
    @property
    def db(self) -> sqlite_utils.Database: ...


S = TypeVar("S", bound=HasDatabase)


def database_file(db: sqlite_utils.Database | sqlite3.Connection) -> str:
    """The path of the main database file behind ``db`` (for messages)."""
    conn: object = db if isinstance(db, sqlite3.Connection) else getattr(db, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        return "?"
    try:
        rows: list[tuple[int, str, str]] = conn.execute("PRAGMA database_list").fetchall()
    except SQLITE_FAILURES:
        return "?"
    return next((file or ":memory:" for _seq, name, file in rows if name == "main"), "?")


def damaged(db: sqlite_utils.Database | sqlite3.Connection,
            exc: sqlite3.Error | UnicodeDecodeError) -> StorageError:
    """The error shown when SQLite fails on the database behind ``db``."""
    return StorageError(msg(
        "the database {path} is damaged or was changed by another program: {reason}",
        path=database_file(db), reason=str(exc)))


@contextmanager
def storage_guard(db: sqlite_utils.Database) -> Generator[None]:
    """Inside, any SQLite failure becomes a :class:`StorageError` naming the file."""
    try:
        yield
    except SQLITE_FAILURES as exc:
        raise damaged(db, exc) from exc


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """A store method whose SQLite failures become a :class:`StorageError`."""

    @wraps(method)
    def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        with storage_guard(self.db):
            return method(self, *args, **kwargs)

    return wrapper
