"""Structure and text edits on the demo MoU: each applies, reverts exactly, and redoes."""

from __future__ import annotations

import pytest

from mou_studio.core.editing import (
    AGREEMENT_TARGET,
    DeleteNode,
    Edit,
    EditError,
    IndentNode,
    InsertNode,
    MergeWithNext,
    MoveNode,
    OutdentNode,
    SetText,
    SplitNode,
    new_child,
)
from mou_studio.core.model import Agreement, NodeKind
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.views import agreement_view


def _round_trip(agreement: Agreement, edit: Edit) -> str:
    """Apply, check revert gives the original back and redo the edited state; return it."""
    original = agreement_to_json(agreement)
    edit.apply(agreement)
    edited = agreement_to_json(agreement)
    assert edited != original
    edit.revert(agreement)
    assert agreement_to_json(agreement) == original
    edit.apply(agreement)
    assert agreement_to_json(agreement) == edited
    return edited


def _labels(agreement: Agreement) -> list[tuple[str, str]]:
    return [(a["label"], a["heading"]) for a in agreement_view(agreement)["articles"]]


def test_moving_article_6_before_article_3_renumbers_and_updates_the_reference(
    demo: Agreement,
) -> None:
    _round_trip(demo, MoveNode("art-6", None, 2))
    labels = _labels(demo)
    assert labels[2] == ("Article 3", "Exception")
    assert labels[3] == ("Article 4", "Échange d'informations")
    assert labels[6] == ("Article 7", "Règlement des différends et des contentieux")


def test_a_reference_to_another_article_follows_the_move(demo: Agreement) -> None:
    demo.body[0].children[0].text["fr"] += " Voir le {{ref:art-5-p3}}."
    MoveNode("art-6", None, 2).apply(demo)
    text = agreement_view(demo)["articles"][0]["paragraphs"][0]
    assert text.endswith("Voir le article 6, paragraphe 3.")


def test_moving_forward_in_the_same_list_lands_where_asked(demo: Agreement) -> None:
    MoveNode("art-1", None, 3).apply(demo)
    assert [a.uid for a in demo.body[:4]] == ["art-2", "art-3", "art-1", "art-4"]


def test_an_article_cannot_go_inside_a_paragraph(demo: Agreement) -> None:
    before = agreement_to_json(demo)
    with pytest.raises(EditError, match="cannot be placed"):
        MoveNode("art-2", "art-1-p1", 0).apply(demo)
    with pytest.raises(EditError, match="inside itself"):
        MoveNode("art-1", "art-1-p1", 0).apply(demo)
    assert agreement_to_json(demo) == before


def test_insert_and_delete(demo: Agreement) -> None:
    paragraph = new_child(demo, "art-8", "fr")
    paragraph.text["fr"] = "Toute résiliation est notifiée par écrit à l'autre Partie."
    _round_trip(demo, InsertNode(paragraph, "art-8"))
    assert len(demo.body[7].children) == 4
    _round_trip(demo, DeleteNode("art-2"))
    assert _labels(demo)[1] == ("Article 2", "Échange d'informations")


def test_indent_makes_a_point_and_outdent_a_paragraph_again(demo: Agreement) -> None:
    _round_trip(demo, IndentNode("art-1-p2"))
    point = demo.body[0].children[0].children[0]
    assert point.kind is NodeKind.POINT
    view = agreement_view(demo)["articles"][0]["units"]
    assert [u["label"] for u in view] == ["1.", "2."]
    assert view[0]["points"][0]["label"] == "a)"
    _round_trip(demo, OutdentNode("art-1-p2"))
    assert [n.uid for n in demo.body[0].children] == ["art-1-p1", "art-1-p2", "art-1-p3"]


def test_indenting_the_first_item_is_refused(demo: Agreement) -> None:
    with pytest.raises(EditError, match="nothing precedes"):
        IndentNode("art-1-p1").apply(demo)


def test_split_then_merge(demo: Agreement) -> None:
    text = demo.body[4].children[4].text["fr"]
    cut = text.index("Ces accords")
    split = SplitNode("art-5-p5", "fr", cut)
    _round_trip(demo, split)
    article = agreement_view(demo)["articles"][4]
    assert len(article["paragraphs"]) == 7
    assert article["paragraphs"][5].startswith("Ces accords spécifiques")
    merge = MergeWithNext("art-5-p5")
    _round_trip(demo, merge)
    assert agreement_view(demo)["articles"][4]["paragraphs"][4] == text


def test_set_text_on_a_node_the_title_and_a_recital(demo: Agreement) -> None:
    fix = demo.body[4].children[0].text["fr"].replace("CARRIC", "CARICC")
    _round_trip(demo, SetText("art-5-p1", "text", "fr", fix))
    assert "CARRIC " not in agreement_view(demo)["articles"][4]["paragraphs"][0]
    _round_trip(demo, SetText(AGREEMENT_TARGET, "title", "fr", "PROTOCOLE"))
    _round_trip(demo, SetText("rec-1", "text", "fr", "Considérant…"))
    _round_trip(demo, SetText("art-9", "heading", "en", "Coming into effect"))


def test_set_text_on_an_unknown_node_is_an_edit_error(demo: Agreement) -> None:
    with pytest.raises(EditError, match="no node"):
        SetText("nope", "text", "fr", "x").apply(demo)


def test_a_party_short_name_edit_changes_every_signature_and_reverts(demo: Agreement) -> None:
    _round_trip(demo, SetText("party-caricc", "short_name", "fr", "le CARICC"))
    view = agreement_view(demo)
    assert view["parties"][1]["short_form"] == "le CARICC"
    assert view["signatures"][1]["party"] == "le CARICC"
    with pytest.raises(EditError, match="a party has no text field"):
        SetText("party-omd", "heading", "fr", "x").apply(demo)
