"""The outline of the open agreement: preamble, articles, paragraphs, annexes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

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
    move_requested = Signal(str, str, str)  # uid, target uid, "before"|"after"|"into"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.setAccessibleName(self.tr("Outline"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._on_current_item_changed)

    def show_agreement(self, agreement: Agreement | None, lang: str | None = None) -> None:
        """Rebuild the tree, keeping the selection and expanded items where they still are."""
        selected = self.selected_uid()
        expanded = self._expanded_uids()
        first_time = self.topLevelItemCount() == 0
        self.blockSignals(True)
        self._fill(agreement, lang)
        if first_time:
            self.expandToDepth(0)
        else:
            for item in self._all_items():
                item.setExpanded(item.data(0, UID_ROLE) in expanded)
        if selected:
            self.select_uid(selected)
        self.blockSignals(False)

    def update_node(self, numbering: Numbering, node: Node, lang: str) -> bool:
        """Retitle ``node``'s item after its text changed; False if it has no item."""
        item = self._items.get(node.uid)
        if item is None:
            return False
        text = _node_text(numbering, node, lang)
        item.setText(0, text)
        item.setToolTip(0, text)
        return True

    def _fill(self, agreement: Agreement | None, lang: str | None) -> None:
        self.clear()
        self._items.clear()
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

    # -- selection and expansion ---------------------------------------------------

    def selected_uid(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(0, UID_ROLE)

    def select_uid(self, uid: str) -> bool:
        item = self._items.get(uid)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def _all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        stack = [self.invisibleRootItem()]
        while stack:
            item = stack.pop()
            children = [item.child(i) for i in range(item.childCount())]
            items.extend(children)
            stack.extend(children)
        return items

    def _expanded_uids(self) -> set[str | None]:
        return {item.data(0, UID_ROLE) for item in self._all_items() if item.isExpanded()}

    # -- drag and drop: the model moves, then the tree is rebuilt from it ------------

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        source = self.selected_uid()
        target_item = self.itemAt(event.position().toPoint())
        target = target_item.data(0, UID_ROLE) if target_item is not None else None
        event.ignore()
        if not source or not target or source == target:
            return
        indicator = self.dropIndicatorPosition()
        position = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "before",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "after",
            QAbstractItemView.DropIndicatorPosition.OnItem: "into",
        }.get(indicator)
        if position is not None:
            self.move_requested.emit(source, target, position)

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
        item = self._item(parent, _node_text(numbering, node, lang), node.uid)
        for child in node.children:
            self._add_node(item, child, numbering, lang)

    def _item(self, parent: QTreeWidgetItem, text: str, uid: str | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, UID_ROLE, uid)
        item.setToolTip(0, text)
        if uid is not None:
            self._items[uid] = item
        return item

    def _on_current_item_changed(self, current: QTreeWidgetItem | None,
                                 _previous: QTreeWidgetItem | None) -> None:
        uid = current.data(0, UID_ROLE) if current is not None else None
        if uid:
            self.node_activated.emit(uid)


def _node_text(numbering: Numbering, node: Node, lang: str) -> str:
    label = numbering.label(node, lang)
    if node.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER):
        heading = pick(node.heading, lang)
        return f"{label} — {heading}" if heading and label else (label or heading)
    snippet = _snippet(numbering.render_text(pick(node.text, lang), lang, node.uid))
    return f"{label} {snippet}".strip()


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1] + "…"
