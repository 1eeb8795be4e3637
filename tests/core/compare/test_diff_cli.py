"""mou-studio-cli diff: exit status like diff(1), JSON shape, redline and blackline files."""

from __future__ import annotations

import json

from compare_docx_tools import resolved_paragraphs
from compare_scenarios import DEMO_JSON, demo_agreement, negotiated

from mou_studio.cli import main
from mou_studio.core.serialize import agreement_to_json


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_stored_versions_json(capsys, db_path, store):
    store.save(1, negotiated(store.get(1)))
    code, out, _ = _run(capsys, "--db", str(db_path), "diff", "1@1", "1", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["summary"]["moved"] == 1 and data["summary"]["renumbered"] == 2
    moved = data["changes"][next(i for i, c in enumerate(data["changes"])
                                 if c["kind"] == "moved")]
    assert moved["old"]["label"] == "Article 6" and moved["new"]["label"] == "Article 3"
    assert all(isinstance(op, int) and isinstance(text, str) for op, text in moved["words"])


def test_identical_files_exit_zero(capsys, tmp_path):
    code, out, _ = _run(capsys, "--db", str(tmp_path / "x.db"), "diff", str(DEMO_JSON),
                        str(DEMO_JSON))
    assert code == 0
    assert out.startswith("0 reworded")
    assert not (tmp_path / "x.db").exists()  # two files: the database is never opened


def test_files_with_redline_and_blackline(capsys, tmp_path):
    new_file = tmp_path / "caricc.json"
    new_file.write_text(agreement_to_json(negotiated(demo_agreement())), encoding="utf-8")
    redline, blackline = tmp_path / "r.docx", tmp_path / "b.docx"
    code, out, _ = _run(capsys, "diff", str(DEMO_JSON), str(new_file), "--redline",
                        str(redline), "--blackline", str(blackline), "--author", "OMD")
    assert code == 1
    assert "moved           Article 6 → Article 3" in out
    assert any("six mois" in p for p in resolved_paragraphs(redline, accept=True))
    assert blackline.stat().st_size > 0


def test_ignore_switches(capsys, tmp_path):
    new = demo_agreement()
    new.title["fr"] = new.title["fr"].lower()
    new_file = tmp_path / "lower.json"
    new_file.write_text(agreement_to_json(new), encoding="utf-8")
    assert _run(capsys, "diff", str(DEMO_JSON), str(new_file))[0] == 1
    assert _run(capsys, "diff", str(DEMO_JSON), str(new_file), "--ignore-case")[0] == 0


def test_errors_exit_two_without_traceback(capsys, tmp_path, db_path):
    code, _, err = _run(capsys, "diff", str(tmp_path / "nope.docx"), str(DEMO_JSON))
    assert code == 2 and err.startswith("mou-studio-cli: error:") and "Traceback" not in err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert _run(capsys, "diff", str(bad), str(DEMO_JSON))[0] == 2
    code, _, err = _run(capsys, "--db", str(db_path), "diff", "1@99", "1")
    assert code == 2 and "no version 99" in err
    code, _, err = _run(capsys, "diff", str(DEMO_JSON), str(DEMO_JSON), "--redline",
                        str(tmp_path / "no" / "r.docx"))
    assert code == 2 and "does not exist" in err


def test_file_redline_gives_back_each_files_own_paragraphs(capsys, tmp_path):
    """Two .txt files: accept-all is the new file's text, reject-all the old one's."""
    from compare_scenarios import seed_lines
    from docx import Document

    from tests.support.seeds import seed_path

    old_lines = seed_lines(seed_path("000"))
    new_lines = [line.replace("trois mois", "six mois") for line in old_lines]
    new_lines.insert(40, "Paragraphe ajouté par la partie adverse.")
    del new_lines[10]
    paths = []
    for name, lines in (("old.docx", old_lines), ("new.docx", new_lines)):
        document = Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(str(tmp_path / name))
        paths.append(str(tmp_path / name))
    redline = tmp_path / "r.docx"
    code, _, err = _run(capsys, "diff", *paths, "--redline", str(redline))
    assert code == 1, err
    assert resolved_paragraphs(redline, accept=True) == new_lines
    assert resolved_paragraphs(redline, accept=False) == old_lines


def test_a_redline_accepted_is_the_new_file_and_rejected_the_old(capsys, tmp_path):
    """The importer applies our own tracked changes: accept → NEW, reject → OLD."""
    from compare_scenarios import small_pair_lines, write_docx_lines

    old_lines, new_lines = small_pair_lines()
    old = write_docx_lines(old_lines, tmp_path / "old.docx")
    new = write_docx_lines(new_lines, tmp_path / "new.docx")
    redline = tmp_path / "redline.docx"
    assert _run(capsys, "diff", str(old), str(new), "--redline", str(redline))[0] == 1
    code, _, err = _run(capsys, "diff", str(redline), str(new))
    assert code == 2 and "tracked change" in err
    assert _run(capsys, "diff", str(redline), str(new), "--revisions", "accept")[0] == 0
    assert _run(capsys, "diff", str(redline), str(old), "--revisions", "reject")[0] == 0
