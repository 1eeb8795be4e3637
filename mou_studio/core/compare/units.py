"""The comparable units of an agreement: clauses made of printed lines, labels apart.

A clause is what a negotiator names when reading a version: the title, a party, a
recital, an article, the testimonium, a signature block… Each clause holds the lines that
print it (an article: its heading, its introductory text, each paragraph and point). Every
label (« Article 6 », "2.", "a)") is computed by :class:`Numbering` and kept apart from the
body, so that a clause that only got a new number compares equal by body.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from mou_studio.core.errors import MouStudioError
from mou_studio.core.messages import Message, msg, verbatim
from mou_studio.core.model import Agreement, LangText, Node, NodeKind
from mou_studio.core.numbering import Numbering
from mou_studio.core.views import pick, signature_date, signature_place

# Families of sections: similarity pairing never pairs clauses of different families.
FAMILIES = {
    "title": "title",
    "party": "party",
    "preamble_heading": "preamble",
    "preamble": "preamble",
    "recital": "preamble",
    "enacting_formula": "preamble",
    "chapter": "body",
    "article": "body",
    "paragraph": "body",
    "annex": "body",
    "testimonium": "end",
    "signature": "end",
    "footnote": "footnote",
}


@dataclass(frozen=True)
class Line:
    """One printed paragraph: its computed label ("2.", "a)", "" ) and its body text."""

    label: str
    body: str
    style: str = "text"  # title, heading, text, point, signature, footnote
    depth: int = 0

    def text(self) -> str:
        """The line as printed: label, a space, body."""
        if self.label and self.body:
            return f"{self.label} {self.body}"
        return self.label or self.body


@dataclass(frozen=True)
class Clause:
    """A unit the negotiator names, made of lines; ``label`` printed on its own line or not."""

    section: str
    label: str
    lines: tuple[Line, ...]
    label_line: bool = False  # the label is printed as a line of its own (« Article 6 »)
    printed: bool = True  # parties are compared but are not lines of the document

    @property
    def family(self) -> str:
        return FAMILIES.get(self.section, self.section)

    def body_key(self) -> str:
        """The bodies of all lines, without any label: equal keys mean equal wording."""
        return "\n".join(line.body for line in self.lines)

    def labels_key(self) -> tuple[str, ...]:
        return (self.label, *(line.label for line in self.lines))

    def text(self) -> str:
        """The clause's text as printed, without the clause label when it is on its own."""
        return "\n".join(line.text() for line in self.lines)

    def printed_lines(self) -> list[Line]:
        """The document lines of the clause, its own label line first when it has one."""
        if not self.printed:
            return []
        head = [Line(self.label, "", "label")] if self.label_line else []
        return [*head, *self.lines]

    def display_label(self) -> Message | str:
        """The clause's name in lists: its label (document text), else its section's name."""
        return self.label or SECTION_NAMES.get(self.section, verbatim(self.section))


# A clause with no label of its own is named by its section, in the interface language.
SECTION_NAMES: dict[str, Message] = {
    "title": msg("Title"),
    "party": msg("Party"),
    "preamble_heading": msg("Preamble heading"),
    "preamble": msg("Preamble"),
    "recital": msg("Recital"),
    "enacting_formula": msg("Enacting formula"),
    "chapter": msg("Chapter"),
    "article": msg("Article"),
    "paragraph": msg("Paragraph"),
    "annex": msg("Annex"),
    "testimonium": msg("Testimonium"),
    "signature": msg("Signature block"),
    "footnote": msg("Footnote"),
}


def agreement_clauses(agreement: Agreement, lang: str) -> list[Clause]:
    """The clauses of ``agreement`` in ``lang``, in document order."""
    if lang not in agreement.languages:
        raise MouStudioError(msg(
            "this version has no '{lang}' text (it has: {languages}); "
            "choose a language both versions have",
            lang=lang, languages=", ".join(agreement.languages),
        ))
    return list(_ClauseBuilder(agreement, lang).clauses())


def document_lines(clauses: list[Clause]) -> list[str]:
    """The printed lines of a list of clauses: the text a redline must give back."""
    return [line.text() for clause in clauses for line in clause.printed_lines()]


class _ClauseBuilder:
    def __init__(self, agreement: Agreement, lang: str) -> None:
        self.agreement = agreement
        self.lang = lang
        self.numbering = Numbering(agreement)

    def render(self, text: LangText, context: str | None = None) -> str:
        return self.numbering.render_text(pick(text, self.lang), self.lang, context)

    def single(self, section: str, text: LangText, style: str = "text") -> Iterator[Clause]:
        body = self.render(text)
        if body:
            yield Clause(section, "", (Line("", body, style),))

    def clauses(self) -> Iterator[Clause]:
        agreement = self.agreement
        yield from self.single("title", agreement.title, "title")
        yield from self.parties()
        yield from self.single("preamble_heading", agreement.preamble_heading, "heading")
        yield from self.single("preamble", agreement.preamble_intro)
        for recital in agreement.recitals:
            yield from self.single("recital", recital.text)
        yield from self.single("enacting_formula", agreement.enacting_formula)
        yield from self.body(agreement.body)
        yield from self.single("testimonium", agreement.testimonium)
        yield from self.signatures()
        yield from self.footnotes()
        yield from self.annexes()

    def parties(self) -> Iterator[Clause]:
        for party in self.agreement.parties:
            lines = (
                Line("", pick(party.name, self.lang)),
                Line("", party.short_form(self.lang)),
            )
            yield Clause("party", party.short_form(self.lang), lines, printed=False)

    def body(self, nodes: list[Node]) -> Iterator[Clause]:
        for node in nodes:
            if node.kind is NodeKind.CHAPTER:
                yield self.container(node, "chapter", with_children=False)
                yield from self.body(node.children)
            elif node.kind in (NodeKind.ARTICLE, NodeKind.LETTER):
                yield self.container(node, "article", with_children=True)
            else:
                lines = tuple(self.node_lines(node, depth=0))
                yield Clause("paragraph", self.numbering.label(node, self.lang), lines)

    def container(self, node: Node, section: str, with_children: bool) -> Clause:
        """An article (or chapter): label on its own line, then heading, text, units."""
        lines: list[Line] = []
        heading = pick(node.heading, self.lang)
        if heading:
            lines.append(Line("", heading, "heading"))
        text = self.render(node.text, node.uid)
        if text:
            lines.append(Line("", text))
        if with_children:
            for child in node.children:
                lines.extend(self.node_lines(child, depth=0))
        label = self.numbering.label(node, self.lang)
        return Clause(section, label, tuple(lines), label_line=bool(label))

    def node_lines(self, node: Node, depth: int) -> Iterator[Line]:
        heading = pick(node.heading, self.lang)
        if heading:
            yield Line("", heading, "heading", depth)
        style = "text" if node.kind is NodeKind.PARAGRAPH else "point"
        label = self.numbering.label(node, self.lang)
        yield Line(label, self.render(node.text, node.uid), style, depth)
        for child in node.children:
            yield from self.node_lines(child, depth + 1)

    def signatures(self) -> Iterator[Clause]:
        for block in self.agreement.signatures:
            values = (
                pick(block.caption, self.lang),
                block.signatory,
                pick(block.title, self.lang),
                signature_date(block, self.lang),
                signature_place(block, self.lang),
            )
            lines = tuple(Line("", v, "signature") for v in values if v)
            if lines:
                yield Clause("signature", "", lines)

    def footnotes(self) -> Iterator[Clause]:
        for number, note in enumerate(self.agreement.footnotes, start=1):
            yield Clause("footnote", str(number),
                         (Line(str(number), self.render(note.text), "footnote"),))

    def annexes(self) -> Iterator[Clause]:
        for annex in self.agreement.annexes:
            label = self.numbering.annex_label(annex, self.lang)
            title = self.render(annex.title)
            lines = (Line("", title, "heading"),) if title else ()
            yield Clause("annex", label, lines, label_line=True)
            yield from self.body(annex.body)


def paragraph_clauses(paragraphs: Sequence[str]) -> list[Clause]:
    """A document's own paragraphs as clauses: for redlines that give its exact text back."""
    return [Clause("paragraph", "", (Line("", text),)) for text in paragraphs]
