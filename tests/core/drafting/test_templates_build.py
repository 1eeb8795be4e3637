"""Every shipped template builds a valid agreement from its sample answers."""

from __future__ import annotations

import pytest

from mou_studio.core.lint import Severity, lint_agreement
from mou_studio.core.model import REF_TOKEN, AgreementKind, NodeKind
from mou_studio.core.numbering import MISSING_REFERENCE
from mou_studio.core.serialize import agreement_from_json, agreement_to_json
from mou_studio.core.templates import list_templates
from mou_studio.core.views import agreement_plain_text, agreement_view
from tests.core.drafting.helpers import TEMPLATE_IDS, build


def test_the_four_templates_are_shipped() -> None:
    assert {t.id for t in list_templates()} >= set(TEMPLATE_IDS)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_builds_an_agreement_that_round_trips(template_id: str) -> None:
    agreement = build(template_id)
    assert agreement_from_json(agreement_to_json(agreement)) == agreement
    assert agreement.parties and len(agreement.signatures) == len(agreement.parties)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_reference_resolves_and_no_placeholder_is_left(template_id: str) -> None:
    agreement = build(template_id)
    uids = {n.uid for n in agreement.walk()}
    for lang in agreement.languages:
        text = agreement_plain_text(agreement, lang)
        assert "{{" not in text and MISSING_REFERENCE[lang] not in text
        assert "  " not in text  # a missing value leaves a double space
    for node in agreement.walk():
        for value in node.text.values():
            assert all(m.group(1) in uids for m in REF_TOKEN.finditer(value))


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_a_built_agreement_passes_the_linter(template_id: str) -> None:
    findings = lint_agreement(build(template_id))
    assert [str(f.message) for f in findings if f.severity is not Severity.INFO] == []


def test_the_io_mou_reads_like_seed_000_in_french_and_english() -> None:
    agreement = build("io-cooperation-mou")
    fr = agreement_view(agreement, "fr")
    en = agreement_view(agreement, "en")
    assert [a["label"] for a in fr["articles"]][:2] == ["Article premier", "Article 2"]
    assert fr["articles"][0]["paragraphs"][0].startswith("L'OMD et CARICC se consultent")
    assert en["articles"][0]["paragraphs"][0].startswith("The WCO and CARICC will consult")
    differences = next(a for a in fr["articles"] if a["heading"] == "Règlement des différends")
    assert "procédure prévue au paragraphe 1 du présent article" in differences["paragraphs"][1]
    assert "préavis écrit de trois mois" in agreement_plain_text(agreement, "fr")
    assert "three months' written notice" in agreement_plain_text(agreement, "en")


def test_references_follow_the_articles_the_answers_leave_out() -> None:
    """Fewer key elements: the confidentiality article moves up and the reference to it
    in the termination clause follows."""
    full = agreement_plain_text(build("customs-police-mou"), "fr")
    short = agreement_plain_text(build("customs-police-mou",
                                       "customs-police-mou-communication"), "fr")
    assert "Les engagements de confidentialité prévus à l'article 4" in full
    assert "Les engagements de confidentialité prévus à l'article 3" in short


def test_customs_police_answers_select_the_key_elements_they_call_for() -> None:
    topics = [n.topic for n in build("customs-police-mou").body]
    assert topics == [
        "objectives", "competences", "information_exchange", "data_protection",
        "risk_analysis", "joint_operations", "interceptions_investigations", "liaison_officers",
        "training", "joint_committee", "emergency_measures", "recognition", "costs",
        "disputes", "amendment_termination", "entry_into_force",
    ]


def test_customs_police_at_communication_level_keeps_only_what_is_called_for() -> None:
    agreement = build("customs-police-mou", "customs-police-mou-communication")
    topics = [n.topic for n in agreement.body]
    for absent in ("risk_analysis", "joint_operations", "interceptions_investigations",
                   "liaison_officers", "training", "joint_committee",
                   "emergency_measures", "recognition", "competences"):
        assert absent not in topics
    assert "information_exchange" in topics
    assert agreement.languages == ["fr"]
    info = next(n for n in agreement.body if n.topic == "information_exchange")
    assert "protocole d'échange sécurisé d'informations déjà conclu" in \
        info.children[1].text["fr"]


def test_customs_police_gap_answers_bring_the_handbook_solutions() -> None:
    agreement = build("customs-police-mou")
    text = agreement_plain_text(agreement, "fr")
    assert "groupes de travail virtuels" in text  # A.14.1 answered no
    assert "centres de fusion, d'agents de liaison ou de correspondants uniques" in text
    assert "Comité de coopération douane-police" in text  # A.17 difficulties
    assert "le chevauchement des contrôles dans les ports" in text
    assert "Le SRE transmet sans délai à la PN" in text  # A.7.1: customs cannot investigate


def test_exchange_of_letters_reply_quotes_and_confirms_the_first_letter() -> None:
    agreement = build("exchange-of-letters")
    assert agreement.kind is AgreementKind.EXCHANGE_OF_LETTERS
    first, second = agreement.body
    assert first.kind is second.kind is NodeKind.LETTER
    view = agreement_view(agreement, "fr")
    assert [letter["label"] for letter in view["letters"]] == ["Lettre n° 1", "Lettre n° 2"]
    quoted = [u["text"] for u in view["letters"][1]["units"] if u["label"]]
    proposed = [u["text"] for u in view["letters"][0]["units"] if u["label"]]
    assert len(quoted) == len(proposed) == 5
    assert quoted[0] == "« " + proposed[0] and quoted[-1] == proposed[-1] + " »"
    assert "entrera en vigueur le jour de votre réponse" in proposed[-1]


def test_framework_agreement_is_binding_with_arbitration_and_entry_into_force() -> None:
    agreement = build("framework-agreement")
    text = agreement_plain_text(agreement, "fr")
    assert "SONT CONVENUES DE CE QUI SUIT" in text
    assert "désigne alors son propre arbitre dans un délai de deux mois" in text
    assert "conclu pour une durée de quatre ans" in text
    assert "visé à l'article 5, paragraphe 2" in text
    assert "specific agreement referred to in Article 5(2)" in \
        agreement_plain_text(agreement, "en")
