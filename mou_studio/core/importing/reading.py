"""A file on disk → decoded text, whatever its format, within size limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mou_studio.core.errors import CorruptDocument, ImportError_
from mou_studio.core.importing.decoding import decode_text
from mou_studio.core.importing.docx_text import read_docx
from mou_studio.core.messages import Message, msg
from mou_studio.core.tasks import TaskControl, no_control

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_DOCX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
REVISION_CHOICES = ("accept", "reject")


@dataclass
class Source:
    """The text of a file, ready to parse."""

    text: str
    format: str  # "txt" or "docx"
    revisions_applied: str | None = None
    warnings: list[Message] = field(default_factory=list[Message])


def read_source(path: Path, *, revisions: str | None = None,
                control: TaskControl | None = None) -> Source:
    """Read a .txt or .docx file; every problem is a typed, actionable error."""
    control = control or no_control()
    if revisions is not None and revisions not in REVISION_CHOICES:
        raise ImportError_(msg("--revisions must be accept or reject, not '{revisions}'",
                                 revisions=revisions))
    suffix = path.suffix.lower()
    limit = MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES
    data = _read_bytes(path, limit)
    control.progress(10, 100, "read")
    if suffix == ".docx":
        if not data.startswith(b"PK"):
            raise CorruptDocument(_not_docx_message(path, data))
        text, applied, warnings = read_docx(data, path.name, revisions, control)
        return Source(text, "docx", applied, warnings)
    if suffix not in TEXT_SUFFIXES:
        raise ImportError_(msg("{name}: cannot import '{suffix}' files; use .txt or .docx",
                                 name=path.name, suffix=suffix))
    text = decode_text(data, path.name)
    control.progress(30, 100, "decoded")
    return Source(text, "txt")


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        if not path.exists():
            raise ImportError_(msg("{path}: no such file", path=str(path)))
        if path.is_dir():
            raise ImportError_(msg("{path} is a folder, not a file", path=str(path)))
        size = path.stat().st_size
        if size == 0:
            raise CorruptDocument(msg("{name} is empty (0 bytes)", name=path.name))
        if size > limit:
            raise CorruptDocument(
                msg("{name} is too large to be an agreement ({size} MB; the limit is "
                    "{limit} MB)", name=path.name, size=size // (1024 * 1024),
                    limit=limit // (1024 * 1024)))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportError_(msg("cannot read {path}: {reason}", path=str(path),
                                 reason=exc.strerror or str(exc))) from exc
    if len(data) > limit:
        raise CorruptDocument(msg("{name} grew beyond {limit} MB while read",
                                  name=path.name, limit=limit // (1024 * 1024)))
    return data


def _not_docx_message(path: Path, data: bytes) -> Message:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return msg("{name} is an old Word 97-2003 .doc file or a password-protected "
                   "document; save it in Word as a .docx without a password first",
                   name=path.name)
    if data.startswith(b"%PDF"):
        return msg("{name} is a PDF renamed .docx; export it to .docx or .txt first",
                   name=path.name)
    return msg("{name} is not a Word .docx file (it is not a ZIP package)", name=path.name)
