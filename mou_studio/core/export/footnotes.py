"""Real Word footnotes: the ``word/footnotes.xml`` part that python-docx does not model.

A footnote call in the text (``{{fn:UID}}``) becomes a ``w:footnoteReference`` run; its
text goes in a ``w:footnote`` of the footnotes part, which Word numbers by itself.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml.parser import parse_xml
from lxml import etree

from mou_studio.core.errors import ExportError
from mou_studio.core.export.oxml import W_NS, Element, add_run, lxml_element, sub, w
from mou_studio.core.export.styles import StyleId
from mou_studio.core.messages import msg

FOOTNOTES_PARTNAME = "/word/footnotes.xml"
# The two separator footnotes every footnotes part starts with (ids -1 and 0, as Word).
_EMPTY_PART = (
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing'
    ' w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)


class Footnotes:
    """The footnotes part of one document being written."""

    def __init__(self, document: DocxDocument, lang: str) -> None:
        self._root = _fresh_footnotes_root(document)
        self._next_id = 1
        _tag_separator_runs(self._root, lang)

    def add(self, text: str, lang: str) -> int:
        """Add a footnote whose text is ``text``; return the id its call refers to."""
        note_id = self._next_id
        self._next_id += 1
        note = sub(self._root, "footnote", id=str(note_id))
        p = sub(note, "p")
        sub(sub(p, "pPr"), "pStyle", val=StyleId.FOOTNOTE_TEXT)
        ref = sub(p, "r")
        rpr = sub(ref, "rPr")
        sub(rpr, "rStyle", val=StyleId.FOOTNOTE_REFERENCE)
        sub(rpr, "lang", val=lang)
        sub(ref, "footnoteRef")
        add_run(p, " " + text, lang)
        return note_id


def add_footnote_call(p: Element, note_id: int, lang: str) -> None:
    """Append the superscript call of footnote ``note_id`` to paragraph ``p``."""
    r = sub(p, "r")
    rpr = sub(r, "rPr")
    sub(rpr, "rStyle", val=StyleId.FOOTNOTE_REFERENCE)
    sub(rpr, "lang", val=lang)
    sub(r, "footnoteReference", id=str(note_id))


def _tag_separator_runs(root: Element, lang: str) -> None:
    """Give the separator lines' runs a language too: every run of the file has one."""
    for run in root.iter(w("r")):
        rpr = run.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            run.insert(0, rpr)
        if rpr.find(w("lang")) is None:
            sub(rpr, "lang", val=lang)


def _fresh_footnotes_root(document: DocxDocument) -> Element:
    """Give the document an empty footnotes part (keeping a template's separators)."""
    doc_part = document.part
    template_root: Element | None = None
    for rid, rel in list(doc_part.rels.items()):
        if rel.reltype == RT.FOOTNOTES:
            template_root = etree.fromstring(rel.target_part.blob)
            del doc_part.rels[rid]
    part_root = parse_xml(_EMPTY_PART)
    root = lxml_element(part_root)
    if template_root is not None:
        separators = [n for n in template_root.iter(w("footnote"))
                      if n.get(w("type")) in ("separator", "continuationSeparator")]
        if separators:
            for child in list(root):
                root.remove(child)
            for node in separators:
                root.append(node)
    package = doc_part.package
    if package is None:
        raise ExportError(msg("the document being exported has no package"))
    part = XmlPart(PackURI(FOOTNOTES_PARTNAME), CT.WML_FOOTNOTES, part_root, package)
    doc_part.relate_to(part, RT.FOOTNOTES)
    return root
