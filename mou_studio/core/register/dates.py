"""Dates as the sources give them: a day, or only a month, or only a year.

Seed 001 says "signé le 13 mai 1998" but also "en septembre 2002" and "en 2003". A
:class:`PartialDate` keeps exactly that precision (ISO 8601 reduced precision: ``2003``,
``2002-09``, ``1998-05-13``) instead of inventing a day nobody wrote.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from babel.dates import format_skeleton

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.core.messages import msg, verbatim
from mou_studio.core.views import BABEL_LOCALES, format_long_date

_PARTIAL_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise InvalidRegisterData if not."""
        match = _PARTIAL_ISO.fullmatch(text.strip())
        if match is None:
            raise InvalidRegisterData(msg(
                "'{text}' is not a date (write YYYY-MM-DD, or YYYY-MM or YYYY when only "
                "the month or the year is known)", text=text,
            ))
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError as exc:
            raise InvalidRegisterData(msg("'{text}' is not a real date ({reason})", text=text,
                                          reason=verbatim(str(exc)))) from exc
        return cls(year, month, day)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """The exact day ``day``."""
        return cls(day.year, day.month, day.day)

    def iso(self) -> str:
        """``2003``, ``2002-09`` or ``1998-05-13``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def earliest(self) -> dt.date:
        """The first day this date may stand for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this date may stand for."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def display(self, lang: str) -> str:
        """« 19 mars 2010 » / « mars 2010 » / « 2010 », in the language ``lang``."""
        if self.day is not None:
            return format_long_date(self.iso(), lang)
        if self.month is not None:
            locale = BABEL_LOCALES.get(lang, "en_GB")
            return format_skeleton("yMMMM", self.earliest(), locale=locale)
        return str(self.year)


def parse_day(text: str) -> dt.date:
    """Read a full ISO date ``YYYY-MM-DD``; raise InvalidRegisterData if it is not one."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidRegisterData(
            msg("'{text}' is not a date (write YYYY-MM-DD)", text=text)) from exc


def display_day(day: dt.date | None, lang: str) -> str:
    """A full date in the UI language, or an empty string."""
    return "" if day is None else format_long_date(day.isoformat(), lang)
