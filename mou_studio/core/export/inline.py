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
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _marker(number: int) -> str:
    return f"{_MARK_OPEN}{number}{_MARK_CLOSE}"


def run_language(text: str, lang: str) -> str:
    """The ``w:lang`` of a run: Cyrillic text in a French text is still Russian."""
    if lang != "ru" and _CYRILLIC.search(text) and not _LATIN.search(text):
        return lang_tag("ru")
    return lang_tag(lang)


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
                if piece:
                    add_run(p, piece, run_language(piece, lang), style=style)
            else:
                self._call_footnote(p, int(piece), lang)

    def _call_footnote(self, p: Element, number: int, lang: str) -> None:
        note = self._agreement.footnotes[number - 1]
        text = self.render(note.text.get(lang, ""), lang)
        add_footnote_call(p, self._footnotes.add(text, lang_tag(lang)), lang_tag(lang))
