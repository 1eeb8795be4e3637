"""Writing .docx files for compare output: paragraph XML, styles, atomic save."""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from lxml import etree

from mou_studio.core.errors import MouStudioError

DOCUMENT_PART = "word/document.xml"
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


def save_with_body(document: DocxDocument, paragraphs_xml: str, path: Path) -> None:
    """Save ``document`` with ``paragraphs_xml`` (w:p elements) as its body, atomically.

    The paragraphs are spliced into ``word/document.xml`` as text: parsing thousands of
    paragraphs into python-docx elements costs more than the whole compare.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as source:
        xml = source.read(DOCUMENT_PART).decode("utf-8")
        at = xml.rfind("<w:sectPr")
        if at < 0:
            at = xml.rfind("</w:body>")
        body = _check_xml(paragraphs_xml)
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
        parts[DOCUMENT_PART] = (xml[:at] + body + xml[at:]).encode("utf-8")
        infos = source.infolist()
    _write_atomically(path, lambda out: _write_zip(out, infos, parts))


def _check_xml(paragraphs_xml: str) -> str:
    try:
        etree.fromstring(f'<w:body xmlns:w="{W_NS}">{paragraphs_xml}</w:body>'.encode())
    except etree.XMLSyntaxError as exc:  # a bug here, never the user's text: say so
        raise ExportError(f"the document could not be built: {exc}") from exc
    return paragraphs_xml


def _write_zip(out: str, infos: list[zipfile.ZipInfo], parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            target.writestr(info.filename, parts[info.filename])


def _write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write`` on a temp file beside ``path``, then rename it into place."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ExportError(f"{path.name}: a Word document must end in .docx")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: the folder {path.parent} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".docx.tmp",
                                         dir=path.parent)
    os.close(handle)
    try:
        write(temp_name)
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
