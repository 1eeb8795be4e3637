"""Whole-template checks: unique ids, conditions, placeholders and references that resolve."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from mou_studio.core.messages import Message, listed, msg, verbatim
from mou_studio.core.model import LangText
from mou_studio.core.templates.placeholders import (
    ATTRIBUTES,
    BUILTINS,
    placeholders,
    template_refs,
)
from mou_studio.core.templates.schema import (
    ClauseSpec,
    Condition,
    QuestionType,
    Template,
    UnitSpec,
)
from mou_studio.core.templates.tomlfile import TomlSource, id_line


def check_template(template: Template, source: TomlSource) -> None:
    """Raise TemplateError at the first inconsistency between the template's parts."""
    _check_unique([q.id for q in template.questions],
                  lambda i: msg("two questions have the id '{id}'", id=i), source)
    _check_unique([c.id for c in template.clauses],
                  lambda i: msg("two clauses have the id '{id}'", id=i), source)
    for clause in template.clauses:
        _check_unique([u.id for u in _units(clause.paragraphs) if u.id],
                      lambda i, c=clause.id: msg("two paragraphs of clause {clause} have "
                                                 "the id '{id}'", clause=c, id=i), source)
    for question in template.questions:
        _check_question(template, question.id, source)
    for condition, where in _conditions(template):
        _check_condition(template, condition, where, source)
    clause_ids = {c.id for c in template.clauses}
    for clause in template.clauses:
        for unit in _units(clause.paragraphs):
            if unit.quote is not None and unit.quote not in clause_ids - {clause.id}:
                raise source.fail(msg("clause {id} quotes '{quote}', which is not another "
                                      "clause of this template", id=clause.id,
                                      quote=unit.quote), f'"{unit.quote}"')
    targets = _ref_targets(template)
    for text, where in _texts(template):
        _check_text(template, text, where, targets, source)
    for signature in template.signatures:
        question = template.question(signature.party)
        if question is None or question.type is not QuestionType.PARTY:
            raise source.fail(msg("a signature block names '{party}', which is not a party "
                                  "question", party=signature.party), f'"{signature.party}"')


def _check_unique(ids: list[str | None], twice: Callable[[str], Message],
                  source: TomlSource) -> None:
    """``twice(id)`` says that two items have the same id."""
    seen: set[str] = set()
    for identifier in ids:
        if identifier in seen:
            raise source.fail(twice(identifier), id_line(identifier))
        if identifier:
            seen.add(identifier)


def _check_question(template: Template, qid: str, source: TomlSource) -> None:
    question = template.question(qid)
    assert question is not None
    default = question.default
    if question.type is QuestionType.CHOICE and default is not None and \
            question.option(str(default)) is None:
        raise source.fail(msg("question {id}: the default {default} is not one of its "
                              "options", id=qid, default=repr(default)), id_line(qid))


def _check_condition(template: Template, condition: Condition, where: str,
                     source: TomlSource) -> None:
    for part in (*condition.any_of, *condition.all_of,
                 *([condition.negate] if condition.negate else [])):
        _check_condition(template, part, where, source)
    if condition.question is None:
        return
    question = template.question(condition.question)
    if question is None:
        raise source.fail(msg("a condition asks about '{question}', which is not a question "
                              "of this template", question=condition.question),
                          f'"{condition.question}"', where)
    raw: Any = condition.value
    values: list[Any] = list(raw) if isinstance(raw, list) else [raw]  # pyright: ignore[reportUnknownArgumentType]
    if condition.test == "at_least" and question.type is not QuestionType.CHOICE:
        raise source.fail(msg("at_least needs a choice question; {id} is {type}",
                              id=question.id, type=question.type.value), where)
    if question.options and condition.test in ("equals", "in", "contains", "at_least"):
        for value in values:  # pyright: ignore[reportUnknownVariableType]
            if question.option(str(value)) is None:  # pyright: ignore[reportUnknownArgumentType]
                raise source.fail(msg("a condition on {id} tests {value}, which is not one "
                                      "of its options", id=question.id, value=repr(value)),  # pyright: ignore[reportUnknownArgumentType]
                                  where)


def _check_text(template: Template, text: LangText, where: str, targets: set[str],
                source: TomlSource) -> None:
    for lang_text in text.values():
        for token, name, attribute in placeholders(lang_text):
            question = template.question(name)
            if question is not None:
                allowed = ATTRIBUTES[question.type]
            elif name in BUILTINS:
                allowed = BUILTINS[name]
            else:
                raise source.fail(msg("{token} names no question of this template",
                                      token=token), token, where)
            if attribute not in allowed:
                raise source.fail(msg("{token}: '{attribute}' is not an attribute of a "
                                      "{what} (allowed: {allowed})", token=token,
                                      attribute=attribute,
                                      what=question.type.value if question else name,
                                      allowed=_attributes(allowed)), token, where)
        for token, target in template_refs(lang_text):
            if target not in targets:
                raise source.fail(msg("{token} refers to no clause or paragraph id of this "
                                      "template", token=token), token, where)


def _attributes(allowed: tuple[str, ...]) -> Message:
    """".name, .short" — "(none)" for the bare placeholder, "none" when nothing is."""
    shown = [verbatim(f".{a}") if a else msg("(none)") for a in allowed]
    return listed(shown, empty=msg("none"))


def _units(units: tuple[UnitSpec, ...]) -> Iterator[UnitSpec]:
    for unit in units:
        yield unit
        yield from _units(unit.points)


def _ref_targets(template: Template) -> set[str]:
    targets: set[str] = set()
    for clause in template.clauses:
        targets.add(clause.id)
        targets.update(f"{clause.id}.{u.id}" for u in _units(clause.paragraphs) if u.id)
    return targets


def _clause_texts(clause: ClauseSpec) -> Iterator[tuple[LangText, str]]:
    where = id_line(clause.id)
    yield clause.heading, where
    yield clause.text, where
    for unit in _units(clause.paragraphs):
        yield unit.text, id_line(unit.id) if unit.id else where


def _texts(template: Template) -> Iterator[tuple[LangText, str]]:
    yield template.title, "title"
    yield template.preamble_heading, "preamble_heading"
    yield template.preamble_intro, "preamble_intro"
    yield template.enacting_formula, "enacting_formula"
    yield template.testimonium, "testimonium"
    for recital in template.recitals:
        yield recital.text, "[[recitals]]"
    for clause in template.clauses:
        yield from _clause_texts(clause)
    for signature in template.signatures:
        yield signature.caption, f'"{signature.party}"'
    for question in template.questions:
        yield question.label, id_line(question.id)


def _conditions(template: Template) -> Iterator[tuple[Condition, str]]:
    for question in template.questions:
        if question.when:
            yield question.when, id_line(question.id)
    for recital in template.recitals:
        if recital.when:
            yield recital.when, "[[recitals]]"
    for clause in template.clauses:
        if clause.when:
            yield clause.when, id_line(clause.id)
        for unit in _units(clause.paragraphs):
            if unit.when:
                yield unit.when, id_line(unit.id) if unit.id else id_line(clause.id)
