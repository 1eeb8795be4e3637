"""Rotating backups of the database, made and restored with SQLite's online backup API.

Backups live in a ``backups/`` folder beside the database, one file each, named after the
database and the UTC time they were made (``mou-studio-20261123T163000Z.db``). A backup is
written to a temporary file, checked, then renamed into place, so a crash never leaves a
half-written backup under a backup's name. Restoring keeps a safety copy of the current
database first, then replaces the database file in one rename.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mou_studio.core.errors import NotFound, StorageError
from mou_studio.core.messages import msg
from mou_studio.core.storage import tables
from mou_studio.core.storage.database import LATEST_SCHEMA_VERSION, SQLITE_HEADER

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 10
AUTOMATIC_INTERVAL = dt.timedelta(days=1)
SAFETY_SUFFIX = "before-restore"
STALE_TEMP_SECONDS = 3600
_TEMP_PREFIX = ".mou-studio-"
_TEMP_SUFFIX = ".tmp"
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?"
                   r"(?:-(?P<tag>[a-z-]+))?\.db$")

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made, how big it is."""

    path: Path
    created_at: dt.datetime
    size: int
    tag: str | None = None
    sequence: int = 1

    @property
    def name(self) -> str:
        return self.path.name


def utc_clock() -> dt.datetime:
    """The current time in UTC, to the second (the default clock of this module)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def backup_dir(database_path: Path) -> Path:
    """The folder holding the backups of ``database_path``."""
    return database_path.parent / BACKUP_DIR_NAME


def list_backups(database_path: Path) -> list[BackupInfo]:
    """The backups of ``database_path``, newest first."""
    folder = backup_dir(database_path)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        info = _parse_name(path, database_path.stem)
        if info is not None:
            found.append(info)
    found.sort(key=lambda b: (b.created_at, b.sequence), reverse=True)
    return found


def create_backup(database_path: Path, keep: int = DEFAULT_KEEP, clock: Clock = utc_clock,
                  tag: str | None = None) -> BackupInfo:
    """Back up the database now; keep only the ``keep`` newest backups."""
    if keep < 1:
        raise StorageError(msg("at least one backup must be kept"))
    _require_database(database_path)
    source = _connect_existing(database_path)
    try:
        info = _write_backup(source, database_path, clock(), tag)
    finally:
        source.close()
    rotate_backups(database_path, keep, protect=info.path)
    return info


def backup_if_due(database_path: Path, keep: int = DEFAULT_KEEP, clock: Clock = utc_clock,
                  interval: dt.timedelta = AUTOMATIC_INTERVAL) -> BackupInfo | None:
    """Make a backup unless one was made less than ``interval`` ago; return it if made."""
    if not database_path.exists():
        return None
    now = clock()
    newest = next((b for b in list_backups(database_path) if b.tag is None), None)
    if newest is not None and now - newest.created_at < interval:
        return None
    return create_backup(database_path, keep, clock=lambda: now)


def rotate_backups(database_path: Path, keep: int, protect: Path | None = None) -> list[Path]:
    """Delete the oldest backups beyond ``keep``, and stale temp files; return the paths."""
    deleted: list[Path] = _remove_stale_temps(backup_dir(database_path))
    for info in list_backups(database_path)[keep:]:
        if info.path == protect:
            continue
        try:
            info.path.unlink()
        except OSError as exc:
            raise StorageError(msg("cannot delete the old backup {path}: {reason}",
                                   path=str(info.path), reason=str(exc))) from exc
        deleted.append(info.path)
    return deleted


def find_backup(database_path: Path, name_or_path: str) -> Path:
    """Resolve a backup given as a path or as a file name in the backups folder."""
    candidate = Path(name_or_path).expanduser()
    if candidate.is_file():
        return candidate
    in_folder = backup_dir(database_path) / name_or_path
    if in_folder.is_file():
        return in_folder
    raise NotFound(msg(
        "no backup '{name}' (see `mou-studio-cli backups` for the list)", name=name_or_path))


def verify_backup(path: Path) -> None:
    """Raise :class:`StorageError` unless ``path`` is an intact MoU Studio database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(msg("cannot read the backup {path}: {reason}",
                                path=str(path), reason=str(exc.strerror))) from exc
    if header != SQLITE_HEADER:
        raise StorageError(msg("{path} is not a MoU Studio backup (not an SQLite file)",
                                path=str(path)))
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
        try:
            app_id: int = conn.execute("PRAGMA application_id").fetchone()[0]
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            check = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise StorageError(msg("the backup {path} is damaged: {reason}",
                                path=str(path), reason=str(exc))) from exc
    if app_id != tables.APPLICATION_ID:
        raise StorageError(msg("{path} is not a MoU Studio backup (another application's file)",
                                path=str(path)))
    if version > LATEST_SCHEMA_VERSION:
        raise StorageError(msg("{path} was made by a newer MoU Studio (schema {version})",
                                path=str(path), version=version))
    if check != ["ok"]:
        raise StorageError(msg("the backup {path} is damaged: {reason}",
                                path=str(path), reason="; ".join(check[:3])))


def restore_backup(database_path: Path, backup_path: Path, keep: int = DEFAULT_KEEP,
                   clock: Clock = utc_clock) -> BackupInfo | None:
    """Replace the database with ``backup_path``; return the safety copy of the old one.

    The backup is checked first; nothing changes if it is not an intact MoU Studio
    database. No connection to the database may be open while this runs.
    """
    verify_backup(backup_path)
    safety = None
    if database_path.exists() and database_path.stat().st_size > 0:
        safety = _safety_copy(database_path, clock(), keep)
    staged = _stage_copy(backup_path, database_path.parent)
    try:
        _retire_journal(database_path)
        os.replace(staged, database_path)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise StorageError(msg("cannot replace {path}: {reason}",
                                path=str(database_path), reason=str(exc))) from exc
    return safety


# -- internals ---------------------------------------------------------------------------


def _require_database(database_path: Path) -> None:
    if not database_path.is_file():
        raise NotFound(msg("there is no database at {path} to back up", path=str(database_path)))


def _connect_existing(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, timeout=10)
        app_id: int = conn.execute("PRAGMA application_id").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise StorageError(msg("cannot read the database {path}: {reason}",
                                path=str(path), reason=str(exc))) from exc
    if app_id != tables.APPLICATION_ID:
        conn.close()
        raise StorageError(msg("{path} is not a MoU Studio database; nothing was backed up",
                                path=str(path)))
    return conn


def _write_backup(source: sqlite3.Connection, database_path: Path, when: dt.datetime,
                  tag: str | None) -> BackupInfo:
    folder = backup_dir(database_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(msg("cannot create the backup folder {folder}: {reason}",
                                folder=str(folder), reason=str(exc))) from exc
    target = _free_name(folder, database_path.stem, when, tag)
    staged = _temp_path(folder)
    try:
        _copy_database(source, staged)
        verify_backup(staged)
        os.replace(staged, target)
    except (OSError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        raise StorageError(msg("the backup could not be written to {folder}: {reason}",
                                folder=str(folder), reason=str(exc))) from exc
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return BackupInfo(target, when, target.stat().st_size, tag)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a consistent snapshot of ``source`` into a new single-file database."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # A backup is one self-contained file: no WAL beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def _stage_copy(backup_path: Path, folder: Path) -> Path:
    staged = _temp_path(folder)
    try:
        source = sqlite3.connect(f"file:{backup_path.resolve()}?mode=ro", uri=True)
        try:
            _copy_database(source, staged)
        finally:
            source.close()
        # The live database runs in WAL mode; set it now so the first open finds it so.
        conn = sqlite3.connect(str(staged))
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        _remove_sidecars(staged)
    except (OSError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        _remove_sidecars(staged)
        raise StorageError(msg("cannot prepare the restore in {folder}: {reason}",
                                folder=str(folder), reason=str(exc))) from exc
    return staged


def _safety_copy(database_path: Path, when: dt.datetime, keep: int) -> BackupInfo:
    """Back up the current database before it is replaced; a damaged one is copied raw."""
    try:
        return create_backup(database_path, keep + 1, clock=lambda: when, tag=SAFETY_SUFFIX)
    except StorageError:
        folder = backup_dir(database_path)
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, database_path.stem, when, SAFETY_SUFFIX)
        shutil.copy2(database_path, target)
        wal = _sidecar(database_path, "-wal")
        if wal.exists():
            shutil.copy2(wal, _sidecar(target, "-wal"))
        return BackupInfo(target, when, target.stat().st_size, SAFETY_SUFFIX)


def _retire_journal(database_path: Path) -> None:
    """Fold the WAL into the old file, then remove it, so it never meets the new file."""
    if _sidecar(database_path, "-wal").exists():
        try:
            conn = sqlite3.connect(str(database_path), timeout=10)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            pass  # a damaged database: its safety copy already holds the WAL
    _remove_sidecars(database_path)


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        _sidecar(path, suffix).unlink(missing_ok=True)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_stale_temps(folder: Path) -> list[Path]:
    """Remove what a backup killed half-way left (older than an hour: not one running)."""
    if not folder.is_dir():
        return []
    cutoff = dt.datetime.now().timestamp() - STALE_TEMP_SECONDS
    removed: list[Path] = []
    for temp in folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}*"):
        try:
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
                removed.append(temp)
        except OSError:
            continue  # gone meanwhile, or not ours to remove: not worth failing a backup
    return removed


def _temp_path(folder: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=folder)
    os.close(handle)
    Path(name).unlink()  # sqlite creates it; only the unique name was wanted
    return Path(name)


def _free_name(folder: Path, stem: str, when: dt.datetime, tag: str | None) -> Path:
    stamp = when.astimezone(dt.UTC).strftime(_STAMP_FORMAT)
    tail = f"-{tag}" if tag else ""
    candidate = folder / f"{stem}-{stamp}{tail}.db"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{counter}{tail}.db"
        counter += 1
    return candidate


def _parse_name(path: Path, stem: str) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem or not path.is_file():
        return None
    created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
    return BackupInfo(path, created, path.stat().st_size, match["tag"], int(match["n"] or 1))
