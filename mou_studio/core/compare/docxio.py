"""Writing .docx files for compare output: paragraph XML, styles, atomic save.

The package is python-docx's default template with its body replaced: the paragraphs
are spliced into ``word/document.xml`` as text (parsing thousands of paragraphs into
python-docx elements costs more than the whole compare), on A4 paper, with scrubbed
document properties (no author, no description).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from lxml import etree

from mou_studio.core.errors import ExportError
from mou_studio.core.messages import msg, verbatim

DOCUMENT_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"
TEMPLATE = Path(docx.__file__).parent / "templates" / "default.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A4 = '<w:pgSz w:w="11906" w:h="16838"/>'
# Characters XML 1.0 cannot hold at all; a text with them cannot be written to Word.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PAGE_SIZE = re.compile(r"<w:pgSz [^>]*/>")

PARAGRAPH_STYLES = {"title": "Title", "label": "Heading2", "heading": "Heading3"}

CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>"""  # noqa: E501 - one XML declaration


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


def write_docx(path: Path, paragraphs_xml: str, title: str = "") -> None:
    """Write a .docx whose body is ``paragraphs_xml`` (w:p elements), atomically."""
    _check_xml(paragraphs_xml)
    try:
        with zipfile.ZipFile(TEMPLATE) as source:
            infos = source.infolist()
            parts = {info.filename: source.read(info.filename) for info in infos}
    except (OSError, zipfile.BadZipFile) as exc:
        raise ExportError(msg("the Word template is missing or damaged: {reason}",
                              reason=verbatim(str(exc)))) from exc
    xml = PAGE_SIZE.sub(A4, parts[DOCUMENT_PART].decode("utf-8"))
    at = xml.rfind("<w:sectPr")
    parts[DOCUMENT_PART] = (xml[:at] + paragraphs_xml + xml[at:]).encode("utf-8")
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts[CORE_PART] = CORE_XML.format(title=xml_text(title), now=now).encode("utf-8")
    _write_atomically(path, lambda out: _write_zip(out, infos, parts))


def _check_xml(paragraphs_xml: str) -> None:
    try:
        etree.fromstring(f'<w:body xmlns:w="{W_NS}">{paragraphs_xml}</w:body>'.encode())
    except etree.XMLSyntaxError as exc:  # a bug here, never the user's text: say so
        raise ExportError(msg("the document could not be built: {reason}",
                              reason=verbatim(str(exc)))) from exc


def _write_zip(out: str, infos: list[zipfile.ZipInfo], parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in infos:
            target.writestr(info.filename, parts[info.filename])


def _write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write`` on a temp file beside ``path``, then rename it into place."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ExportError(msg("{name}: a Word document must end in .docx", name=path.name))
    if not path.parent.is_dir():
        raise ExportError(msg("cannot write {path}: the folder {folder} does not exist",
                              path=str(path), folder=str(path.parent)))
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".docx.tmp",
                                         dir=path.parent)
    os.close(handle)
    try:
        write(temp_name)
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise ExportError(msg("cannot write {path}: {reason}", path=str(path),
                              reason=verbatim(exc.strerror or str(exc)))) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
