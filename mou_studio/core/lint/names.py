"""Defined short names: misspelt (« CARRIC » for « CARICC »), or used before defined."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mou_studio.core.lint.findings import Finding, QuickFix, Severity
from mou_studio.core.lint.texts import Slot, plain, slots
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, AgreementKind

RULE_MISSPELT = "short-name-misspelt"
RULE_BEFORE = "short-name-before-definition"

# An acronym-like word: upper-case letters (Latin or Cyrillic), maybe digits or a hyphen.
_ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ0-9-]{2,}(?![\w-])")
_DEFINITION = re.compile(
    r"ci-après|dénommée?s?|hereinafter|referred to as|далее|именуем"
    # « (l'« OMD ») », '(the "WCO")', '(“WCO”)': a name defined by quoting it in brackets
    r"|\((?:the |le |la |l['’])?[\"“«]", re.IGNORECASE)
MIN_LENGTH = 4  # three-letter names (OMD, WCO) are too close to too many other acronyms


def check_short_names(agreement: Agreement) -> Iterator[Finding]:
    """Acronyms one or two letters away from a party's short name, and short names used
    before the sentence that defines them."""
    all_slots = list(slots(agreement))
    for lang in agreement.languages:
        names = {p.short_name.get(lang, "") for p in agreement.parties} - {""}
        counts = Counter(
            word for slot in all_slots
            for word in _ACRONYM.findall(plain(slot.text.get(lang, ""))))
        for name in sorted(names):
            yield from _misspellings(all_slots, lang, name, names, counts)
            # Letters name the parties by convention (« la Communauté ») without defining.
            if agreement.kind is not AgreementKind.EXCHANGE_OF_LETTERS:
                full_names = [p.name.get(lang, "") for p in agreement.parties]
                yield from _used_before_definition(all_slots, lang, name, full_names)


def _misspellings(all_slots: list[Slot], lang: str, name: str, names: set[str],
                  counts: Counter[str]) -> Iterator[Finding]:
    if len(name) < MIN_LENGTH:
        return
    for slot in all_slots:
        text = plain(slot.text.get(lang, ""))
        for match in _ACRONYM.finditer(text):
            word = match.group(0)
            # A slip is rarer than the name it spoils; a frequent look-alike is a real
            # other acronym.
            if word in names or counts[word] >= counts[name] or word[0] != name[0]:
                continue
            if _looks_like(word, name):
                fix = QuickFix(slot.place, lang, match.start(), word, name)
                yield Finding(RULE_MISSPELT, Severity.ERROR,
                              msg("“{word}” looks like a misspelling of the defined short "
                                  "name “{name}”", word=word, name=name),
                              slot.place, lang, fix)


def _used_before_definition(all_slots: list[Slot], lang: str, name: str,
                            full_names: list[str]) -> Iterator[Finding]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    first_use: Slot | None = None
    for slot in all_slots:
        if slot.place.part in ("title", "signature"):
            continue  # titles and signature captions name the parties before any preamble
        text = _without(plain(slot.text.get(lang, "")), full_names)
        match = pattern.search(text)
        if match is None:
            continue
        definition = _DEFINITION.search(text)
        if definition and pattern.search(text, definition.end()):
            if first_use is not None:
                yield Finding(RULE_BEFORE, Severity.WARNING,
                              msg("the short name “{name}” is used before the sentence "
                                  "that defines it", name=name), first_use.place, lang)
            return
        if first_use is None:
            first_use = slot
    if first_use is not None:
        yield Finding(RULE_BEFORE, Severity.WARNING,
                      msg("the short name “{name}” is used but never defined (« ci-après "
                          "dénommé… », \"hereinafter referred to as…\")", name=name),
                      first_use.place, lang)


def _without(text: str, full_names: list[str]) -> str:
    """The text with the parties' full names blanked: « Communauté européenne » holds the
    short name « Communauté » but does not use it."""
    for full in full_names:
        if full:
            text = text.replace(full, " " * len(full))
    return text


def _looks_like(word: str, name: str) -> bool:
    """A slip keeps almost all the letters of the name (CARRIC / CARICC share five of
    six) within one or two edits; another acronym (ASEM / ASEAN) does not."""
    if word.isalpha() != name.isalpha():  # CARIC-X, CENCOMM2: compounds, not slips
        return False
    if edit_distance(word, name) > (1 if len(name) <= 4 else 2):
        return False
    shared = sum((Counter(word) & Counter(name)).values())
    return shared >= len(name) - 1


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]
