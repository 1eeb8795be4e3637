"""The agreement tree: parties, preamble, articles, paragraphs, points, signatures.

Text is multilingual at the node level: every text field is a ``dict`` from a language
code ("fr", "en", "ru") to a string, so that the language versions of one agreement stay
aligned node by node. Labels ("Article premier", "2.", "a)") are never stored: they are
computed from position (see :mod:`mou_studio.core.numbering`). Only an irregular number
found in an imported text ("4 bis") is kept, as ``literal_number``.

Inline tokens inside texts:

* ``{{ref:UID}}`` a cross-reference to the node ``UID``, rendered in the text's language;
* ``{{fn:UID}}`` the call of the footnote ``UID``, rendered as its number.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

LangText = dict[str, str]

REF_TOKEN = re.compile(r"\{\{ref:([A-Za-z0-9_-]+)(?:\|([a-z]+))?\}\}")
FOOTNOTE_TOKEN = re.compile(r"\{\{fn:([A-Za-z0-9_-]+)\}\}")
LANGUAGES = ("fr", "en", "ru")


def new_uid() -> str:
    """Return a fresh stable identifier for a node."""
    return uuid.uuid4().hex[:12]


def ref_token(target_uid: str, form: str | None = None) -> str:
    """Return the inline token that cross-references the node ``target_uid``."""
    return f"{{{{ref:{target_uid}|{form}}}}}" if form else f"{{{{ref:{target_uid}}}}}"


def footnote_token(footnote_uid: str) -> str:
    """Return the inline token that calls the footnote ``footnote_uid``."""
    return f"{{{{fn:{footnote_uid}}}}}"


def _no_nodes() -> list[Node]:
    return []


class AgreementKind(StrEnum):
    MOU = "mou"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    EXCHANGE_OF_LETTERS = "exchange_of_letters"


class Register(StrEnum):
    """Whether the instrument creates legal obligations; drives the linter's vocabulary."""

    BINDING = "binding"
    NON_BINDING = "non_binding"


class NodeKind(StrEnum):
    CHAPTER = "chapter"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    POINT = "point"
    SUBPOINT = "subpoint"
    LETTER = "letter"


@dataclass
class Node:
    """One unit of the operative text; articles hold paragraphs, paragraphs hold points."""

    kind: NodeKind
    uid: str = field(default_factory=new_uid)
    heading: LangText = field(default_factory=LangText)
    text: LangText = field(default_factory=LangText)
    children: list[Node] = field(default_factory=lambda: _no_nodes())
    numbered: bool = True
    literal_number: str | None = None
    clause_ref: ClauseRef | None = None
    # What the node is about ("termination", "information_exchange"): set by templates so
    # the linter and the clause library can recognise a clause whatever its wording.
    topic: str | None = None

    def walk(self) -> Iterator[Node]:
        """Yield this node and all its descendants, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class ClauseRef:
    """Where a node's wording came from in the clause library."""

    clause_id: str
    version: int
    variant: int = 0


@dataclass
class Recital:
    uid: str = field(default_factory=new_uid)
    text: LangText = field(default_factory=LangText)


@dataclass
class Party:
    """A signatory organisation with its full and defined short names per language."""

    uid: str = field(default_factory=new_uid)
    name: LangText = field(default_factory=LangText)
    short_name: LangText = field(default_factory=LangText)
    # The article that goes with the short name in running text: "l'" for « l'OMD ».
    determiner: LangText = field(default_factory=LangText)

    def short_form(self, lang: str) -> str:
        """The short name as it reads in a sentence: « l'OMD », "the WCO", "CARICC"."""
        short = self.short_name.get(lang, "")
        det = self.determiner.get(lang, "")
        if not det:
            return short
        return f"{det}{short}" if det.endswith("'") else f"{det} {short}"


@dataclass
class SignatureBlock:
    party: str | None = None  # uid of the party that signs
    caption: LangText = field(default_factory=LangText)  # « Pour l'OMD »
    signatory: str = ""
    title: LangText = field(default_factory=LangText)
    date: str | None = None  # ISO 8601
    date_text: LangText = field(default_factory=LangText)  # the date as written, if it was
    place: LangText = field(default_factory=LangText)


@dataclass
class Footnote:
    uid: str = field(default_factory=new_uid)
    text: LangText = field(default_factory=LangText)


@dataclass
class Annex:
    uid: str = field(default_factory=new_uid)
    title: LangText = field(default_factory=LangText)
    literal_number: str | None = None
    body: list[Node] = field(default_factory=list[Node])
    # The word of its label when it is not "Annex": « Appendice » for an imported appendix.
    label_word: LangText = field(default_factory=LangText)


@dataclass
class Agreement:
    """A whole instrument, in one or more aligned language versions."""

    uid: str = field(default_factory=new_uid)
    title: LangText = field(default_factory=LangText)
    kind: AgreementKind = AgreementKind.MOU
    register: Register = Register.NON_BINDING
    languages: list[str] = field(default_factory=lambda: ["fr"])
    parties: list[Party] = field(default_factory=list[Party])
    preamble_heading: LangText = field(default_factory=LangText)
    preamble_intro: LangText = field(default_factory=LangText)
    recitals: list[Recital] = field(default_factory=list[Recital])
    enacting_formula: LangText = field(default_factory=LangText)
    body: list[Node] = field(default_factory=list[Node])
    testimonium: LangText = field(default_factory=LangText)
    signatures: list[SignatureBlock] = field(default_factory=list[SignatureBlock])
    footnotes: list[Footnote] = field(default_factory=list[Footnote])
    annexes: list[Annex] = field(default_factory=list[Annex])

    @property
    def language(self) -> str:
        """The primary language: the one the agreement was drafted in."""
        return self.languages[0] if self.languages else "fr"

    def walk(self) -> Iterator[Node]:
        """Every operative node (body, then annexes), in document order."""
        for node in self.body:
            yield from node.walk()
        for annex in self.annexes:
            for node in annex.body:
                yield from node.walk()

    def articles(self) -> list[Node]:
        """The articles of the body in document order, looking inside chapters."""
        return [n for n in self._body_walk() if n.kind is NodeKind.ARTICLE]

    def _body_walk(self) -> Iterator[Node]:
        for node in self.body:
            yield from node.walk()

    def find(self, uid: str) -> Node | None:
        """The operative node with this uid, or None."""
        return next((n for n in self.walk() if n.uid == uid), None)

    def party(self, uid: str | None) -> Party | None:
        return next((p for p in self.parties if p.uid == uid), None)

    def footnote(self, uid: str) -> Footnote | None:
        return next((f for f in self.footnotes if f.uid == uid), None)

    def parent_map(self) -> dict[str, Node | None]:
        """Map every operative node uid to its parent node (None at the top of a body)."""
        parents: dict[str, Node | None] = {}

        def visit(nodes: list[Node], parent: Node | None) -> None:
            for node in nodes:
                parents[node.uid] = parent
                visit(node.children, node)

        visit(self.body, None)
        for annex in self.annexes:
            visit(annex.body, None)
        return parents
