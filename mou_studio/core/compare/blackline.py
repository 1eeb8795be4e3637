"""Blackline .docx: a change summary page, then the merged text in colours, no revisions.

Deleted words are red and struck through, inserted words blue and double-underlined;
a moved clause is green (double strike where it was, double underline where it went).

The summary page is a report of ours, not agreement text: it is written in the language of
whoever makes the blackline (``text``, the face's renderer); the merged text after it is
the agreement's own words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mou_studio.core.compare.changeset import DELETE, EQUAL, INSERT, ChangeSet, Render
from mou_studio.core.compare.docxio import (
    paragraph_properties,
    write_docx,
    xml_text,
)
from mou_studio.core.compare.gcpause import gc_paused
from mou_studio.core.compare.stream import Para, redline_paragraphs
from mou_studio.core.compare.summary import KIND_NAMES, summary_counts, summary_entries
from mou_studio.core.messages import Message, msg

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


def summary_page_xml(changes: ChangeSet, old_name: Message | str, new_name: Message | str,
                     when: dt.datetime, text: Render = str) -> str:
    """The summary page: what was compared, counts per kind, one line per change."""
    parts = [
        _plain(text(msg("Comparison summary")), "title"),
        _plain(text(msg("Old version: {name}", name=text(old_name)))),
        _plain(text(msg("New version: {name}", name=text(new_name)))),
        _plain(text(msg("Compared on {when} (language: {lang})", when=when,
                        lang=changes.lang))),
        _plain(text(msg("Changes by kind")), "heading"),
    ]
    parts += [_plain(text(msg("{kind}: {count}", kind=name, count=count)))
              for name, count in summary_counts(changes)]
    parts.append(_plain(text(msg("Changed clauses")), "heading"))
    parts += [_plain(_entry_line(e.where, KIND_NAMES[e.kind], e.detail(text), text))
              for e in summary_entries(changes)] \
        or [_plain(text(msg("The two versions are identical.")))]
    parts += [_plain(text(msg("Note: {note}", note=note))) for note in changes.notes]
    parts.append(_plain(text(msg("Key")), "heading"))
    key = [(msg("deleted"), DELETE, False), (msg("inserted"), INSERT, False),
           (msg("moved from"), DELETE, True), (msg("moved to"), INSERT, True)]
    parts.append("<w:p>" + _run(" · ").join(_run(text(word), _run_props(op, moved))
                                            for word, op, moved in key) + "</w:p>")
    parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    return "".join(parts)


def _entry_line(where: Message | str, kind: Message, detail: str, text: Render) -> str:
    """ "Article 8 — reworded (1 line reworded)": one changed clause of the summary."""
    if detail:
        return text(msg("{where} — {kind} ({detail})", where=where, kind=kind, detail=detail))
    return text(msg("{where} — {kind}", where=where, kind=kind))


def write_blackline(changes: ChangeSet, path: Path, old_name: Message | str = "old",
                    new_name: Message | str = "new", when: dt.datetime | None = None,
                    text_changes: ChangeSet | None = None, text: Render = str) -> Path:
    """Write the blackline .docx (summary page, then the coloured text) to ``path``.

    The summary lists ``changes``; the text printed is ``text_changes`` when given (the
    files' own paragraphs, see :func:`redline_changes`), else ``changes``. ``text``
    renders the summary page in the language of whoever asked (English by default).
    """
    moment = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    body = summary_page_xml(changes, old_name, new_name, moment, text)
    with gc_paused():
        body += "".join(_paragraph(p) for p in redline_paragraphs(text_changes or changes))
        write_docx(path, body, text(msg("Blackline")))
    return path
