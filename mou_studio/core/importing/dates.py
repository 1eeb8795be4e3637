"""Dates as treaties write them: « 19 mars 2010 », "25 November 2003", in words too."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

NUMBER_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4,
    "fourth": 4, "five": 5, "fifth": 5, "sixth": 6, "seven": 7, "seventh": 7,
    "eight": 8, "eighth": 8, "nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11,
    "eleventh": 11, "twelve": 12, "twelfth": 12, "thirteen": 13, "thirteenth": 13,
    "fourteen": 14, "fourteenth": 14, "fifteen": 15, "fifteenth": 15, "sixteen": 16,
    "sixteenth": 16, "seventeen": 17, "seventeenth": 17, "eighteen": 18, "eighteenth": 18,
    "nineteen": 19, "nineteenth": 19, "twenty": 20, "twentieth": 20, "thirty": 30,
    "thirtieth": 30,
    "один": 1, "первого": 1, "первое": 1, "два": 2, "две": 2, "второго": 2, "три": 3,
    "третьего": 3, "четыре": 4, "четвертого": 4, "пять": 5, "пятого": 5, "шесть": 6,
    "шестого": 6, "семь": 7, "седьмого": 7, "восемь": 8, "восьмого": 8, "девять": 9,
    "девятого": 9, "десять": 10, "десятого": 10, "одиннадцатого": 11, "двенадцатого": 12,
    "тринадцатого": 13, "четырнадцатого": 14, "пятнадцатого": 15, "шестнадцатого": 16,
    "семнадцатого": 17, "восемнадцатого": 18, "девятнадцатого": 19, "двадцать": 20,
    "двадцатого": 20, "тридцать": 30, "тридцатого": 30,
}  # fmt: skip
HUNDREDS = {"cent", "cents", "hundred", "сто"}
THOUSANDS = {"mille", "mil", "thousand", "тысяча", "тысячи", "тысяч", "тысячного"}
FILLERS = {"et", "and", "the", "of", "day", "year", "in", "le", "l'an", "года", "год", "г.",
           "st", "nd", "rd", "th", "er"}

_NUMERIC = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_MONTH_FIRST = re.compile(r"\b([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DOTTED = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_SPANS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", re.UNICODE)


_QUOTED_DAY = re.compile(r"[«\"“]\s*(\d{1,2})\s*[»\"”]")
_DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+", re.I)


def _plain(text: str) -> str:
    """« «19» марта » → « 19 марта »; "19th day of March" → "19 March"."""
    return _DAY_OF.sub(r"\1 ", _QUOTED_DAY.sub(r"\1", text))


def parse_date(text: str) -> str | None:
    """The ISO date written in ``text`` (digits or words, FR/EN/RU), or None."""
    text = _plain(text)
    for parser in (_iso, _numeric, _month_first, _dotted, _in_words):
        found = parser(text)
        if found:
            return found
    return None


def date_span(text: str) -> tuple[int, int] | None:
    """Where the date of ``text`` is written (start, end), digits or words, or None."""
    for pattern in (_ISO, _NUMERIC, _MONTH_FIRST, _DOTTED):
        m = pattern.search(text)
        if m and (pattern is not _NUMERIC or m[2].lower() in MONTHS):
            return m.start(), m.end()
    words = list(_WORD_SPANS.finditer(text.replace("-", " ")))
    month_at = next((i for i, w in enumerate(words) if w[0].lower() in MONTHS), None)
    if month_at is None:
        return None
    start = month_at
    lowered = [w[0].lower() for w in words]
    j = month_at - 1
    while j >= 0 and (_is_number_word(lowered[j]) or lowered[j] in FILLERS):
        if _is_number_word(lowered[j]):
            start = j
        j -= 1
    end = month_at
    j = month_at + 1
    while j < len(words) and (_is_number_word(lowered[j]) or lowered[j] in FILLERS):
        if _is_number_word(lowered[j]) or lowered[j] in ("года", "г"):
            end = j
        j += 1
    begin = words[start].start()
    if begin > 0 and text[begin - 1] in "«\"“":
        begin -= 1
    finish = words[end].end()
    if finish < len(text) and text[finish] in "»\"”":
        finish += 1
    return begin, finish


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso(text: str) -> str | None:
    m = _ISO.search(text)
    return _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _numeric(text: str) -> str | None:
    for m in _NUMERIC.finditer(text):
        month = MONTHS.get(m[2].lower())
        if month:
            return _safe_date(int(m[3]), month, int(m[1]))
    return None


def _month_first(text: str) -> str | None:
    m = _MONTH_FIRST.search(text)
    month = MONTHS.get(m[1].lower()) if m else None
    return _safe_date(int(m[3]), month, int(m[2])) if m and month else None


def _dotted(text: str) -> str | None:
    m = _DOTTED.search(text)
    return _safe_date(int(m[3]), int(m[2]), int(m[1])) if m else None


def _in_words(text: str) -> str | None:
    """« le vingt-cinq novembre deux mille trois », "the twenty-fifth day of November…"."""
    words = [w.lower() for w in _WORDS.findall(text.replace("-", " "))]
    month_at = next((i for i, w in enumerate(words) if w in MONTHS), None)
    if month_at is None:
        return None
    day = words_to_number(_trailing_number_words(words[:month_at]))
    year = words_to_number(_leading_number_words(words[month_at + 1:]))
    if not day or not year:
        return None
    return _safe_date(year, MONTHS[words[month_at]], day)


def _is_number_word(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS or word in HUNDREDS or word in THOUSANDS


def _trailing_number_words(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in reversed(words):
        if _is_number_word(word):
            out.insert(0, word)
        elif word in FILLERS and out:
            continue
        elif out:
            break
    return out


def _leading_number_words(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if _is_number_word(word):
            out.append(word)
        elif word in FILLERS:
            continue
        elif out:
            break
    return out


def words_to_number(words: list[str]) -> int:
    """["deux", "mille", "trois"] → 2003; ["quatre", "vingt", "dix"] → 90; 0 if none."""
    total = current = 0
    previous = ""
    for word in words:
        if word.isdigit():
            current += int(word)
        elif word in THOUSANDS:
            total += max(current, 1) * 1000
            current = 0
        elif word in HUNDREDS:
            current = max(current, 1) * 100
        elif word in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4
        else:
            current += NUMBER_WORDS.get(word, 0)
        previous = word
    return total + current
