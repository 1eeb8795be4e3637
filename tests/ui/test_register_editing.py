"""Editing the register in the GUI: partners, signatures, deletions, and undoing them all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog

from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.model import Partner, RegisterEntry
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import open_database
from mou_studio.ui.app import Application
from mou_studio.ui.register.entry_dialog import EntryDialog
from mou_studio.ui.register.partner_dialog import PartnerDialog
from mou_studio.ui.register.register_controller import RegisterController


@pytest.fixture
def loaded(application: Application, qtbot) -> Application:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: application.register.snapshot is not None, timeout=10000)
    return application


def _store_partners(app: Application) -> dict[str, Partner]:
    db = open_database(app.context.database_path)
    try:
        return {p.key: p for p in RegisterStore(db).partners()}
    finally:
        db.conn.close()


def _store_entry(app: Application, uid: str) -> RegisterEntry | None:
    db = open_database(app.context.database_path)
    try:
        store = RegisterStore(db)
        entry_id = store.entry_id(uid)
        return None if entry_id is None else store.entry(entry_id)
    finally:
        db.conn.close()


def _run(register: RegisterController, qtbot, step) -> None:  # type: ignore[no-untyped-def]
    """Do ``step`` and wait until its write is in the database and the register reloaded."""
    with qtbot.waitSignal(register.loaded, timeout=5000):
        step()


def _select(app: Application, uid: str) -> RegisterEntry:
    snapshot = app.register.snapshot
    assert snapshot is not None
    entry = next(e for e in snapshot.entries if e.uid == uid)
    view = app.register.dock.register_view
    view.search.setText("")
    assert view.select_entry(entry.id or 0)
    return entry


@pytest.fixture
def fill_oecd(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def fill(dialog: PartnerDialog) -> QDialog.DialogCode:
        dialog.key.setText("oecd")
        dialog.names["fr"].setText("Organisation de coopération et de développement "
                                   "économiques")
        dialog.acronyms["fr"].setText("OCDE")
        dialog.acronyms["en"].setText("OECD")
        dialog.kind.setCurrentIndex(dialog.kind.findData("international-organisation"))
        dialog._on_accepted()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(PartnerDialog, "exec", fill)
    yield


def test_a_partner_added_in_the_dialog_is_stored_shown_and_undoable(
    loaded: Application, qtbot, fill_oecd: None  # type: ignore[no-untyped-def]
) -> None:
    register = loaded.register
    register.dock.set_language("en")
    _run(register, qtbot, register.new_partner_action.trigger)
    assert _store_partners(loaded)["oecd"].acronym == {"fr": "OCDE", "en": "OECD"}
    assert register.snapshot is not None and "oecd" in register.snapshot.partners
    assert "OECD" in register.dock.partner_page.header.text()
    assert register.undo_group is loaded.editor.undo_group
    assert loaded.editor.undo_action.text() == "&Undo Add Partner OECD"

    _run(register, qtbot, loaded.editor.undo_action.trigger)
    assert "oecd" not in _store_partners(loaded)
    assert register.snapshot is not None and "oecd" not in register.snapshot.partners

    _run(register, qtbot, loaded.editor.redo_action.trigger)
    assert "oecd" in _store_partners(loaded)


def test_invalid_partner_input_is_shown_inline_and_nothing_is_saved(
    loaded: Application, qtbot  # type: ignore[no-untyped-def]
) -> None:
    before = _store_partners(loaded)
    dialog = PartnerDialog(None, set(before))
    qtbot.addWidget(dialog)
    dialog.key.setText("interpol")
    dialog.names["en"].setText("Another Interpol")
    dialog._on_accepted()
    assert "already in the register" in dialog.error.text()
    dialog.key.setText("world bank")
    dialog._on_accepted()
    assert "contains a space" in dialog.error.text()
    dialog.key.setText("worldbank")
    dialog.names["en"].setText("  ")
    dialog._on_accepted()
    assert "needs a name or an acronym" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _store_partners(loaded) == before


def test_editing_a_partner_keeps_its_key_and_undo_restores_the_names(
    loaded: Application, qtbot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    register = loaded.register
    _select(loaded, "wco-interpol-2003")
    before = _store_partners(loaded)["interpol"]

    def rename(dialog: PartnerDialog) -> QDialog.DialogCode:
        assert dialog.key.isReadOnly() and dialog.key.text() == "interpol"
        dialog.names["ru"].setText("Международная организация уголовной полиции")
        dialog._on_accepted()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(PartnerDialog, "exec", rename)
    _run(register, qtbot, register.edit_partner_action.trigger)
    assert _store_partners(loaded)["interpol"].name["ru"].startswith("Международная")
    _run(register, qtbot, register.undo_stack.undo)
    assert _store_partners(loaded)["interpol"] == before


def test_signatures_edited_in_the_entry_dialog_are_saved_and_shown(
    loaded: Application, qtbot  # type: ignore[no-untyped-def]
) -> None:
    register = loaded.register
    register.dock.set_language("en")
    interpol = _select(loaded, "wco-interpol-2003")
    dialog = EntryDialog(interpol, "en")
    qtbot.addWidget(dialog)
    signatures = dialog.signatures
    while signatures.table.rowCount():
        signatures.table.selectRow(0)
        signatures.remove_current()
    signatures.add_row("OMD", "2003-13", "Bruxelles")
    dialog._on_accepted()
    assert "Signature 1: '2003-13' is not a real date" in dialog.error.text()
    signatures.table.item(0, 1).setText("2003-11")
    signatures.add_row("INTERPOL", "2003", "Lyon")
    signatures.add_row()  # left empty: ignored
    changes = dialog.changes()
    _run(register, qtbot, lambda: register.save_entry(
        RegisterEntry(**{**interpol.__dict__, **changes})))
    stored = _store_entry(loaded, "wco-interpol-2003")
    assert stored is not None
    assert [(s.party, s.date, s.place) for s in stored.signatures] == [
        ("OMD", PartialDate(2003, 11), "Bruxelles"), ("INTERPOL", PartialDate(2003), "Lyon")]
    _select(loaded, "wco-interpol-2003")
    item = register.dock.partner_page.tree.topLevelItem(0)
    rows = [(item.child(i).text(0), item.child(i).text(1)) for i in range(2)]
    assert rows == [("Signed by OMD", "November 2003, Bruxelles"),
                    ("Signed by INTERPOL", "2003, Lyon")]
    _run(register, qtbot, register.undo_stack.undo)
    restored = _store_entry(loaded, "wco-interpol-2003")
    assert restored is not None and restored.signatures == interpol.signatures


def test_deleting_an_entry_is_undone_and_redone(
    loaded: Application, qtbot  # type: ignore[no-untyped-def]
) -> None:
    register = loaded.register
    caricc = _select(loaded, "wco-caricc-2010")
    _run(register, qtbot, register.delete_entry_action.trigger)
    assert _store_entry(loaded, "wco-caricc-2010") is None
    assert "wco-caricc-2010" not in {e.uid for e in register.snapshot.entries}  # type: ignore[union-attr]
    assert loaded.editor.undo_action.text() == "&Undo Delete Entry wco-caricc-2010"

    _run(register, qtbot, loaded.editor.undo_action.trigger)
    back = _store_entry(loaded, "wco-caricc-2010")
    assert back is not None
    assert (back.signatures, back.agreement_uid) == (caricc.signatures, caricc.agreement_uid)
    assert len(register.dock.register_view.visible_entry_ids()) == 15

    _run(register, qtbot, loaded.editor.redo_action.trigger)
    assert _store_entry(loaded, "wco-caricc-2010") is None
    assert len(register.dock.register_view.visible_entry_ids()) == 14


def test_a_partner_with_agreements_is_not_deleted(
    loaded: Application, no_modal_dialogs: list[tuple[str, str]]
) -> None:
    _select(loaded, "wco-interpol-2003")
    loaded.register.delete_partner_action.trigger()
    assert "still has agreements" in no_modal_dialogs[-1][1]
    assert loaded.register.undo_stack.count() == 0
    assert "interpol" in _store_partners(loaded)


def test_focus_hands_undo_between_the_register_and_the_editor(
    loaded: Application, qtbot, fill_oecd: None  # type: ignore[no-untyped-def]
) -> None:
    register, group = loaded.register, loaded.editor.undo_group
    agreement_stack = loaded.editor.stack()
    assert agreement_stack is not None and group.activeStack() is agreement_stack
    _run(register, qtbot, register.new_partner_action.trigger)
    assert group.activeStack() is register.undo_stack
    register._on_focus_changed(None, loaded.window.outline_view)
    assert group.activeStack() is agreement_stack
    register._on_focus_changed(None, loaded.window.menuBar())
    assert group.activeStack() is agreement_stack
    register._on_focus_changed(None, register.dock.register_view.table)
    assert group.activeStack() is register.undo_stack
    assert not loaded.window.isWindowModified()


def test_a_step_the_database_refuses_is_explained_and_the_history_dropped(
    loaded: Application, qtbot, fill_oecd: None,  # type: ignore[no-untyped-def]
    no_modal_dialogs: list[tuple[str, str]],
) -> None:
    register = loaded.register
    _run(register, qtbot, register.new_partner_action.trigger)
    _run(register, qtbot, register.undo_stack.undo)
    db = open_database(loaded.context.database_path)  # meanwhile, the CLI adds it too
    RegisterStore(db).save_partner(Partner("oecd", name={"en": "OECD by the CLI"}))
    db.conn.close()
    _run(register, qtbot, register.undo_stack.redo)
    assert "a partner with the key 'oecd' is already in the register" in \
        no_modal_dialogs[-1][1]
    assert register.undo_stack.count() == 0
    assert _store_partners(loaded)["oecd"].name == {"en": "OECD by the CLI"}
