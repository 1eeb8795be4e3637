"""Source text to clean lines: whitespace normalised, noise and footnotes taken out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_studio.core.importing.report import ImportReport
from mou_studio.core.messages import Message, msg
from mou_studio.core.numbering import SUPERSCRIPTS

_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")

_FOOTNOTE_LINE = re.compile(rf"^([{SUPERSCRIPTS}]+)\s*(\S.*)$")

# Why a line was left out, as the import report shows it.
_OCR_DEBRIS = msg("OCR debris")
_SIGNATURE_MARK = msg("signature mark")
_SIGNATURE_LINE = msg("signature line")
_PAGE_HEADER = msg("page header")
_PAGE_NUMBER = msg("page number")

# OCR debris and page furniture: never part of the agreement's text.
_NOISE = (
    (re.compile(r"^(handwritten (mark|signature|note|text|initials?)|image|european flag"
                r"|signature illisible|illegible signature|stamp|seal|logo)\.?$", re.I),
     _OCR_DEBRIS),
    (re.compile(r"^[A-Z]{1,2}\d{1,2}$"), _OCR_DEBRIS),
    (re.compile(r"^\(?(signé|signed|sgd\.?|s\.|подпись|подписано|L\.S\.|М\.П\.)\)?$", re.I),
     _SIGNATURE_MARK),
    (re.compile(r"^[_.…\-–—\s]{3,}$"), _SIGNATURE_LINE),
    (re.compile(r"^\*$"), _OCR_DEBRIS),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"), _PAGE_HEADER),
    (re.compile(r"^(FR|EN|RU|DE|ES|IT)$"), _PAGE_HEADER),
    (re.compile(r"^(Journal officiel de l['’]Union européenne|Official Journal of the "
                r"European Union|Journal officiel des Communautés européennes)$"),
     _PAGE_HEADER),
    (re.compile(r"^[LC] \d+(/\d+)?$"), _PAGE_HEADER),
    (re.compile(r"^(-\s*\d{1,3}\s*-|page \d{1,3}( (of|sur|из) \d{1,3})?|стр\. \d{1,3})$", re.I),
     _PAGE_NUMBER),
    (re.compile(r"^\d{1,3}$"), _PAGE_NUMBER),
)


@dataclass(frozen=True)
class Line:
    """One non-blank source line; ``gap`` tells that blank lines came before it."""

    number: int  # 1-based line number in the source
    text: str
    gap: bool
    cells: tuple[str, ...] = ()  # columns printed side by side ("Pour X      Pour Y")


@dataclass
class PreparedText:
    """The clean lines of a text and the footnote texts taken out of it."""

    lines: list[Line]
    footnotes: dict[int, str]


_HEADING_MARK = re.compile(r"^#{1,6}\s+")


def normalise(raw: str) -> str:
    """One line with markdown bold and heading marks removed and every whitespace run
    made one space (text extracted from PDFs often comes as markdown)."""
    text = raw.replace("**", "") if "**" in raw else raw
    if text.startswith("#"):
        text = _HEADING_MARK.sub("", text, count=1)
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", " ").replace("\ufeff", " ")
    return " ".join(text.split())  # str.split() knows every Unicode space, NBSP included


def noise_reason(text: str) -> Message | None:
    """Why ``text`` is page furniture or OCR debris, or None when it is real text."""
    if len(text) > 60:
        return None
    for pattern, reason in _NOISE:
        if pattern.match(text):
            return reason
    return None


_COLUMN_GAP = re.compile(r"\s{4,}|\t+")


def _cells(raw: str) -> tuple[str, ...]:
    """The columns of a line laid out side by side, or () for ordinary text."""
    raw = raw.strip()
    if "    " not in raw and "\t" not in raw:
        return ()
    parts = [normalise(p) for p in _COLUMN_GAP.split(raw)]
    parts = [p for p in parts if p]
    return tuple(parts) if len(parts) > 1 else ()


def _noise_cells(cells: tuple[str, ...]) -> Message | None:
    """Columns that are all noise ("(signé)      (signé)") are noise."""
    reasons = [noise_reason(cell) for cell in cells]
    return reasons[0] if reasons and all(reasons) else None


def superscript_number(marks: str) -> int:
    """"¹²" → 12."""
    return int(marks.translate(_FROM_SUPERSCRIPT))


def prepare_lines(text: str, report: ImportReport, first_line: int = 1) -> PreparedText:
    """Split ``text`` into clean lines, dropping noise and collecting footnote texts."""
    lines: list[Line] = []
    footnotes: dict[int, str] = {}
    gap = False
    for offset, raw in enumerate(text.splitlines()):
        number = first_line + offset
        clean = normalise(raw)
        if not clean:
            gap = True
            continue
        cells = _cells(raw)
        reason = noise_reason(clean) or _noise_cells(cells)
        if reason:
            report.drop(number, clean, reason)
            continue  # a dropped line neither starts nor ends a block
        footnote = _FOOTNOTE_LINE.match(clean)
        if footnote:
            footnotes[superscript_number(footnote.group(1))] = footnote.group(2)
            continue
        lines.append(Line(number, clean, gap, cells))
        gap = False
    return PreparedText(lines, footnotes)
