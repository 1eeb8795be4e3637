"""Where a finding is, as a reader says it."""

from __future__ import annotations

from collections.abc import Callable

from mou_studio.core.lint.findings import Finding
from mou_studio.core.model import Agreement, NodeKind
from mou_studio.core.numbering import Numbering


def describe_place(finding: Finding, agreement: Agreement, numbering: Numbering) -> str:
    """Where a finding is, as a reader says it: "Article 5, 1.", "testimonium"."""
    return place_describer(agreement, numbering)(finding)


def place_describer(agreement: Agreement, numbering: Numbering) -> Callable[[Finding], str]:
    """``describe_place`` for many findings of one agreement: the tree is indexed once."""
    nodes = {node.uid: node for node in agreement.walk()}
    parents = agreement.parent_map()
    lang = agreement.language

    def head(uid: str) -> str:
        """The label of the article (or letter) that holds the node ``uid``."""
        parent = parents.get(uid)
        while parent is not None:
            if parent.kind in (NodeKind.ARTICLE, NodeKind.LETTER):
                return numbering.label(parent, lang)
            parent = parents.get(parent.uid)
        return ""

    def describe(finding: Finding) -> str:
        place = finding.place
        if place is None:
            return "(whole agreement)"
        if place.part != "node" or place.uid is None:
            return place.part
        node = nodes.get(place.uid)
        if node is None:
            return place.key()
        label = numbering.label(node, lang)
        where = head(place.uid)
        if where and where != label:
            return f"{where}, {label}" if label else where
        return label or place.key()

    return describe
