"""What the GUI's parts share, built once by the composition root (``app.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlite_utils
from PySide6.QtCore import QSettings

from mou_studio.core.storage import AgreementStore, open_database
from mou_studio.ui.tasks import TaskRunner

T = TypeVar("T")


@dataclass
class AppContext:
    """Paths, settings and the background task runner of one running application.

    The database is never opened on the UI thread: jobs run through ``tasks`` and open
    their own connection with :meth:`connect` (SQLite connections are per thread).
    """

    database_path: Path
    project_root: Path
    settings: QSettings
    tasks: TaskRunner

    def connect(self) -> sqlite_utils.Database:
        return open_database(self.database_path)

    def with_store(self, work: Callable[[AgreementStore], T]) -> Callable[..., T]:
        """Wrap ``work(store)`` as a background job with its own connection."""

        def job(_control: object) -> T:
            db = self.connect()
            try:
                return work(AgreementStore(db))
            finally:
                if db.conn is not None:
                    db.conn.close()

        return job
