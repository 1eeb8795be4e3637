"""One .docx being written: the house-style template, its body, sections and footers."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.section import Section
from lxml import etree

from mou_studio.core.errors import ExportError
from mou_studio.core.export.metadata import DocumentMetadata, scrub_package
from mou_studio.core.export.oxml import (
    Element,
    add_field,
    add_run,
    lxml_element,
    new_paragraph,
    sub,
    w,
)
from mou_studio.core.export.styles import DRAFT, PAGE_OF, StyleId, lang_tag, word
from mou_studio.core.export.watermark import add_watermark
from mou_studio.core.messages import msg, verbatim
from mou_studio.core.paths import resources_dir

HOUSE_STYLE_FILE = "house-style.docx"
EMU_PER_TWIP = 635
_PAGE_FIELDS = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


def house_style_path() -> Path:
    """The shipped reference document holding the house style."""
    return resources_dir() / HOUSE_STYLE_FILE


class DocxBuilder:
    """Opens the house style with an empty body; the writer appends to it."""

    def __init__(self, template: Path | None = None) -> None:
        path = template or house_style_path()
        try:
            self.document: DocxDocument = docx.Document(str(path))
        except Exception as exc:  # python-docx raises many kinds on a bad file
            raise ExportError(msg("cannot open the house style {path}: {reason}", path=str(path),
                                   reason=verbatim(str(exc)))) from exc
        body = self.document.element.find(w("body"))
        if body is None:
            raise ExportError(msg("the house style {path} is not a Word document", path=str(path)))
        self._body: Element = body
        for child in list(self._body):
            if child.tag != w("sectPr"):
                self._body.remove(child)
        self._sect_pr: Element | None = self._body.find(w("sectPr"))
        if self._sect_pr is not None:
            _drop_editing_session_ids(self._sect_pr)

    def append(self, element: Element) -> None:
        """Add a paragraph or table at the end of the body."""
        if self._sect_pr is None:
            self._body.append(element)
        else:
            self._sect_pr.addprevious(element)

    def new_section(self) -> None:
        """Start a new section on a new page (its footer is set by ``finish_section``)."""
        self.document.add_section(WD_SECTION.NEW_PAGE)
        self._sect_pr = self._body.find(w("sectPr"))

    def text_width(self) -> int:
        """The width between the margins of the last section, in twips."""
        section = self.document.sections[-1]
        width = section.page_width or 0
        margins = (section.left_margin or 0) + (section.right_margin or 0)
        return max(int((width - margins) / EMU_PER_TWIP), 2000)

    def finish_section(self, langs: list[str], *, draft: bool) -> None:
        """Give the last section its page-number footer and, for drafts, the stamp."""
        section = self.document.sections[-1]
        _write_footer(section, langs)
        if draft:
            _write_draft_header(section, langs)
        if self._sect_pr is not None:
            _restart_footnotes(self._sect_pr)

    def set_default_language(self, lang: str) -> None:
        """Make ``lang`` the language of the styles' defaults, for text typed later."""
        styles = self.document.styles.element
        for node in styles.iter(w("lang")):
            if node.getparent() is not None and _in_doc_defaults(node):
                node.set(w("val"), lang_tag(lang))

    def to_bytes(self, metadata: DocumentMetadata) -> bytes:
        """The finished package, its properties reduced to ``metadata``."""
        scrub_package(self.document, metadata)
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def _drop_editing_session_ids(element: Element) -> None:
    """Remove Word's rsid attributes: they tie the file to editing sessions."""
    for name in list(element.attrib):
        if str(name).startswith(w("rsid")):
            del element.attrib[name]


def _in_doc_defaults(node: Element) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent.tag == w("docDefaults"):
            return True
        parent = parent.getparent()
    return False


def _restart_footnotes(sect_pr: Element) -> None:
    """Number each language version's footnotes from 1."""
    if sect_pr.find(w("footnotePr")) is not None:
        return
    footnote_pr = etree.Element(w("footnotePr"))
    sub(footnote_pr, "numRestart", val="eachSect")
    references = [c for c in sect_pr if c.tag in (w("headerReference"), w("footerReference"))]
    sect_pr.insert(len(references), footnote_pr)


def _write_footer(section: Section, langs: list[str]) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    root = lxml_element(footer.part.element)
    for child in list(root):
        root.remove(child)
    p = new_paragraph(StyleId.FOOTER)
    for index, lang in enumerate(langs):
        if index:
            add_run(p, " / ", lang_tag(lang))
        _page_of(p, lang)
    root.append(p)


def _page_of(p: Element, lang: str) -> None:
    """« Page {PAGE} sur {NUMPAGES} » with the two numbers as fields."""
    tag = lang_tag(lang)
    pattern = word(PAGE_OF, lang)
    for piece in _split_fields(pattern):
        if piece in _PAGE_FIELDS:
            add_field(p, _PAGE_FIELDS[piece], tag)
        elif piece:
            add_run(p, piece, tag)


def _split_fields(pattern: str) -> list[str]:
    pieces: list[str] = [pattern]
    for marker in _PAGE_FIELDS:
        split: list[str] = []
        for piece in pieces:
            parts = piece.split(marker)
            for index, part in enumerate(parts):
                if index:
                    split.append(marker)
                split.append(part)
        pieces = split
    return pieces


def _write_draft_header(section: Section, langs: list[str]) -> None:
    header = section.header
    header.is_linked_to_previous = False
    root = lxml_element(header.part.element)
    for child in list(root):
        root.remove(child)
    p = new_paragraph(StyleId.DRAFT_STAMP)
    stamps = list(dict.fromkeys(word(DRAFT, lang) for lang in langs))
    for index, (lang, stamp) in enumerate(zip(langs, stamps, strict=False)):
        add_run(p, (" / " if index else "") + stamp, lang_tag(lang))
    add_watermark(p, " / ".join(stamps), lang_tag(langs[0]))
    root.append(p)
