"""What each line is: an article heading, a numbered paragraph, a recital, a caption…"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from mou_studio.core.importing import patterns as p
from mou_studio.core.importing.lines import Line


class Kind(StrEnum):
    """What a line is, before it finds its place in the tree."""

    ARTICLE = "article"
    SECTION = "section"
    CHAPTER = "chapter"
    BARE_ROMAN = "bare_roman"
    ANNEX = "annex"
    PARAGRAPH = "paragraph"
    POINT = "point"
    SUBPOINT = "subpoint"
    DASH = "dash"
    PREAMBLE_HEADING = "preamble_heading"
    CONNECTOR = "connector"
    RECITAL = "recital"
    ENACTING = "enacting"
    TESTIMONIUM = "testimonium"
    DONE_AT = "done_at"
    FOREIGN = "foreign"
    CAPTION = "caption"
    FIELD = "field"
    SALUTATION = "salutation"
    TEXT = "text"


@dataclass(frozen=True)
class Token:
    """A classified line: its kind, the number it carries and its remaining text."""

    kind: Kind
    line: Line
    label: str = ""  # the number as written: "premier", "4 bis", "a", "ii"
    text: str = ""  # the line without its label
    heading: str = ""  # a heading printed on the same line as the label
    extra: str = ""  # field name, annex word…

    @property
    def number(self) -> int:
        """The source line number."""
        return self.line.number


_MAX_CAPTION_WORDS = 14
_STRUCTURE_MAX = 200
_ENACTING_TAIL = 90  # article, chapter and annex headings are short lines
_LABEL_START = re.compile(r"^([a-z]{1,5}|[а-яё])[.)]")


def classify(line: Line, lang: str) -> Token:
    """Classify one clean line for a text in ``lang``."""
    text = line.text
    first = text[0]
    if first.isdigit() or first == "(" or (first.islower() and _LABEL_START.match(text)):
        token = _numbered(line)
        if token:
            return token
    if first in "-–—•·▪":
        m = p.DASH.match(text)
        if m:
            return Token(Kind.DASH, line, text=m["text"])
    return _keyword(line, lang) or Token(Kind.TEXT, line, text=text)


def _numbered(line: Line) -> Token | None:
    text = line.text
    m = p.DEGREE_POINT.match(text)
    if m:
        return Token(Kind.POINT, line, label=m[1], text=m["text"])
    m = p.MULTI_PARAGRAPH.match(text)
    if m:
        return Token(Kind.PARAGRAPH, line, label=m[1], text=m["text"])
    m = p.PARAGRAPH.match(text)
    if m and not _looks_like_number_in_prose(m["text"]):
        closer = text[m.end(1):].lstrip()[:1]  # "." or ")": "1)" may be a sub-item
        return Token(Kind.PARAGRAPH, line, label=m[1], text=m["text"], extra=closer)
    m = p.POINT.match(text) or p.POINT_DOT.match(text)
    if m and len(m[1]) == 1:
        # "i)", "v)", "x)" may be letters or Roman numerals: the builder decides.
        return Token(Kind.POINT, line, label=m[1], text=m["text"])
    m = p.ROMAN_POINT.match(text)
    if m:
        return Token(Kind.SUBPOINT, line, label=m[1], text=m["text"])
    m = p.POINT.match(text)
    if m:
        return Token(Kind.POINT, line, label=m[1], text=m["text"])
    return None


def _looks_like_number_in_prose(rest: str) -> bool:
    """"2004. Le …" is a year ending a sentence, not a paragraph; digits start prose."""
    return bool(rest) and rest[0].isdigit()


def _keyword(line: Line, lang: str) -> Token | None:
    text = line.text
    if len(text) > _STRUCTURE_MAX:
        return _closing_keyword(line, lang) or _preamble_keyword(line)
    for kind, pattern in ((Kind.ARTICLE, p.ARTICLE), (Kind.CHAPTER, p.CHAPTER),
                          (Kind.SECTION, p.SECTION)):
        m = pattern.match(text)
        if m:
            heading = (m["heading"] or "").lstrip("-–—.: ")
            return Token(kind, line, label=m[1], heading=heading)
    m = p.ANNEX.match(text)
    if m:
        return Token(Kind.ANNEX, line, label=m[2] or "", heading=m["heading"] or "",
                     extra=m[1].lower())
    if p.BARE_ROMAN.match(text):
        return Token(Kind.BARE_ROMAN, line, label=text.rstrip("."))
    return _closing_keyword(line, lang) or _preamble_keyword(line)


def _preamble_keyword(line: Line) -> Token | None:
    text = line.text
    if p.PREAMBLE_HEADING.match(text):
        return Token(Kind.PREAMBLE_HEADING, line, text=text)
    if p.CONNECTOR.match(text):
        return Token(Kind.CONNECTOR, line, text=text)
    if p.RECITAL.match(text):
        return Token(Kind.RECITAL, line, text=text)
    # The formula ends its line: only the tail needs searching.
    if len(text) < 200 and p.ENACTING.search(text[-_ENACTING_TAIL:]):
        return Token(Kind.ENACTING, line, text=text)
    if p.SALUTATION.match(text) or (len(text) < 120 and p.LETTER_HEADING.match(text)):
        return Token(Kind.SALUTATION, line, text=text)
    return None


def _closing_keyword(line: Line, lang: str) -> Token | None:
    text = line.text
    if p.TESTIMONIUM.match(text):
        return Token(Kind.TESTIMONIUM, line, text=text)
    done = p.DONE_AT[lang].match(text)
    if done:
        return Token(Kind.DONE_AT, line, text=text, extra=done["rest"])
    if p.FOREIGN_DONE_AT.match(text):
        return Token(Kind.FOREIGN, line, text=text)
    m = p.FIELD.match(text)
    if m:
        return Token(Kind.FIELD, line, text=m["value"], extra=p.FIELD_KIND[m["name"].lower()])
    caption = p.CAPTION[lang].match(text)
    if caption and _short_unpunctuated(text):
        return Token(Kind.CAPTION, line, text=text, extra=caption["who"])
    if _short_unpunctuated(text) and p.FOREIGN_CAPTION.search(text):
        return Token(Kind.FOREIGN, line, text=text)
    return None


_TERMINAL = re.compile(r"[.;,:]$")


def _short_unpunctuated(text: str) -> bool:
    """A caption is short and ends without punctuation (a colon is allowed)."""
    text = text.rstrip(" :")
    return len(text.split()) <= _MAX_CAPTION_WORDS and not _TERMINAL.search(text)
