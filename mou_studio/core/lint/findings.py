"""What a lint rule reports: a finding with its place, severity, message and safe fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


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

    def describe(self) -> str:
        """« CARRIC » → « CARICC », as shown to the user."""
        return f"{self.old} → {self.new}"


@dataclass(frozen=True)
class Finding:
    """One problem the linter found."""

    rule: str
    severity: Severity
    message: str
    place: Place | None = None
    lang: str | None = None
    fix: QuickFix | None = None

    @property
    def node_uid(self) -> str | None:
        """The uid of the operative node the finding is about, when it is one."""
        return self.place.uid if self.place and self.place.part == "node" else None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``lint --json``."""
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "place": self.place.key() if self.place else None,
            "node_uid": self.node_uid,
            "lang": self.lang,
        }
        if self.fix:
            data["fix"] = {"place": self.fix.place.key(), "lang": self.fix.lang,
                           "start": self.fix.start, "old": self.fix.old,
                           "new": self.fix.new}
        return data
