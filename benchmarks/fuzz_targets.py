"""The importers the fuzz run feeds: each reads a user's file into the core.

A :class:`Target` prepares its state once per worker (a database of its own), runs on one
file and returns the text it produced (searched for the entity canary), and fingerprints
what must not change when it refuses a file. :func:`discover_targets` lists the targets
whose code exists in this checkout, and says why the others were skipped, so the script
covers each importer as it lands.
"""

from __future__ import annotations

import hashlib
import importlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from mou_studio.core.demo import load_sample
from mou_studio.core.firststart import populate_first_start
from mou_studio.core.paths import project_root
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.storage import AgreementStore, check_database, open_database
from mou_studio.core.storage.backup import restore_backup
from mou_studio.core.views import agreement_plain_text, agreement_view

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT.parent / "shared" / "seeds"


@dataclass
class State:
    """A worker's own database and the store on it."""

    db_path: Path
    db: sqlite_utils.Database
    store: AgreementStore


def _fresh_state(workdir: Path) -> State:
    db_path = workdir / "fuzz.db"
    db = open_database(db_path)
    populate_first_start(db, project_root())
    return State(db_path, db, AgreementStore(db))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


class Target:
    """One importer under fuzzing."""

    name = "?"
    kinds: tuple[str, ...] = ()

    def prepare(self, workdir: Path) -> Any:
        return _fresh_state(workdir)

    def fingerprint(self, state: Any, path: Path) -> object:
        """What a refused file must leave unchanged: by default the database's writes."""
        return state.db.conn.total_changes

    def run(self, state: Any, path: Path) -> str:
        raise NotImplementedError


class AgreementFileTarget(Target):
    """Agreement data files (templates/samples/*.json): read, render, store."""

    name = "agreement-json"
    kinds = ("json",)

    def run(self, state: State, path: Path) -> str:
        agreement = load_sample(path)
        for lang in agreement.languages:
            agreement_view(agreement, lang)
            agreement_plain_text(agreement, lang)
        state.store.create(agreement)
        return agreement_to_json(agreement)


class DatabaseFileTarget(Target):
    """A damaged or hostile file given as the database: refused untouched, or opened."""

    name = "database-file"
    kinds = ("db",)

    def fingerprint(self, state: State, path: Path) -> object:
        return _digest(path)

    def run(self, state: State, path: Path) -> str:
        db = open_database(path)
        try:
            check_database(db)
            store = AgreementStore(db)
            return "".join(agreement_to_json(store.get(s.id)) for s in store.summaries())
        finally:
            if db.conn is not None:
                db.conn.close()


def _library_session(db: sqlite_utils.Database) -> str:
    from mou_studio.core.library.model import ClauseStatus
    from mou_studio.core.library.search import search
    from mou_studio.core.library.store import LibraryStore

    store = LibraryStore(db)
    found = [repr(search(db, "information exchange")), repr(search(db, ""))]
    found += [repr(store.get(clause_id)) for clause_id in store.ids()]
    if store.ids():
        store.set_status(store.ids()[0], ClauseStatus.WITHDRAWN)
    return "".join(found)


def _register_session(db: sqlite_utils.Database) -> str:
    from mou_studio.core.register.model import Partner, RegisterEntry
    from mou_studio.core.register.snapshot import load_snapshot
    from mou_studio.core.register.store import RegisterStore

    snapshot = load_snapshot(db)
    # A valid write even on an empty file (a new database): a partner and its entry.
    RegisterStore(db).save_all([Partner(key="fuzz-partner", name={"en": "Fuzz"})],
                               [RegisterEntry(uid="fuzz-entry", partner_key="fuzz-partner")])
    return repr(snapshot)


def _autosave_session(db: sqlite_utils.Database) -> str:
    from mou_studio.core.storage.autosave import AutosaveStore

    autosaves = AutosaveStore(db)
    drafts = [agreement_to_json(autosaves.recover(d.agreement_id))
              for d in autosaves.pending()]
    agreements = AgreementStore(db)
    for summary in agreements.summaries()[:1]:
        autosaves.autosave(summary.id, agreements.get(summary.id))
    return "".join(drafts)


class StoreOnDamagedFileTarget(Target):
    """A store read then written on a damaged database: a StorageError, file untouched."""

    kinds = ("db",)

    def __init__(self, name: str, session: Any) -> None:
        self.name = name
        self._session = session

    def fingerprint(self, state: State, path: Path) -> object:
        return _digest(path)

    def run(self, state: State, path: Path) -> str:
        db = open_database(path)
        try:
            return self._session(db)
        finally:
            if db.conn is not None:
                db.conn.close()


STORE_TARGETS = (("db-library-store", _library_session),
                 ("db-register-store", _register_session),
                 ("db-autosave-store", _autosave_session))


class RestoreTarget(Target):
    """A damaged or hostile file given as a backup to restore: refused, nothing changes."""

    name = "backup-restore"
    kinds = ("db",)

    def prepare(self, workdir: Path) -> State:
        state = _fresh_state(workdir)
        if state.db.conn is not None:
            state.db.conn.close()
        return state

    def fingerprint(self, state: State, path: Path) -> object:
        return _digest(state.db_path)

    def run(self, state: State, path: Path) -> str:
        restore_backup(state.db_path, path, keep=2)
        shutil.copyfile(path, state.db_path.with_suffix(".restored"))
        return ""


class ImportFileTarget(Target):
    """The .txt/.docx importer as the CLI and GUI use it: read, store every act, render."""

    name = "import-txt-docx"
    kinds = ("txt", "docx")

    def __init__(self, import_path: Any) -> None:
        self._import_path = import_path

    def run(self, state: State, path: Path) -> str:
        produced = []
        for agreement_id in self._import_path(path, state.store):
            agreement = state.store.get(agreement_id)
            for lang in agreement.languages:
                agreement_view(agreement, lang)
                agreement_plain_text(agreement, lang)
            produced.append(agreement_to_json(agreement))
        return "".join(produced)


class PackTarget(Target):
    """Clause packs into the library: refused before any write, or imported whole."""

    name = "library-pack"
    kinds = ("pack",)

    def __init__(self, import_pack: Any, library_store: Any) -> None:
        self._import_pack = import_pack
        self._library_store = library_store

    def run(self, state: State, path: Path) -> str:
        report = self._import_pack(self._library_store(state.db), path)
        return repr(report)


class ModuleTarget(Target):
    """An importer found by name in a feature's module (import, library packs)."""

    def __init__(self, name: str, kinds: tuple[str, ...], function: Any) -> None:
        self.name = name
        self.kinds = kinds
        self._function = function

    def run(self, state: State, path: Path) -> str:
        result = self._function(path, state.store)
        return repr(result) + "".join(
            agreement_to_json(state.store.get(s.id)) for s in state.store.summaries())


# Where each feature's importer is expected, and the kinds of file it reads.
MODULE_IMPORTERS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = ()


def discover_targets() -> tuple[list[Target], list[str]]:
    """The targets present in this checkout, and messages about the missing ones."""
    targets: list[Target] = [AgreementFileTarget(), DatabaseFileTarget(), RestoreTarget()]
    targets += [StoreOnDamagedFileTarget(name, session) for name, session in STORE_TARGETS]
    skipped: list[str] = []
    try:
        from mou_studio.core.importing import import_path
    except ImportError:
        skipped.append("import-txt-docx: mou_studio.core.importing.import_path is missing")
    else:
        targets.append(ImportFileTarget(import_path))
    try:
        from mou_studio.core.library.packs import import_pack
        from mou_studio.core.library.store import LibraryStore
    except ImportError:
        skipped.append("library-pack: mou_studio.core.library has not landed")
    else:
        targets.append(PackTarget(import_pack, LibraryStore))
    for name, module_name, functions, kinds in MODULE_IMPORTERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            skipped.append(f"{name}: {module_name} has not landed in this checkout")
            continue
        function = next((getattr(module, f) for f in functions if hasattr(module, f)), None)
        if function is None:
            skipped.append(f"{name}: {module_name} has none of {', '.join(functions)}; "
                           "add its entry point to MODULE_IMPORTERS")
            continue
        targets.append(ModuleTarget(name, kinds, function))
    return targets, skipped
