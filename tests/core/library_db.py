"""A first-started database built once per session and copied for each library test.

Copying the file costs a millisecond; running the seeders (demo MoU and the 69-clause
default library, with its full-text index) for every test cost a few hundred.
Test modules import ``db`` from here to override the shared fixture of the same name.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.core.firststart import populate_first_start
from mou_studio.core.paths import project_root
from mou_studio.core.storage import open_database


@pytest.fixture(scope="session")
def library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("library-template") / "template.db"
    database = open_database(path)
    populate_first_start(database, project_root())
    database.conn.close()  # the last close checkpoints the WAL into the file
    return path


@pytest.fixture
def db(library_template: Path, db_path: Path) -> Iterator[sqlite_utils.Database]:
    """A copy of the first-started database (demo MoU and default library)."""
    shutil.copyfile(library_template, db_path)
    database = open_database(db_path)
    yield database
    database.conn.close()
