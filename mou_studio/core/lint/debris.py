"""Unfilled placeholders and drafting debris: ``[ ]``, ``XX``, ``TBD``, ``…``, ``{{x}}``,
and OCR leftovers such as "Handwritten signature"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mou_studio.core.lint.findings import Finding, Severity
from mou_studio.core.lint.texts import plain, slots
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement

RULE = "placeholder"


@dataclass(frozen=True)
class Debris:
    """One kind of placeholder or leftover, and how serious it is."""

    pattern: re.Pattern[str]
    what: Message
    severity: Severity


DEBRIS: tuple[Debris, ...] = (
    Debris(re.compile(r"\{\{[^}]*\}\}"), msg("an unfilled template placeholder"), Severity.ERROR),
    Debris(re.compile(r"\[\s*(?:\.\.\.|…)?\s*\]"), msg("an empty bracket to fill in"),
           Severity.ERROR),
    Debris(re.compile(r"\[[^\]\n]{1,40}\]"), msg("a bracketed placeholder"), Severity.WARNING),
    Debris(re.compile(r"(?<![\w-])X{2,}(?![\w-])"), msg("a placeholder “XX”"), Severity.ERROR),
    Debris(re.compile(r"(?<!\w)(?:TBD|TBC|à compléter|to be completed)(?!\w)",
                      re.IGNORECASE), msg("a “to be decided” marker"), Severity.ERROR),
    Debris(re.compile(r"_{3,}"), msg("a blank line to fill in"), Severity.ERROR),
    Debris(re.compile(r"(?:(?<=\s)|^)(?:…|\.\.\.)(?=\s|$|[,;.»”)])"),
           msg("an ellipsis standing for missing text"), Severity.WARNING),
    Debris(re.compile(r"Handwritten (?:mark|signature)|\bImage\b$", re.IGNORECASE),
           msg("a scanning leftover"), Severity.WARNING),
)


# Any debris at all, checked first: most texts hold none.
_ANY = re.compile("|".join(f"(?:{d.pattern.pattern})" for d in DEBRIS),
                  re.IGNORECASE | re.MULTILINE)


def check_debris(agreement: Agreement) -> Iterator[Finding]:
    """Every placeholder or debris, once per text field and kind."""
    for slot in slots(agreement):
        for lang in agreement.languages:
            text = plain(slot.text.get(lang, ""))
            if _ANY.search(text) is None:
                continue
            taken: list[tuple[int, int]] = []
            for debris in DEBRIS:
                match = debris.pattern.search(text)
                if match is None or any(s <= match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                yield Finding(RULE, debris.severity,
                              msg("{what}: “{found}”", what=debris.what,
                                  found=match.group(0)), slot.place, lang)
