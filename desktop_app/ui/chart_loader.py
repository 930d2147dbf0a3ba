"""pyqtgraph (and numpy) imported in a background thread once the window is on screen.

Importing pyqtgraph takes most of a second; done on the UI thread it would freeze the window just
after start. The main window calls ``start`` after its first paint; the chart shows "Loading
chart…" until ``loaded`` is emitted (in the UI thread) and only then builds its plot.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop_app.core import gc_pause


class PyqtgraphLoader(QObject):
    """Imports pyqtgraph once per process off the UI thread; ``loaded`` says it is done."""

    loaded = Signal()
    _finished = Signal(str)  # from the pool thread; error text, "" when the import worked

    def __init__(self) -> None:
        super().__init__()
        self._state = "idle"  # idle -> loading -> loaded (set in the UI thread only)
        self.error = ""
        self._finished.connect(self._on_finished)

    @property
    def loading(self) -> bool:
        """True between ``start`` and the moment the UI thread learns the import is over."""
        return self._state == "loading"

    def start(self) -> None:
        """Begin the import in the global thread pool (a no-op after the first call)."""
        if self._state != "idle":
            return
        self._state = "loading"
        QThreadPool.globalInstance().start(self._import)

    def _import(self) -> None:  # runs in a pool thread
        try:
            importlib.import_module("pyqtgraph")
        except Exception as exc:  # noqa: BLE001 - the chart imports again and reports it
            self._finished.emit(f"{type(exc).__name__}: {exc}")
        else:
            self._finished.emit("")

    def _on_finished(self, error: str) -> None:
        self.error = error
        self._state = "loaded"
        self.loaded.emit()  # the chart draws its plot
        gc_pause.end_start_up_pause()  # the window is up: the collector runs again (ui.app.make_application)


_LOADER: PyqtgraphLoader | None = None


def loader() -> PyqtgraphLoader:
    """The process's one loader (made in the UI thread, where its signals are delivered)."""
    global _LOADER
    if _LOADER is None:
        _LOADER = PyqtgraphLoader()
    return _LOADER
