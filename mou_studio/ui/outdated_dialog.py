"""The outdated-clauses report: agreements whose library wording has a newer version."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mou_studio.core.library.render import diff_html
from mou_studio.core.library.usage import OutdatedUse


class OutdatedDialog(QDialog):
    """Lists each outdated use with the word-level difference between the two versions."""

    def __init__(self, uses: list[OutdatedUse], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outdatedDialog")
        self.setWindowTitle(self.tr("Outdated Library Clauses"))
        self.resize(760, 520)
        self.browser = QTextBrowser()
        self.browser.setHtml(self.report_html(uses))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def report_html(self, uses: list[OutdatedUse]) -> str:
        if not uses:
            return f"<p>{self.tr('No agreement uses an outdated library clause.')}</p>"
        parts: list[str] = []
        for use in uses:
            parts.append(
                f"<h4>{html.escape(use.agreement_title)} — {html.escape(use.node_label)}</h4>"
                f"<p><small>{html.escape(use.clause_id)}: version {use.used_version} → "
                f"{use.latest_version} ({use.lang})</small></p>"
                f"<p>{diff_html(use.diff)}</p>")
        return "\n".join(parts)
