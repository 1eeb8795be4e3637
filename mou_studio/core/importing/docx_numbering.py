"""Word auto-numbering (``w:numPr``): the labels Word prints but does not store as text."""

from __future__ import annotations

from dataclasses import dataclass, field

from mou_studio.core.importing.revisions import Element, w
from mou_studio.core.numbering import point_letter, roman


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class ListNumbering:
    """Counts list paragraphs as Word does and renders their labels ("1.", "a)", "-")."""

    # numId → level number → how that level is drawn
    levels: dict[str, dict[int, _Level]] = field(
        default_factory=dict[str, dict[int, _Level]])
    counters: dict[str, dict[int, int]] = field(default_factory=dict[str, dict[int, int]])

    @classmethod
    def from_xml(cls, root: Element | None) -> ListNumbering:
        """Read ``word/numbering.xml`` (None when the document has no lists)."""
        numbering = cls()
        if root is None:
            return numbering
        abstract = {a.get(w("abstractNumId"), ""): _levels(a) for a in root.iter(w("abstractNum"))}
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            if ref is not None:
                numbering.levels[num.get(w("numId"), "")] = abstract.get(ref.get(w("val"), ""), {})
        return numbering

    def label(self, paragraph: Element) -> str:
        """The label Word shows before ``paragraph``, or "" when it is not in a list."""
        num_pr = paragraph.find(f"{w('pPr')}/{w('numPr')}")
        if num_pr is None:
            return ""
        num_id = _val(num_pr.find(w("numId")))
        level = int(_val(num_pr.find(w("ilvl"))) or 0)
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        return _render(levels, counters, level)


def _val(element: Element | None) -> str:
    return "" if element is None else element.get(w("val"), "")


def _levels(abstract: Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in abstract.iter(w("lvl")):
        start = _val(lvl.find(w("start")))
        levels[int(lvl.get(w("ilvl"), "0"))] = _Level(
            _val(lvl.find(w("numFmt"))) or "decimal",
            _val(lvl.find(w("lvlText"))),
            int(start) if start.isdigit() else 1,
        )
    return levels


def _format(fmt: str, value: int) -> str:
    if fmt == "lowerLetter":
        return point_letter(value)
    if fmt == "upperLetter":
        return point_letter(value).upper()
    if fmt == "lowerRoman":
        return roman(value).lower()
    if fmt == "upperRoman":
        return roman(value)
    if fmt == "none":
        return ""
    return str(value)


def _render(levels: dict[int, _Level], counters: dict[int, int], level: int) -> str:
    spec = levels[level]
    if spec.fmt == "bullet":
        return "-"
    text = spec.text
    for k in range(level, -1, -1):
        if k in levels:
            value = counters.get(k, levels[k].start)
            text = text.replace(f"%{k + 1}", _format(levels[k].fmt, value))
    return text.strip()
