"""Word and PDF export: signature-ready documents in the house style.

Entry points: :func:`export_agreement` writes files; :func:`build_docx` returns the bytes
of one .docx. See ``docs/export.md`` for what the output holds and how to restyle it.
"""

from mou_studio.core.export.exporter import (
    PlannedFile,
    build_docx,
    chosen_languages,
    export_agreement,
    plan_files,
    preview_first_page,
)
from mou_studio.core.export.metadata import DocumentMetadata
from mou_studio.core.export.options import ExportFormat, ExportOptions, Layout
from mou_studio.core.export.pdf import find_soffice

__all__ = [
    "DocumentMetadata",
    "ExportFormat",
    "ExportOptions",
    "Layout",
    "PlannedFile",
    "build_docx",
    "chosen_languages",
    "export_agreement",
    "find_soffice",
    "plan_files",
    "preview_first_page",
]
