"""The register table with its filter bar: search, status, signed before, due soon."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.register.model import Status
from mou_studio.core.register.query import DEFAULT_DUE_WINDOW_DAYS, RegisterFilter
from mou_studio.core.register.snapshot import RegisterSnapshot
from mou_studio.ui.register.filter_proxy import RegisterFilterProxy
from mou_studio.ui.register.labels import status_label
from mou_studio.ui.register.table_model import COLUMNS, ENTRY_ID_ROLE, RegisterTableModel


class RegisterView(QWidget):
    """Sortable, filterable table of the register; emits the entry the user opens."""

    entry_activated = Signal(int)  # entry id (double-click or Enter)
    entry_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self.model = RegisterTableModel()
        self.proxy = RegisterFilterProxy()
        self.proxy.setSourceModel(self.model)
        self._snapshot: RegisterSnapshot | None = None
        self.search = QLineEdit(placeholderText=self.tr("Search partner, title, subject…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.search.placeholderText())
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Any status"))
        self.signed_before_enabled = QCheckBox(self.tr("Signed before"))
        self.signed_before = QDateEdit(QDate(2005, 1, 1))
        self.signed_before.setCalendarPopup(True)
        self.signed_before.setDisplayFormat("yyyy-MM-dd")
        self.signed_before.setAccessibleName(self.tr("Signed before"))
        self.due_only = QCheckBox(self.tr("Due in %n day(s)", "", DEFAULT_DUE_WINDOW_DAYS))
        self.count_label = QLabel()
        self.table = self._build_table()
        self._fill_statuses()
        self._lay_out()
        self._connect()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMNS.index("signed"), Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        # Partners without an acronym have long names: a fixed width, full name in tooltip.
        header.setSectionResizeMode(COLUMNS.index("partner"),
                                    QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(COLUMNS.index("partner"), 160)
        table.setAccessibleName(self.tr("Agreements register"))
        return table

    def _fill_statuses(self) -> None:
        self.status.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)

    def _lay_out(self) -> None:
        # Two rows keep the dock narrow enough for a small window.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.status)
        filter_row.addWidget(self.signed_before_enabled)
        filter_row.addWidget(self.signed_before)
        filter_row.addWidget(self.due_only)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.signed_before_enabled.toggled.connect(self.apply_filter)
        self.signed_before.dateChanged.connect(self.apply_filter)
        self.due_only.toggled.connect(self.apply_filter)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    # -- content -------------------------------------------------------------------

    def set_snapshot(self, snapshot: RegisterSnapshot, lang: str) -> None:
        self._snapshot = snapshot
        self.model.set_snapshot(snapshot, lang)
        self.apply_filter()

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)

    def criteria(self) -> RegisterFilter:
        """The core filter the widgets describe."""
        status = self.status.currentData()
        before = self.signed_before.date().toPython() \
            if self.signed_before_enabled.isChecked() else None
        return RegisterFilter(
            statuses=frozenset({Status(status)}) if status else None,
            signed_before=before if isinstance(before, dt.date) else None,
            due_within_days=DEFAULT_DUE_WINDOW_DAYS if self.due_only.isChecked() else None,
            text=self.search.text().strip() or None,
        )

    def apply_filter(self) -> None:
        """Show the entries the current criteria accept."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        entries = self.criteria().apply(snapshot.entries, snapshot.partners, dt.date.today())
        self.proxy.set_accepted({e.id for e in entries if e.id is not None})
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(len(entries)))
                                 .replace("%2", str(len(snapshot.entries))))

    def visible_entry_ids(self) -> list[int]:
        """The ids of the rows shown, top to bottom."""
        return [self.proxy.index(row, 0).data(ENTRY_ID_ROLE)
                for row in range(self.proxy.rowCount())]

    def select_entry(self, entry_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ENTRY_ID_ROLE) == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.entry_activated.emit(int(index.data(ENTRY_ID_ROLE)))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.entry_selected.emit(int(current.data(ENTRY_ID_ROLE)))
