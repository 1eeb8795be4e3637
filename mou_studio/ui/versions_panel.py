"""The named versions of the open agreement: save one, view one, compare two."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.storage import VersionInfo

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class VersionsPanel(QWidget):
    """Lists versions; asks (by signal) to save, show or compare them."""

    save_requested = Signal()
    show_requested = Signal(int)  # version number
    compare_requested = Signal(int, int)  # older, newer version numbers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPanel")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Versions"))
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Name"), self.tr("Saved (UTC)")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.save_button = QPushButton(self.tr("&Save Version…"))
        self.show_button = QPushButton(self.tr("Sho&w"))
        self.compare_button = QPushButton(self.tr("Co&mpare"))
        self.compare_button.setToolTip(self.tr("Compare the two selected versions"))
        self.compare_button.setVisible(False)  # shown once a comparer is connected
        buttons = QHBoxLayout()
        for button in (self.save_button, self.show_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self._on_show_button_clicked())
        self._update_buttons()

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.tree.clear()
        for version in versions:
            item = QTreeWidgetItem([str(version.number), version.name or "",
                                    version.created_at.replace("T", " ").replace("+00:00", "")])
            item.setData(0, NUMBER_ROLE, version.number)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def enable_compare(self) -> None:
        """Show the Compare button (a comparer listens to ``compare_requested``)."""
        self.compare_button.setVisible(True)
        self._update_buttons()

    def selected_numbers(self) -> list[int]:
        return sorted(int(item.data(0, NUMBER_ROLE)) for item in self.tree.selectedItems())

    def _update_buttons(self) -> None:
        count = len(self.tree.selectedItems())
        self.show_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)

    def _on_show_button_clicked(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1:
            self.show_requested.emit(numbers[0])

    def _on_compare_button_clicked(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 2:
            self.compare_requested.emit(numbers[0], numbers[1])
