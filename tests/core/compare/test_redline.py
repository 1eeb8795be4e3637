"""The redline .docx: native tracked changes that accept to the new text, reject to the old."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from compare_docx_tools import document_root, resolved_paragraphs, revision_ids
from compare_scenarios import (
    demo_agreement,
    edited_lines,
    flat_agreement,
    negotiated,
    seed_lines,
)

from mou_studio.core.compare import agreement_clauses, compare, document_lines
from mou_studio.core.compare.redline import write_redline
from mou_studio.core.errors import ExportError
from mou_studio.core.model import Agreement
from mou_studio.core.views import agreement_plain_text
from tests.support.seeds import seed_path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _redline(old: Agreement, new: Agreement, path: Path) -> Path:
    return write_redline(compare(old, new), path, author="Négociateur",
                         date=dt.datetime(2026, 3, 19, 10, 30, tzinfo=dt.UTC))


def _assert_round_trip(old: Agreement, new: Agreement, path: Path) -> None:
    _redline(old, new, path)
    lang = old.language
    assert resolved_paragraphs(path, accept=True) == document_lines(
        agreement_clauses(new, lang))
    assert resolved_paragraphs(path, accept=False) == document_lines(
        agreement_clauses(old, lang))


def test_accept_gives_new_and_reject_gives_old(tmp_path):
    original = demo_agreement()
    _assert_round_trip(original, negotiated(original), tmp_path / "redline.docx")


def test_document_lines_are_the_printed_agreement(tmp_path):
    original = demo_agreement()
    printed = agreement_plain_text(original).splitlines()
    lines = document_lines(agreement_clauses(original, "fr"))
    # the redline also prints the preamble heading, which the plain text leaves out
    assert [line for line in lines if line != "PREAMBULE"] == printed


def test_revisions_are_well_formed(tmp_path):
    original = demo_agreement()
    path = _redline(original, negotiated(original), tmp_path / "redline.docx")
    ids = revision_ids(path)
    assert len(ids) == len(set(ids)) > 0
    root = document_root(path)
    for tag in ("ins", "del"):
        for element in root.iter(W + tag):
            assert element.get(W + "author") == "Négociateur"
            assert element.get(W + "date") == "2026-03-19T10:30:00Z"
    deleted = [el for el in root.iter(W + "del") if el.getparent().tag != W + "rPr"]
    assert deleted and all(el.find(f"{W}r/{W}delText") is not None for el in deleted)
    assert not any(el.find(f"{W}r/{W}t") is not None for el in deleted)
    marks = list(root.iter(W + "rPr"))
    assert any(m.getparent().tag == W + "pPr" and m.find(W + "ins") is not None
               for m in marks)


def test_only_the_changed_words_are_tracked(tmp_path):
    original = demo_agreement()
    path = _redline(original, negotiated(original), tmp_path / "redline.docx")
    root = document_root(path)
    deleted = {t.text for t in root.iter(W + "delText")}
    assert {"trois", "CARRIC"} <= deleted
    assert "Article 6" in deleted  # the moved article's old place, lowered to a deletion


def test_last_clause_deleted_or_inserted(tmp_path):
    original = demo_agreement()
    shorter = copy.deepcopy(original)
    shorter.footnotes.clear()
    shorter.signatures.pop()
    _assert_round_trip(original, shorter, tmp_path / "deleted.docx")
    _assert_round_trip(shorter, original, tmp_path / "inserted.docx")


def test_every_clause_replaced(tmp_path):
    original = demo_agreement()
    other = flat_agreement(["Accord", "Premier paragraphe nouveau.", "Second paragraphe."])
    _assert_round_trip(original, other, tmp_path / "replaced.docx")


def test_seed_004_pair_round_trips(tmp_path):
    lines = seed_lines(seed_path("004"))[:1200]
    old = flat_agreement(lines)
    new = flat_agreement(edited_lines(lines, edits=40, deletions=8))
    _assert_round_trip(old, new, tmp_path / "big.docx")


def test_failed_write_leaves_nothing(tmp_path):
    original = demo_agreement()
    with pytest.raises(ExportError):
        _redline(original, original, tmp_path / "missing" / "out.docx")
    with pytest.raises(ExportError):
        _redline(original, original, tmp_path / "out.txt")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: cannot check it opens")
def test_libreoffice_opens_the_redline(tmp_path):
    original = demo_agreement()
    path = _redline(original, negotiated(original), tmp_path / "redline.docx")
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    pdf = tmp_path / "redline.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert re.search(r"six\s*mois", text)


def test_redline_opens_in_python_docx_without_metadata(tmp_path):
    from docx import Document

    original = demo_agreement()
    path = _redline(original, negotiated(original), tmp_path / "redline.docx")
    document = Document(str(path))
    assert document.core_properties.author == ""
    assert document.sections[0].page_width.mm == pytest.approx(210, abs=1)
    assert len(document.paragraphs) > 40
