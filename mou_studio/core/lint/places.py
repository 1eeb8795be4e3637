"""Where a finding is, as a reader says it."""

from __future__ import annotations

from mou_studio.core.lint.findings import Finding
from mou_studio.core.model import Agreement
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
    article = numbering.positions[place.uid].article
    label = numbering.label(node, lang)
    if article and article != place.uid:
        art = agreement.find(article)
        if art is not None:
            head = numbering.label(art, lang)
            return f"{head}, {label}" if label else head
    return label or place.key()
