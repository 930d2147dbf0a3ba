"""Small screens: the reading panes keep a readable width; the docks and the library give way first.

On a 1024 px screen the library (330 px) and the docks (380 px) would leave the two texts 150 px
each. ``fit_window`` sizes a first window to the screen, and ``fit_planned`` (a first start's default
layout, before the window is shown) and ``fit_panes`` (the same from the widths on screen) narrows the docks, then the library, then folds the library away,
until each pane has ``MIN_PANE_WIDTH``, or as close to it as the screen allows; on a short screen
the chart and the viewpoints share one place as tabs, so the chart keeps a legible height.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

MIN_PANE_WIDTH = 340  # about 45 characters of the text at the default size
MIN_DOCK_WIDTH = 240  # the chart's names and bars stay legible
MIN_LIBRARY_WIDTH = 160
DEFAULT_SIZE = QSize(1600, 1000)


def fit_window(window: QMainWindow, size: QSize = DEFAULT_SIZE) -> None:
    """A first window: ``size``, or the screen's free area when the screen is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(size)
        return
    free = screen.availableGeometry()
    if free.width() >= size.width() and free.height() >= size.height():
        window.resize(size)
        return
    frame = window.frameGeometry().size() - window.geometry().size()  # the title bar and borders
    window.resize(min(size.width(), free.width() - frame.width()), min(size.height(), free.height() - frame.height()))
    window.move(free.topLeft())


def plan_widths(window_width: int, centre_overhead: int, library: int, dock: int,
                dock_minimum: int = MIN_DOCK_WIDTH) -> tuple[int, int]:
    """The (library, dock column) widths that leave each of the two panes ``MIN_PANE_WIDTH`` in a
    window ``window_width`` wide, taking from the docks first (down to ``dock_minimum``), then from
    the library (down to ``MIN_LIBRARY_WIDTH``); unchanged when they fit. Below that the panes share
    what is left: the library stays in sight, to open documents from."""
    spare = window_width - 2 * MIN_PANE_WIDTH - centre_overhead
    if library + dock <= spare:
        return library, dock
    excess = library + dock - spare
    if dock:
        new_dock = max(dock - excess, min(dock, dock_minimum))
        excess -= dock - new_dock
        dock = new_dock
    if excess > 0:
        library = max(library - excess, min(library, MIN_LIBRARY_WIDTH))
    return library, dock


class PaneFitter:
    """Keeps the reading panes of ``window`` readable as it is resized."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, panes: Sequence[QWidget],
                 docks: Sequence[QDockWidget]) -> None:
        self._window = window
        self._splitter = splitter
        self._panes = list(panes)
        self._docks = list(docks)

    def _docked(self) -> list[QDockWidget]:
        return [d for d in self._docks if d.isVisible() and not d.isFloating()
                and self._window.dockWidgetArea(d) in (Qt.DockWidgetArea.RightDockWidgetArea,
                                                       Qt.DockWidgetArea.LeftDockWidgetArea)]

    def fit_panes(self) -> None:
        """Narrow the docks, then the library, when the panes are below ``MIN_PANE_WIDTH``."""
        if min((p.width() for p in self._panes), default=MIN_PANE_WIDTH) >= MIN_PANE_WIDTH:
            return
        docks = self._docked()
        dock = max((d.width() for d in docks), default=0)
        library, centre = self._splitter.sizes()
        overhead = centre - sum(p.width() for p in self._panes)  # the gap with the connectors
        splitter_extra = self._window.width() - library - centre - dock  # handles, margins
        dock_minimum = max([MIN_DOCK_WIDTH, *(d.minimumSizeHint().width() for d in docks)])
        new_library, new_dock = plan_widths(self._window.width() - splitter_extra, overhead, library, dock,
                                            dock_minimum)
        if docks and new_dock != dock:
            self._window.resizeDocks(docks, [new_dock] * len(docks), Qt.Orientation.Horizontal)
        if new_library != library:
            total = library + centre + (dock - new_dock)
            self._splitter.setSizes([new_library, max(total - new_library, 1)])


    def fit_planned(self, window_width: int, library: int = 330, dock: int = 380, overhead: int = 50) -> None:
        """The default layout narrowed for a ``window_width`` window before it is shown (sizes are
        not laid out yet, so the default widths stand in for them)."""
        new_library, new_dock = plan_widths(window_width, overhead, library, dock)
        docks = self._docked() or [d for d in self._docks if not d.isFloating()]
        if docks and new_dock != dock:
            self._window.resizeDocks(docks, [new_dock] * len(docks), Qt.Orientation.Horizontal)
        if new_library != library:
            self._splitter.setSizes([new_library, max(window_width - new_library - new_dock, 1)])


def stack_docks(window: QMainWindow, docks: Sequence[QDockWidget], short: int = 850) -> bool:
    """On a screen less than ``short`` px high, the docks after the first share one place as tabs
    (the first of them in front); True when it did so. Three docks in 700 px leave the chart 120 px."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or screen.availableGeometry().height() >= short or len(docks) < 3:
        return False
    rest = list(docks[1:])
    for dock in rest[1:]:
        window.tabifyDockWidget(rest[0], dock)
    rest[0].raise_()
    half = screen.availableGeometry().height() // 2
    window.resizeDocks([docks[0], rest[-1]], [half, half], Qt.Orientation.Vertical)
    return True

