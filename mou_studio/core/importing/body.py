"""The operative text: articles, paragraphs, points, chapters, letters and annexes."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from mou_studio.core.importing.classify import Kind, Token
from mou_studio.core.importing.counting import NumberTracker
from mou_studio.core.importing.report import ImportReport
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, Annex, Node, NodeKind


def fast_uid() -> str:
    """A fresh 12-hex-digit uid, as ``model.new_uid`` makes, without uuid4's overhead."""
    return os.urandom(6).hex()


_TERMINAL = re.compile(r"[.;:!?»\"”)]$")
_HEADING_MAX = 160
_ROMAN_AMBIGUOUS = ("i", "v", "x")


def is_heading_like(text: str) -> bool:
    """A short line without final punctuation: a heading rather than a sentence."""
    return len(text) <= _HEADING_MAX and not re.search(r"[.;:,]$", text)


def joins_previous(token: Token, previous_text: str) -> bool:
    """Whether ``token`` continues the text before it (a wrapped line or a page break)."""
    text = token.line.text
    if not previous_text:
        return False
    if text[0].islower():
        return True
    return not token.line.gap and not _TERMINAL.search(previous_text)


@dataclass
class _Cursor:
    """Where the next unit goes."""

    container: list[Node]
    chapter: Node | None = None
    article: Node | None = None
    paragraph: Node | None = None
    point: Node | None = None
    last: Node | None = None  # the unit whose text a continuation line extends
    expect_heading: Node | None = None
    annex: Annex | None = None
    annex_title_open: bool = False
    paragraph_closer: str = ""  # "." or ")" as the current paragraph's number was written
    point_numeric: bool = False


class BodyParser:
    """Builds the body (and annexes) of one agreement from its classified lines."""

    def __init__(self, agreement: Agreement, report: ImportReport, articles_present: bool,
                 letters: bool = False) -> None:
        self.agreement = agreement
        self.report = report
        self.tracker = NumberTracker()
        self.articles_present = articles_present
        self.letters = letters
        self.cursor = _Cursor(agreement.body)

    # -- dispatch --------------------------------------------------------------------

    def feed(self, token: Token) -> None:
        """Place one line of the operative text in the tree."""
        kind = token.kind
        if kind is Kind.ARTICLE or (
            kind in (Kind.SECTION, Kind.BARE_ROMAN) and not self.articles_present
        ):
            self._article(token)
        elif kind is Kind.CHAPTER:
            self._chapter(token)
        elif kind is Kind.ANNEX:
            self._annex(token)
        elif kind is Kind.SALUTATION and self.letters:
            self._letter(token)
        elif kind is Kind.PARAGRAPH:
            self._paragraph(token)
        elif kind is Kind.POINT:
            self._point(token)
        elif kind is Kind.SUBPOINT:
            self._subpoint(token.label, token.text)
        elif kind is Kind.DASH:
            self._dash(token)
        elif kind is Kind.FOREIGN:
            self.report.drop(token.number, token.line.text, msg("other language version"))
        else:
            self._text(token)

    # -- structural units ------------------------------------------------------------

    def _article(self, token: Token) -> None:
        c = self.cursor
        siblings = c.chapter.children if c.chapter is not None else c.container
        article = Node(uid=fast_uid(), kind=NodeKind.ARTICLE)
        self.tracker.assign(article, _article_number(token.label), siblings, in_article=True)
        if token.heading:
            article.heading = self._lang(token.heading)
        siblings.append(article)
        c.article, c.paragraph, c.point, c.last = article, None, None, None
        c.expect_heading = None if token.heading else article

    def _chapter(self, token: Token) -> None:
        c = self.cursor
        chapter = Node(uid=fast_uid(), kind=NodeKind.CHAPTER)
        self.tracker.assign(chapter, token.label.upper(), c.container, in_article=False)
        self.tracker.share(c.container, chapter.children)
        if token.heading:
            chapter.heading = self._lang(token.heading)
        c.container.append(chapter)
        c.chapter, c.article, c.paragraph, c.point, c.last = chapter, None, None, None, None
        c.expect_heading = None if token.heading else chapter

    def _letter(self, token: Token) -> None:
        c = self.cursor
        letter = Node(uid=fast_uid(), kind=NodeKind.LETTER, text=self._lang(token.line.text))
        self.tracker.assign(letter, str(_count(c.container, NodeKind.LETTER) + 1),
                            c.container, in_article=False)
        c.container.append(letter)
        c.chapter = letter  # paragraphs of a letter go inside it
        c.article, c.paragraph, c.point, c.last, c.expect_heading = None, None, None, None, None

    def _annex(self, token: Token) -> None:
        title = token.heading
        annex = Annex(literal_number=token.label or None)
        if token.extra in ("appendice", "appendix"):
            # Appendices are annexes whose label reads « Appendice I ».
            annex.label_word = self._lang(token.extra.capitalize())
        if title:
            annex.title = self._lang(title)
        self.agreement.annexes.append(annex)
        self.cursor = _Cursor(annex.body, annex=annex, annex_title_open=not token.heading)

    def _paragraph(self, token: Token) -> None:
        c = self.cursor
        if self._is_sub_item(token):
            self._add_point(token.label, token.text, numbered=True)
            return
        parent = c.article or c.chapter
        siblings = parent.children if parent is not None else c.container
        text = self._lang(token.text) if token.text else {}
        node = Node(uid=fast_uid(), kind=NodeKind.PARAGRAPH, text=text)
        self.tracker.assign(node, token.label, siblings, in_article=c.article is not None)
        siblings.append(node)
        c.paragraph, c.point, c.last, c.expect_heading = node, None, node, None
        c.paragraph_closer = token.extra
        c.annex_title_open = False

    def _is_sub_item(self, token: Token) -> bool:
        """« 1) » under a paragraph written « 1. »: a numbered sub-item, not a paragraph."""
        c = self.cursor
        if token.extra != ")" or c.paragraph is None or c.article is None:
            return False
        if c.paragraph_closer != ".":
            return False
        return token.label == "1" or (c.point is not None and c.point_numeric)

    def _point(self, token: Token) -> None:
        c = self.cursor
        if token.label in _ROMAN_AMBIGUOUS and c.point is not None:
            parent = self._point_parent()
            expected = self.tracker.next_local(NodeKind.POINT, parent)
            if expected != token.label:
                self._subpoint(token.label, token.text)
                return
        self._add_point(token.label, token.text, numbered=True)

    def _point_parent(self) -> list[Node]:
        c = self.cursor
        holder = c.paragraph or c.article or c.chapter
        return holder.children if holder is not None else c.container

    def _add_point(self, label: str, text: str, numbered: bool) -> None:
        c = self.cursor
        siblings = self._point_parent()
        node = Node(uid=fast_uid(), kind=NodeKind.POINT, text=self._lang(text) if text else {})
        self.tracker.assign(node, label if numbered else None, siblings,
                            in_article=c.article is not None)
        siblings.append(node)
        c.point, c.last, c.expect_heading = node, node, None
        c.point_numeric = label.isdigit()
        c.annex_title_open = False

    def _subpoint(self, label: str, text: str) -> None:
        c = self.cursor
        if c.point is None:
            self._add_point(label, text, numbered=True)
            return
        node = Node(uid=fast_uid(), kind=NodeKind.SUBPOINT, text=self._lang(text) if text else {})
        self.tracker.assign(node, label, c.point.children, in_article=c.article is not None)
        c.point.children.append(node)
        c.last = node

    def _dash(self, token: Token) -> None:
        self._add_point("", token.text, numbered=False)

    # -- running text ----------------------------------------------------------------

    def _text(self, token: Token) -> None:
        c = self.cursor
        text = token.line.text
        if c.expect_heading is not None and is_heading_like(text) and not c.expect_heading.heading:
            c.expect_heading.heading = self._lang(text)
            c.expect_heading = None
            return
        c.expect_heading = None
        if c.annex_title_open and c.annex is not None and is_heading_like(text):
            old = c.annex.title.get(self.agreement.language, "")
            c.annex.title = self._lang(f"{old} — {text}" if old else text)
            c.annex_title_open = False
            return
        c.annex_title_open = False
        last = c.last
        if last is not None and not last.text:
            last.text = self._lang(text)
            return
        previous = last.text.get(self.agreement.language, "") if last is not None else ""
        if last is not None and joins_previous(token, previous):
            last.text = self._lang(f"{previous} {text}")
            return
        self._unnumbered_paragraph(text)

    def _unnumbered_paragraph(self, text: str) -> None:
        c = self.cursor
        parent = c.article or c.chapter
        siblings = parent.children if parent is not None else c.container
        node = Node(uid=fast_uid(), kind=NodeKind.PARAGRAPH, text=self._lang(text),
                    numbered=False)
        siblings.append(node)
        c.paragraph, c.point, c.last, c.paragraph_closer = node, None, node, ""

    def _lang(self, text: str) -> dict[str, str]:
        return {self.agreement.language: text}


def _article_number(label: str) -> str:
    return "1" if label.lower() in ("premier", "1er") else " ".join(label.split())


def _count(nodes: list[Node], kind: NodeKind) -> int:
    return sum(1 for n in nodes if n.kind is kind)
