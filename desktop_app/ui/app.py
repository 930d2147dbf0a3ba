"""Starting the GUI: the QApplication, the user's library (seeded on first start), the window.

A damaged library is met before the window opens: the user is offered a repair, the newest
backup, or to quit (``open_for_window``; the questions go through two small functions, so the flow
is tested without clicking). The day's backup is made in the background once the window is up.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

# The Qt-free modules come before PySide6: from its import on, PySide6's import hook reads the
# source of every module imported after it that does not use PySide6, at each import of it (looking
# for ``from __feature__``); the core the window builds on needs no such look. Importing the window's
# modules made 129 of those reads (31 ms of CPU), 72 (15 ms) with the core first.
import desktop_app.core.compare
import desktop_app.core.export.chart
import desktop_app.core.export.files
import desktop_app.core.export.viewpoints
import desktop_app.core.filters
import desktop_app.core.library.listing
import desktop_app.core.marks  # noqa: F401 - the window's Qt-free modules, loaded before PySide6
from desktop_app import APP_NAME, DESKTOP_ID, __version__, paths
from desktop_app.core import gc_pause
from desktop_app.core.library import Library, LibraryDamaged, LibraryError, open_library
from desktop_app.core.settings import Settings
from desktop_app.paths import DataDirError

from PySide6.QtCore import QTimer  # noqa: E402,I001 - after the Qt-free modules (above)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui import translations
from desktop_app.ui.actions import icon
from desktop_app.ui.translations import translate

REPAIR, BACKUP, QUIT = "repair", "backup", "quit"

# ask(message, backup_available) -> REPAIR | BACKUP | QUIT;  tell(title, lines, failed) -> None
Ask = Callable[[str, bool], str]
Tell = Callable[[str, list[str], bool], None]


UI_SWITCH_INTERVAL_S = 0.002
# The collector rests from the QApplication until the window is up with its chart (the pyqtgraph
# import over): at most this long, should the window never get there (closed first, never shown).
START_UP_PAUSE_LIMIT_MS = 20_000


def make_application(argv: list[str] | None = None, *, window: bool = True) -> QApplication:
    """The one QApplication of the process (reused when it exists, e.g. under pytest-qt).

    ``window``: a window is about to start. Python's cyclic collector then rests until it is up
    (``core.gc_pause.pause_for_start_up``; the chart loader ends the pause once pyqtgraph is in and
    the chart drawn): what start-up builds lives as long as the app, and the collections during it
    (about 25 ms of the UI thread's CPU before the full window and 30 ms of the pyqtgraph import's)
    would only scan it again and again.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *(argv or [])])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland groups the windows under the desktop entry's icon
    app.setWindowIcon(icon("app"))
    # The UI thread gives up Python's lock at every call into Qt and must win it back from the
    # worker threads (analysis, comparison) each time: with the default 5 ms switch interval one
    # paint of the window waits for it a hundred times. 2 ms cut the longest stall of importing
    # 10,000 files (benchmarks/ui_bench.py --only-stalls) from 550 to about 200 ms at no cost to the
    # import's speed; 1 ms cut a little more but made the import a quarter slower.
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    if window and gc_pause.pause_for_start_up():
        QTimer.singleShot(START_UP_PAUSE_LIMIT_MS, app, gc_pause.end_start_up_pause)
    return app  # type: ignore[return-value]


def headless_application() -> QApplication:
    """A QApplication for work without a window (PDF and PNG from the command line): offscreen."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return make_application(window=False)


def run_gui(argv: list[str] | None = None, *, open_paths: list[Path] | None = None, ask: Ask | None = None,
            tell: Tell | None = None) -> int:
    """Open the main window on the default library and run the event loop; the exit status.

    ``open_paths`` (``viewpoints FILE...``, a file manager's "Open with"): imported and shown.
    """
    from desktop_app.core.export.files import clean_stale_temporaries, remove_temporaries_on_sigterm

    app = make_application(argv)
    remove_temporaries_on_sigterm()
    # Python runs a signal handler only between its own bytecodes: give it a chance while Qt idles.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)
    clean_stale_temporaries()
    settings = Settings.load()
    translations.install(app, settings.language)  # before the first dialog: a damaged library's questions
    try:
        library = open_for_window(ask or ask_what_to_do, tell or show_report)
    except (LibraryError, DataDirError) as exc:
        from desktop_app.core.library_messages import line_text

        QMessageBox.critical(None, APP_NAME, line_text(str(exc)))
        print(str(exc), file=sys.stderr)
        return 1
    if library is None:
        return 1
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(library, settings)
    window.show()
    if open_paths:
        open_files(window, open_paths)
    backup = threading.Thread(target=_daily_backup, args=(library.path,), name="daily backup")
    if not library.read_only:
        backup.start()
    try:
        return app.exec()
    finally:
        library.close()
        if backup.is_alive():
            backup.join()


def open_files(window, files: list[Path]) -> None:  # noqa: ANN001 - a MainWindow
    """Import the files the app was started with and show them: the first in the left pane, the
    second (if any) in the right one; the rest are only imported. A file already in the library is
    shown as it is there."""
    if len(files) >= 2:
        window.imports.import_paths([files[0]], "left")
        window.imports.import_paths([files[1]], "right")
        if files[2:]:
            window.imports.import_paths(files[2:])
    elif files:
        window.imports.import_paths(files, "left")


def open_for_window(ask: Ask, tell: Tell) -> Library | None:
    """The library for the window, after SQLite's quick check; None when the user chose to quit.

    A damaged library is offered ``ask``: repair it, put the newest backup in its place, or quit;
    what was done is shown with ``tell``, and opening is tried again. Other failures (a full disk
    on the very first start, an unusable data folder) raise ``LibraryError`` or ``DataDirError``.
    """
    from desktop_app.core.library import backup, repair
    from desktop_app.core.library.errors import REPAIR_HINT

    while True:
        try:
            return open_library(check=True, daily_backup=False)
        except LibraryDamaged as exc:
            path = paths.library_path()
            choice = ask(str(exc).removesuffix(f": {REPAIR_HINT}"), bool(backup.list_backups(path)))
            if choice == REPAIR:
                report = repair.repair(path)
            elif choice == BACKUP:
                report = repair.restore_backup(path)
            else:
                return None
            tell("Repair" if choice == REPAIR else "Open a backup", report.lines(), not report.usable)


def ask_what_to_do(message: str, backup_available: bool) -> str:
    """The dialog a damaged library meets at start: Repair, Open a backup, or Quit."""
    box = recovery_box(message, backup_available)
    box.exec()
    return box.clickedButton().property("choice") or QUIT


def recovery_box(message: str, backup_available: bool) -> QMessageBox:
    """The message box of ``ask_what_to_do`` (built apart, so a test can look at it). ``message`` is
    the library's English reason; the box says it in the interface language (SQLite's reason in a
    line of that language) and keeps the reason as written, SQLite's words included, as its details."""
    from desktop_app.core.library_messages import line_text

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, translate("App", "The library is damaged."))
    shown = line_text(message)
    box.setInformativeText(
        shown + "\n\n" + translate(
            "App", "Repair saves what can still be read into a new library (the damaged file is "
            "kept). Open a backup puts the newest automatic backup in its place."))
    if shown != message:
        box.setDetailedText(message)
    for label, choice, role in ((translate("App", "Repair"), REPAIR, QMessageBox.ButtonRole.AcceptRole),
                                (translate("App", "Open a backup"), BACKUP,
                                 QMessageBox.ButtonRole.ActionRole),
                                (translate("App", "Quit"), QUIT, QMessageBox.ButtonRole.RejectRole)):
        button = box.addButton(label, role)
        button.setProperty("choice", choice)
        if choice == BACKUP and not backup_available:
            button.setEnabled(False)
            button.setToolTip(translate("App", "There is no backup yet"))
        if choice == REPAIR:
            box.setDefaultButton(button)
    return box


def show_report(title: str, lines: list[str], failed: bool) -> None:
    """What a repair or a restored backup did, before the window opens (its lines in the UI language)."""
    report_box(title, lines, failed).exec()


def report_box(title: str, lines: list[str], failed: bool) -> QMessageBox:
    """The message box of ``show_report``: the report's lines in the interface language; its details
    (a failure's whole report, and the report as written when that differs: SQLite's own words)."""
    from desktop_app.core.library_messages import lines_text

    shown_lines = lines_text(lines)
    repaired = title == "Repair"
    done = translate("App", "The library was repaired.") if repaired else \
        translate("App", "The backup is in place.")
    shown = translate("App", "Repair") if repaired else translate("App", "Open a backup")
    box = QMessageBox(QMessageBox.Icon.Critical if failed else QMessageBox.Icon.Information,
                      f"{APP_NAME}: {shown}", shown_lines[-1] if failed else done)
    details = ["\n".join(shown_lines)] if failed else []
    if not failed:
        box.setInformativeText("\n".join(shown_lines))
    if shown_lines != lines:
        details.append("\n".join(lines))
    if details:
        box.setDetailedText("\n\n".join(details))
    return box


def _daily_backup(path) -> None:  # noqa: ANN001
    """The day's backup, with a connection of its own (runs while the window is up)."""
    from desktop_app.core.library.opening import make_daily_backup

    try:
        with Library(path) as library:
            make_daily_backup(library)
    except LibraryError as exc:
        print(f"backup skipped: {exc}", file=sys.stderr)
