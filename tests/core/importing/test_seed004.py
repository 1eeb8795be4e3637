"""Seed 004, a whole Official Journal issue: split into acts, agreements found whole."""

from __future__ import annotations

import re

import pytest

from mou_studio.core.importing import ImportResult, Instrument, import_file, load_document
from mou_studio.core.model import NodeKind
from tests.support.seeds import seed_path


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return import_file(seed_path("004"))


def _one(result: ImportResult, kind: str, title_part: str) -> Instrument:
    found = [i for i in result.instruments if i.kind == kind and title_part in i.title]
    assert len(found) == 1, [(i.kind, i.title[:60]) for i in result.instruments]
    return found[0]


def test_regulations_directives_and_decisions_are_not_agreements(result: ImportResult) -> None:
    kinds = [i.kind for i in result.instruments]
    assert kinds.count("regulation") == 1 and kinds.count("directive") == 3
    assert kinds.count("decision") == 7
    assert all(i.agreement is None for i in result.instruments
               if i.kind in ("regulation", "directive", "decision"))


def test_esa_framework_agreement(result: ImportResult) -> None:
    esa = _one(result, "agreement", "Agence spatiale européenne")
    agreement = esa.agreement
    assert agreement is not None and esa.article_count == 13
    assert [a.heading["fr"] for a in agreement.articles()][-1] == "Signature et authenticité"
    assert [(s.date, s.place["fr"]) for s in agreement.signatures] == [
        ("2003-11-25", "Bruxelles"), ("2003-11-25", "Bruxelles")]
    assert [p.name["fr"] for p in agreement.parties] == [
        "Communauté européenne", "Agence spatiale européenne"]
    assert agreement.signatures[0].party == agreement.parties[0].uid


def test_esa_article_5_reference_to_its_own_paragraph_3_is_resolved(
    result: ImportResult,
) -> None:
    agreement = _one(result, "agreement", "Agence spatiale européenne").agreement
    assert agreement is not None
    article5 = agreement.articles()[4]
    third = article5.children[-1]
    assert third.text["fr"].startswith("Toute contribution financière")
    assert f"{{{{ref:{third.uid}}}}}" in article5.children[0].text["fr"]


def test_foreign_language_closing_lines_are_reported_not_kept(result: ImportResult) -> None:
    agreement = _one(result, "agreement", "Agence spatiale européenne").agreement
    assert agreement is not None
    last = agreement.articles()[-1]
    assert not any("Hecho en" in c.text.get("fr", "") for c in last.children)
    assert any(d.text.startswith("Hecho en Bruselas") for d in result.report.dropped)


def test_exchange_of_letters_with_kazakhstan(result: ImportResult) -> None:
    letters = _one(result, "exchange_of_letters", "Kazakhstan")
    agreement = letters.agreement
    assert agreement is not None and letters.article_count == 0
    assert [n.kind for n in agreement.body] == [NodeKind.LETTER, NodeKind.LETTER]
    assert len(agreement.signatures) == 2
    assert agreement.annexes and agreement.annexes[0].body


def test_whole_file_as_one_tree_keeps_every_article() -> None:
    text = seed_path("004").read_text(encoding="utf-8")
    written = re.findall(r"^Article (?:premier|\d+)\s*$", text, flags=re.MULTILINE)
    agreement = load_document(seed_path("004"))
    articles = [n for n in agreement.walk() if n.kind is NodeKind.ARTICLE]
    assert len(articles) == len(written)


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_documents_that_are_not_agreements_are_listed_as_other(prefix: str) -> None:
    result = import_file(seed_path(prefix))
    assert result.agreements() == []
    assert [i.kind for i in result.instruments] == ["other"]
    assert any("not an agreement" in str(w) for w in result.report.warnings)


def test_appendices_keep_their_own_word_and_numbers(result: ImportResult) -> None:
    from mou_studio.core.numbering import Numbering
    from mou_studio.core.serialize import agreement_from_json, agreement_to_json

    agreement = _one(result, "exchange_of_letters", "Kazakhstan").agreement
    assert agreement is not None
    numbering = Numbering(agreement)
    labels = [numbering.annex_label(a, "fr") for a in agreement.annexes]
    assert labels == ["Annexe I", "Appendice I", "Appendice II", "Appendice III",
                      "Appendice IV"]
    again = agreement_from_json(agreement_to_json(agreement))
    assert [a.label_word for a in again.annexes] == [a.label_word for a in agreement.annexes]
