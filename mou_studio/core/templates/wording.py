"""Words a template fills in: numbers in letters, lists, language names, per language."""

from __future__ import annotations

NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
           "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
           "dix-huit", "dix-neuf", "vingt", "vingt et un", "vingt-deux", "vingt-trois",
           "vingt-quatre"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two",
           "twenty-three", "twenty-four"),
    "ru": ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь",
           "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
           "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
           "двадцать", "двадцать один", "двадцать два", "двадцать три",
           "двадцать четыре"),
}

# How a testimonium names the language versions: « en langues anglaise et française »,
# "in the English and French languages", «на английском и французском языках».
LANGUAGE_ADJECTIVES: dict[str, dict[str, str]] = {
    "fr": {"fr": "française", "en": "anglaise", "ru": "russe"},
    "en": {"fr": "French", "en": "English", "ru": "Russian"},
    "ru": {"fr": "французском", "en": "английском", "ru": "русском"},
}

_AND = {"fr": "et", "en": "and", "ru": "и"}


def number_in_words(value: int, lang: str) -> str:
    """``3`` → « trois », "three", «три»; digits beyond the table."""
    words = NUMBER_WORDS.get(lang, NUMBER_WORDS["en"])
    return words[value] if 0 <= value < len(words) else str(value)


def join_words(items: list[str], lang: str) -> str:
    """« a, b et c », "a, b and c", «a, b и c»."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND.get(lang, 'and')} {items[-1]}"


def language_list(languages: list[str], lang: str) -> str:
    """The languages of an agreement as its testimonium names them, alphabetically:
    « en langues anglaise et française », "in the English and French languages"."""
    names = LANGUAGE_ADJECTIVES.get(lang, LANGUAGE_ADJECTIVES["en"])
    listed = join_words(sorted(names[code] for code in languages), lang)
    plural = len(languages) > 1
    if lang == "fr":
        return f"en langues {listed}" if plural else f"en langue {listed}"
    if lang == "ru":
        return f"на {listed} языках" if plural else f"на {listed} языке"
    return f"in the {listed} languages" if plural else f"in the {listed} language"


def capitalise(text: str) -> str:
    """Upper-case the first letter only: « l'OMD » → « L'OMD »."""
    return text[:1].upper() + text[1:]
