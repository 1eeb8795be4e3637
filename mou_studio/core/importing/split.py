"""Files that hold several instruments (a journal issue): where each one starts."""

from __future__ import annotations

from dataclasses import dataclass

from mou_studio.core.importing.classify import Kind, Token
from mou_studio.core.importing.patterns import INSTRUMENT_HEADER

NON_AGREEMENT_KINDS = {
    "RÈGLEMENT": "regulation", "REGLEMENT": "regulation", "REGULATION": "regulation",
    "РЕГЛАМЕНТ": "regulation", "DIRECTIVE": "directive", "DÉCISION": "decision",
    "DECISION": "decision", "РЕШЕНИЕ": "decision", "RECOMMANDATION": "recommendation",
    "RECOMMENDATION": "recommendation",
}  # fmt: skip


@dataclass(frozen=True)
class Segment:
    """The lines of one instrument and what its header says it is."""

    tokens: list[Token]
    header_kind: str | None  # "regulation", "decision"… or None for an agreement


def _is_header(token: Token) -> bool:
    text = token.line.text
    return (
        (token.line.gap or token.number <= 1)
        and token.kind is Kind.TEXT
        and bool(INSTRUMENT_HEADER.match(text))
        and _mostly_upper(text)
    )


def _mostly_upper(text: str) -> bool:
    """"RÈGLEMENT (CE) No 1385/2004 DU CONSEIL" is a header despite its "No"."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def split_instruments(tokens: list[Token]) -> tuple[list[Segment], list[Token]]:
    """The instruments in ``tokens``, and the lines before the first one (front matter)."""
    starts = [i for i, t in enumerate(tokens) if _is_header(t)]
    if len(starts) <= 1:
        return [Segment(tokens, _header_kind(tokens[0]) if tokens else None)], []
    front = tokens[: starts[0]]
    segments = [
        Segment(tokens[start:end], _header_kind(tokens[start]))
        for start, end in zip(starts, [*starts[1:], len(tokens)], strict=True)
    ]
    return segments, front


def _header_kind(token: Token) -> str | None:
    word = token.line.text.split()[0] if token.line.text.split() else ""
    return NON_AGREEMENT_KINDS.get(word.upper().rstrip(",.:"))
