"""Two synchronised panes of aligned clause rows: old version left, new version right.

Both sides of a row are painted in one list row, so they can never drift apart when
scrolling; an inserted clause faces a gap. Rows are laid out in batches, so a long
compare (thousands of clauses) never freezes the window.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QListView, QWidget

from mou_studio.core.compare.rows import CompareRow
from mou_studio.ui.compare_row_delegate import (
    CHANGED_ROLE,
    NEW_HTML_ROLE,
    OLD_HTML_ROLE,
    CompareRowDelegate,
)


class ComparePanes(QWidget):
    """The side-by-side view: captions over the two columns, then the aligned rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanes")
        self.old_caption = QLabel()
        self.new_caption = QLabel()
        self.model = QStandardItemModel(self)
        self.delegate = CompareRowDelegate(self)
        self.view = QListView()
        self.view.setObjectName("compareRows")
        self.view.setAccessibleName(self.tr("Aligned clauses, old and new"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(40)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.old_caption, 0, 0)
        layout.addWidget(self.new_caption, 0, 1)
        layout.addWidget(self.view, 1, 0, 1, 2)

    def set_captions(self, old: str, new: str) -> None:
        # A file name may hold "<" or "&": the caption is rich text.
        self.old_caption.setText(self.tr("<b>Old:</b> %1").replace("%1", html.escape(old)))
        self.new_caption.setText(self.tr("<b>New:</b> %1").replace("%1", html.escape(new)))

    def set_rows(self, rows: list[CompareRow]) -> None:
        """Show ``rows``, replacing what was shown."""
        self.delegate.clear_cache()
        self.model.clear()
        for row in rows:
            item = QStandardItem(row.title)
            item.setEditable(False)
            item.setData(row.old_html, OLD_HTML_ROLE)
            item.setData(row.new_html, NEW_HTML_ROLE)
            item.setData(row.is_change, CHANGED_ROLE)
            self.model.appendRow(item)

    def row_count(self) -> int:
        return self.model.rowCount()

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def show_row(self, row: int) -> None:
        """Select row ``row`` and scroll it to the top of the panes."""
        index: QModelIndex = self.model.index(row, 0)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def side_text(self, row: int, new: bool) -> str:
        """The plain text of one side of a row (for tests and accessibility)."""
        document = QTextDocument()
        role = NEW_HTML_ROLE if new else OLD_HTML_ROLE
        document.setHtml(str(self.model.index(row, 0).data(role) or ""))
        return document.toPlainText()
