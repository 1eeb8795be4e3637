"""The front of an agreement: title, parties block, preamble intro, recitals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mou_studio.core.importing.body import joins_previous
from mou_studio.core.importing.classify import Kind, Token
from mou_studio.core.importing.cover import read_cover
from mou_studio.core.importing.parties import (
    parties_from_intro,
    parties_from_names,
    parties_from_sentence,
    parties_from_title,
)
from mou_studio.core.model import Agreement, Party, Recital

_RECITAL_END = re.compile(r"[,;.:]$")


@dataclass
class Front:
    """The lines before the operative text, sorted into their parts."""

    title: list[str] = field(default_factory=list[str])
    head: list[Token] = field(default_factory=list[Token])
    heading: str = ""
    intro: list[str] = field(default_factory=list[str])
    recitals: list[str] = field(default_factory=list[str])


def read_front(tokens: list[Token]) -> Front:
    """Split the lines before the operative text into title, head, intro and recitals."""
    cover = read_cover(tokens)
    front = Front(title=cover.title, head=cover.head)
    for token in tokens[cover.end:]:
        _read_preamble_line(front, token)
    return front


def _read_preamble_line(front: Front, token: Token) -> None:
    text = token.line.text
    if token.kind is Kind.PREAMBLE_HEADING and not front.recitals:
        front.heading = text
        return
    # Numbered recitals ("1. Recognizing…", "a) considérant…") once the intro is read.
    numbered = token.kind in (Kind.PARAGRAPH, Kind.POINT) and bool(front.intro or front.recitals)
    starts_recital = token.kind in (Kind.RECITAL, Kind.DASH) or numbered
    if not front.recitals and not starts_recital:
        front.intro.append(text)
        return
    if starts_recital or (
        token.line.gap and text[0].isupper() and _RECITAL_END.search(front.recitals[-1])
    ):
        front.recitals.append(token.text if token.kind is Kind.DASH else text)
    elif joins_previous(token, front.recitals[-1]) or not token.line.gap:
        front.recitals[-1] = f"{front.recitals[-1]} {text}"
    else:
        front.recitals.append(text)


def apply_front(agreement: Agreement, front: Front) -> None:
    """Fill the agreement's title, parties, preamble and recitals."""
    lang = agreement.language
    if front.title:
        agreement.title = {lang: " ".join(front.title)}
    if front.heading:
        agreement.preamble_heading = {lang: front.heading}
    intro = " ".join(front.intro)
    if intro:
        agreement.preamble_intro = {lang: intro}
    agreement.recitals = [Recital(text={lang: r}) for r in front.recitals]
    agreement.parties = parties_from_intro(intro, lang) or _named_parties(front, intro, lang)


def _named_parties(front: Front, intro: str, lang: str) -> list[Party]:
    """Parties without short names: from the intro sentence, the blocks or the title."""
    named = parties_from_sentence(intro, lang) if intro else []
    named = named or parties_from_names(_names(front), lang)
    titled = parties_from_title(" ".join(front.title), lang)
    # Names printed in capitals read better from the title when it has them too.
    all_caps = all(p.name[lang] == p.name[lang].upper() for p in named)
    return titled if titled and (all_caps or not named) else named


def _names(front: Front) -> list[str]:
    """Party names printed one per block between connectors (« ENTRE … ET … »)."""
    lines = [t.line.text for t in front.head] or (front.intro if _has_connector(front) else [])
    names: list[str] = []
    current: list[str] = []
    for text in lines:
        if text.lower() in ("entre", "et", "between", "and", "между", "и"):
            if current:
                names.append(" ".join(current))
            current = []
        elif not text.startswith("("):
            current.append(text)
    if current:
        names.append(" ".join(current))
    return names if len(names) >= 2 else []


def _has_connector(front: Front) -> bool:
    return any(t.lower() in ("et", "and", "и") for t in front.intro)
