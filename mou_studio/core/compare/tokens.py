"""Words, normalised keys and similarity: what alignment and word diffs are built on."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from mou_studio.core.compare.changeset import CompareOptions

# A token is a word, a run of whitespace, or one other character (punctuation).
TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
WORD = re.compile(r"\w+")
NOT_WORD = re.compile(r"[^\w]+")


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens that join back to it exactly."""
    return TOKEN.findall(text)


def normalise(text: str, options: CompareOptions) -> str:
    """The text as the options compare it: case folded, punctuation and spacing ignored."""
    if options.ignore_case:
        text = text.casefold()
    if options.ignore_whitespace:
        text = NOT_WORD.sub(" ", text).strip()
    return text


@dataclass
class Bag:
    """The words of a text as a multiset, for the similarity of two blocks."""

    counts: Counter[str]
    size: int

    @classmethod
    def of(cls, text: str) -> Bag:
        counts = Counter(WORD.findall(text.casefold()))
        return cls(counts, sum(counts.values()))

    def similarity(self, other: Bag) -> float:
        """Dice coefficient of the two word multisets: 1.0 same words, 0.0 none shared."""
        total = self.size + other.size
        if total == 0:
            return 1.0
        small, large = (self, other) if len(self.counts) <= len(other.counts) else (other, self)
        shared = sum(min(n, large.counts.get(w, 0)) for w, n in small.counts.items())
        return 2.0 * shared / total
