"""Translatable names of register values, shared by the register widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mou_studio.core.register.model import PartnerKind, Status
from mou_studio.core.register.query import DueKind

REGISTER_LANGUAGES = ("fr", "en", "ru")
LANGUAGE_SETTING = "register/language"


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


def status_label(status: Status) -> str:
    """« Signed », "In effect"… in the UI's translation."""
    return {
        Status.IDEA: _tr("Idea"), Status.DRAFTING: _tr("Drafting"),
        Status.NEGOTIATION: _tr("Negotiation"), Status.AGREED: _tr("Agreed"),
        Status.SIGNED: _tr("Signed"), Status.IN_EFFECT: _tr("In effect"),
        Status.DISCONTINUED: _tr("Discontinued"),
    }[status]


def partner_kind_label(kind: PartnerKind) -> str:
    return {
        PartnerKind.INTERNATIONAL_ORGANISATION: _tr("International organisation"),
        PartnerKind.CUSTOMS_ADMINISTRATION: _tr("Customs administration"),
        PartnerKind.POLICE_AGENCY: _tr("Police agency"),
        PartnerKind.REGIONAL_CENTRE: _tr("Regional centre"),
        PartnerKind.GOVERNMENT_BODY: _tr("Government body"),
        PartnerKind.OTHER: _tr("Other"),
    }[kind]


def due_kind_label(kind: DueKind) -> str:
    return {DueKind.REVIEW: _tr("Review"), DueKind.NOTICE: _tr("Last day for notice"),
            DueKind.EXPIRY: _tr("Expiry")}[kind]


def default_language() -> str:
    """The system language if the register has names in it, else English."""
    code = QLocale().name()[:2]
    return code if code in REGISTER_LANGUAGES else "en"
