"""Properties: any date the parser accepts prints back the same; any text survives CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mou_studio.core.errors import MouStudioError
from mou_studio.core.firststart import populate_first_start
from mou_studio.core.paths import project_root
from mou_studio.core.register.csv_export import entries_to_csv
from mou_studio.core.register.csv_import import import_csv_text
from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import open_database

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from(["\n", "\t", ",", ";", '"', "«", "»", "ё"]),
    max_size=40,
)


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from([1, 2, 3]))
def test_partial_dates_round_trip(day: dt.date, parts: int) -> None:
    iso = day.isoformat()[: {1: 4, 2: 7, 3: 10}[parts]]
    parsed = PartialDate.parse(iso)
    assert parsed.iso() == iso
    assert parsed.earliest() <= day <= parsed.latest()
    assert PartialDate.parse(parsed.iso()) == parsed


@pytest.fixture(scope="module")
def seeded() -> Iterator[RegisterStore]:
    db = open_database(":memory:")
    populate_first_start(db, project_root())
    yield RegisterStore(db)
    db.conn.close()


@settings(max_examples=25, deadline=None)
@given(title=_TEXT, notes=_TEXT, place=_TEXT)
# A lone tab is written as "'\t" (formula guard): it must not come back as "'".
@example(title="\t", notes="\t ", place="=1+1")
def test_any_text_survives_export_and_import(
    seeded: RegisterStore, title: str, notes: str, place: str
) -> None:
    store = seeded
    interpol = next(e for e in store.entries() if e.uid == "wco-interpol-2003")
    interpol.title["en"], interpol.notes = title, notes
    interpol.signatures[0].place = place
    store.save_entry(interpol)
    text = entries_to_csv([store.entry(interpol.id or 0)],
                          {p.key: p for p in store.partners()})
    interpol.title["en"], interpol.notes = "", ""
    store.save_entry(interpol)
    import_csv_text(store, text)
    back = store.entry(interpol.id or 0)
    # Import trims cells, as a spreadsheet user expects.
    assert back.title.get("en", "") == title.strip()
    assert back.notes == notes.strip()
    assert back.signatures[0].place == place.strip()


@pytest.fixture(scope="module")
def seed_csv(seeded: RegisterStore) -> str:
    return entries_to_csv(seeded.entries()[:4], {p.key: p for p in seeded.partners()})


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_mangled_csv_is_imported_or_refused_cleanly(
    seeded: RegisterStore, seed_csv: str, data: st.DataObject
) -> None:
    raw = bytearray(seed_csv.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at:at + 1] = data.draw(st.binary(min_size=0, max_size=3))
    before = seeded.db.conn.total_changes
    try:
        import_csv_text(seeded, raw.decode("utf-8", errors="replace"))
    except MouStudioError:
        assert seeded.db.conn.total_changes == before  # a refused file changes nothing
