"""Edit one register entry's status, dates, notice period, signatures and notes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.core.messages import msg
from mou_studio.core.register.model import RegisterEntry, Signature, Status, pick_name
from mou_studio.core.register.records import optional_day, signature_from_text
from mou_studio.ui.register.form_dialog import RegisterFormDialog
from mou_studio.ui.register.labels import status_label

DATE_FIELDS = ("effective_on", "expires_on", "review_on")


class EntryDialog(RegisterFormDialog):
    """A form over an entry; :meth:`changes` gives the checked new values."""

    def __init__(self, entry: RegisterEntry, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Register Entry"))
        self.entry = entry
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(entry.status.value))
        self.dates = {name: self._date_field(getattr(entry, name)) for name in DATE_FIELDS}
        self.notice_days = QSpinBox()
        self.notice_days.setRange(-1, 3650)
        self.notice_days.setSpecialValueText(self.tr("not set"))
        self.notice_days.setValue(-1 if entry.notice_days is None else entry.notice_days)
        self.notes = QPlainTextEdit(entry.notes)
        self.notes.setTabChangesFocus(True)
        self.signatures = SignaturesEditor(entry.signatures)
        self._lay_out(pick_name(entry.title, lang))

    def _date_field(self, day: dt.date | None) -> QLineEdit:
        field = QLineEdit("" if day is None else day.isoformat())
        field.setPlaceholderText(self.tr("YYYY-MM-DD"))
        return field

    def _lay_out(self, title: str) -> None:
        form = QFormLayout(self)
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Comes into effect"), self.dates["effective_on"])
        form.addRow(self.tr("Expires"), self.dates["expires_on"])
        form.addRow(self.tr("Review"), self.dates["review_on"])
        form.addRow(self.tr("Notice period (days)"), self.notice_days)
        form.addRow(self.tr("Signatures"), self.signatures)
        form.addRow(self.tr("Notes"), self.notes)
        self.finish_form(form)

    def changes(self) -> dict[str, Any]:
        """The new values; raises InvalidRegisterData naming the field that is wrong."""
        values: dict[str, Any] = {"status": Status(self.status.currentData())}
        labels = {"effective_on": self.tr("Comes into effect"),
                  "expires_on": self.tr("Expires"), "review_on": self.tr("Review")}
        for name, field in self.dates.items():
            try:
                values[name] = optional_day(field.text())
            except InvalidRegisterData as exc:
                # The core's "{column}: {problem}", with the field's label as column.
                raise InvalidRegisterData(msg("{column}: {problem}", column=labels[name],
                                              problem=exc.message)) from None
        days = self.notice_days.value()
        values["notice_days"] = None if days < 0 else days
        values["notes"] = self.notes.toPlainText().strip()
        values["signatures"] = self.signatures.signatures()
        return values

    def check(self) -> None:
        self.changes()


class SignaturesEditor(QWidget):
    """Who signed, for which party, when (as precisely as known) and where: one row each."""

    PARTY, DATE, PLACE = range(3)

    def __init__(self, signatures: list[Signature], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Party"), self.tr("Date"),
                                              self.tr("Place")])
        hint = self.tr("As precisely as known: YYYY-MM-DD, YYYY-MM or YYYY")
        header_item = self.table.horizontalHeaderItem(self.DATE)
        if header_item is not None:
            header_item.setToolTip(hint)
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.DATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 7)
        for signature in signatures:
            self.add_row(signature.party, signature.date.iso() if signature.date else "",
                         signature.place)
        self.add_button = QPushButton(self.tr("&Add Signature"))
        self.remove_button = QPushButton(self.tr("Re&move Signature"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint_label = QLabel(f"<small>{hint}</small>")
        hint_label.setWordWrap(True)
        buttons.addWidget(hint_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, party: str = "", date: str = "", place: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((party, date, place)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _on_add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, self.PARTY)
        item = self.table.item(row, self.PARTY)
        if item is not None:
            self.table.editItem(item)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def signatures(self) -> list[Signature]:
        """The rows as signatures; raises InvalidRegisterData naming the row that is wrong."""
        found: list[Signature] = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, column) for column in range(3)]
            if not any(text.strip() for text in texts):
                continue  # a row added and left empty
            try:
                found.append(signature_from_text(*texts))
            except InvalidRegisterData as exc:
                label = self.tr("Signature %1").replace("%1", str(row + 1))
                raise InvalidRegisterData(msg("{column}: {problem}", column=label,
                                              problem=exc.message)) from None
        return found
