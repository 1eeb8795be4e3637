"""A change summary: counts per kind and one line per changed clause, for people."""

from __future__ import annotations

from dataclasses import dataclass

from mou_studio.core.compare.changeset import KIND_ORDER, Change, ChangeKind, ChangeSet

KIND_NAMES = {
    ChangeKind.UNCHANGED: "unchanged",
    ChangeKind.REWORDED: "reworded",
    ChangeKind.RENUMBERED: "renumbered only",
    ChangeKind.MOVED: "moved",
    ChangeKind.MOVED_REWORDED: "moved and reworded",
    ChangeKind.INSERTED: "inserted",
    ChangeKind.DELETED: "deleted",
}


@dataclass(frozen=True)
class SummaryEntry:
    kind: ChangeKind
    where: str  # « Article 6 → Article 3 »
    detail: str  # « 1 line reworded, 1 inserted »


def summary_entries(changes: ChangeSet) -> list[SummaryEntry]:
    """One entry per changed clause, in the new document's order."""
    return [SummaryEntry(c.kind, c.title(), _detail(c)) for c in changes.reported()
            if c.is_change]


def summary_counts(changes: ChangeSet) -> list[tuple[str, int]]:
    """(kind name, count) for every kind, unchanged last."""
    counts = changes.summary()
    order = [*KIND_ORDER[1:], KIND_ORDER[0]]
    return [(KIND_NAMES[kind], counts[kind.value]) for kind in order]


def summary_text(changes: ChangeSet) -> str:
    """The summary as plain text, as ``diff`` prints it without ``--json``."""
    lines = [", ".join(f"{count} {name}" for name, count in summary_counts(changes))]
    lines += [f"{e.kind.value:<15} {e.where}" + (f"  ({e.detail})" if e.detail else "")
              for e in summary_entries(changes)]
    lines += [f"note: {note}" for note in changes.notes]
    return "\n".join(lines) + "\n"


def _detail(change: Change) -> str:
    if change.kind not in (ChangeKind.REWORDED, ChangeKind.MOVED_REWORDED,
                           ChangeKind.RENUMBERED):
        return ""
    counts: dict[str, int] = {}
    for line in change.lines:
        if line.kind is not ChangeKind.UNCHANGED and not line.is_move_origin:
            name = KIND_NAMES[line.kind]
            counts[name] = counts.get(name, 0) + 1
    parts = [f"{n} {'line' if n == 1 else 'lines'} {name}" for name, n in counts.items()]
    return ", ".join(parts)
