"""The library preview shows variants in order, provenance, and escapes text."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from mou_studio.core.library.model import Variant, VariantLevel
from mou_studio.core.library.render import clause_html, diff_html
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.worddiff import word_diff
from tests.core import library_db

# The shared fixture names, served from a once-per-session first-started database.
db = library_db.db
library_template = library_db.library_template


def test_preview_lists_variants_in_order_with_provenance(db: sqlite_utils.Database) -> None:
    clause = LibraryStore(db).get("info-exchange.purpose")
    french = clause_html(clause, "fr")
    assert french.index("1. Position préférée") < french.index("2. Position de repli") < \
        french.index("3. Dernier recours")
    assert "texte de la source" in french
    russian = clause_html(clause, "ru")
    assert "перевод группы, неофициальный" in russian
    assert "Обмен информацией" in russian
    assert "{party_a.short_name}" in russian


def test_preview_escapes_clause_text(db: sqlite_utils.Database) -> None:
    clause = LibraryStore(db).get("info-exchange.purpose")
    hostile = replace(clause, variants=[Variant(VariantLevel.PREFERRED,
                                                {"en": "<script>alert(1)</script>"})])
    assert "<script>" not in clause_html(hostile, "en")


def test_diff_html_marks_both_sides() -> None:
    rendered = diff_html(word_diff("the Parties shall", "the Participants will"))
    assert "line-through\">Parties shall" in rendered
    assert "underline\">Participants will" in rendered
