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
    # styleId → (numId, ilvl) for headings numbered through their style ("Article %1")
    styles: dict[str, tuple[str, int]] = field(default_factory=dict[str, tuple[str, int]])

    @classmethod
    def from_xml(cls, root: Element | None, styles: Element | None = None) -> ListNumbering:
        """Read ``word/numbering.xml`` and the numbered styles of ``word/styles.xml``."""
        numbering = cls()
        if styles is not None:
            numbering.styles = _style_numbering(styles)
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
        if num_pr is not None:
            num_id = _val(num_pr.find(w("numId")))
            level = int(_val(num_pr.find(w("ilvl"))) or 0)
        else:
            style = _val(paragraph.find(f"{w('pPr')}/{w('pStyle')}"))
            if style not in self.styles:
                return ""
            num_id, level = self.styles[style]
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        return _render(levels, counters, level)


def _style_numbering(styles: Element) -> dict[str, tuple[str, int]]:
    """Styles whose paragraphs are numbered, following ``basedOn`` links."""
    own: dict[str, tuple[str, int]] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(w("style")):
        style_id = style.get(w("styleId"), "")
        base = _val(style.find(w("basedOn")))
        if base:
            based_on[style_id] = base
        num_pr = style.find(f"{w('pPr')}/{w('numPr')}")
        if num_pr is not None and _val(num_pr.find(w("numId"))):
            ilvl = _val(num_pr.find(w("ilvl")))
            own[style_id] = (_val(num_pr.find(w("numId"))), int(ilvl) if ilvl.isdigit() else 0)
    resolved: dict[str, tuple[str, int]] = {}
    for style_id in {*own, *based_on}:
        current, seen = style_id, set[str]()
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based_on.get(current, "")
        if current in own:
            resolved[style_id] = own[current]
    return resolved


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
