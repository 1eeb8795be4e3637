"""Language versions side by side: one table column per language, one row per block."""

from __future__ import annotations

from mou_studio.core.export.blocks import Block, LanguageWriter
from mou_studio.core.export.options import Ticker
from mou_studio.core.export.oxml import Element, add_row, close_cell, new_table, w
from mou_studio.core.export.styles import StyleId


def split_width(total: int, parts: int) -> list[int]:
    """``parts`` column widths that add up to ``total``."""
    width = total // parts
    return [width] * (parts - 1) + [total - width * (parts - 1)]


def parallel_table(blocks: list[Block], writers: list[LanguageWriter], text_width: int,
                   ticker: Ticker) -> Element:
    """A table whose row ``i`` holds block ``i`` in every language, aligned."""
    widths = split_width(text_width, len(writers))
    table = new_table(StyleId.PARALLEL_TABLE, widths)
    for block in blocks:
        cells = add_row(table, widths)
        for cell, writer in zip(cells, writers, strict=True):
            block(writer, cell.append)
        if all(cell.find(w("p")) is None for cell in cells):
            row = cells[0].getparent()
            if row is not None:  # a block no language has, e.g. no preamble
                table.remove(row)
        else:
            for cell in cells:
                close_cell(cell)
        ticker.step(len(writers))
    return table
