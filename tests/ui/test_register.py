"""The register dock: seeded table, filters, partner page, due timeline, opening the MoU."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import open_database
from mou_studio.ui.app import Application


@pytest.fixture
def loaded(application: Application, qtbot) -> Application:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: application.register.snapshot is not None, timeout=10000)
    return application


def _titles(app: Application) -> list[str]:
    view = app.register.dock.register_view
    snapshot = app.register.snapshot
    assert snapshot is not None
    by_id = {e.id: e for e in snapshot.entries}
    return [by_id[i].uid for i in view.visible_entry_ids()]


def test_the_register_lists_the_seed_sorted_by_signature(loaded: Application) -> None:
    uids = _titles(loaded)
    assert len(uids) == 15
    assert uids[:2] == ["wco-cites-1996", "wco-unodc-1996"]
    assert "wco-interpol-2003" in uids and "wco-caricc-2010" in uids


def test_filter_signed_before_2005_and_search(loaded: Application) -> None:
    view = loaded.register.dock.register_view
    view.signed_before_enabled.setChecked(True)
    assert len(_titles(loaded)) == 8
    view.search.setText("interpol")
    assert _titles(loaded) == ["wco-interpol-2003"]
    assert view.count_label.text() == "1 of 15"


def test_dates_follow_the_register_language(loaded: Application) -> None:
    dock = loaded.register.dock
    view = dock.register_view
    view.search.setText("caricc")
    dock.set_language("fr")
    signed = view.proxy.index(0, 3).data()
    assert signed == "30 mars 2010"
    dock.set_language("ru")
    assert view.proxy.index(0, 3).data() == "30 марта 2010\u202fг."


def test_partner_page_shows_the_caricc_versions(loaded: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    dock = loaded.register.dock
    dock.set_language("fr")
    dock.register_view.search.setText("caricc")
    dock.register_view.select_entry(dock.register_view.visible_entry_ids()[0])
    page = dock.partner_page
    assert page.agreement_titles() == [
        "Protocole d'accord concernant la coopération entre l'OMD et CARICC"]
    entry = page.tree.topLevelItem(0)
    children = [entry.child(i).text(0) for i in range(entry.childCount())]
    assert children == ["Signed by OMD", "Signed by CARICC", "Version 1 (the signed text)"]
    assert entry.child(1).text(1) == "30 mars 2010, Астана"


def test_opening_the_caricc_entry_opens_the_demo(loaded: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    register = loaded.register
    snapshot = register.snapshot
    assert snapshot is not None
    caricc = next(e for e in snapshot.entries if e.uid == "wco-caricc-2010")
    loaded.controller.current_id = None
    loaded.controller.current_agreement = None
    assert caricc.id is not None
    register.open_entry(caricc.id)
    qtbot.waitUntil(lambda: loaded.controller.current_agreement is not None, timeout=5000)
    assert loaded.controller.current_id == snapshot.agreement_id(caricc)
    assert loaded.window.agreement_list.selected_id() == loaded.controller.current_id


def test_a_review_next_month_is_in_the_due_timeline(
    loaded: Application, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    next_month = (dt.date.today().replace(day=1) + dt.timedelta(days=32)).replace(day=10)
    db = open_database(loaded.context.database_path)
    store = RegisterStore(db)
    who = next(e for e in store.entries() if e.uid == "wco-who-2002")
    store.save_entry(dataclasses.replace(who, review_on=next_month))
    db.conn.close()
    loaded.register.dock.set_language("en")
    with qtbot.waitSignal(loaded.register.loaded, timeout=5000):
        loaded.register.reload()
    rows = loaded.register.dock.due_timeline.rows()
    assert rows == [[format_date(next_month, "long", locale="en_GB"), "Review", "WHO",
                     "Memorandum of Understanding between the WCO and the WHO"]]


def _import_bad_csv_declining(loaded: Application, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                              monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Import a CSV with an impossible date, answer No to skipping it; what was asked."""
    path = tmp_path / "bad.csv"
    path.write_text("uid,partner,review_on\nwco-who-2002,who,2027-02-30\n", encoding="utf-8")
    asked: list[str] = []

    def decline(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    loaded.register.files.import_file(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    return asked


def test_a_bad_csv_offers_to_skip_and_imports_nothing_when_declined(
    loaded: Application, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    asked = _import_bad_csv_declining(loaded, qtbot, tmp_path, monkeypatch)
    assert "line 2: review_on: '2027-02-30' is not a date" in asked[0]
    assert "nothing was imported" in asked[0]


def test_export_writes_the_shown_rows(loaded: Application, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = loaded.register.dock.register_view
    view.signed_before_enabled.setChecked(True)
    out = tmp_path / "before-2005.csv"
    with qtbot.waitSignal(loaded.register.files.exported, timeout=5000) as signal:
        loaded.register.files.export_file(out)
    assert signal.args == [8]
    assert "wco-interpol-2003" in out.read_text(encoding="utf-8")


def test_edit_dialog_puts_a_review_date_in_the_due_timeline(
    loaded: Application, qtbot  # type: ignore[no-untyped-def]
) -> None:
    from mou_studio.ui.register.entry_dialog import EntryDialog

    snapshot = loaded.register.snapshot
    assert snapshot is not None
    interpol = next(e for e in snapshot.entries if e.uid == "wco-interpol-2003")
    dialog = EntryDialog(interpol, "en")
    qtbot.addWidget(dialog)
    next_month = (dt.date.today().replace(day=1) + dt.timedelta(days=32)).replace(day=3)
    dialog.dates["review_on"].setText("2027-02-30")
    dialog._on_accepted()
    assert "Review: '2027-02-30' is not a date" in dialog.error.text()
    dialog.dates["review_on"].setText(next_month.isoformat())
    dialog.notice_days.setValue(30)
    changes = dialog.changes()
    assert (changes["review_on"], changes["notice_days"]) == (next_month, 30)
    with qtbot.waitSignal(loaded.register.loaded, timeout=5000):
        loaded.register.save_entry(dataclasses.replace(interpol, **changes))
    rows = loaded.register.dock.due_timeline.rows()
    assert [r[1:3] for r in rows] == [["Review", "INTERPOL"]]


def test_a_good_csv_is_imported_in_the_background(
    loaded: Application, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "status.csv"
    path.write_text("uid,partner,status\nwco-incb-2012,incb,in-effect\n", encoding="utf-8")
    with qtbot.waitSignal(loaded.register.files.imported, timeout=5000) as signal:
        loaded.register.files.import_file(path)
    assert (signal.args[0].created, signal.args[0].updated) == (0, 1)
    qtbot.waitUntil(lambda: any(
        e.uid == "wco-incb-2012" and e.status.value == "in-effect"
        for e in (loaded.register.snapshot.entries if loaded.register.snapshot else [])),
        timeout=5000)


def test_new_entry_for_the_open_agreement(
    loaded: Application, qtbot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QDialog

    from mou_studio.ui.register.new_entry_dialog import NewEntryDialog

    def fill(dialog: NewEntryDialog) -> QDialog.DialogCode:
        dialog.partner.setCurrentIndex(dialog.partner.findData("interpol"))
        dialog.title.setText("Customs–police MoU, second edition")
        dialog.status.setCurrentIndex(dialog.status.findData("negotiation"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewEntryDialog, "exec", fill)
    with qtbot.waitSignal(loaded.register.loaded, timeout=5000):
        loaded.register.new_action.trigger()
    snapshot = loaded.register.snapshot
    assert snapshot is not None
    added = [e for e in snapshot.partner_entries("interpol") if e.status.value == "negotiation"]
    assert len(added) == 1
    assert added[0].agreement_uid == "wco-caricc-2010"  # the demo open in the editor
    assert added[0].uid == f"interpol-{dt.date.today().year}"


def test_a_signed_copy_is_listed_on_the_partner_page_and_saved_back(
    loaded: Application, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    snapshot = loaded.register.snapshot
    assert snapshot is not None
    caricc = next(e for e in snapshot.entries if e.uid == "wco-caricc-2010")
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% both signatures\n")
    with qtbot.waitSignal(loaded.register.loaded, timeout=5000):
        loaded.register.files.attach_file(caricc.id or 0, scan)
    dock = loaded.register.dock
    dock.register_view.search.setText("caricc")
    dock.register_view.select_entry(caricc.id or 0)
    entry = dock.partner_page.tree.topLevelItem(0)
    copy = entry.child(entry.childCount() - 1)
    assert copy.text(0) == "Signed copy: signed.pdf"
    out = tmp_path / "back.pdf"
    loaded.register.files.save_copy(int(copy.data(0, Qt.ItemDataRole.UserRole + 2)), out)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes() == scan.read_bytes()


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_the_register_speaks_french_under_a_french_interface(
    translated: Application, qtbot  # type: ignore[no-untyped-def]
) -> None:
    register = translated.register
    qtbot.waitUntil(lambda: register.snapshot is not None, timeout=10000)
    titles = [a.text() for a in translated.window.menuBar().actions()]
    assert "&Registre" in titles
    assert register.dock.windowTitle() == "Registre des accords"
    assert register.dock.current_language() == "fr"  # names and dates follow at first
    view = register.dock.register_view
    view.search.setText("caricc")
    row = [view.proxy.index(0, c).data() for c in range(4)]
    assert row == ["CARICC", "Protocole d'accord concernant la coopération entre l'OMD et "
                   "CARICC", "Signé", "30 mars 2010"]
    assert view.proxy.headerData(3, Qt.Orientation.Horizontal) == "Signé le"


def test_a_bad_csv_is_explained_in_the_interface_language(
    loaded: Application, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QCoreApplication

    from mou_studio.ui.messages import CoreMessageTranslator
    from tests.support.catalogues import translations

    french = CoreMessageTranslator(translations("fr", {
        "line {line}: {problem}": "ligne {line} : {problem}",
        "{column}: {problem}": "{column} : {problem}",
        "'{text}' is not a date (write YYYY-MM-DD)":
            "« {text} » n'est pas une date (écrivez AAAA-MM-JJ)",
    }), loaded.register)
    QCoreApplication.installTranslator(french)
    try:
        asked = _import_bad_csv_declining(loaded, qtbot, tmp_path, monkeypatch)
    finally:
        QCoreApplication.removeTranslator(french)
    assert "ligne 2 : review_on : « 2027-02-30 » n'est pas une date (écrivez AAAA-MM-JJ)" \
        in asked[0]


def test_every_partner_can_be_chosen_even_one_without_agreements(loaded: Application,
                                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    page = loaded.register.dock.partner_page
    chooser = page.chooser
    snapshot = loaded.register.snapshot
    assert snapshot is not None
    assert chooser.count() == len(snapshot.partners) == 18
    index = chooser.findData("wipo")  # a partner with no MoU in the seed
    assert index >= 0
    chooser.activated.emit(index)
    assert page.partner_key == "wipo"
    assert page.agreement_titles() == ["No agreement recorded with this partner"]
    assert "WIPO" in page.header.text() or "OMPI" in page.header.text()
    assert page.edit_partner_button.isEnabled()
    assert chooser.currentIndex() == index
