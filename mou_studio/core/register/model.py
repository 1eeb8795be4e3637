"""The agreements register: partners, the agreements concluded with them, their dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from mou_studio.core.model import AgreementKind, LangText
from mou_studio.core.register.dates import PartialDate

LANGUAGES = ("fr", "en", "ru")


class PartnerKind(StrEnum):
    INTERNATIONAL_ORGANISATION = "international-organisation"
    CUSTOMS_ADMINISTRATION = "customs-administration"
    POLICE_AGENCY = "police-agency"
    REGIONAL_CENTRE = "regional-centre"
    GOVERNMENT_BODY = "government-body"
    OTHER = "other"


class Status(StrEnum):
    """Where an agreement stands, in the order it usually moves."""

    IDEA = "idea"
    DRAFTING = "drafting"
    NEGOTIATION = "negotiation"
    AGREED = "agreed"
    SIGNED = "signed"
    IN_EFFECT = "in-effect"
    DISCONTINUED = "discontinued"


# Statuses whose dates still matter: nothing is due on a discontinued agreement.
LIVE_STATUSES = frozenset(Status) - {Status.DISCONTINUED}


def pick_name(text: LangText, lang: str) -> str:
    """The text in ``lang``, else in French (the register's source language), else any."""
    return text.get(lang) or text.get("fr") or next(iter(text.values()), "")


@dataclass
class Partner:
    """An organisation agreements are concluded with."""

    key: str  # stable identifier used by CSV files and the CLI: "interpol"
    kind: PartnerKind = PartnerKind.INTERNATIONAL_ORGANISATION
    name: LangText = field(default_factory=dict[str, str])
    acronym: LangText = field(default_factory=dict[str, str])
    notes: str = ""
    id: int | None = None

    def label(self, lang: str) -> str:
        """The acronym if there is one, else the full name: "INTERPOL", « AIEA »."""
        return pick_name(self.acronym, lang) or pick_name(self.name, lang) or self.key


@dataclass
class Signature:
    """One party's signature: who, when (as precisely as known) and where."""

    party: str  # as it reads: "OMD", "CARICC"
    date: PartialDate | None = None
    place: str = ""


@dataclass
class RegisterEntry:
    """One agreement in the register, linked to its partner."""

    uid: str
    partner_key: str
    title: LangText = field(default_factory=dict[str, str])
    kind: AgreementKind = AgreementKind.MOU
    status: Status = Status.DRAFTING
    subject: LangText = field(default_factory=dict[str, str])
    signatures: list[Signature] = field(default_factory=list[Signature])
    effective_on: dt.date | None = None
    expires_on: dt.date | None = None
    review_on: dt.date | None = None
    notice_days: int | None = None
    agreement_uid: str | None = None  # the agreement drafted in MoU Studio, if any
    signed_version: int | None = None  # its frozen version that was signed
    notes: str = ""
    id: int | None = None

    def signed_on(self) -> PartialDate | None:
        """When the agreement was concluded: the date of the last signature."""
        dates = [s.date for s in self.signatures if s.date is not None]
        return max(dates, key=lambda d: (d.latest(), d.earliest())) if dates else None

    def notice_deadline(self) -> dt.date | None:
        """The last day to give notice before expiry, when both are known."""
        if self.expires_on is None or self.notice_days is None:
            return None
        return self.expires_on - dt.timedelta(days=self.notice_days)


@dataclass(frozen=True)
class Attachment:
    """A signed copy (PDF or .docx) kept in the database, identified by its SHA-256."""

    id: int
    entry_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: str
