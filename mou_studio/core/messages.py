"""Words the core shows to people, translatable without Qt.

The core never decides the interface language. It builds :class:`Message` values: an
English source text with named ``{placeholders}`` and the values that fill them. A date or a
moment given as a value is written as the language writes it (« 23 novembre 2026 »). The face
that shows a message renders it in its language: the CLI with a :class:`Catalogue` read from
``resources/i18n/core/<lang>.mo``, the GUI through Qt's translators (``ui/messages.py``),
which read the same catalogue. ``str(message)`` is the English text, so logs, tests and
``repr`` stay readable.

Mark a text with :func:`msg` (or :func:`msgn` when a count chooses the form) and give it a
string literal: ``packaging/update_translations.py`` extracts those calls with babel into
``resources/i18n/core/messages.pot`` and the French and Russian ``.po`` catalogues.

    raise NotFound(msg("no agreement with id {id}", id=agreement_id))
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from typing import Protocol, TypeAlias

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime

log = logging.getLogger(__name__)

Value: TypeAlias = "str | int | float | dt.date | Message"  # what fills a placeholder

CORE_DOMAIN = "core"
SOURCE_LANGUAGE = "en"


class Translations(Protocol):
    """What rendering needs from a catalogue: ``gettext.GNUTranslations`` has it."""

    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...

    def info(self) -> dict[str, str]: ...  # the catalogue's header: its "language"


@dataclass(frozen=True)
class Message:
    """An English source text with ``{name}`` placeholders, and the values that fill them.

    ``plural`` and ``count`` are set for a text whose form depends on a number; ``count``
    is then also available to the text as ``{count}``.
    """

    text: str
    params: tuple[tuple[str, Value], ...] = ()
    plural: str | None = None
    count: int | None = None

    def __str__(self) -> str:
        return self.render(gettext.NullTranslations())

    def render(self, translations: Translations) -> str:
        """The text in the language of ``translations``, placeholders filled.

        A translation that names a placeholder the source does not have (a translator's
        slip) falls back to the English text rather than failing or showing ``{name}``.
        """
        values = {name: _rendered(value, translations) for name, value in self.params}
        if self.count is not None:
            values.setdefault("count", self.count)
        if self.plural is None:
            source, translated = self.text, translations.gettext(self.text)
        else:
            count = self.count or 0
            source = self.text if count == 1 else self.plural
            translated = translations.ngettext(self.text, self.plural, count)
        try:
            return translated.format_map(values)
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its placeholders", self.text)
            return source.format_map(values)


def msg(text: str, /, **params: Value) -> Message:
    """Mark ``text`` as shown to people; ``params`` fill its ``{name}`` placeholders."""
    return Message(text, tuple(params.items()))


def msgn(singular: str, plural: str, count: int, /, **params: Value) -> Message:
    """A text whose form depends on ``count`` ("1 row", "3 rows"; Russian has three)."""
    return Message(singular, tuple(params.items()), plural, count)


def verbatim(text: str) -> Message:
    """Text that is shown as is, never translated: a name, a path, a library's message."""
    return Message("{text}", (("text", text),))


def listed(items: Sequence[Message], empty: Message) -> Message:
    """Items as a list reads in the language: "a, b, c" (``empty`` when there are none)."""
    return _folded(items, empty, lambda head, item: msg("{list}, {item}", list=head, item=item))


def alternatives(items: Sequence[Message], empty: Message) -> Message:
    """Items as alternatives: "month/year"."""
    return _folded(items, empty, lambda head, item: msg("{list}/{item}", list=head, item=item))


def _folded(items: Sequence[Message], empty: Message,
            join: Callable[[Message, Message], Message]) -> Message:
    if not items:
        return empty
    joined = items[0]
    for item in items[1:]:
        joined = join(joined, item)
    return joined


def render(item: Message | str | BaseException, translations: Translations) -> str:
    """Any text the core hands over, in the language of ``translations``."""
    if isinstance(item, Message):
        return item.render(translations)
    if isinstance(item, BaseException):
        message = getattr(item, "message", None)
        if isinstance(message, Message):
            return message.render(translations)
        return str(item)
    return item


def placeholder_names(text: str) -> set[str]:
    """``{word}`` and ``{count}`` in a text (``{{`` is a literal brace, not a name)."""
    try:
        return {field.split(".")[0].split("[")[0]
                for _, field, _, _ in Formatter().parse(text) if field}
    except ValueError:  # an unbalanced brace: the text is not a format string at all
        return set()


def _rendered(value: Value, translations: Translations) -> str | int | float:
    if isinstance(value, Message):
        return value.render(translations)
    # Only a date asks which language this is: most messages never need to.
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return format_datetime(value, format="long", locale=_language(translations))
    if isinstance(value, dt.date):
        return format_date(value, format="long", locale=_language(translations))
    return value


def _language(translations: Translations) -> str:
    """The language a catalogue is for: its header's, else the source language."""
    language = translations.info().get("language", "")
    try:
        return str(Locale.parse(language.replace("-", "_"))) if language else SOURCE_LANGUAGE
    except (ValueError, UnknownLocaleError):
        return SOURCE_LANGUAGE


class Catalogue:
    """The core's messages in one language, for a face that is not Qt (the CLI, tests)."""

    def __init__(self, translations: gettext.NullTranslations) -> None:
        self.translations = translations  # its header says which language it is

    @classmethod
    def english(cls) -> Catalogue:
        return cls(gettext.NullTranslations())

    @classmethod
    def load(cls, language: str, i18n_dir: Path) -> Catalogue:
        """The catalogue of ``language`` from ``i18n_dir/core/<language>.mo``.

        English is the source language and needs no file; a language without a catalogue
        falls back to English (and says so in the log).
        """
        return cls(load_translations(language, i18n_dir))

    def render(self, item: Message | str | BaseException) -> str:
        return render(item, self.translations)


def catalogue_path(i18n_dir: Path, language: str) -> Path:
    return i18n_dir / CORE_DOMAIN / f"{language}.mo"


def load_translations(language: str, i18n_dir: Path) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``, or no translation for English or a gap."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    path = catalogue_path(i18n_dir, language)
    try:
        with path.open("rb") as file:
            return gettext.GNUTranslations(file)
    except OSError:
        log.warning("no core message catalogue for %r at %s", language, path)
    return gettext.NullTranslations()

