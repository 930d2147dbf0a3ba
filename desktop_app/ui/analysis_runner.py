"""Analysis off the UI thread: documents without a current cached analysis are analysed in a
QThreadPool worker that opens its own connection to the library, so the window never freezes.

The runner reports through signals; the status bar shows what is running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.core.library import Library


class _WorkerSignals(QObject):
    finished = Signal(int)  # doc id
    failed = Signal(int, str)  # doc id, one-line reason


class _AnalysisJob(QRunnable):
    def __init__(self, library_path: Path, doc_id: int) -> None:
        super().__init__()
        self.library_path = library_path
        self.doc_id = doc_id
        self.signals = _WorkerSignals()

    def run(self) -> None:
        try:
            from desktop_app.core import analysis_store

            library = Library(self.library_path)
            try:
                analysis_store.load_or_compute(library, self.doc_id)
            finally:
                library.close()
        except Exception as exc:  # noqa: BLE001 - reported to the user as one line
            self.signals.failed.emit(self.doc_id, f"{type(exc).__name__}: {exc}".splitlines()[0])
            return
        self.signals.finished.emit(self.doc_id)


class AnalysisRunner(QObject):
    """Makes sure documents have a current analysis; ``analysis_ready`` says when one has."""

    analysis_started = Signal(int)  # doc id
    analysis_ready = Signal(int)  # doc id
    analysis_failed = Signal(int, str)  # doc id, reason
    busy_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the engine is CPU-bound; keep one core for the UI
        self._running: dict[int, _AnalysisJob] = {}
        self._shut_down = False

    def request(self, doc_id: int) -> bool:
        """Ask for a document's analysis. True when it is ready now (cached and current)."""
        if doc_id in self._running or self._shut_down:
            return False
        from desktop_app.core import analysis_store  # the engine loads on first use, not at start

        if analysis_store.is_current(self._library, doc_id):
            return True
        job = _AnalysisJob(self._library.path, doc_id)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._running[doc_id] = job
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.analysis_started.emit(doc_id)
        self._pool.start(job)
        return False

    def is_running(self, doc_id: int) -> bool:
        return doc_id in self._running

    def pending(self) -> list[int]:
        return list(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job is done (for the screenshot command and tests)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 3000) -> None:
        """The window is closing: wait a little for running jobs and report nothing more."""
        self._shut_down = True
        self._pool.clear()
        self._pool.waitForDone(msecs)

    def _on_finished(self, doc_id: int) -> None:
        if self._shut_down:
            return
        self._forget(doc_id)
        self.analysis_ready.emit(doc_id)

    def _on_failed(self, doc_id: int, reason: str) -> None:
        if self._shut_down:
            return
        self._forget(doc_id)
        self.analysis_failed.emit(doc_id, reason)

    def _forget(self, doc_id: int) -> None:
        self._running.pop(doc_id, None)
        if not self._running:
            self.busy_changed.emit(False)
