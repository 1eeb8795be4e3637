"""The outline of the open agreement: preamble, articles, paragraphs, annexes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from mou_studio.core.model import Agreement, Node, NodeKind
from mou_studio.core.numbering import Numbering
from mou_studio.core.views import pick

UID_ROLE = Qt.ItemDataRole.UserRole
SNIPPET_LENGTH = 60

SECTION_TITLES = {
    "fr": ("Préambule", "Considérant"),
    "en": ("Preamble", "Recital"),
    "ru": ("Преамбула", "Пункт преамбулы"),
}


class OutlineView(QTreeWidget):
    """A tree of the agreement's structure; emits the uid of the node the user picks."""

    node_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.setAccessibleName(self.tr("Outline"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def show_agreement(self, agreement: Agreement | None, lang: str | None = None) -> None:
        self.clear()
        if agreement is None:
            return
        lang = lang or agreement.language
        numbering = Numbering(agreement)
        self._add_preamble(agreement, lang)
        for node in agreement.body:
            self._add_node(self.invisibleRootItem(), node, numbering, lang)
        for annex in agreement.annexes:
            item = self._item(self.invisibleRootItem(), numbering.annex_label(annex, lang),
                              annex.uid)
            for node in annex.body:
                self._add_node(item, node, numbering, lang)
        self.expandToDepth(0)

    def article_labels(self) -> list[str]:
        """The labels of the top-level operative items, as shown (used by tests)."""
        root = self.invisibleRootItem()
        return [root.child(i).text(0) for i in range(root.childCount())]

    def _add_preamble(self, agreement: Agreement, lang: str) -> None:
        if not agreement.recitals:
            return
        preamble_title, recital_word = SECTION_TITLES.get(lang, SECTION_TITLES["en"])
        preamble = self._item(self.invisibleRootItem(), preamble_title, None)
        for index, recital in enumerate(agreement.recitals, start=1):
            snippet = _snippet(pick(recital.text, lang)) or f"{recital_word} {index}"
            self._item(preamble, snippet, recital.uid)

    def _add_node(self, parent: QTreeWidgetItem, node: Node, numbering: Numbering,
                  lang: str) -> None:
        label = numbering.label(node, lang)
        if node.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER):
            heading = pick(node.heading, lang)
            text = f"{label} — {heading}" if heading and label else (label or heading)
        else:
            snippet = _snippet(numbering.render_text(pick(node.text, lang), lang, node.uid))
            text = f"{label} {snippet}".strip()
        item = self._item(parent, text, node.uid)
        for child in node.children:
            self._add_node(item, child, numbering, lang)

    @staticmethod
    def _item(parent: QTreeWidgetItem, text: str, uid: str | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, UID_ROLE, uid)
        item.setToolTip(0, text)
        return item

    def _on_current_item_changed(self, current: QTreeWidgetItem | None,
                                 _previous: QTreeWidgetItem | None) -> None:
        uid = current.data(0, UID_ROLE) if current is not None else None
        if uid:
            self.node_activated.emit(uid)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1] + "…"
