"""The side-by-side rows: aligned clauses, gaps facing insertions, moves on two rows."""

from __future__ import annotations

from compare_scenarios import demo_agreement, negotiated

from mou_studio.core.compare import ChangeKind, compare
from mou_studio.core.compare.rows import compare_rows


def test_rows_follow_the_merged_order_with_gaps_and_moves():
    original = demo_agreement()
    rows = compare_rows(compare(original, negotiated(original)))
    changed = [(r.kind.value, r.title, r.reported) for r in rows if r.is_change]
    assert changed == [
        ("moved", "Article 6 → Article 3", True),
        ("renumbered", "Article 3 → Article 4", True),
        ("renumbered", "Article 4 → Article 5", True),
        ("reworded", "Article 5 → Article 6", True),
        ("moved", "Article 6 → Article 3", False),
        ("reworded", "Article 8", True),
    ]
    destination, origin = (r for r in rows if r.kind is ChangeKind.MOVED)
    assert "moved from Article 6" in destination.old_html
    assert "moved to Article 3" in origin.new_html
    caricc = next(r for r in rows if r.title == "Article 5 → Article 6")
    assert "line-through;\">CARRIC</span>" in caricc.old_html
    assert "underline;\">CARICC</span>" in caricc.new_html
    assert "CARICC</span>" not in caricc.old_html
    article_8 = next(r for r in rows if r.title == "Article 8")
    assert "par écrit" in article_8.new_html and "par écrit" not in article_8.old_html
