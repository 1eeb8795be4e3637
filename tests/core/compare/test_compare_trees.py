"""compare() on agreement trees: the negotiated seed-000 MoU and classic edits."""

from __future__ import annotations

import copy

import pytest
from compare_scenarios import INSERTED_PARAGRAPH, demo_agreement, negotiated

from mou_studio.core.compare import ChangeKind, CompareCancelled, CompareOptions, compare
from mou_studio.core.errors import MouStudioError
from mou_studio.core.model import Agreement, Node, NodeKind


def _changed(agreement_pair: tuple[Agreement, Agreement],
             options: CompareOptions | None = None) -> list[dict[str, object]]:
    old, new = agreement_pair
    data = compare(old, new, options).to_json()
    return [c for c in data["changes"] if c["kind"] != "unchanged"]


def _labels(change: dict[str, object]) -> tuple[str | None, str | None]:
    old, new = change["old"], change["new"]
    return (old["label"] if old else None, new["label"] if new else None)  # type: ignore[index]


@pytest.fixture
def pair() -> tuple[Agreement, Agreement]:
    original = demo_agreement()
    return original, negotiated(original)


def test_negotiated_version_reports_exactly_what_changed(pair):
    changes = _changed(pair)
    assert [(c["kind"], *_labels(c)) for c in changes] == [
        ("moved", "Article 6", "Article 3"),
        ("renumbered", "Article 3", "Article 4"),
        ("renumbered", "Article 4", "Article 5"),
        ("reworded", "Article 5", "Article 6"),
        ("reworded", "Article 8", "Article 8"),
    ]


def test_reworded_articles_show_word_level_edits(pair):
    caricc, article_8 = _changed(pair)[3:]
    assert [w for w in caricc["words"] if w[0] != 0] == [[-1, "CARRIC"], [1, "CARICC"]]
    lines_8 = [(line["kind"], line["old"] and line["old"]["label"],
                line["new"] and line["new"]["label"]) for line in article_8["lines"]]
    assert lines_8 == [("reworded", "3.", "3."), ("inserted", None, "4.")]
    assert [w for w in article_8["lines"][0]["words"] if w[0] != 0] == [
        [-1, "trois"], [1, "six"]]
    assert article_8["lines"][1]["new"]["text"] == INSERTED_PARAGRAPH


def test_summary_counts_each_clause_once(pair):
    old, new = pair
    summary = compare(old, new).summary()
    assert {k: v for k, v in summary.items() if k != "unchanged"} == {
        "reworded": 2, "renumbered": 2, "moved": 1, "moved_reworded": 0,
        "inserted": 0, "deleted": 0,
    }
    # title, 2 parties, heading, intro, 8 recitals, formula, 4 articles, testimonium,
    # 2 signature blocks, 1 footnote
    assert summary["unchanged"] == 22


def test_identical_versions_are_identical():
    original = demo_agreement()
    result = compare(original, copy.deepcopy(original))
    assert result.identical
    assert result.summary()["unchanged"] == len(result.changes)


def test_ignore_renumbering_leaves_only_the_move_and_the_edits(pair):
    kinds = [c["kind"] for c in _changed(pair, CompareOptions(ignore_renumbering=True))]
    assert kinds == ["moved", "reworded", "reworded"]


def test_ignore_case_and_punctuation():
    original = demo_agreement()
    version = copy.deepcopy(original)
    paragraph = version.body[0].children[0]
    paragraph.text["fr"] = paragraph.text["fr"].upper()
    version.body[1].children[0].text["fr"] = version.body[1].children[0].text["fr"].replace(
        ".", " ;")
    assert len(_changed((original, version))) == 2
    assert len(_changed((original, version), CompareOptions(ignore_case=True))) == 1
    both = CompareOptions(ignore_case=True, ignore_whitespace=True)
    assert _changed((original, version), both) == []


def test_deleted_article_renumbers_the_rest_without_rewording():
    original = demo_agreement()
    version = copy.deepcopy(original)
    del version.body[3]  # Article 4
    changes = _changed((original, version))
    assert [(c["kind"], *_labels(c)) for c in changes] == [
        ("deleted", "Article 4", None),
        ("renumbered", "Article 5", "Article 4"),
        ("renumbered", "Article 6", "Article 5"),
        ("renumbered", "Article 7", "Article 6"),
        ("renumbered", "Article 8", "Article 7"),
        ("renumbered", "Article 9", "Article 8"),
    ]


def test_bis_article_is_inserted_and_nothing_renumbered():
    original = demo_agreement()
    version = copy.deepcopy(original)
    version.body[3].literal_number = "4"
    version.body.insert(4, Node(
        NodeKind.ARTICLE, literal_number="4 bis", heading={"fr": "Formation"},
        children=[Node(NodeKind.PARAGRAPH, text={"fr": "Les Parties organisent des "
                                                 "formations conjointes."})]))
    changes = _changed((original, version))
    assert [(c["kind"], *_labels(c)) for c in changes] == [
        ("inserted", None, "Article 4 bis")]


def test_moved_and_reworded_article():
    original = demo_agreement()
    version = copy.deepcopy(original)
    moved = version.body.pop(6)  # Article 7, two paragraphs
    moved.children[0].text["fr"] = moved.children[0].text["fr"].replace(
        "Tout différend", "Chaque différend")
    version.body.insert(1, moved)
    changes = _changed((original, version))
    assert changes[0]["kind"] == "moved_reworded"
    assert _labels(changes[0]) == ("Article 7", "Article 2")
    assert {c["kind"] for c in changes[1:]} == {"renumbered"}


def test_long_text_is_diffed_word_by_word_not_replaced_whole():
    original = demo_agreement()
    version = copy.deepcopy(original)
    long_text = " ".join(["la coopération douanière régionale"] * 3000)
    original.body[0].children[0].text["fr"] = long_text
    version.body[0].children[0].text["fr"] = long_text.replace("régionale", "mondiale", 1)
    change = next(c for c in compare(original, version).changes if c.is_change)
    line = next(lc for lc in change.lines if lc.kind is ChangeKind.REWORDED)
    edits = [(op, text) for op, text in line.words if op != 0]
    assert edits == [(-1, "régionale"), (1, "mondiale")]


def test_title_recitals_and_signatures_are_compared():
    original = demo_agreement()
    version = copy.deepcopy(original)
    version.title["fr"] = "PROTOCOLE D'ACCORD CONCERNANT LA COOPERATION DOUANIERE"
    del version.recitals[2]
    version.signatures[1].signatory = "B. Sarsekov"
    result = compare(original, version)
    kinds = {(c.kind, (c.old or c.new).section) for c in result.reported() if c.is_change}
    assert kinds == {(ChangeKind.REWORDED, "title"), (ChangeKind.DELETED, "recital"),
                     (ChangeKind.REWORDED, "signature")}


def test_progress_and_cancel():
    original = demo_agreement()
    seen: list[tuple[int, int]] = []
    compare(original, negotiated(original), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    with pytest.raises(CompareCancelled):
        compare(original, negotiated(original), cancelled=lambda: True)


def test_missing_language_is_a_clear_error():
    original = demo_agreement()
    with pytest.raises(MouStudioError, match="no 'en' text"):
        compare(original, original, lang="en")


def test_clause_words_give_back_both_texts(pair):
    for change in compare(*pair).changes:
        old = "".join(t for op, t in change.words if op != 1)
        new = "".join(t for op, t in change.words if op != -1)
        assert old == (change.old.text() if change.old else "")
        assert new == (change.new.text() if change.new else "")


def test_unnumbered_paragraphs_have_no_label():
    from compare_scenarios import flat_agreement

    from mou_studio.core.compare import agreement_clauses

    clauses = agreement_clauses(flat_agreement(["Titre", "Un.", "Deux."]), "fr")
    assert [(c.label, c.text()) for c in clauses[1:]] == [("", "Un."), ("", "Deux.")]


def test_a_party_is_followed_by_its_short_name():
    original = demo_agreement()
    version = copy.deepcopy(original)
    version.parties[0].name["fr"] = "Conseil de coopération douanière (OMD), Bruxelles"
    changes = _changed((original, version))
    assert [(c["kind"], *_labels(c)) for c in changes] == [("reworded", "l'OMD", "l'OMD")]
