"""The library's search results: one row per clause, draggable into the agreement."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from mou_studio.core.library.search import SearchHit, marked_html, plain_text
from mou_studio.ui.highlight_delegate import HTML_ROLE, HighlightDelegate

CLAUSE_MIME_TYPE = "application/x-mou-studio-clause"
CLAUSE_ID_ROLE = Qt.ItemDataRole.UserRole


def hit_html(hit: SearchHit, status: str) -> str:
    """A hit as rich text: the title (matches underlined), id and language, the snippet."""
    title = marked_html(hit.title).replace("<b>", "<u>").replace("</b>", "</u>")
    html = f"<b>{title}</b>{escape(status)}<br><small>{escape(hit.clause_id)} · {hit.lang}"
    html += "</small>"
    if hit.snippet:
        html += f"<br><small>{marked_html(hit.snippet)}</small>"
    return html


class ClauseResultList(QListWidget):
    """Search hits; emits the id of the clause the user selects."""

    clause_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseResults")
        self.setAccessibleName(self.tr("Library clauses"))
        self.setWordWrap(True)
        self.setDragEnabled(True)
        self.setItemDelegate(HighlightDelegate(self))
        self.currentItemChanged.connect(self._on_current_item_changed)

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the list with ``hits``; selects nothing and emits nothing."""
        self.blockSignals(True)
        self.clear()
        for hit in hits:
            title = plain_text(hit.title)
            snippet = plain_text(hit.snippet)
            status = "" if hit.status == "approved" else f" [{hit.status}]"
            item = QListWidgetItem(f"{title}{status}\n{hit.clause_id} · {hit.lang}"
                                   + (f"\n{snippet}" if snippet else ""))
            item.setData(CLAUSE_ID_ROLE, hit.clause_id)
            item.setData(HTML_ROLE, hit_html(hit, status))
            item.setToolTip(snippet or title)
            self.addItem(item)
        self.blockSignals(False)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(CLAUSE_ID_ROLE))

    def ids(self) -> list[str]:
        return [str(self.item(row).data(CLAUSE_ID_ROLE)) for row in range(self.count())]

    def select_id(self, clause_id: str, emit: bool = True) -> bool:
        for row in range(self.count()):
            if self.item(row).data(CLAUSE_ID_ROLE) == clause_id:
                self.blockSignals(not emit)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return True
        return False

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        if items:
            clause_id = str(items[0].data(CLAUSE_ID_ROLE))
            data.setData(CLAUSE_MIME_TYPE, clause_id.encode("utf-8"))
            data.setText(clause_id)
        return data

    def _on_current_item_changed(self, current: QListWidgetItem | None,
                                 _previous: QListWidgetItem | None) -> None:
        self.clause_selected.emit("" if current is None else str(current.data(CLAUSE_ID_ROLE)))
