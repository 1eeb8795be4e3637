"""Pick the target of a cross-reference among the agreement's articles and paragraphs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.model import Agreement, Node
from mou_studio.core.numbering import Numbering
from mou_studio.core.views import pick

UID_ROLE = Qt.ItemDataRole.UserRole


class ReferencePicker(QDialog):
    """A tree of referable nodes; :meth:`selected_uid` after the dialog is accepted."""

    def __init__(self, agreement: Agreement, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert Cross-reference"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Reference target"))
        numbering = Numbering(agreement)
        for node in agreement.body:
            self._add(self.tree.invisibleRootItem(), node, numbering, lang)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def _add(self, parent: QTreeWidgetItem, node: Node, numbering: Numbering,
             lang: str) -> None:
        label = numbering.label(node, lang)
        detail = pick(node.heading, lang) or pick(node.text, lang)
        detail = detail if len(detail) < 60 else detail[:59] + "…"
        item = QTreeWidgetItem(parent, [f"{label} {detail}".strip()])
        item.setData(0, UID_ROLE, node.uid)
        for child in node.children:
            self._add(item, child, numbering, lang)

    def selected_uid(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, UID_ROLE)

    def select_uid(self, uid: str) -> None:
        """Preselect a node (used by tests and to start near the current paragraph)."""
        for item in self._items(self.tree.invisibleRootItem()):
            if item.data(0, UID_ROLE) == uid:
                self.tree.setCurrentItem(item)
                return

    def _items(self, root: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for i in range(root.childCount()):
            child = root.child(i)
            found.append(child)
            found.extend(self._items(child))
        return found
