"""Where a finding is, as a reader says it."""

from __future__ import annotations

from mou_studio.core.lint.findings import Finding
from mou_studio.core.model import Agreement, NodeKind
from mou_studio.core.numbering import Numbering


def describe_place(finding: Finding, agreement: Agreement, numbering: Numbering) -> str:
    """Where a finding is, as a reader says it: "Article 5, 1.", "testimonium"."""
    place = finding.place
    if place is None:
        return "(whole agreement)"
    if place.part != "node" or place.uid is None:
        return place.part
    node = agreement.find(place.uid)
    if node is None:
        return place.key()
    lang = agreement.language
    label = numbering.label(node, lang)
    head = _head(agreement, numbering, place.uid, lang)
    if head and head != label:
        return f"{head}, {label}" if label else head
    return label or place.key()


def _head(agreement: Agreement, numbering: Numbering, uid: str, lang: str) -> str:
    """The label of the article (or letter) that holds the node ``uid``."""
    parents = agreement.parent_map()
    parent = parents.get(uid)
    while parent is not None:
        if parent.kind in (NodeKind.ARTICLE, NodeKind.LETTER):
            return numbering.label(parent, lang)
        parent = parents.get(parent.uid)
    return ""
