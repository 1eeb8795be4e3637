"""Register records from plain data (the shipped JSON file) and typed values from text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar, cast

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import AgreementKind, LangText
from mou_studio.core.register.dates import PartialDate, parse_day
from mou_studio.core.register.model import (
    Partner,
    PartnerKind,
    RegisterEntry,
    Signature,
    Status,
)

_E = TypeVar("_E", bound=StrEnum)

# What :func:`parse_choice` reads, named in its error messages.
STATUS = msg("status")
AGREEMENT_KIND = msg("agreement kind")
PARTNER_KIND = msg("partner kind")


def parse_choice(cls: type[_E], text: str, what: Message) -> _E:
    """One of an enum's values, with the allowed values in the error message.

    ``what`` names the value for people: ``msg("status")``.
    """
    try:
        return cls(text.strip())
    except ValueError:
        allowed = ", ".join(member.value for member in cls)
        raise InvalidRegisterData(msg("unknown {what} '{text}' (use one of: {allowed})",
                                      what=what, text=text, allowed=allowed)) from None


def parse_notice_days(text: str) -> int | None:
    """A notice period in days, or None for an empty cell."""
    if not text.strip():
        return None
    try:
        days = int(text)
    except ValueError:
        raise InvalidRegisterData(
            msg("notice period '{text}' is not a number of days", text=text)) from None
    if days < 0:
        raise InvalidRegisterData(msg("notice period {days} is negative", days=days))
    return days


def parse_version(text: str) -> int | None:
    """A version number (1, 2, …), or None for an empty cell."""
    if not text.strip():
        return None
    if not text.strip().isdigit() or int(text) < 1:
        raise InvalidRegisterData(
            msg("signed version '{text}' is not a version number (1, 2, …)", text=text))
    return int(text)


def optional_day(text: str | None) -> dt.date | None:
    """A full ISO date, or None for an empty value."""
    return parse_day(text) if text and text.strip() else None


def signature_from_text(party: str, date: str, place: str) -> Signature:
    """A signature from what a person typed: party required, date as precise as known."""
    if not party.strip():
        raise InvalidRegisterData(msg("say which party signed"))
    return Signature(party.strip(), PartialDate.parse(date) if date.strip() else None,
                     place.strip())


def unique_uid(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken yet."""
    uid, n = base, 1
    while uid in taken:
        n += 1
        uid = f"{base}-{n}"
    return uid


def partner_from_data(data: Mapping[str, Any]) -> Partner:
    """A partner from one object of the register data file."""
    return Partner(
        key=str(data["key"]),
        kind=parse_choice(PartnerKind, str(data.get("kind", "other")), PARTNER_KIND),
        name=_lang_text(data.get("name")),
        acronym=_lang_text(data.get("acronym")),
        notes=str(data.get("notes", "")),
    )


def entry_from_data(data: Mapping[str, Any]) -> RegisterEntry:
    """A register entry from one object of the register data file."""
    signatures = [
        Signature(
            party=str(sig["party"]),
            date=PartialDate.parse(str(sig["date"])) if sig.get("date") else None,
            place=str(sig.get("place", "")),
        )
        for sig in cast(list[dict[str, Any]], data.get("signatures", []))
    ]
    version = data.get("signed_version")
    return RegisterEntry(
        uid=str(data["uid"]),
        partner_key=str(data["partner"]),
        title=_lang_text(data.get("title")),
        kind=parse_choice(AgreementKind, str(data.get("kind", "mou")), AGREEMENT_KIND),
        status=parse_choice(Status, str(data.get("status", "drafting")), STATUS),
        subject=_lang_text(data.get("subject")),
        signatures=signatures,
        effective_on=optional_day(data.get("effective_on")),
        expires_on=optional_day(data.get("expires_on")),
        review_on=optional_day(data.get("review_on")),
        notice_days=data.get("notice_days"),
        agreement_uid=data.get("agreement_uid"),
        signed_version=None if version is None else int(version),
        notes=str(data.get("notes", "")),
    )


def _lang_text(value: Any) -> LangText:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InvalidRegisterData(
            msg("expected texts per language, found {value}", value=repr(value)))
    return {str(k): str(v) for k, v in cast(dict[Any, Any], value).items() if v}
