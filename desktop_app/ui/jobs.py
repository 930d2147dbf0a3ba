"""Work off the UI thread: one runner for exports and printing, imports and analyses.

A job is a plain function ``work(progress)`` run in a worker thread of the runner's own pool (one
job at a time unless told otherwise: later ones wait). ``progress`` is how the job talks back.
Called as a ``Progress`` — ``progress(text, done, total)`` — it reports a step and raises
``Cancelled`` once the job is cancelled, so the work stops where it is; ``progress.report(...)``
only reports and ``progress.cancelled()`` only asks, for work that stops on its own between steps
(an import keeps what it imported so far). The outcome comes back in the UI thread, exactly one of
``done(result)``, ``failed(reason)`` with the exception as one line (``one_line``) or
``cancelled()``.

``BackgroundJobs`` adds what printing and exports show: a progress dialog with Cancel that appears
when a job takes longer than a second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.export.files import Cancelled, Progress
from desktop_app.ui.dialogs import progress_dialog

__all__ = ["BackgroundJobs", "Cancelled", "Job", "JobProgress", "JobRunner", "one_line"]


def one_line(exc: BaseException) -> str:
    """Why a job failed, in one line for the user.

    Our own exceptions (``ExportError``, ``LibraryError``, ``ImportFailure``, …) and the system's
    (``OSError``) carry a message written for users: it is shown as it is. Anything else is a bug or
    an unforeseen failure, named by its type so that the line still means something ("KeyError: 5").
    """
    text = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    ours = type(exc).__module__.startswith("desktop_app.") or isinstance(exc, OSError)
    if ours and text:
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@dataclass(eq=False)
class Job:
    """A started job: its label (for progress dialogs) and its own Cancel."""

    number: int
    label: str
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    def cancel(self) -> None:
        """Stop the job at its next step (or before it starts, when it waits)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class JobProgress:
    """What a job's work is given: report steps, learn that the user cancelled."""

    def __init__(self, job: Job, emit: Callable[[int, str, int, int], None]) -> None:
        self._job, self._emit = job, emit

    def __call__(self, text: str, done: int, total: int) -> None:
        """A ``Progress``: report a step, or raise ``Cancelled`` once the job is cancelled."""
        self.check()
        self.report(text, done, total)

    def report(self, text: str, done: int, total: int) -> None:
        self._emit(self._job.number, text, done, total)

    def cancelled(self) -> bool:
        return self._job.cancelled

    def check(self) -> None:
        if self._job.cancelled:
            raise Cancelled()


@dataclass
class _Pending:
    job: Job
    runnable: QRunnable
    done: Callable[[Any], None] | None
    failed: Callable[[str], None] | None
    cancelled: Callable[[], None] | None
    progressed: Callable[[Job, str, int, int], None] | None


class _Bridge(QObject):
    """Lives in the runner's thread; workers emit through it, so the slots run in that thread."""

    progressed = Signal(int, str, int, int)  # job number, text, done, total
    finished = Signal(int, str, object)  # job number, "done" | "failed" | "cancelled", result or reason


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Callable[[JobProgress], Any], bridge: _Bridge, home: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until the outcome is delivered
        self._job, self._work, self._bridge, self._home = job, work, bridge, home

    def run(self) -> None:
        progress = JobProgress(self._job, self._bridge.progressed.emit)
        try:
            progress.check()
            result = self._work(progress)
            if isinstance(result, QObject):  # e.g. a laid-out document: the UI thread uses it next
                result.moveToThread(self._home)
        except Cancelled:
            self._bridge.finished.emit(self._job.number, "cancelled", None)
        except Exception as exc:  # noqa: BLE001 - reported to the user in one line, never a traceback
            self._bridge.finished.emit(self._job.number, "failed", one_line(exc))
        else:
            self._bridge.finished.emit(self._job.number, "done", result)


class JobRunner(QObject):
    """Runs jobs in worker threads (``threads`` at a time, the rest wait) while the window stays usable."""

    busy_changed = Signal(bool)  # True when the first job starts, False when the last one is over

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._on_progress)
        self._bridge.finished.connect(self._on_finished)
        self._pending: dict[int, _Pending] = {}
        self._next = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def jobs(self) -> list[Job]:
        """The jobs started and not yet over, oldest first."""
        return [pending.job for pending in self._pending.values()]

    def start(
        self,
        work: Callable[[JobProgress], Any],
        *,
        label: str = "",
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        progressed: Callable[[Job, str, int, int], None] | None = None,
    ) -> Job:
        """Run ``work(progress)`` in a worker; one of ``done``, ``failed``, ``cancelled`` follows."""
        self._next += 1
        job = Job(self._next, label)
        if self._closed:
            job.cancel()
        runnable = _Runnable(job, work, self._bridge, self.thread())
        self._pending[job.number] = _Pending(job, runnable, done, failed, cancelled, progressed)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(runnable)
        return job

    def cancel(self) -> None:
        """Stop the running jobs at their next step, and the waiting ones before they start."""
        for pending in self._pending.values():
            pending.job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (their outcomes are delivered by the event loop after)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 5000) -> bool:
        """The window is closing: cancel everything, wait for the worker, report nothing more."""
        self._closed = True
        self.cancel()
        self._pool.clear()
        finished = self._pool.waitForDone(msecs)
        self._pending.clear()
        return finished

    def _on_progress(self, number: int, text: str, done: int, total: int) -> None:
        pending = self._pending.get(number)
        if pending is not None and pending.progressed is not None:
            pending.progressed(pending.job, text, done, total)

    def _on_finished(self, number: int, outcome: str, value: object) -> None:
        pending = self._pending.pop(number, None)
        if pending is None:  # shut down meanwhile
            return
        if not self._pending:
            self.busy_changed.emit(False)
        if outcome == "done":
            if pending.done is not None:
                pending.done(value)
        elif outcome == "failed":
            if pending.failed is not None:
                pending.failed(str(value))
        elif pending.cancelled is not None:
            pending.cancelled()


class BackgroundJobs(QObject):
    """Printing and exports: jobs one after another, with a progress dialog and Cancel after a second."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self.progress_delay_ms = 1000
        self.progress_dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self, label: str, work: Callable[[Progress], Any], *, done: Callable[[Any], None],
              failed: Callable[[str], None], cancelled: Callable[[], None]) -> Job:
        """Run ``work`` in the worker; exactly one of ``done``, ``failed``, ``cancelled`` follows."""
        if not self.runner.busy:
            QTimer.singleShot(self.progress_delay_ms, self, self._show_progress)
        return self.runner.start(work, label=label, done=done, failed=failed, cancelled=cancelled,
                                 progressed=self._on_progress)

    def cancel(self) -> None:
        self.runner.cancel()

    def shutdown(self, msecs: int = 5000) -> bool:
        """Cancel everything and wait for the worker (the window is closing)."""
        return self.runner.shutdown(msecs)

    def _show_progress(self) -> None:
        jobs = self.runner.jobs()
        if not jobs:
            return
        if self.progress_dialog is None:
            self.progress_dialog = progress_dialog(self._parent, "Viewpoints", "", self.cancel)
        self.progress_dialog.setLabelText(jobs[0].label + "\u2026")
        self.progress_dialog.setRange(0, 0)
        self.progress_dialog.show()

    def _on_progress(self, job: Job, text: str, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or not dialog.isVisible():
            return
        dialog.setLabelText(f"{job.label}: {text}\u2026" if text else job.label + "\u2026")
        dialog.setRange(0, max(total, 0))
        if total:
            dialog.setValue(min(done, total))

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self.progress_dialog is not None:
            self.progress_dialog.hide()
