"""The blackline .docx: a summary page, then the merged text in colours, no revisions."""

from __future__ import annotations

from compare_docx_tools import W, document_root
from compare_scenarios import demo_agreement, negotiated

from mou_studio.core.compare import compare
from mou_studio.core.compare.blackline import write_blackline
from mou_studio.core.compare.summary import summary_text


def _paragraph_texts(path):
    root = document_root(path)
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def test_blackline_has_summary_and_coloured_changes_without_revisions(tmp_path):
    original = demo_agreement()
    changes = compare(original, negotiated(original))
    path = write_blackline(changes, tmp_path / "blackline.docx", "signed", "CARICC draft")
    root = document_root(path)
    assert not list(root.iter(W + "ins")) and not list(root.iter(W + "del"))
    texts = _paragraph_texts(path)
    assert texts[0] == "Comparison summary"
    assert "Old version: signed" in texts
    assert "Article 6 → Article 3 — moved" in texts
    assert "Article 8 — reworded (1 line reworded, 1 line inserted)" in texts
    struck = {r.find(W + "t").text for r in root.iter(W + "r")
              if r.find(f"{W}rPr/{W}strike") is not None}
    assert {"trois", "CARRIC"} <= struck
    moved = [r.find(W + "t").text for r in root.iter(W + "r")
             if r.find(f"{W}rPr/{W}dstrike") is not None]
    assert "Article 6" in moved


def test_summary_text_lists_counts_and_changes():
    original = demo_agreement()
    text = summary_text(compare(original, negotiated(original)))
    first, *rest = text.splitlines()
    assert first.startswith("2 reworded, 2 renumbered only, 1 moved, 0 moved and reworded")
    assert rest[0].split() == ["moved", "Article", "6", "→", "Article", "3"]
