"""The register as a Qt table model: one row per agreement, sortable by real dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mou_studio.core.register.dates import display_day
from mou_studio.core.register.model import RegisterEntry, pick_name
from mou_studio.core.register.snapshot import RegisterSnapshot
from mou_studio.ui.register.labels import status_label

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("partner", "title", "status", "signed", "review", "expires")
_Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(QAbstractTableModel):
    """Entries of a :class:`RegisterSnapshot`, dates written out in one language."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[RegisterEntry] = []
        self._snapshot: RegisterSnapshot | None = None
        self._lang = "en"

    def set_snapshot(self, snapshot: RegisterSnapshot, lang: str) -> None:
        self.beginResetModel()
        self._snapshot = snapshot
        self._entries = list(snapshot.entries)
        self._lang = lang
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, len(COLUMNS) - 1))

    def entry_at(self, row: int) -> RegisterEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Partner"), self.tr("Agreement"), self.tr("Status"),
                  self.tr("Signed"), self.tr("Review"), self.tr("Expires"))
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("partner", "title"):
            return self._tooltip(entry)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == ENTRY_ID_ROLE:
            return entry.id
        return None

    def _display(self, entry: RegisterEntry, column: str) -> str:
        signed = entry.signed_on()
        values = {
            "partner": self._partner_label(entry),
            "title": pick_name(entry.title, self._lang),
            "status": status_label(entry.status),
            "signed": signed.display(self._lang) if signed else "",
            "review": display_day(entry.review_on, self._lang),
            "expires": display_day(entry.expires_on, self._lang),
        }
        return values[column]

    def _sort_key(self, entry: RegisterEntry, column: str) -> str:
        # Dates sort as ISO text; an unknown date sorts last ("~" is after the digits).
        signed = entry.signed_on()
        keys = {
            "signed": signed.earliest().isoformat() if signed else "~",
            "review": entry.review_on.isoformat() if entry.review_on else "~",
            "expires": entry.expires_on.isoformat() if entry.expires_on else "~",
            "status": f"{list(type(entry.status)).index(entry.status)}",
        }
        return keys.get(column) or self._display(entry, column).casefold()

    def _partner_label(self, entry: RegisterEntry) -> str:
        partner = self._snapshot.partners.get(entry.partner_key) if self._snapshot else None
        return partner.label(self._lang) if partner else entry.partner_key

    def _tooltip(self, entry: RegisterEntry) -> str:
        partner = self._snapshot.partners.get(entry.partner_key) if self._snapshot else None
        name = pick_name(partner.name, self._lang) if partner else entry.partner_key
        return f"{name}\n{pick_name(entry.subject, self._lang)}".strip()
