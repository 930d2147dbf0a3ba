"""The window's docks (the filter sidebar, the viewpoints, the mentions chart): made alike, and their
layout kept between sessions.

Qt records where docks and tool bars are in one blob (``QMainWindow.saveState``); it is kept in the
JSON settings as base64, and a missing or damaged blob gives the default layout.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from desktop_app.core.settings import Settings

DEFAULT_WIDTH = 380  # the docks' column in the right dock area
DEFAULT_HEIGHTS = (520, 360)  # the sidebar over the chart
DEFAULT_HEIGHT = 300  # a dock given no height of its own

class Docks:
    """The side panels of a main window, stacked in its right dock area."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.docks: list[QDockWidget] = []
        self._heights: list[int] = []

    def add(self, title: str, name: str, widget: QWidget, *, below: QDockWidget | None = None,
            height: int | None = None) -> QDockWidget:
        """A movable, closable, floatable dock showing ``widget``; ``name`` keys its saved place.

        By default it goes under the docks already in the right area; ``below`` puts it right under
        that one (the viewpoints under the filter sidebar, above the chart).
        """
        dock = QDockWidget(title, self._window)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        dock.setWidget(widget)
        self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if below is not None:
            self._window.splitDockWidget(below, dock, Qt.Orientation.Vertical)
        n = len(self.docks)
        self.docks.append(dock)
        self._heights.append(height or (DEFAULT_HEIGHTS[n] if n < len(DEFAULT_HEIGHTS) else DEFAULT_HEIGHT))
        return dock

    def toggle_actions(self) -> list[QAction]:
        """Show/hide actions for the View menu, in the order the docks were added."""
        return [dock.toggleViewAction() for dock in self.docks]

    def save_state(self, settings: Settings) -> None:
        """Where the docks (and the tool bar) are, shown or hidden, into ``settings``."""
        settings.window_state = base64.b64encode(bytes(self._window.saveState().data())).decode("ascii")

    def restore_state(self, settings: Settings) -> bool:
        """Put the docks back where ``save_state`` found them; the default layout when it cannot
        (then False)."""
        restored = False
        if settings.window_state:
            try:
                blob = base64.b64decode(settings.window_state)
            except ValueError:  # binascii.Error: not base64
                blob = b""
            restored = bool(blob) and self._window.restoreState(QByteArray(blob))
        if not restored:
            self._window.resizeDocks(self.docks, [DEFAULT_WIDTH] * len(self.docks), Qt.Orientation.Horizontal)
            self._window.resizeDocks(self.docks, list(self._heights), Qt.Orientation.Vertical)
        return restored
