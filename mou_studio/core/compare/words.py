"""Word-level diff of two texts with diff-match-patch, whole words as the unit.

Each distinct token is mapped to one character (what diff-match-patch's line mode does
for lines), the character strings are diffed with ``Diff_Timeout = 0`` — so a long text
is never silently degraded to "delete all, insert all" — and mapped back to text.
"""

from __future__ import annotations

from typing import Protocol, cast

from diff_match_patch import diff_match_patch  # pyright: ignore[reportMissingTypeStubs]

from mou_studio.core.compare.changeset import DELETE, EQUAL, INSERT, CompareOptions, WordDiff
from mou_studio.core.compare.tokens import normalise, tokenize

# Characters from here on stand for tokens; past the BMP's surrogates is safe for Python.
FIRST_CODE = 0x100


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
        self.codes: dict[str, str] = {}
        self.tokens: list[str] = []

    def _encode(self, tokens: list[str]) -> str:
        chars: list[str] = []
        for token in tokens:
            code = self.codes.get(token)
            if code is None:
                code = _code_char(len(self.tokens))
                self.codes[token] = code
                self.tokens.append(token)
            chars.append(code)
        return "".join(chars)

    def _decode(self, chars: str) -> str:
        return "".join(self.tokens[_char_index(c)] for c in chars)

    def diff(self, old: str, new: str) -> WordDiff:
        """The exact word diff turning ``old`` into ``new``: equal, deleted, inserted runs."""
        if old == new:
            return [(EQUAL, old)] if old else []
        if not old:
            return [(INSERT, new)]
        if not new:
            return [(DELETE, old)]
        encoded = self.engine.diff_main(
            self._encode(tokenize(old)), self._encode(tokenize(new)), False
        )
        self.engine.diff_cleanupSemantic(encoded)
        return _merge([(op, self._decode(chars)) for op, chars in encoded])

    def changed_words(self, diff: WordDiff, options: CompareOptions) -> bool:
        """Whether ``diff`` changes anything that ``options`` do not ignore."""
        old = "".join(t for op, t in diff if op != INSERT)
        new = "".join(t for op, t in diff if op != DELETE)
        return normalise(old, options) != normalise(new, options)


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
