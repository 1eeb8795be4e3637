"""The wizard's last page: the agreement the answers make, and what the linter says."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget, QWizardPage

from mou_studio.core.lint import Finding
from mou_studio.core.model import Agreement
from mou_studio.core.render_html import agreement_html
from mou_studio.ui.messages import core_text
from mou_studio.ui.problems_dock import SEVERITY_MARKS


class TemplatePreviewPage(QWizardPage):
    """A read-only preview, language by language; Finish creates the agreement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Finish creates the agreement; you can edit it afterwards."))
        self.agreement: Agreement | None = None
        self.language = QComboBox()
        self.browser = QTextBrowser()
        self.lint_label = QLabel()
        self.lint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(self.browser)
        layout.addWidget(self.lint_label)
        self.language.currentIndexChanged.connect(self._render)

    def show_agreement(self, agreement: Agreement, findings: list[Finding]) -> None:
        """Show the built agreement and a one-line summary of the lint findings."""
        self.agreement = agreement
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItems(agreement.languages)
        self.language.blockSignals(False)
        self._render()
        problems = [f for f in findings if f.severity.value != "info"]
        if problems:
            lines = "<br>".join(f"{_severity(f)}: {html.escape(core_text(f.message))}"
                                for f in problems[:5])
            self.lint_label.setText(self.tr("The linter reports:") + "<br>" + lines)
        else:
            self.lint_label.setText(self.tr("The linter reports no problem."))

    def _render(self) -> None:
        if self.agreement is not None:
            lang = self.language.currentText() or self.agreement.language
            self.browser.setHtml(agreement_html(self.agreement, lang))


def _severity(finding: Finding) -> str:
    """"⚠ warning"… as the Problems dock shows it, in the interface language."""
    mark = SEVERITY_MARKS[finding.severity.value]
    return QCoreApplication.translate("ProblemsDock", str(mark))
