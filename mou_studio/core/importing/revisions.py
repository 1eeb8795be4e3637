"""Tracked changes and comments in WordprocessingML: found, then accepted or rejected."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Element = etree._Element  # pyright: ignore[reportPrivateUsage]


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag: w("p") → "{…/main}p"."""
    return f"{{{W}}}{tag}"


_CONTENT_CHANGES = ("ins", "del", "moveFrom", "moveTo")
_PROPERTY_CHANGES = ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
                     "tcPrChange", "tblGridChange", "numberingChange")
_RANGE_MARKS = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                "moveToRangeEnd", "commentRangeStart", "commentRangeEnd")


@dataclass(frozen=True)
class RevisionCount:
    """How many tracked changes and comments a document carries."""

    changes: int
    comments: int

    @property
    def any(self) -> bool:
        """Whether there is anything to accept or reject."""
        return bool(self.changes or self.comments)


def count_revisions(root: Element, has_comments_part: bool) -> RevisionCount:
    """How many tracked changes and comment marks ``root`` holds."""
    changes = sum(1 for tag in (*_CONTENT_CHANGES, *_PROPERTY_CHANGES)
                  for _ in root.iter(w(tag)))
    comments = sum(1 for _ in root.iter(w("commentReference")))
    if has_comments_part and not comments:
        comments = sum(1 for _ in root.iter(w("commentRangeStart")))
    return RevisionCount(changes, comments)


def apply_revisions(root: Element, choice: str) -> None:
    """Accept or reject every tracked change in ``root`` (in place); drop comment marks."""
    accept = choice == "accept"
    _merge_paragraph_marks(root, "del" if accept else "ins")
    _drop_rows(root, "del" if accept else "ins")
    removed = ("del", "moveFrom") if accept else ("ins", "moveTo")
    kept = ("ins", "moveTo") if accept else ("del", "moveFrom")
    for tag in removed:
        for element in list(root.iter(w(tag))):
            _remove(element)
    for tag in kept:
        for element in list(root.iter(w(tag))):
            _unwrap(element)
    if not accept:
        for element in root.iter(w("delText")):
            element.tag = w("t")
        for element in root.iter(w("delInstrText")):
            element.tag = w("instrText")
    for tag in (*_PROPERTY_CHANGES, *_RANGE_MARKS):
        for element in list(root.iter(w(tag))):
            _remove(element)
    for reference in list(root.iter(w("commentReference"))):
        _remove(reference)


def _merge_paragraph_marks(root: Element, mark: str) -> None:
    """A deleted (accept) or inserted (reject) paragraph mark joins a paragraph to the next."""
    for paragraph in list(root.iter(w("p"))):
        rpr = paragraph.find(f"{w('pPr')}/{w('rPr')}")
        if rpr is None or rpr.find(w(mark)) is None:
            continue
        following = paragraph.getnext()
        if following is None or following.tag != w("p"):
            continue
        for child in list(following):
            if child.tag != w("pPr"):
                paragraph.append(child)
        _remove(following)


def _drop_rows(root: Element, mark: str) -> None:
    for row in list(root.iter(w("tr"))):
        trpr = row.find(w("trPr"))
        if trpr is not None and trpr.find(w(mark)) is not None:
            _remove(row)


def _remove(element: Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element: Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)
