"""Word-level difference between two wordings of a clause.

Self-contained on purpose: when the project's differ lands, this one function is the
place to swap for its word diff.
"""

from __future__ import annotations

import re
from typing import cast

from diff_match_patch import diff_match_patch  # pyright: ignore[reportMissingTypeStubs]

EQUAL, INSERT, DELETE = 0, 1, -1
WordDiff = list[tuple[int, str]]
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def word_diff(old: str, new: str) -> WordDiff:
    """Diff ``old`` against ``new`` word by word: a list of (op, text), op in -1, 0, 1.

    Each distinct word is mapped to one character (as diff-match-patch's line mode does
    with lines) so a change never splits a word; ``Diff_Timeout = 0`` because the default
    time limit silently degrades long texts to "delete all, insert all".
    """
    vocabulary: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        chars: list[str] = []
        for token in _TOKEN.findall(text):
            if token not in vocabulary:
                vocabulary[token] = chr(0xE000 + len(words)) if len(words) < 6400 else \
                    chr(0xF0000 + len(words))
                words.append(token)
            chars.append(vocabulary[token])
        return "".join(chars)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    encoded_old, encoded_new = encode(old), encode(new)
    diffs = cast(list[tuple[int, str]], engine.diff_main(  # pyright: ignore[reportUnknownMemberType]
        encoded_old, encoded_new, False))
    engine.diff_cleanupSemantic(diffs)  # pyright: ignore[reportUnknownMemberType]
    decode = {char: word for word, char in vocabulary.items()}
    return [(op, "".join(decode[c] for c in chunk)) for op, chunk in diffs]


def diff_as_text(diff: WordDiff) -> str:
    """The diff inline, deletions as [-…-] and insertions as {+…+}."""
    parts: list[str] = []
    for op, text in diff:
        if op == EQUAL:
            parts.append(text)
        elif op == DELETE:
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    return "".join(parts)
