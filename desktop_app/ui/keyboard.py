"""Moving around the window without a mouse: Tab order over the regions, Ctrl+Tab between them, and
the library's search box leading into its results.

The window is read in regions (library search, library table, left pane, right pane, find bar, filter
sidebar, chart, viewpoints); Tab walks through every focusable widget of one region before the next,
so no widget traps it, and Ctrl+Tab / Ctrl+Shift+Tab jump to the next or previous region. The order is
computed at each key press, so widgets made later (the chart's plot) take their place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QGraphicsView, QWidget

from desktop_app.ui.library_pane import LibraryPane

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _focusable(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and not widget.isWindow()
    )


def _in_graphics_view(widget: QWidget) -> bool:
    while widget is not None:
        if isinstance(widget, QGraphicsView):
            return True
        widget = widget.parentWidget()
    return False


class KeyboardNavigation(QObject):
    """Tab order and region jumps for a window whose regions ``regions()`` lists, in reading order."""

    def __init__(self, window: QWidget, regions: Callable[[], Sequence[QWidget]], library: LibraryPane) -> None:
        super().__init__(window)
        self._window = window
        self._regions = regions
        self._library = library
        library.table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        library.search_box.installEventFilter(self)

    # -- the order ----------------------------------------------------------------------------

    def _chain_index(self) -> dict[int, int]:
        """Each widget's place in Qt's focus chain (creation order, as set by setTabOrder)."""
        index: dict[int, int] = {}
        widget = self._window.nextInFocusChain()
        while widget is not None and widget is not self._window and id(widget) not in index:
            index[id(widget)] = len(index)
            widget = widget.nextInFocusChain()
        return index

    def region_widgets(self, region: QWidget, chain: dict[int, int] | None = None) -> list[QWidget]:
        """The widgets Tab stops at inside ``region``, in focus-chain order."""
        if not region.isVisible() or not region.isEnabled():
            return []
        chain = chain if chain is not None else self._chain_index()
        found = [w for w in [region, *region.findChildren(QWidget)] if _focusable(w)]
        # A spin box or an editable combo box is one stop: not its inner line edit too. A graphics
        # view (the chart's plot) keeps Tab for its own items, so Tab would never leave it: skipped.
        found = [w for w in found if not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
                 and not _in_graphics_view(w)]
        return sorted(found, key=lambda w: chain.get(id(w), len(chain)))

    def tab_stops(self) -> list[QWidget]:
        """Every widget Tab stops at, region by region."""
        chain = self._chain_index()
        stops: list[QWidget] = []
        for region in self._regions():
            stops.extend(w for w in self.region_widgets(region, chain) if w not in stops)
        return stops

    def _current(self, stops: Sequence[QWidget]) -> int | None:
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for i, widget in enumerate(stops):
            if widget is focus or widget.focusProxy() is focus or widget.isAncestorOf(focus):
                if widget is focus or not any(w is focus for w in stops):
                    return i
        return None

    def move(self, forward: bool) -> bool:
        """Tab (``forward``) or Shift+Tab: the next stop in the window's order; False if there is none."""
        stops = self.tab_stops()
        if not stops:
            return False
        current = self._current(stops)
        if current is None:
            target = stops[0] if forward else stops[-1]
        else:
            target = stops[(current + (1 if forward else -1)) % len(stops)]
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def jump_region(self, forward: bool) -> QWidget | None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the first stop of the next (previous) region that has one."""
        chain = self._chain_index()
        regions = [(r, self.region_widgets(r, chain)) for r in self._regions()]
        regions = [(r, stops) for r, stops in regions if stops]
        if not regions:
            return None
        focus = QApplication.focusWidget()
        here = next((i for i, (r, _) in enumerate(regions) if focus is not None and
                     (r is focus or r.isAncestorOf(focus))), None)
        if here is None:
            target = regions[0 if forward else -1]
        else:
            target = regions[(here + (1 if forward else -1)) % len(regions)]
        widget = target[1][0]
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return widget

    # -- the library's search box ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._library.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and not event.modifiers():
                return self.enter_results()
            if event.key() in _RETURN_KEYS and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return self.open_first_result("right" if shift else "left")
        return super().eventFilter(watched, event)

    def enter_results(self) -> bool:
        """Down in the search box: into the results, on the current (or first) row."""
        pane = self._library
        pane.run_search()  # the search waits for a pause in typing: do not wait for it here
        if pane.proxy.rowCount() == 0:
            return False
        table = pane.table
        if not table.currentIndex().isValid() or not table.selectionModel().isRowSelected(
                table.currentIndex().row(), table.currentIndex().parent()):
            first = pane.proxy.index(0, 0)
            table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_first_result(self, side: str) -> bool:
        """Return in the search box: open the selected result (else the first) in a pane."""
        if not self.enter_results():
            return False
        self._library.request_open(side)
        return True
