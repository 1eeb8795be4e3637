"""Align two sequences of blocks before any word is diffed (DESIGN.md §6).

1. Unique identical keys on both sides are anchors; the longest increasing subsequence of
   them is kept (patience diff), recursively inside each gap. A unique identical block
   that falls out of that subsequence has moved.
2. Inside each gap, blocks are paired by word similarity above a threshold, keeping order
   (a small weighted alignment).
3. A conservative move pass pairs what is left: high similarity, a minimum length and a
   clear margin over the runner-up, on both sides.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from mou_studio.core.compare.tokens import Bag
from mou_studio.core.messages import Message, msg

PAIR_THRESHOLD = 0.5
MOVE_THRESHOLD = 0.75
MOVE_MARGIN = 0.15
MOVE_MIN_WORDS = 4
# Past this many candidate pairs a gap is paired greedily, and the result says so.
EXACT_GAP_CELLS = 250_000


class Block:
    """What the aligner needs of a block: its key, its family, its words when asked."""

    __slots__ = ("_bag", "family", "ident", "key", "text")

    def __init__(self, key: str, text: str, family: str, ident: str | None = None) -> None:
        self.key = key  # the normalised text: equal keys are identical blocks
        self.text = text
        self.family = family
        self.ident = ident  # a name that says two blocks are the same one (a party's)
        self._bag: Bag | None = None

    @property
    def bag(self) -> Bag:
        """The block's words, counted only for blocks that need a similarity."""
        if self._bag is None:
            self._bag = Bag.of(self.text)
        return self._bag


@dataclass(frozen=True)
class Step:
    """One entry of the merged order: a pair, an old-only or a new-only block."""

    old: int | None
    new: int | None
    moved: bool = False
    side: str = "both"  # "both", "old" (origin or deletion), "new" (destination, insertion)


@dataclass
class Alignment:
    steps: list[Step]
    notes: list[Message] = field(default_factory=list[Message])


Cancelled = Callable[[], bool]


def align(old: Sequence[Block], new: Sequence[Block],
          cancelled: Cancelled | None = None) -> Alignment:
    """Align ``old`` and ``new`` blocks; pairs keep order, moves are listed twice."""
    aligner = _Aligner(old, new, cancelled or (lambda: False))
    return aligner.run()


class AlignmentCancelled(Exception):
    """Raised inside the aligner when the caller asked to stop."""


class _Aligner:
    def __init__(self, old: Sequence[Block], new: Sequence[Block], cancelled: Cancelled):
        self.old = old
        self.new = new
        self.cancelled = cancelled
        self.pairs: dict[int, int] = {}  # in-order pairs, old -> new
        self.moves: dict[int, int] = {}  # moved pairs, old -> new
        self.notes: list[Message] = []

    def check(self) -> None:
        if self.cancelled():
            raise AlignmentCancelled

    def run(self) -> Alignment:
        self.anchor(0, len(self.old), 0, len(self.new))
        self.pair_gaps()
        self.move_pass()
        return Alignment(self.merged_steps(), self.notes)

    # -- 1. anchors ----------------------------------------------------------------

    def anchor(self, o_lo: int, o_hi: int, n_lo: int, n_hi: int) -> None:
        """Patience-style matching of unique identical keys, gap by gap."""
        stack = [(o_lo, o_hi, n_lo, n_hi)]
        while stack:
            self.check()
            o_lo, o_hi, n_lo, n_hi = stack.pop()
            while o_lo < o_hi and n_lo < n_hi and self._same(o_lo, n_lo):
                self.pairs[o_lo] = n_lo
                o_lo, n_lo = o_lo + 1, n_lo + 1
            while o_lo < o_hi and n_lo < n_hi and self._same(o_hi - 1, n_hi - 1):
                self.pairs[o_hi - 1] = n_hi - 1
                o_hi, n_hi = o_hi - 1, n_hi - 1
            if o_hi - o_lo < 2 and n_hi - n_lo < 2:
                continue  # nothing to anchor: a lone pair or one-sided gap is paired later
            anchors = self._unique_common(o_lo, o_hi, n_lo, n_hi)
            if not anchors:
                continue
            kept = _longest_increasing(anchors)
            kept_set = set(kept)
            for o, n in anchors:
                if (o, n) not in kept_set and self.old[o].bag.size >= MOVE_MIN_WORDS:
                    self.moves[o] = n
            prev_o, prev_n = o_lo, n_lo
            for o, n in kept:
                self.pairs[o] = n
                stack.append((prev_o, o, prev_n, n))
                prev_o, prev_n = o + 1, n + 1
            stack.append((prev_o, o_hi, prev_n, n_hi))

    def _same(self, o: int, n: int) -> bool:
        return self.old[o].key == self.new[n].key and self.old[o].family == self.new[n].family

    def _unique_common(self, o_lo: int, o_hi: int, n_lo: int,
                       n_hi: int) -> list[tuple[int, int]]:
        old_counts = Counter(_id(self.old[i]) for i in range(o_lo, o_hi))
        new_counts = Counter(_id(self.new[j]) for j in range(n_lo, n_hi))
        new_pos = {_id(self.new[j]): j for j in range(n_lo, n_hi)
                   if new_counts[_id(self.new[j])] == 1}
        return [
            (i, new_pos[_id(self.old[i])])
            for i in range(o_lo, o_hi)
            if old_counts[_id(self.old[i])] == 1 and _id(self.old[i]) in new_pos
            and self.old[i].key
        ]

    # -- 2. similarity pairing inside gaps -------------------------------------------

    def pair_gaps(self) -> None:
        moved_new = set(self.moves.values())
        ordered = sorted(self.pairs.items())
        bounds = [(-1, -1), *ordered, (len(self.old), len(self.new))]
        for (o_a, n_a), (o_b, n_b) in pairwise(bounds):
            gap_old = [i for i in range(o_a + 1, o_b) if i not in self.moves]
            gap_new = [j for j in range(n_a + 1, n_b) if j not in moved_new]
            if gap_old and gap_new:
                self.check()
                for i, j in self._pair_gap(gap_old, gap_new):
                    self.pairs[i] = j

    def _pair_gap(self, gap_old: list[int], gap_new: list[int]) -> list[tuple[int, int]]:
        if len(gap_old) * len(gap_new) > EXACT_GAP_CELLS:
            self.notes.append(msg(
                "a run of {old} old and {new} new blocks with no identical "
                "block between them was paired greedily, in order: check it by eye",
                old=len(gap_old), new=len(gap_new),
            ))
            return self._greedy_pairs(gap_old, gap_new)
        return self._best_ordered_pairs(gap_old, gap_new)

    def _score(self, i: int, j: int) -> float:
        a, b = self.old[i], self.new[j]
        if a.family != b.family:
            return 0.0
        if a.ident is not None and a.ident == b.ident:
            return 1.0
        score = a.bag.similarity(b.bag)
        return score if score >= PAIR_THRESHOLD else 0.0

    def _best_ordered_pairs(self, gap_old: list[int],
                            gap_new: list[int]) -> list[tuple[int, int]]:
        """Order-keeping pairing that maximises the summed similarity (weighted LCS)."""
        rows, cols = len(gap_old), len(gap_new)
        scores = [[self._score(i, j) for j in gap_new] for i in gap_old]
        best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(1, rows + 1):
            row, prev, score_row = best[r], best[r - 1], scores[r - 1]
            for c in range(1, cols + 1):
                diag = prev[c - 1] + score_row[c - 1] if score_row[c - 1] else 0.0
                row[c] = max(prev[c], row[c - 1], diag)
        pairs: list[tuple[int, int]] = []
        r, c = rows, cols
        while r and c:
            score = scores[r - 1][c - 1]
            if score and best[r][c] == best[r - 1][c - 1] + score:
                pairs.append((gap_old[r - 1], gap_new[c - 1]))
                r, c = r - 1, c - 1
            elif best[r][c] == best[r - 1][c]:
                r -= 1
            else:
                c -= 1
        return pairs[::-1]

    def _greedy_pairs(self, gap_old: list[int], gap_new: list[int]) -> list[tuple[int, int]]:
        pairs: list[tuple[int, int]] = []
        start = 0
        for i in gap_old:
            self.check()
            window = gap_new[start:start + 50]
            scored = [(self._score(i, j), k) for k, j in enumerate(window)]
            score, k = max(scored, default=(0.0, -1))
            if score:
                pairs.append((i, window[k]))
                start += k + 1
        return pairs

    # -- 3. conservative move pass -------------------------------------------------

    def move_pass(self) -> None:
        paired_new = set(self.pairs.values()) | set(self.moves.values())
        left_old = [i for i in range(len(self.old))
                    if i not in self.pairs and i not in self.moves
                    and self.old[i].bag.size >= MOVE_MIN_WORDS]
        left_new = [j for j in range(len(self.new)) if j not in paired_new
                    and self.new[j].bag.size >= MOVE_MIN_WORDS]
        if not left_old or not left_new:
            return
        if len(left_old) * len(left_new) > EXACT_GAP_CELLS:
            self.notes.append(msg(
                "{deleted} deleted and {inserted} inserted blocks: too many to "
                "look for moved and reworded ones; they are reported as deleted and inserted",
                deleted=len(left_old), inserted=len(left_new),
            ))
            return
        by_old: dict[int, dict[int, float]] = {i: {} for i in left_old}
        by_new: dict[int, dict[int, float]] = {j: {} for j in left_new}
        for i in left_old:
            self.check()
            for j in left_new:
                if self.old[i].family == self.new[j].family:
                    score = self.old[i].bag.similarity(self.new[j].bag)
                    by_old[i][j] = by_new[j][i] = score
        for i in left_old:
            j = _clear_winner(by_old[i])
            if j is not None and _clear_winner(by_new[j]) == i:
                self.moves[i] = j

    # -- merged order --------------------------------------------------------------

    def merged_steps(self) -> list[Step]:
        moved_new = {n: o for o, n in self.moves.items()}
        paired_new = set(self.pairs.values())
        old_only = [i for i in range(len(self.old)) if i not in self.pairs]
        new_only = [j for j in range(len(self.new)) if j not in paired_new]
        steps: list[Step] = []
        oi = ni = 0
        for o, n in sorted(self.pairs.items()):
            while oi < len(old_only) and old_only[oi] < o:
                i = old_only[oi]
                steps.append(Step(i, self.moves.get(i), i in self.moves, "old"))
                oi += 1
            while ni < len(new_only) and new_only[ni] < n:
                j = new_only[ni]
                steps.append(Step(moved_new.get(j), j, j in moved_new, "new"))
                ni += 1
            steps.append(Step(o, n))
        steps += [Step(i, self.moves.get(i), i in self.moves, "old") for i in old_only[oi:]]
        steps += [Step(moved_new.get(j), j, j in moved_new, "new") for j in new_only[ni:]]
        return steps


def _id(block: Block) -> tuple[str, str]:
    return (block.family, block.key)


def _clear_winner(scores: dict[int, float]) -> int | None:
    """The best candidate if it is similar enough and clearly ahead of the runner-up."""
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= MOVE_THRESHOLD and score - runner_up >= MOVE_MARGIN:
        return best
    return None


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by old) increasing in new position."""
    tails: list[int] = []  # new positions ending the best run of each length
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for k, (_, n) in enumerate(pairs):
        at = bisect_left(tails, n)
        if at == len(tails):
            tails.append(n)
            tail_index.append(k)
        else:
            tails[at] = n
            tail_index[at] = k
        previous[k] = tail_index[at - 1] if at else -1
    result: list[tuple[int, int]] = []
    k = tail_index[-1] if tail_index else -1
    while k != -1:
        result.append(pairs[k])
        k = previous[k]
    return result[::-1]
