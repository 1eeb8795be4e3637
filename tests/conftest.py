"""Shared fixtures: the seed documents, a fresh database on tmp_path, the demo agreement."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.core.firststart import populate_first_start
from mou_studio.core.model import Agreement
from mou_studio.core.paths import project_root
from mou_studio.core.storage import AgreementStore, open_database
from tests.support.seeds import PROJECT_ROOT, SEEDS_DIR, seed_path

__all__ = ["PROJECT_ROOT", "SEEDS_DIR", "seed_path"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data dir or settings."""
    monkeypatch.setenv("MOU_STUDIO_DB", str(tmp_path / "env-default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "studio.db"


@pytest.fixture
def db(db_path: Path) -> sqlite_utils.Database:
    """A migrated database with the first-start content (the demo MoU, …)."""
    database = open_database(db_path)
    populate_first_start(database, project_root())
    yield database
    database.conn.close()


@pytest.fixture
def store(db: sqlite_utils.Database) -> AgreementStore:
    return AgreementStore(db)


@pytest.fixture
def demo(store: AgreementStore) -> Agreement:
    """The WCO–CARICC MoU of seed 000, as the demo holds it."""
    return store.get(1)
