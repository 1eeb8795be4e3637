"""Record a new agreement with a partner: partner, title, status, optional link."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from mou_studio.core.errors import InvalidRegisterData
from mou_studio.core.register.model import Partner, Status
from mou_studio.ui.register.form_dialog import RegisterFormDialog
from mou_studio.ui.register.labels import status_label


class NewEntryDialog(RegisterFormDialog):
    """Asks what the register needs to know about a new agreement."""

    def __init__(self, partners: list[Partner], lang: str, open_agreement_title: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Agreement in the Register"))
        self.partner = QComboBox()
        for partner in sorted(partners, key=lambda p: p.label(lang).casefold()):
            self.partner.addItem(partner.label(lang), partner.key)
        self.title = QLineEdit()
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(Status.DRAFTING.value))
        self.link = QCheckBox(self.tr("Its text is the agreement open in the editor:\n%1")
                              .replace("%1", open_agreement_title or ""))
        self.link.setVisible(open_agreement_title is not None)
        self.link.setChecked(open_agreement_title is not None)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.link)
        self.finish_form(form)

    def partner_key(self) -> str:
        return str(self.partner.currentData())

    def chosen_status(self) -> Status:
        return Status(self.status.currentData())

    def check(self) -> None:
        if self.partner.count() == 0 or not self.title.text().strip():
            raise InvalidRegisterData(self.tr("Choose a partner and give a title."))
