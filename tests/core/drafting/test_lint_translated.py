"""Lint findings, places and template errors reach people in their language: the core
builds Messages, the CLI renders them with ``--lang`` (``rule`` codes stay stable)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mou_studio.cli
from mou_studio.cli import main
from mou_studio.core.errors import AnswersError
from mou_studio.core.lint import Finding, Severity, describe_place, lint_agreement
from mou_studio.core.messages import Catalogue, verbatim
from mou_studio.core.model import Agreement, AgreementKind
from mou_studio.core.numbering import Numbering
from mou_studio.core.templates import check_answers, find_template
from tests.support.catalogues import translations
from tests.support.seeds import seed_path

FRENCH = translations("fr", {
    "no signature blocks": "aucun bloc de signature",
    "no amendment clause found for {kind}":
        "aucune clause relative à la modification pour {kind}",
    "an MoU": "un mémorandum d'entente",
    "(whole agreement)": "(ensemble de l'accord)",
    "testimonium": "formule finale",
    "“{word}” looks like a misspelling of the defined short name “{name}”":
        "« {word} » semble être une faute de frappe pour le nom abrégé défini « {name} »",
    "question {id}: {value} is outside {low}–{high}":
        "question {id} : {value} est hors de l'intervalle {low}–{high}",
})


def french() -> Catalogue:
    return Catalogue(FRENCH)


def test_a_finding_and_its_nested_words_are_rendered_in_french() -> None:
    findings = lint_agreement(Agreement(kind=AgreementKind.MOU, languages=["fr"]))
    texts = {french().render(f.message) for f in findings}
    assert "aucun bloc de signature" in texts
    assert "aucune clause relative à la modification pour un mémorandum d'entente" in texts
    # English stays the source text: str() is what logs and the tests above read.
    assert "no amendment clause found for an MoU" in {str(f.message) for f in findings}


def test_describe_place_names_the_parts_in_the_interface_language(demo: Agreement) -> None:
    numbering = Numbering(demo)
    whole = describe_place(Finding("r", Severity.INFO, verbatim("x")), demo, numbering)
    assert french().render(whole) == "(ensemble de l'accord)"
    [slip] = [f for f in lint_agreement(demo) if f.rule == "short-name-misspelt"]
    # The article label is the document's own words: never translated.
    assert french().render(describe_place(slip, demo, numbering)) == \
        str(describe_place(slip, demo, numbering))
    assert slip.fix is not None
    assert french().render(slip.fix.describe()) == "CARRIC → CARICC"


def test_template_answer_errors_are_rendered_in_french() -> None:
    template = find_template("io-cooperation-mou")
    with pytest.raises(AnswersError) as caught:
        check_answers(template, {
            "notice_months": 48,
            "party_a": {"name": "Organisation A", "short_name": "ORGA"},
            "party_b": {"name": "Organisation B", "short_name": "ORGB"},
        })
    assert str(caught.value.reason) == "question notice_months: 48 is outside 1–24"
    assert french().render(caught.value.reason) == \
        "question notice_months : 48 est hors de l'intervalle 1–24"


def test_cli_lint_renders_findings_with_lang_and_keeps_rule_codes(
        db_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mou_studio.cli.Catalogue, "load",
                        classmethod(lambda _cls, _lang, _dir: french()))
    args = ["--db", str(db_path), "--ui-lang", "fr", "lint", str(seed_path("000"))]
    assert main([*args, "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    [slip] = [f for f in out["findings"] if f["rule"] == "short-name-misspelt"]
    assert slip["message"] == ("« CARRIC » semble être une faute de frappe pour le nom "
                               "abrégé défini « CARICC »")
    assert main(args) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "CARRIC" in x)
    assert line.endswith("pour le nom abrégé défini « CARICC »  (fix: CARRIC → CARICC)")
