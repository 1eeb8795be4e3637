"""Sorting and filtering of the register table; the criteria are the core's."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from mou_studio.ui.register.table_model import ENTRY_ID_ROLE, SORT_ROLE


class RegisterFilterProxy(QSortFilterProxyModel):
    """Shows only the entries whose ids the core's RegisterFilter accepted."""

    def __init__(self) -> None:
        super().__init__()
        self._accepted: set[int] | None = None
        self.setSortRole(SORT_ROLE)

    def set_accepted(self, entry_ids: set[int] | None) -> None:
        """Show these entries (None: all of them)."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9 deprecates invalidateRowsFilter
            self.beginFilterChange()
            self._accepted = entry_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._accepted = entry_ids
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._accepted is None:
            return True
        source = self.sourceModel()
        entry_id = source.data(source.index(source_row, 0, source_parent), ENTRY_ID_ROLE)
        return entry_id in self._accepted
