"""Starting the GUI: the QApplication, the user's library (seeded on first start), the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.paths import DataDirError
from desktop_app.core.library import LibraryError, open_library
from desktop_app.core.settings import Settings
from desktop_app.ui.actions import icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process (reused when it exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *(argv or [])])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    return app  # type: ignore[return-value]


def headless_application() -> QApplication:
    """A QApplication for work without a window (PDF and PNG from the command line): offscreen."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return make_application()


def run_gui(argv: list[str] | None = None) -> int:
    """Open the main window on the default library and run the event loop; the exit status."""
    app = make_application(argv)
    try:
        library = open_library()
    except (LibraryError, DataDirError) as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(str(exc), file=sys.stderr)
        return 1
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(library, Settings.load())
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
