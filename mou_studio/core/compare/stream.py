"""The document a redline prints: paragraphs of equal, deleted and inserted runs.

Built once from a :class:`ChangeSet` and shared by the redline (tracked changes) and the
blackline (colours). Moves are lowered to a deletion where the clause was and an insertion
where it now stands, so no half-move can ever be written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from mou_studio.core.compare.changeset import (
    DELETE,
    EQUAL,
    INSERT,
    Change,
    ChangeSet,
    LineChange,
    Placement,
    WordDiff,
)
from mou_studio.core.compare.engine import line_words
from mou_studio.core.compare.units import Clause, Line


@dataclass
class Para:
    """One paragraph: its runs, and whether the paragraph itself is deleted or inserted."""

    runs: WordDiff
    mark: int  # EQUAL, DELETE or INSERT: what happened to the paragraph (its mark)
    style: str = "text"
    depth: int = 0
    moved: bool = False
    mark_op: int = field(default=EQUAL)  # the tracked op of the paragraph mark itself

    def side_text(self, side: int) -> str | None:
        """The paragraph's text on the old (DELETE) or new (INSERT) side; None if absent."""
        if self.mark not in (EQUAL, side):
            return None
        return "".join(text for op, text in self.runs if op in (EQUAL, side))


def redline_paragraphs(changes: ChangeSet) -> list[Para]:
    """Every paragraph of the merged document, with paragraph marks placed validly."""
    paras: list[Para] = []
    for change in changes.changes:
        paras.extend(_change_paras(change))
    _place_marks(paras)
    return paras


def side_lines(paras: list[Para], side: int) -> list[str]:
    """The document's lines on one side: what accepting (INSERT) or rejecting gives."""
    return [text for p in paras if (text := p.side_text(side)) is not None]


def _whole(line: Line, op: int, moved: bool) -> Para:
    return Para([(op, line.text())] if line.text() else [], op, line.style, line.depth, moved)


def _clause_side(clause: Clause | None) -> list[Line]:
    return clause.printed_lines() if clause is not None else []


def _change_paras(change: Change) -> list[Para]:
    moved = change.is_move
    if change.placement is Placement.OLD:
        return [_whole(line, DELETE, moved) for line in _clause_side(change.old)]
    if change.placement is Placement.NEW:
        return [_whole(line, INSERT, moved) for line in _clause_side(change.new)]
    assert change.old is not None and change.new is not None
    if not (change.old.printed and change.new.printed):
        return []
    return [*_label_paras(change.old, change.new),
            *(p for lc in change.lines for p in _line_paras(lc))]


def _label_paras(old: Clause, new: Clause) -> list[Para]:
    old_label = Line(old.label, "", "label") if old.label_line else None
    new_label = Line(new.label, "", "label") if new.label_line else None
    if old_label and new_label:
        if old_label.label == new_label.label:
            return [Para([(EQUAL, new_label.label)], EQUAL, "label")]
        return [Para([(DELETE, old_label.label), (INSERT, new_label.label)], EQUAL, "label")]
    if old_label:
        return [_whole(old_label, DELETE, False)]
    if new_label:
        return [_whole(new_label, INSERT, False)]
    return []


def _line_paras(change: LineChange) -> list[Para]:
    moved = change.kind.value == "moved"
    if change.placement is Placement.OLD:
        assert change.old is not None
        return [_whole(change.old, DELETE, moved)]
    if change.placement is Placement.NEW:
        assert change.new is not None
        return [_whole(change.new, INSERT, moved)]
    assert change.new is not None
    return [Para(line_words(change), EQUAL, change.new.style, change.new.depth)]


def _place_marks(paras: list[Para]) -> None:
    """Decide what each paragraph mark carries.

    A deleted (inserted) paragraph's mark is deleted (inserted) with it. The last
    paragraph's mark cannot be: after the last unchanged paragraph, each mark takes the
    operation of the paragraph that follows it and the final mark stays, which gives
    back the right paragraphs on both sides.
    """
    _share_first_paragraph(paras)
    for para in paras:
        para.mark_op = para.mark
    last_equal = max((k for k, p in enumerate(paras) if p.mark == EQUAL), default=-1)
    tail = paras[max(last_equal, 0):] if last_equal >= 0 else paras
    for here, following in pairwise(tail):
        here.mark_op = following.mark
    if tail:
        tail[-1].mark_op = EQUAL


def _share_first_paragraph(paras: list[Para]) -> None:
    """With no paragraph in common, join the first old and first new ones into one.

    Otherwise one side would keep an empty paragraph: the marks of a document whose
    paragraphs are all deleted or all inserted cannot give back both sides exactly.
    """
    if any(p.mark == EQUAL for p in paras):
        return
    first_old = next((k for k, p in enumerate(paras) if p.mark == DELETE), None)
    first_new = next((k for k, p in enumerate(paras) if p.mark == INSERT), None)
    if first_old is None or first_new is None:
        return
    old, new = paras[first_old], paras[first_new]
    shared = Para([*old.runs, *new.runs], EQUAL, new.style, new.depth, new.moved)
    for index in sorted((first_old, first_new), reverse=True):
        del paras[index]
    paras.insert(min(first_old, first_new), shared)
