"""The one helper for background work: run a function off the GUI thread,
report progress, allow cancel, and deliver the result or the error on the
GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hrdoc.core.errors import HrdocError
from hrdoc.core.evidence import Cancelled


class Task(QObject):
    """Signals of one background job, named as past-tense events."""

    finished = Signal(object)
    failed = Signal(str)
    progress_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def report(self, done: int) -> None:
        """Given to the work as its progress callback; raises once cancelled."""
        if self._cancelled.is_set():
            raise Cancelled()
        self.progress_changed.emit(done)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Callable[[int], None]], Any]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self._task.report)
        except Cancelled:
            self._task.failed.emit("cancelled; nothing was changed")
        except HrdocError as exc:
            self._task.failed.emit(str(exc))
        except Exception as exc:  # never a traceback in the window, never record content
            self._task.failed.emit(f"unexpected error ({type(exc).__name__}); nothing was changed")
        else:
            self._task.finished.emit(result)


def run_in_background(
    parent: QObject,
    fn: Callable[..., Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Callable[[int], None] | None = None,
    *,
    with_progress: bool = False,
) -> Task:
    """Run ``fn()`` (or ``fn(report)`` with ``with_progress``) in the thread pool."""
    task = Task(parent)
    task.finished.connect(on_finished)
    task.failed.connect(on_failed)
    if on_progress:
        task.progress_changed.connect(on_progress)
    call = fn if with_progress else (lambda _report: fn())
    QThreadPool.globalInstance().start(_Runnable(task, call))
    return task
