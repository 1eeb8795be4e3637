"""The parties of the open agreement and their defined short names, editable in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from mou_studio.core.model import Agreement
from mou_studio.core.views import pick

UID_ROLE = Qt.ItemDataRole.UserRole
# Column → the party field it edits.
FIELDS = ("name", "short_name", "determiner")


class PartiesPanel(QTableWidget):
    """One row per party; editing a cell emits ``party_edited(uid, field, value)``."""

    party_edited = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(FIELDS), parent)
        self.setObjectName("partiesPanel")
        self.setAccessibleName(self.tr("Parties and defined short names"))
        self.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Short name"), self.tr("Article")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.cellChanged.connect(self._on_cell_changed)

    def show_parties(self, agreement: Agreement | None, lang: str) -> None:
        """Fill the table from ``agreement`` in ``lang`` (no signal for the filling)."""
        self.blockSignals(True)
        parties = agreement.parties if agreement is not None else []
        self.setRowCount(len(parties))
        for row, party in enumerate(parties):
            for column, field in enumerate(FIELDS):
                item = QTableWidgetItem(pick(getattr(party, field), lang))
                item.setData(UID_ROLE, party.uid)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        self.blockSignals(False)

    def _on_cell_changed(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None:
            self.party_edited.emit(item.data(UID_ROLE), FIELDS[column], item.text().strip())
