"""Language versions that disagree: a text missing in one language, or other durations,
dates or numbers (« trois mois » in French, "six months" in English).

Texts are compared as rendered, so a cross-reference reads « l'article 5 » and "Article 5"
in both versions whether it is a live reference or a literal one.
"""

from __future__ import annotations

from collections.abc import Iterator

from mou_studio.core.lint.facts import Facts, extract_facts
from mou_studio.core.lint.findings import Finding, Severity
from mou_studio.core.lint.texts import Slot, slots
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement
from mou_studio.core.numbering import Numbering

RULE_MISSING = "versions-missing-text"
RULE_FACTS = "versions-disagree"


def check_versions(agreement: Agreement) -> Iterator[Finding]:
    """Missing translations and facts that differ between the language versions."""
    if len(agreement.languages) < 2:
        return
    numbering = Numbering(agreement)
    first = agreement.languages[0]
    for slot in slots(agreement):
        present = [lang for lang in agreement.languages if slot.text.get(lang, "").strip()]
        if not present:
            continue
        for lang in agreement.languages:
            if lang not in present:
                yield Finding(RULE_MISSING, Severity.ERROR,
                              msg("this text exists in {present} but not in {lang}",
                                  present=", ".join(present), lang=lang),
                              slot.place, lang)
        if first in present:
            reference = _facts(slot, first, numbering)
            for lang in present:
                if lang != first:
                    yield from _compare(slot, first, reference, lang,
                                        _facts(slot, lang, numbering))


def _facts(slot: Slot, lang: str, numbering: Numbering) -> Facts:
    context = slot.place.uid if slot.place.part == "node" else None
    rendered = numbering.render_text(slot.text[lang], lang, context, footnote=lambda _n: " ")
    return extract_facts(rendered, lang)


def _compare(slot: Slot, first: str, ours: Facts, lang: str, theirs: Facts
             ) -> Iterator[Finding]:
    only_ours, only_theirs = ours.values - theirs.values, theirs.values - ours.values
    if only_ours or only_theirs:
        yield Finding(RULE_FACTS, Severity.ERROR,
                      msg("the {first} and {lang} versions disagree: {ours} in {first}, "
                          "{theirs} in {lang}", first=first, lang=lang,
                          ours=ours.show(only_ours), theirs=theirs.show(only_theirs)),
                      slot.place, lang)
        return
    for value in ours.durations.keys() & theirs.durations.keys():
        if ours.durations[value] != theirs.durations[value]:
            yield Finding(RULE_FACTS, Severity.ERROR,
                          msg("the {first} and {lang} versions disagree: {value} {units} in "
                              "{first}, {value} {other} in {lang}", first=first, lang=lang,
                              value=value, units=ours.units(value),
                              other=theirs.units(value)), slot.place, lang)
