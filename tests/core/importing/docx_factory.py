"""Builders for the .docx packages the import tests read (written by hand, small)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)

DocxFactory = Callable[..., Path]


def paragraph(text: str, extra: str = "") -> str:
    """A w:p holding ``text``; line breaks become w:br, ``extra`` goes in w:pPr."""
    runs = '<w:r><w:br/></w:r>'.join(
        f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
        for line in text.split("\n")
    )
    ppr = f"<w:pPr>{extra}</w:pPr>" if extra else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def document_xml(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body>'
            "</w:document>")


def blocks_to_body(text: str) -> str:
    """One w:p per blank-line-separated block of ``text``, lines kept with w:br."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(paragraph(b) for b in blocks if b.strip())


def write_docx(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def docx_factory(tmp_path: Path) -> DocxFactory:
    """make_docx(body_xml, name=..., prolog=..., parts={...}) → path of a new .docx."""

    def build(body: str, name: str = "doc.docx", prolog: str = "",
              parts: dict[str, str | bytes] | None = None) -> Path:
        all_parts: dict[str, str | bytes] = {"word/document.xml": document_xml(body, prolog)}
        all_parts.update(parts or {})
        return write_docx(tmp_path / name, all_parts)

    return build
