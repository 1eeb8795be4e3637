"""Keyboard and assistive technology: every action reachable, every widget named, dark theme."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollBar,
    QTabBar,
    QToolBar,
    QWidget,
)

from mou_studio.ui.app import Application
from mou_studio.ui.backup_dialog import RestoreBackupDialog
from mou_studio.ui.theme import THEME_KEY, apply_theme, dark_palette


def _mnemonic(text: str) -> str | None:
    """The mnemonic letter of a menu text ("&File" -> "f"), if it has one."""
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


@dataclass(frozen=True)
class _Entry:
    menu: str
    text: str
    shortcuts: tuple[str, ...]

    @property
    def has_shortcut(self) -> bool:
        return bool(self.shortcuts)


def _walk(menu: QMenu) -> list[_Entry]:
    menu.aboutToShow.emit()  # menus filled on demand fill themselves now
    title = menu.title()
    found: list[_Entry] = []
    for action in list(menu.actions()):
        if action.isSeparator():
            continue
        found.append(_Entry(title, action.text(),
                            tuple(k.toString() for k in action.shortcuts())))
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _walk(submenu)
    return found


def _all_actions(assembled: Application) -> list[_Entry]:
    found: list[_Entry] = []
    for top in assembled.window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found += _walk(menu)
    return found


def _check_menus(assembled: Application) -> list[str]:
    problems: list[str] = []
    bar_letters = [_mnemonic(a.text()) for a in assembled.window.menuBar().actions()]
    if None in bar_letters or len(set(bar_letters)) != len(bar_letters):
        problems.append(f"menu bar mnemonics missing or repeated: {bar_letters}")
    letters: dict[str, list[str]] = {}
    for entry in _all_actions(assembled):
        menu, text = entry.menu, entry.text
        if not text.strip():
            problems.append(f"an action without text in {menu}")
            continue
        letter = _mnemonic(text)
        if letter is None and not entry.has_shortcut:
            problems.append(f"{menu} > {text}: no mnemonic and no shortcut")
        if letter is not None:
            letters.setdefault(menu, []).append(letter)
    for menu, used in letters.items():
        repeated = sorted({x for x in used if used.count(x) > 1})
        if repeated:
            problems.append(f"{menu}: repeated mnemonics {repeated}")
    return problems


def test_every_menu_action_has_text_and_a_mnemonic_or_shortcut(
    application: Application,
) -> None:
    actions = _all_actions(application)
    assert len(actions) >= 15
    assert _check_menus(application) == []


@pytest.mark.parametrize("translated", ["fr", "ru"], indirect=True)
def test_translated_menus_keep_unique_mnemonics(translated: Application) -> None:
    assert _check_menus(translated) == []


def test_main_widgets_have_accessible_names_and_take_focus(application: Application) -> None:
    window = application.window
    for widget in (window.agreement_list, window.outline_view, window.document_view):
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()
    dialog = application.preferences.dialog()
    assert dialog.language_box.accessibleName() and dialog.theme_box.accessibleName()
    assert RestoreBackupDialog([], window).table.accessibleName()


def test_every_input_widget_of_the_window_is_named(application: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a screen reader announces: its accessible name, a buddy label or its text."""
    window = application.window
    for dock in window.findChildren(QDockWidget):
        dock.show()  # the docks of every feature, tabbed or not
        dock.raise_()
    qtbot.wait(50)
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    parts_of_others = (QScrollBar, QTabBar, QHeaderView, QMenuBar, QToolBar)
    unnamed = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
        and not isinstance(w, parts_of_others) and not w.objectName().startswith("qt_")
        and not (isinstance(w, QAbstractButton) and w.text())
        and not w.accessibleName() and id(w) not in buddies
    ]
    assert unnamed == []


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_dark_palette_is_readable() -> None:
    palette = dark_palette()
    role = QPalette.ColorRole
    for text, back in ((role.Text, role.Base), (role.WindowText, role.Window),
                       (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight)):
        assert _contrast(palette.color(text), palette.color(back)) >= 4.5, text


def test_dark_theme_is_applied_when_chosen(application: Application) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_palette, before_style = app.palette(), app.style().name()
    settings: QSettings = application.context.settings
    try:
        settings.setValue(THEME_KEY, "light")
        assert apply_theme(settings, app) is False
        settings.setValue(THEME_KEY, "dark")
        assert apply_theme(settings, app) is True
        window_color = app.palette().color(QPalette.ColorRole.Base)
        assert window_color.lightness() < 60
    finally:
        QApplication.setStyle(before_style)
        app.setPalette(before_palette)


def test_the_menu_check_catches_an_unreachable_action(application: Application) -> None:
    application.window.menu("edit").addAction(QAction("Frobnicate", application.window))
    assert _check_menus(application) == ["&Edit > Frobnicate: no mnemonic and no shortcut"]


def test_menus_stay_usable_after_being_walked(application: Application) -> None:
    """Walking the menu bar leaves the actions alive for the code that holds them.

    PySide tied a menu made by ``menuBar().addMenu(title)`` to a temporary wrapper of the
    bar's action; once that was dropped, the View menu and the dock toggles inserted in
    it raised "Internal C++ object already deleted" although Qt still showed them.
    """
    held = application.window.menu("view").actions()
    _all_actions(application)
    assert all(action.text() is not None for action in held)
    view = application.window.menu("view")
    assert application.editor.editor_dock.toggleViewAction() in view.actions()


def _shortcut_owners(assembled: Application) -> dict[str, list[str]]:
    """Each key sequence of the main window's actions (menus, toolbars, docks) -> owners."""
    owners: dict[str, list[str]] = {}
    for action in assembled.window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners.setdefault(key.toString(), []).append(action.text())
    return owners


def test_no_two_actions_share_a_shortcut(application: Application) -> None:
    """Qt fires neither of two actions bound to one key ("ambiguous shortcut")."""
    owners = _shortcut_owners(application)
    assert len(owners) >= 20
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_the_shortcut_check_catches_a_clash(application: Application) -> None:
    clash = QAction("&Frobnicate", application.window)
    clash.setShortcut(application.window.find_action.shortcut())
    application.window.menu("edit").addAction(clash)
    shared = [sorted(v) for v in _shortcut_owners(application).values() if len(v) > 1]
    assert shared == [["&Find…", "&Frobnicate"]]
