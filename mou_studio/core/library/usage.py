"""Using library clauses in agreements: inserting one, and finding outdated wordings.

A node inserted from the library records ``Node.clause_ref`` (clause id, version,
variant). The outdated report walks the stored agreements' working copies and lists
every node whose clause has a newer approved version, with the word-level difference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mou_studio.core.errors import LibraryError, NotFound
from mou_studio.core.library.model import Clause, ClauseStatus
from mou_studio.core.library.placeholders import fill_placeholders
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.worddiff import WordDiff, word_diff
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, ClauseRef, LangText, Node, NodeKind
from mou_studio.core.numbering import Numbering
from mou_studio.core.storage import AgreementStore


def clause_paragraphs(text: str) -> list[str]:
    """A clause text split into its paragraphs (separated by blank lines)."""
    return [" ".join(chunk.split()) for chunk in text.split("\n\n") if chunk.strip()]


def clause_article(clause: Clause, agreement: Agreement, variant: int = 0,
                   values: Mapping[str, str | LangText] | None = None) -> Node:
    """An article built from ``clause`` in the agreement's languages, placeholders filled.

    The article records where it came from, so the outdated report can find it.
    """
    if clause.status is ClauseStatus.WITHDRAWN:
        raise LibraryError(msg("clause {id} is withdrawn; it cannot be inserted",
                               id=clause.id))
    if not 0 <= variant < len(clause.variants):
        raise NotFound(msg("clause {id} has no variant {number} (it has {total})",
                           id=clause.id, number=variant + 1, total=len(clause.variants)))
    wording = clause.variants[variant]
    missing_langs = [lang for lang in agreement.languages if not wording.text.get(lang)]
    if missing_langs:
        raise LibraryError(msg("clause {id} has no {languages} text for this agreement; add "
                               "the translation to the clause first",
                               id=clause.id, languages=", ".join(missing_langs)))
    per_lang = {
        lang: clause_paragraphs(fill_placeholders(wording.text[lang], lang, agreement,
                                                  values).text)
        for lang in agreement.languages
    }
    count = max(len(paragraphs) for paragraphs in per_lang.values())
    children = [
        Node(NodeKind.PARAGRAPH, text={lang: p[i] for lang, p in per_lang.items() if i < len(p)})
        for i in range(count)
    ]
    heading = {lang: clause.title[lang] for lang in agreement.languages if lang in clause.title}
    return Node(NodeKind.ARTICLE, heading=heading, children=children,
                clause_ref=ClauseRef(clause.id, clause.version, variant))


def insert_clause(agreement: Agreement, article: Node, after_uid: str | None = None) -> None:
    """Put ``article`` into the agreement's body after ``after_uid`` (default: at the end)."""
    if after_uid is None:
        agreement.body.append(article)
        return
    for index, node in enumerate(agreement.body):
        if node.uid == after_uid:
            agreement.body.insert(index + 1, article)
            return
    raise NotFound(msg("the agreement has no top-level article with uid {uid}",
                       uid=after_uid))


@dataclass(frozen=True)
class OutdatedUse:
    """One node of an agreement whose library wording has a newer approved version."""

    agreement_id: int
    agreement_title: str
    node_uid: str
    node_label: str
    clause_id: str
    used_version: int
    latest_version: int
    variant: int
    lang: str  # the language of ``diff``: the agreement's, unless only others changed
    diff: WordDiff
    changed_languages: tuple[str, ...] = ()


def outdated_uses(agreements: AgreementStore, library: LibraryStore) -> list[OutdatedUse]:
    """Every agreement node whose clause has a newer approved version, by agreement."""
    latest: dict[str, Clause | None] = {}
    found: list[OutdatedUse] = []
    for summary in agreements.summaries():
        agreement = agreements.get(summary.id)
        numbering = Numbering(agreement)
        for node in agreement.walk():
            ref = node.clause_ref
            if ref is None:
                continue
            if ref.clause_id not in latest:
                latest[ref.clause_id] = (library.latest_approved(ref.clause_id)
                                         if library.exists(ref.clause_id) else None)
            newest = latest[ref.clause_id]
            if newest is None or newest.version <= ref.version:
                continue
            used = library.get(ref.clause_id, ref.version)
            changed = _changed_languages(used, newest, ref.variant)
            lang = agreement.language if agreement.language in changed or not changed \
                else changed[0]
            found.append(OutdatedUse(
                summary.id, summary.title, node.uid, numbering.label(node, agreement.language),
                ref.clause_id, ref.version, newest.version, ref.variant, lang,
                _version_diff(used, newest, ref.variant, lang), tuple(changed),
            ))
    return found


def _changed_languages(old: Clause, new: Clause, variant: int) -> list[str]:
    """The languages whose wording of ``variant`` differs between two versions."""
    new_variant = variant if variant < len(new.variants) else 0
    return [lang for lang in ("fr", "en", "ru")
            if old.text(lang, variant) != new.text(lang, new_variant)]


def _version_diff(old: Clause, new: Clause, variant: int, lang: str) -> WordDiff:
    new_variant = variant if variant < len(new.variants) else 0
    old_text = old.text(lang, variant) or old.text("en", variant)
    new_text = new.text(lang, new_variant) or new.text("en", new_variant)
    return word_diff(old_text, new_text)
