"""Translatable names of register values, shared by the register widgets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from mou_studio.core.register.model import PartnerKind, Status
from mou_studio.core.register.query import DueKind

REGISTER_LANGUAGES = ("fr", "en", "ru")
LANGUAGE_SETTING = "register/language"
CONTEXT = "RegisterLabels"

# Marked for lupdate here, translated when shown (the interface language may change).
_STATUS_NAMES = {
    Status.IDEA: QT_TRANSLATE_NOOP("RegisterLabels", "Idea"),
    Status.DRAFTING: QT_TRANSLATE_NOOP("RegisterLabels", "Drafting"),
    Status.NEGOTIATION: QT_TRANSLATE_NOOP("RegisterLabels", "Negotiation"),
    Status.AGREED: QT_TRANSLATE_NOOP("RegisterLabels", "Agreed"),
    Status.SIGNED: QT_TRANSLATE_NOOP("RegisterLabels", "Signed"),
    Status.IN_EFFECT: QT_TRANSLATE_NOOP("RegisterLabels", "In effect"),
    Status.DISCONTINUED: QT_TRANSLATE_NOOP("RegisterLabels", "Discontinued"),
}
_KIND_NAMES = {
    PartnerKind.INTERNATIONAL_ORGANISATION:
        QT_TRANSLATE_NOOP("RegisterLabels", "International organisation"),
    PartnerKind.CUSTOMS_ADMINISTRATION:
        QT_TRANSLATE_NOOP("RegisterLabels", "Customs administration"),
    PartnerKind.POLICE_AGENCY: QT_TRANSLATE_NOOP("RegisterLabels", "Police agency"),
    PartnerKind.REGIONAL_CENTRE: QT_TRANSLATE_NOOP("RegisterLabels", "Regional centre"),
    PartnerKind.GOVERNMENT_BODY: QT_TRANSLATE_NOOP("RegisterLabels", "Government body"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("RegisterLabels", "Other"),
}
_DUE_NAMES = {
    DueKind.REVIEW: QT_TRANSLATE_NOOP("RegisterLabels", "Review"),
    DueKind.NOTICE: QT_TRANSLATE_NOOP("RegisterLabels", "Last day for notice"),
    DueKind.EXPIRY: QT_TRANSLATE_NOOP("RegisterLabels", "Expiry"),
}


def status_label(status: Status) -> str:
    """« Signé », "In effect"… in the interface language."""
    return QCoreApplication.translate(CONTEXT, str(_STATUS_NAMES[status]))


def partner_kind_label(kind: PartnerKind) -> str:
    """The kind of partner in the interface language."""
    return QCoreApplication.translate(CONTEXT, str(_KIND_NAMES[kind]))


def due_kind_label(kind: DueKind) -> str:
    """Review / last day for notice / expiry in the interface language."""
    return QCoreApplication.translate(CONTEXT, str(_DUE_NAMES[kind]))


def default_language() -> str:
    """The interface language if the register has names in it, else English."""
    code = QLocale().name()[:2]
    return code if code in REGISTER_LANGUAGES else "en"
