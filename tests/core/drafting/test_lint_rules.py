"""The linter on the demo (seed 000), on built agreements and on slips made on purpose."""

from __future__ import annotations

import copy

import pytest

from mou_studio.core.errors import MouStudioError
from mou_studio.core.lint import (
    Finding,
    Severity,
    apply_fix,
    fix_edit,
    has_errors,
    lint_agreement,
)
from mou_studio.core.model import (
    Agreement,
    AgreementKind,
    Node,
    NodeKind,
    Register,
    SignatureBlock,
    ref_token,
)
from mou_studio.core.tasks import Cancelled, TaskControl
from tests.core.drafting.helpers import build


def by_rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def test_demo_carric_is_found_with_the_fix_caricc(demo: Agreement) -> None:
    findings = lint_agreement(demo)
    [slip] = by_rule(findings, "short-name-misspelt")
    assert slip.severity is Severity.ERROR and slip.node_uid == "art-5-p1"
    assert slip.fix is not None and (slip.fix.old, slip.fix.new) == ("CARRIC", "CARICC")
    apply_fix(demo, slip.fix)
    assert "à la disposition de CARICC la plateforme" in demo.find("art-5-p1").text["fr"]
    assert not by_rule(lint_agreement(demo), "short-name-misspelt")


def test_demo_reports_its_treaty_formulas_and_nothing_absurd(demo: Agreement) -> None:
    findings = lint_agreement(demo)
    warnings = {(f.place.key() if f.place else None, f.fix.old if f.fix else None)
                for f in findings if f.severity is Severity.WARNING}
    assert warnings == {
        ("enacting/formula", "Sont convenus de ce qui suit"),
        ("node:art-9/heading", "Entrée en vigueur"),
        ("node:art-9-p1/text", "entrera en vigueur"),
        ("testimonium/text", "faisant également foi"),
    }
    # Its final clauses are all there, its one reference resolves, its short names are
    # defined in the preamble, its two originals match its two signatories.
    for rule in ("final-clause-missing", "reference-dangling", "reference-stale",
                 "short-name-before-definition", "testimonium-originals", "placeholder"):
        assert not by_rule(findings, rule), rule
    assert [f.severity for f in findings].count(Severity.ERROR) == 1


def test_parties_in_an_mou_is_info_without_an_automatic_fix(demo: Agreement) -> None:
    parties = [f for f in by_rule(lint_agreement(demo), "register-wording")
               if "“Parties”" in str(f.message)]
    assert parties and all(f.severity is Severity.INFO and f.fix is None for f in parties)


def test_language_versions_that_disagree_on_a_duration() -> None:
    agreement = build("io-cooperation-mou")
    notice = next(n for n in agreement.walk() if "trois mois" in n.text.get("fr", ""))
    notice.text["en"] = notice.text["en"].replace("three months'", "six months'")
    [finding] = by_rule(lint_agreement(agreement), "versions-disagree")
    assert finding.node_uid == notice.uid and finding.severity is Severity.ERROR
    assert "3 month in fr" in str(finding.message) and "6 month in en" in str(finding.message)


def test_language_versions_with_a_missing_translation() -> None:
    agreement = build("io-cooperation-mou")
    node = agreement.articles()[2].children[0]
    del node.text["en"]
    [finding] = by_rule(lint_agreement(agreement), "versions-missing-text")
    assert finding.node_uid == node.uid and finding.lang == "en"


def test_same_durations_in_words_and_digits_agree() -> None:
    agreement = build("io-cooperation-mou")
    node = agreement.articles()[0].children[0]
    node.text["fr"] = "Un délai de trois mois, signé le 19 mars 2010, article 12."
    node.text["en"] = "A period of 3 months, signed on 19 March 2010, Article 12."
    assert not by_rule(lint_agreement(agreement), "versions-disagree")


def test_in_duplicate_with_three_signatories(demo: Agreement) -> None:
    demo.signatures.append(SignatureBlock(caption={"fr": "Pour l'ONUDC"}))
    [finding] = by_rule(lint_agreement(demo), "testimonium-originals")
    assert "(2) but 3 signatories" in str(finding.message)


def test_testimonium_that_omits_a_language_the_agreement_has() -> None:
    agreement = build("io-cooperation-mou")
    agreement.testimonium["en"] = agreement.testimonium["en"].replace(
        "in the English and French languages", "in the English language")
    findings = by_rule(lint_agreement(agreement), "testimonium-languages")
    assert [(f.severity, f.lang) for f in findings] == [(Severity.WARNING, "en")]


def test_dangling_reference_after_a_deletion(demo: Agreement) -> None:
    article = demo.articles()[6]
    article.children.pop(0)  # paragraph 1 of Article 7, referred to by paragraph 2
    [finding] = by_rule(lint_agreement(demo), "reference-dangling")
    assert finding.severity is Severity.ERROR and finding.node_uid == "art-7-p2"


def test_literal_reference_to_an_article_that_does_not_exist(demo: Agreement) -> None:
    demo.find("art-8-p1").text["fr"] += " Voir l'article 12 et l'article 3 du traité."
    [finding] = by_rule(lint_agreement(demo), "reference-stale")
    assert "“article 12”" in str(finding.message) and finding.node_uid == "art-8-p1"


def test_literal_numbering_gap_and_duplicate(demo: Agreement) -> None:
    articles = demo.articles()
    articles[3].literal_number = "5"  # imported as « Article 5 » twice, no Article 4
    articles[4].literal_number = "5"
    findings = by_rule(lint_agreement(demo), "numbering-literal")
    messages = sorted(str(f.message) for f in findings)
    assert messages == ["numbering jumps from 3 to 5: article 4 is missing",
                        "two articles are numbered 5"]


def test_missing_final_clauses_and_signatures() -> None:
    agreement = build("io-cooperation-mou")
    agreement.body = [n for n in agreement.body
                      if n.topic not in ("amendment_termination", "disputes")]
    agreement.signatures.clear()
    messages = [str(f.message) for f in by_rule(lint_agreement(agreement),
                                           "final-clause-missing")]
    assert messages == ["no amendment clause found for an MoU",
                        "no termination with notice clause found for an MoU",
                        "no settlement of differences clause found for an MoU",
                        "no signature blocks"]


@pytest.mark.parametrize("debris", ["[ ]", "XX", "TBD", "…", "{{party_c.name}}", "[date]"])
def test_placeholders_and_debris(demo: Agreement, debris: str) -> None:
    demo.find("art-2-p1").text["fr"] += f" Le {debris} convient."
    [finding] = by_rule(lint_agreement(demo), "placeholder")
    assert finding.node_uid == "art-2-p1" and debris in str(finding.message)


def test_mou_wording_in_a_binding_agreement() -> None:
    agreement = build("framework-agreement")
    node = agreement.articles()[0].children[0]
    node.text["en"] = "This Agreement will come into effect on signature."
    node.text["fr"] = "Les versions ont la même valeur."
    findings = by_rule(lint_agreement(agreement), "register-wording")
    fixes = {(f.fix.old, f.fix.new) for f in findings if f.fix}
    assert fixes == {("come into effect", "enter into force"),
                     ("ont la même valeur", "font également foi")}


def test_russian_treaty_wording_in_an_mou() -> None:
    agreement = Agreement(kind=AgreementKind.MOU, register=Register.NON_BINDING,
                          languages=["ru"])
    agreement.body = [Node(NodeKind.ARTICLE, children=[Node(NodeKind.PARAGRAPH, text={
        "ru": "Каждая Сторона обязуется информировать другую. Меморандум вступает в силу "
              "с даты подписания."})])]
    findings = by_rule(lint_agreement(agreement), "register-wording")
    found = {str(f.message).split("“")[1].split("”")[0]: f for f in findings}
    assert set(found) == {"обязуется", "вступает в силу"}
    fix = found["вступает в силу"].fix
    assert fix is not None and fix.new == "начинает применяться"
    assert found["обязуется"].fix is None  # «намерена» needs the right gender


def test_fix_refused_when_the_text_changed(demo: Agreement) -> None:
    [slip] = by_rule(lint_agreement(demo), "short-name-misspelt")
    assert slip.fix is not None
    demo.find("art-5-p1").text["fr"] = "Texte réécrit."
    before = copy.deepcopy(demo)
    with pytest.raises(MouStudioError, match="changed since"):
        apply_fix(demo, slip.fix)
    assert demo == before


def test_cross_reference_tokens_are_not_read_as_words_or_numbers() -> None:
    agreement = build("io-cooperation-mou")
    node = agreement.articles()[0].children[0]
    target = agreement.articles()[1].uid
    node.text["fr"] += " Voir " + ref_token(target) + "."
    node.text["en"] += " See " + ref_token(target) + "."
    assert not has_errors(lint_agreement(agreement))


def test_quick_fix_as_an_undoable_edit(demo: Agreement) -> None:
    findings = lint_agreement(demo)
    fixes = [f.fix for f in findings if f.fix]
    before = copy.deepcopy(demo)
    edits = [fix_edit(demo, fix) for fix in fixes]
    for edit in edits:
        edit.apply(demo)
    assert demo.testimonium["fr"].endswith("les trois textes ayant la même valeur.")
    assert demo.enacting_formula["fr"] == "Sont parvenus à l'entente suivante :"
    assert not has_errors(lint_agreement(demo))
    for edit in reversed(edits):
        edit.revert(demo)
    assert demo == before


def test_no_false_alarm_on_article_premier_and_number_spellings() -> None:
    agreement = build("io-cooperation-mou")
    node = agreement.articles()[0].children[0]
    node.text["fr"] = "Selon l'article premier, 1 000 euros, soit 2,5 %, le 1er janvier 2005."
    node.text["en"] = "Under Article 1, EUR 1,000, that is 2.5%, on 1 January 2005."
    assert not by_rule(lint_agreement(agreement), "versions-disagree")
    node.text["en"] = "Under Article 1, EUR 1,500, that is 2.5%, on 1 January 2005."
    [finding] = by_rule(lint_agreement(agreement), "versions-disagree")
    assert "1000 in fr" in str(finding.message) and "1500 in en" in str(finding.message)


def test_a_name_defined_by_quoting_it_is_defined() -> None:
    agreement = build("io-cooperation-mou")
    agreement.preamble_intro["en"] = ("The World Customs Organization (the “WCO”) and the "
                                      "Central Asian Centre (“CARICC”):")
    assert not by_rule(lint_agreement(agreement), "short-name-before-definition")


def test_another_acronym_close_to_a_short_name_is_not_a_slip() -> None:
    agreement = build("io-cooperation-mou")
    node = agreement.articles()[0].children[0]
    node.text["en"] += " CARICC works with CARIC-X and with CAREC."
    node.text["fr"] += " CARICC travaille avec CAREC."
    assert not by_rule(lint_agreement(agreement), "short-name-misspelt")


def test_lint_reports_progress_and_can_be_cancelled(demo: Agreement) -> None:
    seen: list[tuple[int, int, str]] = []
    control = TaskControl(lambda done, total, message: seen.append((done, total, message)))
    lint_agreement(demo, control=control)
    assert seen[0][:2] == (0, 7) and seen[-1][:2] == (7, 7)
    assert "short_names" in seen[0][2]

    def cancel_at_third(done: int, _total: int, _message: str) -> None:
        if done == 2:
            control.cancel()

    control = TaskControl(cancel_at_third)
    with pytest.raises(Cancelled):
        lint_agreement(demo, control=control)


@pytest.mark.parametrize(("lang", "testimonium"), [
    ("fr", "Fait à Genève, en deux exemplaires originaux, en langue française."),
    ("en", "Done at Geneva in duplicate, in the English language."),
    ("ru", "Совершено в Женеве в двух экземплярах на русском языке."),
])
def test_two_originals_for_three_signatories_in_each_language(lang: str,
                                                             testimonium: str) -> None:
    agreement = Agreement(languages=[lang], testimonium={lang: testimonium},
                          signatures=[SignatureBlock() for _ in range(3)])
    [finding] = by_rule(lint_agreement(agreement), "testimonium-originals")
    assert "(2) but 3 signatories" in str(finding.message)
    assert not by_rule(lint_agreement(agreement), "testimonium-languages")


def test_literal_reference_to_a_paragraph_this_article_lacks(demo: Agreement) -> None:
    demo.find("art-7-p2").text["fr"] += " Voir aussi le paragraphe 3 du présent article."
    [finding] = by_rule(lint_agreement(demo), "reference-stale")
    assert finding.node_uid == "art-7-p2" and "no paragraph 3" in str(finding.message)
    demo.find("art-7-p2").text["fr"] = demo.find("art-7-p2").text["fr"].replace(
        "paragraphe 3", "paragraphe 1")
    assert not by_rule(lint_agreement(demo), "reference-stale")
