"""Undoable register edits: each step writes through the core in the background, in order.

Register edits are committed at once (there is no "save" for the register), so a command's
``redo``/``undo`` is itself a small database write. Writes queue up in a
:class:`RegisterWriter` so that a quick Undo, Undo, Redo reaches the database in that order
even though each runs on the task pool.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from mou_studio.core.register import editing
from mou_studio.core.register.model import Partner, RegisterEntry
from mou_studio.core.register.store import RegisterStore
from mou_studio.ui.context import AppContext

Write = Callable[[sqlite_utils.Database], Any]


class RegisterWriter(QObject):
    """Runs register writes one after the other off the UI thread."""

    written = Signal(bool)  # the queue is empty again (True: every write succeeded)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._queue: deque[Write] = deque()
        self._busy = False
        self._all_ok = True

    def submit(self, write: Write) -> None:
        self._queue.append(write)
        if not self._busy:
            self._next()

    def idle(self) -> bool:
        return not self._busy and not self._queue

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            all_ok, self._all_ok = self._all_ok, True
            self.written.emit(all_ok)
            return
        self._busy = True
        write = self._queue.popleft()
        connect = self.ctx.connect

        def job(_control: object) -> Any:
            db = connect()
            try:
                return write(db)
            finally:
                if db.conn is not None:
                    db.conn.close()

        self.ctx.tasks.run(job, lambda _result: self._next(), self._on_failed)

    def _on_failed(self, message: str) -> None:
        self._all_ok = False
        self.failed.emit(message)
        self._next()


class RegisterCommand(QUndoCommand):
    """One register step; ``do``/``undo`` are database writes run by the writer."""

    def __init__(self, text: str, writer: RegisterWriter, do: Write, undo: Write) -> None:
        super().__init__(text)
        self._writer = writer
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._writer.submit(self._do)

    def undo(self) -> None:
        self._writer.submit(self._undo)


def add_partner(text: str, writer: RegisterWriter, partner: Partner) -> RegisterCommand:
    key = partner.key
    return RegisterCommand(text, writer, lambda db: editing.add_partner(db, partner),
                           lambda db: editing.delete_partner(db, key))


def edit_partner(text: str, writer: RegisterWriter, before: Partner,
                 after: Partner) -> RegisterCommand:
    return RegisterCommand(text, writer, lambda db: editing.update_partner(db, after),
                           lambda db: editing.update_partner(db, before))


def delete_partner(text: str, writer: RegisterWriter, partner: Partner) -> RegisterCommand:
    key = partner.key
    return RegisterCommand(text, writer, lambda db: editing.delete_partner(db, key),
                           lambda db: editing.add_partner(db, partner))


def edit_entry(text: str, writer: RegisterWriter, before: RegisterEntry,
               after: RegisterEntry) -> RegisterCommand:
    return RegisterCommand(text, writer, lambda db: RegisterStore(db).save_entry(after),
                           lambda db: RegisterStore(db).save_entry(before))


class EntryPresenceCommand(QUndoCommand):
    """Adds or deletes an entry; the way back restores it with its signed copies."""

    def __init__(self, text: str, writer: RegisterWriter, entry: RegisterEntry,
                 adding: bool) -> None:
        super().__init__(text)
        self._writer = writer
        self._entry = entry
        self._adding = adding
        # Set by the write that removed the entry (the writer runs one write at a time,
        # so the write that puts it back always sees it).
        self._removed: editing.RemovedEntry | None = None

    def redo(self) -> None:
        self._writer.submit(self._put_back if self._adding else self._remove)

    def undo(self) -> None:
        self._writer.submit(self._remove if self._adding else self._put_back)

    def _remove(self, db: sqlite_utils.Database) -> None:
        self._removed = editing.remove_entry(db, self._entry.uid)

    def _put_back(self, db: sqlite_utils.Database) -> int:
        if self._removed is None:
            return editing.add_entry(db, self._entry)
        return editing.restore_entry(db, self._removed)
