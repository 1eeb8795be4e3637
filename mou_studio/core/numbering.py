"""Labels and cross-references, computed from the tree's shape in each language.

Nothing here is stored: move Article 6 before Article 3 and :class:`Numbering` built on the
new tree gives « Article 4 » to the old Article 3 and renders every ``{{ref:…}}`` token
that pointed at it with its new number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mou_studio.core.model import (
    FOOTNOTE_TOKEN,
    REF_TOKEN,
    Agreement,
    Annex,
    Node,
    NodeKind,
)

ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip

ARTICLE_WORD = {"fr": "Article", "en": "Article", "ru": "Статья"}
CHAPTER_WORD = {"fr": "Chapitre", "en": "Chapter", "ru": "Глава"}
ANNEX_WORD = {"fr": "Annexe", "en": "Annex", "ru": "Приложение"}
LETTER_WORD = {"fr": "Lettre n°", "en": "Letter No", "ru": "Письмо №"}
MISSING_REFERENCE = {
    "fr": "[renvoi introuvable]",
    "en": "[missing reference]",
    "ru": "[ссылка не найдена]",
}


def roman(number: int) -> str:
    """Return ``number`` in upper-case Roman numerals (1 → "I")."""
    out: list[str] = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", SUPERSCRIPTS)


def superscript(number: int) -> str:
    """A footnote call as plain text shows it: 1 → "¹"."""
    return str(number).translate(SUPERSCRIPT_DIGITS)


def point_letter(index: int) -> str:
    """Return the letter of the ``index``-th point (1 → "a", 27 → "aa")."""
    letter = chr(ord("a") + (index - 1) % 26)
    return letter * ((index - 1) // 26 + 1)


def _roman_lower(index: int) -> str:
    return roman(index).lower()


@dataclass(frozen=True)
class Position:
    """Where a node stands: its own number and the numbers of its ancestors."""

    kind: NodeKind
    number: str  # "1", "4 bis", "a", "ii"; "" for an unnumbered paragraph
    article: str | None  # uid of the enclosing article (itself for an article)
    paragraph: str | None  # uid of the enclosing paragraph
    annex: str | None  # uid of the enclosing annex


class Numbering:
    """The computed numbers of every node of one agreement."""

    def __init__(self, agreement: Agreement) -> None:
        self.agreement = agreement
        self.positions: dict[str, Position] = {}
        self.annex_numbers: dict[str, str] = {}
        self._number_container(agreement.body, annex=None)
        for index, annex in enumerate(agreement.annexes, start=1):
            self.annex_numbers[annex.uid] = annex.literal_number or roman(index)
            self._number_container(annex.body, annex=annex.uid)
        self.footnote_numbers = {fn.uid: i for i, fn in enumerate(agreement.footnotes, 1)}

    # -- computing ---------------------------------------------------------------

    def _number_container(self, nodes: list[Node], annex: str | None) -> None:
        self._number_level(nodes, annex, None, None, _fresh_counters())

    def _number_level(
        self,
        nodes: list[Node],
        annex: str | None,
        article: str | None,
        paragraph: str | None,
        counters: dict[str, int],
    ) -> None:
        siblings_counter = 0
        for node in nodes:
            if node.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER):
                number = _next_number(node, counters, node.kind.value)
            elif node.kind is NodeKind.PARAGRAPH and article is None:
                # An unnumbered paragraph outside any article has no label either.
                number = (_next_number(node, counters, "paragraph")
                          if node.numbered or node.literal_number is not None else "")
            else:
                if node.numbered and node.literal_number is None:
                    siblings_counter += 1
                number = _local_number(node, siblings_counter)
            own_article = node.uid if node.kind is NodeKind.ARTICLE else article
            own_paragraph = node.uid if node.kind is NodeKind.PARAGRAPH else paragraph
            self.positions[node.uid] = Position(
                node.kind, number, own_article, own_paragraph, annex
            )
            # Article numbers run on through chapters; everything else restarts.
            child_counters = counters if node.kind is NodeKind.CHAPTER else _fresh_counters()
            self._number_level(node.children, annex, own_article, own_paragraph,
                               child_counters)

    # -- reading -----------------------------------------------------------------

    def number(self, uid: str) -> str:
        """The bare number of a node ("1", "4 bis", "a"), "" when unnumbered."""
        return self.positions[uid].number

    def label(self, node: Node, lang: str) -> str:
        """The label printed before a node: « Article premier », "2.", "a)", ""."""
        number = self.positions[node.uid].number
        return format_label(node.kind, number, lang)

    def annex_label(self, annex: Annex, lang: str) -> str:
        word = annex.label_word.get(lang) or ANNEX_WORD.get(lang, "Annex")
        return f"{word} {self.annex_numbers[annex.uid]}"

    def reference(self, target_uid: str, lang: str, context_uid: str | None = None,
                  form: str | None = None) -> str:
        """Render a cross-reference to ``target_uid`` as it reads in running text.

        ``context_uid`` is the node whose text holds the reference: a reference to a
        paragraph of the same article reads « paragraphe 1 du présent article ».
        """
        if target_uid in self.annex_numbers:
            word = ANNEX_WORD.get(lang, "Annex")
            word = word if lang == "en" else word.lower()
            return f"{word} {self.annex_numbers[target_uid]}"
        target = self.positions.get(target_uid)
        if target is None:
            return MISSING_REFERENCE.get(lang, MISSING_REFERENCE["en"])
        context = self.positions.get(context_uid) if context_uid else None
        same_article = (
            context is not None
            and target.article is not None
            and context.article == target.article
            and target.kind is not NodeKind.ARTICLE
        )
        render = _REFERENCE_RENDERERS.get(lang, _reference_en)
        return render(self, target, same_article, form)

    def render_text(
        self,
        text: str,
        lang: str,
        context_uid: str | None = None,
        footnote: Callable[[int], str] = superscript,
    ) -> str:
        """Replace the reference and footnote tokens of ``text`` by what a reader sees."""

        def ref(match: re.Match[str]) -> str:
            return self.reference(match.group(1), lang, context_uid, match.group(2))

        def note(match: re.Match[str]) -> str:
            number = self.footnote_numbers.get(match.group(1))
            return footnote(number) if number else ""

        return FOOTNOTE_TOKEN.sub(note, REF_TOKEN.sub(ref, text))

    def article_number_of(self, uid: str) -> str | None:
        article = self.positions[uid].article
        return self.positions[article].number if article else None


def _fresh_counters() -> dict[str, int]:
    return {"article": 0, "chapter": 0, "paragraph": 0, "letter": 0}


def _next_number(node: Node, counters: dict[str, int], key: str) -> str:
    if node.literal_number is not None:
        literal = node.literal_number.strip()
        if literal.isdigit():
            counters[key] = int(literal)
        return literal
    counters[key] += 1
    value = counters[key]
    return roman(value) if key == "chapter" else str(value)


def _local_number(node: Node, index: int) -> str:
    if node.literal_number is not None:
        return node.literal_number
    if not node.numbered:
        return ""
    if node.kind is NodeKind.POINT:
        return point_letter(index)
    if node.kind is NodeKind.SUBPOINT:
        return _roman_lower(index)
    return str(index)


def format_label(kind: NodeKind, number: str, lang: str) -> str:
    """The label of a node of ``kind`` numbered ``number`` in ``lang``."""
    if not number:
        return ""
    if kind is NodeKind.ARTICLE:
        shown = "premier" if lang == "fr" and number == "1" else number
        return f"{ARTICLE_WORD.get(lang, 'Article')} {shown}"
    if kind is NodeKind.CHAPTER:
        return f"{CHAPTER_WORD.get(lang, 'Chapter')} {number}"
    if kind is NodeKind.LETTER:
        return f"{LETTER_WORD.get(lang, 'Letter No')} {number}"
    if kind is NodeKind.PARAGRAPH:
        return f"{number}."
    return f"{number})"


# -- reference wording per language ------------------------------------------------


def _article_number(numbering: Numbering, pos: Position) -> str:
    return numbering.positions[pos.article].number if pos.article else ""


def _paragraph_number(numbering: Numbering, pos: Position) -> str:
    return numbering.positions[pos.paragraph].number if pos.paragraph else ""


def _reference_fr(numbering: Numbering, pos: Position, same_article: bool,
                  form: str | None) -> str:
    article = _article_number(numbering, pos)
    article_text = "article premier" if article == "1" else f"article {article}"
    if pos.kind is NodeKind.ARTICLE:
        return article_text
    if pos.kind is NodeKind.CHAPTER:
        return f"chapitre {pos.number}"
    paragraph = _paragraph_number(numbering, pos)
    parts = [f"paragraphe {paragraph}"] if paragraph else []
    if pos.kind in (NodeKind.POINT, NodeKind.SUBPOINT):
        parts.append(f"point {pos.number})")
    if not article:
        return ", ".join(parts)
    if same_article:
        return ", ".join(parts) + " du présent article"
    return ", ".join([article_text, *parts])


def _reference_en(numbering: Numbering, pos: Position, same_article: bool,
                  form: str | None) -> str:
    article = _article_number(numbering, pos)
    if pos.kind is NodeKind.ARTICLE:
        return f"Article {article}"
    if pos.kind is NodeKind.CHAPTER:
        return f"Chapter {pos.number}"
    paragraph = _paragraph_number(numbering, pos)
    point = f"({pos.number})" if pos.kind in (NodeKind.POINT, NodeKind.SUBPOINT) else ""
    if not article:
        return f"paragraph {paragraph}{point}"
    if same_article:
        return f"paragraph {paragraph}{point} of this Article"
    if form == "long" and paragraph:
        return f"paragraph {paragraph}{point} of Article {article}"
    inner = f"({paragraph})" if paragraph else ""
    return f"Article {article}{inner}{point}"


_RU_CASES = {
    "статья": {"gen": "статьи", "dat": "статье", "ins": "статьей", "prep": "статье"},
    "пункт": {"gen": "пункта", "dat": "пункту", "ins": "пунктом", "prep": "пункте"},
    "подпункт": {"gen": "подпункта", "dat": "подпункту", "ins": "подпунктом",
                 "prep": "подпункте"},
    "глава": {"gen": "главы", "dat": "главе", "ins": "главой", "prep": "главе"},
}


def _ru_word(word: str, case: str | None) -> str:
    return _RU_CASES[word].get(case or "", word)


def _reference_ru(numbering: Numbering, pos: Position, same_article: bool,
                  form: str | None) -> str:
    article = _article_number(numbering, pos)
    if pos.kind is NodeKind.ARTICLE:
        return f"{_ru_word('статья', form)} {article}"
    if pos.kind is NodeKind.CHAPTER:
        return f"{_ru_word('глава', form)} {pos.number}"
    paragraph = _paragraph_number(numbering, pos)
    words: list[str] = []
    head_done = False
    if pos.kind in (NodeKind.POINT, NodeKind.SUBPOINT):
        words.append(f"{_ru_word('подпункт', form)} «{pos.number}»")
        head_done = True
    if paragraph:
        word = _ru_word("пункт", "gen" if head_done else form)
        words.append(f"{word} {paragraph}")
        head_done = True
    if article:
        words.append("настоящей статьи" if same_article else f"статьи {article}")
    return " ".join(words)


_REFERENCE_RENDERERS = {"fr": _reference_fr, "en": _reference_en, "ru": _reference_ru}
