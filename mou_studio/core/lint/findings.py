"""What a lint rule reports: a finding with its place, severity, message and safe fix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mou_studio.core.messages import Message, msg


class Severity(StrEnum):
    """How sure and how serious: errors are slips, warnings need a look, info is style."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Place:
    """One text field of an agreement: ``part`` ("node", "recital", "testimonium"…), the
    uid of the item that holds it (None for the agreement's own fields) and the field."""

    part: str
    uid: str | None = None
    field: str = "text"

    def key(self) -> str:
        """A short stable name for the place: ``node:art-5-p1/text``."""
        return f"{self.part}:{self.uid}/{self.field}" if self.uid else \
            f"{self.part}/{self.field}"


@dataclass(frozen=True)
class QuickFix:
    """Replace ``old`` by ``new`` at offset ``start`` of one language of one text."""

    place: Place
    lang: str
    start: int
    old: str
    new: str

    def describe(self) -> Message:
        """« CARRIC » → « CARICC », as shown to the user."""
        return msg("{old} → {new}", old=self.old, new=self.new)


@dataclass(frozen=True)
class Finding:
    """One problem the linter found."""

    rule: str
    severity: Severity
    message: Message
    place: Place | None = None
    lang: str | None = None
    fix: QuickFix | None = None

    @property
    def node_uid(self) -> str | None:
        """The uid of the operative node the finding is about, when it is one."""
        return self.place.uid if self.place and self.place.part == "node" else None

    def to_dict(self, text: Callable[[Message], str] = str) -> dict[str, Any]:
        """Plain data for ``lint --json``; ``text`` renders the message in the reader's
        language (English by default), ``rule`` stays the stable code."""
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": text(self.message),
            "place": self.place.key() if self.place else None,
            "node_uid": self.node_uid,
            "lang": self.lang,
        }
        if self.fix:
            data["fix"] = {"place": self.fix.place.key(), "lang": self.fix.lang,
                           "start": self.fix.start, "old": self.fix.old,
                           "new": self.fix.new}
        return data
