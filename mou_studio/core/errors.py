"""Typed errors raised by the core; the GUI and CLI turn them into a dialog or a line."""


class MouStudioError(Exception):
    """Base class of every error a user can act on; its message is shown as is."""


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
