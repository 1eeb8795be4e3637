"""The house style's named styles and the few words the export writes by itself.

The styles live in ``resources/house-style.docx`` (built by
``packaging/build_house_style.py``); an office restyles them in Word without touching code.
The writer refers to them only by the style ids below.
"""

from __future__ import annotations

from enum import StrEnum


class StyleId(StrEnum):
    """Ids (``w:styleId``) of the house style's paragraph, character and table styles."""

    TITLE = "MoUTitle"
    PARTIES = "MoUParties"
    PARTY_NAME = "MoUPartyName"
    PREAMBLE_HEADING = "MoUPreambleHeading"
    PREAMBLE = "MoUPreamble"
    RECITAL = "MoURecital"
    ENACTING_FORMULA = "MoUEnactingFormula"
    CHAPTER = "MoUChapter"
    ARTICLE_LABEL = "MoUArticleLabel"
    ARTICLE_HEADING = "MoUArticleHeading"
    ARTICLE_TEXT = "MoUArticleText"
    PARAGRAPH = "MoUParagraph"
    POINT = "MoUPoint"
    SUBPOINT = "MoUSubpoint"
    TESTIMONIUM = "MoUTestimonium"
    SIGNATURE = "MoUSignature"
    SIGNATURE_CAPTION = "MoUSignatureCaption"
    ANNEX_TITLE = "MoUAnnexTitle"
    DRAFT_STAMP = "MoUDraftStamp"
    FOOTER = "MoUFooter"
    FOOTNOTE_TEXT = "MoUFootnoteText"
    FOOTNOTE_REFERENCE = "MoUFootnoteReference"
    SIGNATURE_TABLE = "MoUSignatureTable"
    PARALLEL_TABLE = "MoUParallelTable"


def style_name(style: StyleId) -> str:
    """The name Word shows for a style: "MoUArticleLabel" → "MoU Article Label"."""
    words: list[str] = []
    for char in style.value[3:]:
        if char.isupper() and words:
            words.append(" ")
        words.append(char)
    return "MoU " + "".join(words)


LANG_TAGS = {"fr": "fr-FR", "en": "en-GB", "ru": "ru-RU"}
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ru": "Русский"}
BETWEEN = {"fr": "ENTRE", "en": "BETWEEN", "ru": "МЕЖДУ"}
AND = {"fr": "ET", "en": "AND", "ru": "И"}
# "{page}" and "{pages}" become PAGE and NUMPAGES fields.
PAGE_OF = {"fr": "Page {page} sur {pages}", "en": "Page {page} of {pages}",
           "ru": "Страница {page} из {pages}"}
DRAFT = {"fr": "PROJET", "en": "DRAFT", "ru": "ПРОЕКТ"}
DATE_LABEL = {"fr": "Date\u00a0:", "en": "Date:", "ru": "Дата:"}
PLACE_LABEL = {"fr": "Lieu\u00a0:", "en": "Place:", "ru": "Место:"}


def lang_tag(lang: str) -> str:
    """The ``w:lang`` value of a language code ("fr" → "fr-FR")."""
    return LANG_TAGS.get(lang, lang)


def word(table: dict[str, str], lang: str) -> str:
    """One of the words above in ``lang``, English when the language is unknown."""
    return table.get(lang, table["en"])
