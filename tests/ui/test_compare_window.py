"""The compare window: aligned panes, change list with filters, F7 navigation, exports."""

from __future__ import annotations

import copy

import pytest
from compare_scenarios import negotiated
from PySide6.QtWidgets import QFileDialog, QInputDialog, QToolBar, QToolButton

from mou_studio.core.compare.sources import Side
from mou_studio.core.messages import msg
from mou_studio.core.model import Node, NodeKind
from mou_studio.core.storage import AgreementStore, open_database
from mou_studio.ui.app import Application
from mou_studio.ui.compare_controller import CompareController
from mou_studio.ui.compare_panes import ComparePanes
from mou_studio.ui.compare_session import CompareSession


def _compare_controller(application: Application) -> CompareController:
    controller = application.window.findChild(CompareController)
    assert controller is not None
    return controller


def _open_negotiated(application: Application, qtbot) -> CompareSession:  # type: ignore[no-untyped-def]
    original = application.controller.current_agreement
    assert original is not None
    session = _compare_controller(application).open_compare(
        Side(original, "signed"), Side(negotiated(original), "CARICC draft"))
    qtbot.addWidget(session.window)
    qtbot.waitUntil(lambda: session.changes is not None and session.task is None,
                    timeout=20000)
    return session


def test_compare_shows_aligned_rows_and_counted_changes(application, qtbot):
    session = _open_negotiated(application, qtbot)
    window = session.window
    changes = window.change_list
    titles = [changes.list.item(i).text().split("\n")[0] for i in range(changes.list.count())]
    assert titles == ["Article 6 → Article 3", "Article 3 → Article 4",
                      "Article 4 → Article 5", "Article 5 → Article 6", "Article 8"]
    assert changes.filters[next(k for k in changes.filters if k.value == "renumbered")
                           ].text() == "renumbered only (2)"
    panes = window.panes
    assert panes.row_count() == len(session.rows)
    inserted_at = next(i for i, r in enumerate(session.rows) if r.title == "Article 6 → Article 3"
                       and r.reported)
    assert "moved from Article 6" in panes.side_text(inserted_at, new=False)
    assert "Exception" in panes.side_text(inserted_at, new=True)


def test_f7_walks_the_filtered_changes(application, qtbot):
    session = _open_negotiated(application, qtbot)
    window = session.window
    reworded = next(k for k in window.change_list.filters if k.value == "reworded")
    for kind, box in window.change_list.filters.items():
        box.setChecked(kind is reworded)
    window.next_action.trigger()
    first = window.panes.current_row()
    assert session.rows[first].title == "Article 5 → Article 6"
    window.next_action.trigger()
    assert session.rows[window.panes.current_row()].title == "Article 8"
    window.previous_action.trigger()
    assert window.panes.current_row() == first
    assert window.next_action.shortcut().toString() == "F7"
    assert window.previous_action.shortcut().toString() == "Shift+F7"


def test_ignore_renumbering_recompares(application, qtbot):
    session = _open_negotiated(application, qtbot)
    session.window.ignore_renumbering_action.setChecked(True)
    qtbot.waitUntil(lambda: session.task is None and session.window.change_list.list.count()
                    == 3, timeout=20000)


def test_export_redline_and_blackline(application, qtbot, tmp_path, monkeypatch):
    session = _open_negotiated(application, qtbot)
    for name, action in (("red.docx", session.window.export_redline_action),
                         ("black.docx", session.window.export_blackline_action)):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        # The window is busy (export actions disabled) until the previous job finished.
        qtbot.waitUntil(action.isEnabled, timeout=20000)
        action.trigger()
        qtbot.waitUntil(target.exists, timeout=20000)


def test_two_versions_from_the_history(application, qtbot, monkeypatch, tmp_path):
    db = open_database(application.context.database_path)
    store = AgreementStore(db)
    draft = copy.deepcopy(store.get(1))
    draft.body[0].children.append(Node(NodeKind.PARAGRAPH, text={"fr": "Nouveau."}))
    store.save(1, draft)
    db.conn.close()
    answers = iter(["Version 1 — Texte signé", "Working copy"])

    def pick(_parent, _title, _label, items, *_args):  # type: ignore[no-untyped-def]
        wanted = next(answers)
        return next(item for item in items if item.startswith(wanted)), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    controller = _compare_controller(application)
    controller.versions_action.trigger()
    qtbot.waitUntil(lambda: bool(controller.sessions)
                    and controller.sessions[0].changes is not None, timeout=20000)
    session = controller.sessions[0]
    qtbot.addWidget(session.window)
    assert session.changes.summary()["reworded"] == 1


def test_compare_menu_is_in_the_main_window(application):
    menu = application.window.menu("compare")
    assert [a.text() for a in menu.actions()] == [
        "Two &Files…", "Two &Versions of This Agreement…"]
    assert application.window.acceptDrops()


def test_two_files_open_a_compare(application, qtbot, tmp_path):
    from compare_scenarios import seed_file, seed_lines

    lines = seed_lines(seed_file("000"))
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n\n".join(lines), encoding="utf-8")
    new.write_text("\n\n".join(lines).replace("trois mois", "six mois"), encoding="utf-8")
    controller = _compare_controller(application)
    controller.compare_files(old, new)
    qtbot.waitUntil(lambda: bool(controller.sessions)
                    and controller.sessions[0].changes is not None, timeout=15000)
    session = controller.sessions[0]
    qtbot.addWidget(session.window)
    assert session.old.paragraphs is not None
    assert [r.title for r in session.rows if r.is_change] == ["Article 8"]


def test_only_two_agreement_files_are_taken_from_a_drop(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from mou_studio.ui.compare_controller import _dropped_pair

    kept: list[QMimeData] = []  # a drop event does not own its mime data

    def drop(*names: str) -> QDropEvent:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in names])
        kept.append(mime)
        return QDropEvent(QPoint(1, 1), Qt.DropAction.CopyAction, mime,
                          Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)

    assert _dropped_pair(drop("a.docx", "b.txt")) == (tmp_path / "a.docx", tmp_path / "b.txt")
    assert _dropped_pair(drop("a.docx")) is None
    assert _dropped_pair(drop("a.docx", "b.pdf")) is None


@pytest.mark.parametrize("translated", ["en", "fr", "ru"], indirect=True)
def test_toolbar_fits_a_laptop_wide_window_in_every_language(translated, qtbot):
    session = _open_negotiated(translated, qtbot)
    window = session.window
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    toolbar = window.findChild(QToolBar, "compareToolbar")
    assert toolbar is not None
    overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible()


def test_ignore_options_sit_behind_one_button_that_shows_when_one_is_on(application, qtbot):
    session = _open_negotiated(application, qtbot)
    button = session.window.findChild(QToolButton, "compareOptionsButton")
    assert button is not None and button.menu() is not None
    assert session.window.ignore_case_action in button.menu().actions()
    assert not button.font().bold()
    session.window.ignore_case_action.setChecked(True)
    assert button.font().bold()


def test_side_names_made_by_the_core_are_rendered_for_people(application, qtbot):
    original = application.controller.current_agreement
    assert original is not None
    session = _compare_controller(application).open_compare(
        Side(original, msg("agreement {id}, version {number}", id=1, number=2)),
        Side(negotiated(original), msg("agreement {id} (working copy)", id=1)))
    qtbot.addWidget(session.window)
    qtbot.waitUntil(lambda: session.changes is not None and session.task is None,
                    timeout=20000)
    title = session.window.windowTitle()
    assert title.startswith("agreement 1, version 2 ↔ agreement 1 (working copy)")
    assert "agreement 1, version 2" in session.window.panes.old_caption.text()


def test_a_file_name_with_markup_characters_is_shown_as_typed(qtbot):
    panes = ComparePanes()
    qtbot.addWidget(panes)
    panes.set_captions("R&D <draft>.docx", "b.docx")
    assert "R&amp;D &lt;draft&gt;.docx" in panes.old_caption.text()
