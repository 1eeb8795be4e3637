"""Clause packs: a faithful round trip, a clear report, and hostile packs refused whole."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from mou_studio.core.errors import InvalidPackError
from mou_studio.core.library import packs
from mou_studio.core.library.packs import export_pack, import_pack
from mou_studio.core.library.search import search
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.storage import open_database, tables
from tests.core import library_db

# The shared fixture names, served from a once-per-session first-started database.
db = library_db.db
library_template = library_db.library_template


@pytest.fixture
def library(db: sqlite_utils.Database) -> LibraryStore:
    return LibraryStore(db)


@pytest.fixture
def empty(tmp_path: Path) -> LibraryStore:
    """A migrated database that never ran the first-start seeders: an empty library."""
    database = open_database(tmp_path / "empty.db")
    yield LibraryStore(database)
    database.conn.close()


def _snapshot(library: LibraryStore) -> list[tuple[str, list[str]]]:
    return [(cid, library.version_hashes(cid)) for cid in library.ids()]


def _edit_title(library: LibraryStore, clause_id: str, title: str) -> None:
    clause = library.get(clause_id)
    library.edit(replace(clause, title={**clause.title, "en": title}), clause.version)


def _rewrite(path: Path, change: Any) -> None:
    """Alter a pack's clauses and recompute its checksum, as a hostile sender could."""
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["clauses"])
    document["clause_count"] = len(document["clauses"])
    document["checksum"] = packs._checksum(document["clauses"])  # pyright: ignore[reportPrivateUsage]
    path.write_text(json.dumps(document), encoding="utf-8")


def test_export_then_import_into_an_empty_database_gives_the_same_library(
        library: LibraryStore, empty: LibraryStore, tmp_path: Path) -> None:
    _edit_title(library, "info-exchange.purpose", "Information exchange")
    pack = tmp_path / "office.mou-pack.json"
    assert export_pack(library, pack) == library.count()
    report = import_pack(empty, pack)
    assert len(report.new) == library.count()
    assert report.updated == report.conflicts == []
    assert _snapshot(empty) == _snapshot(library)
    assert empty.get("info-exchange.purpose", 1) == library.get("info-exchange.purpose", 1)
    assert search(empty.db, "обмен информацией")[0].clause_id == "info-exchange.purpose"


def test_a_selection_can_be_exported(library: LibraryStore, empty: LibraryStore,
                                     tmp_path: Path) -> None:
    pack = tmp_path / "two.json"
    export_pack(library, pack, ["disputes.arbitration", "termination.notice"])
    assert import_pack(empty, pack).new == ["disputes.arbitration", "termination.notice"]


def test_import_reports_updates_and_keeps_conflicting_local_edits(
        library: LibraryStore, empty: LibraryStore, tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    export_pack(library, base)
    import_pack(empty, base)
    _edit_title(library, "info-exchange.purpose", "Exchange of information (2025)")
    _edit_title(library, "disputes.arbitration", "Arbitration, theirs")
    _edit_title(empty, "disputes.arbitration", "Arbitration, ours")
    newer = tmp_path / "newer.json"
    export_pack(library, newer)

    assert import_pack(empty, newer, dry_run=True).updated == ["info-exchange.purpose"]
    assert empty.get("info-exchange.purpose").version == 1
    report = import_pack(empty, newer)
    assert report.updated == ["info-exchange.purpose"]
    assert report.conflicts == ["disputes.arbitration"]
    assert len(report.unchanged) == library.count() - 2
    assert empty.get("info-exchange.purpose").title["en"] == "Exchange of information (2025)"
    assert empty.get("disputes.arbitration").title["en"] == "Arbitration, ours"


def test_a_corrupted_pack_is_refused_and_nothing_changes(
        library: LibraryStore, empty: LibraryStore, tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    export_pack(library, pack)
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace("Arbitration", "Arbitrat1on", 1), encoding="utf-8")
    with pytest.raises(InvalidPackError, match="checksum"):
        import_pack(empty, pack)
    pack.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InvalidPackError, match="not valid JSON"):
        import_pack(empty, pack)
    assert empty.count() == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"", "not valid JSON"),
    (b"PK\x03\x04\x00\x00", "not UTF-8|not valid JSON"),
    (b"[1, 2, 3]", "no pack header"),
    (b'{"format": "something-else"}', "not a MoU Studio clause pack"),
    (b'{"format": "mou-studio-clause-pack", "format_version": 99}', "format version 99"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
])
def test_foreign_and_hostile_files_are_refused(empty: LibraryStore, tmp_path: Path,
                                               content: bytes, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(InvalidPackError, match=message):
        import_pack(empty, path)
    assert empty.count() == 0


def test_an_oversized_pack_is_refused_before_reading(empty: LibraryStore, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packs, "MAX_PACK_BYTES", 10)
    path = tmp_path / "big.json"
    path.write_text("{}" * 10, encoding="utf-8")
    with pytest.raises(InvalidPackError, match="at most"):
        import_pack(empty, path)


@pytest.mark.parametrize(("change", "message"), [
    (lambda cs: cs[-1][0]["content"].update(title={}), "needs a title"),
    (lambda cs: cs[-1][0]["content"].update(id="../../etc"), "must be 1-80"),
    (lambda cs: cs[-1][0].update(version=5), "malformed"),
    (lambda cs: cs.append(cs[0]), "same clause id twice"),
    (lambda cs: cs[-1].append(cs[-1][0] | {"version": 2}), "without any change"),
    (lambda cs: cs[-1][0]["content"]["variants"][0]["text"].update(fr="x" * 30_000),
     "longer than"),
])
def test_a_pack_with_one_bad_clause_imports_nothing(
        library: LibraryStore, empty: LibraryStore, tmp_path: Path,
        change: Any, message: str) -> None:
    pack = tmp_path / "pack.json"
    export_pack(library, pack)
    _rewrite(pack, change)
    with pytest.raises(InvalidPackError, match=message):
        import_pack(empty, pack)
    assert empty.count() == 0
    rows = empty.db.execute(f"SELECT count(*) FROM {tables.LIBRARY_FTS}").fetchone()[0]
    assert rows == 0


def test_a_failed_export_leaves_no_file(library: LibraryStore, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    with pytest.raises(Exception, match="cannot write"):
        export_pack(library, blocked / "pack.json")
    assert list(tmp_path.glob("**/.pack.json*")) == []
