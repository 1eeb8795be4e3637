"""The cover of an agreement: its title and the « ENTRE … ET … » list of parties.

In a .txt file a title is one block of lines; in a .docx file every printed line is often
its own paragraph, so the title and each party name run over several blocks:
« PROTOCOLE D'ACCORD CONCERNANT LA / COOPERATION / ENTRE / L'OMD / ET / LE CENTRE … ».
The cover is the run of such lines before the preamble heading, intro or first recital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mou_studio.core.importing.classify import Kind, Token

_TITLE_BLOCKS = 4
_COVER_MAX = 24  # lines: a cover is a page, not a document in capitals
_COVER_LINE_MAX = 300
_OPENERS = ("entre", "between", "между")
_DEFINES = re.compile(r"ci-après|hereinafter|в дальнейшем|далее", re.I)
# A line ending in one of these words goes on in the next line (« … CONCERNANT LA »).
_DANGLING = re.compile(
    r"(?:^|\s)(?:de|du|des|la|le|les|l['’]|d['’]|et|en|à|a|au|aux|pour|sur|concernant"
    r"|relatif|relative|entre|of|the|and|for|on|in|to|concerning|regarding|between"
    r"|и|в|о|об|по|для|с|на|между)$",
    re.I,
)


@dataclass
class Cover:
    """The title lines, the party lines with their connectors, and where the cover ends."""

    title: list[str] = field(default_factory=list[str])
    head: list[Token] = field(default_factory=list[Token])
    end: int = 0


def read_cover(tokens: list[Token]) -> Cover:
    """Title and parties list at the top of ``tokens``; ``end`` is the first line after."""
    title, i = read_title_block(tokens)
    end = _cover_end(tokens, i)
    split = _party_start(tokens, i, end)
    title += [t.line.text for t in tokens[i:split]]
    return Cover(title, tokens[split:end], end)


def read_title_block(tokens: list[Token]) -> tuple[list[str], int]:
    """The first block and the blocks that plainly complete it (lower case, dangling end)."""
    if not tokens:
        return [], 0
    title = [tokens[0].line.text]
    i = 1
    blocks = 1
    while i < len(tokens):
        token = tokens[i]
        if token.kind is not Kind.TEXT or _starts_intro(title, token.line.text):
            break
        if token.line.gap:
            first = token.line.text[0]
            continues = first.islower() or first == "(" or bool(_DANGLING.search(title[-1]))
            if blocks >= _TITLE_BLOCKS or not continues:
                break
            blocks += 1
        title.append(token.line.text)
        i += 1
    return title, i


def _starts_intro(title: list[str], text: str) -> bool:
    """A mixed-case sentence right under a title in capitals opens the preamble."""
    return (all(t == t.upper() for t in title) and text != text.upper() and text[0].isupper()
            and (len(text) > 60 or text.endswith(",") or bool(_DEFINES.search(text))))


def _cover_end(tokens: list[Token], start: int) -> int:
    """After the title block: capitals, connectors and the names that follow a connector."""
    i = start
    limit = min(len(tokens), start + _COVER_MAX)
    opened = False  # after « ENTRE », names may end with commas
    while i < limit and _is_cover_line(tokens[i], tokens[i - 1] if i else None, opened):
        opened = opened or tokens[i].line.text.lower() in _OPENERS
        i += 1
    return i


# « POUR LA LUTTE CONTRE … » in a party's name reads as a signature caption.
_COVER_KINDS = (Kind.TEXT, Kind.CAPTION, Kind.FOREIGN)


def _is_cover_line(token: Token, previous: Token | None, opened: bool) -> bool:
    if token.kind is Kind.CONNECTOR:
        return True
    text = token.line.text
    if token.kind not in _COVER_KINDS or len(text) > _COVER_LINE_MAX:
        return False
    # « LE CONSEIL DE L'UNION EUROPÉENNE, » opens the preamble's sentence.
    if text.endswith(":") or (text.endswith(",") and not opened) or _DEFINES.search(text):
        return False
    after_connector = previous is not None and previous.kind is Kind.CONNECTOR
    return text == text.upper() or after_connector


def _party_start(tokens: list[Token], start: int, end: int) -> int:
    """Where the parties list begins within the cover lines ``tokens[start:end]``.

    At « ENTRE » when there is one; else at the first party's lines, those before the
    first « ET » (the line before it and the lines that run into it); else nowhere
    (``end``): every line of a cover without connectors belongs to the title.
    """
    connector = next((i for i in range(start, end) if tokens[i].kind is Kind.CONNECTOR), None)
    if connector is None:
        return end
    if tokens[connector].line.text.lower() in _OPENERS or connector == start:
        return connector
    first = connector - 1
    while first > start and _DANGLING.search(tokens[first - 1].line.text):
        first -= 1
    return first
