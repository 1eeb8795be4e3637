"""Running core work off the UI thread, with progress and cancel, as Qt signals."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from mou_studio.core.errors import MouStudioError
from mou_studio.core.tasks import Cancelled, TaskControl
from mou_studio.ui.messages import core_text

log = logging.getLogger(__name__)

Job = Callable[[TaskControl], Any]


class TaskSignals(QObject):
    """Signals of one background task; they are delivered on the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job, control: TaskControl, signals: TaskSignals) -> None:
        super().__init__()
        self._job = job
        self._control = control
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._job(self._control)
        except Cancelled:
            self._signals.cancelled.emit()
        except MouStudioError as exc:
            self._signals.failed.emit(core_text(exc))
        except Exception as exc:  # an unexpected bug: log it, never crash the window
            log.error("background task failed:\n%s", traceback.format_exc())
            message = QCoreApplication.translate("TaskRunner", "Unexpected error: %1")
            self._signals.failed.emit(message.replace("%1", str(exc)))
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class BackgroundTask:
    """A handle on a job running in the pool: its signals, and a way to cancel it."""

    def __init__(self, job: Job, pool: QThreadPool) -> None:
        self.signals = TaskSignals()
        self.control = TaskControl(self.signals.progressed.emit)
        self._runnable = _Runnable(job, self.control, self.signals)
        self._pool = pool

    def start(self) -> BackgroundTask:
        self._pool.start(self._runnable)
        return self

    def cancel(self) -> None:
        self.control.cancel()


class TaskRunner:
    """Starts background tasks on one pool and keeps them alive until they finish."""

    def __init__(self, pool: QThreadPool) -> None:
        self._pool = pool
        self._running: set[BackgroundTask] = set()

    def run(
        self,
        job: Job,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], object] | None = None,
        on_finished: Callable[[], object] | None = None,
    ) -> BackgroundTask:
        """Run ``job(control)`` off the UI thread; callbacks run on the UI thread.

        Pass every callback here: a queued signal reaches only the slots connected when
        it was emitted, and a short job can finish before ``run`` returns.
        """
        task = BackgroundTask(job, self._pool)
        if on_success is not None:
            task.signals.succeeded.connect(on_success)
        if on_failure is not None:
            task.signals.failed.connect(on_failure)
        if on_progress is not None:
            task.signals.progressed.connect(on_progress)
        if on_cancelled is not None:
            task.signals.cancelled.connect(on_cancelled)
        if on_finished is not None:
            task.signals.finished.connect(on_finished)
        self._running.add(task)
        task.signals.finished.connect(lambda: self._running.discard(task))
        return task.start()

    def wait_for_all(self, msecs: int = 10000) -> bool:
        """Block until every task finished (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
