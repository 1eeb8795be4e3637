"""The change list: counts per kind as filters, then one entry per changed clause."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.compare import ChangeKind
from mou_studio.core.compare.rows import CompareRow
from mou_studio.core.compare.summary import KIND_NAMES

ROW_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_KINDS = tuple(kind for kind in ChangeKind if kind is not ChangeKind.UNCHANGED)


class ChangeList(QWidget):
    """Lists the changed clauses; the kind boxes (with their counts) filter the list."""

    change_activated = Signal(int)  # the row of the side-by-side panes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeList")
        self.filters: dict[ChangeKind, QCheckBox] = {}
        grid = QGridLayout()
        for position, kind in enumerate(FILTER_KINDS):
            box = QCheckBox(KIND_NAMES[kind])
            box.setChecked(True)
            box.toggled.connect(self._apply_filters)
            self.filters[kind] = box
            grid.addWidget(box, position // 2, position % 2)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.list)

    def set_rows(self, rows: list[CompareRow]) -> None:
        """List the reported changes among ``rows`` and update the counts."""
        self.list.clear()
        counts = dict.fromkeys(FILTER_KINDS, 0)
        for number, row in enumerate(rows):
            if not row.is_change or not row.reported:
                continue
            counts[row.kind] += 1
            item = QListWidgetItem(f"{row.title}\n{KIND_NAMES[row.kind]}")
            item.setData(ROW_ROLE, number)
            item.setData(KIND_ROLE, row.kind.value)
            self.list.addItem(item)
        for kind, box in self.filters.items():
            box.setText(f"{KIND_NAMES[kind]} ({counts[kind]})")
        self._apply_filters()

    def visible_rows(self) -> list[int]:
        """The pane rows of the changes the filters let through, in order."""
        return [int(self.list.item(i).data(ROW_ROLE)) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def select_row(self, row: int) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ROW_ROLE) == row:
                self.list.setCurrentItem(item)
                return

    def _apply_filters(self) -> None:
        shown = {kind.value for kind, box in self.filters.items() if box.isChecked()}
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(item.data(KIND_ROLE) not in shown)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.change_activated.emit(int(item.data(ROW_ROLE)))
