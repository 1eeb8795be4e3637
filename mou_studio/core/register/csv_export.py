"""Register entries to CSV (UTF-8, one row per agreement, partner columns repeated)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path

from mou_studio.core.register.atomic import write_atomically
from mou_studio.core.register.model import LANGUAGES, Partner, RegisterEntry

MIN_SIGNATURE_GROUPS = 2
# A cell starting with one of these is a formula to a spreadsheet (CSV injection): it is
# written with a leading apostrophe, which spreadsheets hide and the import removes.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (« =HYPERLINK(…) » stays text)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def restore_formula(value: str) -> str:
    """The inverse of :func:`neutralise_formula`, for cells read back from a CSV."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def columns(signature_groups: int) -> list[str]:
    """The CSV header: fixed columns with a party/date/place group per signature."""
    signatures = [
        f"signature_{n}_{part}"
        for n in range(1, signature_groups + 1)
        for part in ("party", "date", "place")
    ]
    return [
        "uid", "partner", "partner_kind", *_per_lang("partner_name"),
        *_per_lang("partner_acronym"), "kind", "status", *_per_lang("title"),
        *_per_lang("subject"), *signatures, "effective_on", "expires_on", "review_on",
        "notice_days", "agreement_uid", "signed_version", "notes",
    ]


def entry_row(entry: RegisterEntry, partner: Partner | None) -> dict[str, str]:
    """One entry as CSV cells (dates ISO, empty cells for unknown values)."""
    row = {
        "uid": entry.uid, "partner": entry.partner_key,
        "partner_kind": partner.kind.value if partner else "",
        "kind": entry.kind.value, "status": entry.status.value,
        "effective_on": _iso(entry.effective_on), "expires_on": _iso(entry.expires_on),
        "review_on": _iso(entry.review_on),
        "notice_days": "" if entry.notice_days is None else str(entry.notice_days),
        "agreement_uid": entry.agreement_uid or "",
        "signed_version": "" if entry.signed_version is None else str(entry.signed_version),
        "notes": entry.notes,
    }
    for lang in LANGUAGES:
        row[f"partner_name_{lang}"] = partner.name.get(lang, "") if partner else ""
        row[f"partner_acronym_{lang}"] = partner.acronym.get(lang, "") if partner else ""
        row[f"title_{lang}"] = entry.title.get(lang, "")
        row[f"subject_{lang}"] = entry.subject.get(lang, "")
    for n, signature in enumerate(entry.signatures, start=1):
        row[f"signature_{n}_party"] = signature.party
        row[f"signature_{n}_date"] = signature.date.iso() if signature.date else ""
        row[f"signature_{n}_place"] = signature.place
    return row


def entries_to_csv(entries: Iterable[RegisterEntry], partners: dict[str, Partner]) -> str:
    """The CSV text of ``entries``."""
    chosen = list(entries)
    groups = max([MIN_SIGNATURE_GROUPS, *(len(e.signatures) for e in chosen)])
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns(groups), restval="")
    writer.writeheader()
    for entry in chosen:
        row = entry_row(entry, partners.get(entry.partner_key))
        writer.writerow({column: neutralise_formula(cell) for column, cell in row.items()})
    return buffer.getvalue()


def export_csv(
    path: Path, entries: Iterable[RegisterEntry], partners: dict[str, Partner]
) -> int:
    """Write ``entries`` to ``path`` as UTF-8 CSV, atomically; return how many rows."""
    chosen = list(entries)
    write_atomically(path, entries_to_csv(chosen, partners).encode("utf-8"))
    return len(chosen)


def _per_lang(name: str) -> list[str]:
    return [f"{name}_{lang}" for lang in LANGUAGES]


def _iso(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()
