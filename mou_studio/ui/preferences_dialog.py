"""Edit ▸ Preferences…: the interface language and the appearance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mou_studio.ui.i18n import SYSTEM

# Each language is named in itself, so a user lost in a foreign interface finds theirs.
LANGUAGE_CHOICES = (("en", "English"), ("fr", "Français"), ("ru", "Русский"))


class PreferencesDialog(QDialog):
    """Lets the user choose the interface language and theme; the caller stores them."""

    def __init__(self, language: str, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(self.tr("Interface language"))
        self.language_box.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGE_CHOICES:
            self.language_box.addItem(name, code)
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        self.theme_box.setAccessibleName(self.tr("Appearance"))
        for code, name in (("system", self.tr("Follow the system")),
                           ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme_box.addItem(name, code)
        self._select(self.language_box, language)
        self._select(self.theme_box, theme)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        language_label = QLabel(self.tr("Interface &language:"))
        language_label.setBuddy(self.language_box)
        theme_label = QLabel(self.tr("&Appearance:"))
        theme_label.setBuddy(self.theme_box)
        form.addRow(language_label, self.language_box)
        form.addRow(theme_label, self.theme_box)
        note = QLabel(self.tr("Changes take effect the next time MoU Studio starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def language(self) -> str:
        return str(self.language_box.currentData())

    def theme(self) -> str:
        return str(self.theme_box.currentData())
