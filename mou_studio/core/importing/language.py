"""Which language a text is in: French, English or Russian."""

from __future__ import annotations

import re

from mou_studio.core.errors import ImportError_
from mou_studio.core.messages import msg
from mou_studio.core.model import LANGUAGES

_SAMPLE = 20_000
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_FR = re.compile(r"\b(le|la|les|des|du|et|est|une|pour|dans|présent)\b", re.I)
_EN = re.compile(r"\b(the|of|and|is|shall|for|this|with|between)\b", re.I)


def detect_language(text: str) -> str:
    """"fr", "en" or "ru", judged on the first part of ``text``."""
    sample = text[:_SAMPLE]
    letters = sum(1 for c in sample if c.isalpha()) or 1
    if len(_CYRILLIC.findall(sample)) > letters * 0.3:
        return "ru"
    return "en" if len(_EN.findall(sample)) > len(_FR.findall(sample)) else "fr"


def choose_language(text: str, lang: str) -> str:
    """``lang`` checked, or detected when it is "auto"."""
    if lang == "auto":
        return detect_language(text)
    if lang not in LANGUAGES:
        raise ImportError_(msg("unknown language '{lang}': use auto, {languages}",
                                 lang=lang, languages=", ".join(LANGUAGES)))
    return lang
