"""Register entries from CSV: every row checked first, then all written or none.

Each bad row is reported with its line number and what to fix. Unless the caller asks to
skip invalid rows, one bad row means nothing is imported.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mou_studio.core.errors import InvalidRegisterData, RegisterImportFailed
from mou_studio.core.messages import Message, msg, msgn, verbatim
from mou_studio.core.model import AgreementKind, LangText
from mou_studio.core.register.csv_export import restore_formula
from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.model import (
    LANGUAGES,
    Partner,
    PartnerKind,
    RegisterEntry,
    Signature,
    Status,
)
from mou_studio.core.register.records import (
    AGREEMENT_KIND,
    PARTNER_KIND,
    STATUS,
    optional_day,
    parse_choice,
    parse_notice_days,
    parse_version,
    unique_uid,
)
from mou_studio.core.register.store import RegisterStore, connection_of
from mou_studio.core.storage import tables
from mou_studio.core.storage.guard import storage_guard
from mou_studio.core.tasks import TaskControl, no_control

MAX_CSV_BYTES = 20 * 1024 * 1024
PROGRESS_EVERY = 200  # rows between progress reports
_SIGNATURE_COLUMN = re.compile(r"signature_(\d+)_(party|date|place)")


@dataclass
class ImportReport:
    """What an import did: entries created and updated, partners added, lines skipped."""

    created: int = 0
    updated: int = 0
    partners_added: list[str] = field(default_factory=list[str])
    problems: list[Message] = field(default_factory=list[Message])  # "line 4: …", skipped


@dataclass
class _Known:
    """What the database already holds, to check rows against before writing."""

    partners: dict[str, Partner]
    entries: dict[str, RegisterEntry]
    versions: dict[str, set[int]]  # agreement uid -> its version numbers


def import_csv(store: RegisterStore, path: Path, skip_invalid: bool = False,
               control: TaskControl | None = None) -> ImportReport:
    """Import the register CSV at ``path``; raise RegisterImportFailed if rows are bad.

    ``control`` gets progress while rows are checked and written; cancelling (even while
    writing) leaves the database as it was.
    """
    return import_csv_text(store, read_csv_text(path), path.name, skip_invalid, control)


def read_csv_text(path: Path) -> str:
    """The text of a UTF-8 CSV file (a BOM is accepted), bounded in size."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise InvalidRegisterData(msg("{name} is larger than {limit} MB; split it",
                                          name=path.name, limit=MAX_CSV_BYTES // 1_048_576))
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidRegisterData(msg(
            "{name} is not UTF-8 text (byte {byte}); save it as 'CSV UTF-8'",
            name=path.name, byte=exc.start,
        )) from exc
    except OSError as exc:
        raise InvalidRegisterData(msg("cannot read {path}: {reason}", path=str(path),
                                      reason=exc.strerror or str(exc))) from exc


def import_csv_text(
    store: RegisterStore, text: str, name: str = "CSV", skip_invalid: bool = False,
    control: TaskControl | None = None,
) -> ImportReport:
    """Import register rows from CSV text; see :func:`import_csv`."""
    control = control or no_control()
    rows = _read_rows(text, name)
    known = _known(store)
    report = ImportReport()
    partners: dict[str, Partner] = {}
    entries: list[RegisterEntry] = []
    seen: set[str] = set()
    for done, (line, row) in enumerate(rows):
        if done % PROGRESS_EVERY == 0:
            control.progress(done, len(rows), "checking")
        try:
            partner, entry = _parse_row(row, known, partners, seen)
        except InvalidRegisterData as exc:
            report.problems.append(msg("line {line}: {problem}", line=line,
                                       problem=exc.message))
            continue
        if partner is not None:
            partners[partner.key] = partner
        entries.append(entry)
        seen.add(entry.uid)
    if report.problems and not skip_invalid:
        raise RegisterImportFailed(
            msgn("{name}: {count} invalid row, nothing was imported "
                 "(fix it, or import with --skip-invalid)",
                 "{name}: {count} invalid rows, nothing was imported "
                 "(fix them, or import with --skip-invalid)",
                 len(report.problems), name=name),
            report.problems,
        )
    store.save_all(partners.values(), entries, control)
    report.partners_added = sorted(k for k in partners if k not in known.partners)
    report.updated = sum(e.uid in known.entries for e in entries)
    report.created = len(entries) - report.updated
    return report


def _read_rows(text: str, name: str) -> list[tuple[int, dict[str, str]]]:
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    missing = [column for column in ("uid", "partner") if column not in header]
    if missing:
        # Only uid and partner are required: one column or both.
        raise InvalidRegisterData(msg(
            "{name}: line 1 lacks the column {column}; export the register once to see "
            "the expected columns", name=name, column=missing[0],
        ) if len(missing) == 1 else msg(
            "{name}: line 1 lacks the columns {columns}; export the register once to see "
            "the expected columns", name=name, columns=", ".join(missing),
        ))
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        start = 2
        for row in reader:
            if None in row:
                raise InvalidRegisterData(msg(
                    "{name}: line {line} has more cells than columns", name=name, line=start))
            cells = {k: restore_formula(v or "").strip() for k, v in row.items()}
            if any(cells.values()):
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InvalidRegisterData(msg("{name}: line {line}: {problem}", name=name,
                                      line=reader.line_num,
                                      problem=verbatim(str(exc)))) from exc
    return rows


def _known(store: RegisterStore) -> _Known:
    conn = connection_of(store.db)
    versions: dict[str, set[int]] = {}
    with storage_guard(store.db):
        rows = conn.execute(
            f"SELECT a.uid, v.number FROM {tables.AGREEMENTS} a "
            f"LEFT JOIN {tables.VERSIONS} v ON v.agreement_id = a.id"
        ).fetchall()
    for uid, number in rows:
        numbers = versions.setdefault(uid, set())
        if number is not None:
            numbers.add(number)
    partners = {p.key: p for p in store.partners()}
    entries = {e.uid: e for e in store.entries()}
    return _Known(partners, entries, versions)


def _parse_row(
    row: Mapping[str, str], known: _Known, pending: dict[str, Partner], seen: set[str]
) -> tuple[Partner | None, RegisterEntry]:
    """The partner to write (or None) and the entry of one row.

    A column missing from the file leaves that field of an existing entry as it is; a
    present but empty cell clears it.
    """
    uid, key = row.get("uid", ""), row.get("partner", "")
    if not key:
        raise InvalidRegisterData(msg("the partner cell is empty"))
    if not uid:
        uid = _new_uid(key, row, set(known.entries) | seen)
    if uid in seen:
        raise InvalidRegisterData(msg("uid '{uid}' appears twice in the file", uid=uid))
    partner = _row_partner(row, key, pending.get(key) or known.partners.get(key))
    base = known.entries.get(uid) or RegisterEntry(uid=uid, partner_key=key)
    entry = dataclasses.replace(base, partner_key=key, **_entry_changes(row, base))
    _check_link(entry, known)
    return partner, entry


def _entry_changes(row: Mapping[str, str], base: RegisterEntry) -> dict[str, Any]:
    readers: dict[str, Callable[[str], Any]] = {
        "kind": lambda v: parse_choice(AgreementKind, v or "mou", AGREEMENT_KIND),
        "status": lambda v: parse_choice(Status, v or "drafting", STATUS),
        "effective_on": optional_day, "expires_on": optional_day, "review_on": optional_day,
        "notice_days": parse_notice_days, "agreement_uid": lambda v: v or None,
        "signed_version": parse_version, "notes": lambda v: v,
    }
    changes: dict[str, Any] = {}
    for column, read in readers.items():
        if column in row:
            try:
                changes[column] = read(row[column])
            except InvalidRegisterData as exc:
                raise InvalidRegisterData(msg("{column}: {problem}", column=column,
                                              problem=exc.message)) from None
    for name in ("title", "subject"):
        changes[name] = _merge_lang_cells(row, name, getattr(base, name))
    if any(_SIGNATURE_COLUMN.fullmatch(column) for column in row):
        changes["signatures"] = _signatures(row)
    return changes


def _row_partner(row: Mapping[str, str], key: str, existing: Partner | None) -> Partner | None:
    """The partner to create or update from this row, or None to leave it as it is."""
    name, acronym = _lang_cells(row, "partner_name"), _lang_cells(row, "partner_acronym")
    kind_text = row.get("partner_kind", "")
    if not name and not acronym and not kind_text:
        if existing is None:
            raise InvalidRegisterData(msg(
                "partner '{key}' is not in the register; give its partner_name_* or "
                "partner_acronym_* cells", key=key,
            ))
        return None
    base = existing or Partner(key)
    kind = parse_choice(PartnerKind, kind_text, PARTNER_KIND) if kind_text else base.kind
    if existing is None and not name and not acronym:
        raise InvalidRegisterData(msg("new partner '{key}' needs a name or an acronym",
                                      key=key))
    return dataclasses.replace(
        base, kind=kind, name=name or base.name, acronym=acronym or base.acronym
    )


def _signatures(row: Mapping[str, str]) -> list[Signature]:
    numbers = sorted({
        int(m.group(1)) for column in row if (m := _SIGNATURE_COLUMN.fullmatch(column))
    })
    found: list[Signature] = []
    for n in numbers:
        party = row.get(f"signature_{n}_party", "")
        date = row.get(f"signature_{n}_date", "")
        place = row.get(f"signature_{n}_place", "")
        if not (party or date or place):
            continue
        if not party:
            raise InvalidRegisterData(msg("signature {number} has a date or place but no party",
                                          number=n))
        try:
            parsed = PartialDate.parse(date) if date else None
        except InvalidRegisterData as exc:
            raise InvalidRegisterData(msg("{column}: {problem}",
                                          column=f"signature_{n}_date",
                                          problem=exc.message)) from None
        found.append(Signature(party, parsed, place))
    return found


def _check_link(entry: RegisterEntry, known: _Known) -> None:
    if entry.agreement_uid is None:
        if entry.signed_version is not None:
            raise InvalidRegisterData(msg("signed_version is set but agreement_uid is empty"))
        return
    versions = known.versions.get(entry.agreement_uid)
    if versions is None:
        raise InvalidRegisterData(msg("no agreement with uid '{uid}'",
                                      uid=entry.agreement_uid))
    if entry.signed_version is not None and entry.signed_version not in versions:
        raise InvalidRegisterData(msg("agreement '{uid}' has no version {version}",
                                      uid=entry.agreement_uid, version=entry.signed_version))


def _merge_lang_cells(row: Mapping[str, str], prefix: str, base: LangText) -> LangText:
    merged = dict(base)
    for lang in LANGUAGES:
        column = f"{prefix}_{lang}"
        if column in row:
            merged[lang] = row[column]
    return {lang: text for lang, text in merged.items() if text}


def _lang_cells(row: Mapping[str, str], prefix: str) -> LangText:
    return {lang: row[f"{prefix}_{lang}"] for lang in LANGUAGES if row.get(f"{prefix}_{lang}")}


def _new_uid(key: str, row: Mapping[str, str], taken: set[str]) -> str:
    year = next((row[c][:4] for c in sorted(row) if c.endswith("_date") and row[c]), "")
    return unique_uid(f"{key}-{year}" if year else key, taken)
