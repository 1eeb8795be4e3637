"""Whatever the questionnaire answers, the customs–police template builds a sound MoU."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_studio.core.lint import Severity, lint_agreement
from mou_studio.core.model import REF_TOKEN
from mou_studio.core.templates import (
    QuestionType,
    build_agreement,
    check_answers,
    find_template,
)
from mou_studio.core.views import agreement_plain_text

TEMPLATE = find_template("customs-police-mou")
PARTIES = {
    "customs": {"name": "Service des douanes", "short_name": "SD",
                "determiner": {"fr": "le", "en": "the"}},
    "police": {"name": "Police nationale", "short_name": "PN",
               "determiner": {"fr": "la", "en": "the"}},
}


def answer_strategy() -> st.SearchStrategy[dict[str, Any]]:
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for question in TEMPLATE.questions:
        if question.type is QuestionType.BOOLEAN:
            fields[question.id] = st.booleans()
        elif question.type is QuestionType.CHOICE:
            fields[question.id] = st.sampled_from([o.value for o in question.options])
        elif question.type is QuestionType.TEXT and not question.required:
            fields[question.id] = st.one_of(st.none(), st.just("les ports"))
    return st.fixed_dictionaries(fields)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_strategy())
def test_any_answers_build_an_mou_with_live_references_and_no_lint_error(
        raw: dict[str, Any]) -> None:
    data = {k: v for k, v in raw.items() if v is not None}
    data.update(PARTIES, country="en Arménie", a5_exclusive="les stupéfiants",
                a14_role="de faciliter les échanges")
    agreement = build_agreement(TEMPLATE, check_answers(TEMPLATE, data))
    uids = {n.uid for n in agreement.walk()}
    for node in agreement.walk():
        for text in node.text.values():
            assert all(m.group(1) in uids for m in REF_TOKEN.finditer(text))
    topics = {n.topic for n in agreement.body}
    assert {"information_exchange", "disputes", "entry_into_force"} <= topics
    if data["level"] in ("coordination", "collaboration"):
        assert {"joint_operations", "joint_committee", "emergency_measures"} <= topics
    if data["a14_liaison"] is False and data["level"] in ("coexistence", "communication"):
        assert "liaison_officers" not in topics
    findings = lint_agreement(agreement)
    assert [str(f.message) for f in findings if f.severity is not Severity.INFO] == []
    for lang in agreement.languages:
        assert "{{" not in agreement_plain_text(agreement, lang)
