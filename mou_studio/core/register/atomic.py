"""Files written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mou_studio.core.errors import StorageError
from mou_studio.core.messages import msg


def write_atomically(destination: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``destination``, then rename it into place."""
    folder = destination.resolve().parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", dir=folder)
    except OSError as exc:
        raise StorageError(msg("cannot write to {folder}: {reason}", folder=str(folder),
                                 reason=exc.strerror or str(exc))) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, destination)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise StorageError(msg("cannot write {path}: {reason}", path=str(destination),
                                 reason=exc.strerror or str(exc))) from exc
