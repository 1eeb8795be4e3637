"""Storage and editing errors reach people in their language: the GUI and the CLI render
the core's messages with a catalogue, and nested parts (a node kind, a path) follow."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.commands.agreements import run_check
from mou_studio.commands.context import CliContext
from mou_studio.core import editing
from mou_studio.core.errors import MouStudioError, NotAMouStudioDatabase, NotFound
from mou_studio.core.model import Agreement, Node, NodeKind
from mou_studio.core.storage import AgreementStore, open_database
from tests.support.catalogues import catalogue

FRENCH = catalogue("fr", {
    "{path} is not a MoU Studio database (not an SQLite file); it was left untouched":
        "{path} n'est pas une base de données MoU Studio (ce n'est pas un fichier SQLite) ; "
        "il n'a pas été modifié",
    "no agreement with id {id}": "aucun accord ne porte l'identifiant {id}",
    "{what} cannot be placed {where}": "impossible de placer {what} {where}",
    "an article": "un article",
    "in a paragraph": "dans un paragraphe",
    "missing table {name}": "table manquante : {name}",
    ("{path}: {count} problem found", "{path}: {count} problems found"):
        ("{path} : {count} problème détecté", "{path} : {count} problèmes détectés"),
})


def test_a_foreign_file_is_refused_in_french(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotAMouStudioDatabase) as caught:
        open_database(path)
    assert str(caught.value) == (
        f"{path} is not a MoU Studio database (not an SQLite file); it was left untouched")
    assert FRENCH.render(caught.value) == (
        f"{path} n'est pas une base de données MoU Studio (ce n'est pas un fichier SQLite) ; "
        "il n'a pas été modifié")


def test_a_missing_agreement_is_named_in_french(db: sqlite_utils.Database) -> None:
    with pytest.raises(NotFound) as caught:
        AgreementStore(db).get(404)
    assert FRENCH.render(caught.value) == "aucun accord ne porte l'identifiant 404"


def test_a_misplaced_node_names_both_kinds_in_french() -> None:
    paragraph = Node(NodeKind.PARAGRAPH)
    agreement = Agreement(uid="a", body=[Node(NodeKind.ARTICLE, children=[paragraph])])
    edit = editing.InsertNode(Node(NodeKind.ARTICLE), paragraph.uid)
    with pytest.raises(editing.EditError) as caught:
        edit.apply(agreement)
    assert str(caught.value) == "an article cannot be placed in a paragraph"
    assert FRENCH.render(caught.value) == "impossible de placer un article dans un paragraphe"


def test_the_cli_check_reports_problems_in_its_language(tmp_path: Path) -> None:
    path = tmp_path / "mou.db"
    db = open_database(path)
    db.execute("DROP TABLE autosaves")
    db.conn.close()
    out = io.StringIO()
    ctx = CliContext(path, out=out, messages=FRENCH)
    try:
        with pytest.raises(MouStudioError) as caught:
            run_check(argparse.Namespace(), ctx)
    finally:
        ctx.close()
    assert out.getvalue() == "table manquante : autosaves\n"
    assert ctx.text(caught.value) == f"{path} : 1 problème détecté"
    assert str(caught.value) == f"{path}: 1 problem found"
