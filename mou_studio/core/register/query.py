"""What is due, and which entries match a filter: pure functions over register entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from mou_studio.core.register.model import (
    LIVE_STATUSES,
    Partner,
    RegisterEntry,
    Status,
    pick_name,
)

DEFAULT_DUE_WINDOW_DAYS = 90


class DueKind(StrEnum):
    REVIEW = "review"
    NOTICE = "notice"  # last day to give notice of termination before expiry
    EXPIRY = "expiry"


@dataclass(frozen=True)
class DueItem:
    """Something to act on for one entry, on one day."""

    date: dt.date
    kind: DueKind
    entry: RegisterEntry


def due_items(
    entries: Iterable[RegisterEntry], today: dt.date, within_days: int
) -> list[DueItem]:
    """Reviews, notice deadlines and expiries from ``today`` to ``today + within_days``."""
    last = today + dt.timedelta(days=within_days)
    items = [
        DueItem(day, kind, entry)
        for entry in entries
        if entry.status in LIVE_STATUSES
        for kind, day in _deadlines(entry)
        if today <= day <= last
    ]
    return sorted(items, key=lambda item: (item.date, item.kind.value, item.entry.uid))


def _deadlines(entry: RegisterEntry) -> list[tuple[DueKind, dt.date]]:
    found = [
        (DueKind.REVIEW, entry.review_on),
        (DueKind.NOTICE, entry.notice_deadline()),
        (DueKind.EXPIRY, entry.expires_on),
    ]
    return [(kind, day) for kind, day in found if day is not None]


@dataclass(frozen=True)
class RegisterFilter:
    """The criteria of `register list` and of the register view; None means any."""

    statuses: frozenset[Status] | None = None
    partner: str | None = None  # a key, or part of a name or acronym in any language
    signed_before: dt.date | None = None
    signed_after: dt.date | None = None
    due_within_days: int | None = None
    text: str | None = None  # part of the title, subject, notes or partner's names

    def apply(
        self, entries: Iterable[RegisterEntry], partners: dict[str, Partner], today: dt.date
    ) -> list[RegisterEntry]:
        """The entries that meet every criterion, in their original order."""
        chosen = [e for e in entries if self._matches(e, partners)]
        if self.due_within_days is None:
            return chosen
        due = {id(item.entry) for item in due_items(chosen, today, self.due_within_days)}
        return [e for e in chosen if id(e) in due]

    def _matches(self, entry: RegisterEntry, partners: dict[str, Partner]) -> bool:
        if self.statuses is not None and entry.status not in self.statuses:
            return False
        if self.partner and not _partner_matches(partners.get(entry.partner_key),
                                                 entry.partner_key, self.partner):
            return False
        if not self._signed_in_range(entry):
            return False
        return not self.text or _contains(
            [*entry.title.values(), *entry.subject.values(), entry.notes], self.text
        ) or _partner_matches(partners.get(entry.partner_key), entry.partner_key, self.text)

    def _signed_in_range(self, entry: RegisterEntry) -> bool:
        if self.signed_before is None and self.signed_after is None:
            return True
        signed = entry.signed_on()
        if signed is None:
            return False
        # A date known only to the month or year matches only if all of it is in range:
        # "2003" is before 2005-01-01, "2004" is not before 2004-06-01.
        if self.signed_before is not None and not signed.latest() < self.signed_before:
            return False
        return self.signed_after is None or signed.earliest() > self.signed_after


def _partner_matches(partner: Partner | None, key: str, wanted: str) -> bool:
    if key.casefold() == wanted.casefold():
        return True
    if partner is None:
        return False
    return _contains([*partner.name.values(), *partner.acronym.values()], wanted)


def _contains(texts: Iterable[str], wanted: str) -> bool:
    needle = wanted.casefold()
    return any(needle in text.casefold() for text in texts)


def partner_label(partners: dict[str, Partner], key: str, lang: str) -> str:
    """The partner's acronym or name in ``lang``, or its key if it is unknown."""
    partner = partners.get(key)
    return key if partner is None else partner.label(lang)


def entry_title(entry: RegisterEntry, lang: str) -> str:
    """The entry's title in ``lang`` (falling back to French, then any language)."""
    return pick_name(entry.title, lang)
