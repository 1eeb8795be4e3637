"""The editing panel: heading and text of the node selected in the outline."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.editing import read_text
from mou_studio.core.model import Agreement, Node, NodeKind
from mou_studio.core.numbering import Numbering
from mou_studio.ui.node_text_edit import NodeTextEdit

TYPING_PAUSE_MS = 400
HEADED_KINDS = (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER)


class NodeEditor(QWidget):
    """Edits one target (a node or a recital) in one language.

    Emits ``text_edited(target, field, value)`` after a short pause in typing, so that
    one undo step covers a burst of typing rather than one key.
    """

    text_edited = Signal(str, str, str)
    split_requested = Signal(str, int)
    reference_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nodeEditor")
        self.target: str | None = None
        self.lang = "fr"
        self.caption = QLabel()
        self.heading_edit = QLineEdit()
        self.heading_edit.setAccessibleName(self.tr("Heading"))
        self.text_edit = NodeTextEdit()
        self.reference_button = QPushButton(self.tr("Insert Cross-&reference…"))
        self._heading_label = QLabel(self.tr("&Heading:"))
        self._heading_label.setBuddy(self.heading_edit)
        self._timers = {"heading": self._pause_timer(), "text": self._pause_timer()}
        self._layout()
        self._connect()
        self.show_target(None, None, "fr")

    def _pause_timer(self) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        return timer

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self._heading_label, self.heading_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reference_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.heading_edit.textEdited.connect(lambda _text: self._timers["heading"].start())
        self.text_edit.textChanged.connect(self._timers["text"].start)
        self._timers["heading"].timeout.connect(lambda: self._emit("heading"))
        self._timers["text"].timeout.connect(lambda: self._emit("text"))
        self.text_edit.split_requested.connect(self._on_text_edit_split_requested)
        self.reference_button.clicked.connect(self.reference_requested)

    # -- showing -------------------------------------------------------------------

    def show_target(self, agreement: Agreement | None, target: str | None, lang: str) -> None:
        """Load ``target`` (node or recital uid) of ``agreement`` in ``lang``."""
        self.flush()
        self.target = target
        self.lang = lang
        node = agreement.find(target) if agreement and target else None
        is_recital = bool(agreement and target and
                          any(r.uid == target for r in agreement.recitals))
        editable = agreement is not None and (node is not None or is_recital)
        self.setEnabled(editable)
        if not editable or agreement is None or target is None:
            self.caption.setText(self.tr("Select an article, paragraph or recital to edit it."))
            self.heading_edit.clear()
            self.text_edit.set_raw_text("", None, lang, None)
            return
        numbering = Numbering(agreement)
        has_heading = node is not None and node.kind in HEADED_KINDS
        self.heading_edit.setVisible(has_heading)
        self._heading_label.setVisible(has_heading)
        self.heading_edit.setText(read_text(agreement, target, "heading", lang)
                                  if has_heading else "")
        caption = _caption(agreement, numbering, target, lang) or self.tr("Recital")
        self.caption.setText(f"<b>{caption}</b>")
        self.text_edit.set_raw_text(read_text(agreement, target, "text", lang), numbering,
                                    lang, target)

    def refresh_if_showing(self, agreement: Agreement, target: str | None) -> None:
        """Reload the panel after an undo/redo changed what it shows."""
        if target is None or target == self.target:
            self._stop_timers()
            self.show_target(agreement, self.target, self.lang)

    # -- typing --------------------------------------------------------------------

    def flush(self) -> None:
        """Emit pending typing now (before a structural edit, a save or a new selection)."""
        for field, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._emit(field)

    def _stop_timers(self) -> None:
        for timer in self._timers.values():
            timer.stop()

    def _emit(self, field: str) -> None:
        if self.target is None:
            return
        value = self.heading_edit.text() if field == "heading" else self.text_edit.raw_text()
        self.text_edited.emit(self.target, field, value)

    def _on_text_edit_split_requested(self, offset: int) -> None:
        if self.target is not None:
            self.flush()
            self.split_requested.emit(self.target, offset)


def _caption(agreement: Agreement, numbering: Numbering, uid: str, lang: str) -> str:
    """« Article 5 › 1. › a) »: where the edited text sits."""
    node = agreement.find(uid)
    if node is None:
        return ""
    parents = agreement.parent_map()
    labels = []
    current: Node | None = node
    while current is not None:
        label = numbering.label(current, lang)
        if label:
            labels.append(label)
        current = parents.get(current.uid)
    return " › ".join(reversed(labels))
