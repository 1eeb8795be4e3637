"""Clause library records: a clause, its ordered variants, and what a version is.

A clause is stored as immutable versions: editing a clause writes a new version and the
old ones stay readable. The wording itself lives in the variants, ordered from the
preferred wording to the fallbacks a negotiator may concede and the last resort; the
preferred variant is the clause's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from mou_studio.core.model import LangText


class ClauseStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    WITHDRAWN = "withdrawn"


class ClauseRegister(StrEnum):
    """Which instruments the wording suits: treaty language, MoU language, or both."""

    BINDING = "binding"
    NON_BINDING = "non_binding"
    BOTH = "both"


class VariantLevel(StrEnum):
    """A negotiating position, in the order a negotiator falls back through them."""

    PREFERRED = "preferred"
    FALLBACK = "fallback"
    LAST_RESORT = "last_resort"


LEVEL_ORDER = {VariantLevel.PREFERRED: 0, VariantLevel.FALLBACK: 1, VariantLevel.LAST_RESORT: 2}


class TextOrigin(StrEnum):
    """Where a language version of a clause comes from."""

    SOURCE = "source"  # the text as in the source document
    OFFICIAL = "official"  # an official language version of the source
    TEAM = "team"  # the team's own translation, not an official text


@dataclass(frozen=True)
class Topic:
    key: str
    name: LangText


TOPICS: tuple[Topic, ...] = (
    Topic("objectives", {"fr": "Objectifs", "en": "Objectives", "ru": "Цели"}),
    Topic("consultation", {"fr": "Consultation", "en": "Consultation", "ru": "Консультации"}),
    Topic("contact_persons", {"fr": "Personnes de contact", "en": "Contact persons",
                              "ru": "Контактные лица"}),
    Topic("information_exchange", {"fr": "Échange d'informations",
                                   "en": "Information exchange", "ru": "Обмен информацией"}),
    Topic("data_protection", {"fr": "Confidentialité et protection des données",
                              "en": "Confidentiality and data protection",
                              "ru": "Конфиденциальность и защита данных"}),
    Topic("secure_channel", {"fr": "Canal de communication sécurisé",
                             "en": "Secure communication channel",
                             "ru": "Защищённый канал связи"}),
    Topic("technical_cooperation", {"fr": "Coopération technique",
                                    "en": "Technical cooperation",
                                    "ru": "Техническое сотрудничество"}),
    Topic("risk_analysis", {"fr": "Analyse des risques et ciblage",
                            "en": "Risk analysis and targeting",
                            "ru": "Анализ рисков и выбор объектов контроля"}),
    Topic("interceptions_investigations", {"fr": "Interceptions et enquêtes",
                                           "en": "Interceptions and investigations",
                                           "ru": "Перехваты и расследования"}),
    Topic("joint_operations", {"fr": "Activités conjointes", "en": "Joint operations",
                               "ru": "Совместные операции"}),
    Topic("liaison_officers", {"fr": "Agents de liaison", "en": "Liaison officers",
                               "ru": "Офицеры связи"}),
    Topic("training", {"fr": "Formation et échange d'agents",
                       "en": "Training and staff exchange",
                       "ru": "Обучение и обмен персоналом"}),
    Topic("joint_committee", {"fr": "Comité conjoint", "en": "Joint committee",
                              "ru": "Совместный комитет"}),
    Topic("emergency_measures", {"fr": "Mesures d'urgence", "en": "Emergency measures",
                                 "ru": "Чрезвычайные меры"}),
    Topic("representation", {"fr": "Représentation", "en": "Representation",
                             "ru": "Представительство"}),
    Topic("public_relations", {"fr": "Relations publiques", "en": "Public relations",
                               "ru": "Связи с общественностью"}),
    Topic("costs", {"fr": "Frais", "en": "Costs", "ru": "Расходы"}),
    Topic("exception", {"fr": "Exception", "en": "Exception", "ru": "Исключение"}),
    Topic("disputes", {"fr": "Règlement des différends", "en": "Settlement of differences",
                       "ru": "Урегулирование разногласий"}),
    Topic("amendment", {"fr": "Modifications", "en": "Amendment", "ru": "Изменения"}),
    Topic("termination", {"fr": "Résiliation", "en": "Termination",
                          "ru": "Прекращение действия"}),
    Topic("duration", {"fr": "Durée", "en": "Duration", "ru": "Срок действия"}),
    Topic("entry_into_force", {"fr": "Entrée en vigueur", "en": "Entry into force",
                               "ru": "Вступление в силу"}),
    Topic("other_agreements", {"fr": "Relation avec d'autres accords",
                               "en": "Relation to other agreements",
                               "ru": "Соотношение с другими соглашениями"}),
    Topic("languages", {"fr": "Langues", "en": "Languages", "ru": "Языки"}),
    Topic("testimonium", {"fr": "En foi de quoi", "en": "Testimonium", "ru": "Удостоверение"}),
)

TOPIC_BY_KEY = {topic.key: topic for topic in TOPICS}


def topic_name(key: str, lang: str) -> str:
    """The topic's display name in ``lang``; an unknown (imported) topic shows its key."""
    topic = TOPIC_BY_KEY.get(key)
    if topic is None:
        return key.replace("_", " ")
    return topic.name.get(lang) or topic.name["en"]


@dataclass
class Variant:
    """One wording of the clause, with when a negotiator may use it."""

    level: VariantLevel
    text: LangText
    note: LangText = field(default_factory=dict[str, str])


@dataclass
class Clause:
    """One version of a library clause (``version`` 0 until it is stored)."""

    id: str
    topic: str
    title: LangText
    variants: list[Variant]
    register: ClauseRegister = ClauseRegister.BOTH
    tags: list[str] = field(default_factory=list[str])
    source: str = ""
    status: ClauseStatus = ClauseStatus.DRAFT
    origins: dict[str, TextOrigin] = field(default_factory=dict[str, TextOrigin])
    version: int = 0
    created_at: str = ""

    @property
    def languages(self) -> list[str]:
        """The languages of the preferred wording, in fr, en, ru order."""
        text = self.variants[0].text if self.variants else {}
        return [lang for lang in ("fr", "en", "ru") if text.get(lang)]

    def text(self, lang: str, variant: int = 0) -> str:
        """The wording of ``variant`` in ``lang`` ("" when that language is missing)."""
        if not 0 <= variant < len(self.variants):
            return ""
        return self.variants[variant].text.get(lang, "")

    def title_in(self, lang: str) -> str:
        """The title in ``lang``, else in the first language that has one."""
        return self.title.get(lang) or next(iter(self.title.values()), self.id)

    def origin(self, lang: str) -> TextOrigin:
        """Where the ``lang`` text comes from; unmarked texts count as the team's."""
        return self.origins.get(lang, TextOrigin.TEAM)


@dataclass(frozen=True)
class VersionSummary:
    """One row of a clause's history."""

    clause_id: str
    version: int
    status: ClauseStatus
    created_at: str
    content_hash: str
    title: str
