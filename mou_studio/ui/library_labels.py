"""Translatable names of clause library values (status, register, level, topic)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from mou_studio.core.library.model import ClauseRegister, ClauseStatus, Topic, VariantLevel

CONTEXT = "library"

# QT_TRANSLATE_NOOP marks each literal for lupdate; the lookup happens when shown.
_NAMES: dict[str, object] = {
    ClauseStatus.DRAFT.value: QT_TRANSLATE_NOOP("library", "draft"),
    ClauseStatus.APPROVED.value: QT_TRANSLATE_NOOP("library", "approved"),
    ClauseStatus.WITHDRAWN.value: QT_TRANSLATE_NOOP("library", "withdrawn"),
    ClauseRegister.BINDING.value: QT_TRANSLATE_NOOP("library", "binding (treaty)"),
    ClauseRegister.NON_BINDING.value: QT_TRANSLATE_NOOP("library", "non-binding (MoU)"),
    ClauseRegister.BOTH.value: QT_TRANSLATE_NOOP("library", "treaty or MoU"),
    VariantLevel.PREFERRED.value: QT_TRANSLATE_NOOP("library", "Preferred"),
    VariantLevel.FALLBACK.value: QT_TRANSLATE_NOOP("library", "Fallback"),
    VariantLevel.LAST_RESORT.value: QT_TRANSLATE_NOOP("library", "Last resort"),
}


def value_label(value: ClauseStatus | ClauseRegister | VariantLevel | str) -> str:
    """A clause status, register or negotiating level in the interface language."""
    key = str(value.value if isinstance(value, ClauseStatus | ClauseRegister | VariantLevel)
              else value)
    name = _NAMES.get(key)
    return QCoreApplication.translate(CONTEXT, str(name)) if name is not None else key


def topic_label(topic: Topic) -> str:
    """The topic's own name in the interface language (English when it has none)."""
    lang = QLocale().name()[:2]
    return topic.name.get(lang) or topic.name.get("en") or topic.key
