"""Typed placeholders in clause text, such as ``{party_a.short_name}`` or ``{notice_period}``.

A placeholder is a name in single braces (cross-reference tokens use double braces and
are left alone). Party placeholders fill in from the agreement's parties; the others take
a value of their kind: a duration ("3 months") is written out in each language, a text
is used as given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from mou_studio.core.errors import InvalidDocument
from mou_studio.core.messages import Message, msg, verbatim
from mou_studio.core.model import Agreement, LangText

PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z][a-z0-9_]*(?:\.[a-z_]+)?)\}(?!\})")
PARTY_SLOTS = ("party_a", "party_b", "party_c", "party_d")
PARTY_FIELDS = ("short_name", "name")


class PlaceholderKind(StrEnum):
    PARTY = "party"
    DURATION = "duration"
    TEXT = "text"


VALUE_PLACEHOLDERS: dict[str, PlaceholderKind] = {
    "notice_period": PlaceholderKind.DURATION,
    "initial_term": PlaceholderKind.DURATION,
    "renewal_term": PlaceholderKind.DURATION,
    "response_time": PlaceholderKind.DURATION,
    "arbitrator_period": PlaceholderKind.DURATION,
    "channel_name": PlaceholderKind.TEXT,
    "committee_name": PlaceholderKind.TEXT,
    "place": PlaceholderKind.TEXT,
    "depositary": PlaceholderKind.TEXT,
}

_NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze"),
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve"),
    "ru": ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
           "десять", "одиннадцать", "двенадцать"),
}
# fr/en: (singular, plural); ru: (1, 2-4, 5+) as in «один месяц, два месяца, пять месяцев».
_UNIT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "day": {"fr": ("jour", "jours"), "en": ("day", "days"), "ru": ("день", "дня", "дней")},
    "month": {"fr": ("mois", "mois"), "en": ("month", "months"),
              "ru": ("месяц", "месяца", "месяцев")},
    "year": {"fr": ("an", "ans"), "en": ("year", "years"), "ru": ("год", "года", "лет")},
}
_DURATION = re.compile(r"^\s*(\d{1,4})\s*(day|month|year)s?\s*$", re.IGNORECASE)
_FRENCH_CONTRACTIONS = ((re.compile(r"\bde le "), "du "), (re.compile(r"\bà le "), "au "),
                        (re.compile(r"\bde les "), "des "), (re.compile(r"\bà les "), "aux "))


@dataclass(frozen=True)
class FillResult:
    text: str
    missing: tuple[str, ...]


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order of first use."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def placeholder_kind(name: str) -> PlaceholderKind | None:
    """The kind of a known placeholder, or None when the name is not one."""
    if "." in name:
        slot, attribute = name.split(".", 1)
        known = slot in PARTY_SLOTS and attribute in PARTY_FIELDS
        return PlaceholderKind.PARTY if known else None
    return VALUE_PLACEHOLDERS.get(name)


def check_placeholders(text: str, where: Message | str) -> None:
    """Refuse a text that uses a placeholder name this version does not know.

    ``where`` names the text in the message (a plain string is shown as is).
    """
    unknown = [name for name in placeholders_in(text) if placeholder_kind(name) is None]
    if unknown:
        known = [f"{s}.{f}" for s in PARTY_SLOTS[:2] for f in PARTY_FIELDS]
        known += sorted(VALUE_PLACEHOLDERS)
        raise InvalidDocument(msg(
            "{where}: unknown placeholder {{{name}}}; use one of {known}",
            where=where if isinstance(where, Message) else verbatim(where), name=unknown[0],
            known=", ".join(f"{{{k}}}" for k in known)))


def format_duration(value: str, lang: str) -> str:
    """Write a duration such as "3 months" in ``lang``: « trois mois », «три месяца»."""
    match = _DURATION.match(value)
    if match is None:
        raise InvalidDocument(msg(
            "'{value}' is not a duration; write it as a number and a unit, e.g. '3 months'",
            value=value))
    count, unit = int(match.group(1)), match.group(2).lower()
    words = _UNIT_WORDS[unit].get(lang, _UNIT_WORDS[unit]["en"])
    number = _NUMBER_WORDS.get(lang, _NUMBER_WORDS["en"])
    amount = number[count - 1] if 1 <= count <= len(number) else str(count)
    return f"{amount} {_unit_form(words, count, lang)}"


def _unit_form(words: tuple[str, ...], count: int, lang: str) -> str:
    if lang != "ru":
        return words[0] if count == 1 else words[1]
    if count % 10 == 1 and count % 100 != 11:
        return words[0]
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return words[1]
    return words[2]


def fill_placeholders(text: str, lang: str, agreement: Agreement | None = None,
                      values: Mapping[str, str | LangText] | None = None) -> FillResult:
    """Fill the placeholders of ``text`` from the agreement's parties and ``values``.

    A placeholder with no value stays as it is and is listed in ``missing``, so that the
    drafter (and the linter) can see what is left to fill.
    """
    values = values or {}
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = _value_for(name, lang, agreement, values)
        if value is None:
            missing.append(name)
            return match.group(0)
        if _starts_sentence(match.string, match.start()):
            value = value[:1].upper() + value[1:]
        return value

    filled = PLACEHOLDER.sub(replace, text)
    if lang == "fr":
        for pattern, contraction in _FRENCH_CONTRACTIONS:
            filled = pattern.sub(contraction, filled)
    return FillResult(filled, tuple(dict.fromkeys(missing)))


def _value_for(name: str, lang: str, agreement: Agreement | None,
               values: Mapping[str, str | LangText]) -> str | None:
    given = values.get(name)
    if given is not None:
        text = given if isinstance(given, str) else given.get(lang)
        if not text:
            return None
        if placeholder_kind(name) is PlaceholderKind.DURATION and _DURATION.match(text):
            return format_duration(text, lang)
        return text
    if "." in name and agreement is not None:
        slot, attribute = name.split(".", 1)
        if slot not in PARTY_SLOTS:
            return None
        index = PARTY_SLOTS.index(slot)
        if index >= len(agreement.parties):
            return None
        party = agreement.parties[index]
        value = party.short_form(lang) if attribute == "short_name" else party.name.get(lang)
        return value or None
    return None


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \u00a0")
    return not before or before[-1] in ".!?\n"
