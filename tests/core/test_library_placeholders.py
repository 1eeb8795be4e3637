"""Typed placeholders fill in from the agreement's parties and given values."""

from __future__ import annotations

import pytest

from mou_studio.core.errors import InvalidDocument
from mou_studio.core.library.placeholders import (
    check_placeholders,
    fill_placeholders,
    format_duration,
    placeholders_in,
)
from mou_studio.core.model import Agreement, Party
from tests.core import library_db

# The shared fixture names, served from a once-per-session first-started database.
db = library_db.db
library_template = library_db.library_template


def test_party_short_forms_fill_in_with_their_article(demo: Agreement) -> None:
    result = fill_placeholders("{party_a.short_name} et {party_b.short_name} se consultent.",
                               "fr", demo)
    assert result.text == "L'OMD et CARICC se consultent."
    assert result.missing == ()


def test_french_contractions_after_filling() -> None:
    agreement = Agreement(languages=["fr"], parties=[
        Party(short_name={"fr": "Centre"}, determiner={"fr": "le"}),
        Party(short_name={"fr": "douanes"}, determiner={"fr": "les"})])
    text = "le Directeur de {party_a.short_name}, à {party_b.short_name} et à {party_a.short_name}"
    assert fill_placeholders(text, "fr", agreement).text == (
        "le Directeur du Centre, aux douanes et au Centre")


@pytest.mark.parametrize(("value", "lang", "expected"), [
    ("3 months", "fr", "trois mois"),
    ("3 months", "en", "three months"),
    ("3 months", "ru", "три месяца"),
    ("1 year", "ru", "один год"),
    ("6 months", "ru", "шесть месяцев"),
    ("21 days", "ru", "21 день"),
    ("12 months", "en", "twelve months"),
])
def test_durations_are_written_out_per_language(value: str, lang: str, expected: str) -> None:
    assert format_duration(value, lang) == expected


def test_a_bad_duration_is_refused() -> None:
    with pytest.raises(InvalidDocument, match="not a duration"):
        format_duration("soon", "en")


def test_missing_values_stay_visible(demo: Agreement) -> None:
    result = fill_placeholders("préavis de {notice_period}.", "fr", demo)
    assert result.text == "préavis de {notice_period}."
    assert result.missing == ("notice_period",)
    filled = fill_placeholders("préavis de {notice_period}.", "fr", demo,
                               {"notice_period": "3 months"})
    assert filled.text == "préavis de trois mois."


def test_reference_tokens_are_not_placeholders() -> None:
    assert placeholders_in("voir {{ref:abc}} et {notice_period}") == ["notice_period"]


def test_unknown_placeholders_are_refused() -> None:
    with pytest.raises(InvalidDocument, match="unknown placeholder"):
        check_placeholders("{party_z.name}", "clause x")
