"""Small WordprocessingML element builders, for what python-docx has no API for.

The writer builds paragraphs with these instead of python-docx's ``add_paragraph``: a
style lookup by name per paragraph would cost more than the rest of the export together.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Characters XML 1.0 cannot hold (a vertical tab pasted from Word, a form feed…): dropped,
# as lxml would refuse the whole document otherwise.
NOT_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])

# lxml names its element class with an underscore; this is the one place we say so.
Element = etree._Element  # pyright: ignore[reportPrivateUsage]


def w(tag: str) -> str:
    """The Clark name of a ``w:`` element or attribute: "p" → "{…main}p"."""
    return f"{{{W_NS}}}{tag}"


def sub(parent: Element, tag: str, **attrs: str) -> Element:
    """Append a ``w:tag`` child with ``w:`` attributes to ``parent`` and return it."""
    child = etree.SubElement(parent, w(tag))
    for name, value in attrs.items():
        child.set(w(name), value)
    return child


def new_paragraph(style: str, *, keep_next: bool = False, keep_lines: bool = False,
                  page_break_before: bool = False) -> Element:
    """A ``w:p`` in ``style``, not yet attached anywhere."""
    p = etree.Element(w("p"), nsmap={"w": W_NS})
    ppr = sub(p, "pPr")
    sub(ppr, "pStyle", val=style)
    if keep_next:
        sub(ppr, "keepNext")
    if keep_lines:
        sub(ppr, "keepLines")
    if page_break_before:
        sub(ppr, "pageBreakBefore")
    return p


def add_run(p: Element, text: str, lang: str, *, style: str | None = None,
            tab_before: bool = False) -> Element:
    """Append a run of ``text`` tagged with its language (``w:lang``) to ``p``."""
    r = sub(p, "r")
    rpr = sub(r, "rPr")
    if style:
        sub(rpr, "rStyle", val=style)
    sub(rpr, "lang", val=lang, eastAsia=lang, bidi=lang)
    if tab_before:
        sub(r, "tab")
    text = text.translate(NOT_XML)
    if text:
        t = sub(r, "t")
        t.text = text
        if text[0].isspace() or text[-1].isspace():
            t.set(XML_SPACE, "preserve")
    return r


def add_field(p: Element, instruction: str, lang: str, shown: str = "1") -> None:
    """Append a complex field (PAGE, NUMPAGES…) that Word computes when it lays out."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        r = sub(p, "r")
        sub(sub(r, "rPr"), "lang", val=lang)
        if kind == "instr":
            instr = sub(r, "instrText")
            instr.text = f" {instruction} "
            instr.set(XML_SPACE, "preserve")
        elif kind == "result":
            sub(r, "t").text = shown
        else:
            sub(r, "fldChar", fldCharType=kind)


def page_break_paragraph() -> Element:
    """An empty paragraph holding a page break."""
    p = etree.Element(w("p"), nsmap={"w": W_NS})
    sub(sub(p, "r"), "br", type="page")
    return p


def set_cant_split(row: Element) -> None:
    """Forbid a table row (``w:tr``) to break across pages."""
    trpr = row.find(w("trPr"))
    if trpr is None:
        trpr = etree.Element(w("trPr"))
        row.insert(_after_tblpr_ex(row), trpr)
    if trpr.find(w("cantSplit")) is None:
        sub(trpr, "cantSplit")


def _after_tblpr_ex(row: Element) -> int:
    return 1 if len(row) and row[0].tag == w("tblPrEx") else 0


def new_table(style: str, widths: list[int]) -> Element:
    """A borderless full-width ``w:tbl`` in ``style`` with columns ``widths`` (twips)."""
    tbl = etree.Element(w("tbl"), nsmap={"w": W_NS})
    tblpr = sub(tbl, "tblPr")
    sub(tblpr, "tblStyle", val=style)
    sub(tblpr, "tblW", w=str(sum(widths)), type="dxa")
    sub(tblpr, "tblLayout", type="fixed")
    sub(tblpr, "tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0",
        lastColumn="0", noHBand="1", noVBand="1")
    grid = sub(tbl, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", w=str(width))
    return tbl


def add_row(tbl: Element, widths: list[int], *, cant_split: bool = False,
            header: bool = False) -> list[Element]:
    """Append a row of empty cells to ``tbl`` and return the cells (``w:tc``)."""
    tr = sub(tbl, "tr")
    if cant_split or header:
        trpr = sub(tr, "trPr")
        if cant_split:
            sub(trpr, "cantSplit")
        if header:
            sub(trpr, "tblHeader")
    cells: list[Element] = []
    for width in widths:
        tc = sub(tr, "tc")
        sub(sub(tc, "tcPr"), "tcW", w=str(width), type="dxa")
        cells.append(tc)
    return cells


def close_cell(tc: Element) -> None:
    """A cell must end with a paragraph: add an empty one if it has none."""
    if tc.find(w("p")) is None:
        sub(tc, "p")


def lxml_element(node: Element) -> Element:
    """``node`` typed as a plain lxml element (python-docx narrows ``append``'s argument)."""
    return node
