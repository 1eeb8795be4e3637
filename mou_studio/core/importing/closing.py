"""The end of an agreement: testimonium, « Fait à … le … », signature blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mou_studio.core.importing.classify import Kind, Token
from mou_studio.core.importing.dates import date_span, parse_date
from mou_studio.core.importing.parties import find_party
from mou_studio.core.importing.patterns import CAPTION, FIELD, FIELD_KIND
from mou_studio.core.importing.report import ImportReport
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, Footnote, SignatureBlock

# What separates a place from the date after it: "Bruxelles, le", "Vienna on the", "Москве".
_PLACE_END = re.compile(r"[\s,]*\b(?:le|on|the|this|ce|в)?\s*$", re.I)
_DATE_LINE_MAX = 60
_JOURNAL_FOOTNOTE = re.compile(r"^\((\d{1,3})\)\s+(?P<text>\S.*)$")


@dataclass
class _Group:
    """Signature blocks printed side by side (or a single block)."""

    blocks: list[SignatureBlock] = field(default_factory=list[SignatureBlock])
    cursor: int = 0
    field_cursor: dict[str, int] = field(default_factory=dict[str, int])
    columns: bool = False


def _set_field(block: SignatureBlock, name: str, value: str, lang: str) -> None:
    value = value.strip(" _.…")
    if not value:
        return  # "Date: ________" left blank for the signatory
    if name == "date":
        block.date_text = {lang: value}
        block.date = parse_date(value)
    elif name == "place":
        block.place = {lang: value}
    elif name == "name":
        block.signatory = value
    elif name == "title":
        block.title = {lang: value}


class ClosingParser:
    """Reads the closing lines of one agreement into its testimonium and signatures."""

    def __init__(self, agreement: Agreement, report: ImportReport) -> None:
        self.agreement = agreement
        self.report = report
        self.lang = agreement.language
        self.groups: list[_Group] = []
        self.testimonium: list[str] = []
        self.done_place = ""
        self.done_date_text = ""
        self._in_testimonium = False
        self._previous: Token | None = None

    def feed(self, token: Token) -> None:
        """Read one closing line."""
        kind = token.kind
        if kind is Kind.FOREIGN:
            self.report.drop(token.number, token.line.text, msg("other language version"))
            return
        if kind is Kind.TESTIMONIUM:
            self.testimonium.append(token.line.text)
            self._in_testimonium = True
        elif kind is Kind.DONE_AT:
            self._done_at(token)
        elif kind is Kind.CAPTION:
            self._caption(token)
        elif token.line.cells and self._columns(token):
            pass
        elif kind is Kind.FIELD:
            self._field(token.extra, token.text)
        elif self._in_testimonium and not self.groups:
            self.testimonium[-1] = f"{self.testimonium[-1]} {token.line.text}"
        else:
            self._free_line(token)
        self._previous = token

    def _done_at(self, token: Token) -> None:
        self._in_testimonium = False
        self.testimonium.append(token.line.text)
        rest = token.extra
        span = date_span(rest)
        if span is None:
            place = _PLACE_END.sub("", rest.split(",")[0]).strip().rstrip(".")
            # "Signed in two originals…": no place is named, only copies.
            self.done_place = place if place[:1].isupper() else ""
            return
        self.done_place = _PLACE_END.sub("", rest[: span[0]]).strip()
        self.done_date_text = rest[span[0]:span[1]].strip()

    def _caption(self, token: Token) -> None:
        self._in_testimonium = False
        cells = token.line.cells
        captions = [c for c in cells if CAPTION[self.lang].match(c)]
        if cells and len(captions) == len(cells):
            self.groups.append(_Group([self._block(c) for c in cells], columns=True))
            return
        block = self._block(token.line.text)
        previous = self._previous
        if self.groups and previous is not None and previous.kind is Kind.CAPTION:
            self.groups[-1].blocks.append(block)
        else:
            self.groups.append(_Group([block]))

    def _block(self, caption: str) -> SignatureBlock:
        caption = caption.rstrip(" :")
        block = SignatureBlock(caption={self.lang: caption})
        m = CAPTION[self.lang].match(caption)
        party = find_party(self.agreement.parties, m["who"] if m else caption, self.lang)
        block.party = party.uid if party else None
        return block

    def _field(self, name: str, value: str) -> None:
        group = self._group()
        if group is None:
            return
        index = group.field_cursor.get(name, 0)
        group.field_cursor[name] = index + 1
        _set_field(group.blocks[index % len(group.blocks)], name, value, self.lang)

    def _columns(self, token: Token) -> bool:
        """Lines under captions printed side by side: one cell per block."""
        group = self._group()
        cells = token.line.cells
        if group is None or not group.columns or len(cells) != len(group.blocks):
            return False
        for block, cell in zip(group.blocks, cells, strict=True):
            field = FIELD.match(cell)
            if field:
                _set_field(block, FIELD_KIND[field["name"].lower()], field["value"], self.lang)
            elif not block.signatory:
                block.signatory = cell
            else:
                old = block.title.get(self.lang, "")
                block.title = {self.lang: f"{old} {cell}".strip()}
        return True

    def _free_line(self, token: Token) -> None:
        note = _JOURNAL_FOOTNOTE.match(token.line.text)
        if note:
            self.agreement.footnotes.append(Footnote(text={self.lang: note["text"]}))
            self.report.warn(msg("line {line}: footnote ({mark}) of the journal kept at the "
                                 "end, not linked to its call", line=token.number, mark=note[1]))
            return
        group = self._group()
        if group is None:
            self.report.warn(msg("line {line}: text after the testimonium kept in it",
                                 line=token.number))
            self.testimonium.append(token.line.text)
            return
        if token.line.gap and self._previous is not None and self._previous.kind is Kind.TEXT:
            group.cursor += 1
        block = group.blocks[group.cursor % len(group.blocks)]
        if self._date_line(block, token.line.text):
            return
        if not block.signatory:
            block.signatory = token.line.text
        else:
            old = block.title.get(self.lang, "")
            block.title = {self.lang: f"{old} {token.line.text}".strip()}

    def _date_line(self, block: SignatureBlock, text: str) -> bool:
        """« Bruxelles, le 19 mars 2010 » under a signature: its place and date."""
        span = date_span(text) if len(text) <= _DATE_LINE_MAX else None
        if span is None or block.date is not None or parse_date(text) is None:
            return False
        block.date = parse_date(text)
        block.date_text = {self.lang: text[span[0]:span[1]]}
        place = _PLACE_END.sub("", text[: span[0]]).strip()
        if place and not block.place:
            block.place = {self.lang: place}
        return True

    def _group(self) -> _Group | None:
        return self.groups[-1] if self.groups else None

    def finish(self) -> None:
        """Store the testimonium and the blocks, with the « Fait à » place and date."""
        if self.testimonium:
            self.agreement.testimonium = {self.lang: "\n".join(self.testimonium)}
        date = parse_date(self.done_date_text) if self.done_date_text else None
        for group in self.groups:
            for block in group.blocks:
                if not block.place and self.done_place:
                    block.place = {self.lang: self.done_place}
                if block.date is None and date:
                    block.date = date
                    block.date_text = {self.lang: self.done_date_text}
                self.agreement.signatures.append(block)
