"""Where things live: the user's database, and the shipped resources and templates."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "mou-studio"
DATABASE_FILE = "mou-studio.db"
DB_ENV_VAR = "MOU_STUDIO_DB"


def default_database_path(environ: dict[str, str] | None = None) -> Path:
    """The database file: ``$MOU_STUDIO_DB`` if set, else one in the user data dir."""
    environ = dict(os.environ) if environ is None else environ
    override = environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_DIR_NAME, appauthor=False) / DATABASE_FILE


def project_root() -> Path:
    """The folder holding ``resources/`` and ``templates/`` (frozen builds included)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return project_root() / "resources"


def templates_dir() -> Path:
    return project_root() / "templates"


def samples_dir() -> Path:
    """Sample agreements loaded into an empty database on first start."""
    return templates_dir() / "samples"
