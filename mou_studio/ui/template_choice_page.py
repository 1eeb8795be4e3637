"""The wizard's first page: which template, and in which languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mou_studio.core.templates import Template

LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ru": "Русский"}


class TemplateChoicePage(QWizardPage):
    """A list of templates with their description and the language versions to draft."""

    def __init__(self, templates: list[Template], ui_lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a template"))
        self.templates = templates
        self.ui_lang = ui_lang
        self.template_list = QListWidget()
        for template in templates:
            item = QListWidgetItem(template.display_name(ui_lang))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.template_list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.language_box = QHBoxLayout()
        self.language_checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.template_list)
        layout.addWidget(self.description)
        layout.addWidget(QLabel(self.tr("Language versions:")))
        layout.addLayout(self.language_box)
        self.template_list.currentRowChanged.connect(self._on_template_changed)
        if templates:
            self.template_list.setCurrentRow(0)

    def current_template(self) -> Template | None:
        """The selected template, or None."""
        row = self.template_list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def select(self, template_id: str) -> None:
        """Select the template with this id."""
        ids = [t.id for t in self.templates]
        if template_id in ids:
            self.template_list.setCurrentRow(ids.index(template_id))

    def languages(self) -> list[str]:
        """The checked languages, in the template's order (the first is the primary)."""
        return [lang for lang, check in self.language_checks.items() if check.isChecked()]

    def _on_template_changed(self, _row: int) -> None:
        template = self.current_template()
        for check in self.language_checks.values():
            self.language_box.removeWidget(check)
            check.deleteLater()
        self.language_checks.clear()
        if template is None:
            self.description.clear()
            return
        text = template.description.get(self.ui_lang) or next(
            iter(template.description.values()), "")
        self.description.setText(f"{text}<br><i>{template.source}</i>")
        for lang in template.languages:
            check = QCheckBox(LANGUAGE_NAMES.get(lang, lang))
            check.setChecked(True)
            check.toggled.connect(self.completeChanged)
            self.language_checks[lang] = check
            self.language_box.addWidget(check)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.current_template() is not None and bool(self.languages())
