"""Portable clause packs: one JSON file that another office can import.

A pack carries a format header, the clauses with their whole version history, and a
SHA-256 checksum of the clauses. Import compares each clause's version history with the
local one: a clause the database lacks is *new*; a pack that continues the local history
brings an *update*; a history that went another way here is a *conflict* and is left
alone, so a local edit is never overwritten. A malformed, damaged or hostile pack is
refused before anything is written, and the writes of an import form one transaction.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mou_studio.core.errors import InvalidDocument, InvalidPackError, StorageError
from mou_studio.core.library.codec import clause_from_data, clause_to_data, content_hash
from mou_studio.core.library.model import Clause
from mou_studio.core.library.store import LibraryStore, add_clause, append_version
from mou_studio.core.messages import Message, msg, msgn, verbatim
from mou_studio.core.storage import transaction
from mou_studio.core.storage.agreements import utc_now

PACK_FORMAT = "mou-studio-clause-pack"
PACK_FORMAT_VERSION = 1
MAX_PACK_BYTES = 64 * 1024 * 1024
MAX_PACK_CLAUSES = 100_000
MAX_VERSIONS = 1_000


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do), clause ids by outcome."""

    new: list[str] = field(default_factory=list[str])
    updated: list[str] = field(default_factory=list[str])
    unchanged: list[str] = field(default_factory=list[str])
    conflicts: list[str] = field(default_factory=list[str])

    def summary(self) -> Message:
        """One line: "3 new, 1 updated, 0 unchanged, 1 conflicting (kept the local version)"."""
        return msg(
            "{new}, {updated}, {unchanged}, {conflicts}",
            new=msgn("{count} new", "{count} new", len(self.new)),
            updated=msgn("{count} updated", "{count} updated", len(self.updated)),
            unchanged=msgn("{count} unchanged", "{count} unchanged", len(self.unchanged)),
            conflicts=msgn("{count} conflicting (kept the local version)",
                           "{count} conflicting (kept the local version)",
                           len(self.conflicts)))

    def details(self) -> list[Message]:
        """A line per clause the user should look at: conflicts first, then updates."""
        return [*(msg("conflict (kept yours): {id}", id=cid) for cid in self.conflicts),
                *(msg("updated: {id}", id=cid) for cid in self.updated)]


@dataclass(frozen=True)
class PackClause:
    history: list[Clause]  # oldest first, version numbers 1..n


def export_pack(library: LibraryStore, path: Path, clause_ids: list[str] | None = None) -> int:
    """Write the clauses (all, or ``clause_ids``) with their histories to ``path``.

    Written to a temporary file and moved into place, so a failure leaves no half file.
    Returns the number of clauses written.
    """
    ids = library.ids() if clause_ids is None else list(dict.fromkeys(clause_ids))
    clauses = [[_version_data(v) for v in library.all_versions(cid)] for cid in ids]
    document = {
        "format": PACK_FORMAT,
        "format_version": PACK_FORMAT_VERSION,
        "created_at": utc_now(),
        "clause_count": len(clauses),
        "checksum": _checksum(clauses),
        "clauses": clauses,
    }
    _write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1))
    return len(clauses)


def _version_data(clause: Clause) -> dict[str, Any]:
    return {"version": clause.version, "created_at": clause.created_at,
            "content": clause_to_data(clause)}


def _checksum(clauses: Any) -> str:
    canonical = json.dumps(clauses, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as temp:
                temp.write(text)
            os.chmod(temp_name, 0o644)  # mkstemp makes it private; a pack is for sharing
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(msg("cannot write the pack {path}: {reason}", path=str(path),
                               reason=verbatim(exc.strerror or str(exc)))) from exc


def read_pack(path: Path) -> list[PackClause]:
    """Read and check a pack file completely; raise :class:`InvalidPackError` if anything is off."""
    document = _load_json(path)
    if not isinstance(document, dict):
        raise InvalidPackError(msg("{name} is not a clause pack (no pack header)",
                                   name=path.name))
    header: dict[str, Any] = document  # pyright: ignore[reportUnknownVariableType]
    if header.get("format") != PACK_FORMAT:
        raise InvalidPackError(msg("{name} is not a MoU Studio clause pack", name=path.name))
    if header.get("format_version") != PACK_FORMAT_VERSION:
        raise InvalidPackError(msg(
            "{name} is a pack of format version {found}; this version of MoU Studio reads "
            "version {supported}", name=path.name,
            found=str(header.get("format_version"))[:20], supported=PACK_FORMAT_VERSION))
    clauses = header.get("clauses")
    if not isinstance(clauses, list):
        raise InvalidPackError(msg("{name} has no list of clauses", name=path.name))
    items: list[Any] = clauses  # pyright: ignore[reportUnknownVariableType]
    if len(items) > MAX_PACK_CLAUSES or header.get("clause_count") != len(items):
        raise InvalidPackError(msg("{name} is damaged: its clause count does not match",
                                   name=path.name))
    if header.get("checksum") != _checksum(items):
        raise InvalidPackError(msg("{name} is damaged or was altered: its checksum does not "
                                   "match its content", name=path.name))
    parsed = [_pack_clause(item, n) for n, item in enumerate(items, 1)]
    ids = [p.history[0].id for p in parsed]
    if len(set(ids)) != len(ids):
        raise InvalidPackError(msg("{name} holds the same clause id twice", name=path.name))
    return parsed


def _load_json(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise InvalidPackError(msg(
                "{name} is {size} MB; a clause pack is at most {limit} MB", name=path.name,
                size=size // 1_000_000, limit=MAX_PACK_BYTES // 1_000_000))
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidPackError(msg("cannot read {path}: {reason}", path=str(path),
                                   reason=verbatim(exc.strerror or str(exc)))) from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidPackError(msg("{name} is not a clause pack (not UTF-8 text)",
                                   name=path.name)) from exc
    except (ValueError, RecursionError) as exc:
        raise InvalidPackError(msg("{name} is not a clause pack (not valid JSON: {reason})",
                                   name=path.name, reason=verbatim(str(exc)[:120]))) from exc


def _pack_clause(item: object, position: int) -> PackClause:
    where = msg("clause {position} of the pack", position=position)
    if not isinstance(item, list) or not item:
        raise InvalidPackError(msg("{where} has no versions", where=where))
    versions: list[Any] = item  # pyright: ignore[reportUnknownVariableType]
    if len(versions) > MAX_VERSIONS:
        raise InvalidPackError(msgn("{where} has more than {count} version",
                                    "{where} has more than {count} versions", MAX_VERSIONS,
                                    where=where))
    history: list[Clause] = []
    for number, entry in enumerate(versions, 1):
        history.append(_pack_version(entry, number, where))
    if len({c.id for c in history}) != 1:
        raise InvalidPackError(msg("{where} mixes versions of different clauses", where=where))
    hashes = [content_hash(c) for c in history]
    if any(a == b for a, b in itertools.pairwise(hashes)):
        raise InvalidPackError(msg("{where} repeats a version without any change",
                                   where=where))
    return PackClause(history)


def _pack_version(entry: object, number: int, where: Message) -> Clause:
    if not isinstance(entry, dict):
        raise InvalidPackError(msg("{where}, version {number} is malformed",
                                   where=where, number=number))
    data: dict[str, Any] = entry  # pyright: ignore[reportUnknownVariableType]
    created_at = data.get("created_at")
    if data.get("version") != number or not isinstance(created_at, str) or \
            len(created_at) > 40:
        raise InvalidPackError(msg(
            "{where}, version {number} is malformed (version number or date)",
            where=where, number=number))
    try:
        clause = clause_from_data(data.get("content"), where)
    except InvalidDocument as exc:
        raise InvalidPackError(msg("the pack holds an invalid clause: {reason}",
                                   reason=exc.message)) from exc
    return replace(clause, version=number, created_at=created_at)


def import_pack(library: LibraryStore, path: Path, dry_run: bool = False) -> ImportReport:
    """Import a pack; return what was new, updated, unchanged or conflicting.

    Conflicting clauses (edited here and in the pack differently) are left as they are
    here. With ``dry_run`` nothing is written: the report says what an import would do.
    """
    pack = read_pack(path)
    report = ImportReport()
    plans: list[tuple[PackClause, int]] = []
    for item in pack:
        clause_id = item.history[0].id
        local = library.version_hashes(clause_id)
        outcome, start = _compare(local, [content_hash(c) for c in item.history])
        getattr(report, outcome).append(clause_id)
        if outcome in ("new", "updated"):
            plans.append((item, start))
    if not dry_run and plans:
        with transaction(library.db) as conn:
            for item, start in plans:
                for clause in item.history[start:]:
                    if clause.version == 1:
                        add_clause(conn, clause, clause.created_at)
                    else:
                        append_version(conn, clause, clause.version - 1, clause.created_at)
    return report


def _compare(local: list[str], incoming: list[str]) -> tuple[str, int]:
    """Classify a clause by its version hashes; return the outcome and the first new index."""
    if not local:
        return "new", 0
    shared = min(len(local), len(incoming))
    if local[:shared] != incoming[:shared]:
        return "conflicts", 0
    if len(incoming) > len(local):
        return "updated", len(local)
    return "unchanged", 0
