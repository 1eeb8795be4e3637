"""The clause library speaks the user's language: its refusals and reports are marked
messages, rendered in French or Russian by the face that shows them."""

from __future__ import annotations

import argparse
import io
import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.commands.context import CliContext
from mou_studio.commands.library import run_import
from mou_studio.core.errors import InvalidDocument, InvalidPackError
from mou_studio.core.library import packs
from mou_studio.core.library.codec import clause_from_data, clause_to_data
from mou_studio.core.library.packs import ImportReport, export_pack, import_pack
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.messages import Catalogue
from mou_studio.core.storage import open_database
from tests.core import library_db
from tests.support.catalogues import translations

db = library_db.db
library_template = library_db.library_template

FRENCH = translations("fr", {
    "the pack holds an invalid clause: {reason}":
        "le recueil contient une clause non valide : {reason}",
    "clause {id}": "clause {id}",
    "{where}: a clause needs a title in at least one language":
        "{where} : une clause doit avoir un titre dans au moins une langue",
    "{where}: {field}": "{where} : {field}",
    ("{where} is longer than {count} character", "{where} is longer than {count} characters"):
        ("{where} dépasse {count} caractère", "{where} dépasse {count} caractères"),
    "{new}, {updated}, {unchanged}, {conflicts}": "{new}, {updated}, {unchanged}, {conflicts}",
    "conflict (kept yours): {id}": "en conflit (votre version est conservée) : {id}",
    "updated: {id}": "mise à jour : {id}",
    ("{count} new", "{count} new"): ("{count} nouvelle", "{count} nouvelles"),
    ("{count} updated", "{count} updated"): ("{count} mise à jour", "{count} mises à jour"),
    ("{count} unchanged", "{count} unchanged"): ("{count} inchangée", "{count} inchangées"),
    ("{count} conflicting (kept the local version)",
     "{count} conflicting (kept the local version)"):
        ("{count} en conflit (version locale conservée)",
         "{count} en conflit (version locale conservée)"),
})

RUSSIAN = translations("ru", {
    "{new}, {updated}, {unchanged}, {conflicts}": "{new}, {updated}, {unchanged}, {conflicts}",
    ("{count} new", "{count} new"): ("новых: {count}",) * 3,
    ("{count} updated", "{count} updated"): ("обновлённых: {count}",) * 3,
    ("{count} unchanged", "{count} unchanged"): ("без изменений: {count}",) * 3,
    ("{count} conflicting (kept the local version)",
     "{count} conflicting (kept the local version)"):
        ("конфликтующих: {count} (сохранена локальная версия)",) * 3,
    ("{where} is longer than {count} character", "{where} is longer than {count} characters"):
        ("{where}: длиннее {count} символа", "{where}: длиннее {count} символов",
         "{where}: длиннее {count} символов"),
    "clause {id}": "положение {id}",
    "{where}: {field}": "{where}: {field}",
})


def test_a_refused_pack_says_why_in_french_down_to_the_field(
        db: sqlite_utils.Database, tmp_path: Path) -> None:
    library = LibraryStore(db)
    pack = tmp_path / "pack.json"
    export_pack(library, pack, ["info-exchange.purpose"])
    document = json.loads(pack.read_text(encoding="utf-8"))
    document["clauses"][0][-1]["content"]["title"] = {}
    document["checksum"] = packs._checksum(document["clauses"])  # pyright: ignore[reportPrivateUsage]
    pack.write_text(json.dumps(document), encoding="utf-8")
    empty = open_database(tmp_path / "empty.db")
    try:
        with pytest.raises(InvalidPackError) as caught:
            import_pack(LibraryStore(empty), pack)
    finally:
        empty.close()
    assert str(caught.value) == ("the pack holds an invalid clause: clause info-exchange."
                                 "purpose: a clause needs a title in at least one language")
    assert caught.value.message.render(FRENCH) == (
        "le recueil contient une clause non valide : clause info-exchange.purpose : "
        "une clause doit avoir un titre dans au moins une langue")


def test_a_too_long_field_is_named_and_counted_in_each_language(
        db: sqlite_utils.Database) -> None:
    data = clause_to_data(LibraryStore(db).get("info-exchange.purpose"))
    data["title"] = {"fr": "x" * 400}
    with pytest.raises(InvalidDocument) as caught:
        clause_from_data(data)
    assert str(caught.value) == "clause info-exchange.purpose: title.fr is longer than " \
        "300 characters"
    assert caught.value.message.render(RUSSIAN) == (
        "положение info-exchange.purpose: title.fr: длиннее 300 символов")


@pytest.mark.parametrize(("report", "english", "french"), [
    (ImportReport(new=["a"], unchanged=["b", "c"]),
     "1 new, 0 updated, 2 unchanged, 0 conflicting (kept the local version)",
     "1 nouvelle, 0 mise à jour, 2 inchangées, 0 en conflit (version locale conservée)"),
    (ImportReport(new=["a", "b"], updated=["c", "d", "e"], conflicts=["f"]),
     "2 new, 3 updated, 0 unchanged, 1 conflicting (kept the local version)",
     "2 nouvelles, 3 mises à jour, 0 inchangée, 1 en conflit (version locale conservée)"),
])
def test_the_import_summary_agrees_with_its_counts(report: ImportReport, english: str,
                                                   french: str) -> None:
    assert str(report.summary()) == english
    assert report.summary().render(FRENCH) == french
    assert report.summary().render(RUSSIAN).startswith("новых: ")


def test_the_clauses_to_look_at_are_listed_in_french() -> None:
    report = ImportReport(updated=["a"], conflicts=["b"])
    assert [str(line) for line in report.details()] == ["conflict (kept yours): b",
                                                        "updated: a"]
    assert [line.render(FRENCH) for line in report.details()] == [
        "en conflit (votre version est conservée) : b", "mise à jour : a"]


def test_the_cli_prints_the_import_summary_in_the_language_of_lang(
        library_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "cli.db"
    shutil.copyfile(library_template, path)
    out = io.StringIO()
    ctx = CliContext(path, out=out, messages=Catalogue(FRENCH))
    try:
        pack = tmp_path / "pack.json"
        export_pack(LibraryStore(ctx.db), pack, ["info-exchange.purpose"])
        args = argparse.Namespace(path=pack, dry_run=True, json=False)
        assert run_import(args, ctx) == 0
    finally:
        ctx.close()
    assert out.getvalue() == ("would import: 0 nouvelle, 0 mise à jour, 1 inchangée, "
                              "0 en conflit (version locale conservée)\n")
