"""Labels and cross-references are computed from position, in FR, EN and RU."""

from __future__ import annotations

import copy

from mou_studio.core.model import Agreement, Node, NodeKind, ref_token
from mou_studio.core.numbering import Numbering, point_letter, roman
from mou_studio.core.views import agreement_view


def _article(uid: str, paragraphs: int = 3) -> Node:
    return Node(
        NodeKind.ARTICLE,
        uid=uid,
        heading={"fr": f"Titre {uid}", "en": f"Heading {uid}", "ru": f"Заголовок {uid}"},
        children=[
            Node(NodeKind.PARAGRAPH, uid=f"{uid}-{i}", text={"fr": "x", "en": "x", "ru": "x"})
            for i in range(1, paragraphs + 1)
        ],
    )


def _agreement(count: int = 7) -> Agreement:
    return Agreement(languages=["fr", "en", "ru"],
                     body=[_article(f"a{i}") for i in range(1, count + 1)])


def test_article_labels_in_each_language() -> None:
    agreement = _agreement(3)
    numbering = Numbering(agreement)
    first, second = agreement.body[0], agreement.body[1]
    assert numbering.label(first, "fr") == "Article premier"
    assert numbering.label(second, "fr") == "Article 2"
    assert numbering.label(first, "en") == "Article 1"
    assert numbering.label(second, "ru") == "Статья 2"


def test_paragraph_and_point_labels() -> None:
    agreement = _agreement(1)
    paragraph = agreement.body[0].children[1]
    paragraph.children = [Node(NodeKind.POINT, uid=f"pt{i}") for i in range(3)]
    numbering = Numbering(agreement)
    assert numbering.label(paragraph, "fr") == "2."
    assert [numbering.label(p, "en") for p in paragraph.children] == ["a)", "b)", "c)"]


def test_unnumbered_paragraph_has_no_label_and_does_not_count() -> None:
    agreement = _agreement(1)
    agreement.body[0].children[0].numbered = False
    numbering = Numbering(agreement)
    labels = [numbering.label(p, "fr") for p in agreement.body[0].children]
    assert labels == ["", "1.", "2."]


def test_literal_number_is_kept_and_the_next_article_continues_from_the_integer() -> None:
    agreement = _agreement(3)
    agreement.body.insert(2, _article("bis"))
    agreement.body[2].literal_number = "2 bis"
    numbering = Numbering(agreement)
    assert [numbering.label(a, "fr") for a in agreement.body] == [
        "Article premier", "Article 2", "Article 2 bis", "Article 3"]


def test_articles_are_numbered_through_chapters() -> None:
    agreement = _agreement(0)
    agreement.body = [
        Node(NodeKind.CHAPTER, uid="c1", children=[_article("a1"), _article("a2")]),
        Node(NodeKind.CHAPTER, uid="c2", children=[_article("a3")]),
    ]
    numbering = Numbering(agreement)
    assert numbering.label(agreement.body[1], "fr") == "Chapitre II"
    assert numbering.label(agreement.body[1].children[0], "en") == "Article 3"


def test_references_render_in_each_language() -> None:
    agreement = _agreement(6)
    numbering = Numbering(agreement)
    assert numbering.reference("a5-3", "fr") == "article 5, paragraphe 3"
    assert numbering.reference("a5-3", "en") == "Article 5(3)"
    assert numbering.reference("a5-3", "en", form="long") == "paragraph 3 of Article 5"
    assert numbering.reference("a5-3", "ru") == "пункт 3 статьи 5"
    assert numbering.reference("a1", "fr") == "article premier"
    assert numbering.reference("a5", "ru", form="gen") == "статьи 5"


def test_reference_inside_the_same_article_reads_as_this_article() -> None:
    agreement = _agreement(7)
    numbering = Numbering(agreement)
    assert numbering.reference("a7-1", "fr", context_uid="a7-2") == (
        "paragraphe 1 du présent article")
    assert numbering.reference("a7-1", "en", context_uid="a7-2") == (
        "paragraph 1 of this Article")
    assert numbering.reference("a7-1", "ru", context_uid="a7-2") == "пункт 1 настоящей статьи"


def test_moving_article_6_before_article_3_renumbers_labels_and_references() -> None:
    agreement = _agreement(7)
    agreement.body[0].children[0].text = {
        "fr": f"Voir l'{ref_token('a5-3')} et l'{ref_token('a6')}.",
        "en": f"See {ref_token('a5-3')} and {ref_token('a6')}.",
    }
    before = agreement_view(agreement, "fr")["articles"][0]["paragraphs"][0]
    assert before == "Voir l'article 5, paragraphe 3 et l'article 6."

    moved = copy.deepcopy(agreement)
    article_6 = moved.body.pop(5)
    moved.body.insert(2, article_6)

    view = agreement_view(moved, "fr")
    assert [a["label"] for a in view["articles"]][2:7] == [
        "Article 3", "Article 4", "Article 5", "Article 6", "Article 7"]
    assert view["articles"][2]["heading"] == "Titre a6"
    assert view["articles"][5]["heading"] == "Titre a5"
    assert view["articles"][0]["paragraphs"][0] == (
        "Voir l'article 6, paragraphe 3 et l'article 3.")
    english = agreement_view(moved, "en")["articles"][0]["paragraphs"][0]
    assert english == "See Article 6(3) and Article 3."


def test_reference_to_a_deleted_node_is_visible_not_silent() -> None:
    agreement = _agreement(2)
    agreement.body[0].children[0].text = {"en": f"See {ref_token('gone')}."}
    assert agreement_view(agreement, "en")["articles"][0]["paragraphs"][0] == (
        "See [missing reference].")


def test_roman_and_point_letters() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 1990)] == [
        "I", "IV", "IX", "XIV", "XL", "MCMXC"]
    assert [point_letter(n) for n in (1, 26, 27)] == ["a", "z", "aa"]
