"""Answers to a template's questionnaire: read from a file or given by the wizard, checked
against the questions, normalised to one shape per question type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mou_studio.core.errors import AnswersError
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import LangText
from mou_studio.core.templates.conditions import holds
from mou_studio.core.templates.schema import Question, Template, no_text
from mou_studio.core.templates.tomlfile import TomlSource

RESERVED_KEYS = ("template", "languages")
# Where answers given as data (the wizard's) come from; the wizard shows only the reason.
WIZARD_SOURCE = "answers"


@dataclass(frozen=True)
class PartyAnswer:
    """A party as the user described it, with who signs for it, where and when."""

    name: LangText
    short_name: LangText
    determiner: LangText = field(default_factory=no_text)
    # The article before the full name when it differs from the short name's
    # (« le Centre régional… » but « CARICC »); by default the same.
    full_determiner: LangText = field(default_factory=no_text)
    signatory: str = ""
    title: LangText = field(default_factory=no_text)
    place: LangText = field(default_factory=no_text)
    date: str | None = None


@dataclass(frozen=True)
class Answers:
    """Checked answers: question id → normalised value, and the agreement's languages."""

    values: dict[str, Any]
    languages: tuple[str, ...]

    def get(self, question_id: str) -> Any:
        """The answer to a question, None when it was not asked or left empty."""
        return self.values.get(question_id)


def load_answers(template: Template, path: Path) -> Answers:
    """Read an answers TOML file and check it against ``template``."""
    source = TomlSource(path, AnswersError)
    return _Checker(template, source.data, source).answers()


def read_answers_data(path: Path) -> dict[str, Any]:
    """The plain data of an answers file (checked as TOML only), to fill in the wizard."""
    return TomlSource(path, AnswersError).data


def check_answers(template: Template, data: dict[str, Any]) -> Answers:
    """Check answers given as plain data (the wizard's) against ``template``."""
    return _Checker(template, data, None).answers()


class _Checker:
    def __init__(self, template: Template, data: dict[str, Any],
                 source: TomlSource | None) -> None:
        self.template = template
        self.data = data
        self.source = source
        self.languages: tuple[str, ...] = template.languages

    def fail(self, reason: Message, key: str) -> AnswersError:
        """An error about the answer ``key``, at its line when it comes from a file."""
        if self.source is None:
            return AnswersError(WIZARD_SOURCE, None, reason)
        line = self.source.line_of(f"{key} =", f"[{key}]", f"{key}.")
        return AnswersError(str(self.source.path), line, reason)

    def answers(self) -> Answers:
        """Check every answer and return them normalised."""
        named = self.data.get("template")
        if named is not None and named != self.template.id:
            raise self.fail(msg("these answers are for template '{named}', not '{id}'",
                                named=str(named), id=self.template.id), "template")
        self.languages = self._languages(self.data.get("languages"))
        for key in self.data:
            if key not in RESERVED_KEYS and self.template.question(key) is None:
                raise self.fail(msg("'{key}' is not a question of template '{id}'",
                                    key=key, id=self.template.id), key)
        values: dict[str, Any] = {}
        for question in self.template.questions:
            partial = Answers(values, self.languages)
            if question.when is not None and not holds(question.when, self.template,
                                                       partial):
                continue  # not asked, whatever the file says
            value = self._value(question, self.data.get(question.id, question.default))
            if value is not None:
                values[question.id] = value
        return Answers(values, self.languages)

    def _languages(self, value: Any) -> tuple[str, ...]:
        if value is None:
            return self.template.languages
        allowed = self.template.languages
        if not isinstance(value, list) or not value or any(
                v not in allowed for v in value):  # pyright: ignore[reportUnknownVariableType]
            raise self.fail(msg("languages must be a non-empty list among {allowed}",
                                allowed=", ".join(allowed)), "languages")
        return tuple(str(v) for v in value)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]

    # -- one value per question type ------------------------------------------------

    def _value(self, question: Question, value: Any) -> Any:
        if value is None or value == "" or value == []:
            if question.required:
                raise self.fail(msg("question {id} ({label}) needs an answer",
                                    id=question.id, label=self._label(question)),
                                question.id)
            return None
        reader = getattr(self, f"_read_{question.type.value}")
        return reader(question, value)

    def _label(self, question: Question) -> str:
        lang = self.languages[0]
        return question.label.get(lang) or next(iter(question.label.values()), "")

    def _read_text(self, question: Question, value: Any) -> LangText:
        return self._lang_text(value, question.id, msg("question {id}", id=question.id))

    def _read_boolean(self, question: Question, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail(msg("question {id} takes true or false, not {value}",
                                id=question.id, value=repr(value)), question.id)
        return value

    def _read_number(self, question: Question, value: Any) -> int | float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(msg("question {id} takes a number, not {value}",
                                id=question.id, value=repr(value)), question.id)
        low, high = question.minimum, question.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise self.fail(msg("question {id}: {value} is outside {low}–{high}",
                                id=question.id, value=value, low=str(low), high=str(high)),
                            question.id)
        return int(value) if float(value).is_integer() else value

    def _read_date(self, question: Question, value: Any) -> str:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise self.fail(msg("question {id} takes a date such as 2010-03-19, not {value}",
                                id=question.id, value=repr(value)), question.id) from None

    def _read_choice(self, question: Question, value: Any) -> str:
        if question.option(str(value)) is None:
            allowed = ", ".join(o.value for o in question.options)
            raise self.fail(msg("question {id}: {value} is not one of {allowed}",
                                id=question.id, value=repr(value), allowed=allowed),
                            question.id)
        return str(value)

    def _read_multiple(self, question: Question, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise self.fail(msg("question {id} takes a list of options", id=question.id),
                            question.id)
        return [self._read_choice(question, v) for v in value]  # pyright: ignore[reportUnknownVariableType]

    def _read_list(self, question: Question, value: Any) -> list[LangText]:
        if not isinstance(value, list):
            raise self.fail(msg("question {id} takes a list", id=question.id), question.id)
        return [self._lang_text(v, question.id, msg("question {id}", id=question.id))
                for v in value]  # pyright: ignore[reportUnknownVariableType]

    def _read_party(self, question: Question, value: Any) -> PartyAnswer:
        if not isinstance(value, dict):
            raise self.fail(msg("question {id} takes a table with name and short_name",
                                id=question.id), question.id)
        what = msg("question {id}", id=question.id)
        date = value.get("date")  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        return PartyAnswer(
            name=self._lang_text(value.get("name"), question.id, _field(what, "name")),  # pyright: ignore[reportUnknownMemberType]
            short_name=self._lang_text(value.get("short_name"), question.id,  # pyright: ignore[reportUnknownMemberType]
                                       _field(what, "short_name")),
            determiner=self._lang_text(value.get("determiner", ""), question.id,  # pyright: ignore[reportUnknownMemberType]
                                       _field(what, "determiner"), required=False),
            full_determiner=self._lang_text(value.get("full_determiner", ""),  # pyright: ignore[reportUnknownMemberType]
                                            question.id, _field(what, "full_determiner"),
                                            required=False),
            signatory=str(value.get("signatory", "")),  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
            title=self._lang_text(value.get("title", ""), question.id, _field(what, "title"),  # pyright: ignore[reportUnknownMemberType]
                                  required=False),
            place=self._lang_text(value.get("place", ""), question.id, _field(what, "place"),  # pyright: ignore[reportUnknownMemberType]
                                  required=False),
            date=None if date is None else self._read_date(question, date),
        )

    def _lang_text(self, value: Any, key: str, what: Message, required: bool = True
                   ) -> LangText:
        if isinstance(value, str):
            return dict.fromkeys(self.languages, value) if value else {}
        if not isinstance(value, dict):
            raise self.fail(msg("{what} must be a text or a table of texts per language",
                                what=what), key)
        text = {str(k): str(v) for k, v in value.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        missing = [lang for lang in self.languages if not text.get(lang, "").strip()]
        if required and missing:
            raise self.fail(msg("{what} has no text in {languages}", what=what,
                                languages=", ".join(missing)), key)
        return text


def _field(what: Message, key: str) -> Message:
    """"question party_a: short_name": one key of a table answer."""
    return msg("{what}: {key}", what=what, key=key)
