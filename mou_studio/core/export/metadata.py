"""Document properties: nothing in the file but what the user chose to put there.

A template saved by Word carries its author, last editor, company, revision count, template
path, editing-session ids and sometimes comments or a thumbnail. The export rewrites
``docProps/core.xml`` and ``docProps/app.xml`` from scratch with only the fields the user
filled in, and drops every other part that could leak who wrote what.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.package import Package

from mou_studio.core.errors import ExportError
from mou_studio.core.export.oxml import NOT_XML, w
from mou_studio.core.messages import msg

APPLICATION = "MoU Studio"
# Package-level parts kept; everything else (thumbnail, custom properties…) goes.
_KEPT_PACKAGE_RELS = {RT.OFFICE_DOCUMENT}
# Document-level parts that hold people, comments or foreign data.
_DROPPED_DOCUMENT_REL_SUFFIXES = (
    "/comments", "/commentsExtended", "/commentsIds", "/commentsExtensible", "/people",
    "/customXml", "/glossaryDocument", "/vbaProject", "/attachedTemplate",
)
_SETTINGS_DROPPED = ("rsids", "attachedTemplate", "trackRevisions", "documentProtection",
                     "removePersonalInformation")


@dataclass(frozen=True)
class DocumentMetadata:
    """The properties the user chose to record in the file; empty fields stay out."""

    title: str = ""
    subject: str = ""
    author: str = ""
    company: str = ""
    keywords: str = ""


def scrub_package(document: DocxDocument, metadata: DocumentMetadata) -> None:
    """Reduce the package's properties to ``metadata`` and drop leaking parts."""
    package = document.part.package
    if package is None:
        raise ExportError(msg("the document being exported has no package"))
    for rid, rel in list(package.rels.items()):
        if rel.reltype not in _KEPT_PACKAGE_RELS:
            del package.rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(_DROPPED_DOCUMENT_REL_SUFFIXES):
            del document.part.rels[rid]
    _scrub_settings(document)
    package.relate_to(_core_part(package, metadata), RT.CORE_PROPERTIES)
    package.relate_to(_app_part(package, metadata), RT.EXTENDED_PROPERTIES)


def _scrub_settings(document: DocxDocument) -> None:
    settings = document.settings.element
    for name in _SETTINGS_DROPPED:
        for node in settings.findall(w(name)):
            settings.remove(node)


def _core_part(package: Package, metadata: DocumentMetadata) -> CorePropertiesPart:
    fields = [
        ("dc:title", metadata.title),
        ("dc:subject", metadata.subject),
        ("dc:creator", metadata.author),
        ("cp:keywords", metadata.keywords),
    ]
    body = "".join(f"<{tag}>{_xml_text(value)}</{tag}>" for tag, value in fields if value)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{body}</cp:coreProperties>"
    )
    return CorePropertiesPart.load(PackURI("/docProps/core.xml"), CT.OPC_CORE_PROPERTIES,
                                   xml.encode("utf-8"), package)


def _app_part(package: Package, metadata: DocumentMetadata) -> Part:
    company = (f"<Company>{_xml_text(metadata.company)}</Company>"
               if metadata.company else "")
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties">'
        f"<Application>{APPLICATION}</Application>{company}</Properties>"
    )
    return Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES,
                xml.encode("utf-8"), package)


def _xml_text(value: str) -> str:
    """``value`` escaped for XML, without the characters XML cannot hold."""
    return escape(value.translate(NOT_XML))
