"""Blackline .docx: a change summary page, then the merged text in colours, no revisions.

Deleted words are red and struck through, inserted words blue and double-underlined;
a moved clause is green (double strike where it was, double underline where it went).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mou_studio.core.compare.changeset import DELETE, EQUAL, INSERT, ChangeSet
from mou_studio.core.compare.docxio import (
    paragraph_properties,
    write_docx,
    xml_text,
)
from mou_studio.core.compare.gcpause import gc_paused
from mou_studio.core.compare.stream import Para, redline_paragraphs
from mou_studio.core.compare.summary import summary_counts, summary_entries

RED, BLUE, GREEN = "C00000", "1F4E9F", "00804A"


def _run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'


def _run_props(op: int, moved: bool) -> str:
    if op == EQUAL:
        return ""
    colour = GREEN if moved else (RED if op == DELETE else BLUE)
    # w:rPr children have a schema order: strike before color before u.
    if op == DELETE:
        strike = "<w:dstrike/>" if moved else "<w:strike/>"
        return f'{strike}<w:color w:val="{colour}"/>'
    return f'<w:color w:val="{colour}"/><w:u w:val="double"/>'


def _paragraph(para: Para) -> str:
    runs = "".join(_run(text, _run_props(op, para.moved)) for op, text in para.runs if text)
    return f"<w:p>{paragraph_properties(para.style, para.depth)}{runs}</w:p>"


def _plain(text: str, style: str = "text", bold: bool = False) -> str:
    return f"<w:p>{paragraph_properties(style, 0)}{_run(text, '<w:b/>' if bold else '')}</w:p>"


def summary_page_xml(changes: ChangeSet, old_name: str, new_name: str, when: str) -> str:
    """The summary page: what was compared, counts per kind, one line per change."""
    parts = [
        _plain("Comparison summary", "title"),
        _plain(f"Old version: {old_name}"),
        _plain(f"New version: {new_name}"),
        _plain(f"Compared on {when} (language: {changes.lang})"),
        _plain("Changes by kind", "heading"),
    ]
    parts += [_plain(f"{name}: {count}") for name, count in summary_counts(changes)]
    parts.append(_plain("Changed clauses", "heading"))
    entries = summary_entries(changes)
    parts += [_plain(f"{e.where} — {e.kind.value}" + (f" ({e.detail})" if e.detail else ""))
              for e in entries] or [_plain("The two versions are identical.")]
    parts += [_plain(f"Note: {note}") for note in changes.notes]
    parts.append(_plain("Key", "heading"))
    parts.append(f"<w:p>{_run('deleted', _run_props(DELETE, False))}{_run(' · ')}"
                 f"{_run('inserted', _run_props(INSERT, False))}{_run(' · ')}"
                 f"{_run('moved from', _run_props(DELETE, True))}{_run(' · ')}"
                 f"{_run('moved to', _run_props(INSERT, True))}</w:p>")
    parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    return "".join(parts)


def write_blackline(changes: ChangeSet, path: Path, old_name: str = "old",
                    new_name: str = "new", when: dt.datetime | None = None,
                    text_changes: ChangeSet | None = None) -> Path:
    """Write the blackline .docx (summary page, then the coloured text) to ``path``.

    The summary lists ``changes``; the text printed is ``text_changes`` when given (the
    files' own paragraphs, see :func:`redline_changes`), else ``changes``.
    """
    moment = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    body = summary_page_xml(changes, old_name, new_name, moment.strftime("%Y-%m-%d %H:%M UTC"))
    with gc_paused():
        body += "".join(_paragraph(p) for p in redline_paragraphs(text_changes or changes))
        write_docx(path, body, "Blackline")
    return path
