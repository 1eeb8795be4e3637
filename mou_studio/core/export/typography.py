"""French typography for print: no-break spaces where a line must never break.

The model keeps the text as typed (plain spaces, so search and compare stay simple); the
export applies the typographic rules of the Imprimerie nationale that Word does not:
a no-break space before « : » and inside guillemets, a narrow no-break space before
« ; ? ! ». English and Russian text is left as it is.
"""

from __future__ import annotations

import re

from mou_studio.core.export.oxml import NOT_XML

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

# A run of ordinary spaces (or none, after a letter) before the punctuation.
_BEFORE_COLON = re.compile(r"[ \t\u00a0\u202f]+:")
_HIGH_MARK = re.compile(r"[;?!](?=\s|$|[»)\"”])")
_SPACES = " \t\u00a0\u202f"
_SPACED_CHARS = frozenset(":;?!«»")
_AFTER_OPENING = re.compile(r"«[ \t\u00a0\u202f]*")
_BEFORE_CLOSING = re.compile(r"[ \t\u00a0\u202f]*»")


def french_typography(text: str) -> str:
    """Return ``text`` with French no-break spaces around high punctuation and « »."""
    present = _SPACED_CHARS.intersection(text)
    if ":" in present and any(space + ":" in text for space in _SPACES):
        text = _BEFORE_COLON.sub(NBSP + ":", text)
    if not present.isdisjoint(";?!"):
        text = _space_high_punctuation(text)
    if "«" in present:
        text = _AFTER_OPENING.sub("«" + NBSP, text)
    if "»" in present:
        text = _BEFORE_CLOSING.sub(NBSP + "»", text)
    return text


def _space_high_punctuation(text: str) -> str:
    """A narrow no-break space before « ; ? ! » that end a word or follow a space."""
    pieces: list[str] = []
    last = 0
    for match in _HIGH_MARK.finditer(text):
        mark = match.start()
        start = mark
        while start > last and text[start - 1] in _SPACES:
            start -= 1
        # Without a space, only after a word ("oui;"), not in "5;6" or "page?id".
        if start < mark or (mark > 0 and text[mark - 1].isalpha()):
            pieces += [text[last:start], NARROW_NBSP, text[mark]]
            last = mark + 1
    pieces.append(text[last:])
    return "".join(pieces)


def typeset(text: str, lang: str) -> str:
    """Apply the typographic rules of ``lang`` (only French has any) to ``text``.

    Characters XML cannot hold go first, so that the rules see the text Word will show
    ("A?\x1b" is "A?" at the end of a sentence).
    """
    text = text.translate(NOT_XML)
    return french_typography(text) if lang == "fr" else text
