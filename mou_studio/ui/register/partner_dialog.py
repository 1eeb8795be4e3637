"""Add or edit a partner: key, kind, name and acronym in each register language, notes."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mou_studio.core.register.editing import check_new_partner_key
from mou_studio.core.register.model import Partner, PartnerKind
from mou_studio.core.register.store import check_partner
from mou_studio.ui.register.form_dialog import RegisterFormDialog
from mou_studio.ui.register.labels import REGISTER_LANGUAGES, partner_kind_label


class PartnerDialog(RegisterFormDialog):
    """A form over a partner; :meth:`partner` gives the checked result.

    With ``partner`` None it creates one (``taken`` lists the keys in use); otherwise the
    key, which CSV files and the CLI use, stays as it is.
    """

    def __init__(self, partner: Partner | None, taken: Collection[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = partner
        self.taken = taken
        self.setWindowTitle(self.tr("New Partner") if partner is None
                            else self.tr("Edit Partner"))
        self.key = QLineEdit("" if partner is None else partner.key)
        self.key.setReadOnly(partner is not None)
        self.key.setPlaceholderText(self.tr("short identifier, e.g. oecd"))
        self.kind = QComboBox()
        for kind in PartnerKind:
            self.kind.addItem(partner_kind_label(kind), kind.value)
        chosen = PartnerKind.INTERNATIONAL_ORGANISATION if partner is None else partner.kind
        self.kind.setCurrentIndex(self.kind.findData(chosen.value))
        self.names = {lang: QLineEdit() for lang in REGISTER_LANGUAGES}
        self.acronyms = {lang: QLineEdit() for lang in REGISTER_LANGUAGES}
        for lang in REGISTER_LANGUAGES:
            self.names[lang].setText("" if partner is None else partner.name.get(lang, ""))
            self.acronyms[lang].setText("" if partner is None
                                        else partner.acronym.get(lang, ""))
        self.notes = QPlainTextEdit("" if partner is None else partner.notes)
        self.notes.setTabChangesFocus(True)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        key_label = QLabel(self.tr("&Key"))
        key_label.setBuddy(self.key)
        form.addRow(key_label, self.key)
        kind_label = QLabel(self.tr("K&ind"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        form.addRow(self._names_grid())
        notes_label = QLabel(self.tr("N&otes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        self.finish_form(form)

    def _names_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Name")), 0, 1)
        grid.addWidget(QLabel(self.tr("Acronym")), 0, 2)
        language_names = {"fr": self.tr("French"), "en": self.tr("English"),
                          "ru": self.tr("Russian")}
        for row, lang in enumerate(REGISTER_LANGUAGES, start=1):
            grid.addWidget(QLabel(language_names[lang]), row, 0)
            grid.addWidget(self.names[lang], row, 1)
            grid.addWidget(self.acronyms[lang], row, 2)
            self.names[lang].setAccessibleName(
                self.tr("Name in %1").replace("%1", language_names[lang]))
            self.acronyms[lang].setAccessibleName(
                self.tr("Acronym in %1").replace("%1", language_names[lang]))
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        return grid

    def partner(self) -> Partner:
        """The partner the form describes; raises InvalidRegisterData if it cannot be kept."""
        key = self.key.text().strip()
        if self.original is None:
            check_new_partner_key(key, self.taken)
        partner = Partner(
            key=key,
            kind=PartnerKind(self.kind.currentData()),
            name={lang: f.text().strip() for lang, f in self.names.items() if f.text().strip()},
            acronym={lang: f.text().strip() for lang, f in self.acronyms.items()
                     if f.text().strip()},
            notes=self.notes.toPlainText().strip(),
            id=None if self.original is None else self.original.id,
        )
        check_partner(partner)
        return partner

    def check(self) -> None:
        self.partner()
