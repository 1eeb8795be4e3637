"""Decide, as each unit is read, whether its written number is the one the tree computes.

The rule mirrors :class:`mou_studio.core.numbering.Numbering`: a regular number becomes an
automatic label (``literal_number`` None); an irregular one ("4 bis", a gap) is kept.
"""

from __future__ import annotations

import re

from mou_studio.core.model import Node, NodeKind
from mou_studio.core.numbering import point_letter, roman

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_COUNTED = (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER)
_ORDINAL_ONE = re.compile(r"^(premier|première|1er|1re|первая)$", re.I)


def number_value(written: str) -> int | None:
    """"premier" → 1, "12" → 12, "IV" → 4; None for "4 bis", "1.2" or letters."""
    if _ORDINAL_ONE.match(written):
        return 1
    if written.isdigit():
        return int(written)
    if written and all(c in _ROMAN_VALUES for c in written):
        return _roman_value(written)
    return None


def _roman_value(text: str) -> int | None:
    total = 0
    values = [_ROMAN_VALUES[c] for c in text]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total if roman(total) == text else None


class NumberTracker:
    """Counters per list of siblings, shared through chapters as the numbering does."""

    def __init__(self) -> None:
        self._counters: dict[int, dict[str, int]] = {}
        self._siblings: dict[int, int] = {}

    def share(self, parent: list[Node], child: list[Node]) -> None:
        """Make ``child`` (a chapter's children) count on with ``parent``'s counters."""
        self._counters[id(child)] = self._counters_of(parent)

    def _counters_of(self, siblings: list[Node]) -> dict[str, int]:
        return self._counters.setdefault(id(siblings), {})

    def assign(self, node: Node, written: str | None, siblings: list[Node],
               in_article: bool) -> None:
        """Set ``node.numbered``/``literal_number`` from the number written in the source."""
        if written is None:
            node.numbered = False
            return
        if node.kind in _COUNTED or (node.kind is NodeKind.PARAGRAPH and not in_article):
            self._assign_counted(node, written, siblings)
        else:
            self._assign_local(node, written, siblings)

    def _assign_counted(self, node: Node, written: str, siblings: list[Node]) -> None:
        counters = self._counters_of(siblings)
        key = node.kind.value
        expected = counters.get(key, 0) + 1
        if number_value(written) == expected:
            counters[key] = expected
            return
        node.literal_number = written
        if written.isdigit():
            counters[key] = int(written)

    def _assign_local(self, node: Node, written: str, siblings: list[Node]) -> None:
        count = self._siblings.get(id(siblings), 0) + 1
        if written == expected_local(node.kind, count):
            self._siblings[id(siblings)] = count
        else:
            node.literal_number = written

    def next_local(self, kind: NodeKind, siblings: list[Node]) -> str:
        """The label the next auto-numbered ``kind`` in ``siblings`` would get."""
        return expected_local(kind, self._siblings.get(id(siblings), 0) + 1)


def expected_local(kind: NodeKind, index: int) -> str:
    """The computed number of the ``index``-th numbered unit of ``kind`` among siblings."""
    if kind is NodeKind.POINT:
        return point_letter(index)
    if kind is NodeKind.SUBPOINT:
        return roman(index).lower()
    return str(index)
