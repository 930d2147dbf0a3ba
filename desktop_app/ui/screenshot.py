"""``python main.py screenshot OUT.png``: the main window rendered offscreen, after its analyses.

Used to keep docs/screenshot.png up to date and to look at the UI on a machine without a display.
The user's saved layout is not used (nor changed): the window shows the default layout at ``size``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop_app.core.settings import Settings

DEFAULT_SIZE = (1600, 1000)
ANALYSIS_TIMEOUT_S = 120.0


class ScreenshotError(Exception):
    """One line saying why no screenshot was written."""


def save_screenshot(
    out_path: str | os.PathLike[str],
    left_id: int | None = None,
    right_id: int | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
) -> None:
    """Render the main window with ``left_id``/``right_id`` open (default: the first two documents)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.services import open_library
    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow

    out = Path(out_path)
    if out.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise ScreenshotError(f"{out}: the screenshot must be a .png or .jpg file")
    app = make_application()
    library = open_library()
    try:
        known = {d.id for d in library.list_documents()}
        for doc_id in (left_id, right_id):
            if doc_id is not None and doc_id not in known:
                raise ScreenshotError(f"document {doc_id}: not in the library ({library.path})")
        settings = Settings(path=out.with_suffix(".settings.json"))  # never saved: see module doc
        if left_id is not None or right_id is not None:
            settings.open_documents = {"left": left_id, "right": right_id}
        window = MainWindow(library, settings)
        window.resize(*size)
        window.show()
        _settle(app, window)
        window.resize(*size)
        app.processEvents()
        image = window.grab().toImage()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise ScreenshotError(f"{out}: cannot write the image")
        window.hide()
        window.deleteLater()
        app.processEvents()
    finally:
        library.close()


def _settle(app, window) -> None:  # noqa: ANN001
    """Process events until the initial documents are open and every analysis has finished."""
    deadline = time.monotonic() + ANALYSIS_TIMEOUT_S
    for _ in range(5):
        app.processEvents()
    from desktop_app.ui import chart_loader

    while time.monotonic() < deadline:
        window.runner.wait(100)
        app.processEvents()
        if (
            not window.runner.pending()
            and not window.compare_view.analysis_pending()
            and not chart_loader.loader().loading  # the chart has its plot, not "Loading chart…"
        ):
            break
    for _ in range(5):
        app.processEvents()
