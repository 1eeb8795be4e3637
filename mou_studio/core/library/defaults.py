"""The default library shipped in ``templates/library/*.json``, loaded on first start.

JSON rather than TOML because every new database (and so every test database) loads
it: the standard JSON parser reads the whole library in milliseconds, tomllib took
about 0.2 s.

Each data file holds the clauses of one topic. Fields left out take the defaults of
shipped content: the file's topic, status approved, and French as in the source with
the English and Russian texts marked as the team's translations.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from mou_studio.core.errors import InvalidDocument, StorageError
from mou_studio.core.library.codec import clause_from_data
from mou_studio.core.library.model import Clause
from mou_studio.core.library.store import add_clause, fetch_one
from mou_studio.core.messages import msg, verbatim
from mou_studio.core.storage import tables, transaction

log = logging.getLogger(__name__)

DEFAULTS_LOADED_KEY = "library_defaults_loaded"
FILE_LEVEL_FIELDS = ("topic", "register", "status", "translation")
SHIPPED_DEFAULTS: dict[str, Any] = {
    "status": "approved",
    "translation": {"fr": "source", "en": "team", "ru": "team"},
}


def load_library_file(path: Path) -> list[Clause]:
    """The clauses of one data file, validated."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidDocument(msg("cannot read the library file {name}: {reason}",
                                  name=path.name, reason=verbatim(str(exc)))) from exc
    if not isinstance(data, dict):
        raise InvalidDocument(msg("{name}: expected an object with a 'clauses' list",
                                  name=path.name))
    document: dict[str, Any] = data  # pyright: ignore[reportUnknownVariableType]
    file_defaults = {key: document[key] for key in FILE_LEVEL_FIELDS if key in document}
    entries = document.get("clauses", [])
    if not isinstance(entries, list):
        raise InvalidDocument(msg("{name}: 'clauses' must be a list of clause objects",
                                  name=path.name))
    clauses: list[Clause] = []
    items: list[Any] = entries  # pyright: ignore[reportUnknownVariableType]
    for number, entry in enumerate(items, 1):
        if not isinstance(entry, dict):
            raise InvalidDocument(msg("{name}: clause {number} is not an object",
                                      name=path.name, number=number))
        merged: dict[str, Any] = {**SHIPPED_DEFAULTS, **file_defaults, **entry}
        where = msg("{name}, clause {number}", name=path.name, number=number)
        clauses.append(clause_from_data(merged, where))
    return clauses


def load_default_library(folder: Path) -> list[Clause]:
    """Every clause of every data file in ``folder``, file by file in name order."""
    clauses: list[Clause] = []
    for path in sorted(folder.glob("*.json")):
        clauses.extend(load_library_file(path))
    ids = [clause.id for clause in clauses]
    duplicates = sorted({cid for cid in ids if ids.count(cid) > 1})
    if duplicates:
        raise InvalidDocument(msg("the default library repeats clause ids: {ids}",
                                  ids=", ".join(duplicates)))
    return clauses


def ensure_default_library(db: sqlite_utils.Database, folder: Path) -> int:
    """Load the default library into a database that never had it; return the count.

    Runs once per database: a user who withdraws or edits a default clause keeps their
    version, and clauses already present (e.g. from a pack) are left as they are.
    """
    try:
        loaded = fetch_one(db, f"SELECT 1 FROM {tables.APP_STATE} WHERE key = ?",
                           (DEFAULTS_LOADED_KEY,))
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        # The first seeder to run: a damaged database must stop here as a clear error.
        raise StorageError(msg("the database cannot be read: {reason}",
                               reason=str(exc))) from exc
    if loaded is not None:
        return 0
    clauses = load_default_library(folder)
    added = 0
    with transaction(db) as conn:
        for clause in clauses:
            exists = conn.execute(f"SELECT 1 FROM {tables.LIBRARY_CLAUSES} WHERE clause_id = ?",
                                  (clause.id,)).fetchone()
            if exists is None:
                add_clause(conn, clause)
                added += 1
        conn.execute(f"INSERT OR REPLACE INTO {tables.APP_STATE} (key, value) VALUES (?, ?)",
                     (DEFAULTS_LOADED_KEY, "1"))
    log.info("loaded %d default library clauses", added)
    return added
