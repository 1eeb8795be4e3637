"""mou-studio-cli on the demo database: list, show, versions, check, and refusals."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from mou_studio.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_shows_the_demo(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    assert code == 0
    [summary] = json.loads(out)
    assert summary["title"] == "PROTOCOLE D'ACCORD CONCERNANT LA COOPERATION"
    assert summary["version_count"] == 1


def test_show_json_is_the_demo_tree(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "show", "1", "--json")
    assert code == 0
    view = json.loads(out)
    assert view["language"] == "fr"
    assert [(p["short_name"], p["short_form"]) for p in view["parties"]] == [
        ("OMD", "l'OMD"), ("CARICC", "CARICC")]
    assert len(view["recitals"]) == 8
    assert view["recitals"][-1].endswith("afin d'éviter les chevauchements d'activités.")
    assert view["enacting_formula"] == "Sont convenus de ce qui suit :"
    articles = view["articles"]
    assert [a["label"] for a in articles] == ["Article premier"] + [
        f"Article {n}" for n in range(2, 10)]
    assert [a["number"] for a in articles] == [str(n) for n in range(1, 10)]
    assert articles[4]["heading"] == "Coopération technique"
    assert len(articles[4]["paragraphs"]) == 6
    assert "CARRIC" in articles[4]["paragraphs"][0]
    assert "paragraphe 1 du présent article" in articles[6]["paragraphs"][1]
    assert articles[8]["units"][0]["label"] == ""
    assert view["footnotes"][0]["text"].startswith("Créée en 1952")
    assert view["testimonium"].startswith("En foi de quoi")
    assert [(s["name"], s["date"], s["place"]) for s in view["signatures"]] == [
        ("Kunio Mikuriya", "2010-03-19", "Bruxelles"),
        ("Beksultan Sarsekov", "2010-03-30", "Астана"),
    ]
    assert view["signatures"][1]["date_text"] == "30 марта 2010"


def test_show_text_prints_the_agreement(capsys: pytest.CaptureFixture[str],
                                        db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "show", "1")
    assert code == 0
    assert "Article premier\nObjectifs de l'accord\n1. L'OMD et CARICC" in out
    assert "douanes¹ (ci-après dénommée l'OMD)" in out


def test_versions_and_save_version(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert run(capsys, "--db", str(db_path), "save-version", "1", "--name", "draft 2")[0] == 0
    code, out, _ = run(capsys, "--db", str(db_path), "versions", "1", "--json")
    assert code == 0
    assert [(v["number"], v["name"]) for v in json.loads(out)] == [
        (1, "Texte signé"), (2, "draft 2")]


def test_check_passes_on_a_good_database(capsys: pytest.CaptureFixture[str],
                                         db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and out.strip().endswith(": ok")


def test_env_variable_chooses_the_database(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("MOU_STUDIO_DB", str(target))
    assert run(capsys, "list")[0] == 0
    assert target.exists()


def test_unknown_agreement_is_a_user_error(capsys: pytest.CaptureFixture[str],
                                           db_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "show", "42")
    assert code == 2
    assert err == "mou-studio-cli: error: no agreement with id 42\n"


def test_foreign_file_as_db_is_refused_unchanged(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    foreign = tmp_path / "letter.docx"
    foreign.write_bytes(b"PK\x03\x04" + bytes(500))
    digest = hashlib.sha256(foreign.read_bytes()).hexdigest()
    code, _, err = run(capsys, "--db", str(foreign), "list")
    assert code == 2
    assert "not a MoU Studio database" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == digest
