"""Message catalogues built inside a test, so a test never depends on the shipped .po."""

from __future__ import annotations

import gettext
import io

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from mou_studio.core.messages import Catalogue

Entries = dict[str | tuple[str, str], str | tuple[str, ...]]


def translations(language: str, entries: Entries) -> gettext.GNUTranslations:
    """Compiled gettext translations holding only ``entries`` (a plural is a tuple)."""
    source = Catalog(locale=language)
    for msgid, translated in entries.items():
        source.add(msgid, translated)
    buffer = io.BytesIO()
    write_mo(buffer, source)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def catalogue(language: str, entries: Entries) -> Catalogue:
    """A :class:`Catalogue` holding only ``entries``, as the CLI would load one."""
    return Catalogue(translations(language, entries))
