"""File ▸ Restore from Backup…: the backups with their dates and sizes, pick one."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.storage.backup import SAFETY_SUFFIX, BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreBackupDialog(QDialog):
    """Lists backups, newest first; ``chosen()`` is the one selected when accepted."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(560, 360)
        self._backups = backups
        self.table = QTableWidget(len(backups), 3)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fill()
        self._lay_out()

    def _fill(self) -> None:
        locale = QLocale()
        for row, info in enumerate(self._backups):
            when = QDateTime.fromSecsSinceEpoch(int(info.created_at.timestamp()),
                                                QTimeZone.systemTimeZone())
            kind = (self.tr("Before a restore") if info.tag == SAFETY_SUFFIX
                    else self.tr("Backup"))
            cells = [locale.toString(when, QLocale.FormatType.LongFormat),
                     locale.formattedDataSize(info.size), kind]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(info.name)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self._backups:
            self.table.selectRow(0)

    def _lay_out(self) -> None:
        intro = QLabel(self.tr(
            "Choose the backup to restore. The current database is kept as a backup "
            "first, so this can be undone."))
        intro.setWordWrap(True)
        intro.setBuddy(self.table)
        if not self._backups:
            intro.setText(self.tr("There is no backup of this database yet."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self._backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        """The selected backup, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None
