"""QUndoCommands: thin wrappers that apply and revert a core edit."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mou_studio.core.editing import Edit, EditError, SetText
from mou_studio.core.model import Agreement
from mou_studio.ui.messages import core_text

TEXT_COMMAND_ID = 1001
MERGE_WINDOW_SECONDS = 3.0  # typing bursts closer than this are one undo step

# Called after every apply/revert with the edit, and whether the text panel must reload
# (not when the change came from typing in it).
Changed = Callable[[Edit, bool], None]
Failed = Callable[[str], None]


class EditCommand(QUndoCommand):
    """One undoable step: ``redo`` applies the core edit, ``undo`` reverts it.

    An edit the core refuses (an article dropped into a paragraph…) makes the command
    obsolete, so the stack drops it, and ``on_failed`` says why.
    """

    def __init__(self, agreement: Agreement, edit: Edit, on_changed: Changed,
                 on_failed: Failed) -> None:
        super().__init__(core_text(edit.description))
        self.agreement = agreement
        self.edit = edit
        self._on_changed = on_changed
        self._on_failed = on_failed
        self._applied_once = False

    def redo(self) -> None:
        try:
            self.edit.apply(self.agreement)
        except EditError as exc:
            self.setObsolete(True)
            self._on_failed(core_text(exc))
            return
        first = not self._applied_once
        self._applied_once = True
        self._on_changed(self.edit, not (first and self.typed_in_panel))

    def undo(self) -> None:
        self.edit.revert(self.agreement)
        self._on_changed(self.edit, True)

    typed_in_panel = False


class TextCommand(EditCommand):
    """Typing in one field: consecutive edits of the same field merge into one step."""

    typed_in_panel = True

    def __init__(self, agreement: Agreement, edit: SetText, on_changed: Changed,
                 on_failed: Failed) -> None:
        super().__init__(agreement, edit, on_changed, on_failed)
        self.text_edit = edit
        self.last_typed = time.monotonic()

    def id(self) -> int:
        return TEXT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, TextCommand):
            return False
        mine, theirs = self.text_edit, other.text_edit
        if (mine.target, mine.field_name, mine.lang) != (
                theirs.target, theirs.field_name, theirs.lang):
            return False
        if other.last_typed - self.last_typed > MERGE_WINDOW_SECONDS:
            return False
        # Keep our recorded old value (what undo restores); take their new value.
        mine.value = theirs.value
        self.last_typed = other.last_typed
        return True
