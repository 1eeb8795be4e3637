"""The agreement as an HTML page, for the reading view of the main window.

Plain HTML 4 with inline-friendly CSS: what Qt's rich-text engine renders. Every operative
node carries an anchor named after its uid, so the outline can scroll to it.
"""

from __future__ import annotations

import re
from html import escape

from mou_studio.core.model import Agreement, LangText, Node, NodeKind
from mou_studio.core.numbering import Numbering
from mou_studio.core.views import pick, signature_date, signature_place

STYLE = """
body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 12pt; }
h1 { text-align: center; font-size: 15pt; margin-bottom: 12px; }
.party { text-align: center; margin: 4px 40px; }
.preamble-heading { text-align: center; font-weight: bold; margin-top: 14px; }
.recital { text-indent: 24px; margin: 6px 0; }
.enacting { text-align: center; font-style: italic; margin: 14px 0; }
.label { text-align: center; font-weight: bold; margin-top: 16px; margin-bottom: 0; }
.heading { text-align: center; font-style: italic; margin-top: 2px; }
.chapter { text-align: center; font-weight: bold; font-size: 13pt; margin-top: 20px; }
.para { margin: 5px 0 5px 0; }
.point { margin: 3px 0 3px 28px; }
.testimonium { margin-top: 18px; }
.footnotes { font-size: 10pt; margin-top: 20px; }
td { padding: 4px 18px 4px 0; vertical-align: top; }
"""

LABELS = {
    "fr": {"parties": "Parties", "footnotes": "Notes"},
    "en": {"parties": "Parties", "footnotes": "Notes"},
    "ru": {"parties": "Стороны", "footnotes": "Примечания"},
}


class _Renderer:
    def __init__(self, agreement: Agreement, lang: str) -> None:
        self.agreement = agreement
        self.lang = lang
        self.numbering = Numbering(agreement)
        self.parts: list[str] = []

    def text(self, value: LangText, context: str | None = None) -> str:
        raw = pick(value, self.lang)
        # Escape around the tokens: render first into placeholders-free text.
        rendered = self.numbering.render_text(raw, self.lang, context,
                                              footnote=lambda n: f"\x00{n}\x01")
        return escape(rendered).replace("\x00", "<sup>").replace("\x01", "</sup>")

    def add(self, html: str) -> None:
        self.parts.append(html)

    def render(self) -> str:
        a = self.agreement
        self.add(f"<h1>{self.text(a.title)}</h1>")
        self._parties()
        if pick(a.preamble_heading, self.lang):
            self.add(f'<p class="preamble-heading">{self.text(a.preamble_heading)}</p>')
        if pick(a.preamble_intro, self.lang):
            self.add(f'<p class="recital">{self.text(a.preamble_intro)}</p>')
        for recital in a.recitals:
            self.add(f'<p class="recital"><a name="{recital.uid}"></a>'
                     f"{self.text(recital.text)}</p>")
        if pick(a.enacting_formula, self.lang):
            self.add(f'<p class="enacting">{self.text(a.enacting_formula)}</p>')
        for node in a.body:
            self._node(node)
        for annex in a.annexes:
            self.add(f'<p class="chapter"><a name="{annex.uid}"></a>'
                     f"{escape(self.numbering.annex_label(annex, self.lang))}</p>")
            if pick(annex.title, self.lang):
                self.add(f'<p class="heading">{self.text(annex.title)}</p>')
            for node in annex.body:
                self._node(node)
        if pick(a.testimonium, self.lang):
            self.add(f'<p class="testimonium">{self.text(a.testimonium)}</p>')
        self._signatures()
        self._footnotes()
        return (f'<html><head><meta charset="utf-8"><style>{STYLE}</style></head>'
                f"<body>{''.join(self.parts)}</body></html>")

    def _parties(self) -> None:
        for party in self.agreement.parties:
            short = party.short_form(self.lang)
            suffix = f" — <i>{escape(short)}</i>" if short else ""
            self.add(f'<p class="party"><b>{escape(pick(party.name, self.lang))}</b>'
                     f"{suffix}</p>")

    def _node(self, node: Node) -> None:
        label = escape(self.numbering.label(node, self.lang))
        anchor = f'<a name="{node.uid}"></a>'
        if node.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER):
            css = "chapter" if node.kind is NodeKind.CHAPTER else "label"
            self.add(f'<p class="{css}">{anchor}{label}</p>')
            if pick(node.heading, self.lang):
                self.add(f'<p class="heading">{self.text(node.heading)}</p>')
            if pick(node.text, self.lang):
                self.add(f'<p class="para">{self.text(node.text, node.uid)}</p>')
        else:
            css = "para" if node.kind is NodeKind.PARAGRAPH else "point"
            prefix = f"{label}&nbsp;" if label else ""
            self.add(f'<p class="{css}">{anchor}{prefix}{self.text(node.text, node.uid)}</p>')
        for child in node.children:
            self._node(child)

    def _signatures(self) -> None:
        blocks = self.agreement.signatures
        if not blocks:
            return
        cells: list[str] = []
        for block in blocks:
            lines = [
                f"<b>{escape(pick(block.caption, self.lang))}</b>",
                escape(block.signatory),
                escape(pick(block.title, self.lang)),
                escape(signature_date(block, self.lang)),
                escape(signature_place(block, self.lang)),
            ]
            cells.append("<td>" + "<br>".join(line for line in lines if line) + "</td>")
        self.add(f'<table class="signatures" width="100%"><tr>{"".join(cells)}</tr></table>')

    def _footnotes(self) -> None:
        notes = self.agreement.footnotes
        if not notes:
            return
        items = "".join(
            f"<p><sup>{i}</sup> {self.text(note.text)}</p>" for i, note in enumerate(notes, 1)
        )
        self.add(f'<hr width="30%" align="left"><div class="footnotes">{items}</div>')


# One run of text in a paragraph of the reading view: its text, and whether it is raised
# (a footnote call).
Segment = tuple[str, bool]
# Qt's rich text collapses these, as HTML does; a non-breaking space stays.
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_ARTICLE_KINDS = (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER)


def node_block_count(node: Node, lang: str) -> int:
    """How many paragraphs of the reading view show ``node`` itself (not its children)."""
    if node.kind not in _ARTICLE_KINDS:
        return 1
    return 1 + bool(pick(node.heading, lang)) + bool(pick(node.text, lang))


def node_blocks(numbering: Numbering, node: Node, lang: str) -> list[list[Segment]]:
    """The paragraphs ``agreement_html`` shows for ``node`` itself, as plain text runs.

    Lets a view replace one node's paragraphs in place after its text changed, with the
    same words a full render would show.
    """
    label = numbering.label(node, lang)
    if node.kind in _ARTICLE_KINDS:
        blocks = [[(label, False)]]
        if pick(node.heading, lang):
            blocks.append(_segments(numbering, pick(node.heading, lang), lang, None))
        if pick(node.text, lang):
            blocks.append(_segments(numbering, pick(node.text, lang), lang, node.uid))
        return blocks
    segments = _segments(numbering, pick(node.text, lang), lang, node.uid)
    if label:
        segments.insert(0, (label + "\u00a0", False))
    return [segments]


def _segments(numbering: Numbering, raw: str, lang: str, context: str | None) -> list[Segment]:
    rendered = numbering.render_text(raw, lang, context, footnote=lambda n: f"\x00{n}\x01")
    runs: list[Segment] = []
    for index, part in enumerate(re.split("[\x00\x01]", _COLLAPSIBLE.sub(" ", rendered))):
        if part:
            runs.append((part, index % 2 == 1))
    return runs


def agreement_html(agreement: Agreement, lang: str | None = None) -> str:
    """Render ``agreement`` in ``lang`` (default: its primary language) as HTML."""
    return _Renderer(agreement, lang or agreement.language).render()
