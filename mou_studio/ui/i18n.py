"""Interface language: pick it (preference, else system locale) and install translators.

Translations are built from the sources by ``packaging/update_translations.py`` into
``resources/i18n/mou_studio_<lang>.qm``; the core's messages (errors, lint findings,
compare notes) come from the gettext catalogue ``resources/i18n/core/<lang>.mo``; Qt's own
strings (standard buttons, file dialogs) come from the ``qtbase_<lang>.qm`` shipped with Qt.
The chosen language also becomes the default ``QLocale``, so dates and numbers shown by
the interface follow it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from mou_studio.core.messages import load_translations
from mou_studio.ui.messages import CoreMessageTranslator

log = logging.getLogger(__name__)

LANGUAGE_KEY = "interface/language"
SYSTEM = "system"
INTERFACE_LANGUAGES = ("en", "fr", "ru")
SOURCE_LANGUAGE = "en"
CATALOG = "mou_studio"


def preferred_language(settings: QSettings, system_locale: QLocale | None = None) -> str:
    """The interface language: the one chosen in Preferences, else the system's."""
    chosen = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    if chosen in INTERFACE_LANGUAGES:
        return chosen
    locale = system_locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def catalog_path(root: Path, language: str) -> Path:
    return root / "resources" / "i18n" / f"{CATALOG}_{language}.qm"


def install_translators(app: QCoreApplication, language: str, root: Path) -> list[QTranslator]:
    """Install MoU Studio's and Qt's translations for ``language``; return them.

    The translators are parented to ``app`` so they live as long as it does.
    """
    QLocale.setDefault(QLocale(language))
    core = CoreMessageTranslator(load_translations(language, root / "resources" / "i18n"), app)
    app.installTranslator(core)
    installed: list[QTranslator] = [core]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", Path(qt_dir)),
                         (catalog_path(root, language).stem, catalog_path(root, language).parent)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        elif language != SOURCE_LANGUAGE:
            log.warning("no %s translation found in %s", name, folder)
    return installed
