"""Register fixtures: the store over the first-start database (seed 001 loaded)."""

from __future__ import annotations

import pytest
import sqlite_utils

from mou_studio.core.register.store import RegisterStore


@pytest.fixture
def register(db: sqlite_utils.Database) -> RegisterStore:
    return RegisterStore(db)
