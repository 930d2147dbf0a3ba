"""A main window on a temporary library holding the two seed texts, with their analyses finished."""

from __future__ import annotations

from desktop_app.core.document import Document
from desktop_app.core.settings import Settings
from desktop_app.core.library import open_library
from desktop_app.ui.main_window import MainWindow

SEED_NEWS = "Expert: Sverige saknar koll på IS-återvändare"
SEED_OPINION = "Örebro arbetar aktivt mot våldsbejakande extremism"
ANALYSIS_TIMEOUT_MS = 60_000


class WindowFactory:
    """Starts main windows on the test's library the way the app does, and quits them like a user.

    Behind the ``window`` and ``window_factory`` fixtures (tests/ui/conftest.py).
    """

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self._open: list[MainWindow] = []

    def __call__(self, settings: Settings | None = None, *, wait: bool = True) -> MainWindow:
        """A shown window (on the seeds at first start); ``wait``: until its analyses are finished."""
        window = MainWindow(open_library(), settings or Settings.load())
        self._open.append(window)
        window.resize(1400, 900)
        window.show()
        self._qtbot.waitExposed(window)
        if wait:
            wait_for_analyses(self._qtbot, window)
        return window

    def close(self, window: MainWindow) -> None:
        """Quit: close the window (unless the test already did), then its library."""
        if window not in self._open:
            return
        self._open.remove(window)
        if window.isVisible():
            window.close()
        window.library.close()

    def close_all(self) -> None:
        for window in list(self._open):
            self.close(window)


def wait_for_analyses(qtbot, window: MainWindow) -> None:
    """Until every open pane shows its marks."""

    def ready() -> bool:
        panes = [p for p in window.compare_view.panes() if p.doc_id is not None]
        return bool(panes) and all(p.view is not None for p in panes) and not window.runner.pending()

    qtbot.waitUntil(ready, timeout=ANALYSIS_TIMEOUT_MS)


def doc_id_by_title(window: MainWindow, title: str) -> int:
    return next(d.id for d in window.library.list_documents() if d.title == title)


def paragraph_middle(document: Document, index: int) -> int:
    """A source-text offset in the middle of paragraph ``index``."""
    p = document.paragraphs()[index]
    return (p.start + p.end) // 2
