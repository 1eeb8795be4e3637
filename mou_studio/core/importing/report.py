"""What an import noticed: dropped noise lines, warnings, unresolved references."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DroppedLine:
    """A source line left out of the agreement, and why."""

    line: int
    text: str
    reason: str


@dataclass
class ImportReport:
    """Everything the user should review before storing an imported agreement."""

    warnings: list[str] = field(default_factory=list[str])
    dropped: list[DroppedLine] = field(default_factory=list[DroppedLine])
    unresolved_references: list[str] = field(default_factory=list[str])
    revisions: str | None = None  # "accept" / "reject" when tracked changes were applied

    def warn(self, message: str) -> None:
        """Record a warning once."""
        if message not in self.warnings:
            self.warnings.append(message)

    def drop(self, line: int, text: str, reason: str) -> None:
        """Record a source line that was left out of the text."""
        self.dropped.append(DroppedLine(line, text, reason))

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "warnings": list(self.warnings),
            "dropped_lines": [
                {"line": d.line, "text": d.text, "reason": d.reason} for d in self.dropped
            ],
            "unresolved_references": list(self.unresolved_references),
            "revisions": self.revisions,
        }
