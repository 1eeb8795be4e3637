"""The two kinds of token a template text holds, and what each may name.

* ``{{name}}`` / ``{{name.attribute}}``: an answer (``{{party_a.short_form}}``,
  ``{{notice_months.words}}``) or a built-in (``{{languages}}``, ``{{parties.count}}``);
* ``{{ref:clause}}`` / ``{{ref:clause.paragraph|form}}``: a cross-reference to another
  clause of the template, turned into the model's ``{{ref:UID}}`` when building.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mou_studio.core.templates.schema import QuestionType

PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)(?:\.([A-Za-z_]+))?\s*\}\}")
TEMPLATE_REF = re.compile(
    r"\{\{ref:([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?)(?:\|([a-z]+))?\}\}"
)

BUILTINS: dict[str, tuple[str, ...]] = {
    "languages": ("", "count"),  # « anglaise et française »; « deux »
    "parties": ("count",),  # « deux »: how many parties sign
}

ATTRIBUTES: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.PARTY: ("name", "Name", "short", "short_form", "Short_form", "the_name",
                         "The_name"),
    QuestionType.NUMBER: ("", "words"),
    QuestionType.DATE: ("",),
    QuestionType.TEXT: ("",),
    QuestionType.CHOICE: ("",),
    QuestionType.MULTIPLE: ("",),
    QuestionType.LIST: ("",),
    QuestionType.BOOLEAN: (),
}


def placeholders(text: str) -> Iterator[tuple[str, str, str]]:
    """Every ``(whole token, name, attribute)`` of ``text``; attribute "" when absent."""
    for match in PLACEHOLDER.finditer(text):
        yield match.group(0), match.group(1), match.group(2) or ""


def template_refs(text: str) -> Iterator[tuple[str, str]]:
    """Every ``(whole token, target)`` cross-reference of ``text``."""
    for match in TEMPLATE_REF.finditer(text):
        yield match.group(0), match.group(1)


def fill(text: str, value_of: Callable[[str, str], str],
         uid_of: Callable[[str], str]) -> str:
    """Replace placeholders by ``value_of(name, attribute)`` and template references by
    model reference tokens to ``uid_of(target)``."""

    def ref(match: re.Match[str]) -> str:
        form = f"|{match.group(2)}" if match.group(2) else ""
        return f"{{{{ref:{uid_of(match.group(1))}{form}}}}}"

    def answer(match: re.Match[str]) -> str:
        return value_of(match.group(1), match.group(2) or "")

    return PLACEHOLDER.sub(answer, TEMPLATE_REF.sub(ref, text))
