"""Import: .txt and .docx files → agreement trees, with a report of what was left out.

Public API:

* :func:`load_document` — a whole file as ONE agreement tree (the differ's input);
* :func:`import_file` — the instruments a file holds (an OJ issue holds several);
* :func:`parse_text` / :func:`parse_agreement_text` — the same for already-decoded text;
* :func:`import_path` / :func:`store_agreements` — import and store (all or nothing).

Errors are :class:`~mou_studio.core.errors.ImportError_` subclasses: ``CorruptDocument``
(damaged or hostile files), ``RevisionsPresent`` (choose accept or reject); a
cancelled import raises ``mou_studio.core.tasks.Cancelled``.
"""

from mou_studio.core.importing.api import (
    ImportResult,
    Instrument,
    import_file,
    load_document,
    parse_agreement_text,
    parse_text,
)
from mou_studio.core.importing.report import DroppedLine, ImportReport
from mou_studio.core.importing.storing import import_path, store_agreements

__all__ = [
    "DroppedLine",
    "ImportReport",
    "ImportResult",
    "Instrument",
    "import_file",
    "import_path",
    "load_document",
    "parse_agreement_text",
    "parse_text",
    "store_agreements",
]
