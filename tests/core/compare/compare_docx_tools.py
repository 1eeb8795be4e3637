"""Test helpers: read a .docx's paragraphs after accepting or rejecting every revision.

Written against the OOXML rules, independently of the redline writer: accepting removes
``w:del`` content and unwraps ``w:ins``; a paragraph whose mark is deleted (accept) or
inserted (reject) is joined to the paragraph that follows it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document_root(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _run_text(run: etree._Element, keep_deleted: bool) -> str:
    parts = []
    for child in run:
        if child.tag == W + "t" or (child.tag == W + "delText" and keep_deleted):
            parts.append(child.text or "")
        elif child.tag == W + "tab":
            parts.append("\t")
    return "".join(parts)


def _paragraph_text(paragraph: etree._Element, accept: bool) -> str:
    parts = []
    for element in paragraph.iter(W + "r"):
        parent = element.getparent()
        wrapper = parent.tag if parent is not None else ""
        if wrapper in (W + "del", W + "moveFrom") and accept:
            continue
        if wrapper in (W + "ins", W + "moveTo") and not accept:
            continue
        if element.getparent() is not None and element.getparent().tag == W + "rPr":
            continue
        parts.append(_run_text(element, keep_deleted=not accept))
    return "".join(parts)


def _mark_removed(paragraph: etree._Element, accept: bool) -> bool:
    rpr = paragraph.find(f"{W}pPr/{W}rPr")
    if rpr is None:
        return False
    gone = W + ("del" if accept else "ins")
    return rpr.find(gone) is not None


def resolved_paragraphs(path: Path, accept: bool) -> list[str]:
    """The body's paragraph texts once every revision is accepted (or rejected)."""
    body = document_root(path).find(W + "body")
    assert body is not None
    result: list[str] = []
    pending = ""
    for paragraph in body.iter(W + "p"):
        pending += _paragraph_text(paragraph, accept)
        if not _mark_removed(paragraph, accept):
            result.append(pending)
            pending = ""
    if pending:
        result.append(pending)
    return result


def revision_ids(path: Path) -> list[str]:
    root = document_root(path)
    tags = {W + name for name in ("ins", "del", "moveFrom", "moveTo")}
    return [el.get(W + "id") for el in root.iter() if el.tag in tags]
