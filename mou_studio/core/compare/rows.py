"""The side-by-side view's rows: one per entry of the merged order, as HTML per side.

Qt-free, so it is tested with the core and built in the compare's worker thread. A row
faces a clause with its counterpart; an inserted clause faces a gap, a deleted one too,
and a move shows on two rows (where it was, where it went), each naming the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from mou_studio.core.compare.changeset import (
    DELETE,
    EQUAL,
    INSERT,
    Change,
    ChangeKind,
    ChangeSet,
    LineChange,
    Placement,
    Render,
)
from mou_studio.core.compare.engine import line_words
from mou_studio.core.compare.summary import KIND_NAMES
from mou_studio.core.compare.units import Clause, Line
from mou_studio.core.messages import msg

STYLES = {
    DELETE: "background-color:#f8d0d0; color:#8a0000; text-decoration:line-through;",
    INSERT: "background-color:#cfe8cf; color:#004d00; text-decoration:underline;",
}
RENUMBER_STYLE = "background-color:#fde9b0;"
MOVE_STYLE = "color:#00605a;"
GAP = '<p style="color:#999999;"><i>{}</i></p>'
KIND_TAG = '<p style="color:#6b6b6b; font-size:small;">{}</p>'


@dataclass(frozen=True)
class CompareRow:
    """One aligned row of the side-by-side view."""

    kind: ChangeKind
    title: str  # « Article 6 → Article 3 », rendered by the caller's ``text``
    old_html: str
    new_html: str
    is_change: bool
    reported: bool  # False for the origin half of a move (listed once, at its destination)


def compare_rows(changes: ChangeSet, text: Render = str) -> list[CompareRow]:
    """The rows of the side-by-side view, in the merged order of ``changes``.

    ``text`` renders the kind tags and gap notes ("moved from Article 6") in the
    interface language; the clauses' own labels and words are shown as they are.
    """
    return [_row(change, text) for change in changes.changes]


def _row(change: Change, text: Render) -> CompareRow:
    old_html, new_html = _sides(change, text)
    if change.is_change:  # say what happened, so renumbering and moves read as such
        tag = KIND_TAG.format(escape(text(KIND_NAMES[change.kind])))
        old_html, new_html = tag + old_html, tag + new_html
    return CompareRow(change.kind, text(change.title()), old_html, new_html, change.is_change,
                      not change.is_move_origin)


def _sides(change: Change, text: Render) -> tuple[str, str]:
    if change.placement is Placement.OLD:
        assert change.old is not None
        note = (msg("moved to {label}", label=change.new.display_label())
                if change.is_move and change.new else KIND_NAMES[ChangeKind.DELETED])
        return _whole(change.old, DELETE, change.is_move), GAP.format(escape(text(note)))
    if change.placement is Placement.NEW:
        assert change.new is not None
        if change.is_move and change.old is not None:
            note = msg("moved from {label}", label=change.old.display_label())
            return GAP.format(escape(text(note))), _paired_side(change, INSERT, moved=True)
        return (GAP.format(escape(text(KIND_NAMES[ChangeKind.INSERTED]))),
                _whole(change.new, INSERT, False))
    return _paired_side(change, DELETE), _paired_side(change, INSERT)


def _label_html(clause: Clause, renumbered: bool) -> str:
    if not clause.label_line:
        return ""
    style = RENUMBER_STYLE if renumbered else ""
    return f'<p><b><span style="{style}">{escape(clause.label)}</span></b></p>'


def _whole(clause: Clause, op: int, moved: bool) -> str:
    style = MOVE_STYLE if moved else STYLES[op]
    label = f"<p><b>{escape(clause.label)}</b></p>" if clause.label_line else ""
    body = "".join(f'<p{_indent(line)}><span style="{style}">{escape(line.text())}</span></p>'
                   for line in clause.lines)
    return label + body


def _paired_side(change: Change, side: int, moved: bool = False) -> str:
    clause = change.old if side == DELETE else change.new
    assert clause is not None
    other = change.new if side == DELETE else change.old
    renumbered = other is not None and other.label != clause.label
    parts = [_label_html(clause, renumbered)]
    for line in change.lines:
        html = _line_html(line, side, moved)
        if html is not None:
            parts.append(html)
    return "".join(parts)


def _line_html(change: LineChange, side: int, moved: bool) -> str | None:
    line = change.old if side == DELETE else change.new
    if line is None or change.placement is (Placement.NEW if side == DELETE else Placement.OLD):
        return None
    runs: list[str] = []
    for op, text in line_words(change):
        if op == EQUAL:
            runs.append(escape(text))
        elif op == side:
            style = MOVE_STYLE if moved and change.kind is ChangeKind.UNCHANGED else STYLES[op]
            runs.append(f'<span style="{style}">{escape(text)}</span>')
    return f"<p{_indent(line)}>{''.join(runs)}</p>"


def _indent(line: Line) -> str:
    return f' style="margin-left:{18 * line.depth}px;"' if line.depth else ""
