"""Word diffs are exact: joined back, each side is the text it came from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mou_studio.core.compare.words import WordDiffer, new_text, old_text

WORDS = st.sampled_from(["la", "Partie", "six", "trois", "mois", ",", ".", " ", "\n",
                         "préavis", "Статья", ";", "  "])
TEXTS = st.lists(WORDS, max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS)
def test_word_diff_gives_back_both_texts(old: str, new: str) -> None:
    diff = WordDiffer().diff(old, new)
    assert old_text(diff) == old
    assert new_text(diff) == new


@settings(max_examples=20, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=8), st.integers(0, 400), st.data())
def test_long_texts_diff_by_sentences_then_words(edits, where, data) -> None:
    base = " ".join(f"La Partie {n} notifie le préavis de trois mois." for n in range(400))
    old = base
    new = base[:where * 40] + data.draw(TEXTS) + base[where * 40:]
    diff = WordDiffer().diff(old, new)
    assert old_text(diff) == old
    assert new_text(diff) == new


def test_one_word_change_in_a_long_text_is_one_word():
    base = " ".join(f"La Partie {n} notifie le préavis de trois mois." for n in range(400))
    changed = base.replace("Partie 200 notifie", "Partie 200 signifie")
    edits = [(op, text) for op, text in WordDiffer().diff(base, changed) if op]
    assert edits == [(-1, "notifie"), (1, "signifie")]
