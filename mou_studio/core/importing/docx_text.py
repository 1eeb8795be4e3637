"""A .docx → the plain text the parser reads, read from the XML (not python-docx).

Text inside ``w:ins`` counts (python-docx skips it), Word list labels are written out,
tables come out cell by cell (signature blocks side by side), and footnotes are called
with superscript numbers and printed at the end, as a typed text would show them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mou_studio.core.errors import CorruptDocument, RevisionsPresent
from mou_studio.core.importing.docx_numbering import ListNumbering
from mou_studio.core.importing.docx_package import DocxPackage
from mou_studio.core.importing.revisions import Element, apply_revisions, count_revisions, w
from mou_studio.core.messages import Message, msg, msgn
from mou_studio.core.numbering import superscript
from mou_studio.core.tasks import TaskControl

R_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_HYPERLINK = "/hyperlink"
_HEADING_LABEL = re.compile(
    r"^(Article|ARTICLE|Статья|СТАТЬЯ|Section|SECTION|Chapitre|CHAPITRE|Chapter|CHAPTER"
    r"|TITRE|Titre|Глава|ГЛАВА|Annexe|ANNEXE|Annex|ANNEX|Приложение)\s")


def read_docx(data: bytes, name: str, revisions: str | None,
              control: TaskControl) -> tuple[str, str | None, list[Message]]:
    """(text, revision choice applied or None, warnings) of the .docx in ``data``."""
    package = DocxPackage.open(data, name)
    _refuse_external_relationships(package)
    document = package.xml("word/document.xml")
    _drop_fallbacks(document)
    control.progress(20, 100, "XML parsed")
    notes_root = package.xml("word/footnotes.xml") if package.has("word/footnotes.xml") else None
    counted = count_revisions(document, package.has("word/comments.xml"))
    applied: str | None = None
    if counted.any:
        if revisions is None:
            raise RevisionsPresent(msg(
                "{name} has {changes} and {comments}: choose to accept or reject them all "
                "(CLI: --revisions accept|reject)", name=name,
                changes=msgn("{count} tracked change", "{count} tracked changes",
                             counted.changes),
                comments=msgn("{count} comment", "{count} comments", counted.comments)))
        apply_revisions(document, revisions)
        if notes_root is not None:
            apply_revisions(notes_root, revisions)
        applied = revisions
    numbering_root = package.xml("word/numbering.xml") if package.has("word/numbering.xml") \
        else None
    styles_root = package.xml("word/styles.xml") if package.has("word/styles.xml") else None
    reader = _BodyReader(ListNumbering.from_xml(numbering_root, styles_root),
                         _footnotes(notes_root))
    body = document.find(w("body"))
    if body is None:
        raise CorruptDocument(msg("{name} is damaged: the document has no body", name=name))
    blocks = list(reader.blocks(body))
    control.progress(30, 100, "text extracted")
    warnings: list[Message] = []
    if applied == "accept":
        warnings.append(msg("tracked changes and comments: all accepted"))
    elif applied == "reject":
        warnings.append(msg("tracked changes and comments: all rejected"))
    return _join(blocks) + "\n\n" + "\n\n".join(reader.footnote_lines()) + "\n", applied, \
        warnings


_EMPTY_SPACING = 0.2


def _join(blocks: list[str]) -> str:
    """Paragraphs as text lines: blank lines where the document leaves empty paragraphs.

    A document typed with empty paragraphs between blocks (as a text file turned into
    Word) keeps its consecutive paragraphs together, like lines of one block; a document
    spaced by its styles has every paragraph as a block of its own.
    """
    empty = sum(1 for b in blocks if not b.strip())
    if not blocks or empty < len(blocks) * _EMPTY_SPACING:
        return "\n\n".join(b for b in blocks if b.strip())
    return "\n".join(blocks)


def _drop_fallbacks(root: Element) -> None:
    """Text boxes come twice (``mc:Choice`` and ``mc:Fallback``): keep one copy."""
    for fallback in list(root.iter(f"{{{MC_NS}}}Fallback")):
        parent = fallback.getparent()
        if parent is not None:
            parent.remove(fallback)


def _refuse_external_relationships(package: DocxPackage) -> None:
    for part in package.archive.namelist():
        if not part.endswith(".rels"):
            continue
        root = package.xml(part)
        for rel in root.iter(f"{{{R_NS}}}Relationship"):
            if rel.get("TargetMode") == "External" and not rel.get("Type", "").endswith(_HYPERLINK):
                kind = rel.get("Type", "").rsplit("/", 1)[-1]
                raise CorruptDocument(msg(
                    "{name} links to external content ({kind}: {target}); MoU Studio never "
                    "fetches it. Remove the link in Word (or save a copy as plain .docx) and "
                    "import again", name=package.name, kind=kind,
                    target=rel.get("Target", "")[:80]))


def _footnotes(root: Element | None) -> dict[str, str]:
    notes: dict[str, str] = {}
    if root is None:
        return notes
    for note in root.iter(w("footnote")):
        if note.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(_run_text(p, None) for p in note.iter(w("p"))).strip()
        notes[note.get(w("id"), "")] = text
    return notes


class _BodyReader:
    def __init__(self, numbering: ListNumbering, footnotes: dict[str, str]) -> None:
        self.numbering = numbering
        self.footnotes = footnotes
        self.called: list[str] = []

    def blocks(self, container: Element) -> Iterator[str]:
        """The text of each paragraph (and table cell) of ``container``, in order."""
        for child in container:
            if child.tag == w("p"):
                yield self._paragraph(child)
            elif child.tag == w("tbl"):
                yield from self._table(child)
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    yield from self.blocks(content)

    def _table(self, table: Element) -> Iterator[str]:
        for row in table.findall(w("tr")):
            for cell in row.findall(w("tc")):
                text = "\n".join(t for t in self.blocks(cell) if t.strip())
                yield f"\n{text}\n" if text else ""  # each cell is a block of its own

    def _paragraph(self, paragraph: Element) -> str:
        label = self.numbering.label(paragraph)
        text = _run_text(paragraph, self._call)
        if label and _HEADING_LABEL.match(label):
            return f"{label}\n{text}"  # "Article 1" numbered by Word, heading after it
        return f"{label} {text}" if label else text

    def _call(self, note_id: str) -> str:
        if note_id not in self.called:
            self.called.append(note_id)
        return superscript(self.called.index(note_id) + 1)

    def footnote_lines(self) -> list[str]:
        """The called footnotes as « ¹ text » lines, numbered in order of call."""
        return [
            f"{superscript(i)} {self.footnotes.get(note_id, '')}"
            for i, note_id in enumerate(self.called, start=1)
        ]


def _run_text(paragraph: Element, call: Callable[[str], str] | None) -> str:
    parts: list[str] = []
    for element in paragraph.iter():
        tag = element.tag
        if tag == w("t"):
            parts.append(element.text or "")
        elif tag == w("tab"):
            parts.append(" ")
        elif tag in (w("br"), w("cr")):
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        elif tag == w("footnoteReference") and call is not None:
            parts.append(call(element.get(w("id"), "")))
    return "".join(parts)
