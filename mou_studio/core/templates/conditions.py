"""Deciding whether a clause's condition holds for a set of answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mou_studio.core.templates.schema import Condition, Template

if TYPE_CHECKING:
    from mou_studio.core.templates.answers import Answers


def holds(condition: Condition | None, template: Template, answers: Answers) -> bool:
    """True when ``condition`` is absent or satisfied by ``answers``."""
    if condition is None:
        return True
    if condition.any_of:
        return any(holds(c, template, answers) for c in condition.any_of)
    if condition.all_of:
        return all(holds(c, template, answers) for c in condition.all_of)
    if condition.negate is not None:
        return not holds(condition.negate, template, answers)
    assert condition.question is not None
    return _leaf(condition, template, answers.get(condition.question))


def _leaf(condition: Condition, template: Template, answer: Any) -> bool:
    expected = condition.value
    if condition.test == "answered":
        return (answer is not None) == bool(expected)
    if answer is None:
        return False
    if condition.test == "equals":
        return answer == expected
    if condition.test == "in":
        return answer in expected
    if condition.test == "contains":
        return expected in answer
    # at_least: the options of a choice question are ordered, lowest first.
    question = template.question(condition.question or "")
    values = [o.value for o in question.options] if question else []
    if answer not in values or expected not in values:
        return False
    return values.index(answer) >= values.index(expected)
