"""Long work off the UI thread, one job after another, with a progress dialog and Cancel.

Printing and exports run here. A job is a plain function ``work(progress)`` run in a worker thread;
``progress(text, done, total)`` (``exporting.Progress``) moves the progress dialog, which appears
only when a job takes longer than a second, and raises ``ExportCancelled`` once the user has
pressed Cancel, so the work stops where it is. The outcome comes back in the UI thread: ``done``
with the result, ``failed`` with one line saying why, or ``cancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.export.files import ExportCancelled, ExportError, Progress
from desktop_app.ui.dialogs import progress_dialog


@dataclass

class _Pending:
    label: str
    done: Callable[[Any], None]
    failed: Callable[[str], None]
    cancelled: Callable[[], None]
    cancel: threading.Event = field(default_factory=threading.Event)


class _Signals(QObject):
    """Lives in the UI thread; jobs emit through it, so the slots run in the UI thread."""

    progressed = Signal(int, str, int, int)  # job number, text, done, total
    finished = Signal(int, str, object)  # job number, outcome ("done" | "failed" | "cancelled"), value


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[Progress], Any], signals: _Signals,
                 cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number, self._work, self._signals, self._cancel = number, work, signals, cancel

    def run(self) -> None:
        def progress(text: str, done: int, total: int) -> None:
            if self._cancel.is_set():
                raise ExportCancelled()
            self._signals.progressed.emit(self._number, text, done, total)

        try:
            if self._cancel.is_set():
                raise ExportCancelled()
            result = self._work(progress)
            if isinstance(result, QObject):  # e.g. a laid-out document: the UI thread uses it next
                result.moveToThread(QCoreApplication.instance().thread())
        except ExportCancelled:
            self._signals.finished.emit(self._number, "cancelled", None)
        except ExportError as exc:
            self._signals.finished.emit(self._number, "failed", str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user in one line, never a traceback
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self._signals.finished.emit(self._number, "failed", reason)
        else:
            self._signals.finished.emit(self._number, "done", result)


class BackgroundJobs(QObject):
    """Runs jobs in a worker thread, one at a time (later ones wait), while the window stays usable."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._jobs: dict[int, _Pending] = {}
        self._next = 0
        self.progress_delay_ms = 1000
        self.progress_dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def start(self, label: str, work: Callable[[Progress], Any], *, done: Callable[[Any], None],
              failed: Callable[[str], None], cancelled: Callable[[], None]) -> None:
        """Run ``work`` in the worker; exactly one of ``done``, ``failed``, ``cancelled`` follows."""
        self._next += 1
        pending = _Pending(label, done, failed, cancelled)
        self._jobs[self._next] = pending
        if len(self._jobs) == 1:
            QTimer.singleShot(self.progress_delay_ms, self, self._show_progress)
        self._pool.start(_Job(self._next, work, self._signals, pending.cancel))

    def cancel(self) -> None:
        """Stop the running job at its next step, and the waiting ones before they start."""
        for pending in self._jobs.values():
            pending.cancel.set()

    def shutdown(self, msecs: int = 5000) -> bool:
        """Cancel everything and wait for the worker (the window is closing)."""
        self.cancel()
        return self._pool.waitForDone(msecs)

    def _show_progress(self) -> None:
        if not self._jobs:
            return
        if self.progress_dialog is None:
            self.progress_dialog = progress_dialog(self._parent, "Viewpoints", "", self.cancel)
        self.progress_dialog.setLabelText(next(iter(self._jobs.values())).label + "\u2026")
        self.progress_dialog.setRange(0, 0)
        self.progress_dialog.show()

    def _on_progress(self, number: int, text: str, done: int, total: int) -> None:
        dialog, pending = self.progress_dialog, self._jobs.get(number)
        if dialog is None or not dialog.isVisible() or pending is None:
            return
        dialog.setLabelText(f"{pending.label}: {text}\u2026" if text else pending.label + "\u2026")
        dialog.setRange(0, max(total, 0))
        if total:
            dialog.setValue(min(done, total))

    def _on_finished(self, number: int, outcome: str, value: object) -> None:
        pending = self._jobs.pop(number)
        if not self._jobs and self.progress_dialog is not None:
            self.progress_dialog.hide()
        if outcome == "done":
            pending.done(value)
        elif outcome == "failed":
            pending.failed(str(value))
        else:
            pending.cancelled()
