"""Library work too big for the UI thread: thousands of documents into the trash and back.

``LibraryJobs`` runs such work in a worker thread (``ui.jobs``), one job after another, each on a
``Library`` connection of its own (as the background import does: WAL lets the window's connection
go on reading meanwhile). Its progress shows in the status bar; ``busy_changed`` tells the window
to disable what must wait for it (Remove, Undo, Redo). The outcome comes back to the UI thread,
where the library table takes it in one model operation.

``trash_job`` is the work itself: the ids moved (or brought back) and, for a restore, their rows,
read by the worker so the UI thread reads nothing. ``RemoveDocumentsCommand`` is the undoable
removal that runs it for big selections.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from desktop_app.core.library import DocumentSummary, Library
from desktop_app.ui.jobs import Job, JobProgress, JobRunner
from desktop_app.ui.translations import number, translate

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


class RemoveDocumentsCommand(QUndoCommand):
    """Moves documents to the library's trash; undo restores them and reopens the ones that were open.

    The trash survives restarts (``Library.trash_entries``), so what undo cannot reach after a
    restart the trash view can. With ``jobs`` given, more than ``BACKGROUND_ABOVE`` documents are
    moved by a job in a worker (``ui.library_jobs``): ``starting(ids, remove)`` is called as it
    starts, ``on_changed`` when it is done, with the restored rows the worker read. The command owns its job: an undo or redo asked for
    while it runs waits for it and takes its outcome first (the window disables Undo and Redo
    meanwhile, so a user never waits).
    """

    def __init__(
        self,
        library: Library,
        doc_ids: list[int],
        on_changed: Callable[..., None],
        *,
        open_documents: dict[str, int | None] | None = None,
        reopen: Callable[[dict[str, int]], None] | None = None,
        jobs: LibraryJobs | None = None,
        failed: Callable[[str], None] | None = None,
        starting: Callable[[list[int], bool], None] | None = None,
    ) -> None:
        super().__init__(translate("RemoveDocumentsCommand", "Remove document") if len(doc_ids) == 1
                         else translate("RemoveDocumentsCommand", "Remove {n} documents").format(n=len(doc_ids)))
        self._library = library
        self._ids = list(doc_ids)
        self._on_changed = on_changed
        self._open = dict(open_documents or {})
        self._reopen = reopen
        self._jobs = jobs
        self._failed = failed
        self._starting = starting
        self._pending: tuple[dict[str, Any], bool] | None = None  # the running job's outcome, remove?

    @property
    def running(self) -> bool:
        """Whether this command's job is still running (its outcome not yet taken in)."""
        return self._pending is not None

    def redo(self) -> None:
        self._run(remove=True)

    def undo(self) -> None:
        self._run(remove=False)

    def _run(self, *, remove: bool) -> None:
        self.settle()
        if self._jobs is None or len(self._ids) <= BACKGROUND_ABOVE:
            changed = self._library.remove(self._ids) if remove else self._library.restore(self._ids)
            self._apply(changed, remove, None)
            return
        outcome: dict[str, Any] = {}
        path, ids = self._library.path, list(self._ids)
        label = (translate("RemoveDocumentsCommand", "Moving {n} documents to the trash") if remove
                 else translate("RemoveDocumentsCommand", "Restoring {n} documents")).format(n=number(len(ids)))

        def work(progress: JobProgress) -> None:
            outcome["result"] = trash_job(path, ids, remove, progress, label)

        self._pending = (outcome, remove)
        if self._starting is not None:  # e.g. close the documents the worker is about to remove
            self._starting(ids, remove)
        self._jobs.start(label, work, done=lambda _none: self._take(outcome),
                         failed=lambda reason: self._job_failed(outcome, reason))

    def settle(self) -> None:
        """Wait for this command's running job, if any, and take its outcome in now."""
        if self._pending is not None and self._jobs is not None:
            self._jobs.wait()
            self._take(self._pending[0])

    def _take(self, outcome: dict[str, Any]) -> None:
        if self._pending is None or self._pending[0] is not outcome:
            return  # taken already (settle), or a failure
        remove = self._pending[1]
        self._pending = None
        if "result" in outcome:
            changed, rows = outcome["result"]
            self._apply(changed, remove, rows)

    def _job_failed(self, outcome: dict[str, Any], reason: str) -> None:
        if self._pending is not None and self._pending[0] is outcome:
            self._pending = None
        if self._failed is not None:
            self._failed(reason)

    def _apply(self, changed: list[int], remove: bool, rows: list[DocumentSummary] | None) -> None:
        if rows is None:
            self._on_changed(changed, remove)
        else:
            self._on_changed(changed, remove, rows)
        if not remove:
            back = set(changed)
            sides = {side: doc_id for side, doc_id in self._open.items() if doc_id in back}
            if sides and self._reopen is not None:
                if rows is None:
                    self._reopen(sides)
                else:  # after a job's reset of the table: a pane per turn of the event loop
                    _reopen_in_turns(self._reopen, list(sides.items()))


def _reopen_in_turns(reopen: Callable[[dict[str, int]], None], panes: list[tuple[str, int]]) -> None:
    """Reopen one pane, then the next on a later turn of the event loop, each with its comparison.

    A timer, not a posted call: the calls posted together run back to back, before the window
    paints or any timer fires; a timer started when the last pane is done lets the window's own
    work in between.
    """
    def next_pane() -> None:
        side, doc_id = panes.pop(0)
        try:
            reopen({side: doc_id})
        finally:
            if panes:
                QTimer.singleShot(1, next_pane)

    QTimer.singleShot(1, next_pane)
