"""New / Edit / Duplicate clause dialog, validated by the core's clause rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.errors import InvalidDocument
from mou_studio.core.library.codec import clause_from_data
from mou_studio.core.library.model import (
    TOPICS,
    Clause,
    ClauseRegister,
    ClauseStatus,
    VariantLevel,
)
from mou_studio.core.model import LANGUAGES
from mou_studio.ui.library_labels import topic_label, value_label
from mou_studio.ui.messages import core_text

LEVELS = (VariantLevel.PREFERRED, VariantLevel.FALLBACK, VariantLevel.LAST_RESORT)


class _VariantEditor(QWidget):
    """The note and the three language texts of one variant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("When may a negotiator use this wording?"))
        form.addRow(self.tr("Note"), self.note)
        self.texts: dict[str, QPlainTextEdit] = {}
        for lang in LANGUAGES:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            self.texts[lang] = edit
            form.addRow(lang.upper(), edit)


class ClauseDialog(QDialog):
    """Edits every field of a clause; OK is refused (with the reason) until it is valid."""

    def __init__(self, parent: QWidget | None = None, clause: Clause | None = None,
                 editing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("clauseDialog")
        self.setWindowTitle(self.tr("Edit Clause") if editing else self.tr("New Clause"))
        self.resize(720, 760)
        self._origins = dict(clause.origins) if clause else {}
        self._notes = [dict(v.note) for v in clause.variants] if clause else []
        self.result_clause: Clause | None = None
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText("topic.short-name")
        self.id_edit.setReadOnly(editing)
        self.topic = QComboBox()
        for topic in TOPICS:
            self.topic.addItem(topic_label(topic), topic.key)
        self.register = QComboBox()
        for register in ClauseRegister:
            self.register.addItem(value_label(register), register.value)
        self.status = QComboBox()
        for status in ClauseStatus:
            self.status.addItem(value_label(status), status.value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.source = QLineEdit()
        self.titles = {lang: QLineEdit() for lang in LANGUAGES}
        self.variant_tabs = QTabWidget()
        self.variants = [_VariantEditor() for _ in LEVELS]
        for level, editor in zip(LEVELS, self.variants, strict=True):
            self.variant_tabs.addTab(editor, value_label(level))
        self.error_label = QLabel()
        self.error_label.setObjectName("clauseDialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c92a2a")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        if clause is not None:
            self._fill(clause)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Identifier"), self.id_edit)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Register"), self.register)
        form.addRow(self.tr("Status"), self.status)
        for lang, edit in self.titles.items():
            form.addRow(self.tr("Title (%1)").replace("%1", lang.upper()), edit)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Source"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.variant_tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _fill(self, clause: Clause) -> None:
        self.id_edit.setText(clause.id)
        self._select(self.topic, clause.topic)
        self._select(self.register, clause.register.value)
        self._select(self.status, clause.status.value)
        for lang, edit in self.titles.items():
            edit.setText(clause.title.get(lang, ""))
        self.tags.setText(", ".join(clause.tags))
        self.source.setText(clause.source)
        for level, editor in zip(LEVELS, self.variants, strict=True):
            variant = next((v for v in clause.variants if v.level is level), None)
            if variant is None:
                continue
            editor.note.setText(variant.note.get("en", ""))
            for lang, edit in editor.texts.items():
                edit.setPlainText(variant.text.get(lang, ""))

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def data(self) -> dict[str, Any]:
        """The form as clause data (the shape the core validates)."""
        variants: list[dict[str, Any]] = []
        for level, editor in zip(LEVELS, self.variants, strict=True):
            text = {lang: e.toPlainText() for lang, e in editor.texts.items()
                    if e.toPlainText().strip()}
            if not text:
                continue
            note = dict(self._notes[len(variants)]) if len(variants) < len(self._notes) else {}
            if editor.note.text().strip():
                note["en"] = editor.note.text().strip()
            variants.append({"level": level.value, "text": text, "note": note})
        titles = {lang: e.text() for lang, e in self.titles.items() if e.text().strip()}
        languages = [lang for lang in LANGUAGES if variants and lang in variants[0]["text"]]
        origins = {lang: o.value for lang, o in self._origins.items() if lang in languages}
        for position, lang in enumerate(languages):
            origins.setdefault(lang, "source" if position == 0 and not self._origins else "team")
        return {
            "id": self.id_edit.text().strip(),
            "topic": self.topic.currentData(),
            "title": titles,
            "register": self.register.currentData(),
            "status": self.status.currentData(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "source": self.source.text().strip(),
            "translation": origins,
            "variants": variants,
        }

    def accept(self) -> None:
        """Close only with a valid clause; otherwise say what to fix."""
        data = self.data()
        if not data["variants"]:
            self.error_label.setText(self.tr("A clause needs its text in at least one "
                                             "language (preferred wording)."))
            return
        try:
            self.result_clause = clause_from_data(data, self.tr("this clause"))
        except InvalidDocument as exc:
            self.error_label.setText(core_text(exc))
            return
        self.error_label.clear()
        super().accept()
