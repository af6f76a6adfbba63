"""The one helper for background work: run a function off the GUI thread and
get its result or its error back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hrdoc.core.errors import HrdocError


class Task(QObject):
    """Signals of one background job, named as past-tense events."""

    finished = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except HrdocError as exc:
            self._task.failed.emit(str(exc))
        except Exception as exc:  # never a traceback in the window, never record content
            self._task.failed.emit(f"unexpected error ({type(exc).__name__}); nothing was changed")
        else:
            self._task.finished.emit(result)


def run_in_background(
    parent: QObject,
    fn: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
) -> Task:
    task = Task(parent)
    task.finished.connect(on_finished)
    task.failed.connect(on_failed)
    QThreadPool.globalInstance().start(_Runnable(task, fn))
    return task
