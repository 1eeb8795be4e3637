"""The import's public entry points: a file or a text → agreements and a report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mou_studio.core.errors import ImportError_
from mou_studio.core.importing.builder import build_agreement
from mou_studio.core.importing.classify import Kind, Token, classify
from mou_studio.core.importing.cover import read_cover
from mou_studio.core.importing.language import choose_language
from mou_studio.core.importing.lines import prepare_lines
from mou_studio.core.importing.reading import read_source
from mou_studio.core.importing.report import ImportReport
from mou_studio.core.importing.split import split_instruments
from mou_studio.core.messages import Message, msg, msgn
from mou_studio.core.model import Agreement, NodeKind
from mou_studio.core.tasks import TaskControl, no_control

# The kinds of act (``Instrument.kind``) → their names for people.
INSTRUMENT_KINDS: dict[str, Message] = {
    "mou": msg("MoU"),
    "agreement": msg("agreement"),
    "protocol": msg("protocol"),
    "exchange_of_letters": msg("exchange of letters"),
    "regulation": msg("regulation"),
    "directive": msg("directive"),
    "decision": msg("decision"),
    "recommendation": msg("recommendation"),
    "other": msg("other text"),
}


@dataclass
class Instrument:
    """One act found in a file: an agreement, or a regulation/decision shown for context."""

    kind: str  # "mou", "agreement", "protocol", "exchange_of_letters", "regulation", …
    title: str
    article_count: int
    first_line: int
    last_line: int
    agreement: Agreement | None = None
    # What the import noticed within this instrument's lines only.
    report: ImportReport = field(default_factory=ImportReport)

    @property
    def is_agreement(self) -> bool:
        """Whether this act was read as an agreement (its tree is in ``agreement``)."""
        return self.agreement is not None

    def summary(self) -> dict[str, Any]:
        """The instrument as JSON-ready data (without its tree)."""
        return {
            "kind": self.kind,
            "title": self.title,
            "article_count": self.article_count,
            "line_range": [self.first_line, self.last_line],
            "letter_count": _letters(self.agreement),
        }


@dataclass
class ImportResult:
    """What a file holds: its instruments, the language read and the import report."""

    instruments: list[Instrument]
    report: ImportReport
    language: str
    source_format: str = "txt"
    footnote_count: int = field(default=0)

    def agreements(self) -> list[Agreement]:
        """The agreements among the instruments, in file order."""
        return [i.agreement for i in self.instruments if i.agreement is not None]

    def choose(self, pick: int | None, file_name: str) -> list[Instrument]:
        """Every agreement of the file, or only act ``pick`` (1-based, as listed).

        Raises ``ImportError_`` when the file holds no agreement, or ``pick`` names no act
        or an act that is not an agreement.
        """
        if pick is None:
            chosen = [i for i in self.instruments if i.agreement is not None]
            if not chosen:
                raise ImportError_(msg("{name}: no agreement found (see --list)",
                                       name=file_name))
            return chosen
        if not 1 <= pick <= len(self.instruments):
            raise ImportError_(msgn("--pick {pick}: {name} holds {count} act",
                                    "--pick {pick}: {name} holds {count} acts",
                                    len(self.instruments), pick=pick, name=file_name))
        instrument = self.instruments[pick - 1]
        if instrument.agreement is None:
            raise ImportError_(msg("act {pick} is not an agreement ({kind}): only agreements "
                                   "can be imported", pick=pick,
                                   kind=INSTRUMENT_KINDS.get(instrument.kind, instrument.kind)))
        return [instrument]


def _letters(agreement: Agreement | None) -> int:
    if agreement is None:
        return 0
    return sum(1 for n in agreement.body if n.kind.value == "letter")


def _tokens(text: str, lang: str, report: ImportReport) -> tuple[list[Token], dict[int, str]]:
    prepared = prepare_lines(text, report)
    return [classify(line, lang) for line in prepared.lines], prepared.footnotes


def parse_agreement_text(text: str, *, lang: str = "auto",
                         report: ImportReport | None = None) -> Agreement:
    """The whole of ``text`` as one agreement tree (no splitting)."""
    report = report if report is not None else ImportReport()
    lang = choose_language(text, lang)
    tokens, footnotes = _tokens(text, lang, report)
    return build_agreement(tokens, lang, footnotes, report)


def parse_text(text: str, *, lang: str = "auto") -> ImportResult:
    """The instruments held by already-decoded ``text``, with the import report."""
    report = ImportReport()
    lang = choose_language(text, lang)
    tokens, footnotes = _tokens(text, lang, report)
    if not tokens:
        report.warn(msg("the file holds no text"))
        return ImportResult([], report, lang)
    segments, front = split_instruments(tokens)
    if front:
        report.warn(msg("lines {first}–{last}: front matter (table of contents, headers) "
                        "before the first act, not imported",
                        first=front[0].number, last=front[-1].number))
    instruments = [
        _instrument(seg.tokens, seg.header_kind, lang, footnotes, report) for seg in segments
    ]
    return ImportResult(instruments, report, lang)


def _instrument(tokens: list[Token], header_kind: str | None, lang: str,
                footnotes: dict[int, str], report: ImportReport) -> Instrument:
    first, last = tokens[0].number, tokens[-1].number
    own = ImportReport(dropped=[d for d in report.dropped if first <= d.line <= last])
    if header_kind is not None:
        return Instrument(header_kind, _plain_title(tokens), _count_articles(tokens),
                          first, last, report=own)
    noticed = ImportReport()
    agreement = build_agreement(tokens, lang, footnotes, noticed)
    if not looks_like_agreement(agreement):
        own.warn(msg("lines {first}–{last}: no articles, enacting formula, letters or "
                     "signatures: not an agreement", first=first, last=last))
        report.warn(own.warnings[-1])
        return Instrument("other", _plain_title(tokens)[:_TITLE_MAX], 0, first, last,
                          report=own)
    for target in (own, report):
        for warning in noticed.warnings:
            target.warn(warning)
        target.dropped.extend(noticed.dropped)
        target.unresolved_references.extend(noticed.unresolved_references)
        target.dropped.sort(key=lambda d: d.line)
    return Instrument(agreement.kind.value, agreement.title.get(lang, ""),
                      len(agreement.articles()), first, last, agreement, own)


_TITLE_MAX = 200


def looks_like_agreement(agreement: Agreement) -> bool:
    """An agreement has operative structure or the forms that open and close one."""
    has_structure = any(n.kind in (NodeKind.ARTICLE, NodeKind.LETTER) for n in agreement.walk())
    paragraphs_with_parties = bool(agreement.body) and bool(agreement.parties)
    return bool(has_structure or agreement.enacting_formula or agreement.signatures
                or paragraphs_with_parties)


def _plain_title(tokens: list[Token]) -> str:
    return " ".join(read_cover(tokens).title)


def _count_articles(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.kind is Kind.ARTICLE)


def import_file(path: Path, *, lang: str = "auto", revisions: str | None = None,
                control: TaskControl | None = None) -> ImportResult:
    """Read ``path`` (.txt or .docx) and find the instruments it holds.

    ``control`` receives progress and may cancel (raising ``tasks.Cancelled``).
    """
    control = control or no_control()
    source = read_source(Path(path), revisions=revisions, control=control)
    control.progress(40, 100, "structure")
    result = parse_text(source.text, lang=lang)
    control.progress(100, 100, "done")
    result.source_format = source.format
    result.report.revisions = source.revisions_applied
    result.report.warnings[:0] = source.warnings
    return result


def load_document(path: Path, *, lang: str = "auto", revisions: str | None = None) -> Agreement:
    """The whole file as ONE agreement tree, without splitting (for comparing files)."""
    source = read_source(Path(path), revisions=revisions)
    return parse_agreement_text(source.text, lang=lang)
