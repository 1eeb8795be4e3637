"""Word-level diff of two texts with diff-match-patch, whole words as the unit.

Each distinct token is mapped to one character (what diff-match-patch's line mode does
for lines), the character strings are diffed with ``Diff_Timeout = 0`` — so a long text
is never silently degraded to "delete all, insert all" — and mapped back to text.
"""

from __future__ import annotations

import re
from typing import Protocol, cast

from diff_match_patch import diff_match_patch  # pyright: ignore[reportMissingTypeStubs]

from mou_studio.core.compare.changeset import DELETE, EQUAL, INSERT, CompareOptions, WordDiff
from mou_studio.core.compare.tokens import normalise, tokenize

# Characters from here on stand for tokens; past the BMP's surrogates is safe for Python.
FIRST_CODE = 0x100
# Above this many tokens, sentences are diffed first and words only inside the
# sentences that differ (what diff-match-patch's line mode does with lines).
SENTENCE_FIRST_TOKENS = 2000
SENTENCE = re.compile(r"[^.;:!?\n]*(?:[.;:!?]+\s*|\n\s*|$)")


class _DiffEngine(Protocol):
    """The part of diff-match-patch used here (the library has no type hints)."""

    Diff_Timeout: float

    def diff_main(self, text1: str, text2: str, checklines: bool) -> list[tuple[int, str]]:
        ...

    def diff_cleanupSemantic(self, diffs: list[tuple[int, str]]) -> None:  # noqa: N802
        ...


class WordDiffer:
    """Diffs texts word by word; one instance per compare (it keeps the token table)."""

    def __init__(self) -> None:
        self.engine = cast(_DiffEngine, diff_match_patch())
        self.engine.Diff_Timeout = 0
        self.words = _Codes()
        self.sentences = _Codes()

    def diff(self, old: str, new: str) -> WordDiff:
        """The exact word diff turning ``old`` into ``new``: equal, deleted, inserted runs."""
        if old == new:
            return [(EQUAL, old)] if old else []
        if not old:
            return [(INSERT, new)]
        if not new:
            return [(DELETE, old)]
        old_tokens, new_tokens = tokenize(old), tokenize(new)
        if len(old_tokens) + len(new_tokens) > SENTENCE_FIRST_TOKENS:
            return self._by_sentences(old, new)
        return self._by_words(old_tokens, new_tokens)

    def _by_words(self, old_tokens: list[str], new_tokens: list[str]) -> WordDiff:
        encoded = self.engine.diff_main(
            self.words.encode(old_tokens), self.words.encode(new_tokens), False
        )
        self.engine.diff_cleanupSemantic(encoded)
        return _merge([(op, self.words.decode(chars)) for op, chars in encoded])

    def _by_sentences(self, old: str, new: str) -> WordDiff:
        """Diff sentences, then words inside each run of sentences that differ."""
        encoded = self.engine.diff_main(
            self.sentences.encode(_sentences(old)), self.sentences.encode(_sentences(new)),
            False,
        )
        result: WordDiff = []
        removed: list[str] = []
        added: list[str] = []
        for op, chars in [*encoded, (EQUAL, "")]:
            text = self.sentences.decode(chars)
            if op == DELETE:
                removed.append(text)
            elif op == INSERT:
                added.append(text)
            else:
                if removed or added:
                    result += self._by_words(tokenize("".join(removed)),
                                             tokenize("".join(added)))
                    removed, added = [], []
                result.append((EQUAL, text))
        return _merge(result)

    def changed_words(self, diff: WordDiff, options: CompareOptions) -> bool:
        """Whether ``diff`` changes anything that ``options`` do not ignore."""
        old = "".join(t for op, t in diff if op != INSERT)
        new = "".join(t for op, t in diff if op != DELETE)
        return normalise(old, options) != normalise(new, options)


class _Codes:
    """One character per distinct token (or sentence), as diff-match-patch's line mode."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.values: list[str] = []

    def encode(self, items: list[str]) -> str:
        chars: list[str] = []
        for item in items:
            code = self.codes.get(item)
            if code is None:
                code = _code_char(len(self.values))
                self.codes[item] = code
                self.values.append(item)
            chars.append(code)
        return "".join(chars)

    def decode(self, chars: str) -> str:
        return "".join(self.values[_char_index(c)] for c in chars)


def _sentences(text: str) -> list[str]:
    """Split ``text`` after sentence punctuation and newlines; the parts join back to it."""
    return [part for part in SENTENCE.findall(text) if part]


def _code_char(index: int) -> str:
    code = FIRST_CODE + index
    if code >= 0xD800:  # skip the surrogate block
        code += 0x800
    return chr(code)


def _char_index(char: str) -> int:
    code = ord(char)
    if code >= 0xE000:
        code -= 0x800
    return code - FIRST_CODE


def _merge(diff: WordDiff) -> WordDiff:
    """Join neighbouring runs of the same operation and drop empty ones."""
    merged: WordDiff = []
    for op, text in diff:
        if not text:
            continue
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return merged


def old_text(diff: WordDiff) -> str:
    """The old side of a diff."""
    return "".join(t for op, t in diff if op != INSERT)


def new_text(diff: WordDiff) -> str:
    """The new side of a diff."""
    return "".join(t for op, t in diff if op != DELETE)
