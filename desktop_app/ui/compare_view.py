"""The two document panes side by side: opening, swapping, synchronized scrolling, the Comparison.

The view owns which document is on which side and rebuilds the ``Comparison`` (the corrected
analyses of both sides, matched by actor key) whenever a side changes, an analysis becomes ready or
a correction is made; the window passes it on to the sidebar, the chart and printing. It also keeps
its own state between sessions (``save_state`` / ``restore_state``): splitter, synchronized
scrolling, zoom and the open documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.compare import SIDES, Comparison, DocumentView, build_comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import DocumentSummary, Library, LibraryError
from desktop_app.core.settings import Settings
from desktop_app.ui import dialogs
from desktop_app.ui.analysis_runner import AnalysisRunner
from desktop_app.ui.connectors import ConnectorSplitter, passage_selection
from desktop_app.ui.document_pane import DocumentPane
from desktop_app.ui.translations import translate

if TYPE_CHECKING:
    from desktop_app.core.export.viewpoints import ViewpointRow


class CompareView(QWidget):
    """Left and right ``DocumentPane`` in a splitter, with the comparison of what they show."""

    comparison_changed = Signal(object)  # Comparison | None
    documents_changed = Signal(dict)  # side -> doc id (None when empty)
    analysis_failed = Signal(int, str)
    link_clicked = Signal(object)  # ViewpointRow: a connector in the gap was clicked
    colour_not_kept = Signal(str)  # why an actor's chosen colour could not be stored

    def __init__(self, library: Library, runner: AnalysisRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._library = library
        self._runner = runner
        self._criteria = FilterCriteria()
        self._views: dict[int, DocumentView] = {}  # doc id -> corrected analysis, cached
        self._comparison: Comparison | None = None
        self._syncing = False
        self.sync_scroll = True
        self._sync_offset = 0.0  # right minus left scroll fraction that synchronized scrolling keeps
        self._restored: dict[str, int | None] | None = None  # to open after the first paint
        self._opening_both = False  # the restored documents open together: one comparison for both

        self.splitter = ConnectorSplitter(Qt.Orientation.Horizontal, self)  # the gap draws the links
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self._panes: dict[str, DocumentPane] = {}
        for side in SIDES:
            pane = DocumentPane(side, library, self.splitter)
            pane.document_opened.connect(self._on_document_opened)
            bar = pane.text_edit.verticalScrollBar()
            bar.valueChanged.connect(lambda _value, s=side: self._on_scrolled(s))
            self.splitter.addWidget(pane)
            self._panes[side] = pane
        self.splitter.setSizes([1, 1])
        self.splitter.set_panes(self._panes["left"], self._panes["right"])
        self.splitter.link_clicked.connect(self.link_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # Analyses that finish together (both panes' after start-up) are shown in one rebuild, in
        # the event loop's next turn: one comparison, sidebar and chart, not one per analysis.
        self._rebuild_soon = QTimer(self)
        self._rebuild_soon.setSingleShot(True)
        self._rebuild_soon.setInterval(0)
        self._rebuild_soon.timeout.connect(self._rebuild_if_open)
        runner.analysis_ready.connect(self._on_analysis_ready)
        runner.analysis_failed.connect(self._on_analysis_failed)

    # -- panes ------------------------------------------------------------------------------

    def pane(self, side: str) -> DocumentPane:
        return self._panes[side]

    def panes(self) -> list[DocumentPane]:
        return [self._panes[side] for side in SIDES]

    def doc_ids(self) -> dict[str, int | None]:
        return {side: self._panes[side].doc_id for side in SIDES}

    def titles(self) -> list[str]:
        """The titles of the open documents, left first (the window's title)."""
        return [pane.title() for pane in self.panes() if pane.doc_id is not None]

    def open_document(self, doc_id: int, side: str) -> None:
        """Show a document in one pane (KeyError if the library has no such document).

        The user chose: the documents of the last session are no longer wanted.
        """
        self._restored = None
        self._panes[side].open_document(doc_id)

    def open_documents(self, sides: dict[str, int]) -> None:
        """Show documents in several panes with one comparison of them, not one per pane (an undo
        of a removal reopens both). KeyError as ``open_document``; the panes opened before stay."""
        self._restored = None
        opened = False
        self._opening_both = True
        try:
            for side, doc_id in sides.items():
                self._panes[side].open_document(doc_id)
                opened = True
        finally:
            self._opening_both = False
            if opened:
                self._rebuild()
                self.documents_changed.emit(self.doc_ids())

    def close_document(self, side: str) -> None:
        self._panes[side].clear()
        self._rebuild()
        self.documents_changed.emit(self.doc_ids())

    def close_documents(self, doc_ids: set[int]) -> None:
        """Empty the panes showing any of ``doc_ids`` (they were removed from the library)."""
        changed = False
        for pane in self.panes():
            if pane.doc_id in doc_ids:
                pane.clear()
                changed = True
        if changed:
            self._rebuild()
            self.documents_changed.emit(self.doc_ids())

    def swap(self) -> None:
        """Exchange the documents of the two panes (each keeps its own scroll position)."""
        left, right = self._panes["left"], self._panes["right"]
        ids = (left.doc_id, right.doc_id)
        fractions = (left.scroll_fraction(), right.scroll_fraction())
        self._syncing = True
        try:
            for pane, doc_id in ((left, ids[1]), (right, ids[0])):
                if doc_id is None:
                    pane.clear()
                else:
                    pane.show_document(doc_id, self._library.get(doc_id))
        finally:
            self._syncing = False
        self._rebuild()
        self._sync_offset = -self._sync_offset
        left.set_scroll_fraction(fractions[1])
        right.set_scroll_fraction(fractions[0])
        self.documents_changed.emit(self.doc_ids())

    # -- comparison -------------------------------------------------------------------------

    def current_comparison(self) -> Comparison | None:
        return self._comparison

    def set_criteria(self, criteria: FilterCriteria) -> None:
        """Re-apply marks for new filter criteria; the text is never rebuilt."""
        self._criteria = criteria
        for pane in self.panes():
            pane.apply_criteria(criteria)

    def refresh_document(self, doc_id: int) -> None:
        """A correction changed ``doc_id``'s analysis: recompute it and the comparison."""
        self._views.pop(doc_id, None)
        if doc_id in self.doc_ids().values():
            self._rebuild()

    def refresh_metadata(self, doc_id: int) -> None:
        """``doc_id``'s metadata changed: the panes showing it say the new title, outlet, date,
        genre and authors (the text and its marks stay as they are)."""
        for pane in self.panes():
            if pane.doc_id == doc_id:
                try:
                    pane.show_document(doc_id, self._library.get(doc_id))
                except KeyError:  # removed meanwhile
                    continue

    def analysis_pending(self) -> bool:
        """An open document's analysis is running, or finished and not shown yet."""
        return self._rebuild_soon.isActive() or any(
            self._runner.is_running(d) for d in self.doc_ids().values() if d is not None)

    def _on_document_opened(self, side: str, doc_id: int) -> None:
        self._sync_offset = 0.0
        self._views.pop(doc_id, None) if not self._runner.is_running(doc_id) else None
        if not self._runner.request(doc_id):
            self._panes[side].set_status(self.tr("Analysing in the background…"))
        if self._opening_both:
            return  # ``open_restored_documents`` builds the comparison once both are open
        self._rebuild()
        self.documents_changed.emit(self.doc_ids())

    def _on_analysis_ready(self, doc_id: int) -> None:
        self._views.pop(doc_id, None)
        if doc_id in self.doc_ids().values():
            self._rebuild_soon.start()

    def _on_analysis_failed(self, doc_id: int, reason: str) -> None:
        for pane in self.panes():
            if pane.doc_id == doc_id:
                pane.set_status(self.tr("Analysis failed: {reason}").format(reason=reason))
        self.analysis_failed.emit(doc_id, reason)

    def _view(self, doc_id: int | None) -> DocumentView | None:
        if doc_id is None or self._runner.is_running(doc_id):
            return None
        view = self._views.get(doc_id)
        if view is None:
            from desktop_app.core import analysis_store  # loads the engine: not before a document opens

            if not analysis_store.is_current(self._library, doc_id):
                return None
            view = self._views[doc_id] = analysis_store.document_view(self._library, doc_id)
        return view

    def _rebuild_if_open(self) -> None:
        if not self._runner.shut_down:  # a rebuild due after the window closed would read a closed library
            self._rebuild()

    def _rebuild(self) -> None:
        self._rebuild_soon.stop()  # this rebuild shows whatever was ready
        views = {side: self._view(self._panes[side].doc_id) for side in SIDES}
        if all(v is None for v in views.values()) and all(
            p.doc_id is None for p in self.panes()
        ):
            comparison = None
        else:
            stored, usage = self._stored_colours()
            comparison = build_comparison(views["left"], views["right"], stored, usage)
            # given (stored) only once every open pane's analysis is in: which one finished first
            # must not decide the colours
            complete = all(views[s] is not None for s in SIDES if self._panes[s].doc_id is not None)
            if comparison.new_colours and complete:
                try:  # a colour once given stays with the actor, in every comparison and session
                    self._library.give_actor_colours(comparison.new_colours)
                except LibraryError:  # a read-only library: the colours hold for this session's views
                    pass
        self._comparison = comparison
        for side in SIDES:
            pane = self._panes[side]
            if views[side] is not None:
                if pane.document is not None and pane.document.metadata != views[side].document.metadata:
                    pane.show_document(pane.doc_id, views[side].document)  # type: ignore[arg-type]
                pane.set_view(views[side], comparison, self._criteria)
        self.comparison_changed.emit(comparison)

    def _stored_colours(self) -> tuple[dict, dict]:
        try:
            return self._library.actor_colours(), self._library.colour_usage()
        except LibraryError:
            return {}, {}

    def ask_actor_colour(self, key: str) -> None:
        """Actor > Colour…: the user picks the actor's colour; it is kept in the library."""
        comparison = self._comparison
        actor = next((a for a in comparison.actors if a.key == key), None) if comparison else None
        if actor is None:
            return
        title = translate("CompareView", "Colour of {name}").format(name=actor.name)
        colour = dialogs.ask_colour(self, title, actor.colour)
        if colour is not None:
            self.set_actor_colour(key, colour)

    def set_actor_colour(self, key: str, colour: str | None) -> None:
        """Keep the user's colour for the actor (None: an automatic one again) and show it everywhere."""
        try:
            self._library.choose_actor_colour(key, colour)
        except LibraryError as exc:
            self.colour_not_kept.emit(str(exc))
            return
        self._rebuild()

    # -- viewpoint links: connectors in the gap, the selected link's passages ----------------------

    def set_links(self, rows: list[ViewpointRow]) -> None:
        """The links to draw in the gap (those the filters show); the selection stays if it is among them."""
        self.splitter.set_links(rows, self.splitter.selected)
        if self.splitter.selected is None:
            self._mark_passages(None)

    def show_link(self, row: ViewpointRow | None) -> None:
        """Scroll both panes to the link's two passages and mark them (None: unmark)."""
        self.splitter.select(row)
        self._mark_passages(row)
        if row is None:
            return
        self._syncing = True  # each pane goes to its own passage
        try:
            for pane, span in zip(self.panes(), (row.left_span, row.right_span)):
                if pane.highlighter is not None:
                    pane.text_edit.scroll_to_offset(span[0])
        finally:
            self._syncing = False
        # Scrolling on keeps the two passages side by side (synchronized scrolling keeps this offset).
        self._sync_offset = self._panes["right"].scroll_fraction() - self._panes["left"].scroll_fraction()

    def _mark_passages(self, row: ViewpointRow | None) -> None:
        for pane, span in zip(self.panes(), (row.left_span, row.right_span) if row else (None, None)):
            if span is None or pane.highlighter is None:
                pane.text_edit.setExtraSelections([])
            else:
                pane.text_edit.setExtraSelections(
                    [passage_selection(pane.text_edit, pane.highlighter, span, row.relation)])  # type: ignore[union-attr]

    # -- zoom and synchronized scrolling ----------------------------------------------------

    @property
    def zoom(self) -> int:
        """Zoom steps of both panes (they always zoom together)."""
        return self._panes["left"].zoom

    def zoom_by(self, steps: int | None) -> None:
        """Both panes ``steps`` larger (negative: smaller); None: back to the default size."""
        target = 0 if steps is None else self.zoom + steps
        for pane in self.panes():
            pane.set_zoom(target)

    def set_sync_scroll(self, on: bool) -> None:
        self.sync_scroll = on
        if on:
            self._sync_offset = 0.0
            self._on_scrolled("left")

    def _on_scrolled(self, side: str) -> None:
        if not self.sync_scroll or self._syncing:
            return
        other = "right" if side == "left" else "left"
        if self._panes[other].doc_id is None:
            return
        offset = self._sync_offset if side == "left" else -self._sync_offset
        self._syncing = True
        try:
            self._panes[other].set_scroll_fraction(min(1.0, max(0.0, self._panes[side].scroll_fraction() + offset)))
        finally:
            self._syncing = False

    # -- state between sessions -------------------------------------------------------------

    def save_state(self, settings: Settings) -> None:
        """Splitter sizes, synchronized scrolling, zoom and the open documents into ``settings``."""
        settings.compare_splitter = list(self.splitter.sizes())
        settings.sync_scroll = self.sync_scroll
        settings.zoom = self.zoom
        settings.open_documents = self.doc_ids()

    def restore_state(self, settings: Settings) -> None:
        """Apply what ``save_state`` wrote; the documents open later (``open_restored_documents``)."""
        if len(settings.compare_splitter) == 2 and all(v >= 0 for v in settings.compare_splitter):
            self.splitter.setSizes(settings.compare_splitter)
        self.set_sync_scroll(settings.sync_scroll)
        if settings.zoom:
            for pane in self.panes():
                pane.set_zoom(settings.zoom)
        self._restored = dict(settings.open_documents)

    def open_restored_documents(self, available: Sequence[DocumentSummary]) -> None:
        """Open the last session's documents (the first start: the first two of ``available``).

        Called once the window is on screen, so the analyses do not delay the first paint. Skipped
        when the user opened a document meanwhile, and per side when a pane shows one already (a
        drop); a document no longer in ``available`` is left out.
        """
        wanted, self._restored = self._restored, None
        if wanted is None:
            return
        if all(doc_id is None for doc_id in wanted.values()):
            wanted = first_start_documents(available)
        known = {d.id for d in available}
        opened = False
        self._opening_both = True
        try:
            for side, doc_id in wanted.items():
                if side in self._panes and self._panes[side].doc_id is None and doc_id in known:
                    try:
                        self._panes[side].open_document(doc_id)
                    except KeyError:  # removed from the library meanwhile
                        continue
                    opened = True
        finally:
            self._opening_both = False
        if opened:  # one comparison of the two, not one per side (the sidebar and chart redone once)
            self._rebuild()
            self.documents_changed.emit(self.doc_ids())


def first_start_documents(documents: Sequence[DocumentSummary]) -> dict[str, int | None]:
    """What to show when nothing was open before: the first two documents side by side."""
    ids = [d.id for d in documents[:2]]
    return {"left": ids[0] if ids else None, "right": ids[1] if len(ids) > 1 else None}
