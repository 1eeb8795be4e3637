"""The register's messages reach people in their language: CSV problems, errors, the CLI."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
import sqlite_utils

from mou_studio.cli import build_parser
from mou_studio.commands.context import CliContext
from mou_studio.commands.register import _data_lang, run_import
from mou_studio.core.errors import RegisterImportFailed
from mou_studio.core.messages import Catalogue
from mou_studio.core.register.csv_import import import_csv_text
from mou_studio.core.register.store import RegisterStore
from tests.support.catalogues import translations

FRENCH = translations("fr", {
    "line {line}: {problem}": "ligne {line} : {problem}",
    "{column}: {problem}": "{column} : {problem}",
    "'{text}' is not a date (write YYYY-MM-DD)":
        "« {text} » n'est pas une date (écrivez AAAA-MM-JJ)",
    "unknown {what} '{text}' (use one of: {allowed})":
        "{what} inconnu « {text} » (valeurs admises : {allowed})",
    "status": "statut",
    ("{name}: {count} invalid row, nothing was imported (fix it, or import with "
     "--skip-invalid)",
     "{name}: {count} invalid rows, nothing was imported (fix them, or import with "
     "--skip-invalid)"): (
        "{name} : {count} ligne non valide, rien n'a été importé (corrigez-la, ou importez "
        "avec --skip-invalid)",
        "{name} : {count} lignes non valides, rien n'a été importé (corrigez-les, ou "
        "importez avec --skip-invalid)"),
})

BAD_ROWS = ("uid,partner,status,review_on\n"
            "x-1,interpol,draft,\n"
            "x-2,interpol,,2027-02-30\n")


def test_csv_problems_and_the_failure_are_rendered_in_french(register: RegisterStore) -> None:
    with pytest.raises(RegisterImportFailed) as failure:
        import_csv_text(register, BAD_ROWS, "registre.csv")
    problems = [p.render(FRENCH) for p in failure.value.problems]
    assert problems[0].startswith(
        "ligne 2 : status : statut inconnu « draft » (valeurs admises : idea,")
    assert problems[1] == ("ligne 3 : review_on : « 2027-02-30 » n'est pas une date "
                           "(écrivez AAAA-MM-JJ)")
    assert failure.value.message.render(FRENCH).startswith(
        "registre.csv : 2 lignes non valides, rien n'a été importé")
    # English stays the source text, with a real plural.
    assert str(failure.value).startswith("registre.csv: 2 invalid rows, nothing was imported")


def test_cli_import_prints_each_problem_in_the_language_of_lang(
    db: sqlite_utils.Database, db_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "registre.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    ctx = CliContext(db_path, out=io.StringIO(), messages=Catalogue(FRENCH))
    try:
        with pytest.raises(RegisterImportFailed) as failure:
            run_import(argparse.Namespace(csv_file=path, skip_invalid=False), ctx)
    finally:
        ctx.close()
    err = capsys.readouterr().err
    assert f"{path}: ligne 2 : status : statut inconnu « draft »" in err
    assert f"{path}: ligne 3 : review_on : « 2027-02-30 » n'est pas une date (" in err
    assert ctx.text(failure.value).startswith("registre.csv : 2 lignes non valides")


@pytest.mark.parametrize("command", [["due"], ["list"], ["show", "1"], ["partners"]])
def test_the_register_language_option_keeps_the_message_language(command: list[str]) -> None:
    args = build_parser().parse_args(["--ui-lang", "fr", "register", *command, "--lang", "ru"])
    assert (args.ui_lang, _data_lang(args)) == ("fr", "ru")
    args = build_parser().parse_args(["--ui-lang", "fr", "register", *command])
    assert (args.ui_lang, _data_lang(args)) == ("fr", "fr")
