"""The preview shown before an import stores anything: detected structure and report."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.importing import ImportResult, Instrument
from mou_studio.core.model import Agreement, Node
from mou_studio.core.numbering import Numbering
from mou_studio.ui.messages import core_text

_TEXT_PREVIEW = 90
# The importer's kinds of act (Instrument.kind) -> their names in the interface.
INSTRUMENT_KINDS = {
    "mou": QT_TRANSLATE_NOOP("ImportPreviewDialog", "MoU"),
    "agreement": QT_TRANSLATE_NOOP("ImportPreviewDialog", "agreement"),
    "protocol": QT_TRANSLATE_NOOP("ImportPreviewDialog", "protocol"),
    "exchange_of_letters": QT_TRANSLATE_NOOP("ImportPreviewDialog", "exchange of letters"),
    "regulation": QT_TRANSLATE_NOOP("ImportPreviewDialog", "regulation"),
    "directive": QT_TRANSLATE_NOOP("ImportPreviewDialog", "directive"),
    "decision": QT_TRANSLATE_NOOP("ImportPreviewDialog", "decision"),
    "recommendation": QT_TRANSLATE_NOOP("ImportPreviewDialog", "recommendation"),
    "other": QT_TRANSLATE_NOOP("ImportPreviewDialog", "other text"),
}


class ImportPreviewDialog(QDialog):
    """Shows what a file holds; the checked agreements are imported on OK."""

    def __init__(self, result: ImportResult, file_name: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", file_name))
        self.resize(900, 650)
        self.import_result = result
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Detected structure"), self.tr("Details")])
        self.tree.setColumnWidth(0, 420)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill()

    def _layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(self.tr("<b>Import report</b>")))
        inner.addWidget(self.report)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        for instrument in self.import_result.instruments:
            self.tree.addTopLevelItem(self._instrument_item(instrument))
        self.report.setPlainText(self._report_text())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.import_result.agreements()))

    def _instrument_item(self, instrument: Instrument) -> QTreeWidgetItem:
        details = self.tr("%n article(s), lines %1–%2", "", instrument.article_count).replace(
            "%1", str(instrument.first_line)).replace("%2", str(instrument.last_line))
        known = INSTRUMENT_KINDS.get(instrument.kind)
        kind = self.tr(str(known)) if known is not None else instrument.kind
        item = QTreeWidgetItem([f"[{kind}] {instrument.title}", details])
        agreement = instrument.agreement
        if agreement is None:
            item.setDisabled(True)
            return item
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        for child in _agreement_items(agreement):
            item.addChild(child)
        item.setExpanded(len(self.import_result.agreements()) == 1)
        return item

    def _report_text(self) -> str:
        report = self.import_result.report
        lines = [f"⚠ {core_text(w)}" for w in report.warnings]
        dropped = self.tr("dropped line %1 (%2): %3")
        # One pass over the placeholders: a value may itself hold "%2" or "%3".
        lines += [_fill(dropped, str(d.line), core_text(d.reason), d.text)
                  for d in report.dropped]
        unresolved = self.tr("unresolved reference: %1")
        lines += [_fill(unresolved, core_text(r)) for r in report.unresolved_references]
        return "\n".join(lines) or self.tr("Nothing to report.")

    def chosen(self) -> list[Agreement]:
        """The agreements the user left checked."""
        chosen: list[Agreement] = []
        for index, instrument in enumerate(self.import_result.instruments):
            item = self.tree.topLevelItem(index)
            checked = item is not None and item.checkState(0) == Qt.CheckState.Checked
            if instrument.agreement is not None and checked:
                chosen.append(instrument.agreement)
        return chosen


def _fill(template: str, *values: str) -> str:
    """Qt's ``%1``…``%9`` filled in one pass, so a value's own "%2" stays as typed."""
    return re.sub(r"%([1-9])", lambda m: values[int(m[1]) - 1]
                  if int(m[1]) <= len(values) else m[0], template)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_PREVIEW else text[: _TEXT_PREVIEW - 1] + "…"


def _agreement_items(agreement: Agreement) -> list[QTreeWidgetItem]:
    lang = agreement.language
    numbering = Numbering(agreement)
    parties = QTreeWidgetItem(
        [QCoreApplication.translate("ImportPreviewDialog", "Parties"),
         str(len(agreement.parties))])
    for party in agreement.parties:
        parties.addChild(QTreeWidgetItem([party.name.get(lang, ""),
                                          party.short_form(lang)]))
    recitals = QTreeWidgetItem(
        [QCoreApplication.translate("ImportPreviewDialog", "Recitals"),
         str(len(agreement.recitals))])
    for recital in agreement.recitals:
        recitals.addChild(QTreeWidgetItem([_short(recital.text.get(lang, ""))]))
    body = QTreeWidgetItem(
        [QCoreApplication.translate("ImportPreviewDialog", "Operative text"),
         str(len(agreement.articles()))])
    for node in agreement.body:
        body.addChild(_node_item(node, numbering, lang))
    signatures = QTreeWidgetItem(
        [QCoreApplication.translate("ImportPreviewDialog", "Signatures"),
         str(len(agreement.signatures))])
    for block in agreement.signatures:
        place = block.place.get(lang, "")
        signatures.addChild(QTreeWidgetItem([block.caption.get(lang, ""),
                                             f"{block.signatory} {block.date or ''} {place}"]))
    items = [parties, recitals, body, signatures]
    if agreement.annexes:
        items.append(QTreeWidgetItem(
        [QCoreApplication.translate("ImportPreviewDialog", "Annexes"),
         str(len(agreement.annexes))]))
    return items


def _node_item(node: Node, numbering: Numbering, lang: str) -> QTreeWidgetItem:
    label = numbering.label(node, lang) or "¶"
    heading = node.heading.get(lang, "")
    text = numbering.render_text(node.text.get(lang, ""), lang, node.uid)
    item = QTreeWidgetItem([f"{label} {heading}".strip(), _short(text)])
    for child in node.children:
        item.addChild(_node_item(child, numbering, lang))
    return item
