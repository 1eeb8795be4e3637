"""The facts a sentence states, language-neutral: numbers, dates and durations.

« un préavis de trois mois » and "three months' notice" both state 3, as a duration in
months; « le 19 mars 2010 » and "on 19 March 2010" both state 2010-03-19.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from mou_studio.core.messages import Message, alternatives, listed, msg, verbatim
from mou_studio.core.templates.wording import NUMBER_WORDS

_EXTRA_WORDS: dict[str, dict[str, int]] = {
    "fr": {"une": 1, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
           "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt": 80,
           "quatre-vingt-dix": 90, "cent": 100, "cent quatre-vingts": 180,
           "trois cent soixante-cinq": 365},
    "en": {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90, "one hundred": 100, "a hundred": 100,
           "one hundred and eighty": 180},
    "ru": {"одного": 1, "одну": 1, "двух": 2, "две": 2, "трех": 3, "трёх": 3,
           "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
           "девяти": 9, "десяти": 10, "двенадцати": 12, "пятнадцати": 15,
           "тридцать": 30, "тридцати": 30, "шестьдесят": 60, "шестидесяти": 60,
           "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100},
}
WORD_VALUES: dict[str, dict[str, int]] = {
    lang: {**{w: v for v, w in enumerate(words) if v}, **_EXTRA_WORDS.get(lang, {})}
    for lang, words in NUMBER_WORDS.items()
}
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
# A word that may stand between a number and its unit: "15 consecutive days".
_BETWEEN = {
    "fr": r"",
    "en": r"(?:(?:consecutive|calendar|full|working|business|clear)\s+)?",
    "ru": r"(?:(?:календарных|рабочих|полных)\s+)?",
}
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}


def _duration_pattern(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(WORD_VALUES[lang], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(\d+|{words})[\s-]+{_BETWEEN[lang]}{_UNIT_PATTERN[lang]}"
                      r"(?!\w)", re.IGNORECASE)


def _date_pattern(lang: str) -> re.Pattern[str]:
    months = "|".join(_MONTHS[lang])
    return re.compile(rf"(?<!\w)(\d{{1,2}})(?:er)? ({months}) (\d{{4}})", re.IGNORECASE)


_DURATIONS = {lang: _duration_pattern(lang) for lang in _UNITS}
_DATES = {lang: _date_pattern(lang) for lang in _MONTHS}
_ISO_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_PREMIER = re.compile(r"(?<!\w)(article|paragraphe|point) premier(?!\w)", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*(?!\w)")


@dataclass
class Facts:
    """Every value a text states, and which of them are durations in which unit."""

    values: Counter[str] = field(default_factory=Counter[str])
    durations: dict[str, set[str]] = field(default_factory=dict[str, set[str]])

    def show(self, values: Counter[str]) -> Message:
        """"3 month, 12" for the values given, naming the unit of a duration."""
        shown = [msg("{value} {unit}", value=v, unit=self.units(v)) if v in self.durations
                 else verbatim(v) for v in sorted(values.elements())]
        return listed(shown, empty=msg("nothing"))

    def units(self, value: str) -> Message:
        """"month", or "month/year" when the text states ``value`` in both units."""
        names = [UNIT_NAMES[u] for u in sorted(self.durations.get(value, ()))]
        return alternatives(names, empty=verbatim(""))


# The units of a duration as a finding names them (singular, as in "3 month").
UNIT_NAMES: dict[str, Message] = {
    "day": msg("day"),
    "week": msg("week"),
    "month": msg("month"),
    "year": msg("year"),
}


def extract_facts(text: str, lang: str) -> Facts:
    """The numbers, dates and durations of a rendered text in ``lang``."""
    facts = Facts()
    if lang == "fr":  # « l'article premier » is "Article 1"
        text = _PREMIER.sub(r"\1 1", text)
    text = _take_dates(text, lang, facts)
    text = _take_durations(text, lang, facts)
    for number in _NUMBER.findall(text):
        facts.values[normalise_number(number, lang)] += 1
    return facts


def _take_dates(text: str, lang: str, facts: Facts) -> str:
    def take(match: re.Match[str]) -> str:
        month = _MONTHS[lang].index(match.group(2).lower()) + 1
        facts.values[f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"] += 1
        return " "

    if lang in _DATES:
        text = _DATES[lang].sub(take, text)
    for match in _ISO_DATE.finditer(text):
        facts.values[match.group(1)] += 1
    return _ISO_DATE.sub(" ", text)


def _take_durations(text: str, lang: str, facts: Facts) -> str:
    def take(match: re.Match[str]) -> str:
        word = match.group(1)
        value = int(word) if word.isdigit() else WORD_VALUES[lang].get(word.lower())
        unit = next((u for stem, u in _UNITS[lang].items()
                     if match.group(2).lower().startswith(stem)), None)
        if value is None or unit is None:
            return match.group(0)
        facts.values[str(value)] += 1
        facts.durations.setdefault(str(value), set()).add(unit)
        return " "

    return _DURATIONS[lang].sub(take, text) if lang in _DURATIONS else text


def normalise_number(number: str, lang: str) -> str:
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
            break  # "3, 4" is two numbers in a list: keep the first
    return str(int(out)) if out.isdigit() else out
