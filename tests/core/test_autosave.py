"""Unsaved work survives a crash and is offered back; saving or discarding clears it."""

from __future__ import annotations

import sqlite_utils

from mou_studio.core.model import Agreement
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.storage import AgreementStore, open_database
from mou_studio.core.storage.autosave import AutosaveStore


def _edited(demo: Agreement) -> Agreement:
    demo.body[7].children[2].text["fr"] = demo.body[7].children[2].text["fr"].replace(
        "trois mois", "six mois")
    return demo


def test_autosaved_work_is_found_after_reopening(db: sqlite_utils.Database, db_path,
                                                 demo: Agreement) -> None:
    AutosaveStore(db).autosave(1, _edited(demo))
    db.conn.close()  # as if the app had been killed
    reopened = open_database(db_path)
    autosaves = AutosaveStore(reopened)
    [pending] = autosaves.pending()
    assert pending.agreement_id == 1
    assert agreement_to_json(autosaves.recover(1)) == agreement_to_json(demo)
    assert "trois mois" in agreement_to_json(AgreementStore(reopened).get(1))


def test_saving_makes_it_the_working_copy_and_clears_it(db: sqlite_utils.Database,
                                                        demo: Agreement) -> None:
    autosaves = AutosaveStore(db)
    autosaves.autosave(1, _edited(demo))
    autosaves.save(1, demo)
    assert autosaves.pending() == []
    assert "six mois" in agreement_to_json(AgreementStore(db).get(1))


def test_discarding_keeps_the_working_copy(db: sqlite_utils.Database, demo: Agreement) -> None:
    autosaves = AutosaveStore(db)
    autosaves.autosave(1, _edited(demo))
    autosaves.discard(1)
    assert autosaves.pending() == []
    assert "trois mois" in agreement_to_json(AgreementStore(db).get(1))


def test_an_autosave_equal_to_the_working_copy_is_not_offered(db: sqlite_utils.Database,
                                                              demo: Agreement) -> None:
    AutosaveStore(db).autosave(1, demo)
    assert AutosaveStore(db).pending() == []
