"""French typography for print: no-break spaces where a line must never break.

The model keeps the text as typed (plain spaces, so search and compare stay simple); the
export applies the typographic rules of the Imprimerie nationale that Word does not:
a no-break space before « : » and inside guillemets, a narrow no-break space before
« ; ? ! ». English and Russian text is left as it is.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

# A run of ordinary spaces (or none, after a letter) before the punctuation.
_BEFORE_COLON = re.compile(r"[ \t\u00a0\u202f]+:")
_BEFORE_HIGH = re.compile(r"(?:[ \t\u00a0\u202f]+|(?<=[^\W\d_]))([;?!])(?=\s|$|[»)\"”])")
_AFTER_OPENING = re.compile(r"«[ \t\u00a0\u202f]*")
_BEFORE_CLOSING = re.compile(r"[ \t\u00a0\u202f]*»")


def french_typography(text: str) -> str:
    """Return ``text`` with French no-break spaces around high punctuation and « »."""
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _BEFORE_HIGH.sub(lambda m: NARROW_NBSP + m.group(1), text)
    text = _AFTER_OPENING.sub("«" + NBSP, text)
    return _BEFORE_CLOSING.sub(NBSP + "»", text)


def typeset(text: str, lang: str) -> str:
    """Apply the typographic rules of ``lang`` (only French has any) to ``text``."""
    return french_typography(text) if lang == "fr" else text
