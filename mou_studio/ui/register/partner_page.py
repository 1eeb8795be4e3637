"""A partner's page: its names, its agreements, their signatures, versions, signed copies."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.register.model import Partner, RegisterEntry, pick_name
from mou_studio.core.register.snapshot import RegisterSnapshot
from mou_studio.ui.register.labels import REGISTER_LANGUAGES, partner_kind_label, status_label

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COPY_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PartnerPage(QWidget):
    """Shows one partner; asks to open an agreement's text in the editor."""

    agreement_open_requested = Signal(int)  # agreement id
    partner_chosen = Signal(str)  # partner key, picked in the chooser
    edit_requested = Signal()
    partner_edit_requested = Signal()
    copy_save_requested = Signal(int, str)  # signed copy id, its file name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerPage")
        # Every partner, including one without agreements (not reachable from the table).
        self.chooser = QComboBox()
        self.chooser.setObjectName("partnerChooser")
        self.chooser.setAccessibleName(self.tr("Partner"))
        self.chooser.setPlaceholderText(self.tr("Choose a partner…"))
        self.chooser.activated.connect(self._on_chooser_activated)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Agreement"))
        self.tree.setHeaderLabels([self.tr("Agreement"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self.tr("Open in Editor"))
        self.open_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Edit Status and Dates…"))
        self.edit_button.setEnabled(False)
        self.edit_partner_button = QPushButton(self.tr("Edit Partner…"))
        self.edit_partner_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_partner_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.edit_button.clicked.connect(self.edit_requested)
        self.edit_partner_button.clicked.connect(self.partner_edit_requested)
        self.partner_key: str | None = None

    def set_partners(self, snapshot: RegisterSnapshot, lang: str) -> None:
        """List every partner of ``snapshot`` in the chooser, by label, keeping the shown one."""
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for partner in sorted(snapshot.partners.values(),
                              key=lambda p: p.label(lang).casefold()):
            self.chooser.addItem(partner.label(lang), partner.key)
        self.chooser.setCurrentIndex(self.chooser.findData(self.partner_key))
        self.chooser.blockSignals(False)

    def _on_chooser_activated(self, index: int) -> None:
        key = self.chooser.itemData(index)
        if isinstance(key, str):
            self.partner_chosen.emit(key)

    def show_partner(self, snapshot: RegisterSnapshot, key: str, lang: str,
                     entry_id: int | None = None) -> None:
        """Show partner ``key``; select the entry ``entry_id`` when given."""
        self.partner_key = key
        self.set_partners(snapshot, lang)
        partner = snapshot.partners.get(key)
        self.edit_partner_button.setEnabled(partner is not None)
        self.header.setText(_header_html(partner, key, lang))
        self.tree.clear()
        for entry in snapshot.partner_entries(key):
            item = self._entry_item(snapshot, entry, lang)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if entry.id == entry_id:
                self.tree.setCurrentItem(item)
        if not snapshot.partner_entries(key):
            QTreeWidgetItem(self.tree, [self.tr("No agreement recorded with this partner")])

    def agreement_titles(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def _entry_item(self, snapshot: RegisterSnapshot, entry: RegisterEntry,
                    lang: str) -> QTreeWidgetItem:
        signed = entry.signed_on()
        item = QTreeWidgetItem([pick_name(entry.title, lang), status_label(entry.status)
                                + (f" — {signed.display(lang)}" if signed else "")])
        item.setData(0, ENTRY_ID_ROLE, entry.id)
        agreement_id = snapshot.agreement_id(entry)
        item.setData(0, AGREEMENT_ID_ROLE, agreement_id)
        for signature in entry.signatures:
            when = signature.date.display(lang) if signature.date else self.tr("date unknown")
            where = f", {signature.place}" if signature.place else ""
            item.addChild(QTreeWidgetItem([self.tr("Signed by %1").replace(
                "%1", signature.party), f"{when}{where}"]))
        if agreement_id is not None:
            for version in snapshot.versions.get(agreement_id, []):
                mark = self.tr(" (the signed text)") \
                    if version.number == entry.signed_version else ""
                child = QTreeWidgetItem([self.tr("Version %1").replace(
                    "%1", str(version.number)) + mark, version.name or version.created_at])
                child.setData(0, AGREEMENT_ID_ROLE, agreement_id)
                item.addChild(child)
        for copy in snapshot.attachments.get(entry.id or 0, []):
            child = QTreeWidgetItem([self.tr("Signed copy: %1").replace(
                "%1", copy.filename), f"SHA-256 {copy.sha256[:16]}…"])
            child.setData(0, COPY_ID_ROLE, copy.id)
            child.setData(1, COPY_ID_ROLE, copy.filename)
            child.setToolTip(0, self.tr("Double-click to save a copy of the file"))
            item.addChild(child)
        if entry.subject:
            item.setToolTip(0, pick_name(entry.subject, lang))
        return item

    def selected_agreement_id(self) -> int | None:
        item = self.tree.currentItem()
        value = None if item is None else item.data(0, AGREEMENT_ID_ROLE)
        return int(value) if value is not None else None

    def selected_entry_id(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        value = None if item is None else item.data(0, ENTRY_ID_ROLE)
        return int(value) if value is not None else None

    def _on_current_item_changed(self, *_items: object) -> None:
        self.open_button.setEnabled(self.selected_agreement_id() is not None)
        self.edit_button.setEnabled(self.selected_entry_id() is not None)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        copy_id = item.data(0, COPY_ID_ROLE)
        if copy_id is not None:
            self.copy_save_requested.emit(int(copy_id), str(item.data(1, COPY_ID_ROLE)))
        else:
            self._on_open_clicked()

    def _on_open_clicked(self) -> None:
        agreement_id = self.selected_agreement_id()
        if agreement_id is not None:
            self.agreement_open_requested.emit(agreement_id)


def _header_html(partner: Partner | None, key: str, lang: str) -> str:
    if partner is None:
        return f"<h3>{escape(key)}</h3>"
    names = "".join(
        f"<br><small>{code.upper()}: {escape(partner.name.get(code, ''))}"
        f"{' (' + escape(partner.acronym[code]) + ')' if partner.acronym.get(code) else ''}"
        "</small>"
        for code in REGISTER_LANGUAGES
        if partner.name.get(code) and partner.name[code] != pick_name(partner.name, lang)
    )
    title = escape(pick_name(partner.name, lang))
    acronym = escape(partner.acronym.get(lang, ""))
    notes = f"<p>{escape(partner.notes)}</p>" if partner.notes else ""
    return (f"<h3>{title}{' — ' + acronym if acronym else ''}</h3>"
            f"<i>{escape(partner_kind_label(partner.kind))}</i>{names}{notes}")
