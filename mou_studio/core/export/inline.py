"""Model text to Word runs: references rendered, footnote calls, typography, languages."""

from __future__ import annotations

import re

from mou_studio.core.export.footnotes import Footnotes, add_footnote_call
from mou_studio.core.export.oxml import Element, add_run
from mou_studio.core.export.styles import lang_tag
from mou_studio.core.export.typography import typeset
from mou_studio.core.model import Agreement
from mou_studio.core.numbering import Numbering

# Footnote calls travel through render_text as private-use markers, then become runs.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_CLOSE}")
_CYRILLIC_SPAN = re.compile(r"[\u0400-\u04ff]+(?:[\s\u00a0.,-]+[\u0400-\u04ff]+)*\.?")


def _marker(number: int) -> str:
    return f"{_MARK_OPEN}{number}{_MARK_CLOSE}"


def language_spans(text: str, lang: str) -> list[tuple[str, str]]:
    """Cut ``text`` into (piece, ``w:lang``): Cyrillic words in a French text are Russian."""
    if lang == "ru":
        return [(text, lang_tag(lang))]
    spans: list[tuple[str, str]] = []
    start = 0
    for match in _CYRILLIC_SPAN.finditer(text):
        if match.start() > start:
            spans.append((text[start:match.start()], lang_tag(lang)))
        spans.append((match.group(), lang_tag("ru")))
        start = match.end()
    if start < len(text):
        spans.append((text[start:], lang_tag(lang)))
    return spans


class InlineWriter:
    """Writes the texts of one agreement into paragraphs, in any of its languages."""

    def __init__(self, agreement: Agreement, numbering: Numbering,
                 footnotes: Footnotes) -> None:
        self._agreement = agreement
        self._numbering = numbering
        self._footnotes = footnotes

    def render(self, text: str, lang: str, context_uid: str | None = None) -> str:
        """What a reader sees of ``text``: references rendered, no footnote calls."""
        plain = self._numbering.render_text(text, lang, context_uid, footnote=lambda _: "")
        return typeset(plain, lang)

    def write(self, p: Element, text: str, lang: str,
              context_uid: str | None = None, *, style: str | None = None) -> None:
        """Append ``text`` (a model text with tokens) to ``p`` as runs in ``lang``."""
        rendered = self._numbering.render_text(text, lang, context_uid, footnote=_marker)
        pieces = _MARKER.split(typeset(rendered, lang))
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                for span, tag in language_spans(piece, lang):
                    add_run(p, span, tag, style=style)
            else:
                self._call_footnote(p, int(piece), lang)

    def _call_footnote(self, p: Element, number: int, lang: str) -> None:
        note = self._agreement.footnotes[number - 1]
        text = self.render(note.text.get(lang, ""), lang)
        add_footnote_call(p, self._footnotes.add(text, lang_tag(lang)), lang_tag(lang))
