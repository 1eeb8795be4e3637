"""The wizard page that asks a template's questions, with the guidance beside each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mou_studio.core.errors import AnswersError, MouStudioError
from mou_studio.core.templates import (
    Answers,
    Template,
    check_answers,
    holds,
    read_answers_data,
    write_answers,
)
from mou_studio.ui.messages import core_text
from mou_studio.ui.question_field import QuestionField


class QuestionnairePage(QWizardPage):
    """Questions of the chosen template; questions that do not apply are hidden."""

    def __init__(self, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Questionnaire"))
        self.ui_lang = ui_lang
        self.template: Template | None = None
        self.languages: list[str] = []
        self.answers: Answers | None = None
        self.fields: dict[str, QuestionField] = {}
        self._rows: dict[str, list[QWidget]] = {}
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self.load_button = QPushButton(self.tr("&Load Answers…"))
        self.save_button = QPushButton(self.tr("&Save Answers…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll)
        layout.addLayout(buttons)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def set_template(self, template: Template, languages: list[str]) -> None:
        """Build one row per question: label, input, guidance (gaps and solutions)."""
        self.template, self.languages = template, languages
        self.setSubTitle(template.display_name(self.ui_lang))
        self.fields.clear()
        self._rows.clear()
        body = QWidget()
        grid = QGridLayout(body)
        for row, question in enumerate(template.questions):
            label = QLabel(self._question_label(question.reference, question.label,
                                                question.required))
            label.setWordWrap(True)
            field = QuestionField(question, languages, self.ui_lang)
            field.changed.connect(self._on_field_changed)
            guidance = QLabel(self._guidance(question.gaps, question.guidance))
            guidance.setWordWrap(True)
            if guidance.text():
                guidance.setFrameShape(QFrame.Shape.StyledPanel)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(guidance, row, 2)
            self.fields[question.id] = field
            self._rows[question.id] = [label, field, guidance]
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self._scroll.setWidget(body)
        self.error_label.clear()
        self._update_visibility()

    def _text(self, text: dict[str, str]) -> str:
        return text.get(self.ui_lang) or next(iter(text.values()), "")

    def _question_label(self, reference: str, label: dict[str, str], required: bool) -> str:
        prefix = f"<b>{reference}</b> " if reference else ""
        star = "" if required else self.tr(" <i>(optional)</i>")
        return f"{prefix}{self._text(label)}{star}"

    def _guidance(self, gaps: dict[str, str], guidance: dict[str, str]) -> str:
        parts = []
        if gaps:
            parts.append(self.tr("<i>Common gaps:</i> ") + self._text(gaps))
        if guidance:
            parts.append(self._text(guidance))
        return "<br>".join(parts)

    def raw_answers(self) -> dict[str, Any]:
        """What the user entered, as an answers file would hold it (the core ignores the
        answers to questions whose condition does not hold)."""
        data: dict[str, Any] = {"languages": list(self.languages)}
        for qid, field in self.fields.items():
            value = field.value()
            if value is not None:
                data[qid] = value
        return data

    def _on_field_changed(self) -> None:
        self._update_visibility()

    def _update_visibility(self) -> None:
        if self.template is None:
            return
        values = {qid: f.value() for qid, f in self.fields.items() if f.value() is not None}
        partial = Answers(values, tuple(self.languages))
        for question in self.template.questions:
            shown = holds(question.when, self.template, partial)
            for widget in self._rows[question.id]:
                widget.setVisible(shown)

    # -- answers files (the CLI's `new --answers`) -----------------------------------

    def load_answers_file(self, path: Path) -> None:
        """Fill the fields from an answers file; a bad file shows its reason."""
        try:
            data = read_answers_data(path)
        except MouStudioError as exc:
            self.error_label.setText(core_text(exc))
            return
        for qid, value in data.items():
            if qid in self.fields:
                self.fields[qid].set_value(value)
        self.error_label.clear()

    def save_answers_file(self, path: Path) -> None:
        """Write what is entered as an answers file."""
        if self.template is None:
            return
        try:
            write_answers(path, self.template.id, self.raw_answers())
        except MouStudioError as exc:
            self.error_label.setText(core_text(exc))

    def _on_load_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load Answers"), "", self.tr("Answers files (*.toml)"))
        if path:
            self.load_answers_file(Path(path))

    def _on_save_button_clicked(self) -> None:
        name = f"{self.template.id}-answers.toml" if self.template else "answers.toml"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Answers"), name, self.tr("Answers files (*.toml)"))
        if path:
            self.save_answers_file(Path(path))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Check the answers with the core; show the first problem and stay if any."""
        if self.template is None:
            return False
        try:
            self.answers = check_answers(self.template, self.raw_answers())
        except AnswersError as exc:
            self.error_label.setText(core_text(exc.reason))
            return False
        self.error_label.clear()
        return True
