"""compare(): align two agreements clause by clause, then diff words inside each pair."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mou_studio.core.compare.align import Alignment, AlignmentCancelled, Block, Step, align
from mou_studio.core.compare.changeset import (
    DELETE,
    EQUAL,
    INSERT,
    Change,
    ChangeKind,
    ChangeSet,
    CompareOptions,
    LineChange,
    Placement,
    WordDiff,
)
from mou_studio.core.compare.gcpause import gc_paused
from mou_studio.core.compare.tokens import normalise
from mou_studio.core.compare.units import Clause, Line, agreement_clauses, paragraph_clauses
from mou_studio.core.compare.words import WordDiffer
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement
from mou_studio.core.tasks import Cancelled

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class CompareCancelled(Cancelled):
    """The user stopped the compare; nothing was produced."""


def compare(
    old: Agreement,
    new: Agreement,
    options: CompareOptions | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ChangeSet:
    """Compare two versions of an agreement in ``lang`` (default: the old one's language).

    ``progress(done, total)`` is called as clauses are diffed; ``cancelled()`` is polled
    and, when it returns true, the compare stops with :class:`CompareCancelled`.
    """
    lang = lang or old.language
    with gc_paused():
        return compare_clauses(
            agreement_clauses(old, lang), agreement_clauses(new, lang),
            options or CompareOptions(), lang, progress, cancelled,
        )


def compare_clauses(
    old: Sequence[Clause],
    new: Sequence[Clause],
    options: CompareOptions,
    lang: str,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ChangeSet:
    """Compare two lists of clauses (the core of :func:`compare`)."""
    poll = cancelled or (lambda: False)
    with gc_paused():
        return _compare_clauses(old, new, options, lang, progress, poll)


def _compare_clauses(old: Sequence[Clause], new: Sequence[Clause], options: CompareOptions,
                     lang: str, progress: Progress | None, poll: CancelCheck) -> ChangeSet:
    try:
        alignment = align(_clause_blocks(old, options), _clause_blocks(new, options), poll)
        builder = _ChangeBuilder(old, new, options, poll)
        changes: list[Change] = []
        total = len(alignment.steps)
        for done, step in enumerate(alignment.steps):
            if done % 64 == 0:
                if poll():
                    raise AlignmentCancelled
                if progress:
                    progress(done, total)
            changes.append(builder.change(step))
    except AlignmentCancelled:
        raise CompareCancelled(msg("the compare was cancelled")) from None
    if progress:
        progress(total, total)
    return ChangeSet(changes, options, lang, alignment.notes + builder.notes)


def redline_changes(changes: ChangeSet, old_paragraphs: Sequence[str] | None,
                    new_paragraphs: Sequence[str] | None) -> ChangeSet:
    """The changes a redline should print: the files' own paragraphs when both have them.

    Two files are redlined paragraph by paragraph on their text as read, so accepting
    gives back the new file's text and rejecting the old one's exactly; otherwise (stored
    versions) the clause compare itself is printed.
    """
    if old_paragraphs is None or new_paragraphs is None:
        return changes
    with gc_paused():
        return compare_clauses(paragraph_clauses(old_paragraphs),
                               paragraph_clauses(new_paragraphs), CompareOptions(),
                               changes.lang)


def _clause_blocks(clauses: Sequence[Clause], options: CompareOptions) -> list[Block]:
    keys = [c.body_key() for c in clauses]
    # A party keeps its short name ("l'OMD") when its full name is reworded.
    return [Block(normalise(k, options), k, c.family,
                  c.label if c.section == "party" and c.label else None)
            for k, c in zip(keys, clauses, strict=True)]


def _line_blocks(lines: Sequence[Line], options: CompareOptions) -> list[Block]:
    return [Block(normalise(line.body, options), line.body, "line") for line in lines]


class _ChangeBuilder:
    """Turns alignment steps into classified changes with their word diffs."""

    def __init__(self, old: Sequence[Clause], new: Sequence[Clause], options: CompareOptions,
                 cancelled: CancelCheck) -> None:
        self.old = old
        self.new = new
        self.options = options
        self.cancelled = cancelled
        self.differ = WordDiffer()
        self.notes: list[Message] = []

    def change(self, step: Step) -> Change:
        old = self.old[step.old] if step.old is not None else None
        new = self.new[step.new] if step.new is not None else None
        if step.moved and old is not None and new is not None:
            kind = ChangeKind.MOVED if self.same_body(old, new) else ChangeKind.MOVED_REWORDED
            placement = Placement.OLD if step.side == "old" else Placement.NEW
            lines = self.lines(old, new)
            return Change(kind, old, new, clause_words(lines), lines, placement)
        if new is None and old is not None:
            return Change(ChangeKind.DELETED, old, None, [(DELETE, old.text())],
                          [LineChange(ChangeKind.DELETED, ln, None, [(DELETE, ln.body)])
                           for ln in old.lines], Placement.OLD)
        if old is None and new is not None:
            return Change(ChangeKind.INSERTED, None, new, [(INSERT, new.text())],
                          [LineChange(ChangeKind.INSERTED, None, ln, [(INSERT, ln.body)])
                           for ln in new.lines], Placement.NEW)
        assert old is not None and new is not None
        if old == new:  # most clauses: skip aligning and composing the diff line by line
            text = new.text()
            return Change(ChangeKind.UNCHANGED, old, new, [(EQUAL, text)] if text else [],
                          _unchanged_lines(old))
        lines = self.lines(old, new)
        return Change(self.paired_kind(old, new), old, new, clause_words(lines), lines)

    def same_body(self, old: Clause, new: Clause) -> bool:
        return normalise(old.body_key(), self.options) == normalise(new.body_key(),
                                                                    self.options)

    def paired_kind(self, old: Clause, new: Clause) -> ChangeKind:
        if not self.same_body(old, new):
            return ChangeKind.REWORDED
        if old.labels_key() != new.labels_key() and not self.options.ignore_renumbering:
            return ChangeKind.RENUMBERED
        return ChangeKind.UNCHANGED

    def lines(self, old: Clause, new: Clause) -> list[LineChange]:
        """The line-by-line changes inside a pair of clauses."""
        if old.lines == new.lines:
            return _unchanged_lines(old)
        if len(old.lines) == len(new.lines) and all(
            a.body == b.body for a, b in zip(old.lines, new.lines, strict=True)
        ):
            steps = [Step(k, k) for k in range(len(old.lines))]
            alignment = Alignment(steps)
        else:
            alignment = align(_line_blocks(old.lines, self.options),
                              _line_blocks(new.lines, self.options), self.cancelled)
            self.notes += alignment.notes
        return [self.line_change(old.lines, new.lines, s) for s in alignment.steps]

    def line_change(self, old_lines: Sequence[Line], new_lines: Sequence[Line],
                    step: Step) -> LineChange:
        old = old_lines[step.old] if step.old is not None else None
        new = new_lines[step.new] if step.new is not None else None
        if step.side == "old" or new is None:
            assert old is not None
            kind = ChangeKind.MOVED if step.moved else ChangeKind.DELETED
            return LineChange(kind, old, new if step.moved else None, [(DELETE, old.body)],
                              Placement.OLD)
        if step.side == "new" or old is None:
            kind = ChangeKind.MOVED if step.moved else ChangeKind.INSERTED
            return LineChange(kind, old if step.moved else None, new, [(INSERT, new.body)],
                              Placement.NEW)
        words = (([(EQUAL, old.body)] if old.body else []) if old.body == new.body
                 else self.differ.diff(old.body, new.body))
        if normalise(old.body, self.options) != normalise(new.body, self.options):
            kind = ChangeKind.REWORDED
        elif old.label != new.label and not self.options.ignore_renumbering:
            kind = ChangeKind.RENUMBERED
        else:
            kind = ChangeKind.UNCHANGED
        return LineChange(kind, old, new, words)


def _unchanged_lines(clause: Clause) -> list[LineChange]:
    return [LineChange(ChangeKind.UNCHANGED, a, a, [(EQUAL, a.body)] if a.body else [])
            for a in clause.lines]


def line_prefix(line: Line) -> str:
    """What the printed line holds before its body: "2. ", "a) ", or the bare label."""
    if not line.body:
        return line.label
    return f"{line.label} " if line.label else ""


def line_words(change: LineChange) -> WordDiff:
    """The whole printed line's diff: label prefix, then the body's word diff."""
    if change.placement is Placement.OLD and change.old is not None:
        return [(DELETE, change.old.text())]
    if change.placement is Placement.NEW and change.new is not None:
        return [(INSERT, change.new.text())]
    assert change.old is not None and change.new is not None
    if change.kind is ChangeKind.UNCHANGED and change.old == change.new:
        return [(EQUAL, change.new.text())] if change.new.text() else []
    old_prefix, new_prefix = line_prefix(change.old), line_prefix(change.new)
    head: WordDiff = ([(EQUAL, new_prefix)] if old_prefix == new_prefix
                      else [(DELETE, old_prefix), (INSERT, new_prefix)])
    return [(op, text) for op, text in [*head, *change.words] if text]


def clause_words(lines: list[LineChange]) -> WordDiff:
    """A clause's diff (its lines joined by newlines), composed from its line diffs."""
    words: WordDiff = []
    old_started = new_started = False
    for change in lines:
        on_old = change.placement is not Placement.NEW
        on_new = change.placement is not Placement.OLD
        if on_old and old_started and on_new and new_started:
            words.append((EQUAL, "\n"))
        else:
            if on_old and old_started:
                words.append((DELETE, "\n"))
            if on_new and new_started:
                words.append((INSERT, "\n"))
        old_started |= on_old
        new_started |= on_new
        words.extend(line_words(change))
    return _merge_runs(words)


def _merge_runs(words: WordDiff) -> WordDiff:
    merged: WordDiff = []
    for op, text in words:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return merged
