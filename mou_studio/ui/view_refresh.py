"""Bringing the outline and the reading view up to date after edits.

Re-rendering a long agreement takes seconds, so edits only mark what changed and a short
single-shot timer refreshes once per burst of keystrokes or undo steps. A text change of
one node (its text or heading) touches only that node's outline item and paragraphs: it
cannot renumber anything, and a reference to the node shows its number, not its words.
Anything else (structure, title, parties, recitals, footnotes) re-renders both,
keeping the scroll position and the outline's selection and expanded items.

Whatever reads the views right after an edit calls ``flush()`` first.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from mou_studio.core.editing import Edit, SetText
from mou_studio.core.model import Agreement
from mou_studio.core.numbering import Numbering
from mou_studio.ui.main_window import MainWindow

REFRESH_DELAY_MS = 200
# A steady typist must still see the page follow now and then.
MAX_WAIT_SECONDS = 0.8
NODE_TEXT_FIELDS = ("text", "heading")


class ViewRefresher(QObject):
    """Collects what edits changed and refreshes the views once per burst."""

    def __init__(self, window: MainWindow,
                 shown: Callable[[], tuple[Agreement | None, str]]) -> None:
        super().__init__(window)
        self.window = window
        self._shown = shown  # the agreement the views show, and in which language
        self._full = False
        self._nodes: set[str] = set()
        self._since: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        window.document_view.before_read.append(self.flush)

    @property
    def pending(self) -> bool:
        return self._full or bool(self._nodes)

    def edit_applied(self, edit: Edit) -> None:
        """Note what ``edit`` changed and schedule the refresh."""
        agreement, _lang = self._shown()
        if (isinstance(edit, SetText) and edit.field_name in NODE_TEXT_FIELDS
                and agreement is not None and agreement.find(edit.target) is not None):
            self._nodes.add(edit.target)
        else:
            self._full = True
        self._schedule()

    def _schedule(self) -> None:
        now = time.monotonic()
        if self._since is None:
            self._since = now
        if not self.timer.isActive() or now - self._since < MAX_WAIT_SECONDS:
            self.timer.start()

    def cancel(self) -> None:
        """Forget pending work: the views were just rendered afresh."""
        self.timer.stop()
        self._full = False
        self._nodes.clear()
        self._since = None

    def flush(self) -> None:
        """Render the pending changes now (nothing when the views are current)."""
        if not self.pending:
            return
        full, nodes = self._full, set(self._nodes)
        self.cancel()
        agreement, lang = self._shown()
        if agreement is None:
            return
        if full or not self._update_nodes(agreement, lang, nodes):
            self._render_all(agreement, lang)

    def _update_nodes(self, agreement: Agreement, lang: str, uids: set[str]) -> bool:
        numbering = Numbering(agreement)
        outline, view = self.window.outline_view, self.window.document_view
        for node in agreement.walk():
            if node.uid not in uids:
                continue
            if not (outline.update_node(numbering, node, lang)
                    and view.update_node(numbering, node)):
                return False
        return True

    def _render_all(self, agreement: Agreement, lang: str) -> None:
        view = self.window.document_view
        scroll = view.verticalScrollBar().value()
        self.window.outline_view.show_agreement(agreement, lang)
        view.show_agreement(agreement, lang)
        view.verticalScrollBar().setValue(scroll)
