"""Writing .docx files for compare output: paragraph XML, styles, atomic save."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from lxml import etree

from mou_studio.core.errors import MouStudioError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Characters XML 1.0 cannot hold at all; a text with them cannot be written to Word.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

PARAGRAPH_STYLES = {"title": "Title", "label": "Heading2", "heading": "Heading3"}


class ExportError(MouStudioError):
    """A compare document could not be written."""


def xml_text(text: str) -> str:
    """``text`` escaped for an XML text node (characters XML cannot hold are dropped)."""
    return escape(XML_INVALID.sub("", text))


def paragraph_properties(style: str, depth: int, extra: str = "") -> str:
    """The ``w:pPr`` of a compare paragraph: its style, indent, and mark properties."""
    parts: list[str] = []
    style_id = PARAGRAPH_STYLES.get(style)
    if style_id:
        parts.append(f'<w:pStyle w:val="{style_id}"/>')
    if depth or style == "point":
        parts.append(f'<w:ind w:left="{360 * (depth + 1)}"/>')
    parts.append(extra)
    return f"<w:pPr>{''.join(parts)}</w:pPr>"


def new_document() -> DocxDocument:
    """An empty python-docx document with its metadata cleared."""
    document = Document()
    for paragraph in list(document.paragraphs):
        element = paragraph._element  # pyright: ignore[reportPrivateUsage]
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.title = ""
    props.keywords = ""
    props.subject = ""
    return document


def append_body_xml(document: DocxDocument, paragraphs_xml: str) -> None:
    """Parse ``paragraphs_xml`` (w:p elements) once and append it before the section."""
    wrapper = parse_xml(f'<w:body xmlns:w="{W_NS}">{paragraphs_xml}</w:body>')
    root = cast(etree._Element, document.element)  # pyright: ignore[reportPrivateUsage]
    body = root.find(f"{{{W_NS}}}body")
    assert body is not None
    sect = body.find(f"{{{W_NS}}}sectPr")
    for element in list(cast(etree._Element, wrapper)):  # pyright: ignore[reportPrivateUsage]
        if sect is not None:
            sect.addprevious(element)
        else:
            body.append(element)


def save_atomically(document: DocxDocument, path: Path) -> None:
    """Write ``document`` to a temp file beside ``path``, then rename it into place."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ExportError(f"{path.name}: a Word document must end in .docx")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: the folder {path.parent} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".docx.tmp",
                                         dir=path.parent)
    os.close(handle)
    try:
        document.save(temp_name)
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
