"""The agreement cut into blocks that every language version has, in document order.

A block writes one piece of the agreement (the title, a recital, an article's heading, one
paragraph…) in one language. Written one after another they make a language version;
written side by side, one table row per block, they align the versions article by
article and paragraph by paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mou_studio.core.export.inline import InlineWriter
from mou_studio.core.export.oxml import Element, add_run, new_paragraph
from mou_studio.core.export.styles import AND, BETWEEN, StyleId, lang_tag, word
from mou_studio.core.model import Agreement, Annex, LangText, Node, NodeKind, Party
from mou_studio.core.numbering import Numbering

Sink = Callable[[Element], None]

_UNIT_STYLES = {
    NodeKind.PARAGRAPH: StyleId.PARAGRAPH,
    NodeKind.POINT: StyleId.POINT,
    NodeKind.SUBPOINT: StyleId.SUBPOINT,
}


@dataclass
class LanguageWriter:
    """Everything a block needs to write itself in one language."""

    agreement: Agreement
    numbering: Numbering
    inline: InlineWriter
    lang: str
    parties: list[Party]  # in the order this original names them (alternat)
    in_columns: bool = False

    def para(self, sink: Sink, style: StyleId, text: str, context: str | None = None, *,
             keep_next: bool = False, keep_lines: bool = False,
             label: str = "") -> Element:
        """Write one paragraph of model ``text`` (tokens allowed) in ``style``."""
        p = new_paragraph(style, keep_next=keep_next, keep_lines=keep_lines)
        if label:
            add_run(p, label, lang_tag(self.lang))
            add_run(p, "", lang_tag(self.lang), tab_before=True)
        self.inline.write(p, text, self.lang, context)
        sink(p)
        return p

    def pick(self, text: LangText) -> str:
        return text.get(self.lang, "")


Block = Callable[[LanguageWriter, Sink], None]


def agreement_blocks(agreement: Agreement) -> list[Block]:
    """The blocks of the whole agreement up to the testimonium, in document order."""
    blocks: list[Block] = [_title_block, _preamble_block]
    blocks += [_recital_block(r.text) for r in agreement.recitals]
    blocks.append(_enacting_block)
    for node in agreement.body:
        blocks += _node_blocks(node)
    for annex in agreement.annexes:
        blocks.append(_annex_title_block(annex))
        for node in annex.body:
            blocks += _node_blocks(node)
    return blocks


def testimonium_block(writer: LanguageWriter, sink: Sink) -> None:
    """The testimonium, kept on the page of the signature table that follows it."""
    text = writer.pick(writer.agreement.testimonium)
    if text:
        writer.para(sink, StyleId.TESTIMONIUM, text, keep_next=True, keep_lines=True)


def _title_block(writer: LanguageWriter, sink: Sink) -> None:
    title = writer.pick(writer.agreement.title)
    if title:
        writer.para(sink, StyleId.TITLE, title, keep_next=True)
    parties = writer.parties
    if not parties:
        return
    tag = lang_tag(writer.lang)
    _plain(sink, StyleId.PARTIES, word(BETWEEN, writer.lang), tag)
    for index, party in enumerate(parties):
        if index and index == len(parties) - 1:
            _plain(sink, StyleId.PARTIES, word(AND, writer.lang), tag)
        # Printed in capitals as text, not only by the style: that is how the parties
        # block of a signed original reads, and how an importer recognises it.
        _plain(sink, StyleId.PARTY_NAME, writer.inline.render(writer.pick(party.name),
                                                               writer.lang).upper(), tag)


def _plain(sink: Sink, style: StyleId, text: str, tag: str) -> None:
    p = new_paragraph(style, keep_next=True)
    add_run(p, text, tag)
    sink(p)


def _preamble_block(writer: LanguageWriter, sink: Sink) -> None:
    agreement = writer.agreement
    heading = writer.pick(agreement.preamble_heading)
    if heading:
        writer.para(sink, StyleId.PREAMBLE_HEADING, heading, keep_next=True)
    intro = writer.pick(agreement.preamble_intro)
    if intro:
        writer.para(sink, StyleId.PREAMBLE, intro)


def _recital_block(text: LangText) -> Block:
    def block(writer: LanguageWriter, sink: Sink) -> None:
        if writer.pick(text):
            writer.para(sink, StyleId.RECITAL, writer.pick(text))
    return block


def _enacting_block(writer: LanguageWriter, sink: Sink) -> None:
    formula = writer.pick(writer.agreement.enacting_formula)
    if formula:
        writer.para(sink, StyleId.ENACTING_FORMULA, formula, keep_next=True)


def _annex_title_block(annex: Annex) -> Block:
    def block(writer: LanguageWriter, sink: Sink) -> None:
        label = writer.numbering.annex_label(annex, writer.lang)
        p = new_paragraph(StyleId.ANNEX_TITLE, keep_next=True,
                          page_break_before=not writer.in_columns)
        add_run(p, label, lang_tag(writer.lang))
        sink(p)
        title = writer.pick(annex.title)
        if title:
            writer.para(sink, StyleId.ANNEX_TITLE, title, keep_next=True)
    return block


def _node_blocks(node: Node) -> list[Block]:
    """An article or chapter gives a heading block and one block per child unit."""
    if node.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER):
        blocks: list[Block] = [_heading_block(node)]
        for child in node.children:
            blocks += _node_blocks(child)
        return blocks
    return [_unit_block(node)]


def _heading_block(node: Node) -> Block:
    def block(writer: LanguageWriter, sink: Sink) -> None:
        label = writer.numbering.label(node, writer.lang)
        label_style = (StyleId.ARTICLE_LABEL if node.kind is not NodeKind.CHAPTER
                       else StyleId.CHAPTER)
        if label:
            _plain(sink, label_style, label, lang_tag(writer.lang))
        heading = writer.pick(node.heading)
        if heading:
            writer.para(sink, StyleId.ARTICLE_HEADING, heading, node.uid, keep_next=True)
        text = writer.pick(node.text)
        if text:
            writer.para(sink, StyleId.ARTICLE_TEXT, text, node.uid)
    return block


def _unit_block(node: Node) -> Block:
    def block(writer: LanguageWriter, sink: Sink) -> None:
        _write_unit(writer, sink, node)
    return block


def _write_unit(writer: LanguageWriter, sink: Sink, node: Node) -> None:
    label = writer.numbering.label(node, writer.lang)
    # An unnumbered paragraph ("Le présent Protocole entrera en vigueur…") has no hanging
    # indent to hang a label on.
    style = (_UNIT_STYLES.get(node.kind, StyleId.PARAGRAPH) if label
             else StyleId.ARTICLE_TEXT)
    # A paragraph that introduces points stays with its first point.
    writer.para(sink, style, writer.pick(node.text), node.uid, label=label,
                keep_next=bool(node.children))
    for child in node.children:
        _write_unit(writer, sink, child)
