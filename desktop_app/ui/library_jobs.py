"""Library work too big for the UI thread: thousands of documents into the trash and back.

``LibraryJobs`` runs such work in a worker thread (``ui.jobs``), one job after another, each on a
``Library`` connection of its own (as the background import does: WAL lets the window's connection
go on reading meanwhile). Its progress shows in the status bar; ``busy_changed`` tells the window
to disable what must wait for it (Remove, Undo, Redo). The outcome comes back to the UI thread,
where the library table takes it in one model operation.

``trash_job`` is the work itself: the ids moved (or brought back) and, for a restore, their rows,
read by the worker so the UI thread reads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from desktop_app.core.library import DocumentSummary, Library
from desktop_app.ui.jobs import Job, JobProgress, JobRunner

BACKGROUND_ABOVE = 200  # removing or restoring more documents than this at once runs in a worker


def trash_job(library_path: Path, doc_ids: list[int], remove: bool, progress: JobProgress,
              label: str = "") -> tuple[list[int], list[DocumentSummary]]:
    """In the worker: move ``doc_ids`` to the trash (``remove``) or back, on its own connection.

    Returns the ids that changed and, for a restore, their rows in id order.
    """
    library = Library(library_path)
    try:
        def report(done: int, total: int) -> None:
            progress.report(label, done, total)

        if remove:
            return library.remove(doc_ids, progress=report), []
        restored = library.restore(doc_ids, progress=report)
        return restored, library.summaries(restored)
    finally:
        library.close()


class LibraryJobs(QObject):
    """Runs library jobs one at a time in a worker, with a label and a progress bar in the status bar."""

    busy_changed = Signal(bool)

    def __init__(self, library_path: Path, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.library_path = Path(library_path)
        self._runner = JobRunner(self)
        self._runner.busy_changed.connect(self._on_busy_changed)
        self.label = QLabel(status_bar)
        self.label.setObjectName("libraryJobLabel")
        self.progress = QProgressBar(status_bar)
        self.progress.setObjectName("libraryJobProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.label.hide()
        self.progress.hide()
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.progress)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def start(self, label: str, work: Callable[[JobProgress], Any], *, done: Callable[[Any], None],
              failed: Callable[[str], None]) -> Job:
        """Run ``work(progress)`` in the worker after the jobs before it; ``done`` or ``failed`` follows."""
        job = self._runner.start(work, label=label, done=done, failed=failed, progressed=self._on_progress)
        self.label.setText(label + "\u2026")
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.label.show()
        self.progress.show()
        return job

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker has run every job (their outcomes are delivered after, by the
        event loop; a caller that cannot wait for that takes the result the work left behind)."""
        return self._runner.wait(msecs)

    def shutdown(self, msecs: int = 30000) -> bool:
        """The window is closing: let the running job finish its transaction, report nothing more."""
        return self._runner.shutdown(msecs)

    def _on_progress(self, job: Job, text: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.label.hide()
            self.progress.hide()
        self.busy_changed.emit(busy)
