"""The JSON an import prints: the `show --json` shape, plus what the import found."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mou_studio.core.importing.report import ImportReport
from mou_studio.core.messages import Message
from mou_studio.core.model import REF_TOKEN, Agreement, Node, NodeKind
from mou_studio.core.numbering import Numbering, format_label
from mou_studio.core.views import agreement_view


def import_view(agreement: Agreement, report: ImportReport,
                text: Callable[[Message], str] = str) -> dict[str, Any]:
    """``agreement_view`` plus letters, cross-references and the import report.

    ``text`` renders the report's messages (English unless a face passes its language).
    """
    lang = agreement.language
    numbering = Numbering(agreement)
    view = agreement_view(agreement, lang)
    view["letters"] = [
        _unit(node, numbering, lang) for node in agreement.body if node.kind is NodeKind.LETTER
    ]
    # Bare numbered paragraphs (no article headings) are not in the articles list.
    view["paragraphs"] = [
        _unit(node, numbering, lang) for node in agreement.body
        if node.kind in (NodeKind.PARAGRAPH, NodeKind.POINT)
    ]
    view["cross_references"] = cross_references(agreement, numbering)
    view["import_report"] = report.to_dict(text)
    return view


def cross_references(agreement: Agreement, numbering: Numbering | None = None
                     ) -> list[dict[str, str]]:
    """Every ``{{ref:…}}`` in the operative text: where it stands and what it names."""
    numbering = numbering or Numbering(agreement)
    lang = agreement.language
    found: list[dict[str, str]] = []
    for node in agreement.walk():
        for match in REF_TOKEN.finditer(node.text.get(lang, "")):
            found.append({
                "from": node.uid,
                "from_label": _where(node, numbering, lang),
                "target": match.group(1),
                "text": numbering.reference(match.group(1), lang, node.uid, match.group(2)),
            })
    return found


def _where(node: Node, numbering: Numbering, lang: str) -> str:
    article = numbering.positions[node.uid].article
    label = numbering.label(node, lang)
    if article and article != node.uid:
        # In the document's language, as the label after it ("Article premier, 2.").
        parent = numbering.positions[article]
        return f"{format_label(parent.kind, parent.number, lang)}, {label}".strip(", ")
    return label


def _unit(node: Node, numbering: Numbering, lang: str) -> dict[str, Any]:
    return {
        "uid": node.uid,
        "kind": node.kind.value,
        "label": numbering.label(node, lang),
        "text": numbering.render_text(node.text.get(lang, ""), lang, node.uid),
        "points": [_unit(child, numbering, lang) for child in node.children],
    }
