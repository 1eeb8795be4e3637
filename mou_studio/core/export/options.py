"""What the user chose in the Export dialog or on the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from mou_studio.core.export.metadata import DocumentMetadata
from mou_studio.core.tasks import TaskControl, no_control


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


class Ticker:
    """Counts work done and reports it to a :class:`TaskControl`, which may cancel."""

    def __init__(self, total: int, control: TaskControl | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._control = control or no_control()

    def step(self, amount: int = 1, message: str = "") -> None:
        """Record ``amount`` units of work; raises Cancelled if the user asked to stop."""
        self.done = min(self.done + amount, self.total)
        self._control.progress(self.done, self.total, message)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        self._control.check()
