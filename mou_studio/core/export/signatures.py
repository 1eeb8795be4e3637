"""The signature blocks: a table whose rows never split across pages.

Up to three parties sign side by side, one column each, in a single row; more parties
sign one row each. In a parallel document each block carries every language's lines.
"""

from __future__ import annotations

from mou_studio.core.export.inline import InlineWriter
from mou_studio.core.export.oxml import Element, add_row, close_cell, new_paragraph, new_table
from mou_studio.core.export.styles import DATE_LABEL, PLACE_LABEL, StyleId, word
from mou_studio.core.model import Agreement, Party, SignatureBlock
from mou_studio.core.views import signature_date, signature_place

MAX_SIDE_BY_SIDE = 3
SIGNATURE_SPACE_LINES = 3


def ordered_signatures(agreement: Agreement, parties: list[Party]) -> list[SignatureBlock]:
    """The signature blocks in the order of ``parties`` (blocks of no party last)."""
    rank = {party.uid: index for index, party in enumerate(parties)}
    return sorted(agreement.signatures, key=lambda b: rank.get(b.party or "", len(rank)))


def signature_table(agreement: Agreement, blocks: list[SignatureBlock], langs: list[str],
                    inline: InlineWriter, text_width: int) -> Element | None:
    """The table of ``blocks`` with their lines in ``langs``; None when nobody signs."""
    if not blocks:
        return None
    if len(blocks) <= MAX_SIDE_BY_SIDE:
        widths = _split(text_width, len(blocks))
        table = new_table(StyleId.SIGNATURE_TABLE, widths)
        cells = add_row(table, widths, cant_split=True)
        for cell, block in zip(cells, blocks, strict=True):
            _fill_cell(cell, agreement, block, langs, inline, keep_next=False)
        return table
    table = new_table(StyleId.SIGNATURE_TABLE, [text_width])
    for index, block in enumerate(blocks):
        (cell,) = add_row(table, [text_width], cant_split=True)
        # Rows but the last keep with the next, so the blocks stay together.
        _fill_cell(cell, agreement, block, langs, inline,
                   keep_next=index < len(blocks) - 1)
    return table


def _split(total: int, parts: int) -> list[int]:
    width = total // parts
    return [width] * (parts - 1) + [total - width * (parts - 1)]


def _fill_cell(cell: Element, agreement: Agreement, block: SignatureBlock,
               langs: list[str], inline: InlineWriter, *, keep_next: bool) -> None:
    lines = _block_lines(agreement, block, langs)
    for style, text, lang in lines:
        p = new_paragraph(style, keep_next=keep_next)
        if text:
            inline.write(p, text, lang)
        cell.append(p)
    close_cell(cell)


def _block_lines(agreement: Agreement, block: SignatureBlock,
                 langs: list[str]) -> list[tuple[StyleId, str, str]]:
    """(style, text, language) of each line of a block, one line per distinct text."""
    party = agreement.party(block.party)
    lines: list[tuple[StyleId, str, str]] = []
    _add_distinct(lines, StyleId.SIGNATURE_CAPTION,
                  [(_caption(block, party, lang), lang) for lang in langs])
    lines += [(StyleId.SIGNATURE, "", langs[0])] * SIGNATURE_SPACE_LINES
    if block.signatory:
        lines.append((StyleId.SIGNATURE, block.signatory, langs[0]))
    _add_distinct(lines, StyleId.SIGNATURE,
                  [(block.title.get(lang, ""), lang) for lang in langs])
    _add_distinct(lines, StyleId.SIGNATURE,
                  [(_labelled(DATE_LABEL, lang, signature_date(block, lang)), lang)
                   for lang in langs])
    _add_distinct(lines, StyleId.SIGNATURE,
                  [(_labelled(PLACE_LABEL, lang, signature_place(block, lang)), lang)
                   for lang in langs])
    return lines


def _add_distinct(lines: list[tuple[StyleId, str, str]], style: StyleId,
                  texts: list[tuple[str, str]]) -> None:
    seen: set[str] = set()
    for text, lang in texts:
        if text and text not in seen:
            seen.add(text)
            lines.append((style, text, lang))


def _caption(block: SignatureBlock, party: Party | None, lang: str) -> str:
    caption = block.caption.get(lang, "")
    if caption or party is None:
        return caption
    return {"fr": "Pour ", "en": "For ", "ru": "За "}.get(lang, "") + party.short_form(lang)


def _labelled(label: dict[str, str], lang: str, value: str) -> str:
    return f"{word(label, lang)} {value}" if value else ""

