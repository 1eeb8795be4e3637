"""Language versions that disagree: a text missing in one language, or other durations,
dates or numbers (« trois mois » in French, "six months" in English)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mou_studio.core.lint.findings import Finding, Severity
from mou_studio.core.lint.texts import plain, slots
from mou_studio.core.model import Agreement
from mou_studio.core.templates.wording import NUMBER_WORDS

RULE_MISSING = "versions-missing-text"
RULE_FACTS = "versions-disagree"

_RU_OBLIQUE = {"одного": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4,
               "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
               "двенадцати": 12, "одну": 1, "две": 2}
_WORD_VALUES: dict[str, dict[str, int]] = {
    lang: {word: value for value, word in enumerate(words) if value}
    for lang, words in NUMBER_WORDS.items()
}
_WORD_VALUES["ru"].update(_RU_OBLIQUE)
_WORD_VALUES["fr"].update({"une": 1})
_UNITS = {
    "fr": {"jour": "day", "semaine": "week", "mois": "month", "an": "year", "année": "year"},
    "en": {"day": "day", "week": "week", "month": "month", "year": "year"},
    "ru": {"д": "day", "недел": "week", "месяц": "month", "год": "year", "лет": "year"},
}
_UNIT_PATTERN = {
    "fr": r"(jour|semaine|mois|année|an)s?",
    "en": r"(day|week|month|year)s?(?:'|’)?",
    "ru": r"(дн(?:я|ей)|день|недел[ьиюя]|месяц(?:а|ев)?|год(?:а)?|лет)",
}
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}


def check_versions(agreement: Agreement) -> Iterator[Finding]:
    """Missing translations and facts that differ between the language versions."""
    if len(agreement.languages) < 2:
        return
    first = agreement.languages[0]
    for slot in slots(agreement):
        present = [lang for lang in agreement.languages if slot.text.get(lang, "").strip()]
        if not present:
            continue
        for lang in agreement.languages:
            if lang not in present:
                yield Finding(RULE_MISSING, Severity.ERROR,
                              f"this text exists in {', '.join(present)} but not in {lang}",
                              slot.place, lang)
        if first not in present:
            continue
        reference = facts(slot.text[first], first)
        for lang in present[1:] if present[0] == first else present:
            if lang == first:
                continue
            other = facts(slot.text[lang], lang)
            if reference != other:
                yield Finding(RULE_FACTS, Severity.ERROR,
                              f"the {first} and {lang} versions disagree: "
                              f"{_show(reference - other)} in {first}, "
                              f"{_show(other - reference)} in {lang}", slot.place, lang)


def facts(text: str, lang: str) -> Counter[str]:
    """The durations, dates and numbers a text states, language-neutral
    ("3 month", "2010-03-19", "12")."""
    text = plain(text)
    if lang == "fr":  # « l'article premier » is "Article 1"
        text = _PREMIER.sub(r"\1 1", text)
    found: Counter[str] = Counter()
    text = _take_dates(text, lang, found)
    text = _take_durations(text, lang, found)
    for number in _NUMBER.findall(text):
        found[_normalise_number(number, lang)] += 1
    return found


_PREMIER = re.compile(r"(?<!\w)(article|paragraphe|point) premier(?!\w)", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*(?!\w)")


def _normalise_number(number: str, lang: str) -> str:
    """One spelling for a number: « 1 000 » and "1,000" → "1000", « 2,5 » → "2.5"."""
    thousands = "," if lang == "en" else " \u00a0\u202f."
    decimal = "." if lang == "en" else ","
    parts = re.split(r"([ \u00a0\u202f.,])", number)
    out = parts[0]
    for separator, digits in zip(parts[1::2], parts[2::2], strict=True):
        if separator in thousands and len(digits) == 3:
            out += digits
        elif separator == decimal:
            out += "." + digits
        else:
            return out  # "3, 4" is two numbers in a list: keep the first
    return str(int(out)) if out.isdigit() else out


def _number(word: str, lang: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _WORD_VALUES.get(lang, {}).get(word.lower())


def _take_durations(text: str, lang: str, found: Counter[str]) -> str:
    words = "|".join(sorted(_WORD_VALUES.get(lang, {}), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(\d+|{words})[\s-]+{_UNIT_PATTERN[lang]}(?!\w)",
                         re.IGNORECASE)

    def take(match: re.Match[str]) -> str:
        value = _number(match.group(1), lang)
        unit = _unit(match.group(2), lang)
        if value is None or unit is None:
            return match.group(0)
        found[f"{value} {unit}"] += 1
        return " "

    return pattern.sub(take, text)


def _unit(word: str, lang: str) -> str | None:
    word = word.lower()
    return next((unit for stem, unit in _UNITS[lang].items() if word.startswith(stem)),
                None)


def _take_dates(text: str, lang: str, found: Counter[str]) -> str:
    months = "|".join(_MONTHS[lang])
    pattern = re.compile(rf"(?<!\w)(\d{{1,2}})(?:er)? ({months}) (\d{{4}})", re.IGNORECASE)

    def take(match: re.Match[str]) -> str:
        month = _MONTHS[lang].index(match.group(2).lower()) + 1
        found[f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"] += 1
        return " "

    text = pattern.sub(take, text)
    iso = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
    for match in iso.finditer(text):
        found[match.group(1)] += 1
    return iso.sub(" ", text)


def _show(facts_only: Counter[str]) -> str:
    return ", ".join(sorted(facts_only.elements())) or "nothing"
