"""A database another tool damaged: the docks say so in a message, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mou_studio.core.firststart import populate_first_start
from mou_studio.core.paths import project_root
from mou_studio.core.storage import open_database, tables
from mou_studio.core.storage.database import connection
from mou_studio.ui.app import build_application
from tests.ui.conftest import settle


def _database_without(path: Path, table: str) -> None:
    db = open_database(path)
    populate_first_start(db, project_root())
    connection(db).close()
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("table", [tables.LIBRARY_CLAUSES, tables.LIBRARY_FTS,
                                   tables.REGISTER_ENTRIES, tables.AUTOSAVES])
def test_a_dropped_table_is_shown_as_a_damaged_database(
    qtbot, tmp_path: Path, no_modal_dialogs: list[tuple[str, str]], table: str,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "damaged.db"
    _database_without(path, table)
    assembled = build_application(path, tmp_path / "settings.ini")
    qtbot.addWidget(assembled.window)
    assembled.controller.start()
    if table == tables.LIBRARY_FTS:  # only a typed search reads the index
        qtbot.waitUntil(lambda: assembled.controller.current_agreement is not None,
                        timeout=10000)
        assembled.library.panel.search_box.setText("information")
    qtbot.waitUntil(lambda: bool(no_modal_dialogs), timeout=10000)
    settle(assembled)
    texts = [text for _kind, text in no_modal_dialogs]
    assert not any("Unexpected error" in text or "Traceback" in text for text in texts), texts
    assert any("damaged or was changed by another program" in text and path.name in text
               and table in text for text in texts), texts
    assert all(kind in ("warning", "critical") for kind, _text in no_modal_dialogs)
