"""Reading a user-written TOML data file, and pointing at the line an error is about.

``tomllib`` reports syntax errors with "(at line N, column M)"; it keeps no positions for
the values it returns, so a schema error is located by finding the key or value it is
about in the source text. That is exact for ids (each is unique) and a fair pointer for
the rest.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mou_studio.core.errors import DataFileError
from mou_studio.core.messages import Message, msg, verbatim
from mou_studio.core.model import LANGUAGES, LangText

_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")

ErrorFactory = Callable[[str, int | None, Message | str], DataFileError]


class TomlSource:
    """The text and parsed data of one TOML file, able to raise located errors."""

    def __init__(self, path: Path, error: ErrorFactory) -> None:
        self.path = path
        self._error = error
        try:
            self.text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise error(str(path), None, msg("no such file")) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise error(str(path), None,
                        msg("cannot read the file: {error}", error=verbatim(str(exc)))) from exc
        try:
            self.data: dict[str, Any] = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            match = _TOML_LINE.search(str(exc))
            reason = _TOML_LINE.sub("", str(exc)).strip()
            line = int(match.group(1)) if match else None
            raise error(str(path), line,
                        msg("not valid TOML: {reason}", reason=verbatim(reason))) from exc

    def fail(self, reason: Message, *needles: str) -> DataFileError:
        """An error about this file, at the first line holding one of ``needles``."""
        return self._error(str(self.path), self.line_of(*needles), reason)

    def line_of(self, *needles: str) -> int | None:
        """The 1-based line of the first needle found, trying each in turn."""
        for needle in needles:
            if not needle:
                continue
            for number, line in enumerate(self.text.splitlines(), start=1):
                if needle in line:
                    return number
        return None


def id_line(identifier: str) -> str:
    """The source text that declares ``id = "identifier"``, to locate an error."""
    return f'"{identifier}"'


def as_lang_text(source: TomlSource, value: Any, what: Message | str, *needles: str
                 ) -> LangText:
    """Check that ``value`` is a ``{lang = "text"}`` table (a bare string means every
    language) and return it. ``what`` names it: a key of the file ("text.title") or words
    ("question q1: label")."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {"*": value}
    if not isinstance(value, dict):
        raise source.fail(msg("{what} must be a text or a table of texts per language",
                              what=what), *needles)
    text: LangText = {}
    for lang, item in value.items():  # pyright: ignore[reportUnknownVariableType]
        if lang not in LANGUAGES:
            raise source.fail(msg("{what}: unknown language '{lang}' (use fr, en or ru)",
                                  what=what, lang=str(lang)),  # pyright: ignore[reportUnknownArgumentType]
                              *needles)
        if not isinstance(item, str):
            raise source.fail(msg("{what}: the '{lang}' text must be a string", what=what,
                                  lang=str(lang)), *needles)
        text[lang] = item
    return text


def as_table(source: TomlSource, value: Any, what: str, *needles: str) -> dict[str, Any]:
    """Check that ``value`` (the key ``what`` of the file) is a TOML table."""
    if not isinstance(value, dict):
        raise source.fail(msg("{what} must be a table", what=what), *needles)
    return value  # pyright: ignore[reportUnknownVariableType]


def as_tables(source: TomlSource, value: Any, what: str, *needles: str
              ) -> list[dict[str, Any]]:
    """Check that ``value`` (the key ``what`` of the file) is an array of tables (absent
    means empty)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):  # pyright: ignore[reportUnknownVariableType]
        raise source.fail(msg("{what} must be an array of tables ([[{what}]])", what=what),
                          *needles)
    return value  # pyright: ignore[reportUnknownVariableType]
