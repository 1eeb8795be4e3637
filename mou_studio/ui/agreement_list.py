"""The list of stored agreements in the navigator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from mou_studio.core.storage import AgreementSummary

ID_ROLE = Qt.ItemDataRole.UserRole
# The kind of instrument, as stored (AgreementKind values) -> its name in the interface.
KIND_NAMES = {
    "mou": QT_TRANSLATE_NOOP("AgreementList", "MoU"),
    "agreement": QT_TRANSLATE_NOOP("AgreementList", "agreement"),
    "protocol": QT_TRANSLATE_NOOP("AgreementList", "protocol"),
    "exchange_of_letters": QT_TRANSLATE_NOOP("AgreementList", "exchange of letters"),
}


class AgreementList(QListWidget):
    """Shows agreement summaries; emits the id of the one the user selects."""

    agreement_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementList")
        self.setAccessibleName(self.tr("Agreements"))
        self.setWordWrap(True)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def set_summaries(self, summaries: list[AgreementSummary]) -> None:
        selected = self.selected_id()
        self.blockSignals(True)
        self.clear()
        for summary in summaries:
            versions = self.tr("%n version(s)", "", summary.version_count)
            known = KIND_NAMES.get(summary.kind)
            kind = self.tr(str(known)) if known is not None else summary.kind
            title = summary.title or self.tr("(untitled)")
            item = QListWidgetItem(f"{title}\n{kind} · {summary.language} · "
                                   f"{versions}")
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(title)
            self.addItem(item)
        self.blockSignals(False)
        if selected is not None:
            self.select_id(selected, emit=False)

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def ids(self) -> list[int]:
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]

    def select_id(self, agreement_id: int, emit: bool = True) -> bool:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == agreement_id:
                self.blockSignals(not emit)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return True
        return False

    def _on_current_item_changed(self, current: QListWidgetItem | None,
                                 _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.agreement_selected.emit(int(current.data(ID_ROLE)))
