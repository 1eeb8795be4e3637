"""What a template declares: its questions, its fixed parts and its selectable clauses.

A template is data (a TOML file in ``templates/agreements/``), read by
:mod:`mou_studio.core.templates.loading` into these frozen objects. Texts are
``LangText`` dicts that may hold placeholders (``{{party_a.short_form}}``) and
template-local cross-references (``{{ref:termination}}``), resolved when an agreement is
built (:mod:`mou_studio.core.templates.building`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mou_studio.core.model import AgreementKind, LangText, Register


def no_text() -> LangText:
    """An empty multilingual text (a typed default factory)."""
    return {}


class QuestionType(StrEnum):
    """The kinds of answer a question takes."""

    TEXT = "text"
    DATE = "date"
    PARTY = "party"
    CHOICE = "choice"
    MULTIPLE = "multiple"
    NUMBER = "number"
    LIST = "list"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class Option:
    """One allowed answer of a choice or multiple-choice question."""

    value: str
    label: LangText


@dataclass(frozen=True)
class Question:
    """One typed question of the questionnaire, with the guidance shown beside it."""

    id: str
    type: QuestionType
    label: LangText
    guidance: LangText = field(default_factory=no_text)
    # Shown as "common gaps" next to the guidance (seed 003's questionnaire has both).
    gaps: LangText = field(default_factory=no_text)
    reference: str = ""  # "A.2.1": the handbook question it comes from
    required: bool = True
    default: Any = None
    options: tuple[Option, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    when: Condition | None = None  # asked only when this holds

    def option(self, value: str) -> Option | None:
        """The option with this value, or None."""
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Condition:
    """When a clause, paragraph or recital is part of the agreement.

    A leaf tests one question (``equals``, ``in``, ``contains``, ``at_least`` — the
    last uses the order of a choice question's options); ``any``/``all``/``negate``
    combine conditions.
    """

    question: str | None = None
    test: str = ""  # "equals", "in", "contains", "at_least", "answered"
    value: Any = None
    any_of: tuple[Condition, ...] = ()
    all_of: tuple[Condition, ...] = ()
    negate: Condition | None = None


@dataclass(frozen=True)
class UnitSpec:
    """A paragraph, point or letter paragraph of a clause."""

    text: LangText
    id: str | None = None
    when: Condition | None = None
    numbered: bool = True
    points: tuple[UnitSpec, ...] = ()
    # The id of a clause whose paragraphs this unit reproduces between quotation marks:
    # the second letter of an exchange of letters quotes the first.
    quote: str | None = None


@dataclass(frozen=True)
class ClauseSpec:
    """An article (or a letter) of the template, selected by its condition."""

    id: str
    topic: str
    heading: LangText = field(default_factory=no_text)
    text: LangText = field(default_factory=no_text)
    kind: str = "article"  # or "letter"
    when: Condition | None = None
    paragraphs: tuple[UnitSpec, ...] = ()


@dataclass(frozen=True)
class RecitalSpec:
    """A preamble recital, kept when its condition holds."""

    text: LangText
    when: Condition | None = None


@dataclass(frozen=True)
class SignatureSpec:
    """A signature block for the party that answers a party question."""

    party: str  # id of a party question
    caption: LangText


@dataclass(frozen=True)
class Template:
    """A whole agreement template, as loaded and validated from its data file."""

    id: str
    path: Path
    kind: AgreementKind
    register: Register
    languages: tuple[str, ...]
    name: LangText
    description: LangText
    source: str
    questions: tuple[Question, ...]
    title: LangText
    preamble_heading: LangText
    preamble_intro: LangText
    recitals: tuple[RecitalSpec, ...]
    enacting_formula: LangText
    clauses: tuple[ClauseSpec, ...]
    testimonium: LangText
    signatures: tuple[SignatureSpec, ...]

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return next((q for q in self.questions if q.id == question_id), None)

    def display_name(self, lang: str) -> str:
        """The template's name in ``lang``, else in its first language."""
        return self.name.get(lang) or next(iter(self.name.values()), self.id)
