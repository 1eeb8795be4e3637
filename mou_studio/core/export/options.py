"""What the user chose in the Export dialog or on the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from mou_studio.core.errors import ExportCancelled
from mou_studio.core.export.metadata import DocumentMetadata


class ExportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"


class Layout(StrEnum):
    """How several language versions share the output."""

    PARALLEL = "parallel"  # side by side in columns, aligned block by block
    SEQUENTIAL = "sequential"  # one after another in one document, each on new pages
    SEPARATE = "separate"  # one file per language


@dataclass(frozen=True)
class ExportOptions:
    """Everything that shapes an export; the defaults give a clean French-style .docx."""

    format: ExportFormat = ExportFormat.DOCX
    languages: tuple[str, ...] = ()  # empty: all the agreement's languages
    layout: Layout = Layout.SEQUENTIAL
    alternat: bool = False  # one original per party, naming that party first
    draft: bool = False  # stamp « PROJET » / "DRAFT" in the header
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)
    template: Path | None = None  # another house-style .docx; None: the shipped one


ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Ticker:
    """Counts work done, reports it, and stops the export when the user cancels."""

    def __init__(self, total: int, progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def step(self, amount: int = 1) -> None:
        """Record ``amount`` units of work; raise ExportCancelled if asked to stop."""
        self.check()
        self.done = min(self.done + amount, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def check(self) -> None:
        """Raise ExportCancelled if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export cancelled: no file was written")
