"""Translatable names of register values, shared by the register widgets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from mou_studio.core.register.model import PartnerKind, Status
from mou_studio.core.register.query import DueKind

REGISTER_LANGUAGES = ("fr", "en", "ru")
LANGUAGE_SETTING = "register/language"


# QT_TRANSLATE_NOOP marks each literal for lupdate; the lookup happens when shown.
_STATUS = {
    Status.IDEA: QT_TRANSLATE_NOOP("register", "Idea"),
    Status.DRAFTING: QT_TRANSLATE_NOOP("register", "Drafting"),
    Status.NEGOTIATION: QT_TRANSLATE_NOOP("register", "Negotiation"),
    Status.AGREED: QT_TRANSLATE_NOOP("register", "Agreed"),
    Status.SIGNED: QT_TRANSLATE_NOOP("register", "Signed"),
    Status.IN_EFFECT: QT_TRANSLATE_NOOP("register", "In effect"),
    Status.DISCONTINUED: QT_TRANSLATE_NOOP("register", "Discontinued"),
}
_PARTNER_KIND = {
    PartnerKind.INTERNATIONAL_ORGANISATION: QT_TRANSLATE_NOOP(
        "register", "International organisation"),
    PartnerKind.CUSTOMS_ADMINISTRATION: QT_TRANSLATE_NOOP("register", "Customs administration"),
    PartnerKind.POLICE_AGENCY: QT_TRANSLATE_NOOP("register", "Police agency"),
    PartnerKind.REGIONAL_CENTRE: QT_TRANSLATE_NOOP("register", "Regional centre"),
    PartnerKind.GOVERNMENT_BODY: QT_TRANSLATE_NOOP("register", "Government body"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("register", "Other"),
}
_DUE_KIND = {
    DueKind.REVIEW: QT_TRANSLATE_NOOP("register", "Review"),
    DueKind.NOTICE: QT_TRANSLATE_NOOP("register", "Last day for notice"),
    DueKind.EXPIRY: QT_TRANSLATE_NOOP("register", "Expiry"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("register", str(text))


def status_label(status: Status) -> str:
    """« Signed », "In effect"… in the UI's translation."""
    return _tr(_STATUS[status])


def partner_kind_label(kind: PartnerKind) -> str:
    """The kind of partner institution in the UI's translation."""
    return _tr(_PARTNER_KIND[kind])


def due_kind_label(kind: DueKind) -> str:
    """What falls due (review, notice, expiry) in the UI's translation."""
    return _tr(_DUE_KIND[kind])


def default_language() -> str:
    """The system language if the register has names in it, else English."""
    code = QLocale().name()[:2]
    return code if code in REGISTER_LANGUAGES else "en"
