"""The reading view: the open agreement rendered with its computed numbering."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mou_studio.core.model import Agreement, Node
from mou_studio.core.numbering import Numbering
from mou_studio.core.render_html import Segment, agreement_html, node_block_count, node_blocks


class DocumentView(QTextBrowser):
    """Shows one agreement in one language; scrolls to a node by its uid.

    ``before_read`` callbacks run before the view is searched or scrolled to a node, so
    a refresh still waiting (see ``ViewRefresher``) lands first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Agreement text"))
        self.setOpenLinks(False)
        self.document().setDocumentMargin(36)
        self._agreement: Agreement | None = None
        self._lang: str | None = None
        self.before_read: list[Callable[[], None]] = []
        # uid -> (first paragraph number, paragraph count), found lazily after a render.
        self._blocks: dict[str, tuple[int, int]] | None = None

    def show_agreement(self, agreement: Agreement | None, lang: str | None = None) -> None:
        self._agreement = agreement
        self._lang = lang
        self._blocks = None
        if agreement is None:
            self.clear()
            return
        self.setHtml(agreement_html(agreement, lang))

    def update_node(self, numbering: Numbering, node: Node) -> bool:
        """Replace the paragraphs of ``node`` in place; False when only a render can do it.

        For a text change that keeps the structure: the node's paragraph count must not
        have changed and none of its paragraphs may be empty (an empty paragraph cannot
        carry the node's anchor).
        """
        agreement = self._agreement
        if agreement is None:
            return False
        lang = self._lang or agreement.language
        where = self._block_index().get(node.uid)
        if where is None or where[1] != node_block_count(node, lang):
            return False
        blocks = node_blocks(numbering, node, lang)
        if any(not runs for runs in blocks):
            return False
        document = self.document()
        first = document.findBlockByNumber(where[0])
        old = [document.findBlockByNumber(where[0] + i) for i in range(len(blocks))]
        if any(block.length() <= 1 for block in old):
            return False
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for block, runs in zip(old, blocks, strict=True):
            _replace_block(cursor, block, runs, keep_anchor=block == first)
        cursor.endEditBlock()
        return True

    def _block_index(self) -> dict[str, tuple[int, int]]:
        if self._blocks is None:
            self._blocks = self._scan_blocks()
        return self._blocks

    def _scan_blocks(self) -> dict[str, tuple[int, int]]:
        agreement, index = self._agreement, {}
        if agreement is None:
            return index
        lang = self._lang or agreement.language
        counts = {node.uid: node_block_count(node, lang) for node in agreement.walk()}
        block = self.document().begin()
        while block.isValid():
            fragment = block.begin().fragment() if not block.begin().atEnd() else None
            if fragment is not None:
                for name in fragment.charFormat().anchorNames():
                    if name in counts:
                        index[name] = (block.blockNumber(), counts[name])
            block = block.next()
        return index

    def scroll_to_node(self, uid: str) -> None:
        self._before_read()
        self.scrollToAnchor(uid)

    def find_text(self, text: str, backwards: bool = False) -> bool:
        """Select the next occurrence of ``text``, wrapping around at the end."""
        self._before_read()
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        if self.find(text, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backwards else cursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(text, flags)

    def _before_read(self) -> None:
        for callback in self.before_read:
            callback()


def _replace_block(cursor: QTextCursor, block: QTextBlock, runs: list[Segment],
                   keep_anchor: bool) -> None:
    """Put ``runs`` in place of ``block``'s text, in its own character format."""
    first = block.begin().fragment().charFormat()
    base = QTextCharFormat(first)
    base.setAnchor(False)
    base.setAnchorNames([])
    base.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignNormal)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    for index, (text, raised) in enumerate(runs):
        fmt = QTextCharFormat(base)
        if raised:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        if index == 0 and keep_anchor:
            # Qt keeps a node's anchor on the first character of its paragraph.
            anchored = QTextCharFormat(fmt)
            anchored.setAnchor(first.isAnchor())
            anchored.setAnchorNames(first.anchorNames())
            cursor.insertText(text[0], anchored)
            text = text[1:]
        if text:
            cursor.insertText(text, fmt)
