"""The end of an agreement: testimonium, « Fait à … le … », signature blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mou_studio.core.importing.classify import Kind, Token
from mou_studio.core.importing.dates import parse_date
from mou_studio.core.importing.parties import find_party
from mou_studio.core.importing.report import ImportReport
from mou_studio.core.model import Agreement, SignatureBlock

_DONE_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]+?)(?:,\s*|\s+)(?:le|on|this|the|в|,)?\s*(?P<date>.*?)"
    r"(?:,?\s+(?:en|in|в)\s+(?:deux|double|un|trois|duplicate|triplicate|двух|трех|одном).*)?\.?$"
)
_DATE_START = re.compile(r"^(?:le|on|this|the)\s+", re.I)


@dataclass
class _Group:
    """Signature blocks printed side by side (or a single block)."""

    blocks: list[SignatureBlock] = field(default_factory=list)
    cursor: int = 0
    field_cursor: dict[str, int] = field(default_factory=dict)


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
            self.report.drop(token.number, token.line.text, "other language version")
            return
        if kind is Kind.TESTIMONIUM:
            self.testimonium.append(token.line.text)
            self._in_testimonium = True
        elif kind is Kind.DONE_AT:
            self._done_at(token)
        elif kind is Kind.CAPTION:
            self._caption(token)
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
        m = _DONE_PLACE_DATE.match(token.extra)
        if m:
            self.done_place = m["place"].strip()
            self.done_date_text = _DATE_START.sub("", m["date"].strip()).rstrip(".")

    def _caption(self, token: Token) -> None:
        self._in_testimonium = False
        block = SignatureBlock(caption={self.lang: token.line.text})
        party = find_party(self.agreement.parties, token.extra, self.lang)
        block.party = party.uid if party else None
        previous = self._previous
        if self.groups and previous is not None and previous.kind is Kind.CAPTION:
            self.groups[-1].blocks.append(block)
        else:
            self.groups.append(_Group([block]))

    def _field(self, name: str, value: str) -> None:
        group = self._group()
        if group is None:
            return
        index = group.field_cursor.get(name, 0)
        group.field_cursor[name] = index + 1
        block = group.blocks[index % len(group.blocks)]
        if name == "date":
            block.date_text = {self.lang: value}
            block.date = parse_date(value)
        elif name == "place":
            block.place = {self.lang: value}
        elif name == "name":
            block.signatory = value
        elif name == "title":
            block.title = {self.lang: value}

    def _free_line(self, token: Token) -> None:
        group = self._group()
        if group is None:
            self.report.warn(f"line {token.number}: text after the testimonium kept in it")
            self.testimonium.append(token.line.text)
            return
        if token.line.gap and self._previous is not None and self._previous.kind is Kind.TEXT:
            group.cursor += 1
        block = group.blocks[group.cursor % len(group.blocks)]
        if not block.signatory:
            block.signatory = token.line.text
        else:
            old = block.title.get(self.lang, "")
            block.title = {self.lang: f"{old} {token.line.text}".strip()}

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
