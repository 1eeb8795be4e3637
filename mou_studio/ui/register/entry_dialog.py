"""Edit one register entry's status, dates, notice period and notes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.core.messages import msg
from mou_studio.core.register.model import RegisterEntry, Status, pick_name
from mou_studio.core.register.records import optional_day
from mou_studio.ui.messages import core_text
from mou_studio.ui.register.labels import status_label

DATE_FIELDS = ("effective_on", "expires_on", "review_on")


class EntryDialog(QDialog):
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
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
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
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

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
        return values

    def _on_accepted(self) -> None:
        try:
            self.changes()
        except InvalidRegisterData as exc:
            self.error.setText(core_text(exc))
            return
        self.accept()
