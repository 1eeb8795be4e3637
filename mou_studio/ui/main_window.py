"""The main window: navigator (agreements and outline), reading view, menus, status bar.

The window only builds widgets and actions; :mod:`mou_studio.ui.main_controller` wires
them to the core. A feature adds itself from the composition root with
:meth:`MainWindow.menu` (the standard menus by key: "file", "edit", "view", "help", and
new ones created on demand such as "compare"), :meth:`MainWindow.add_dock` and the
signals of the navigator widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mou_studio import APP_NAME
from mou_studio.ui.agreement_list import AgreementList
from mou_studio.ui.document_view import DocumentView
from mou_studio.ui.outline_view import OutlineView

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
STANDARD_MENUS = ("file", "edit", "view")


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._settings = settings
        self._menus: dict[str, QMenu] = {}
        # Each guard may veto closing (unsaved work the user wants to keep, …).
        self.close_guards: list[Callable[[], bool]] = []
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 800)

        self.document_view = DocumentView(self)
        self.setCentralWidget(self.document_view)
        self.agreement_list = AgreementList()
        self.outline_view = OutlineView()
        self.navigator_dock = self._build_navigator()
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_actions()
        self._build_menus()

    # -- building ------------------------------------------------------------------

    def _build_navigator(self) -> QDockWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._titled(self.tr("Agreements"), self.agreement_list))
        splitter.addWidget(self._titled(self.tr("Outline"), self.outline_view))
        splitter.setStretchFactor(1, 3)
        dock = QDockWidget(self.tr("Navigator"), self)
        dock.setObjectName("navigatorDock")
        dock.setWidget(splitter)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [360], Qt.Orientation.Horizontal)
        return dock

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        caption = QLabel(f"<b>{title}</b>")
        caption.setBuddy(widget)
        layout.addWidget(caption)
        layout.addWidget(widget)
        return box

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str
                | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.open_database_action = self._action(self.tr("Open &Database…"))
        self.quit_action = self._action(self.tr("&Quit"), keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_action = self._action(self.tr("&Copy"), keys.Copy)
        self.select_all_action = self._action(self.tr("Select &All"), keys.SelectAll)
        self.find_action = self._action(self.tr("&Find…"), keys.Find)
        self.find_next_action = self._action(self.tr("Find &Next"), keys.FindNext)
        self.find_previous_action = self._action(self.tr("Find Pre&vious"), keys.FindPrevious)
        self.zoom_in_action = self._action(self.tr("Zoom &In"), keys.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), keys.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), "Ctrl+0")
        self.refresh_action = self._action(self.tr("&Reload"), keys.Refresh)
        self.about_action = self._action(self.tr("&About MoU Studio"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        # Literal tr() calls, so that lupdate sees each title.
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View")}
        for key in STANDARD_MENUS:
            self._menus[key] = self._new_menu(titles[key])
        file_menu = self._menus["file"]
        file_menu.addAction(self.open_database_action)
        file_menu.addSeparator()
        self._file_tail = file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = self._menus["edit"]
        edit.addActions([self.copy_action, self.select_all_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        view = self._menus["view"]
        toggle = self.navigator_dock.toggleViewAction()
        toggle.setText(self.tr("&Navigator"))
        # Not Ctrl+Shift+N: that is Structure > New Paragraph or Point.
        toggle.setShortcut(QKeySequence("F9"))
        view.addAction(toggle)
        view.addSeparator()
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view.addSeparator()
        self.language_menu = QMenu(self.tr("Language &Version"), self)
        view.addMenu(self.language_menu)
        view.addAction(self.refresh_action)
        self._menus["help"] = self._new_menu(self.tr("&Help"))
        self._menus["help"].addActions([self.about_action, self.about_qt_action])

    def _new_menu(self, title: str, before: QMenu | None = None) -> QMenu:
        """A menu created here and owned by the window, added to the menu bar.

        ``menuBar().addMenu(title)`` would hand back a menu created by Qt whose Python
        wrapper PySide ties to the menu bar's QAction wrapper: once any caller lets a
        ``menuBar().actions()`` list go, that wrapper (and every action wrapper that
        ``insertAction`` tied to it) is invalidated while Qt still shows them, and
        using them raises "Internal C++ object already deleted".
        """
        menu = QMenu(title, self)
        if before is None:
            self.menuBar().addMenu(menu)
        else:
            self.menuBar().insertMenu(before.menuAction(), menu)
        return menu

    # -- extension points ----------------------------------------------------------

    def menu(self, key: str, title: str | None = None) -> QMenu:
        """The menu ``key``; a new one is created before Help when ``title`` is given."""
        if key not in self._menus:
            self._menus[key] = self._new_menu(title or key.title(), self._menus["help"])
        return self._menus[key]

    def add_file_action(self, action: QAction) -> None:
        """Add a File menu entry above Quit (Import…, Export…, New from template…)."""
        self._menus["file"].insertAction(self._file_tail, action)

    def add_dock(self, dock: QDockWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 menu_text: str | None = None) -> None:
        """Add a feature's dock and its toggle to the View menu.

        ``menu_text`` is the toggle's menu entry with its mnemonic ("Undo &History"); the
        dock's own title stays free of "&", which its title bar and tab would show.
        """
        self.addDockWidget(area, dock)
        content = dock.widget()
        if content is not None and not content.accessibleName():
            content.setAccessibleName(dock.windowTitle().replace("&", ""))
        toggle = dock.toggleViewAction()
        view = self._menus["view"]
        if menu_text is not None:
            toggle.setText(menu_text)
        elif "&" not in toggle.text():  # reachable from the keyboard, in any language
            used = {_mnemonic(a.text()) for a in view.actions()}
            toggle.setText(_with_free_mnemonic(toggle.text(), used))
        view.insertAction(self.zoom_in_action, toggle)

    # -- state ---------------------------------------------------------------------

    def set_database_label(self, text: str) -> None:
        self.database_label.setText(text)

    def restore_state(self) -> None:
        """Restore geometry and dock layout; call once every feature added its docks."""
        geometry = self._settings.value(GEOMETRY_KEY)
        state = self._settings.value(STATE_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_size()
        if not (isinstance(state, QByteArray) and self.restoreState(state)):
            self._default_layout()

    def _default_layout(self) -> None:
        """First start: the text keeps the room; each side's docks share one tabbed pane."""
        areas = (Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        for area in areas:
            docks = [d for d in self.findChildren(QDockWidget)
                     if self.dockWidgetArea(d) == area and not d.isHidden()
                     and d is not self.navigator_dock]
            for other in docks[1:]:
                self.tabifyDockWidget(docks[0], other)
            if docks:
                docks[0].raise_()
        # Dock sizes only stick once the window is laid out on screen.
        QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        width, height = self.width(), self.height()
        for dock in self.findChildren(QDockWidget):
            area = self.dockWidgetArea(dock)
            if area == Qt.DockWidgetArea.RightDockWidgetArea:
                self.resizeDocks([dock], [width // 4], Qt.Orientation.Horizontal)
            elif area == Qt.DockWidgetArea.BottomDockWidgetArea:
                self.resizeDocks([dock], [height // 4], Qt.Orientation.Vertical)
            elif dock is self.navigator_dock:
                self.resizeDocks([dock], [width // 5], Qt.Orientation.Horizontal)

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))

    def save_geometry(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        self.save_geometry()
        super().closeEvent(event)


def _mnemonic(text: str) -> str | None:
    """The mnemonic letter of a menu text ("&File" -> "f"), if any."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def _with_free_mnemonic(text: str, used: set[str | None]) -> str:
    """``text`` with a mnemonic on the first letter not yet used (word starts first)."""
    starts = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or text[i - 1] == " ")]
    others = [i for i, c in enumerate(text) if c.isalnum() and i not in starts]
    for i in starts + others:
        if text[i].lower() not in used:
            return text[:i] + "&" + text[i:]
    return text
