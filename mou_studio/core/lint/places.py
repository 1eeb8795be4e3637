"""Where a finding is, as a reader says it."""

from __future__ import annotations

from collections.abc import Callable

from mou_studio.core.lint.findings import Finding
from mou_studio.core.messages import Message, msg, verbatim
from mou_studio.core.model import Agreement, NodeKind
from mou_studio.core.numbering import Numbering

# The parts of an agreement as the interface names them (a node is named by its label).
_PARTS: dict[str, Message] = {
    "title": msg("title"),
    "preamble": msg("preamble"),
    "recital": msg("recital"),
    "enacting": msg("enacting formula"),
    "node": msg("operative text"),
    "testimonium": msg("testimonium"),
    "signature": msg("signature"),
    "footnote": msg("footnote"),
    "annex": msg("annex"),
}


def describe_place(finding: Finding, agreement: Agreement, numbering: Numbering
                   ) -> Message:
    """Where a finding is, as a reader says it: "Article 5, 1.", "testimonium"."""
    return place_describer(agreement, numbering)(finding)


def place_describer(agreement: Agreement, numbering: Numbering
                    ) -> Callable[[Finding], Message]:
    """``describe_place`` for many findings of one agreement: the tree is indexed once.

    Article and paragraph labels are the document's own ("Article 5" in an English
    agreement, « Article 5 » in a French one); the other parts are interface words.
    """
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

    def describe(finding: Finding) -> Message:
        place = finding.place
        if place is None:
            return msg("(whole agreement)")
        if place.part != "node" or place.uid is None:
            return _PARTS.get(place.part, verbatim(place.part))
        node = nodes.get(place.uid)
        if node is None:
            return verbatim(place.key())
        label = numbering.label(node, lang)
        where = head(place.uid)
        if where and where != label:
            return verbatim(f"{where}, {label}" if label else where)
        return verbatim(label or place.key())

    return describe
