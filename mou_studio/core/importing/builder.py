"""One instrument's classified lines → an :class:`Agreement`."""

from __future__ import annotations

import re

from mou_studio.core.importing.body import BodyParser
from mou_studio.core.importing.classify import Kind, Token
from mou_studio.core.importing.closing import ClosingParser
from mou_studio.core.importing.footnotes import attach_footnotes
from mou_studio.core.importing.parties import parties_from_sentence
from mou_studio.core.importing.patterns import ENACTING, LETTERS_TITLE
from mou_studio.core.importing.preamble import apply_front, read_front
from mou_studio.core.importing.references import resolve_references
from mou_studio.core.importing.report import ImportReport
from mou_studio.core.model import Agreement, AgreementKind, Party, Register

_STRUCTURE = (Kind.ARTICLE, Kind.CHAPTER)
_CLOSING_START = (Kind.TESTIMONIUM, Kind.DONE_AT)
_MOU_TITLE = re.compile(r"protocole d['’]accord|m[ée]morandum|memorandum|меморандум"
                        r"|letter of intent|lettre d['’]intention", re.I)
_PROTOCOL_TITLE = re.compile(r"^(protocole|protocol|протокол)\b", re.I)


def build_agreement(tokens: list[Token], lang: str, footnotes: dict[int, str],
                    report: ImportReport) -> Agreement:
    """The agreement held by ``tokens`` (the lines of one instrument)."""
    agreement = Agreement(languages=[lang])
    body_start, body_at = _body_start(tokens)
    front = read_front(tokens[:body_at])
    apply_front(agreement, front)
    if body_start > body_at:
        agreement.enacting_formula = {lang: tokens[body_at].line.text}
        if not agreement.parties:
            agreement.parties = parties_before_enacting(tokens[body_at].line.text, lang)
    _set_kind(agreement, tokens[body_start:])
    letters = agreement.kind is AgreementKind.EXCHANGE_OF_LETTERS
    rest = tokens[body_start:]
    closing_at = _closing_start(rest, letters)
    annex_at = _annex_start(rest, closing_at)
    articles_present = any(t.kind is Kind.ARTICLE for t in rest)
    first_annex = next((i for i, t in enumerate(rest) if t.kind is Kind.ANNEX), len(rest))
    body = BodyParser(agreement, report, articles_present, letters)
    closing = ClosingParser(agreement, report)
    for index, token in enumerate(rest):
        in_letters = letters and token.kind is Kind.CAPTION and index < first_annex
        if closing_at <= index < annex_at or in_letters:
            closing.feed(token)
        else:
            body.feed(token)
    closing.finish()
    attach_footnotes(agreement, footnotes, report)
    resolve_references(agreement, report)
    return agreement


def parties_before_enacting(line: str, lang: str) -> list[Party]:
    """« A et B sont convenus de ce qui suit : » names the parties in one line."""
    m = ENACTING.search(line)
    prefix = line[: m.start()] if m else ""
    prefix = re.sub(r"\s+(?:have|ont|sont|hereby|настоящим)\s*$", "", prefix.strip(), flags=re.I)
    return parties_from_sentence(prefix, lang) if prefix else []


def _body_start(tokens: list[Token]) -> tuple[int, int]:
    """(first operative line, end of the front matter); they differ by the enacting line."""
    for i, token in enumerate(tokens):
        if token.kind is Kind.ENACTING and i > 0:
            return i + 1, i
        if i > 0 and token.kind in (*_STRUCTURE, Kind.SALUTATION):
            return i, i
    for i, token in enumerate(tokens):
        if i > 0 and token.kind is Kind.PARAGRAPH:
            return i, i
    return len(tokens), len(tokens)


def _closing_start(rest: list[Token], letters: bool) -> int:
    """Where the testimonium or signatures begin: after the last article."""
    last_structure = max((i for i, t in enumerate(rest) if t.kind in _STRUCTURE), default=-1)
    for i in range(last_structure + 1, len(rest)):
        kind = rest[i].kind
        if kind in _CLOSING_START or (kind is Kind.FOREIGN and _is_done_at(rest[i])):
            return i
        if kind is Kind.CAPTION and not letters:
            return i
        if kind is Kind.ANNEX:
            return len(rest)
    return len(rest)


def _is_done_at(token: Token) -> bool:
    return not token.line.text.startswith(("Por ", "For ", "Für ", "Per ", "Voor "))


def _annex_start(rest: list[Token], closing_at: int) -> int:
    for i in range(closing_at, len(rest)):
        if rest[i].kind is Kind.ANNEX:
            return i
    return len(rest)


def _set_kind(agreement: Agreement, rest: list[Token]) -> None:
    title = agreement.title.get(agreement.language, "")
    salutations = sum(1 for t in rest if t.kind is Kind.SALUTATION)
    articles = any(t.kind is Kind.ARTICLE for t in rest)
    if LETTERS_TITLE.search(title) or (salutations >= 2 and not articles):
        agreement.kind = AgreementKind.EXCHANGE_OF_LETTERS
    elif _MOU_TITLE.search(title):
        agreement.kind = AgreementKind.MOU
    elif _PROTOCOL_TITLE.search(title):
        agreement.kind = AgreementKind.PROTOCOL
    else:
        agreement.kind = AgreementKind.AGREEMENT
    agreement.register = (
        Register.NON_BINDING if agreement.kind is AgreementKind.MOU else Register.BINDING
    )
