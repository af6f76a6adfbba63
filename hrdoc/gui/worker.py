"""The one helper for background work: run a function off the GUI thread,
report progress, allow cancel, and deliver the result or the error on the
GUI thread."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from hrdoc.core.errors import HrdocError, VaultLocked, WrongPassphrase, WrongRecoveryCode
from hrdoc.core.progress import Cancelled
from hrdoc.gui.widgets import show_progress

#: jobs started and not yet ended, so locking can stop them all
_running: weakref.WeakSet[Task] = weakref.WeakSet()


def error_text(exc: BaseException) -> str:
    """The message for an error the user can cause: the most common ones in the
    window's language, the rest as the one English line the CLI also prints."""
    known = {
        Cancelled: QCoreApplication.translate("Errors", "Cancelled; nothing was changed."),
        WrongPassphrase: QCoreApplication.translate(
            "Errors", "Wrong passphrase. The vault was not opened and nothing was changed."
        ),
        WrongRecoveryCode: QCoreApplication.translate(
            "Errors", "Wrong recovery code. The vault was not opened and nothing was changed."
        ),
        VaultLocked: QCoreApplication.translate("Errors", "The vault is locked."),
    }
    return known.get(type(exc), str(exc))


class Task(QObject):
    """Signals of one background job, named as past-tense events."""

    finished = Signal(object)
    failed = Signal(str)
    progress_changed = Signal(object, object)  # done, total (0: not known)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def report(self, done: int, total: int = 0) -> None:
        """Given to the work as its progress callback; raises once cancelled."""
        if self._cancelled.is_set():
            raise Cancelled()
        self.progress_changed.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self._task.report)
        except (Cancelled, HrdocError) as exc:
            self._task.failed.emit(error_text(exc))
        except Exception as exc:  # never a traceback in the window, never record content
            self._task.failed.emit(
                QCoreApplication.translate(
                    "Errors", "Unexpected error (%1); nothing was changed."
                ).replace("%1", type(exc).__name__)
            )
        else:
            self._task.finished.emit(result)


def run_in_background(
    parent: QObject,
    fn: Callable[..., Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    with_progress: bool = False,
) -> Task:
    """Run ``fn()`` (or ``fn(report)`` with ``with_progress``) in the thread pool."""
    task = Task(parent)
    _running.add(task)
    task.finished.connect(lambda _result: _running.discard(task))
    task.failed.connect(lambda _message: _running.discard(task))
    task.finished.connect(on_finished)
    task.failed.connect(on_failed)
    if on_progress:
        task.progress_changed.connect(on_progress)
    call = fn if with_progress else (lambda _report: fn())
    QThreadPool.globalInstance().start(_Runnable(task, call))
    return task


def stop_all(timeout_ms: int = 15_000) -> bool:
    """Cancel every running job and wait for them to end (before the vault
    locks). Their results are dropped: nothing reaches a window after this.
    False if some job did not end in time."""
    from hrdoc.reports.charts import main_thread_is_waiting

    for task in list(_running):
        task.blockSignals(True)
        task.cancel()
    _running.clear()
    main_thread_is_waiting(True)  # a job waiting to draw a chart here gives up
    try:
        return QThreadPool.globalInstance().waitForDone(timeout_ms)
    finally:
        main_thread_is_waiting(False)


def run_with_progress_dialog(
    parent: QWidget,
    label: str,
    fn: Callable[[Callable[[int, int], None]], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
) -> Task:
    """Run ``fn(report)`` off the GUI thread behind a window-modal progress
    dialog (percentages when the work knows its total) with a Cancel button."""
    cancel = QCoreApplication.translate("Progress", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle("hrdoc")
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    bar = dialog.findChild(QProgressBar)

    def ended(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def end(value: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            callback(value)

        return end

    task = run_in_background(
        parent,
        fn,
        ended(on_finished),
        ended(on_failed),
        (lambda done, total: show_progress(bar, done, total)) if bar else None,
        with_progress=True,
    )
    dialog.canceled.connect(task.cancel)
    dialog.rejected.connect(task.cancel)  # Escape
    dialog.open()
    return task
