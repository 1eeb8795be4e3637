"""The shipped register data agrees with seed 001 and is loaded once per database."""

from __future__ import annotations

import re

import sqlite_utils
from babel.dates import format_date

from mou_studio.core.firststart import populate_first_start
from mou_studio.core.paths import project_root
from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.seed import SEED_FILE, ensure_register_seed, load_register_data
from mou_studio.core.register.snapshot import load_snapshot
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import AgreementStore, open_database
from tests.conftest import seed_path


def _seed_001_sections() -> list[str]:
    return [s.strip() for s in seed_path("001").read_text(encoding="utf-8").split("|")
            if s.strip()]


def test_every_organisation_of_seed_001_is_a_partner() -> None:
    partners, _ = load_register_data(project_root() / SEED_FILE)
    for section in _seed_001_sections():
        heading = section.splitlines()[0]
        assert any(
            any(text and text.casefold() in heading.casefold()
                for text in [*p.acronym.values(), *p.name.values()])
            or (p.notes and p.notes.split()[-1].rstrip(".") in section)
            for p in partners
        ), heading


def test_every_full_date_is_written_in_the_seed() -> None:
    _, entries = load_register_data(project_root() / SEED_FILE)
    text = " ".join(" ".join(_seed_001_sections()).split()).casefold()
    caricc_seed = seed_path("000").read_text(encoding="utf-8").casefold()
    for entry in entries:
        for signature in entry.signatures:
            date = signature.date
            if date is None or date.day is None:
                continue
            # Seed 000 writes CARICC's signature date in Russian: « 30 марта 2010 ».
            phrases = {format_date(date.earliest(), "d MMMM y", locale=locale)
                       for locale in ("fr_FR", "ru_RU")}
            source = caricc_seed if entry.partner_key == "caricc" else text
            assert any(p.casefold() in source for p in phrases), (entry.uid, phrases)


def test_years_given_without_a_day_stay_partial() -> None:
    _, entries = load_register_data(project_root() / SEED_FILE)
    by_uid = {e.uid: e for e in entries}
    assert by_uid["wco-interpol-2003"].signed_on() == PartialDate(2003)
    assert by_uid["wco-europol-2002"].signed_on() == PartialDate(2002, 9)
    assert re.search(r"en 2003", _seed_001_sections()[6])


def test_first_start_loads_interpol_2003_and_caricc_2010(register: RegisterStore) -> None:
    entries = {e.uid: e for e in register.entries()}
    interpol = entries["wco-interpol-2003"]
    assert interpol.partner_key == "interpol"
    assert interpol.signed_on() == PartialDate(2003)
    caricc = entries["wco-caricc-2010"]
    assert [(s.party, s.date, s.place) for s in caricc.signatures] == [
        ("OMD", PartialDate(2010, 3, 19), "Bruxelles"),
        ("CARICC", PartialDate(2010, 3, 30), "Астана"),
    ]
    assert register.partner("caricc").acronym["fr"] == "CARICC"


def test_caricc_entry_points_at_the_demo_signed_version(
    register: RegisterStore, store: AgreementStore
) -> None:
    caricc = next(e for e in register.entries() if e.uid == "wco-caricc-2010")
    demo = next(s for s in store.summaries() if s.uid == "wco-caricc-2010")
    assert caricc.agreement_uid == "wco-caricc-2010"
    assert caricc.signed_version == 1
    assert [v.number for v in store.versions(demo.id)] == [1]
    assert [e.uid for e in register.entries_for_agreement(demo.id)] == ["wco-caricc-2010"]


def test_the_seed_runs_once_per_database(db: sqlite_utils.Database,
                                         register: RegisterStore) -> None:
    interpol_id = register.entry_id("wco-interpol-2003")
    assert interpol_id is not None
    register.delete_entry(interpol_id)
    populate_first_start(db, project_root())
    assert register.entry_id("wco-interpol-2003") is None


def test_without_the_demo_the_caricc_entry_has_no_link() -> None:
    db = open_database(":memory:")
    assert ensure_register_seed(db, project_root() / SEED_FILE)
    caricc = next(e for e in RegisterStore(db).entries() if e.uid == "wco-caricc-2010")
    assert caricc.agreement_uid is None and caricc.signed_version is None
    assert len(caricc.signatures) == 2


def test_snapshot_links_caricc_to_the_demo_and_its_versions(
    db: sqlite_utils.Database, store: AgreementStore
) -> None:
    snapshot = load_snapshot(db)
    caricc = next(e for e in snapshot.entries if e.uid == "wco-caricc-2010")
    demo_id = next(s.id for s in store.summaries() if s.uid == "wco-caricc-2010")
    assert snapshot.agreement_id(caricc) == demo_id
    assert [v.number for v in snapshot.versions[demo_id]] == [1]
    assert [e.uid for e in snapshot.partner_entries("unodc")] == [
        "wco-unodc-1996", "wco-unodc-2010"]
