"""Footnotes: each text found at the foot of a page attached where the text calls it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_studio.core.importing.report import ImportReport
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, Footnote, LangText, footnote_token
from mou_studio.core.numbering import SUPERSCRIPTS, superscript


def _call_pattern(number: int) -> re.Pattern[str]:
    marks = re.escape(superscript(number))
    return re.compile(rf"(?<=[^\s{SUPERSCRIPTS}]){marks}(?![{SUPERSCRIPTS}])")


def attach_footnotes(agreement: Agreement, footnotes: dict[int, str],
                     report: ImportReport) -> None:
    """Add the footnotes to ``agreement`` and turn each call « ¹ » into a ``{{fn:…}}``."""
    lang = agreement.language
    for number in sorted(footnotes):
        note = Footnote(text={lang: footnotes[number]})
        agreement.footnotes.append(note)
        pattern = _call_pattern(number)
        if not any(_replace_first(text, lang, pattern, footnote_token(note.uid))
                   for text in _texts(agreement)):
            report.warn(msg("footnote {number} is not called anywhere in the text; kept at "
                            "the end", number=number))


def _replace_first(text: LangText, lang: str, pattern: re.Pattern[str], token: str) -> bool:
    value = text.get(lang, "")
    new, count = pattern.subn(token, value, count=1)
    if count:
        text[lang] = new
    return bool(count)


def _texts(agreement: Agreement) -> Iterator[LangText]:
    yield agreement.title
    yield agreement.preamble_intro
    for recital in agreement.recitals:
        yield recital.text
    yield agreement.enacting_formula
    for node in agreement.walk():
        yield node.heading
        yield node.text
    yield agreement.testimonium
