"""Redline .docx: the new version with native Word tracked changes against the old one.

Each insertion is a ``w:ins``, each deletion a ``w:del`` holding ``w:delText``; inserted
or deleted paragraphs carry the mark in ``w:pPr/w:rPr``. One counter numbers every
revision (``w:id``), all with the author and the same UTC date. Accepting every change
gives the new text exactly; rejecting every change gives the old text exactly.
"""

from __future__ import annotations

import datetime as dt
from itertools import count
from pathlib import Path

from mou_studio.core.compare.changeset import DELETE, EQUAL, INSERT, ChangeSet, Render
from mou_studio.core.compare.docxio import (
    paragraph_properties,
    write_docx,
    xml_text,
)
from mou_studio.core.compare.gcpause import gc_paused
from mou_studio.core.compare.stream import Para, redline_paragraphs
from mou_studio.core.messages import msg

DEFAULT_AUTHOR = "MoU Studio"


def utc_revision_date(moment: dt.datetime | None = None) -> str:
    """A ``w:date`` value: UTC, to the second, with the Z suffix Word writes."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Revisions:
    """Writes revision attributes with one counter for every ``w:id`` in the document."""

    def __init__(self, author: str, date: str) -> None:
        self.ids = count(1)
        self.attrs = f'w:author="{xml_text(author)}" w:date="{date}"'.replace("\n", " ")

    def attributes(self) -> str:
        return f'w:id="{next(self.ids)}" {self.attrs}'

    def mark(self, op: int) -> str:
        """The ``w:rPr`` of a paragraph mark that was inserted or deleted."""
        if op == INSERT:
            return f"<w:rPr><w:ins {self.attributes()}/></w:rPr>"
        if op == DELETE:
            return f"<w:rPr><w:del {self.attributes()}/></w:rPr>"
        return ""

    def run(self, op: int, text: str) -> str:
        if op == EQUAL:
            return f'<w:r><w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'
        if op == INSERT:
            return (f'<w:ins {self.attributes()}><w:r><w:t xml:space="preserve">'
                    f"{xml_text(text)}</w:t></w:r></w:ins>")
        return (f'<w:del {self.attributes()}><w:r><w:delText xml:space="preserve">'
                f"{xml_text(text)}</w:delText></w:r></w:del>")

    def paragraph(self, para: Para) -> str:
        props = paragraph_properties(para.style, para.depth, self.mark(para.mark_op))
        runs = "".join(self.run(op, text) for op, text in para.runs if text)
        return f"<w:p>{props}{runs}</w:p>"


def redline_xml(changes: ChangeSet, author: str, date: str) -> str:
    """The ``w:p`` elements of the redline, as XML text."""
    revisions = _Revisions(author, date)
    return "".join(revisions.paragraph(p) for p in redline_paragraphs(changes))


def write_redline(changes: ChangeSet, path: Path, author: str = DEFAULT_AUTHOR,
                  date: dt.datetime | None = None, text: Render = str) -> Path:
    """Write the redline .docx of ``changes`` to ``path`` (atomically) and return it.

    The body is the agreement's own text only; ``text`` renders the one word of ours,
    the document's title property, in the language of whoever asked.
    """
    with gc_paused():
        body = redline_xml(changes, author or DEFAULT_AUTHOR, utc_revision_date(date))
        write_docx(path, body, text(msg("Redline")))
    return path
