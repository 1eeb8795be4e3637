"""Register entries and partners as plain data: the JSON of `register list/show`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mou_studio.core.register.dates import display_day
from mou_studio.core.register.model import Partner, RegisterEntry, pick_name
from mou_studio.core.register.query import DueItem


def partner_dict(partner: Partner, lang: str) -> dict[str, Any]:
    """A partner: key, kind, names and acronyms per language, label in ``lang``."""
    return {
        "key": partner.key,
        "kind": partner.kind.value,
        "label": partner.label(lang),
        "name": partner.name,
        "acronym": partner.acronym,
        "notes": partner.notes,
    }


def entry_dict(entry: RegisterEntry, partner: Partner | None, lang: str) -> dict[str, Any]:
    """An entry with ISO dates and, under ``display``, its dates written out in ``lang``."""
    signed = entry.signed_on()
    return {
        "id": entry.id,
        "uid": entry.uid,
        "partner": entry.partner_key,
        "partner_label": partner.label(lang) if partner else entry.partner_key,
        "title": pick_name(entry.title, lang),
        "kind": entry.kind.value,
        "status": entry.status.value,
        "subject": pick_name(entry.subject, lang),
        "signed_on": signed.iso() if signed else None,
        "signatures": [
            {"party": s.party, "date": s.date.iso() if s.date else None, "place": s.place,
             "display_date": s.date.display(lang) if s.date else ""}
            for s in entry.signatures
        ],
        "effective_on": _iso(entry.effective_on),
        "expires_on": _iso(entry.expires_on),
        "review_on": _iso(entry.review_on),
        "notice_days": entry.notice_days,
        "notice_deadline": _iso(entry.notice_deadline()),
        "agreement_uid": entry.agreement_uid,
        "signed_version": entry.signed_version,
        "notes": entry.notes,
        "display": {
            "signed_on": signed.display(lang) if signed else "",
            "expires_on": display_day(entry.expires_on, lang),
            "review_on": display_day(entry.review_on, lang),
        },
    }


def due_dict(item: DueItem, lang: str) -> dict[str, Any]:
    """One due item: date, what is due, and which entry."""
    return {
        "date": item.date.isoformat(),
        "display_date": display_day(item.date, lang),
        "kind": item.kind.value,
        "entry_id": item.entry.id,
        "uid": item.entry.uid,
        "partner": item.entry.partner_key,
        "title": pick_name(item.entry.title, lang),
    }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
