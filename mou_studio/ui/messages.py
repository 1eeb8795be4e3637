"""The core's messages in the interface language, through Qt's own translators.

The core hands the GUI :class:`~mou_studio.core.messages.Message` values and errors that
carry one. :class:`CoreMessageTranslator` serves the core's gettext catalogue to Qt under
the context :data:`CONTEXT`, so :func:`core_text` renders a message with whatever
translators the application has installed, from any widget and any thread, with no
catalogue to pass around (Qt's translators are the application's own registry).
"""

from __future__ import annotations

import gettext

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from mou_studio.core.messages import Message, render

CONTEXT = "mou_studio.core"


class CoreMessageTranslator(QTranslator):
    """A QTranslator that answers for the core's messages from a gettext catalogue.

    Plurals travel as Qt's disambiguation (the English plural form) and ``n``.
    """

    def __init__(self, translations: gettext.NullTranslations, parent: QObject) -> None:
        super().__init__(parent)
        self._translations = translations

    def translate(self, context: str, source_text: str,  # type: ignore[override]
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        if context != CONTEXT:
            return None  # a null QString: "not mine", and Qt asks the next translator
        if disambiguation and n >= 0:
            return self._translations.ngettext(source_text, disambiguation, n)
        return self._translations.gettext(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class _QtTranslations:
    """The :class:`~mou_studio.core.messages.Translations` of the running application."""

    def info(self) -> dict[str, str]:
        """Like gettext's: the language, which writes dates in messages (the default
        QLocale is the interface language, set when the translators are installed)."""
        return {"language": QLocale().name()}

    def gettext(self, message: str, /) -> str:
        return QCoreApplication.translate(CONTEXT, message)

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        translated = QCoreApplication.translate(CONTEXT, singular, plural, n)
        # No translator answered (English): Qt gives the singular back whatever n is.
        return translated if translated != singular else (singular if n == 1 else plural)


def core_text(item: Message | str | BaseException) -> str:
    """A core message, or an error carrying one, in the interface language."""
    return render(item, _QtTranslations())
