"""The register CLI end to end, and the register migration on an older database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mou_studio.cli import EXIT_USER_ERROR, main
from mou_studio.core.storage import LATEST_SCHEMA_VERSION, check_database, open_database
from mou_studio.core.storage.migrations import MIGRATIONS


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "register", *args])


def test_list_signed_before_2005_as_json(db_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, "list", "--signed-before", "2005-01-01", "--json", "--lang", "fr") == 0
    listed = json.loads(capsys.readouterr().out)
    interpol = next(e for e in listed if e["partner"] == "interpol")
    assert interpol["signed_on"] == "2003"
    assert interpol["partner_label"] == "INTERPOL"
    assert all(e["signed_on"] < "2005" for e in listed)
    assert len(listed) == 8


def test_show_writes_dates_in_the_chosen_language(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "list", "--partner", "caricc", "--json") == 0
    entry_id = json.loads(capsys.readouterr().out)[0]["id"]
    assert _run(db_path, "show", str(entry_id), "--lang", "fr") == 0
    out = capsys.readouterr().out
    assert "signed by OMD: 19 mars 2010, Bruxelles" in out
    assert "signed by CARICC: 30 mars 2010, Астана" in out
    assert "agreement wco-caricc-2010, signed version 1" in out


def test_export_then_failed_import_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "before-2005.csv"
    assert _run(db_path, "export", str(exported), "--signed-before", "2005-01-01") == 0
    assert "exported 8 agreement(s)" in capsys.readouterr().out
    lines = exported.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",2002-09,", ",2002-9-31,")
    broken = tmp_path / "broken.csv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = json.dumps(_listing(db_path, capsys))
    assert _run(db_path, "import", str(broken)) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "broken.csv: line 4: signature_1_date: '2002-9-31' is not a date" in err
    assert "1 invalid row, nothing was imported" in err
    assert json.dumps(_listing(db_path, capsys)) == before
    assert _run(db_path, "import", str(exported)) == 0
    assert "0 new and 8 updated" in capsys.readouterr().out


def _listing(db_path: Path, capsys: pytest.CaptureFixture[str]) -> object:
    assert _run(db_path, "list", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_due_lists_a_review_entered_by_csv(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "review.csv"
    csv_path.write_text("uid,partner,review_on\nwco-who-2002,who,2026-12-10\n",
                        encoding="utf-8")
    assert _run(db_path, "import", str(csv_path)) == 0
    capsys.readouterr()
    assert _run(db_path, "due", "--today", "2026-11-23", "--json", "--lang", "ru") == 0
    due = json.loads(capsys.readouterr().out)
    assert [(d["uid"], d["kind"], d["display_date"]) for d in due] == [
        ("wco-who-2002", "review", "10 декабря 2026\u202fг.")
    ]


def test_bad_arguments_get_one_clear_line(db_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, "list", "--status", "pending") == EXIT_USER_ERROR
    assert "unknown status 'pending' (use one of: idea," in capsys.readouterr().err
    assert _run(db_path, "import", str(db_path.parent / "missing.csv")) == EXIT_USER_ERROR
    assert "cannot read" in capsys.readouterr().err


def test_attach_refuses_a_text_file(db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "signed.pdf"
    text.write_text("not really a pdf", encoding="utf-8")
    assert _run(db_path, "attach", "15", str(text)) == EXIT_USER_ERROR
    assert "not a PDF or a .docx" in capsys.readouterr().err


def test_the_register_migration_upgrades_an_older_database(tmp_path: Path) -> None:
    position = next(n for n, m in enumerate(MIGRATIONS) if m.name == "agreements register")
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, migration in enumerate(MIGRATIONS[:position], start=1):
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO agreements (uid, title, kind, language, created_at, updated_at, "
        "content, content_hash) VALUES ('old', 'Old', 'mou', 'fr', '', '', '{}', '')"
    )
    conn.close()
    db = open_database(path)
    assert check_database(db) == []
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_SCHEMA_VERSION
    assert "register_entries" in db.table_names()
    assert db.execute("SELECT uid FROM agreements").fetchall() == [("old",)]
    db.conn.close()


def test_set_a_review_date_then_see_it_due(db_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, "set", "6", "--review-on", "2026-12-15", "--status", "in-effect") == 0
    assert "updated entry 6: review_on, status" in capsys.readouterr().out
    assert _run(db_path, "list", "--due-within", "90", "--today", "2026-11-23") == 0
    out = capsys.readouterr().out
    assert "INTERPOL" in out and len(out.splitlines()) == 1
    assert _run(db_path, "set", "6", "--review-on", "") == 0
    capsys.readouterr()
    assert _run(db_path, "due", "--today", "2026-11-23") == 0
    assert "nothing due in the next 90 days" in capsys.readouterr().out
    assert _run(db_path, "set", "6", "--review-on", "15/12/2026") == EXIT_USER_ERROR
    assert "is not a date (write YYYY-MM-DD)" in capsys.readouterr().err


def test_attach_show_and_save_a_signed_copy(db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    scan = tmp_path / "caricc-signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed in Brussels and Astana\n")
    assert _run(db_path, "attach", "15", str(scan)) == 0
    capsys.readouterr()
    assert _run(db_path, "show", "15", "--json") == 0
    copies = json.loads(capsys.readouterr().out)["attachments"]
    assert [c["filename"] for c in copies] == ["caricc-signed.pdf"]
    out = tmp_path / "back.pdf"
    assert _run(db_path, "save-copy", str(copies[0]["id"]), str(out)) == 0
    assert out.read_bytes() == scan.read_bytes()
    assert list(tmp_path.glob(".back.pdf.*")) == []


def test_add_a_partner_and_a_draft_then_link_it_to_the_demo(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "add-partner", "oecd", "--name", "Organisation de coopération "
                "et de développement économiques", "--acronym", "OCDE") == 0
    assert _run(db_path, "add", "--partner", "oecd", "--title", "Protocole d'accord OMD–OCDE",
                "--status", "negotiation") == 0
    out = capsys.readouterr().out
    entry_id = out.split("added entry ")[1].split()[0]
    assert _run(db_path, "list", "--status", "negotiation", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["partner_label"], e["status"]) for e in listed] == [("OCDE", "negotiation")]
    assert _run(db_path, "link", entry_id, "1", "--version", "2") == EXIT_USER_ERROR
    assert "has no version 2" in capsys.readouterr().err
    assert _run(db_path, "link", entry_id, "1", "--version", "1") == 0
    assert _run(db_path, "add", "--partner", "nobody", "--title", "x") == EXIT_USER_ERROR
    assert "no partner 'nobody'" in capsys.readouterr().err
