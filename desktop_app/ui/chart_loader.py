"""pyqtgraph (and numpy) imported in a background thread once the window is on screen.

Importing pyqtgraph takes most of a second; done on the UI thread it would freeze the window just
after start. The main window calls ``start`` after its first paint; the chart shows "Loading
chart…" until ``loaded`` is emitted (in the UI thread) and only then builds its plot.

``settled`` follows once what draws with pyqtgraph at once (the chart, which ``hold``s the loader
until its plot is on screen) is drawn: the full window is up. Start-up work that can wait longer
(the first viewpoints comparison, the drop targets, the collector) waits for it (``when_settled``),
so it never competes with the chart for the UI thread or Python's lock before the full window.
"""

from __future__ import annotations

import importlib

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from desktop_app.core import gc_pause


class PyqtgraphLoader(QObject):
    """Imports pyqtgraph once per process off the UI thread; ``loaded`` says it is done."""

    loaded = Signal()
    settled = Signal()  # after ``loaded``, once every ``hold`` is released
    _finished = Signal(str)  # from the pool thread; error text, "" when the import worked

    def __init__(self) -> None:
        super().__init__()
        self._state = "idle"  # idle -> loading -> loaded -> settled (set in the UI thread only)
        self._holds = 0
        self.error = ""
        self._finished.connect(self._on_finished)

    @property
    def loading(self) -> bool:
        """True between ``start`` and the moment the UI thread learns the import is over."""
        return self._state == "loading"

    @property
    def settling(self) -> bool:
        """True from ``start`` until ``settled``: pyqtgraph, or what draws with it first, is on its way."""
        return self._state in ("loading", "loaded")

    def hold(self) -> bool:
        """``settled`` waits for a ``release`` (asked before the import is over, by what draws with
        pyqtgraph as soon as it is in); False, and nothing held, once the import is over."""
        if self._state not in ("idle", "loading"):
            return False
        self._holds += 1
        return True

    def release(self) -> None:
        """One ``hold`` is over: its drawing is on screen (or will not be)."""
        if self._holds > 0:
            self._holds -= 1
            if self._holds == 0 and self._state == "loaded":
                self._settle()

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
        if self._holds == 0:
            self._settle()

    def _settle(self) -> None:
        self._state = "settled"
        gc_pause.end_start_up_pause()  # the window is up: the collector runs again (ui.app.make_application)
        self.settled.emit()


_LOADER: PyqtgraphLoader | None = None


def when_settled(callback: Callable[[], None]) -> None:
    """``callback`` once the loader has settled (at once when it is not under way: never started,
    or settled already)."""
    background = loader()
    if background.settling:
        background.settled.connect(callback, Qt.ConnectionType.SingleShotConnection)
    else:
        callback()


def loader() -> PyqtgraphLoader:
    """The process's one loader (made in the UI thread, where its signals are delivered)."""
    global _LOADER
    if _LOADER is None:
        _LOADER = PyqtgraphLoader()
    return _LOADER
