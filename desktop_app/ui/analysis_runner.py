"""Analysis off the UI thread: documents without a current cached analysis are analysed by a job
(``ui.jobs``) that opens its own connection to the library, so the window never freezes.

The runner reports through signals; the status bar shows what is running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.core.library import Library
from desktop_app.ui.jobs import Job, JobRunner


def _analyse(library_path: Path, doc_id: int) -> None:
    """Runs in the worker: compute and cache the document's analysis (its own library connection)."""
    from desktop_app.core import analysis_store

    library = Library(library_path)
    try:
        analysis_store.load_or_compute(library, doc_id)
    finally:
        library.close()


class AnalysisRunner(QObject):
    """Makes sure documents have a current analysis; ``analysis_ready`` says when one has."""

    analysis_started = Signal(int)  # doc id
    analysis_ready = Signal(int)  # doc id
    analysis_failed = Signal(int, str)  # doc id, reason
    busy_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._jobs = JobRunner(self)  # one at a time: the engine is CPU-bound; keep one core for the UI
        self._running: dict[int, Job] = {}
        self._shut_down = False

    def request(self, doc_id: int) -> bool:
        """Ask for a document's analysis. True when it is ready now (cached and current)."""
        if doc_id in self._running or self._shut_down:
            return False
        from desktop_app.core import analysis_store  # the engine loads on first use, not at start

        if analysis_store.is_current(self._library, doc_id):
            return True
        path = self._library.path
        self._running[doc_id] = self._jobs.start(
            lambda _progress: _analyse(path, doc_id), label=self.tr("Analysing document {id}").format(id=doc_id),
            done=lambda _: self._on_finished(doc_id), failed=lambda reason: self._on_failed(doc_id, reason),
        )
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.analysis_started.emit(doc_id)
        return False

    def is_running(self, doc_id: int) -> bool:
        return doc_id in self._running

    def pending(self) -> list[int]:
        return list(self._running)

    @property
    def shut_down(self) -> bool:
        """The window closed: the library may be closed too, so nothing more should read it."""
        return self._shut_down

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job is done (for the screenshot command and tests)."""
        return self._jobs.wait(msecs)

    def shutdown(self, msecs: int = 3000) -> None:
        """The window is closing: wait a little for running jobs and report nothing more."""
        self._shut_down = True
        self._jobs.shutdown(msecs)

    def _on_finished(self, doc_id: int) -> None:
        self._forget(doc_id)
        self.analysis_ready.emit(doc_id)

    def _on_failed(self, doc_id: int, reason: str) -> None:
        self._forget(doc_id)
        self.analysis_failed.emit(doc_id, reason)

    def _forget(self, doc_id: int) -> None:
        self._running.pop(doc_id, None)
        if not self._running:
            self.busy_changed.emit(False)
