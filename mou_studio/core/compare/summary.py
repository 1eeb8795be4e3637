"""A change summary: counts per kind and one line per changed clause, for people.

Every text here is a :class:`Message`; a face renders it in its language with a
:data:`Render` (the CLI's ``ctx.text``, the GUI's ``core_text``, ``str`` for English).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mou_studio.core.compare.changeset import (
    KIND_ORDER,
    Change,
    ChangeKind,
    ChangeSet,
    Render,
)
from mou_studio.core.messages import Message, msg, msgn

KIND_NAMES: dict[ChangeKind, Message] = {
    ChangeKind.UNCHANGED: msg("unchanged"),
    ChangeKind.REWORDED: msg("reworded"),
    ChangeKind.RENUMBERED: msg("renumbered only"),
    ChangeKind.MOVED: msg("moved"),
    ChangeKind.MOVED_REWORDED: msg("moved and reworded"),
    ChangeKind.INSERTED: msg("inserted"),
    ChangeKind.DELETED: msg("deleted"),
}


@dataclass(frozen=True)
class SummaryEntry:
    kind: ChangeKind
    where: Message | str  # « Article 6 → Article 3 » (the documents' labels)
    details: tuple[Message, ...]  # « 1 line reworded », « 1 line inserted »

    def detail(self, text: Render = str) -> str:
        """The details joined: « 1 line reworded, 1 line inserted », or "" if none."""
        return ", ".join(text(d) for d in self.details)


def summary_entries(changes: ChangeSet) -> list[SummaryEntry]:
    """One entry per changed clause, in the new document's order."""
    return [SummaryEntry(c.kind, c.title(), _details(c)) for c in changes.reported()
            if c.is_change]


def kind_counts(changes: ChangeSet) -> list[tuple[ChangeKind, int]]:
    """(kind, count) for every kind, unchanged last."""
    counts = changes.summary()
    return [(kind, counts[kind.value]) for kind in (*KIND_ORDER[1:], KIND_ORDER[0])]


def summary_counts(changes: ChangeSet) -> list[tuple[Message, int]]:
    """(kind name, count) for every kind, unchanged last."""
    return [(KIND_NAMES[kind], count) for kind, count in kind_counts(changes)]


def count_text(kind: ChangeKind, count: int) -> Message:
    """ "2 reworded": how many clauses changed in that way."""
    texts: dict[ChangeKind, Callable[[int], Message]] = {
        ChangeKind.UNCHANGED: lambda n: msgn("{count} unchanged", "{count} unchanged", n),
        ChangeKind.REWORDED: lambda n: msgn("{count} reworded", "{count} reworded", n),
        ChangeKind.RENUMBERED: lambda n: msgn("{count} renumbered only",
                                              "{count} renumbered only", n),
        ChangeKind.MOVED: lambda n: msgn("{count} moved", "{count} moved", n),
        ChangeKind.MOVED_REWORDED: lambda n: msgn("{count} moved and reworded",
                                                  "{count} moved and reworded", n),
        ChangeKind.INSERTED: lambda n: msgn("{count} inserted", "{count} inserted", n),
        ChangeKind.DELETED: lambda n: msgn("{count} deleted", "{count} deleted", n),
    }
    return texts[kind](count)


def line_count_text(kind: ChangeKind, count: int) -> Message:
    """ "2 lines reworded": how many printed lines of a clause changed in that way."""
    texts: dict[ChangeKind, Callable[[int], Message]] = {
        ChangeKind.UNCHANGED: lambda n: msgn("{count} line unchanged",
                                             "{count} lines unchanged", n),
        ChangeKind.REWORDED: lambda n: msgn("{count} line reworded",
                                            "{count} lines reworded", n),
        ChangeKind.RENUMBERED: lambda n: msgn("{count} line renumbered only",
                                              "{count} lines renumbered only", n),
        ChangeKind.MOVED: lambda n: msgn("{count} line moved", "{count} lines moved", n),
        ChangeKind.MOVED_REWORDED: lambda n: msgn("{count} line moved and reworded",
                                                  "{count} lines moved and reworded", n),
        ChangeKind.INSERTED: lambda n: msgn("{count} line inserted",
                                            "{count} lines inserted", n),
        ChangeKind.DELETED: lambda n: msgn("{count} line deleted",
                                           "{count} lines deleted", n),
    }
    return texts[kind](count)


def summary_text(changes: ChangeSet, text: Render = str) -> str:
    """The summary as plain text, as ``diff`` prints it without ``--json``.

    The kind column keeps the stable kind codes (as ``--json`` has them); counts, details
    and notes are rendered by ``text``.
    """
    lines = [", ".join(text(count_text(kind, n)) for kind, n in kind_counts(changes))]
    for entry in summary_entries(changes):
        detail = entry.detail(text)
        lines.append(f"{entry.kind.value:<15} {text(entry.where)}"
                     + (f"  ({detail})" if detail else ""))
    lines += [text(msg("note: {note}", note=note)) for note in changes.notes]
    return "\n".join(lines) + "\n"


def _details(change: Change) -> tuple[Message, ...]:
    if change.kind not in (ChangeKind.REWORDED, ChangeKind.MOVED_REWORDED,
                           ChangeKind.RENUMBERED):
        return ()
    counts: dict[ChangeKind, int] = {}
    for line in change.lines:
        if line.kind is not ChangeKind.UNCHANGED and not line.is_move_origin:
            counts[line.kind] = counts.get(line.kind, 0) + 1
    return tuple(line_count_text(kind, n) for kind, n in counts.items())
