"""Typed errors raised by the core; the GUI and CLI turn them into a dialog or a line."""

from __future__ import annotations

from mou_studio.core.messages import Message, msg, verbatim


class MouStudioError(Exception):
    """Base class of every error a user can act on.

    ``message`` is what the user reads, rendered in the interface language by the face
    that shows it; ``str(error)`` is its English text (logs, tests). A plain string is shown
    as is, untranslated: keep that for text that is not ours (a library's own message).
    """

    def __init__(self, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else verbatim(message)
        super().__init__(str(self.message))


class StorageError(MouStudioError):
    """The database cannot be opened, read or written."""


class NotAMouStudioDatabase(StorageError):
    """The file given as database is not a MoU Studio database; it was left untouched."""


class SchemaTooNew(StorageError):
    """The database was written by a newer MoU Studio than this one."""


class NotFound(MouStudioError):
    """An agreement, version or other record the user named does not exist."""


class InvalidDocument(MouStudioError):
    """An agreement document (JSON, data file) is malformed."""


class ImportError_(MouStudioError):  # noqa: N801 - trailing underscore avoids the builtin
    """A file could not be imported."""


class CorruptDocument(ImportError_):
    """A file is damaged, hostile or not what its extension says."""


class ExportError(MouStudioError):
    """An agreement could not be written as .docx or PDF; no partial file was left."""


class LibreOfficeMissing(ExportError):
    """PDF export needs LibreOffice, which is not installed."""


class RevisionsPresent(ImportError_):
    """A .docx carries tracked changes or comments and no accept/reject choice was made."""


class LibraryError(MouStudioError):
    """A clause library operation cannot be done (duplicate id, withdrawn clause, …)."""


class InvalidPackError(LibraryError):
    """A clause pack is malformed, damaged or hostile; nothing was imported."""


class InvalidRegisterData(MouStudioError):
    """A register value (date, status, partner…) typed or imported by the user is invalid."""


class RegisterImportFailed(InvalidRegisterData):
    """A register CSV has invalid rows; nothing was imported. ``problems`` lists them."""

    def __init__(self, message: Message | str, problems: list[Message]) -> None:
        super().__init__(message)
        self.problems = problems


class AttachmentRejected(MouStudioError):
    """A signed copy cannot be attached (too big, empty, not a PDF or .docx)."""


class DataFileError(InvalidDocument):
    """A data file the user wrote (template, answers) is malformed; says where and why."""

    def __init__(self, path: str, line: int | None, reason: Message | str) -> None:
        self.path = path
        self.line = line
        self.reason = reason if isinstance(reason, Message) else verbatim(reason)
        where = f"{path}:{line}" if line else path
        super().__init__(msg("{where}: {reason}", where=where, reason=self.reason))


class TemplateError(DataFileError):
    """An agreement template is malformed; nothing was created from it."""


class AnswersError(DataFileError):
    """An answers file does not fit its template; nothing was created from it."""
