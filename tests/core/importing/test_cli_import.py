"""mou-studio-cli import: store, preview, list, pick, and refuse with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mou_studio.cli import main
from tests.support.seeds import seed_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_stores_and_prints_the_new_id(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = _run(capsys, "--db", db, "import", str(seed_path("000")))
    assert code == 0 and out.startswith("stored as ")
    new_id = int(out.split()[2].rstrip(":"))
    code, out, _ = _run(capsys, "--db", db, "show", str(new_id), "--json")
    view = json.loads(out)
    assert [p["short_name"] for p in view["parties"]] == ["OMD", "CARICC"]


def test_dry_run_json_stores_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "s.db"
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(seed_path("000")),
                        "--dry-run", "--json")
    view = json.loads(out)
    assert code == 0 and view["id"] is None
    assert len(view["articles"]) == 9 and len(view["cross_references"]) == 1
    assert {d["text"] for d in view["import_report"]["dropped_lines"]} >= {"W7"}
    assert not db_path.exists()  # a preview never even opens the database


def test_list_and_pick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = _run(capsys, "--db", db, "import", str(seed_path("004")), "--list", "--json")
    acts = json.loads(out)
    esa = next(a for a in acts if "Agence spatiale" in a["title"] and a["kind"] == "agreement")
    assert esa["article_count"] == 13
    code, out, _ = _run(capsys, "--db", db, "import", str(seed_path("004")),
                        "--pick", str(esa["n"]))
    assert code == 0 and "13 articles, 2 signature blocks" in out
    code, _, err = _run(capsys, "--db", db, "import", str(seed_path("004")), "--pick", "1")
    assert code == 2 and "regulation" in err


def test_unknown_format_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    code, _, err = _run(capsys, "--db", str(tmp_path / "s.db"), "import", str(pdf))
    assert code == 2 and ".pdf" in err


def test_a_cancelled_import_stops_with_cancelled() -> None:
    from mou_studio.core.importing import import_file
    from mou_studio.core.tasks import Cancelled, TaskControl

    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        import_file(seed_path("000"), control=control)


def test_progress_is_reported_up_to_done() -> None:
    from mou_studio.core.importing import import_file
    from mou_studio.core.tasks import TaskControl

    seen: list[tuple[int, int, str]] = []
    import_file(seed_path("000"), control=TaskControl(lambda d, t, m: seen.append((d, t, m))))
    assert seen[-1][:2] == (100, 100) and [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)


def test_a_picked_act_reports_only_its_own_lines(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(tmp_path / "s.db"), "import",
                        str(seed_path("004")), "--pick", "13", "--dry-run", "--json")
    report = json.loads(out)["import_report"]
    lines = [d["line"] for d in report["dropped_lines"]]
    assert code == 0 and lines == sorted(lines) and lines[0] >= 3799 and lines[-1] <= 4140
    assert not any("front matter" in w for w in report["warnings"])


def test_tracked_changes_need_the_revisions_option(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from tests.core.importing.docx_factory import docx_factory, paragraph

    body = (paragraph("ACCORD") + paragraph("Article premier")
            + '<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>1. Texte inséré.</w:t></w:r>'
            + "</w:ins></w:p>")
    path = docx_factory(tmp_path)(body)
    db = str(tmp_path / "s.db")
    code, _, err = _run(capsys, "--db", db, "import", str(path))
    assert code == 2 and "--revisions accept|reject" in err and err.count("\n") == 1
    code, out, _ = _run(capsys, "--db", db, "import", str(path), "--revisions", "accept",
                        "--dry-run", "--json")
    view = json.loads(out)
    assert code == 0 and view["articles"][0]["paragraphs"] == ["Texte inséré."]
    assert view["import_report"]["revisions"] == "accept"
