"""What a reader sees: the agreement rendered in one language, as data or as text.

``agreement_view`` is the public JSON shape printed by ``mou-studio-cli show --json``
(documented in ``docs/json.md``); later features (import, compare) reuse it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import format_date

from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement, LangText, Node, NodeKind, SignatureBlock
from mou_studio.core.numbering import Numbering

BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ru": "ru_RU"}


def missing_language(agreement_id: int, agreement: Agreement, lang: str) -> Message:
    """Why agreement ``agreement_id`` cannot be shown in ``lang``: it has no such version."""
    return msg("agreement {id} has no '{lang}' version (it has: {languages})",
               id=agreement_id, lang=lang, languages=", ".join(agreement.languages))


def pick(text: LangText, lang: str) -> str:
    """The text in ``lang``; an empty string when that language version is missing."""
    return text.get(lang, "")


def format_long_date(iso_date: str, lang: str) -> str:
    """« 19 mars 2010 », "19 March 2010", «19 марта 2010 г.» from an ISO date."""
    try:
        day = dt.date.fromisoformat(iso_date)
    except ValueError:
        return iso_date
    return format_date(day, format="long", locale=BABEL_LOCALES.get(lang, "en_GB"))


def signature_date(block: SignatureBlock, lang: str) -> str:
    """The date line of a signature block: as written when it was, else formatted."""
    if block.date_text:
        return block.date_text.get(lang) or next(iter(block.date_text.values()))
    return format_long_date(block.date, lang) if block.date else ""


def signature_place(block: SignatureBlock, lang: str) -> str:
    return block.place.get(lang) or next(iter(block.place.values()), "")


def agreement_view(agreement: Agreement, lang: str | None = None) -> dict[str, Any]:
    """The agreement rendered in ``lang`` (default: its primary language) as plain data."""
    lang = lang or agreement.language
    numbering = Numbering(agreement)

    def text(value: LangText, context: str | None = None) -> str:
        return numbering.render_text(pick(value, lang), lang, context)

    return {
        "uid": agreement.uid,
        "title": text(agreement.title),
        "kind": agreement.kind.value,
        "register": agreement.register.value,
        "language": lang,
        "languages": list(agreement.languages),
        "parties": [
            {
                "uid": party.uid,
                "name": pick(party.name, lang),
                "short_name": pick(party.short_name, lang),
                "short_form": party.short_form(lang),
            }
            for party in agreement.parties
        ],
        "preamble": text(agreement.preamble_intro),
        "recitals": [text(r.text) for r in agreement.recitals],
        "enacting_formula": text(agreement.enacting_formula),
        "letters": [_article_view(n, numbering, lang) for n in agreement.body
                    if n.kind is NodeKind.LETTER],
        "articles": [_article_view(a, numbering, lang) for a in agreement.articles()],
        "testimonium": text(agreement.testimonium),
        "signatures": [_signature_view(agreement, s, lang) for s in agreement.signatures],
        "footnotes": [
            {"number": i, "text": text(f.text)}
            for i, f in enumerate(agreement.footnotes, start=1)
        ],
        "annexes": [
            {
                "label": numbering.annex_label(annex, lang),
                "title": text(annex.title),
                "articles": [
                    _article_view(n, numbering, lang)
                    for root in annex.body for n in root.walk()
                    if n.kind is NodeKind.ARTICLE
                ],
                "paragraphs": [
                    _unit_view(n, numbering, lang) for n in annex.body
                    if n.kind is not NodeKind.ARTICLE
                ],
            }
            for annex in agreement.annexes
        ],
    }


def _article_view(article: Node, numbering: Numbering, lang: str) -> dict[str, Any]:
    units = [_unit_view(p, numbering, lang) for p in article.children]
    return {
        "uid": article.uid,
        "label": numbering.label(article, lang),
        "number": numbering.number(article.uid),
        "heading": pick(article.heading, lang),
        "text": numbering.render_text(pick(article.text, lang), lang, article.uid),
        "paragraphs": [unit["text"] for unit in units],
        "units": units,
    }


def _unit_view(node: Node, numbering: Numbering, lang: str) -> dict[str, Any]:
    return {
        "uid": node.uid,
        "kind": node.kind.value,
        "label": numbering.label(node, lang),
        "text": numbering.render_text(pick(node.text, lang), lang, node.uid),
        "points": [_unit_view(c, numbering, lang) for c in node.children],
    }


def _signature_view(agreement: Agreement, block: SignatureBlock, lang: str) -> dict[str, Any]:
    party = agreement.party(block.party)
    return {
        "party": party.short_form(lang) if party else pick(block.caption, lang),
        "caption": pick(block.caption, lang),
        "name": block.signatory,
        "title": pick(block.title, lang),
        "date": block.date,
        "date_text": signature_date(block, lang),
        "place": signature_place(block, lang),
    }


def agreement_plain_text(agreement: Agreement, lang: str | None = None) -> str:
    """The agreement as plain text, one block per line, as it would be printed."""
    view = agreement_view(agreement, lang)
    lines: list[str] = [view["title"]]
    lines += [p for p in [view["preamble"], *view["recitals"], view["enacting_formula"]] if p]
    for article in [*view["letters"], *view["articles"]]:
        lines.append(article["label"])
        if article["heading"]:
            lines.append(article["heading"])
        if article["text"]:
            lines.append(article["text"])
        lines += _unit_lines(article["units"])
    if view["testimonium"]:
        lines.append(view["testimonium"])
    for sig in view["signatures"]:
        lines += [v for v in (sig["caption"], sig["name"], sig["title"],
                              sig["date_text"], sig["place"]) if v]
    for note in view["footnotes"]:
        lines.append(f"{note['number']} {note['text']}")
    return "\n".join(lines) + "\n"


def _unit_lines(units: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for unit in units:
        label = f"{unit['label']} " if unit["label"] else ""
        lines.append(f"{label}{unit['text']}")
        lines += _unit_lines(unit["points"])
    return lines
