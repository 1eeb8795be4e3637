"""The reading view: the open agreement rendered with its computed numbering."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mou_studio.core.model import Agreement
from mou_studio.core.render_html import agreement_html


class DocumentView(QTextBrowser):
    """Shows one agreement in one language; scrolls to a node by its uid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Agreement text"))
        self.setOpenLinks(False)
        self.document().setDocumentMargin(36)
        self._agreement: Agreement | None = None
        self._lang: str | None = None

    def show_agreement(self, agreement: Agreement | None, lang: str | None = None) -> None:
        self._agreement = agreement
        self._lang = lang
        if agreement is None:
            self.clear()
            return
        self.setHtml(agreement_html(agreement, lang))

    def scroll_to_node(self, uid: str) -> None:
        self.scrollToAnchor(uid)

    def find_text(self, text: str, backwards: bool = False) -> bool:
        """Select the next occurrence of ``text``, wrapping around at the end."""
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        if self.find(text, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backwards else cursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(text, flags)
