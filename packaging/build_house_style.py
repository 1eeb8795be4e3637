"""Build resources/house-style.docx, the reference document of the Word export.

Run it again after changing a style here: ``python packaging/build_house_style.py``.
An office can also open the .docx in Word, change the « MoU … » styles (fonts, spacing,
margins, the footnote separator) and save it: the exporter uses whatever it finds there.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import CharacterStyle, ParagraphStyle

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mou_studio.core.export.metadata import DocumentMetadata, scrub_package  # noqa: E402
from mou_studio.core.export.styles import StyleId, style_name  # noqa: E402

FONT = "Times New Roman"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
INDENT = Cm(0.75)


@dataclass(frozen=True)
class Look:
    """The visible properties of one paragraph style."""

    align: WD_ALIGN_PARAGRAPH = JUSTIFY
    size: float = 12
    bold: bool = False
    italic: bool = False
    caps: bool = False
    before: float = 0
    after: float = 12
    keep_next: bool = False
    indent_level: int = 0  # hanging indent steps: paragraph 1, point 2, sub-point 3


PARAGRAPH_STYLES: dict[StyleId, Look] = {
    StyleId.TITLE: Look(CENTER, 14, bold=True, caps=True, after=18, keep_next=True),
    StyleId.PARTIES: Look(CENTER, 12, bold=True, before=6, after=6, keep_next=True),
    StyleId.PARTY_NAME: Look(CENTER, 12, bold=True, caps=True, after=6, keep_next=True),
    StyleId.PREAMBLE_HEADING: Look(CENTER, 12, bold=True, caps=True, before=24,
                                   keep_next=True),
    StyleId.PREAMBLE: Look(),
    StyleId.RECITAL: Look(),
    StyleId.ENACTING_FORMULA: Look(after=12, keep_next=True),
    StyleId.CHAPTER: Look(CENTER, 12, bold=True, caps=True, before=24, after=6,
                          keep_next=True),
    StyleId.ARTICLE_LABEL: Look(CENTER, 12, bold=True, before=18, after=0, keep_next=True),
    StyleId.ARTICLE_HEADING: Look(CENTER, 12, bold=True, before=6, after=12,
                                  keep_next=True),
    StyleId.ARTICLE_TEXT: Look(),
    StyleId.PARAGRAPH: Look(indent_level=1),
    StyleId.POINT: Look(after=6, indent_level=2),
    StyleId.SUBPOINT: Look(after=6, indent_level=3),
    StyleId.TESTIMONIUM: Look(before=12, after=24, keep_next=True),
    StyleId.SIGNATURE: Look(LEFT, after=0),
    StyleId.SIGNATURE_CAPTION: Look(LEFT, bold=True, after=0),
    StyleId.ANNEX_TITLE: Look(CENTER, 12, bold=True, after=12, keep_next=True),
    StyleId.DRAFT_STAMP: Look(CENTER, 16, bold=True, after=0),
    StyleId.FOOTER: Look(CENTER, 9, after=0),
    StyleId.FOOTNOTE_TEXT: Look(JUSTIFY, 10, after=0),
}
TABLE_STYLES = (StyleId.SIGNATURE_TABLE, StyleId.PARALLEL_TABLE)
CELL_MARGIN_TWIPS = "142"  # 0.25 cm between the columns of a parallel text


def build(path: Path) -> None:
    """Write the house-style reference document to ``path``."""
    document = docx.Document()
    _page_setup(document)
    _base_font(document)
    for style_id, look in PARAGRAPH_STYLES.items():
        _paragraph_style(document, style_id, look)
    _footnote_reference_style(document)
    for style_id in TABLE_STYLES:
        _table_style(document, style_id)
    body = document.element.find(qn("w:body"))
    if body is not None:
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    _drop_styles_with_effects(document)
    _drop_rsids(document)
    scrub_package(document, DocumentMetadata(title="MoU Studio house style"))
    document.save(str(path))


def _drop_styles_with_effects(document: DocxDocument) -> None:
    """Word 2010's duplicate of styles.xml: half the file, and it would mask restyling."""
    rels = document.part.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del rels[rid]


def _drop_rsids(document: DocxDocument) -> None:
    """Word's editing-session ids carried over from python-docx's own template."""
    for root in (document.styles.element, document.element):
        for node in list(root.iter(qn("w:rsid"))):
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
        for node in root.iter():
            for name in [a for a in node.attrib if str(a).startswith(qn("w:rsid"))]:
                del node.attrib[name]


def _page_setup(document: DocxDocument) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
        section.footer_distance = Cm(1)


def _base_font(document: DocxDocument) -> None:
    normal = cast(ParagraphStyle, document.styles["Normal"])
    normal.font.size = Pt(12)
    rpr = normal.element.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        normal.element.append(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True


def _paragraph_style(document: DocxDocument, style_id: StyleId, look: Look) -> None:
    style = cast(ParagraphStyle, document.styles.add_style(style_name(style_id),
                                                           WD_STYLE_TYPE.PARAGRAPH))
    assert style.style_id == style_id.value, (style.style_id, style_id)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(look.size), look.bold, look.italic
    font.all_caps = look.caps
    if style_id is StyleId.DRAFT_STAMP:
        font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    fmt = style.paragraph_format
    fmt.alignment = look.align
    fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
    fmt.keep_with_next = look.keep_next
    if look.indent_level:
        fmt.left_indent = INDENT * look.indent_level
        fmt.first_line_indent = -INDENT
        fmt.tab_stops.add_tab_stop(INDENT * look.indent_level)


def _footnote_reference_style(document: DocxDocument) -> None:
    name = style_name(StyleId.FOOTNOTE_REFERENCE)
    style = cast(CharacterStyle, document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER))
    style.font.superscript = True


def _table_style(document: DocxDocument, style_id: StyleId) -> None:
    style = cast(ParagraphStyle, document.styles.add_style(style_name(style_id),
                                                           WD_STYLE_TYPE.TABLE))
    style.base_style = document.styles["Normal Table"]
    tblpr = OxmlElement("w:tblPr")
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), CELL_MARGIN_TWIPS)
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tblpr.append(margins)
    style.element.append(tblpr)


if __name__ == "__main__":
    target = ROOT / "resources" / "house-style.docx"
    build(target)
    print(f"wrote {target}")
