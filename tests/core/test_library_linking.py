"""Recognising library wordings in agreements and linking them (clause_ref)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.cli import main
from mou_studio.core.demo import load_sample
from mou_studio.core.firststart import populate_first_start
from mou_studio.core.library.linking import (
    LinkClauses,
    MissReason,
    approved_clauses,
    find_links,
    link_stored,
    normalise,
)
from mou_studio.core.library.model import ClauseStatus, Variant
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.usage import clause_article, insert_clause, outdated_uses
from mou_studio.core.model import Agreement
from mou_studio.core.paths import project_root
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.storage import AgreementStore, open_database
from tests.core import library_db

db = library_db.db
library_template = library_db.library_template

SAMPLE = project_root() / "templates" / "samples" / "wco-caricc-2010.json"


@pytest.fixture
def library(db: sqlite_utils.Database) -> LibraryStore:
    return LibraryStore(db)


def _linked(agreement: Agreement) -> dict[str, str]:
    return {n.uid: n.clause_ref.clause_id for n in agreement.walk() if n.clause_ref}


def test_first_start_links_the_demo_to_the_library(tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh.db")
    populate_first_start(database, project_root())
    store = AgreementStore(database)
    demo = store.get(1)
    linked = _linked(demo)
    assert len(linked) == 19
    assert linked["art-2"] == "contacts.contact-persons"  # a one-paragraph article
    assert linked["art-7-p2"] == "disputes.derogation"  # through a rendered cross-reference
    assert linked["art-8-p3"] == "termination.notice"  # {notice_period} = « trois mois »
    assert "art-3-p3" not in linked  # « du CARICC » where the clause says « de CARICC »
    # The signed version holds the same links: the working copy is not "modified".
    assert _linked(store.get_version(1, 1)) == linked
    database.close()


def test_near_misses_are_reported_not_linked(library: LibraryStore) -> None:
    report = find_links(load_sample(SAMPLE), approved_clauses(library))
    misses = {m.node_uid: (m.clause_id, m.reason) for m in report.near_misses}
    assert misses == {
        "art-3-p2": ("info-exchange.organisation-rules", MissReason.SIMILAR),
        "art-3-p3": ("info-exchange.authorised-staff", MissReason.SIMILAR),
        "art-3-p5": ("info-exchange.existing-channels", MissReason.SIMILAR),
        "art-5-p1": ("secure-channel.platform", MissReason.SIMILAR),
    }
    assert not {link.node_uid for link in report.links} & set(misses)


def test_linking_is_idempotent(store: AgreementStore, library: LibraryStore) -> None:
    before = agreement_to_json(store.get(1))
    report = link_stored(store, library, 1)
    assert report.links == ()
    assert len(report.already_linked) == 19
    assert agreement_to_json(store.get(1)) == before


def test_typography_and_labels_do_not_prevent_a_link(library: LibraryStore) -> None:
    sample = load_sample(SAMPLE)
    paragraph = next(n for n in sample.walk() if n.uid == "art-8-p1")
    paragraph.text["fr"] = "1.  Le présent Protocole d\u2019Accord peut être\u00a0modifié à " \
        "tout moment par consentement mutuel des Parties."
    assert normalise(paragraph.text["fr"]).startswith("Le présent Protocole d'Accord")
    links = {link.node_uid: link for link in find_links(sample, approved_clauses(library)).links}
    assert links["art-8-p1"].clause_id == "amendment.mutual-consent"


def test_an_ambiguous_wording_is_not_linked(library: LibraryStore) -> None:
    twin = replace(library.get("amendment.consultation"), id="amendment.consultation-twin",
                   version=0)
    library.add(twin)
    library.set_status(twin.id, ClauseStatus.APPROVED)
    report = find_links(load_sample(SAMPLE), approved_clauses(library))
    assert "art-8-p2" not in {link.node_uid for link in report.links}
    reasons = {(m.clause_id, m.reason) for m in report.near_misses if m.node_uid == "art-8-p2"}
    assert reasons == {("amendment.consultation", MissReason.AMBIGUOUS),
                       ("amendment.consultation-twin", MissReason.AMBIGUOUS)}


def test_a_new_clause_version_makes_the_linked_demo_outdated(
        store: AgreementStore, library: LibraryStore) -> None:
    assert outdated_uses(store, library) == []
    clause = library.get("termination.notice")
    variants = [Variant(v.level, {k: t.replace("préavis", "préavis écrit")
                                  for k, t in v.text.items()}, v.note)
                for v in clause.variants]
    library.edit(replace(clause, variants=variants), clause.version)
    [use] = outdated_uses(store, library)
    assert (use.node_uid, use.clause_id, use.used_version, use.latest_version) == (
        "art-8-p3", "termination.notice", 1, 2)


def test_the_edit_links_and_undo_removes_the_links(library: LibraryStore) -> None:
    sample = load_sample(SAMPLE)
    before = agreement_to_json(sample)
    edit = LinkClauses(find_links(sample, approved_clauses(library)).links)
    edit.apply(sample)
    assert len(_linked(sample)) == 19
    linked = agreement_to_json(sample)
    edit.revert(sample)
    assert agreement_to_json(sample) == before
    edit.apply(sample)  # redo
    assert agreement_to_json(sample) == linked


def test_an_article_whose_paragraphs_are_one_clause_is_linked_whole(
        library: LibraryStore) -> None:
    sample = load_sample(SAMPLE)
    article = clause_article(library.get("disputes.arbitration"), sample,
                             values={"arbitrator_period": "2 months"})
    article.clause_ref = None
    insert_clause(sample, article)
    assert len(article.children) == 4
    [link] = [link for link in find_links(sample, approved_clauses(library)).links
              if link.node_uid in {n.uid for n in article.walk()}]
    assert (link.node_uid, link.clause_id) == (article.uid, "disputes.arbitration")


def _cli(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "library", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_dry_run_changes_nothing_then_links(
        capsys: pytest.CaptureFixture[str], db: sqlite_utils.Database, db_path: Path) -> None:
    store = AgreementStore(db)
    demo = store.get(1)
    for node in demo.walk():
        node.clause_ref = None
    store.save(1, demo)
    before = agreement_to_json(store.get(1))

    code, out, _ = _cli(capsys, db_path, "link", "1", "--dry-run")
    assert code == 0 and "19 nodes would be linked" in out
    assert "Article 3, paragraphe 3: close to clause info-exchange.authorised-staff" in out
    assert agreement_to_json(store.get(1)) == before

    code, out, _ = _cli(capsys, db_path, "link", "1", "--json")
    data = json.loads(out)
    assert len(data["links"]) == 19 and len(data["near_misses"]) == 4
    assert len(_linked(store.get(1))) == 19

    code, _, err = _cli(capsys, db_path, "link", "99")
    assert code == 2 and "Traceback" not in err


def test_linking_reports_progress_per_article_and_can_be_cancelled(
        library: LibraryStore) -> None:
    from mou_studio.core.tasks import Cancelled, TaskControl

    agreement, clauses = load_sample(SAMPLE), approved_clauses(library)
    steps: list[tuple[int, int]] = []
    control = TaskControl(lambda done, total, _step: steps.append((done, total)))
    find_links(agreement, clauses, control)
    articles = len(agreement.body)
    assert steps[0] == (0, articles) and steps[-1] == (articles, articles)

    stopping = TaskControl(lambda done, _total, _step: stopping.cancel() if done == 2 else None)
    with pytest.raises(Cancelled):
        find_links(agreement, clauses, stopping)
