"""Write files whole or not at all: temp files beside the targets, then os.replace."""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from mou_studio.core.errors import ExportError
from mou_studio.core.messages import Message, msg, verbatim

# Windows reports a file open in Word as a sharing violation (winerror 32 or 33).
_WINDOWS_LOCKED = (32, 33)


def write_files_atomically(files: dict[Path, bytes]) -> None:
    """Write every file of ``files``; on any failure, none of them is changed."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            staged.append((_stage(path, data), path))
        for temp, path in staged:
            _replace(temp, path)
    finally:
        for temp, _ in staged:
            with suppress(OSError):
                os.unlink(temp)


def _stage(path: Path, data: bytes) -> str:
    directory = path.parent
    if not directory.is_dir():
        raise ExportError(msg("cannot write {path}: the folder {folder} does not exist",
                              path=str(path), folder=str(directory)))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise ExportError(describe_os_error(exc, path)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with suppress(OSError):
            os.unlink(temp)
        raise ExportError(describe_os_error(exc, path)) from exc
    return temp


def _replace(temp: str, path: Path) -> None:
    if path.is_dir():
        raise ExportError(msg("cannot write {path}: it is a folder", path=str(path)))
    try:
        os.replace(temp, path)
    except OSError as exc:
        raise ExportError(describe_os_error(exc, path)) from exc


def describe_os_error(exc: OSError, path: Path) -> Message:
    """A sentence saying why ``path`` could not be written and what to do."""
    where = str(path)
    if getattr(exc, "winerror", None) in _WINDOWS_LOCKED:
        return msg("cannot write {path}: the file is open in another program "
                   "(Word?); close it and export again", path=where)
    if exc.errno == errno.ENOSPC:
        return msg("cannot write {path}: the disk is full; free some space and export again",
                   path=where)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("cannot write {path}: permission denied (the file or its folder is "
                   "read-only, or the file is open in another program)", path=where)
    if exc.errno == errno.EROFS:
        return msg("cannot write {path}: the disk is read-only", path=where)
    return msg("cannot write {path}: {reason}", path=where,
               reason=verbatim(exc.strerror or str(exc)))
