"""The register's forms: fields, a line that says what is wrong, and OK/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.ui.messages import core_text

ERROR_STYLE = "color: #b00020"


class RegisterFormDialog(QDialog):
    """OK closes the form only when :meth:`check` passes; otherwise the error line under
    the fields says why and nothing is returned to the caller."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

    def finish_form(self, form: QFormLayout) -> None:
        """Put the error line and the OK/Cancel buttons under the fields of ``form``."""
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check(self) -> None:
        """Raise :class:`InvalidRegisterData` when the form cannot be accepted as it is."""

    def _on_accepted(self) -> None:
        try:
            self.check()
        except InvalidRegisterData as exc:
            self.error.setText(core_text(exc))
            return
        self.accept()
