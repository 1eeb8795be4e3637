"""The Problems dock: the linter's findings on the open agreement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.lint import Finding
from mou_studio.core.messages import Message
from mou_studio.ui.messages import core_text

SEVERITY_MARKS = {"error": QT_TRANSLATE_NOOP("ProblemsDock", "✖ error"),
                  "warning": QT_TRANSLATE_NOOP("ProblemsDock", "⚠ warning"),
                  "info": QT_TRANSLATE_NOOP("ProblemsDock", "ℹ note")}


class ProblemsDock(QDockWidget):
    """Findings listed by severity; activate one to jump to it, or apply its fix."""

    node_requested = Signal(str)  # uid of the node a finding is about
    fix_requested = Signal(object)  # the Finding whose quick fix to apply
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problemsDock")
        self.toggleViewAction().setText(self.tr("&Problems"))  # reachable by keyboard
        self.findings: list[Finding] = []
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Problems"))
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.summary = QLabel()
        self.fix_button = QPushButton(self.tr("Apply &Fix"))
        self.fix_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Check &Again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.fix_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.setWidget(box)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.refresh_button.clicked.connect(self.refresh_requested)

    def show_findings(self, findings: list[Finding],
                      describe: Callable[[Finding], Message | str]) -> None:
        """List ``findings``; ``describe`` says where each is ("Article 5, 1.").

        Messages and places are shown in the interface language."""
        self.findings = findings
        self.tree.clear()
        for index, finding in enumerate(findings):
            lang = f" [{finding.lang}]" if finding.lang else ""
            fix = f"  → {core_text(finding.fix.describe())}" if finding.fix else ""
            message = core_text(finding.message) + fix
            item = QTreeWidgetItem([self.tr(str(SEVERITY_MARKS[finding.severity.value])),
                                    core_text(describe(finding)) + lang, message])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(2, message)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        counts = [sum(1 for f in findings if f.severity.value == s)
                  for s in ("error", "warning", "info")]
        self.summary.setText(", ".join([self.tr("%n error(s)", "", counts[0]),
                                        self.tr("%n warning(s)", "", counts[1]),
                                        self.tr("%n note(s)", "", counts[2])]))
        self.fix_button.setEnabled(False)

    def current_finding(self) -> Finding | None:
        """The selected finding, or None."""
        item = self.tree.currentItem()
        if item is None:
            return None
        return self.findings[int(item.data(0, Qt.ItemDataRole.UserRole))]

    def _on_tree_current_item_changed(self, *_args: object) -> None:
        finding = self.current_finding()
        self.fix_button.setEnabled(finding is not None and finding.fix is not None)
        self._request(finding)

    def _on_tree_item_activated(self, *_args: object) -> None:
        self._request(self.current_finding())

    def _request(self, finding: Finding | None) -> None:
        place = finding.place if finding else None
        if place is not None and place.uid and place.part in ("node", "recital"):
            self.node_requested.emit(place.uid)

    def _on_fix_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.fix is not None:
            self.fix_requested.emit(finding)
