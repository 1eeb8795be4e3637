"""What a compare returns: clause-level changes with their word diffs, and the options."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mou_studio.core.compare.units import Clause, Line
from mou_studio.core.messages import Message, msg

# diff-match-patch operation codes, kept as they are in the JSON output.
DELETE = -1
EQUAL = 0
INSERT = 1

WordDiff = list[tuple[int, str]]
# How a face turns a core text (or a name the user gave, kept as is) into its language:
# the CLI's ``ctx.text``, the GUI's ``core_text``, or ``str`` for English.
Render = Callable[[Message | str], str]


class Placement(StrEnum):
    BOTH = "both"
    OLD = "old"
    NEW = "new"


class ChangeKind(StrEnum):
    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    RENUMBERED = "renumbered"
    MOVED = "moved"
    MOVED_REWORDED = "moved_reworded"
    INSERTED = "inserted"
    DELETED = "deleted"


KIND_ORDER = tuple(ChangeKind)


@dataclass(frozen=True)
class CompareOptions:
    """What differences the user does not want reported."""

    ignore_case: bool = False
    ignore_whitespace: bool = False  # also punctuation-only changes
    ignore_renumbering: bool = False


@dataclass
class LineChange:
    """One printed line (heading, paragraph, point) inside a paired clause."""

    kind: ChangeKind
    old: Line | None
    new: Line | None
    words: WordDiff
    placement: Placement = Placement.BOTH

    @property
    def is_move_origin(self) -> bool:
        return self.kind is ChangeKind.MOVED and self.placement is Placement.OLD


@dataclass
class Change:
    """One clause (title, recital, article, signature block…) and how it changed."""

    kind: ChangeKind
    old: Clause | None
    new: Clause | None
    words: WordDiff
    lines: list[LineChange] = field(default_factory=list[LineChange])
    # Where the entry stands in the merged order: on both sides, or on one only. A move
    # has two entries, its origin (OLD) and its destination (NEW), both naming both clauses.
    placement: Placement = Placement.BOTH

    @property
    def is_move(self) -> bool:
        return self.kind in (ChangeKind.MOVED, ChangeKind.MOVED_REWORDED)

    @property
    def is_move_origin(self) -> bool:
        """The old-side half of a move, kept in the merged order for redlines and views."""
        return self.is_move and self.placement is Placement.OLD

    @property
    def is_change(self) -> bool:
        return self.kind is not ChangeKind.UNCHANGED

    def title(self) -> Message | str:
        """A short name for lists: « Article 6 → Article 3 », "Recital", …"""
        old_label = self.old.display_label() if self.old else ""
        new_label = self.new.display_label() if self.new else ""
        if old_label and new_label and old_label != new_label:
            return msg("{old} → {new}", old=old_label, new=new_label)
        return new_label or old_label


@dataclass
class ChangeSet:
    """The result of a compare: every clause in merged order (old-only entries in place)."""

    changes: list[Change]
    options: CompareOptions
    lang: str
    notes: list[Message] = field(default_factory=list[Message])

    @property
    def identical(self) -> bool:
        return not any(c.is_change for c in self.changes)

    def summary(self) -> dict[str, int]:
        """How many clauses of each kind, every kind listed (moves counted once)."""
        counts = Counter(c.kind for c in self.reported())
        return {kind.value: counts.get(kind, 0) for kind in KIND_ORDER}

    def reported(self) -> list[Change]:
        """One entry per clause (a move appears once, where the clause now stands)."""
        return [c for c in self.changes if not c.is_move_origin]

    def to_json(self, text: Render = str) -> dict[str, Any]:
        """The shape ``diff --json`` prints; ``text`` renders the notes (codes stay)."""
        return {
            "summary": self.summary(),
            "language": self.lang,
            "notes": [text(note) for note in self.notes],
            "changes": [_change_json(c) for c in self.reported()],
        }


def _side_json(clause: Clause | None) -> dict[str, str] | None:
    if clause is None:
        return None
    return {"label": clause.label, "text": clause.text(), "section": clause.section}


def _line_side_json(line: Line | None) -> dict[str, str] | None:
    if line is None:
        return None
    return {"label": line.label, "text": line.body}


def _change_json(change: Change) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": change.kind.value,
        "old": _side_json(change.old),
        "new": _side_json(change.new),
        "words": [[op, text] for op, text in change.words],
    }
    if change.kind is not ChangeKind.UNCHANGED and change.lines:
        data["lines"] = [
            {
                "kind": lc.kind.value,
                "old": _line_side_json(lc.old),
                "new": _line_side_json(lc.new),
                "words": [[op, text] for op, text in lc.words],
            }
            for lc in change.lines
            if lc.kind is not ChangeKind.UNCHANGED
        ]
    return data
