"""The library's search results: one row per clause, draggable into the agreement."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from mou_studio.core.library.search import SearchHit, plain_text

CLAUSE_MIME_TYPE = "application/x-mou-studio-clause"
CLAUSE_ID_ROLE = Qt.ItemDataRole.UserRole


class ClauseResultList(QListWidget):
    """Search hits; emits the id of the clause the user selects."""

    clause_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseResults")
        self.setAccessibleName(self.tr("Library clauses"))
        self.setWordWrap(True)
        self.setDragEnabled(True)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the list with ``hits``, keeping the selected clause if it is still there."""
        selected = self.selected_id()
        self.blockSignals(True)
        self.clear()
        for hit in hits:
            title = plain_text(hit.title)
            snippet = plain_text(hit.snippet)
            status = "" if hit.status == "approved" else f" [{hit.status}]"
            item = QListWidgetItem(f"{title}{status}\n{hit.clause_id} · {hit.lang}"
                                   + (f"\n{snippet}" if snippet else ""))
            item.setData(CLAUSE_ID_ROLE, hit.clause_id)
            item.setToolTip(snippet or title)
            self.addItem(item)
        self.blockSignals(False)
        if selected is not None and not self.select_id(selected):
            self.clause_selected.emit("")

    def selected_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(CLAUSE_ID_ROLE))

    def ids(self) -> list[str]:
        return [str(self.item(row).data(CLAUSE_ID_ROLE)) for row in range(self.count())]

    def select_id(self, clause_id: str) -> bool:
        for row in range(self.count()):
            if self.item(row).data(CLAUSE_ID_ROLE) == clause_id:
                self.setCurrentRow(row)
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
