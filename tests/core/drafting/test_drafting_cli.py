"""mou-studio-cli templates / new / lint, end to end on a database in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mou_studio.cli import main
from mou_studio.core.storage import AgreementStore, open_database
from tests.core.drafting.helpers import ANSWERS, TEMPLATE_IDS
from tests.support.seeds import seed_path


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def titles(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        return [s.title for s in AgreementStore(db).summaries()]
    finally:
        db.conn.close()


def test_templates_lists_the_shipped_templates(db_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "templates", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert {t["id"] for t in listed} >= set(TEMPLATE_IDS)
    customs = next(t for t in listed if t["id"] == "customs-police-mou")
    assert customs["register"] == "non_binding" and customs["languages"] == ["fr", "en"]


def test_new_creates_the_agreement_and_prints_its_id(db_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    answers = ANSWERS / "customs-police-mou.toml"
    assert run(db_path, "new", "customs-police-mou", "--answers", str(answers)) == 0
    new_id = int(capsys.readouterr().out.strip())
    assert run(db_path, "show", str(new_id), "--lang", "en", "--json") == 0
    view = json.loads(capsys.readouterr().out)
    assert view["title"] == "Memorandum of Understanding on cooperation between the SRC " \
                            "and the NP"
    assert [a["heading"] for a in view["articles"]][4] == "Risk analysis and targeting"
    assert run(db_path, "lint", str(new_id)) == 0


def test_dry_run_creates_nothing(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = ANSWERS / "framework-agreement.toml"
    assert run(db_path, "list") == 0
    before = titles(db_path)
    capsys.readouterr()
    assert run(db_path, "new", "framework-agreement", "--answers", str(answers),
               "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["id"] is None and out["agreement"]["register"] == "binding"
    assert out["lint"] == []
    assert titles(db_path) == before


def test_malformed_answers_exit_2_with_file_line_and_create_nothing(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    good = (ANSWERS / "io-cooperation-mou.toml").read_text(encoding="utf-8")
    bad.write_text(good.replace("notice_months = 3", "notice_months = \"three\""),
                   encoding="utf-8")
    assert run(db_path, "list") == 0
    before = titles(db_path)
    capsys.readouterr()
    assert run(db_path, "new", "io-cooperation-mou", "--answers", str(bad)) == 2
    err = capsys.readouterr().err
    line = good.splitlines().index("notice_months = 3") + 1
    assert f"{bad}:{line}: question notice_months takes a number" in err
    assert "Traceback" not in err
    assert titles(db_path) == before


def test_unknown_template_is_a_user_error(db_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    answers = ANSWERS / "io-cooperation-mou.toml"
    assert run(db_path, "new", "treaty-of-everything", "--answers", str(answers)) == 2
    assert "no template 'treaty-of-everything'" in capsys.readouterr().err


def test_lint_the_demo_exits_1_and_fix_repairs_it(db_path: Path,
                                                  capsys: pytest.CaptureFixture[str]
                                                  ) -> None:
    assert run(db_path, "lint", "1", "--json") == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    carric = next(f for f in findings if f["rule"] == "short-name-misspelt")
    assert carric["node_uid"] == "art-5-p1" and carric["fix"]["new"] == "CARICC"
    assert run(db_path, "lint", "1", "--fix") == 0
    assert "applied 5 fix(es)" in capsys.readouterr().out
    assert run(db_path, "show", "1") == 0
    text = capsys.readouterr().out
    assert "CARRIC" not in text and "prendra effet à la date de signature" in text


def test_lint_a_file_through_the_importer(db_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "lint", str(seed_path("000"))) == 1
    out = capsys.readouterr().out
    assert "Article 5, 1." in out and "“CARRIC”" in out and "(fix: CARRIC → CARICC)" in out


def test_lint_a_journal_checks_each_agreement_on_its_own(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "lint", str(seed_path("004")), "--json") == 0
    out = json.loads(capsys.readouterr().out)
    titles = [i["title"] for i in out["instruments"]]
    assert any(t.startswith("ACCORD-CADRE") for t in titles)
    assert any("échange de lettres" in t for t in titles)
    assert not [f for f in out["findings"] if f["severity"] == "error"]
    # The reply of the exchange of letters quotes « votre lettre du … »: a real blank.
    assert any("“…”" in f["message"] for f in out["findings"])
