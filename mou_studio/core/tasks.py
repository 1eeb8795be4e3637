"""Progress and cancellation for long core work, without Qt.

Long operations (import, compare, export) take a :class:`TaskControl`; they call
``control.progress(done, total, message)`` now and then and ``control.check()`` between
steps, which raises :class:`Cancelled` once the user asked to stop. The GUI adapts this to
signals; the CLI passes :data:`NO_CONTROL` or a control that prints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from mou_studio.core.errors import MouStudioError
from mou_studio.core.messages import msg

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(MouStudioError):
    """The user cancelled the operation; nothing was changed."""


class TaskControl:
    """A cancel flag and a progress sink shared between a worker and whoever watches it."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._cancel.is_set():
            raise Cancelled(msg("cancelled"))

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report that ``done`` of ``total`` steps are finished, then check for cancel."""
        if self._on_progress is not None:
            self._on_progress(done, total, message)
        self.check()


def no_control() -> TaskControl:
    """A control nobody watches or cancels, for callers with nothing to report to."""
    return TaskControl()
