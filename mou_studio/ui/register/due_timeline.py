"""What is due in the coming days (reviews, notice deadlines, expiries), month by month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from mou_studio.core.register.dates import PartialDate, display_day
from mou_studio.core.register.model import pick_name
from mou_studio.core.register.query import DEFAULT_DUE_WINDOW_DAYS, due_items
from mou_studio.core.register.snapshot import RegisterSnapshot
from mou_studio.ui.register.labels import due_kind_label

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole


class DueTimeline(QTreeWidget):
    """Due items grouped by month; activating one emits its entry id."""

    entry_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueTimeline")
        self.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Partner"),
                              self.tr("Agreement")])
        self.setColumnWidth(0, 200)
        self.setColumnWidth(1, 160)
        self.itemActivated.connect(self._on_item_activated)

    def show_due(self, snapshot: RegisterSnapshot, lang: str, today: dt.date,
                 days: int = DEFAULT_DUE_WINDOW_DAYS) -> None:
        """Fill with what falls due from ``today`` to ``today + days``."""
        self.clear()
        months: dict[tuple[int, int], QTreeWidgetItem] = {}
        for item in due_items(snapshot.entries, today, days):
            key = (item.date.year, item.date.month)
            if key not in months:
                months[key] = QTreeWidgetItem(self, [PartialDate(*key).display(lang)])
                months[key].setExpanded(True)
            partner = snapshot.partners.get(item.entry.partner_key)
            row = QTreeWidgetItem(months[key], [
                display_day(item.date, lang), due_kind_label(item.kind),
                partner.label(lang) if partner else item.entry.partner_key,
                pick_name(item.entry.title, lang),
            ])
            row.setData(0, ENTRY_ID_ROLE, item.entry.id)
        if not months:
            QTreeWidgetItem(self, [self.tr("Nothing due in the next %1 days").replace(
                "%1", str(days))])

    def rows(self) -> list[list[str]]:
        """The due rows as text (month headers left out)."""
        rows: list[list[str]] = []
        for n in range(self.topLevelItemCount()):
            month = self.topLevelItem(n)
            if month is not None:
                rows += [[month.child(i).text(c) for c in range(4)]
                         for i in range(month.childCount())]
        return rows

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(0, ENTRY_ID_ROLE)
        if entry_id is not None:
            self.entry_activated.emit(int(entry_id))
