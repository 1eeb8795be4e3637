"""The linter on real agreements of seed 004 (through the importer): nothing absurd."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mou_studio.core.lint import Severity, lint_agreement
from mou_studio.core.model import REF_TOKEN, Agreement
from tests.support.seeds import seed_path

importing = pytest.importorskip("mou_studio.core.importing")

EN_START = "UNITED NATIONS CONVENTION AGAINST TRANSNATIONAL ORGANISED CRIME"
FR_START = "CONVENTION DES NATIONS UNIES CONTRE LA CRIMINALITÉ TRANSNATIONALE ORGANISÉE"
ES_START = "CONVENCIÓN DE LAS NACIONES UNIDAS"


@pytest.fixture(scope="module")
def convention() -> Agreement:
    """The UN Convention against organised crime, its French and English texts from the
    journal aligned node by node into one bilingual agreement."""
    lines = seed_path("004").read_text(encoding="utf-8").splitlines()
    en_at = next(i for i, line in enumerate(lines) if line.strip() == EN_START)
    fr_at = next(i for i, line in enumerate(lines) if line.strip() == FR_START)
    es_at = next(i for i, line in enumerate(lines) if line.startswith(ES_START))
    french = importing.parse_agreement_text("\n".join(lines[fr_at:es_at]), lang="fr")
    english = importing.parse_agreement_text("\n".join(lines[en_at:fr_at]), lang="en")
    pairs = [(f, e) for f, e in zip(french.walk(), english.walk(), strict=True)
             if f.kind is e.kind]
    uids = {e.uid: f.uid for f, e in pairs}

    def remap(text: str) -> str:
        return REF_TOKEN.sub(lambda m: m.group(0).replace(m.group(1),
                                                          uids.get(m.group(1), m.group(1))),
                             text)

    for fr_node, en_node in pairs:
        for field in ("text", "heading"):
            value = getattr(en_node, field).get("en")
            if value:
                getattr(fr_node, field)["en"] = remap(value)
    french.languages = ["fr", "en"]
    french.testimonium["en"] = english.testimonium.get("en", "")
    return french


def test_the_real_french_and_english_texts_agree(convention: Agreement) -> None:
    findings = lint_agreement(convention)
    assert [str(f.message) for f in findings if f.rule == "versions-disagree"] == []
    # « quatre-vingt-dix jours » / "90 days", « quinze jours consécutifs » / "15
    # consecutive days", « l'article premier » / "Article 1", references as rendered.
    assert Counter(f.rule for f in findings)["reference-dangling"] == 0


def test_a_changed_duration_in_one_version_is_found(convention: Agreement) -> None:
    node = next(n for n in convention.walk()
                if "90 days after the date" in n.text.get("en", ""))
    original = node.text["en"]
    node.text["en"] = original.replace("90 days", "60 days")
    try:
        found = [f for f in lint_agreement(convention) if f.rule == "versions-disagree"]
    finally:
        node.text["en"] = original
    assert [(f.node_uid, str(f.message)) for f in found] == [
        (node.uid, "the fr and en versions disagree: 90 day in fr, 60 day in en")]


def test_the_imported_framework_agreement_has_no_error() -> None:
    result = importing.import_file(seed_path("004"))
    framework = next(i.agreement for i in result.instruments
                     if i.agreement is not None and "ACCORD-CADRE" in i.summary()["title"])
    findings = lint_agreement(framework)
    assert [str(f.message) for f in findings if f.severity is not Severity.INFO] == []


def test_roman_article_numbers_with_a_gap() -> None:
    """The importer's French sample numbers its articles I, II, IV."""
    sample = Path(__file__).resolve().parents[1] / "importing" / "shapes" / "fr3.txt"
    agreement = importing.load_document(sample)
    findings = lint_agreement(agreement)
    assert [str(f.message) for f in findings if f.rule == "numbering-literal"] == [
        "numbering jumps from 2 to 4: article 3 is missing"]
    [formula] = [f for f in findings if f.rule == "register-wording"]
    assert formula.fix is not None
    assert formula.fix.new == "Sont parvenues à l'entente suivante"  # keeps the feminine
