"""Cross-references that point nowhere, literal references to articles that do not exist,
and gaps or duplicates in the literal numbers kept from an imported text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_studio.core.lint.findings import Finding, Place, Severity
from mou_studio.core.lint.texts import plain, slots
from mou_studio.core.messages import Message, msg, msgn
from mou_studio.core.model import REF_TOKEN, Agreement, Node, NodeKind
from mou_studio.core.numbering import Numbering

RULE_DANGLING = "reference-dangling"
RULE_STALE = "reference-stale"
RULE_NUMBERING = "numbering-literal"

_ARTICLE_REF = {
    "fr": re.compile(r"(?<!\w)articles? (premier|\d+)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)Articles? (\d+)(?!\w)"),
    "ru": re.compile(r"(?<!\w)стать(?:я|и|ей|ю|е) (\d+)(?!\w)", re.IGNORECASE),
}
# What follows a reference to another instrument: « l'article 95 du traité », "Article 3
# of the Convention", «статьи 5 Конвенции». A reference to this one says « du présent… »,
# "of this…", «настоящего…».
_EXTERNAL_AFTER = {
    "fr": re.compile(r"^(?:,? ?(?:paragraphe|point|alinéa)s? [\w ]+?)?,? (?:du|de la|de l['’]"
                     r"|des|de son|de ses|de leur)(?! présente?s? )", re.IGNORECASE),
    "en": re.compile(r"^(?:\(\d+\))*(?:,? ?(?:paragraph|point)s? [\w ()]+?)?,? "
                     r"(?:of|to|under) (?!this )", re.IGNORECASE),
    "ru": re.compile(r"^,? ?(?!настоящ)[А-ЯЁ]|^,? ?(?!настоящ)[а-яё]+(?:ого|ой|ых) [А-ЯЁа-яё]"),
}


def check_references(agreement: Agreement) -> Iterator[Finding]:
    """Dangling tokens, stale literal article numbers, literal numbering slips."""
    numbering = Numbering(agreement)
    yield from _dangling(agreement)
    yield from _stale_literal(agreement, numbering)
    yield from _stale_paragraph(agreement, numbering)
    yield from _literal_numbering(agreement.body, numbering)
    for annex in agreement.annexes:
        yield from _literal_numbering(annex.body, numbering)


def _dangling(agreement: Agreement) -> Iterator[Finding]:
    targets = {n.uid for n in agreement.walk()} | {a.uid for a in agreement.annexes}
    for slot in slots(agreement):
        for lang, text in slot.text.items():
            for match in REF_TOKEN.finditer(text):
                if match.group(1) not in targets:
                    yield Finding(RULE_DANGLING, Severity.ERROR,
                                  msg("a cross-reference points to a part that was deleted; "
                                      "pick its new target or remove it"), slot.place, lang)


def _stale_literal(agreement: Agreement, numbering: Numbering) -> Iterator[Finding]:
    existing = {numbering.number(a.uid) for a in agreement.articles()}
    if not existing:
        return
    for slot in slots(agreement):
        if slot.place.part != "node":
            continue
        for lang in agreement.languages:
            pattern, external = _ARTICLE_REF.get(lang), _EXTERNAL_AFTER.get(lang)
            if pattern is None or external is None:
                continue
            text = plain(slot.text.get(lang, ""))
            for match in pattern.finditer(text):
                number = "1" if match.group(1).lower() == "premier" else match.group(1)
                if number in existing or external.search(text[match.end():][:60]):
                    continue
                yield Finding(RULE_STALE, Severity.WARNING,
                              msgn("“{found}” refers to an article this agreement does not "
                                   "have (it has {count}); use a cross-reference so it "
                                   "follows renumbering",
                                   "“{found}” refers to an article this agreement does not "
                                   "have (it has {count}); use a cross-reference so it "
                                   "follows renumbering",
                                   len(existing), found=match.group(0)), slot.place, lang)


_OWN_PARAGRAPH_REF = {
    "fr": re.compile(r"(?<!\w)paragraphe (\d+) du présent article", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)paragraph (\d+) of this Article", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)пункт[а-я]* (\d+) настоящей статьи", re.IGNORECASE),
}


def _stale_paragraph(agreement: Agreement, numbering: Numbering) -> Iterator[Finding]:
    """« paragraphe 4 du présent article » in an article with three paragraphs."""
    for article in agreement.articles():
        numbers = {numbering.number(c.uid) for c in article.children
                   if c.kind is NodeKind.PARAGRAPH}
        for node in article.walk():
            for lang in agreement.languages:
                pattern = _OWN_PARAGRAPH_REF.get(lang)
                text = plain(node.text.get(lang, ""))
                for match in pattern.finditer(text) if pattern else ():
                    if match.group(1) not in numbers:
                        yield Finding(RULE_STALE, Severity.WARNING,
                                      msg("“{found}”: this article has no paragraph "
                                          "{number}; use a cross-reference so it follows "
                                          "renumbering", found=match.group(0),
                                          number=match.group(1)),
                                      Place("node", node.uid, "text"), lang)


def _literal_numbering(nodes: list[Node], numbering: Numbering) -> Iterator[Finding]:
    by_kind: dict[NodeKind, list[Node]] = {}
    for node in nodes:
        by_kind.setdefault(node.kind, []).append(node)
    for kind, siblings in by_kind.items():
        if any(n.literal_number is not None for n in siblings):
            yield from _sequence(kind, siblings, numbering)
    for node in nodes:
        yield from _literal_numbering(node.children, numbering)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _value(number: str) -> int | None:
    """4 for "4", "4 bis" and "IV"; None for anything else ("a", "")."""
    leading = re.match(r"\d+", number)
    if leading:
        return int(leading.group(0))
    roman = re.match(r"[IVXLC]+(?![\w])", number)
    if roman is None:
        return None
    values = [_ROMAN_VALUES[c] for c in roman.group(0)]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def _sequence(kind: NodeKind, siblings: list[Node], numbering: Numbering
              ) -> Iterator[Finding]:
    seen: set[str] = set()
    previous: int | None = None
    for node in siblings:
        number = numbering.number(node.uid)
        place = Place("node", node.uid, "text")
        if number and number in seen:
            yield Finding(RULE_NUMBERING, Severity.ERROR,
                          _twice(kind, number), place)
        seen.add(number)
        value = _value(number)
        if value is None:
            continue
        if previous is not None and value > previous + 1:
            yield Finding(RULE_NUMBERING, Severity.WARNING,
                          msg("numbering jumps from {previous} to {value}: {kind} "
                              "{missing} is missing", previous=previous, value=value,
                              kind=_KIND_NAMES[kind], missing=previous + 1), place)
        previous = value


_KIND_NAMES: dict[NodeKind, Message] = {
    NodeKind.CHAPTER: msg("chapter"),
    NodeKind.ARTICLE: msg("article"),
    NodeKind.PARAGRAPH: msg("paragraph"),
    NodeKind.POINT: msg("point"),
    NodeKind.SUBPOINT: msg("subpoint"),
    NodeKind.LETTER: msg("letter"),
}


def _twice(kind: NodeKind, number: str) -> Message:
    """Two siblings of ``kind`` numbered ``number``, said whole: the noun's plural and
    its gender differ by language."""
    if kind is NodeKind.CHAPTER:
        return msg("two chapters are numbered {number}", number=number)
    if kind is NodeKind.ARTICLE:
        return msg("two articles are numbered {number}", number=number)
    if kind is NodeKind.PARAGRAPH:
        return msg("two paragraphs are numbered {number}", number=number)
    if kind is NodeKind.POINT:
        return msg("two points are numbered {number}", number=number)
    if kind is NodeKind.SUBPOINT:
        return msg("two subpoints are numbered {number}", number=number)
    return msg("two letters are numbered {number}", number=number)
