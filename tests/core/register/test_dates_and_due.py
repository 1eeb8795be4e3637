"""Partial dates, their display in three languages, filters and the "due" view."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.model import RegisterEntry, Status
from mou_studio.core.register.query import DueKind, RegisterFilter, due_items
from mou_studio.core.register.store import RegisterStore

TODAY = dt.date(2026, 11, 23)


# CLDR puts a narrow no-break space before the Russian « г. ».
@pytest.mark.parametrize(
    ("iso", "fr", "en", "ru"),
    [
        ("2010-03-19", "19 mars 2010", "19 March 2010", "19 марта 2010\u202fг."),
        ("2002-09", "septembre 2002", "September 2002", "сентябрь 2002\u202fг."),
        ("2003", "2003", "2003", "2003"),
    ],
)
def test_dates_display_in_the_ui_language(iso: str, fr: str, en: str, ru: str) -> None:
    date = PartialDate.parse(iso)
    assert date.iso() == iso
    assert [date.display(lang) for lang in ("fr", "en", "ru")] == [fr, en, ru]


@pytest.mark.parametrize("text", ["2010-13-01", "2010-02-30", "19/03/2010", "", "mars 2010"])
def test_malformed_dates_are_refused_with_the_expected_form(text: str) -> None:
    with pytest.raises(InvalidRegisterData, match=r"YYYY|real date"):
        PartialDate.parse(text)


def test_a_year_spans_the_whole_year() -> None:
    year = PartialDate.parse("2004")
    assert (year.earliest(), year.latest()) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))
    assert PartialDate.parse("2012-02").latest() == dt.date(2012, 2, 29)


def _uids(entries: list[RegisterEntry]) -> set[str]:
    return {e.uid for e in entries}


def test_filter_signed_before_2005_on_the_seed(register: RegisterStore) -> None:
    partners = {p.key: p for p in register.partners()}
    chosen = RegisterFilter(signed_before=dt.date(2005, 1, 1)).apply(
        register.entries(), partners, TODAY
    )
    assert _uids(chosen) == {
        "wco-iaea-1998", "wco-cites-1996", "wco-europol-2002", "wco-interpol-2003",
        "wco-unodc-1996", "wco-icom-2000", "wco-who-2002", "wco-unep-2003",
    }


def test_a_year_is_not_before_a_day_inside_it(register: RegisterStore) -> None:
    partners = {p.key: p for p in register.partners()}
    chosen = RegisterFilter(signed_before=dt.date(2003, 6, 1)).apply(
        register.entries(), partners, TODAY
    )
    assert "wco-interpol-2003" not in _uids(chosen)  # "2003" may be after 1 June
    assert "wco-who-2002" in _uids(chosen)


def test_filter_by_partner_name_in_any_language(register: RegisterStore) -> None:
    partners = {p.key: p for p in register.partners()}
    for query in ("onudc", "UNODC", "преступности", "unodc"):
        chosen = RegisterFilter(partner=query).apply(register.entries(), partners, TODAY)
        assert _uids(chosen) == {"wco-unodc-1996", "wco-unodc-2010"}, query


def test_filter_by_status(register: RegisterStore) -> None:
    partners = {p.key: p for p in register.partners()}
    draft = RegisterFilter(statuses=frozenset({Status.NEGOTIATION}))
    assert draft.apply(register.entries(), partners, TODAY) == []


def _entry(**changes: object) -> RegisterEntry:
    return dataclasses.replace(RegisterEntry(uid="x", partner_key="interpol",
                                             status=Status.IN_EFFECT), **changes)


def test_a_review_next_month_appears_in_the_due_view(register: RegisterStore) -> None:
    today = dt.date.today()
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=15)
    interpol = next(e for e in register.entries() if e.uid == "wco-interpol-2003")
    register.save_entry(dataclasses.replace(interpol, review_on=next_month))
    items = due_items(register.entries(), today, 90)
    assert [(i.entry.uid, i.kind, i.date) for i in items] == [
        ("wco-interpol-2003", DueKind.REVIEW, next_month)
    ]


def test_expiry_brings_its_notice_deadline() -> None:
    entry = _entry(expires_on=dt.date(2027, 2, 1), notice_days=60)
    items = due_items([entry], TODAY, 90)
    assert [(i.kind, i.date) for i in items] == [
        (DueKind.NOTICE, dt.date(2026, 12, 3)),
        (DueKind.EXPIRY, dt.date(2027, 2, 1)),
    ]
    assert [i.kind for i in due_items([entry], TODAY, 30)] == [DueKind.NOTICE]


def test_nothing_is_due_on_a_discontinued_or_past_agreement() -> None:
    gone = _entry(status=Status.DISCONTINUED, review_on=TODAY + dt.timedelta(days=5))
    past = _entry(review_on=TODAY - dt.timedelta(days=1))
    assert due_items([gone, past], TODAY, 90) == []


def test_due_within_filter_keeps_only_entries_with_a_deadline(
    register: RegisterStore,
) -> None:
    partners = {p.key: p for p in register.partners()}
    unep = next(e for e in register.entries() if e.uid == "wco-unep-2003")
    register.save_entry(dataclasses.replace(unep, expires_on=TODAY + dt.timedelta(days=40)))
    chosen = RegisterFilter(due_within_days=90).apply(register.entries(), partners, TODAY)
    assert _uids(chosen) == {"wco-unep-2003"}


def test_text_finds_words_of_the_subject_or_the_partner(register: RegisterStore) -> None:
    partners = {p.key: p for p in register.partners()}
    ivory = RegisterFilter(text="IVOIRE").apply(register.entries(), partners, TODAY)
    assert _uids(ivory) == {"wco-cites-1996"}
    atomic = RegisterFilter(text="атомной").apply(register.entries(), partners, TODAY)
    assert _uids(atomic) == {"wco-iaea-1998"}
