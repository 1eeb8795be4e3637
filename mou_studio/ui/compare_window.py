"""The compare window: change list and filters, side-by-side panes, switches, exports.

It only builds widgets and actions; :class:`~mou_studio.ui.compare_session.CompareSession`
runs the compare and wires them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QToolBar, QToolButton, QWidget

from mou_studio import APP_NAME
from mou_studio.ui.change_list import ChangeList
from mou_studio.ui.compare_panes import ComparePanes


class CompareWindow(QMainWindow):
    """One compare of two versions, in its own window."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Compare — %1").replace("%1", APP_NAME))
        self.resize(1300, 850)
        self.change_list = ChangeList()
        self.panes = ComparePanes()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.change_list)
        splitter.addWidget(self.panes)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([280, 1020])
        self.setCentralWidget(splitter)
        self._build_actions()
        self._build_toolbar()

    def _action(self, text: str, shortcut: QKeySequence | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        return action

    def _build_actions(self) -> None:
        self.next_action = self._action(self.tr("&Next Change"), QKeySequence("F7"))
        self.previous_action = self._action(self.tr("&Previous Change"),
                                            QKeySequence("Shift+F7"))
        self.ignore_case_action = self._action(self.tr("Ignore &Case"), checkable=True)
        self.ignore_whitespace_action = self._action(
            self.tr("Ignore &Whitespace and Punctuation"), checkable=True)
        self.ignore_renumbering_action = self._action(self.tr("Ignore Ren&umbering"),
                                                      checkable=True)
        self.export_redline_action = self._action(self.tr("Export &Redline…"))
        self.export_blackline_action = self._action(self.tr("Export &Blackline…"))
        self.close_action = self._action(self.tr("C&lose"),
                                         QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Compare"))
        toolbar.setObjectName("compareToolbar")
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        toolbar.addWidget(self._options_button())
        toolbar.addSeparator()
        toolbar.addActions([self.export_redline_action, self.export_blackline_action])
        self.addToolBar(toolbar)
        menu = self.menuBar().addMenu(self.tr("&Compare"))
        menu.addActions([self.export_redline_action, self.export_blackline_action])
        menu.addSeparator()
        menu.addActions([self.previous_action, self.next_action])
        menu.addSeparator()
        menu.addActions([self.ignore_case_action, self.ignore_whitespace_action,
                         self.ignore_renumbering_action])
        menu.addSeparator()
        menu.addAction(self.close_action)

    def _options_button(self) -> QToolButton:
        """The ignore toggles behind one drop-down: spelt out in Russian or French they
        would push the export buttons off a laptop-wide toolbar. Bold while one is on."""
        toggles = [self.ignore_case_action, self.ignore_whitespace_action,
                   self.ignore_renumbering_action]
        button = QToolButton()
        button.setObjectName("compareOptionsButton")
        button.setText(self.tr("Options"))
        button.setToolTip(self.tr("What the comparison ignores"))
        button.setAccessibleName(self.tr("Comparison options"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addActions(toggles)
        button.setMenu(menu)

        def show_state() -> None:
            font = button.font()
            font.setBold(any(toggle.isChecked() for toggle in toggles))
            button.setFont(font)

        for toggle in toggles:
            toggle.toggled.connect(show_state)
        return button

    def set_busy(self, busy: bool) -> None:
        """Disable what must wait while a compare or an export runs."""
        for action in (self.export_redline_action, self.export_blackline_action,
                       self.ignore_case_action, self.ignore_whitespace_action,
                       self.ignore_renumbering_action):
            action.setEnabled(not busy)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)
