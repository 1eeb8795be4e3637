"""Recognising library wording in an agreement and linking it (``Node.clause_ref``).

An agreement drafted before the library existed (or imported) holds clause wordings that
are not marked as such, so the outdated report cannot see them. :func:`find_links` looks
for articles and paragraphs whose text *is* a library clause's wording once both are
normalised: placeholders filled from the agreement's parties, cross-references rendered,
typographic quotes, dashes and spaces made plain, a typed label ("1.", "a)") dropped.
A value placeholder ({notice_period}) matches a short phrase with no sentence break.

Only exact matches are linked; a wording that is merely close is reported as a near miss
for a person to judge, and so is a text that two clauses match equally.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum

from mou_studio.core.editing import EditError, locate
from mou_studio.core.library.model import Clause
from mou_studio.core.library.placeholders import PLACEHOLDER, fill_placeholders
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.usage import clause_paragraphs
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement, ClauseRef, Node, NodeKind
from mou_studio.core.numbering import Numbering
from mou_studio.core.storage import AgreementStore
from mou_studio.core.tasks import TaskControl, no_control

NEAR_MISS_THRESHOLD = 0.8  # word-level similarity from which a wording is worth a look
_TYPOGRAPHIC = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
})
_LEADING_LABEL = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]\s+", re.IGNORECASE)
_QUOTE_SPACING = re.compile(r'"\s+|\s+"')
_VALUE_SLOT = r"([^.;:!?]{1,80}?)"


class MissReason(StrEnum):
    SIMILAR = "similar"  # close to a clause, but not its wording
    AMBIGUOUS = "ambiguous"  # the wording of more than one clause
    OTHER_LANGUAGE = "other_language"  # the primary language matches, another does not


@dataclass(frozen=True)
class ClauseLink:
    """A node whose text is the wording of ``clause_id`` version ``version``."""

    node_uid: str
    node_label: str
    clause_id: str
    version: int
    variant: int

    @property
    def ref(self) -> ClauseRef:
        return ClauseRef(self.clause_id, self.version, self.variant)


@dataclass(frozen=True)
class NearMiss:
    """A node that resembles a clause without being its wording; never linked."""

    node_uid: str
    node_label: str
    clause_id: str
    version: int
    variant: int
    similarity: float
    reason: MissReason


@dataclass(frozen=True)
class LinkReport:
    links: tuple[ClauseLink, ...] = ()
    near_misses: tuple[NearMiss, ...] = ()
    already_linked: tuple[str, ...] = ()  # uids of nodes that already had a clause_ref


def normalise(text: str) -> str:
    """The wording for comparison: plain quotes and spaces, no typed label in front."""
    plain = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC)
    plain = " ".join(plain.split())
    plain = _QUOTE_SPACING.sub('"', plain)
    return _LEADING_LABEL.sub("", plain, count=1)


@dataclass
class _Wording:
    """One variant of one clause in one language, ready to compare."""

    clause: Clause
    variant: int
    plain: list[str]  # the paragraphs normalised, value placeholders left as {name}
    prefix: str = ""  # the literal text before the first placeholder: a cheap first test

    words: list[str] = field(default_factory=list[str])  # all paragraphs, for similarity
    _patterns: list[re.Pattern[str]] | None = None

    def matches(self, texts: list[str]) -> bool:
        """Whether ``texts`` are this wording, a value placeholder standing for a phrase."""
        if len(texts) != len(self.plain) or not texts[0].startswith(self.prefix):
            return False
        if self._patterns is None:  # compiled on demand: most wordings are never tried
            self._patterns = [_pattern(p) for p in self.plain]
        return all(p.fullmatch(t) for p, t in zip(self._patterns, texts, strict=True))


@dataclass
class _Candidates:
    by_paragraphs: dict[int, list[_Wording]] = field(default_factory=dict[int, list[_Wording]])
    exact: dict[tuple[str, ...], list[_Wording]] = field(
        default_factory=dict[tuple[str, ...], list[_Wording]])


def approved_clauses(library: LibraryStore) -> list[Clause]:
    """The newest approved version of every clause that has one (withdrawn left out)."""
    return library.all_latest_approved()


def find_links(agreement: Agreement, clauses: Iterable[Clause],
               control: TaskControl | None = None) -> LinkReport:
    """Which articles and paragraphs of ``agreement`` are library wordings; changes nothing.

    A whole article is linked when its paragraphs are, in order, the paragraphs of one
    clause; otherwise each paragraph that is a one-paragraph clause is linked alone.
    ``control`` hears of each article matched and may cancel between articles.
    """
    control = control or no_control()
    clause_list = list(clauses)
    lang = agreement.language
    candidates = _candidates(clause_list, agreement, lang)
    matcher = _Matcher(agreement, clause_list, candidates)
    articles = list(_top_articles(agreement))
    for done, node in enumerate(articles):
        control.progress(done, len(articles), "link")
        matcher.visit_article(node)
    control.progress(len(articles), len(articles), "link")
    return LinkReport(tuple(matcher.links), tuple(matcher.misses), tuple(matcher.already))


def apply_links(agreement: Agreement, links: Iterable[ClauseLink]) -> None:
    """Set the clause references of a :func:`find_links` report on the agreement."""
    for link in links:
        _node(agreement, link.node_uid).clause_ref = link.ref


def link_from_library(agreement: Agreement, library: LibraryStore) -> LinkReport:
    """Find the library wordings in ``agreement`` and link them; the report says which."""
    report = find_links(agreement, approved_clauses(library))
    apply_links(agreement, report.links)
    return report


def link_stored(agreements: AgreementStore, library: LibraryStore, agreement_id: int,
                dry_run: bool = False) -> LinkReport:
    """Link a stored agreement's working copy; ``dry_run`` only reports what it would do."""
    agreement = agreements.get(agreement_id)
    report = find_links(agreement, approved_clauses(library))
    if report.links and not dry_run:
        apply_links(agreement, report.links)
        agreements.save(agreement_id, agreement)
    return report


def describe_link(link: ClauseLink) -> Message:
    """One line of a report: which node takes which clause."""
    return msg("{node}: clause {id} version {version}, variant {variant}",
               node=link.node_label, id=link.clause_id, version=link.version,
               variant=link.variant + 1)


def describe_miss(miss: NearMiss) -> Message:
    """Why a node resembling a clause was left unlinked."""
    match miss.reason:
        case MissReason.SIMILAR:
            return msg("{node}: close to clause {id} ({percent}% of the words agree), "
                       "not linked", node=miss.node_label, id=miss.clause_id,
                       percent=int(miss.similarity * 100))
        case MissReason.AMBIGUOUS:
            return msg("{node}: the wording of several clauses, including {id}; not linked",
                       node=miss.node_label, id=miss.clause_id)
        case MissReason.OTHER_LANGUAGE:
            return msg("{node}: matches clause {id} in the primary language only; "
                       "not linked", node=miss.node_label, id=miss.clause_id)


class LinkClauses:
    """The editor's undoable edit: set the clause references found, remember the old ones."""

    description = msg("Link clauses")

    def __init__(self, links: Sequence[ClauseLink]) -> None:
        self.links = tuple(links)
        self._before: dict[str, ClauseRef | None] | None = None

    def apply(self, agreement: Agreement) -> None:
        before = {link.node_uid: _node(agreement, link.node_uid).clause_ref
                  for link in self.links}  # raises before anything changed
        apply_links(agreement, self.links)
        self._before = before

    def revert(self, agreement: Agreement) -> None:
        if self._before is None:
            raise EditError(msg("this edit was never applied"))
        for uid, ref in self._before.items():
            _node(agreement, uid).clause_ref = ref


def _node(agreement: Agreement, uid: str) -> Node:
    location = locate(agreement, uid)
    return location.siblings[location.index]


def _top_articles(agreement: Agreement) -> list[Node]:
    """Articles (inside chapters too), and paragraphs that sit at the top of a body."""
    found: list[Node] = []
    bodies = [agreement.body] + [annex.body for annex in agreement.annexes]
    for body in bodies:
        for node in body:
            if node.kind is NodeKind.CHAPTER:
                found.extend(child for child in node.children
                             if child.kind is NodeKind.ARTICLE)
            elif node.kind in (NodeKind.ARTICLE, NodeKind.PARAGRAPH):
                found.append(node)
    return found


def _candidates(clauses: list[Clause], agreement: Agreement, lang: str) -> _Candidates:
    found = _Candidates()
    for clause in clauses:
        for index, variant in enumerate(clause.variants):
            text = variant.text.get(lang)
            if not text:
                continue
            wording = _wording(clause, index, text, lang, agreement)
            found.by_paragraphs.setdefault(len(wording.plain), []).append(wording)
            if not any(PLACEHOLDER.search(p) for p in wording.plain):
                found.exact.setdefault(tuple(wording.plain), []).append(wording)
    return found


def _wording(clause: Clause, variant: int, text: str, lang: str,
             agreement: Agreement) -> _Wording:
    filled = fill_placeholders(text, lang, agreement).text
    plain = [normalise(p) for p in clause_paragraphs(filled)]
    prefix = PLACEHOLDER.split(plain[0])[0] if plain else ""
    return _Wording(clause, variant, plain, prefix, " ".join(plain).split())


def _pattern(paragraph: str) -> re.Pattern[str]:
    parts = PLACEHOLDER.split(paragraph)
    # split() alternates literal text and placeholder names
    pieces = [re.escape(part) if i % 2 == 0 else _VALUE_SLOT for i, part in enumerate(parts)]
    return re.compile("".join(pieces))


class _Matcher:
    def __init__(self, agreement: Agreement, clauses: list[Clause],
                 candidates: _Candidates) -> None:
        self.agreement = agreement
        self.clauses = clauses
        self.candidates = candidates
        self.numbering = Numbering(agreement)
        self.lang = agreement.language
        self.links: list[ClauseLink] = []
        self.misses: list[NearMiss] = []
        self.already: list[str] = []

    def visit_article(self, article: Node) -> None:
        if article.clause_ref is not None:
            self.already.append(article.uid)
            return
        parts = self._paragraph_nodes(article)
        if parts is None:
            return
        single = len(parts) == 1
        if not any(part.clause_ref is not None for part in parts):
            texts = [self._text(part, self.lang) for part in parts]
            if self._link(article, texts, report_miss=single) or single:
                return
        for part in parts:
            self._visit_paragraph(part)

    def _visit_paragraph(self, node: Node) -> None:
        if node.clause_ref is not None:
            self.already.append(node.uid)
            return
        self._link(node, [self._text(node, self.lang)], report_miss=True)

    def _paragraph_nodes(self, article: Node) -> list[Node] | None:
        """The nodes holding an article's wording, or None when it has points or is empty."""
        if not article.children:
            return [article] if article.text.get(self.lang) else None
        if any(child.kind is not NodeKind.PARAGRAPH or child.children
               for child in article.children):
            return None
        return list(article.children)

    def _text(self, node: Node, lang: str) -> str:
        raw = node.text.get(lang, "")
        return normalise(self.numbering.render_text(raw, lang, node.uid, lambda _: ""))

    def _link(self, node: Node, texts: list[str], report_miss: bool) -> bool:
        matches = self._matches(texts)
        label = self._label(node)
        if not matches:
            if report_miss:
                self._near_miss(node, label, texts)
            return False
        confirmed = [w for w in matches if self._other_languages_agree(node, w)]
        clause_ids = {w.clause.id for w in confirmed}
        if len(clause_ids) == 1:
            best = confirmed[0]
            self.links.append(ClauseLink(node.uid, label, best.clause.id,
                                         best.clause.version, best.variant))
            return True
        reason = MissReason.AMBIGUOUS if confirmed else MissReason.OTHER_LANGUAGE
        for wording in confirmed or matches:
            self.misses.append(NearMiss(node.uid, label, wording.clause.id,
                                        wording.clause.version, wording.variant, 1.0, reason))
        return True  # matched, though not linked: do not look inside for smaller pieces

    def _label(self, node: Node) -> str:
        """How a reader names the node: « Article 3 », « Paragraphe 2 de l'article 3 »."""
        if node.kind is NodeKind.ARTICLE:
            return self.numbering.label(node, self.lang)
        reference = self.numbering.reference(node.uid, self.lang)
        return reference[:1].upper() + reference[1:]

    def _matches(self, texts: list[str]) -> list[_Wording]:
        exact = self.candidates.exact.get(tuple(texts), [])
        with_slots = [
            wording for wording in self.candidates.by_paragraphs.get(len(texts), [])
            if tuple(wording.plain) != tuple(texts) and wording.matches(texts)
        ]
        return _first_variant_per_clause(exact + with_slots)

    def _other_languages_agree(self, node: Node, wording: _Wording) -> bool:
        """Every other language the node and the clause both have must match as well."""
        parts = self._paragraph_nodes(node) if node.kind is NodeKind.ARTICLE else [node]
        for lang in self.agreement.languages[1:]:
            clause_text = wording.clause.text(lang, wording.variant)
            texts = [self._text(part, lang) for part in parts or []]
            if not clause_text or not all(texts):
                continue
            other = _wording(wording.clause, wording.variant, clause_text, lang,
                             self.agreement)
            if not other.matches(texts):
                return False
        return True

    def _near_miss(self, node: Node, label: str, texts: list[str]) -> None:
        # The node's words are the matcher's second sequence: its index is built once.
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(" ".join(texts).split())
        best: tuple[float, _Wording] | None = None
        for wordings in self.candidates.by_paragraphs.values():
            for wording in wordings:
                matcher.set_seq1(wording.words)
                score = _similarity(matcher, best[0] if best else NEAR_MISS_THRESHOLD)
                if score is not None and (best is None or score > best[0]):
                    best = (score, wording)
        if best is not None:
            score, wording = best
            self.misses.append(NearMiss(node.uid, label, wording.clause.id,
                                        wording.clause.version, wording.variant,
                                        round(score, 3), MissReason.SIMILAR))


def _first_variant_per_clause(wordings: list[_Wording]) -> list[_Wording]:
    """One wording per clause: the most preferred variant that matched."""
    seen: dict[str, _Wording] = {}
    for wording in sorted(wordings, key=lambda w: w.variant):
        seen.setdefault(wording.clause.id, wording)
    return list(seen.values())


def _similarity(matcher: SequenceMatcher[str], at_least: float) -> float | None:
    """The matcher's similarity when it reaches ``at_least``, else None."""
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return None
    score = matcher.ratio()
    return score if score >= at_least else None
