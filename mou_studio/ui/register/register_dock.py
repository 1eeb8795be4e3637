"""The register dock: the table, the partner page and the due timeline, in tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDockWidget, QTabWidget, QWidget

from mou_studio.core.register.query import DEFAULT_DUE_WINDOW_DAYS
from mou_studio.ui.register.due_timeline import DueTimeline
from mou_studio.ui.register.labels import REGISTER_LANGUAGES
from mou_studio.ui.register.partner_page import PartnerPage
from mou_studio.ui.register.register_view import RegisterView

LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ru": "Русский"}


class RegisterDock(QDockWidget):
    """Lays out the register's three views; the controller fills and wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agreements Register"), parent)
        self.setObjectName("registerDock")
        self.register_view = RegisterView()
        self.partner_page = PartnerPage()
        self.due_timeline = DueTimeline()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of names and dates"))
        for code in REGISTER_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Agreements Register"))
        self.tabs.addTab(self.register_view, self.tr("Agreements"))
        self.tabs.addTab(self.partner_page, self.tr("Partner"))
        self.tabs.addTab(self.due_timeline,
                         self.tr("Due in %n Day(s)", "", DEFAULT_DUE_WINDOW_DAYS))
        self.tabs.setCornerWidget(self.language)
        self.setWidget(self.tabs)
        # The View menu lists this toggle: give it a mnemonic of its own.
        self.toggleViewAction().setText(self.tr("Agreements Re&gister"))

    def current_language(self) -> str:
        return str(self.language.currentData())

    def set_language(self, lang: str) -> None:
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def add_context_actions(self, entry_actions: list[QAction],
                            partner_actions: list[QAction]) -> None:
        """Right-click menus of the table and the partner page offer these actions."""
        for widget in (self.register_view.table, self.partner_page.tree):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            widget.addActions(entry_actions)
            separator = QAction(widget)
            separator.setSeparator(True)
            widget.addAction(separator)
            widget.addActions(partner_actions)

    def show_partner_tab(self) -> None:
        self.tabs.setCurrentWidget(self.partner_page)
