"""File ▸ New from template…: choose a template, answer its questions, preview, create."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from mou_studio.core.errors import MouStudioError
from mou_studio.core.lint import lint_agreement
from mou_studio.core.model import Agreement
from mou_studio.core.templates import Template, build_agreement
from mou_studio.ui.messages import core_text
from mou_studio.ui.questionnaire_page import QuestionnairePage
from mou_studio.ui.template_choice_page import TemplateChoicePage
from mou_studio.ui.template_preview_page import TemplatePreviewPage

CHOICE_PAGE, QUESTIONS_PAGE, PREVIEW_PAGE = range(3)


class NewAgreementWizard(QWizard):
    """The three pages; ``agreement`` holds the result once the preview is shown."""

    def __init__(self, templates: list[Template], ui_lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Agreement from Template"))
        self.resize(1000, 700)
        self.agreement: Agreement | None = None
        self.choice_page = TemplateChoicePage(templates, ui_lang)
        self.questions_page = QuestionnairePage(ui_lang)
        self.preview_page = TemplatePreviewPage()
        self.setPage(CHOICE_PAGE, self.choice_page)
        self.setPage(QUESTIONS_PAGE, self.questions_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self._built_for: tuple[str, tuple[str, ...]] | None = None

    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt override
        """Build the questionnaire for the chosen template, or the preview."""
        if page_id == QUESTIONS_PAGE:
            self._prepare_questions()
        elif page_id == PREVIEW_PAGE:
            self._prepare_preview()
        super().initializePage(page_id)

    def _prepare_questions(self) -> None:
        template = self.choice_page.current_template()
        if template is None:
            return
        key = (template.id, tuple(self.choice_page.languages()))
        if key != self._built_for:  # keep the answers when the user comes back
            self.questions_page.set_template(template, list(key[1]))
            self._built_for = key

    def _prepare_preview(self) -> None:
        template = self.questions_page.template
        answers = self.questions_page.answers
        if template is None or answers is None:
            return
        try:
            self.agreement = build_agreement(template, answers)
        except MouStudioError as exc:
            self.agreement = None
            self.preview_page.lint_label.setText(core_text(exc))
            return
        self.preview_page.show_agreement(self.agreement, lint_agreement(self.agreement))
