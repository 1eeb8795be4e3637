"""French typography applied at export, other languages left alone."""

from __future__ import annotations

from mou_studio.core.export.inline import language_spans
from mou_studio.core.export.typography import NARROW_NBSP, NBSP, french_typography, typeset


def test_no_break_space_before_colon_and_inside_guillemets() -> None:
    assert french_typography("ce qui suit :") == f"ce qui suit{NBSP}:"
    assert french_typography("« le CARICC »") == f"«{NBSP}le CARICC{NBSP}»"
    assert french_typography("«OMD»") == f"«{NBSP}OMD{NBSP}»"


def test_narrow_no_break_space_before_semicolon_question_and_exclamation() -> None:
    assert french_typography("a ; b ? c !") == f"a{NARROW_NBSP}; b{NARROW_NBSP}? c{NARROW_NBSP}!"
    assert french_typography("oui; non") == f"oui{NARROW_NBSP}; non"


def test_urls_times_and_numbers_are_left_alone() -> None:
    for text in ("http://www.wcoomd.org/page?id=1", "à 10:30", "art. 5;6"):
        assert french_typography(text) == text


def test_only_french_is_typeset() -> None:
    assert typeset("as follows :", "en") == "as follows :"
    assert typeset("«да» ;", "ru") == "«да» ;"


def test_cyrillic_words_in_french_text_are_tagged_russian() -> None:
    assert language_spans("Date : 30 марта 2010", "fr") == [
        ("Date : 30 ", "fr-FR"), ("марта", "ru-RU"), (" 2010", "fr-FR")]
    assert language_spans("Лieu", "ru") == [("Лieu", "ru-RU")]
