"""The viewpoints of the two open documents, computed off the UI thread, with the user's corrections.

``ViewpointsService`` follows the window's ``Comparison``: when both panes hold analysed documents
it runs the engine (``core.viewpoints.compare_viewpoints``) in a job (``ui.jobs``); the first run also
loads the lemmatizer and the word frequencies (seconds), so nothing of the engine is imported in
the UI thread before then. The engine's result is kept per pair of analyses, so a correction of a
link only replays the corrections (milliseconds). Corrections are undoable commands on the window's
undo stack, stored in the library for the pair (``Library.add_viewpoint_correction``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.compare import Comparison, DocumentView
from desktop_app.core.export.viewpoints import ALL_RELATIONS, ViewpointRow, with_viewpoints
from desktop_app.core.library import Library
from desktop_app.ui.jobs import Job, JobRunner

if TYPE_CHECKING:
    from desktop_app.core.export.viewpoints import ComparisonWithViewpoints
    from desktop_app.core.viewpoints import ViewpointComparison
    from desktop_app.core.viewpoints.corrections import CorrectedViewpoints


def _compare(left: DocumentView, right: DocumentView, corrections: list[tuple[int, dict]]) -> tuple[Any, Any]:
    """Runs in the worker: the engine's comparison and the corrected one."""
    from desktop_app.core.viewpoints import compare_viewpoints
    from desktop_app.core.viewpoints.corrections import apply_viewpoint_corrections

    found = compare_viewpoints(left, right)
    return found, apply_viewpoint_corrections(found, corrections, left.document.text, right.document.text)


class ViewpointCorrectionCommand(QUndoCommand):
    """One user fix of the links: stored on redo, deleted on undo (or, to forget, the reverse)."""

    def __init__(self, service: ViewpointsService, pair: tuple[int, int], entries: list[dict], text: str,
                 *, forget: list[int] | None = None) -> None:
        super().__init__(text)
        self._service = service
        self._pair = pair
        self._entries = entries
        self._ids: list[int] = list(forget or [])
        self._forget = forget is not None

    def redo(self) -> None:
        self._delete() if self._forget else self._store()
        self._service.reapply()

    def undo(self) -> None:
        self._store() if self._forget else self._delete()
        self._service.reapply()

    def _store(self) -> None:
        library = self._service.library
        self._ids = []
        for data in self._entries:
            try:
                self._ids.append(library.add_viewpoint_correction(*self._pair, data))
            except KeyError:  # a document left the library meanwhile
                continue

    def _delete(self) -> None:
        for correction_id in reversed(self._ids):
            self._service.library.delete_viewpoint_correction(correction_id)
        self._ids = []


class ViewpointsService(QObject):
    """The corrected viewpoints of what the window shows; ``changed`` when they are new."""

    changed = Signal()  # a new result, or none (``corrected`` is then None)
    busy_changed = Signal(bool)

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack
        self._jobs = JobRunner(self)  # one at a time; a newer request makes older ones moot
        self._comparison: Comparison | None = None
        self._found: tuple[DocumentView, DocumentView, ViewpointComparison] | None = None
        self._job: Job | None = None
        self.corrected: CorrectedViewpoints | None = None
        self.failure = ""
        self._attached: tuple[Comparison, CorrectedViewpoints | None, frozenset[str], Any] | None = None
        self._waiting: tuple[DocumentView, DocumentView] | None = None  # a comparison held back at start-up
        self._hooked = False
        self._closed = False

    # -- what the window shows --------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None or self._waiting is not None

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def pair(self) -> tuple[int, int] | None:
        """The library ids of the two documents compared, left first."""
        c = self._comparison
        if c is None or c.left is None or c.right is None:
            return None
        if c.left.document.id is None or c.right.document.id is None:
            return None
        return c.left.document.id, c.right.document.id

    def set_comparison(self, comparison: Comparison | None) -> None:
        """The window's comparison changed: recompute when its analyses did, else keep the result."""
        if self._closed:
            return
        self._comparison = comparison
        left = comparison.left if comparison is not None else None
        right = comparison.right if comparison is not None else None
        if left is None or right is None:
            self._cancel()
            self._found = None
            self._set_result(None)
            return
        if self._found is not None and self._found[0] is left and self._found[1] is right:
            self.reapply()
            return
        self._start(left, right)

    def attached(self, comparison: Comparison | None, relations: frozenset[str] = ALL_RELATIONS
                 ) -> Comparison | ComparisonWithViewpoints | None:
        """``comparison`` carrying the current viewpoints for print and exports (the same object for the
        same state, so a print preview's layout is reused)."""
        if comparison is None or comparison is not self._comparison:
            return comparison
        cached = self._attached
        if cached is not None and cached[0] is comparison and cached[1] is self.corrected and cached[2] == relations:
            return cached[3]
        pending = self._stored() if self.corrected is None and self.pair() is not None else None
        carrier = with_viewpoints(comparison, self.corrected, relations, pending=pending)  # still running:
        # an export computes them itself, in its worker
        self._attached = (comparison, self.corrected, relations, carrier)
        return carrier

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running comparison is done (its result is delivered by the event loop)."""
        return self._jobs.wait(msecs)

    def shutdown(self, msecs: int = 3000) -> None:
        """The window is closing: stop, and touch the library no more (it is closed next)."""
        self._closed = True
        self._waiting = None
        self._jobs.shutdown(msecs)
        self._job = None

    # -- corrections ------------------------------------------------------------------------------

    def remove_link(self, row: ViewpointRow) -> None:
        self._push({"op": "remove_link", **self._anchors(row.left_span, row.right_span)})

    def set_relation(self, row: ViewpointRow, relation: str) -> None:
        if relation != row.relation:
            self._push({"op": "set_relation", **self._anchors(row.left_span, row.right_span),
                        "relation": relation, "was": row.relation})

    def link_passages(self, left: tuple[int, int], right: tuple[int, int], relation: str, label: str = "") -> None:
        data = {"op": "add_link", **self._anchors(left, right), "relation": relation}
        if label.strip():
            data["label"] = label.strip()
        self._push(data)

    def forget_dropped(self) -> None:
        """Delete the stored corrections that no longer apply (undoable)."""
        pair = self.pair()
        dropped = [d for d in (self.corrected.dropped if self.corrected else []) if d.id is not None]
        if pair is None or not dropped:
            return
        text = self.tr("Forget 1 viewpoint correction") if len(dropped) == 1 else \
            self.tr("Forget {n} viewpoint corrections").format(n=len(dropped))
        self.undo_stack.push(ViewpointCorrectionCommand(self, pair, [d.data for d in dropped], text,
                                                        forget=[d.id for d in dropped]))  # type: ignore[misc]

    def reapply(self) -> None:
        """Replay the stored corrections on the engine's result (after a correction or its undo)."""
        if self._found is None or self._closed:
            return
        from desktop_app.core.viewpoints.corrections import apply_viewpoint_corrections

        left, right, found = self._found
        self._set_result(apply_viewpoint_corrections(found, self._stored(), left.document.text, right.document.text))

    def _push(self, data: dict) -> None:
        from desktop_app.core.viewpoints.corrections import describe, validate

        pair = self.pair()
        if pair is None:
            return
        reason = validate(data)
        if reason is not None:
            raise ValueError(reason)
        self.undo_stack.push(ViewpointCorrectionCommand(self, pair, [data], describe(data)))

    def _anchors(self, left: tuple[int, int], right: tuple[int, int]) -> dict[str, dict]:
        from desktop_app.core.viewpoints.corrections import anchor

        c = self._comparison
        assert c is not None and c.left is not None and c.right is not None
        return {"left": anchor(c.left.document.text, *left), "right": anchor(c.right.document.text, *right)}

    def _stored(self) -> list[tuple[int, dict]]:
        pair = self.pair()
        return self.library.list_viewpoint_corrections(*pair) if pair is not None else []

    # -- the job ----------------------------------------------------------------------------------

    def _start(self, left: DocumentView, right: DocumentView, *, resumed: bool = False) -> None:
        was_busy = self.busy or resumed
        if self._job is not None:
            self._job.cancel()  # not started yet: it never runs; running: its result is ignored
            self._job = None
        self._found = None
        if self._wait_for_chart(left, right):
            if not was_busy:
                self.busy_changed.emit(True)
            return
        corrections = self._stored()

        def done(result: tuple[Any, Any], job_ref: list[Job]) -> None:
            if self._job is not job_ref[0]:
                return  # a newer comparison was asked for meanwhile
            self._job = None
            self._found = (left, right, result[0])
            self.failure = ""
            self._set_result(result[1])
            self.busy_changed.emit(False)

        def failed(reason: str, job_ref: list[Job]) -> None:
            if self._job is not job_ref[0]:
                return
            self._job = None
            self.failure = reason
            self._set_result(None)
            self.busy_changed.emit(False)

        ref: list[Job] = []
        self._job = self._jobs.start(lambda _progress: _compare(left, right, corrections), label=self.tr("Comparing viewpoints"),
                                     done=lambda result: done(result, ref), failed=lambda reason: failed(reason, ref))
        ref.append(self._job)
        if not was_busy:
            self.busy_changed.emit(True)

    def _wait_for_chart(self, left: DocumentView, right: DocumentView) -> bool:
        """At start-up the chart imports pyqtgraph in the background: the first comparison (which
        loads the lemmatizer and the word frequencies) waits for it, as two such loads at once
        freeze the window for a few hundred milliseconds where one alone does not; and then for
        the chart's plot on screen (the loader's ``settled``): running while the chart is drawn,
        it would hold Python's lock the UI thread needs, and the full window comes later."""
        from desktop_app.ui import chart_loader

        loader = chart_loader.loader()
        if not loader.settling:
            return False
        self._waiting = (left, right)
        if not self._hooked:
            self._hooked = True
            loader.settled.connect(self._resume)
        return True

    def _resume(self) -> None:
        waiting, self._waiting = self._waiting, None
        if self._closed:
            return
        if waiting is not None and self._comparison is not None and \
                (self._comparison.left, self._comparison.right) == waiting:
            self._start(*waiting, resumed=True)

    def _cancel(self) -> None:
        was_busy = self.busy
        self._waiting = None
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if was_busy:
            self.busy_changed.emit(False)

    def _set_result(self, corrected: CorrectedViewpoints | None) -> None:
        self.corrected = corrected
        self.changed.emit()
