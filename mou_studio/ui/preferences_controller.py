"""Wires Edit ▸ Preferences… to the settings (language and theme, used at next start)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from mou_studio.ui.context import AppContext
from mou_studio.ui.i18n import LANGUAGE_KEY, SYSTEM
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.preferences_dialog import PreferencesDialog
from mou_studio.ui.theme import THEME_KEY


class PreferencesController(QObject):
    """Adds Edit ▸ Preferences… and stores what the user chose in QSettings."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.action = QAction(self.tr("&Preferences…"), window)
        self.action.setObjectName("preferencesAction")
        # The platform's own key where it has one (Cmd+, on macOS), and Ctrl+, everywhere.
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.action.setShortcuts([*keys, QKeySequence("Ctrl+,")])
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit = window.menu("edit")
        edit.addSeparator()
        edit.addAction(self.action)
        self.action.triggered.connect(self._on_action_triggered)

    def dialog(self) -> PreferencesDialog:
        """A dialog showing the current choices (tests fill and accept it themselves)."""
        settings = self.ctx.settings
        return PreferencesDialog(str(settings.value(LANGUAGE_KEY, SYSTEM)),
                                 str(settings.value(THEME_KEY, "system")), self.window)

    def apply(self, dialog: PreferencesDialog) -> None:
        """Store the dialog's choices."""
        self.ctx.settings.setValue(LANGUAGE_KEY, dialog.language())
        self.ctx.settings.setValue(THEME_KEY, dialog.theme())
        self.ctx.settings.sync()
        self.window.statusBar().showMessage(
            self.tr("Preferences saved; they take effect at the next start."), 6000)

    def _on_action_triggered(self) -> None:
        dialog = self.dialog()
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply(dialog)
