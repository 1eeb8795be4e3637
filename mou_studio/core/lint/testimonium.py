"""The testimonium against the facts: how many originals for how many signatories, and
which languages it names against the language versions the agreement has."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_studio.core.lint.findings import Finding, Place, Severity
from mou_studio.core.lint.texts import Slot, plain, slots
from mou_studio.core.messages import msg, msgn
from mou_studio.core.model import Agreement

RULE_COUNT = "testimonium-originals"
RULE_LANGUAGES = "testimonium-languages"

_COUNT_WORDS = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "double": 2, "triple": 3,
    "two": 2, "three": 3, "four": 4, "five": 5, "duplicate": 2, "triplicate": 3,
    "quadruplicate": 4, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4,
}
_COUNT = re.compile(
    r"(?<!\w)(?:en (double|triple) exemplaire"
    r"|(deux|trois|quatre|cinq|\d+) (?:exemplaires|originaux|documents originaux)"
    r"|in (duplicate|triplicate|quadruplicate)"
    r"|(two|three|four|five|\d+) (?:originals|original copies|copies|counterparts)"
    r"|в (двух|трех|трёх|четырех|четырёх) (?:подлинных )?экземплярах)(?!\w)",
    re.IGNORECASE)

_LANGUAGE_NAMES: dict[str, str] = {
    "française": "fr", "anglaise": "en", "russe": "ru", "espagnole": "es", "arabe": "ar",
    "chinoise": "zh", "allemande": "de", "italienne": "it",
    "french": "fr", "english": "en", "russian": "ru", "spanish": "es", "arabic": "ar",
    "chinese": "zh", "german": "de", "italian": "it",
    "французском": "fr", "английском": "en", "русском": "ru", "испанском": "es",
    "арабском": "ar", "китайском": "zh", "немецком": "de",
}
_LANGUAGE_WORD = re.compile("|".join(_LANGUAGE_NAMES), re.IGNORECASE)
_LANGUAGE_CONTEXT = re.compile(r"langues?|languages?|язык", re.IGNORECASE)


def check_testimonium(agreement: Agreement) -> Iterator[Finding]:
    """Originals fewer than signatories; languages named that the agreement lacks, or
    language versions it has that the testimonium does not name."""
    signatories = len(agreement.signatures) or len(agreement.parties)
    for slot in _final_slots(agreement):
        for lang in agreement.languages:
            text = plain(slot.text.get(lang, ""))
            yield from _count(slot.place, lang, text, signatories)
            yield from _languages(agreement, slot.place, lang, text)


def _final_slots(agreement: Agreement) -> list[Slot]:
    articles = {a.uid for a in agreement.articles()[-2:]}
    parents = agreement.parent_map()

    def in_last_articles(uid: str | None) -> bool:
        while uid is not None:
            if uid in articles:
                return True
            parent = parents.get(uid)
            uid = parent.uid if parent else None
        return False

    return [s for s in slots(agreement) if s.place.part == "testimonium" or
            (s.place.part == "node" and in_last_articles(s.place.uid))]


def _count(place: Place, lang: str, text: str, signatories: int) -> Iterator[Finding]:
    match = _COUNT.search(text)
    if match is None or signatories == 0:
        return
    word = next(g for g in match.groups() if g)
    count = int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower(), 0)
    if 0 < count < signatories:
        yield Finding(RULE_COUNT, Severity.ERROR,
                      msgn("“{found}” ({originals}) but {count} signatory: each "
                           "signatory keeps an original",
                           "“{found}” ({originals}) but {count} signatories: each "
                           "signatory keeps an original",
                           signatories, found=match.group(0), originals=count), place, lang)


def _languages(agreement: Agreement, place: Place, lang: str, text: str
               ) -> Iterator[Finding]:
    sentence = next((s for s in re.split(r"(?<=[.;])\s", text)
                     if _LANGUAGE_CONTEXT.search(s)), "")
    named = {_LANGUAGE_NAMES[m.group(0).lower()] for m in _LANGUAGE_WORD.finditer(sentence)}
    if not named:
        return
    absent = sorted(named - set(agreement.languages))
    unnamed = sorted(set(agreement.languages) - named)
    if absent:
        yield Finding(RULE_LANGUAGES, Severity.INFO,
                      (msg("the text names the {languages} version, which this document "
                           "does not contain (it has {present})", languages=absent[0],
                           present=", ".join(agreement.languages)) if len(absent) == 1 else
                       msg("the text names the {languages} versions, which this document "
                           "does not contain (it has {present})", languages=", ".join(absent),
                           present=", ".join(agreement.languages))), place, lang)
    if unnamed:
        yield Finding(RULE_LANGUAGES, Severity.WARNING,
                      (msg("the agreement has a {language} version that the text does "
                           "not name among its languages", language=unnamed[0])
                       if len(unnamed) == 1 else
                       msg("the agreement has {languages} versions that the text does "
                           "not name among its languages", languages=", ".join(unnamed))),
                      place, lang)
