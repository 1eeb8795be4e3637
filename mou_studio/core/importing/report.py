"""What an import noticed: dropped noise lines, warnings, unresolved references."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mou_studio.core.messages import Message


@dataclass(frozen=True)
class DroppedLine:
    """A source line left out of the agreement, and why."""

    line: int
    text: str  # the source line itself: the user's data, never translated
    reason: Message


@dataclass
class ImportReport:
    """Everything the user should review before storing an imported agreement.

    Warnings, reasons and unresolved references are :class:`Message` values: the face
    that shows the report renders them in its language.
    """

    warnings: list[Message] = field(default_factory=list[Message])
    dropped: list[DroppedLine] = field(default_factory=list[DroppedLine])
    unresolved_references: list[Message] = field(default_factory=list[Message])
    revisions: str | None = None  # "accept" / "reject" when tracked changes were applied

    def warn(self, message: Message) -> None:
        """Record a warning once."""
        if message not in self.warnings:
            self.warnings.append(message)

    def drop(self, line: int, text: str, reason: Message) -> None:
        """Record a source line that was left out of the text."""
        self.dropped.append(DroppedLine(line, text, reason))

    def to_dict(self, text: Callable[[Message], str] = str) -> dict[str, Any]:
        """The report as JSON-ready data, its messages rendered by ``text`` (English)."""
        return {
            "warnings": [text(w) for w in self.warnings],
            "dropped_lines": [
                {"line": d.line, "text": d.text, "reason": text(d.reason)} for d in self.dropped
            ],
            "unresolved_references": [text(r) for r in self.unresolved_references],
            "revisions": self.revisions,
        }
