"""Final clauses an instrument of its kind needs: coming into effect, amendment,
termination with notice, differences, languages, testimonium, signature blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_studio.core.lint.findings import Finding, Place, Severity
from mou_studio.core.lint.texts import plain
from mou_studio.core.messages import Message, msg, msgn, verbatim
from mou_studio.core.model import Agreement, AgreementKind, Node

RULE = "final-clause-missing"

# Keywords per topic, all languages at once: a clause is found whatever its language.
_TOPIC_WORDS: dict[str, str] = {
    "coming_into_effect": r"en vigueur|prend(?:ra)? effet|prise d'effet|into force|"
                          r"into effect|take effect|become effective|effective (?:on|from|upon)|"
                          r"в силу|начинает применяться",
    "amendment": r"modifi|amend|изменени|поправк",
    "termination": r"résili|dénonc|mettre fin|met fin|prend fin|terminat|discontinu|"
                   r"withdraw|прекращ|расторж|выйти",
    "notice": r"préavis|notifi|notice|уведомлени",
    "differences": r"différend|litige|contentieux|dispute|differences?\b|спор|разноглас",
    "languages": r"langues?\b|exemplaire|languages?\b|duplicate|triplicate|языке|языках|"
                 r"экземпляр",
}

_PATTERNS = {topic: re.compile(words, re.IGNORECASE) for topic, words in _TOPIC_WORDS.items()}

REQUIRED: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.MOU: ("coming_into_effect", "amendment", "termination", "differences",
                        "languages"),
    AgreementKind.AGREEMENT: ("coming_into_effect", "amendment", "termination",
                              "differences", "languages"),
    AgreementKind.PROTOCOL: ("coming_into_effect", "languages"),
    AgreementKind.EXCHANGE_OF_LETTERS: ("coming_into_effect",),
}


def check_final_clauses(agreement: Agreement) -> Iterator[Finding]:
    """One warning per final clause the agreement's kind calls for and lacks."""
    units = _units(agreement)
    for topic in REQUIRED.get(agreement.kind, ()):
        if not _present(topic, units):
            yield Finding(RULE, Severity.WARNING,
                          _missing(topic, _kind(agreement)))
    if agreement.kind is not AgreementKind.EXCHANGE_OF_LETTERS and \
            not any(agreement.testimonium.values()):
        yield Finding(RULE, Severity.WARNING,
                      msg("no testimonium (« En foi de quoi… », \"In witness whereof…\")"),
                      Place("testimonium"))
    if not agreement.signatures:
        yield Finding(RULE, Severity.WARNING, msg("no signature blocks"))
    elif len(agreement.signatures) < len(agreement.parties):
        yield Finding(RULE, Severity.WARNING,
                      msgn("{count} signature block for {parties} parties",
                           "{count} signature blocks for {parties} parties",
                           len(agreement.signatures), parties=len(agreement.parties)))


# Said only after "found for" (a Russian translation gives the genitive).
_KIND_NAMES: dict[AgreementKind, Message] = {
    AgreementKind.MOU: msg("an MoU"),
    AgreementKind.AGREEMENT: msg("an agreement"),
    AgreementKind.PROTOCOL: msg("a protocol"),
    AgreementKind.EXCHANGE_OF_LETTERS: msg("an exchange of letters"),
}


def _kind(agreement: Agreement) -> Message:
    return _KIND_NAMES.get(agreement.kind, verbatim(agreement.kind.value))


def _missing(topic: str, kind: Message) -> Message:
    """"no amendment clause found for an MoU": one whole sentence per topic, since the
    topic's words change with the sentence around them in French and Russian."""
    if topic == "coming_into_effect":
        return msg("no coming into effect (or entry into force) clause found for {kind}",
                   kind=kind)
    if topic == "amendment":
        return msg("no amendment clause found for {kind}", kind=kind)
    if topic == "termination":
        return msg("no termination with notice clause found for {kind}", kind=kind)
    if topic == "differences":
        return msg("no settlement of differences clause found for {kind}", kind=kind)
    return msg("no languages and number of originals clause found for {kind}", kind=kind)


def _units(agreement: Agreement) -> list[tuple[set[str], str]]:
    """Every node's topics and text (with its article's heading), plus the testimonium."""
    out: list[tuple[set[str], str]] = []

    def visit(node: Node, topics: set[str], heading: str) -> None:
        own: set[str] = topics | ({node.topic} if node.topic else set[str]())
        head = heading + " " + " ".join(node.heading.values())
        out.append((own, head + " " + plain(" ".join(node.text.values()))))
        for child in node.children:
            visit(child, own, head)

    for root in agreement.body:
        visit(root, set(), "")
    out.append((set(), " ".join(agreement.testimonium.values())))
    return out


# The clause library's topic keys (templates use them) for each final clause.
_TOPIC_KEYS = {
    "coming_into_effect": {"entry_into_force", "entry_into_force_duration"},
    "amendment": {"amendment", "amendment_termination"},
    "termination": {"termination", "amendment_termination"},
    "differences": {"disputes"},
    "languages": {"languages", "testimonium"},
}


def _present(topic: str, units: list[tuple[set[str], str]]) -> bool:
    words = _PATTERNS[topic]
    if topic == "termination":
        notice = _PATTERNS["notice"]
        return any(words.search(text) and notice.search(text) for _, text in units)
    keys = _TOPIC_KEYS.get(topic, {topic})
    return any(keys & topics or words.search(text) for topics, text in units)
