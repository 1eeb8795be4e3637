"""Literal references (« l'article 5, paragraphe 3 », "Article 5(3)") → ``{{ref:…}}`` tokens.

A reference becomes a token when its target exists; when the computed wording differs from
the source (« article 1 » → « article premier »), the report says so. A reference whose
target is missing stays plain text and is listed in the report.
"""

from __future__ import annotations

import re

from mou_studio.core.importing.counting import number_value
from mou_studio.core.importing.report import ImportReport
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, Node, NodeKind, ref_token
from mou_studio.core.numbering import Numbering

_PATTERNS = {
    "fr": re.compile(
        r"(?P<full>paragraphe (?P<p>\d+)(?:, point (?P<pt>[a-z])\))? du présent article"
        r"|article (?P<a>\d+|premier)(?:,? paragraphe (?P<p2>\d+))?(?:,? point (?P<pt2>[a-z])\))?)"
    ),
    "en": re.compile(
        r"(?P<full>paragraph (?P<p>\d+)(?:\((?P<pt>[a-z])\))? of this Article"
        r"|paragraph (?P<p3>\d+) of Article (?P<a3>\d+)"
        r"|Article (?P<a>\d+|[IVXLC]+\b)(?:\((?P<p2>\d+)\))?(?:\((?P<pt2>[a-z])\))?)"
    ),
    "ru": re.compile(
        r"(?P<full>пункт(?P<case>а|е|ом|у)? (?P<p>\d+) настоящей статьи"
        r"|стать(?P<acase>я|и|е|ей|ю) (?P<a>\d+))"
    ),
}
# "article 4 de la convention": a reference to another instrument, not to this one.
_EXTERNAL = re.compile(
    r"^,?\s*(?:de la|du|de l['’]|des|of the|of that|of said|of)\s+(?!présent|présente|this)"
    r"|^\s*(?:настоящ)?(?:ей|его)?\s*(?:Конвенции|Договора|Соглашения)"
)
_RU_FORMS = {"а": "gen", "и": "gen", "е": "prep", "ом": "ins", "ей": "ins", "у": "dat",
             "ю": None, "я": None}


def resolve_references(agreement: Agreement, report: ImportReport) -> None:
    """Replace every resolvable literal reference in the operative text by a token."""
    pattern = _PATTERNS.get(agreement.language)
    if pattern is None:
        return
    numbering = Numbering(agreement)
    index = _Index(agreement, numbering)
    parents = agreement.parent_map()
    for node in agreement.walk():
        text = node.text.get(agreement.language)
        if text:
            node.text[agreement.language] = _resolve_text(
                text, node, pattern, index, numbering, parents, report, agreement.language)


class _Index:
    """Articles and paragraphs by their computed numbers."""

    def __init__(self, agreement: Agreement, numbering: Numbering) -> None:
        self.articles: dict[str, Node] = {}
        for article in agreement.articles():
            self.articles.setdefault(numbering.number(article.uid), article)
        self.numbering = numbering

    def find(self, article: Node | None, paragraph: str | None, point: str | None) -> Node | None:
        """The node of ``article`` numbered ``paragraph`` (and ``point``), or None."""
        if article is None:
            return None
        target = article
        for wanted in (paragraph, point):
            if wanted is None:
                continue
            target = next((c for c in target.children
                           if self.numbering.number(c.uid) == wanted), None)
            if target is None:
                return None
        return target


def _enclosing_article(node: Node, parents: dict[str, Node | None]) -> Node | None:
    current: Node | None = node
    while current is not None and current.kind is not NodeKind.ARTICLE:
        current = parents.get(current.uid)
    return current


def _resolve_text(text: str, node: Node, pattern: re.Pattern[str], index: _Index,
                  numbering: Numbering, parents: dict[str, Node | None],
                  report: ImportReport, lang: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if _EXTERNAL.match(text[match.end():]):
            return match.group(0)
        groups = match.groupdict()
        article_written = groups.get("a") or groups.get("a3")
        if article_written:
            value = number_value(article_written)
            article = index.articles.get(str(value)) if value else None
        else:
            article = _enclosing_article(node, parents)
        paragraph = groups.get("p") if not article_written else groups.get("p2") or groups.get("p3")
        point = groups.get("pt") or groups.get("pt2")
        target = index.find(article, paragraph, point)
        if target is None:
            report.unresolved_references.append(
                msg("« {reference} » (no such provision)", reference=match.group(0)))
            return match.group(0)
        forms = _forms(groups, lang)
        for form in forms:
            token = ref_token(target.uid, form)
            if numbering.render_text(token, lang, node.uid) == match.group(0):
                return token
        token = ref_token(target.uid, forms[0])
        report.warn(msg("« {written} » now reads « {house} » (house style)",
                        written=match.group(0),
                        house=numbering.render_text(token, lang, node.uid)))
        return token

    return pattern.sub(replace, text)


def _forms(groups: dict[str, str | None], lang: str) -> list[str | None]:
    if lang == "en":
        return [None, "long"]
    if lang == "ru":
        case = groups.get("case") or groups.get("acase")
        return [_RU_FORMS.get(case or ""), None]
    return [None]
