"""One question of a template's questionnaire as an input widget, whatever its type.

The value it gives is the plain data an answers file would hold (a string or a table
per language, a bool, a number, a list), so the wizard checks it with the core's
``check_answers`` exactly as the CLI checks a file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.templates import Question, QuestionType

PARTY_FIELDS = (("name", True), ("full_determiner", True), ("short_name", True),
                ("determiner", True), ("title", True), ("place", True),
                ("signatory", False), ("date", False))
PARTY_LABELS = {"name": "Full name", "full_determiner": "Its article (la, the…)",
                "short_name": "Short name", "determiner": "Short name's article",
                "title": "Signatory's title", "place": "Place of signature",
                "signatory": "Signatory", "date": "Date (YYYY-MM-DD)"}


class QuestionField(QWidget):
    """An editor for one question in the agreement's languages."""

    changed = Signal()

    def __init__(self, question: Question, languages: list[str], ui_lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.languages = languages
        self.ui_lang = ui_lang
        self._texts: dict[tuple[str, str], QLineEdit] = {}
        self._checks: dict[str, QCheckBox] = {}
        self._lists: dict[str, QPlainTextEdit] = {}
        self._editor: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        builder = getattr(self, f"_build_{question.type.value}")
        layout.addWidget(builder())
        if question.default is not None:
            self.set_value(question.default)

    # -- building ------------------------------------------------------------------

    def _line(self, key: tuple[str, str], placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        self._texts[key] = edit
        return edit

    def _per_language(self, rows: list[tuple[str, str, bool]]) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, lang in enumerate(self.languages, start=1):
            grid.addWidget(QLabel(f"<b>{lang}</b>"), 0, column)
        for row, (key, label, multilingual) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label), row, 0)
            if multilingual:
                for column, lang in enumerate(self.languages, start=1):
                    grid.addWidget(self._line((key, lang)), row, column)
            else:
                grid.addWidget(self._line((key, "*")), row, 1, 1, len(self.languages))
        return box

    def _build_text(self) -> QWidget:
        return self._per_language([("text", "", True)])

    def _build_party(self) -> QWidget:
        return self._per_language([(key, PARTY_LABELS[key], multi)
                                   for key, multi in PARTY_FIELDS])

    def _build_date(self) -> QWidget:
        return self._line(("date", "*"), "2010-03-19")

    def _build_boolean(self) -> QWidget:
        box = QCheckBox(self.tr("Yes"))
        box.toggled.connect(self.changed)
        self._editor = box
        return box

    def _build_number(self) -> QWidget:
        spin = QSpinBox()
        spin.setRange(int(self.question.minimum or 0), int(self.question.maximum or 10_000))
        spin.valueChanged.connect(self.changed)
        self._editor = spin
        return spin

    def _build_choice(self) -> QWidget:
        combo = QComboBox()
        for option in self.question.options:
            combo.addItem(self._label(option.label), option.value)
        combo.currentIndexChanged.connect(self.changed)
        self._editor = combo
        return combo

    def _build_multiple(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for option in self.question.options:
            check = QCheckBox(self._label(option.label))
            check.toggled.connect(self.changed)
            self._checks[option.value] = check
            layout.addWidget(check)
        return box

    def _build_list(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, lang in enumerate(self.languages):
            grid.addWidget(QLabel(f"<b>{lang}</b> " + self.tr("(one per line)")), 0, column)
            edit = QPlainTextEdit()
            edit.setFixedHeight(70)
            edit.textChanged.connect(self.changed)
            self._lists[lang] = edit
            grid.addWidget(edit, 1, column)
        return box

    def _label(self, text: dict[str, str]) -> str:
        return text.get(self.ui_lang) or next(iter(text.values()), "")

    # -- value ---------------------------------------------------------------------

    def value(self) -> Any:
        """The answer as an answers file would hold it; None when left empty."""
        qtype = self.question.type
        if qtype is QuestionType.TEXT:
            return self._lang_value("text")
        if qtype is QuestionType.PARTY:
            return self._party_value()
        if qtype is QuestionType.DATE:
            return self._texts[("date", "*")].text().strip() or None
        if isinstance(self._editor, QCheckBox):
            return self._editor.isChecked()
        if isinstance(self._editor, QSpinBox):
            return self._editor.value()
        if isinstance(self._editor, QComboBox):
            return self._editor.currentData()
        if qtype is QuestionType.MULTIPLE:
            return [value for value, check in self._checks.items() if check.isChecked()]
        return self._list_value()

    def _lang_value(self, key: str) -> dict[str, str] | None:
        value = {lang: self._texts[(key, lang)].text().strip() for lang in self.languages}
        value = {lang: text for lang, text in value.items() if text}
        return value or None

    def _party_value(self) -> dict[str, Any] | None:
        party: dict[str, Any] = {}
        for key, multilingual in PARTY_FIELDS:
            if multilingual:
                value = self._lang_value(key)
            else:
                value = self._texts[(key, "*")].text().strip() or None
            if value:
                party[key] = value
        return party or None

    def _list_value(self) -> list[dict[str, str]] | None:
        columns = {lang: [line.strip() for line in edit.toPlainText().splitlines()
                          if line.strip()] for lang, edit in self._lists.items()}
        length = max((len(items) for items in columns.values()), default=0)
        items = [{lang: lines[i] for lang, lines in columns.items() if i < len(lines)}
                 for i in range(length)]
        return items or None

    def set_value(self, value: Any) -> None:
        """Show ``value`` (a default, or an answer being edited again)."""
        qtype = self.question.type
        if qtype is QuestionType.TEXT:
            self._set_lang("text", value)
        elif qtype is QuestionType.PARTY and isinstance(value, dict):
            for key, multilingual in PARTY_FIELDS:
                if multilingual:
                    self._set_lang(key, value.get(key))
                else:
                    self._texts[(key, "*")].setText(str(value.get(key, "")))
        elif qtype is QuestionType.DATE:
            self._texts[("date", "*")].setText(str(value))
        elif isinstance(self._editor, QCheckBox):
            self._editor.setChecked(bool(value))
        elif isinstance(self._editor, QSpinBox):
            self._editor.setValue(int(value))
        elif isinstance(self._editor, QComboBox):
            self._editor.setCurrentIndex(max(0, self._editor.findData(value)))
        elif qtype is QuestionType.MULTIPLE and isinstance(value, list):
            for option, check in self._checks.items():
                check.setChecked(option in value)
        elif qtype is QuestionType.LIST and isinstance(value, list):
            for lang, edit in self._lists.items():
                edit.setPlainText("\n".join(
                    str(item.get(lang, "")) if isinstance(item, dict) else str(item)
                    for item in value))

    def _set_lang(self, key: str, value: Any) -> None:
        for lang in self.languages:
            text = value.get(lang, "") if isinstance(value, dict) else (value or "")
            self._texts[(key, lang)].setText(str(text))
