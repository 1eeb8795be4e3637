"""A file on disk → decoded text, whatever its format, within size limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mou_studio.core.errors import CorruptDocument, ImportError_
from mou_studio.core.importing.decoding import decode_text
from mou_studio.core.importing.docx_text import read_docx
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
    warnings: list[str] = field(default_factory=list[str])


def read_source(path: Path, *, revisions: str | None = None,
                control: TaskControl | None = None) -> Source:
    """Read a .txt or .docx file; every problem is a typed, actionable error."""
    control = control or no_control()
    if revisions is not None and revisions not in REVISION_CHOICES:
        raise ImportError_(f"--revisions must be accept or reject, not '{revisions}'")
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
        raise ImportError_(f"{path.name}: cannot import '{suffix}' files; use .txt or .docx")
    text = decode_text(data, path.name)
    control.progress(30, 100, "decoded")
    return Source(text, "txt")


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        if not path.exists():
            raise ImportError_(f"{path}: no such file")
        if path.is_dir():
            raise ImportError_(f"{path} is a folder, not a file")
        size = path.stat().st_size
        if size == 0:
            raise CorruptDocument(f"{path.name} is empty (0 bytes)")
        if size > limit:
            raise CorruptDocument(
                f"{path.name} is too large to be an agreement ({size // (1024 * 1024)} MB; "
                f"the limit is {limit // (1024 * 1024)} MB)")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportError_(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise CorruptDocument(f"{path.name} grew beyond {limit // (1024 * 1024)} MB while read")
    return data


def _not_docx_message(path: Path, data: bytes) -> str:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return (f"{path.name} is an old Word 97-2003 .doc file or a password-protected "
                "document; save it in Word as a .docx without a password first")
    if data.startswith(b"%PDF"):
        return f"{path.name} is a PDF renamed .docx; export it to .docx or .txt first"
    return f"{path.name} is not a Word .docx file (it is not a ZIP package)"
