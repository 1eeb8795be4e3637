"""Inserting library clauses into agreements and reporting outdated wordings."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.cli import main
from mou_studio.core.errors import LibraryError
from mou_studio.core.library.model import ClauseStatus, Variant
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.usage import clause_article, insert_clause, outdated_uses
from mou_studio.core.library.worddiff import DELETE, EQUAL, INSERT, diff_as_text, word_diff
from mou_studio.core.model import Agreement
from mou_studio.core.numbering import Numbering
from mou_studio.core.storage import AgreementStore
from tests.core import library_db

# The shared fixture names, served from a once-per-session first-started database.
db = library_db.db
library_template = library_db.library_template


@pytest.fixture
def library(db: sqlite_utils.Database) -> LibraryStore:
    return LibraryStore(db)


def _reword(library: LibraryStore, clause_id: str, old: str, new: str,
            status: ClauseStatus = ClauseStatus.APPROVED) -> None:
    clause = library.get(clause_id)
    variants = [Variant(v.level, {k: t.replace(old, new) for k, t in v.text.items()}, v.note)
                for v in clause.variants]
    library.edit(replace(clause, variants=variants, status=status), clause.version)


def test_an_inserted_clause_is_filled_and_remembers_its_source(
        demo: Agreement, library: LibraryStore) -> None:
    clause = library.get("termination.notice")
    article = clause_article(clause, demo, 0, {"notice_period": "3 months"})
    insert_clause(demo, article)
    assert Numbering(demo).label(article, "fr") == "Article 10"
    assert article.heading == {"fr": "Résiliation"}
    assert article.children[0].text["fr"] == (
        "Chaque Partie est en mesure de résilier le présent Protocole d'Accord en donnant "
        "un préavis de trois mois.")
    assert article.clause_ref is not None
    assert (article.clause_ref.clause_id, article.clause_ref.version) == (clause.id, 1)


def test_a_multi_paragraph_clause_becomes_numbered_paragraphs(
        demo: Agreement, library: LibraryStore) -> None:
    article = clause_article(library.get("disputes.arbitration"), demo)
    assert len(article.children) == 4
    assert article.children[2].text["fr"].startswith("La décision de la cour arbitrale")


def test_withdrawn_or_untranslated_clauses_are_not_inserted(
        demo: Agreement, library: LibraryStore) -> None:
    library.set_status("exception.essential-interests", ClauseStatus.WITHDRAWN)
    with pytest.raises(LibraryError, match="withdrawn"):
        clause_article(library.get("exception.essential-interests"), demo)
    clause = library.get("amendment.consultation")
    french_only = replace(clause, variants=[Variant(v.level, {"en": v.text["en"]}, v.note)
                                            for v in clause.variants])
    with pytest.raises(LibraryError, match="no fr text"):
        clause_article(french_only, demo)


def test_outdated_lists_agreements_whose_clause_has_a_newer_approved_version(
        store: AgreementStore, demo: Agreement, library: LibraryStore) -> None:
    article = clause_article(library.get("info-exchange.purpose"), demo)
    insert_clause(demo, article)
    store.save(1, demo)
    assert outdated_uses(store, library) == []

    _reword(library, "info-exchange.purpose", "criminalité internationale",
            "criminalité internationale, dans le respect des règles de protection des données",
            status=ClauseStatus.DRAFT)
    assert outdated_uses(store, library) == []  # a draft is not policy yet

    library.set_status("info-exchange.purpose", ClauseStatus.APPROVED)
    # The demo's own Article 3, paragraph 1, linked at first start, is outdated too.
    demo_use, use = outdated_uses(store, library)
    assert demo_use.node_uid == "art-3-p1"
    assert (use.agreement_id, use.node_uid, use.node_label) == (1, article.uid, "Article 10")
    assert (use.used_version, use.latest_version, use.lang) == (1, 3, "fr")
    inserted = "".join(text for op, text in use.diff if op == INSERT)
    assert inserted == ", dans le respect des règles de protection des données"
    assert all(op != DELETE for op, _ in use.diff)


def test_word_diff_never_splits_words() -> None:
    diff = word_diff("les Parties se consultent", "les Participants se consultent")
    assert diff == [(EQUAL, "les "), (DELETE, "Parties"), (INSERT, "Participants"),
                    (EQUAL, " se consultent")]
    assert diff_as_text(diff) == "les [-Parties-]{+Participants+} se consultent"


def test_word_diff_of_a_long_text_stays_word_level() -> None:
    words = [f"mot{n}" for n in range(20_000)]
    changed = list(words)
    changed[10_000] = "changé"
    diff = word_diff(" ".join(words), " ".join(changed))
    assert [(op, text) for op, text in diff if op != EQUAL] == [
        (DELETE, "mot10000"), (INSERT, "changé")]


def _cli(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "library", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_edit_then_outdated(capsys: pytest.CaptureFixture[str], db_path: Path,
                                tmp_path: Path) -> None:
    assert _cli(capsys, db_path, "insert", "info-exchange.purpose", "1")[0] == 0
    code, out, _ = _cli(capsys, db_path, "show", "info-exchange.purpose", "--json")
    data = json.loads(out)
    assert [v["level"] for v in data["variants"]] == ["preferred", "fallback", "last_resort"]
    data["variants"][0]["text"]["fr"] = data["variants"][0]["text"]["fr"].replace(
        "l'ensemble des", "toutes les")
    edited = tmp_path / "clause.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = _cli(capsys, db_path, "edit", "info-exchange.purpose", str(edited))
    assert code == 0 and "version 2" in out and "version 1 is kept" in out

    code, out, _ = _cli(capsys, db_path, "outdated", "--json")
    _, use = json.loads(out)  # the demo's linked paragraph, then the inserted article
    assert (use["agreement_id"], use["clause_id"], use["used_version"],
            use["latest_version"]) == (1, "info-exchange.purpose", 1, 2)
    code, out, _ = _cli(capsys, db_path, "outdated")
    assert "[-l'ensemble des-]{+toutes les+}" in out

    code, _, err = _cli(capsys, db_path, "edit", "info-exchange.purpose", str(edited))
    assert code == 2 and "changed since version 1" in err


def test_cli_search_json_and_errors(capsys: pytest.CaptureFixture[str], db_path: Path,
                                    tmp_path: Path) -> None:
    code, out, _ = _cli(capsys, db_path, "search", "differends", "--lang", "fr", "--json")
    hits = json.loads(out)
    assert hits[0]["clause_id"] == "disputes.referral-to-heads"
    assert "[différends]" in hits[0]["highlighted_title"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x.y", "topic": "costs", "title": {}, "variants": []}',
                   encoding="utf-8")
    code, _, err = _cli(capsys, db_path, "add", str(bad))
    assert code == 2 and "needs a title" in err and "Traceback" not in err
    code, _, err = _cli(capsys, db_path, "import", str(bad))
    assert code == 2 and "not a MoU Studio clause pack" in err


def test_outdated_diff_shows_the_language_that_changed(
        store: AgreementStore, demo: Agreement, library: LibraryStore) -> None:
    insert_clause(demo, clause_article(library.get("info-exchange.purpose"), demo))
    store.save(1, demo)
    _reword(library, "info-exchange.purpose", "on international crime",
            "on international crime, in accordance with data-protection rules")
    use = outdated_uses(store, library)[-1]  # after the demo's own linked paragraph
    assert use.changed_languages == ("en",)
    assert use.lang == "en"
    assert "".join(t for op, t in use.diff if op == INSERT) == (
        ", in accordance with data-protection rules")
