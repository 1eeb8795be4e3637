"""A text box for one paragraph that shows cross-references as what they read.

The stored text holds tokens (``{{ref:UID}}``, ``{{fn:UID}}``); the user sees
« paragraphe 1 du présent article » or a superscript ¹, kept as anchors whose href is the
token, so :meth:`NodeTextEdit.raw_text` gives back the tokens exactly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from mou_studio.core.model import FOOTNOTE_TOKEN, REF_TOKEN
from mou_studio.core.numbering import Numbering

TOKEN = re.compile(f"{REF_TOKEN.pattern}|{FOOTNOTE_TOKEN.pattern}")
REFERENCE_COLOR = QColor("#1a5fb4")


class NodeTextEdit(QTextEdit):
    """Plain text with reference anchors; Return asks to split instead of a line break."""

    split_requested = Signal(int)  # offset in the raw (token) text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Paragraph text"))

    # -- content -------------------------------------------------------------------

    def set_raw_text(self, raw: str, numbering: Numbering | None, lang: str,
                     context_uid: str | None) -> None:
        """Show ``raw`` with its tokens rendered by ``numbering``."""
        self.blockSignals(True)
        self.clear()
        cursor = self.textCursor()
        position = 0
        for match in TOKEN.finditer(raw):
            cursor.insertText(raw[position:match.start()], QTextCharFormat())
            shown = match.group(0)
            if numbering is not None:
                shown = numbering.render_text(shown, lang, context_uid)
            cursor.insertText(shown, _anchor_format(match.group(0)))
            position = match.end()
        cursor.insertText(raw[position:], QTextCharFormat())
        self.setCurrentCharFormat(QTextCharFormat())
        self.blockSignals(False)

    def raw_text(self, up_to: int | None = None) -> str:
        """The text with its tokens, up to the document position ``up_to`` if given."""
        parts: list[str] = []
        last_href = None
        block = self.document().begin()
        while block.isValid():
            if block != self.document().begin():
                parts.append(" ")  # a paragraph's text is one line
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                start = fragment.position()
                text = fragment.text()
                if up_to is not None and start >= up_to:
                    return "".join(parts)
                if up_to is not None and start + len(text) > up_to:
                    text = text[: up_to - start]
                href = fragment.charFormat().anchorHref() if fragment.charFormat().isAnchor() \
                    else ""
                if href:
                    if href != last_href:
                        parts.append(href)
                else:
                    parts.append(text)
                last_href = href or None
                iterator += 1
            block = block.next()
        return "".join(parts)

    def insert_token(self, token: str, shown: str) -> None:
        """Insert a reference or footnote token at the cursor, shown as ``shown``."""
        cursor = self.textCursor()
        cursor.insertText(shown, _anchor_format(token))
        cursor.setCharFormat(QTextCharFormat())
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())

    # -- typing --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.split_requested.emit(len(self.raw_text(self.textCursor().position())))
            return
        if event.text() and self.currentCharFormat().isAnchor():
            # Typing right after a reference must not extend the reference.
            self.setCurrentCharFormat(QTextCharFormat())
        super().keyPressEvent(event)


def _anchor_format(token: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setAnchor(True)
    fmt.setAnchorHref(token)
    if token.startswith("{{fn:"):
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    else:
        fmt.setForeground(REFERENCE_COLOR)
        fmt.setFontUnderline(True)
    return fmt


def move_cursor_to_end(edit: QTextEdit) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
