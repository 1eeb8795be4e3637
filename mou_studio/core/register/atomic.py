"""Files written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mou_studio.core.errors import StorageError


def write_atomically(destination: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``destination``, then rename it into place."""
    folder = destination.resolve().parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", dir=folder)
    except OSError as exc:
        raise StorageError(f"cannot write to {folder}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, destination)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise StorageError(f"cannot write {destination}: {exc.strerror}") from exc
