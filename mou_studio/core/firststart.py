"""What a new database receives on first start, so the app is useful at once.

Each feature that ships default content (sample agreements, the clause library, the
agreements register) adds one seeder here. A seeder runs on every start and must do its
work only once per database (record that it ran, e.g. in ``app_state``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from mou_studio.core.demo import ensure_demo_agreements
from mou_studio.core.library.defaults import ensure_default_library
from mou_studio.core.library.linking import link_from_library
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.register.seed import SEED_FILE, ensure_register_seed
from mou_studio.core.storage import AgreementStore
from mou_studio.core.storage.guard import storage_guard

Seeder = Callable[[sqlite_utils.Database, Path], None]


def _seed_demo_agreements(db: sqlite_utils.Database, root: Path) -> None:
    # After the library: the demo's articles are linked to the clauses they come from,
    # so the outdated report and clause usage have something to show on a fresh install.
    library = LibraryStore(db)
    ensure_demo_agreements(AgreementStore(db), root / "templates" / "samples",
                           prepare=lambda agreement: link_from_library(agreement, library))


def _seed_clause_library(db: sqlite_utils.Database, root: Path) -> None:
    ensure_default_library(db, root / "templates" / "library")


def _seed_register(db: sqlite_utils.Database, root: Path) -> None:
    # After the demo: the CARICC entry links to the demo agreement's signed version.
    ensure_register_seed(db, root / SEED_FILE)


SEEDERS: tuple[Seeder, ...] = (_seed_clause_library, _seed_demo_agreements, _seed_register)


def populate_first_start(db: sqlite_utils.Database, root: Path) -> None:
    """Run every seeder; ``root`` is the folder that holds templates/ and resources/."""
    with storage_guard(db):
        for seeder in SEEDERS:
            seeder(db, root)
