"""Building the shipped templates from the sample answers under tests/core/data/answers."""

from __future__ import annotations

from pathlib import Path

from mou_studio.core.model import Agreement
from mou_studio.core.templates import build_agreement, find_template, load_answers

ANSWERS = Path(__file__).resolve().parents[1] / "data" / "answers"
TEMPLATE_IDS = ["io-cooperation-mou", "customs-police-mou", "exchange-of-letters",
                "framework-agreement"]


def build(template_id: str, answers_name: str | None = None) -> Agreement:
    """The agreement a template makes of its sample answers (or of ``answers_name``)."""
    template = find_template(template_id)
    answers = load_answers(template, ANSWERS / f"{answers_name or template_id}.toml")
    return build_agreement(template, answers)
