"""The clause library dock's content: search, results, preview per language, history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.library.model import TOPICS, VersionSummary
from mou_studio.core.model import LANGUAGES
from mou_studio.ui.clause_results import ClauseResultList
from mou_studio.ui.library_labels import topic_label, value_label

LANGUAGE_TABS = {"fr": "Français", "en": "English", "ru": "Русский"}
VERSION_ROLE = Qt.ItemDataRole.UserRole


class LibraryPanel(QWidget):
    """Lays out the library widgets; :class:`LibraryController` wires them to the core."""

    version_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("librarySearch")
        self.search_box.setPlaceholderText(self.tr("Search clauses (accents ignored)…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.search_box.placeholderText())
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName(self.tr("All topics"))
        self.topic_filter.addItem(self.tr("All topics"), "")
        for topic in TOPICS:
            self.topic_filter.addItem(topic_label(topic), topic.key)
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("All languages"))
        self.language_filter.addItem(self.tr("All languages"), "")
        for lang in LANGUAGES:
            self.language_filter.addItem(LANGUAGE_TABS[lang], lang)
        self.results = ClauseResultList()
        self.status_label = QLabel()
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setAccessibleName(self.tr("Preview"))
        self.previews: dict[str, QTextBrowser] = {}
        for lang in LANGUAGES:
            browser = QTextBrowser()
            browser.setObjectName(f"clausePreview_{lang}")
            browser.setAccessibleName(f"{self.tr('Preview')} ({LANGUAGE_TABS[lang]})")
            self.previews[lang] = browser
            self.preview_tabs.addTab(browser, LANGUAGE_TABS[lang])
        self.history = QListWidget()
        self.history.setObjectName("clauseHistory")
        self.preview_tabs.addTab(self.history, self.tr("History"))
        self.variant_choice = QComboBox()
        self.variant_choice.setObjectName("variantChoice")
        self.variant_choice.setToolTip(self.tr("The wording to insert"))
        self.variant_choice.setAccessibleName(self.variant_choice.toolTip())
        self.insert_button = QPushButton(self.tr("&Insert into Agreement"))
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self._lay_out()
        self.history.currentItemChanged.connect(self._on_history_current_item_changed)
        self.set_clause_actions_enabled(False)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.topic_filter, 2)
        filters.addWidget(self.language_filter, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search_box)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.results)
        top_layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.preview_tabs)
        splitter.setStretchFactor(1, 2)
        buttons = QGridLayout()
        buttons.addWidget(self.variant_choice, 0, 0, 1, 2)
        buttons.addWidget(self.insert_button, 0, 2, 1, 2)
        for column, button in enumerate((self.new_button, self.edit_button,
                                         self.duplicate_button, self.withdraw_button)):
            buttons.addWidget(button, 1, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        layout.addLayout(buttons)

    def set_clause_actions_enabled(self, enabled: bool) -> None:
        """Enable the buttons that act on the selected clause."""
        for button in (self.insert_button, self.edit_button, self.duplicate_button,
                       self.withdraw_button):
            button.setEnabled(enabled)

    def show_variants(self, labels: list[str]) -> None:
        """Offer the clause's variants, preferred first, for insertion."""
        self.variant_choice.clear()
        for number, label in enumerate(labels, 1):
            self.variant_choice.addItem(f"{number}. {label}", number - 1)

    def chosen_variant(self) -> int:
        return int(self.variant_choice.currentData() or 0)

    def show_previews(self, html_by_lang: dict[str, str]) -> None:
        for lang, browser in self.previews.items():
            browser.setHtml(html_by_lang.get(lang, ""))

    def show_history(self, versions: list[VersionSummary], shown: int) -> None:
        self.history.blockSignals(True)
        self.history.clear()
        for version in reversed(versions):
            item = QListWidgetItem(
                self.tr("v%1 · %2 · %3").replace("%1", str(version.version))
                .replace("%2", value_label(version.status))
                .replace("%3", version.created_at.replace("T", " ")[:16]))
            item.setData(VERSION_ROLE, version.version)
            self.history.addItem(item)
            if version.version == shown:
                self.history.setCurrentItem(item)
        self.history.blockSignals(False)

    def filters(self) -> tuple[str | None, str | None]:
        """The chosen topic and language (None: any)."""
        return (self.topic_filter.currentData() or None,
                self.language_filter.currentData() or None)

    def _on_history_current_item_changed(self, current: QListWidgetItem | None,
                                         _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.version_selected.emit(int(current.data(VERSION_ROLE)))
