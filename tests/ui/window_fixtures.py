"""A main window on a temporary library holding the two seed texts, with their analyses finished."""

from __future__ import annotations

from desktop_app.core.document import Document
from desktop_app.core.settings import Settings
from desktop_app.services import open_library
from desktop_app.ui.main_window import MainWindow

SEED_NEWS = "Expert: Sverige saknar koll på IS-återvändare"
SEED_OPINION = "Örebro arbetar aktivt mot våldsbejakande extremism"
ANALYSIS_TIMEOUT_MS = 60_000


def make_window(qtbot, settings: Settings | None = None, library=None) -> MainWindow:
    """A shown window; the caller closes it (``close_window``)."""
    library = library or open_library()
    window = MainWindow(library, settings or Settings.load())
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_analyses(qtbot, window: MainWindow) -> None:
    """Until every open pane shows its marks."""

    def ready() -> bool:
        panes = [p for p in window.compare_view.panes() if p.doc_id is not None]
        return bool(panes) and all(p.view is not None for p in panes) and not window.runner.pending()

    qtbot.waitUntil(ready, timeout=ANALYSIS_TIMEOUT_MS)


def close_window(window: MainWindow) -> None:
    library = window.library
    window.close()
    library.close()


def doc_id_by_title(window: MainWindow, title: str) -> int:
    return next(d.id for d in window.library.list_documents() if d.title == title)


def paragraph_middle(document: Document, index: int) -> int:
    """A source-text offset in the middle of paragraph ``index``."""
    p = document.paragraphs()[index]
    return (p.start + p.end) // 2
