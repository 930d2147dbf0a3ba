"""``python main.py screenshot OUT.png``: the main window rendered offscreen, after its analyses.

Used to keep docs/screenshot.png up to date and to look at the UI on a machine without a display.
The user's saved layout is not used (nor changed): the window shows the default layout at ``size``.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from desktop_app.core.settings import Settings

DEFAULT_SIZE = (1600, 1000)
ANALYSIS_TIMEOUT_S = 120.0


class ScreenshotError(Exception):
    """One line saying why no screenshot was written."""


def save_screenshot(
    out_path: str | os.PathLike[str],
    left_id: str | int | None = None,
    right_id: str | int | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    language: str = "en",
) -> None:
    """Render the main window with ``left_id``/``right_id`` open (default: the documents it opens first),
    its interface in ``language`` ("en" or "sv").

    Each side is a library id or a file path (``core.loading``, as for ``export``). A file is not
    added to the user's library: the window then shows a scratch copy of the library, in a temporary
    folder, with the file's document in it.
    """
    screen_config = _offscreen_screen(size)
    from desktop_app.core.library import open_library
    from desktop_app.core.loading import LoadError, load_view
    from desktop_app.ui import translations
    from desktop_app.ui.app import make_application

    out = Path(out_path)
    if out.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise ScreenshotError(f"{out}: the screenshot must be a .png or .jpg file")
    try:
        app = make_application()
    finally:
        if screen_config is not None:
            screen_config.unlink(missing_ok=True)  # read when the platform plugin loads
    translations.install(app, language)
    library = open_library()
    try:
        targets = {side: str(t) for side, t in (("left", left_id), ("right", right_id)) if t is not None}
        try:
            views = {side: load_view(target, library) for side, target in targets.items()}
        except LoadError as exc:
            raise ScreenshotError(str(exc)) from None
        if any(view.document.id is None for view in views.values()):
            with tempfile.TemporaryDirectory(prefix="viewpoints-screenshot-") as scratch_dir:
                scratch = library.copy_to(Path(scratch_dir) / "library.sqlite3")
                try:
                    ids = {side: _scratch_id(scratch, view) for side, view in views.items()}
                    _grab(app, scratch, out, ids, size)
                finally:
                    scratch.close()
        else:
            _grab(app, library, out, {side: view.document.id for side, view in views.items()}, size)
    finally:
        library.close()


def _offscreen_screen(size: tuple[int, int]) -> Path | None:
    """Render on an offscreen screen at least ``size`` (Qt's default offscreen screen is 800×800, so
    the window would lay itself out for a small screen: library narrowed, docks stacked). Only when
    this process has no Qt application yet and the platform is plain offscreen; the config file's
    path, to remove once the application exists."""
    from PySide6.QtWidgets import QApplication

    platform = os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if platform != "offscreen" or QApplication.instance() is not None:
        return None
    width, height = max(size[0], 1920), max(size[1], 1200)
    fd, name = tempfile.mkstemp(prefix="viewpoints-screen-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as config:
        json.dump({"screens": [{"name": "screenshot", "x": 0, "y": 0, "width": width, "height": height,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={name}"
    return Path(name)


def _scratch_id(scratch, view) -> int:  # noqa: ANN001
    """The id of ``view``'s document in the scratch library (a file's document is added, analysed)."""
    from desktop_app.core.analysis import ENGINE_VERSION
    from desktop_app.core.document import ImportedText

    document = view.document
    if document.id is not None:
        return document.id
    imported = ImportedText(document.text, document.metadata, document.format)
    added = scratch.add(imported, source_name=document.source_name, original=document.text.encode("utf-8"))
    if added.status == "imported":  # its analysis is made already: the window need not redo it
        scratch.save_analysis(added.doc_id, ENGINE_VERSION, view.analysis.to_dict())
    return added.doc_id


def _grab(app, library, out: Path, ids: dict[str, int], size: tuple[int, int]) -> None:  # noqa: ANN001
    from desktop_app.ui.main_window import MainWindow

    settings = Settings(path=out.with_suffix(".settings.json"))  # never saved: see module doc
    if ids:
        settings.open_documents = {"left": ids.get("left"), "right": ids.get("right")}
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
            and not window.viewpoints.busy  # the Viewpoints dock shows its links
            and not chart_loader.loader().loading  # the chart has its plot, not "Loading chart…"
        ):
            break
    for _ in range(5):
        app.processEvents()
