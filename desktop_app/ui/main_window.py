"""The main window: assembles the library pane, the comparison, the docks, menus and status bar.

It holds no behaviour of its own beyond wiring: each pane owns what it does and keeps its own state
between sessions (``save_state`` / ``restore_state``), services (analysis, corrections, import,
printing) live in their own modules, and the window connects their signals. Its dialogs for the
import logic sit behind a small facade (``ask_import_paths``, ``ask_import_folder``,
``show_message``), so that logic runs in tests without a dialog.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStatusBar,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from desktop_app import APP_NAME, __version__, paths
from desktop_app.core.compare import Comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import TRASH_DAYS, Library
from desktop_app.core.settings import Settings
from desktop_app.ui import chart_loader, dialogs
from desktop_app.ui.actions import (
    Actions,
    add_library_menu_items,
    add_viewpoints_menu,
    build_menus,
    build_tool_bar,
    icon,
)
from desktop_app.ui.analysis_runner import AnalysisRunner
from desktop_app.ui.compare_view import CompareView
from desktop_app.ui.corrections import CorrectionService
from desktop_app.ui.docks import Docks
from desktop_app.ui.filter_sidebar import FilterSidebar
from desktop_app.ui.filter_state import FilterState
from desktop_app.ui.find_bar import FindBar
from desktop_app.ui.fit_layout import PaneFitter, fit_window, stack_docks
from desktop_app.ui.keyboard import KeyboardNavigation
from desktop_app.ui.library_jobs import LibraryJobs, RemoveDocumentsCommand
from desktop_app.ui.library_pane import LibraryPane
from desktop_app.ui.library_upkeep import LibraryUpkeep
from desktop_app.ui.mentions_chart import MentionsChart
from desktop_app.ui.viewpoints_dock import ViewpointsController, ViewpointsPanel
from desktop_app.ui.viewpoints_service import ViewpointsService

if TYPE_CHECKING:  # imported on first use: not needed to paint the window (start-up time)
    from desktop_app.ui.import_controller import WindowImports
    from desktop_app.ui.printing import PrintController


CONFIRM_REMOVAL_ABOVE = 3  # removing more documents than this at once asks first
# A closing, hidden window waits this long for a running worker: one left running Python at exit can crash it.
SHUTDOWN_WAIT_MS = 30_000


_FROZEN = False


def freeze_start_up_heap() -> None:
    """Once per process, after the first window's first paint: what start-up built (modules, Qt's
    wrappers, the widgets) lives as long as the app, so it is moved out of the cyclic collector's
    reach (``gc.freeze``). The collections while pyqtgraph is imported in the background, and later
    ones, then scan only what is new: about half the collector's time in that import."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.freeze()


def geometry_settings() -> QSettings:
    """QSettings for window geometry only, kept next to the JSON settings."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class AnalysisStatus(QObject):
    """The status bar's "Analysing “…”" label and busy bar while the engine works in the background."""

    def __init__(self, runner: AnalysisRunner, title_of: Callable[[int], str], status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._title_of = title_of
        self.label = QLabel(status_bar)
        self.progress = QProgressBar(status_bar)
        self.progress.setRange(0, 0)  # busy indicator: the engine reports no fractions
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.progress)
        runner.analysis_started.connect(self._on_started)
        runner.busy_changed.connect(self._on_busy_changed)

    def _on_started(self, doc_id: int) -> None:
        self.label.setText(self.tr("Analysing “{title}”…").format(title=self._title_of(doc_id)))

    def _on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy:
            self.label.setText("")


class MainWindow(LibraryUpkeep, QMainWindow):
    """Library on the left, two documents side by side, filter sidebar and chart as docks."""

    def __init__(self, library: Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.setObjectName("mainWindow")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.undo_stack = QUndoStack(self)
        self.actions = Actions(self, self.undo_stack)
        self.runner = AnalysisRunner(library, self)
        self._closed = False
        self._painted = False
        self._pending_scroll: dict[str, tuple[int, int]] = {}  # side: (doc id, offset) to show

        self.library_pane = LibraryPane(library, self.actions, self)
        self.compare_view = CompareView(library, self.runner, self)
        self.find_bar = FindBar(self.compare_view, self)
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.compare_view, 1)
        column.addWidget(self.find_bar, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_pane)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 930])
        self.setCentralWidget(self.splitter)

        self.filter_state = FilterState(parent=self)
        self.corrections = CorrectionService(library, self.undo_stack, self)
        self.sidebar = FilterSidebar(self.filter_state, self.corrections, self)
        self.chart = MentionsChart(self.filter_state, self)
        self.docks = Docks(self)
        self.sidebar_dock = self.docks.add(self.tr("Filters"), "filterDock", self.sidebar)
        self.chart_dock = self.docks.add(self.tr("Mentions"), "chartDock", self.chart)
        self.viewpoints = ViewpointsService(library, self.undo_stack, self)  # the links between the texts
        self.viewpoints_panel = ViewpointsPanel(self.actions, self)
        self.viewpoints_dock = self.docks.add(self.tr("Viewpoints"), "viewpointsDock", self.viewpoints_panel,
                                              below=self.sidebar_dock, height=320)
        self._imports: WindowImports | None = None  # made on first use (start-up time)
        self._print_controller: PrintController | None = None
        self._guide: QWidget | None = None  # Help > User Guide, made on first use

        self.analysis_status = AnalysisStatus(self.runner, self._title_of, self.statusBar())
        # Moving thousands of documents to the trash and back: in a worker, shown in the status bar.
        self.library_jobs = LibraryJobs(library.path, self.statusBar())
        build_menus(self, self.actions, self.docks.toggle_actions())
        add_viewpoints_menu(self, self.actions)
        add_library_menu_items(self, self.actions)
        build_tool_bar(self, self.actions)
        self.keyboard = KeyboardNavigation(self, self._regions, self.library_pane)
        self.fitter = PaneFitter(self, self.splitter, self.compare_view.panes(), self.docks.docks)
        self._connect()
        self.library_pane.refresh()
        self.restore_state()

    # -- public API used by the other modules -----------------------------------------------

    def open_document(self, doc_id: int, side: str) -> None:
        try:
            self.compare_view.open_document(doc_id, side)
        except KeyError:
            self.show_message(self.tr("Document {id} is not in the library.").format(id=doc_id))

    @property
    def imports(self) -> WindowImports:
        """File > Import…, Paste, drops and the background import behind them, made on first use."""
        if self._imports is None:
            from desktop_app.ui.import_controller import WindowImports

            self._imports = WindowImports(self, self)
        return self._imports

    @property
    def print_controller(self) -> PrintController:
        """Print, preview and export, made on first use."""
        if self._print_controller is None:
            from desktop_app.ui.printing import PrintController

            self._print_controller = PrintController(
                self, self._comparison_and_criteria, chart_top_n=lambda: self.chart.top_n.value(),
                settings=self.settings)
        return self._print_controller

    def current_comparison(self) -> Comparison | None:
        return self.compare_view.current_comparison()

    def remove_documents(self, doc_ids: list[int]) -> None:
        """Move documents to the trash as one undoable step (Edit > Undo restores them and reopens
        the comparison they were in); more than ``CONFIRM_REMOVAL_ABOVE`` are confirmed first."""
        if not doc_ids:
            return
        if len(doc_ids) > CONFIRM_REMOVAL_ABOVE and not dialogs.confirm(
            self, self.tr("Remove Documents"),
            self.tr("Move %n document(s) to the trash? Edit > Undo or File > Trash brings them back "
                    "for 30 days.", "", len(doc_ids)),
            self.tr("Move to Trash"),
        ):
            return
        self.undo_stack.push(RemoveDocumentsCommand(
            self.library, doc_ids, self._on_removed, open_documents=self.compare_view.doc_ids(),
            reopen=self._reopen,
            jobs=self.library_jobs, failed=self._on_removal_failed, starting=self._on_removal_starting))

    def _reopen(self, sides: dict[str, int]) -> None:
        """Undo of a removal: the comparison that was open, built once for both panes."""
        try:
            self.compare_view.open_documents(sides)
        except KeyError as exc:
            self.show_message(self.tr("Document {id} is not in the library.").format(id=exc.args[0] if exc.args else "?"))

    # -- the facade to the user: the only dialogs the window's logic opens --------------------

    def show_message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    def ask_import_paths(self, extensions: Sequence[str]) -> list[Path]:
        """The files to import (File > Import…); empty when the user cancels."""
        patterns = " ".join(f"*{ext}" for ext in extensions)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Documents"), "",
            self.tr("Documents ({patterns})").format(patterns=patterns) + ";;" + self.tr("All files (*)")
        )
        return [Path(name) for name in names]

    def ask_import_folder(self) -> Path | None:
        """The folder to import (File > Import Folder…); None when the user cancels."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder"))
        return Path(folder) if folder else None

    # -- wiring -------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.actions
        pane = self.library_pane
        view = self.compare_view
        a.import_files.triggered.connect(lambda: self.imports.ask_files())
        a.import_folder.triggered.connect(lambda: self.imports.ask_folder())
        a.paste.triggered.connect(lambda: self.imports.paste())
        a.remove.triggered.connect(lambda: self.remove_documents(pane.selected_ids()))
        # The print controller is made on the first of these (start-up time), hence the lambdas.
        a.print_.triggered.connect(lambda: self.print_controller.print_())
        a.print_preview.triggered.connect(lambda: self.print_controller.preview())
        a.export.triggered.connect(lambda: self.print_controller.export_dialog())
        a.quit.triggered.connect(self.close)
        a.swap.triggered.connect(view.swap)
        a.sync_scroll.toggled.connect(view.set_sync_scroll)
        a.zoom_in.triggered.connect(lambda: view.zoom_by(+1))
        a.zoom_out.triggered.connect(lambda: view.zoom_by(-1))
        a.zoom_reset.triggered.connect(lambda: view.zoom_by(None))
        a.find.triggered.connect(self.find_bar.activate)
        a.find_next.triggered.connect(self.find_bar.find_next)
        a.find_previous.triggered.connect(self.find_bar.find_previous)
        a.show_trash.triggered.connect(self.show_trash)
        a.edit_metadata.triggered.connect(lambda: self.edit_metadata(pane.current_id()))
        a.show_corrections.triggered.connect(self.show_corrections)
        a.next_pane.triggered.connect(lambda: self.keyboard.jump_region(True))
        a.previous_pane.triggered.connect(lambda: self.keyboard.jump_region(False))
        a.user_guide.triggered.connect(self.show_user_guide)
        a.whats_this.triggered.connect(QWhatsThis.enterWhatsThisMode)
        a.about.triggered.connect(self._about)
        for action in a.languages.values():
            action.triggered.connect(lambda _checked=False, code=action.data(): self.choose_language(code))
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))
        pane.open_requested.connect(lambda doc_id, side: self.open_document(doc_id, side))
        pane.compare_requested.connect(self._compare)
        pane.selection_changed.connect(self._update_actions)
        self.library_jobs.busy_changed.connect(self._on_library_busy)
        for changed in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):
            changed.connect(lambda _can: self.library_jobs.busy and self._on_library_busy())
        view.comparison_changed.connect(self._on_comparison_changed)
        view.documents_changed.connect(self._on_documents_changed)
        view.analysis_failed.connect(
            lambda doc_id, reason: self.show_message(
                self.tr("Analysis of document {id} failed: {reason}").format(id=doc_id, reason=reason))
        )
        self.runner.analysis_ready.connect(pane.refresh_document)
        for side_pane in view.panes():
            side_pane.context_menu_requested.connect(self._show_pane_menu)
            side_pane.addAction(a.paste)  # Ctrl+V in a pane imports the clipboard and opens it there
        self.filter_state.criteria_changed.connect(view.set_criteria)
        view.set_criteria(self.filter_state.criteria)
        self.corrections.corrections_changed.connect(view.refresh_document)
        self.sidebar.colour_requested.connect(view.ask_actor_colour)
        self.chart.colour_requested.connect(view.ask_actor_colour)
        view.colour_not_kept.connect(self.show_message)
        self.sidebar.actor_everywhere_requested.connect(self.show_actor_everywhere)
        self.chart.actor_everywhere_requested.connect(self.show_actor_everywhere)
        self.sidebar.actor_activated.connect(lambda key: [p.scroll_to_next_quote(key) for p in view.panes()])
        self.viewpoints_controller = ViewpointsController(self.viewpoints, self.viewpoints_panel, view,
                                                          self.filter_state, a, self)
        self._update_actions()

    # -- slots --------------------------------------------------------------------------------

    def _compare(self, left: int, right: int) -> None:
        self.open_document(left, "left")
        self.open_document(right, "right")

    def _on_removed(self, doc_ids: list[int], removed: bool, rows: list | None = None) -> None:
        if removed:
            self.library_pane.drop_documents(doc_ids)
        else:
            self.library_pane.restore_documents(doc_ids, rows)
        if removed:
            self.compare_view.close_documents(set(doc_ids))
        one = len(doc_ids) == 1
        if removed:
            text = self.tr("Removed 1 document (Edit > Undo brings it back).") if one else \
                self.tr("Removed {n} documents (Edit > Undo brings them back).")
        else:
            text = self.tr("Restored 1 document.") if one else self.tr("Restored {n} documents.")
        self.show_message(text.format(n=len(doc_ids)))

    def _on_removal_starting(self, doc_ids: list[int], removing: bool) -> None:
        """A job is about to move documents to the trash: no pane may show one meanwhile (its
        analysis, finishing, would read a document the worker has removed)."""
        if removing:
            self.compare_view.close_documents(set(doc_ids))

    def _on_removal_failed(self, reason: str) -> None:
        self.show_message(self.tr("The library was not changed: {reason}").format(reason=reason), 10000)

    def _on_library_busy(self, *_args: object) -> None:
        """While a library job runs, Remove, Undo and Redo wait for it (the undo stack re-enables
        its actions on its own changes, hence this runs after each of them too)."""
        busy = self.library_jobs.busy
        self.actions.undo.setEnabled(not busy and self.undo_stack.canUndo())
        self.actions.redo.setEnabled(not busy and self.undo_stack.canRedo())
        self._update_actions()

    def _on_comparison_changed(self, comparison: Comparison | None) -> None:
        ids = {side: doc_id for side, doc_id in self.compare_view.doc_ids().items() if doc_id is not None}
        self.sidebar.set_comparison(comparison, ids)
        self.chart.set_comparison(comparison)
        self._update_actions()
        self._scroll_pending()

    def _on_documents_changed(self, _doc_ids: dict) -> None:
        titles = self.compare_view.titles()
        self.setWindowTitle(f"{' ↔ '.join(titles)} — {APP_NAME}" if titles else APP_NAME)
        self._update_actions()

    def _title_of(self, doc_id: int) -> str:
        summary = self.library_pane.model.summary(doc_id)
        return summary.title if summary else self.tr("document {id}").format(id=doc_id)

    def _update_actions(self, *_args: object) -> None:
        a = self.actions
        selected = self.library_pane.table.selectionModel().hasSelection()  # cheap at any size
        a.remove.setEnabled(bool(selected) and not self.library_jobs.busy)
        a.open_left.setEnabled(bool(selected))
        a.open_right.setEnabled(bool(selected))
        a.compare.setEnabled(bool(selected))
        has_doc = any(d is not None for d in self.compare_view.doc_ids().values())
        for action in a.comparison_actions():
            action.setEnabled(has_doc)

    def _show_pane_menu(self, side: str, global_pos: QPoint) -> None:
        from desktop_app.ui.pane_menu import show_pane_menu

        show_pane_menu(self.compare_view.pane(side), global_pos, self.corrections,
                       actor_everywhere=self.show_actor_everywhere)

    def _regions(self) -> list[QWidget]:
        """The window's parts in the order Tab and Ctrl+Tab visit them."""
        view = self.compare_view
        return [self.library_pane, view.pane("left"), view.pane("right"), self.find_bar, self.sidebar,
                self.chart, self.viewpoints_panel]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt override)
        """Tab and Shift+Tab anywhere in the window: region by region (see ui/keyboard.py)."""
        return self.keyboard.move(next) or super().focusNextPrevChild(next)

    def _comparison_and_criteria(self) -> tuple[Comparison | None, FilterCriteria]:
        """What print and exports show: the comparison with its viewpoints, and the filters."""
        comparison = self.viewpoints.attached(self.current_comparison(), self.viewpoints_panel.relations)
        return comparison, self.filter_state.criteria

    def choose_language(self, choice: str) -> None:
        """View > Language: kept in the settings; the window is built in it from the next start."""
        self.actions.languages[choice].setChecked(True)
        if choice == self.settings.language:
            return
        self.settings.language = choice
        self.settings.save()
        self.show_message(self.tr("The new language applies from the next start of Viewpoints."), 10000)

    def show_user_guide(self) -> QWidget:
        """Help > User Guide: one non-modal window, brought to the front when asked again."""
        if self._guide is None:
            from desktop_app.ui.help import UserGuideDialog

            self._guide = UserGuideDialog(self.actions.all_actions(), self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr("Who says what in news texts: speakers and their quotes highlighted, claims marked, "
                      "two texts side by side.")
            + "</p><p>" + self.tr("Library: {path}").format(path=f"<code>{self.library.path}</code>") + "</p>",
        )

    # -- start-up, state and closing ------------------------------------------------------------

    def restore_state(self) -> None:
        """Geometry, splitter, docks and every pane as the last session left them."""
        s = self.settings
        geometry = geometry_settings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_window(self)  # the screen's size when it is smaller than the default
        self._default_layout = not self.docks.restore_state(s)
        if self._default_layout:
            stack_docks(self, [self.sidebar_dock, self.viewpoints_dock, self.chart_dock])
            self.fitter.fit_planned(self.width())  # before the first paint: nothing moves later
        if len(s.main_splitter) == 2 and all(v >= 0 for v in s.main_splitter):
            self.splitter.setSizes(s.main_splitter)
        self.compare_view.restore_state(s)  # its documents open after the first paint
        self.actions.sync_scroll.setChecked(self.compare_view.sync_scroll)
        self.actions.languages.get(s.language, self.actions.languages["system"]).setChecked(True)
        self.library_pane.restore_state(s)

    def save_state(self) -> None:
        """Write layout, splitter sizes, open documents and view options (JSON + QSettings)."""
        s = self.settings
        self.docks.save_state(s)
        s.main_splitter = list(self.splitter.sizes())
        self.compare_view.save_state(s)
        self.library_pane.save_state(s)
        s.save()
        geometry_settings().setValue("geometry", self.saveGeometry())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", True):
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        """What start-up leaves until the window is on screen; none of it blocks the UI thread."""
        if self._closed:
            return
        freeze_start_up_heap()
        self.chart.preload()  # pyqtgraph is imported in the background, the chart waits for it
        chart_loader.when_settled(self._after_full_window)
        self.compare_view.open_restored_documents(self.library_pane.model.documents())

    def _after_full_window(self) -> None:
        """What waits until the chart is drawn too: the drop targets (importing's module, and an
        event filter on every event the window gets, would slow the way to the full window)."""
        if not self._closed:
            self.imports.install_drop_targets(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.save_state()
        self.hide()  # gone at once; the workers below may take a moment to stop
        self.runner.shutdown(SHUTDOWN_WAIT_MS)
        self.library_jobs.shutdown()  # a removal under way finishes its transaction
        self.library_pane.shutdown()
        self.viewpoints.shutdown(SHUTDOWN_WAIT_MS)
        if self._print_controller is not None:
            self._print_controller.shutdown()  # a cancelled export leaves no half-written file
        try:
            self.library.empty_trash(older_than_days=TRASH_DAYS)  # the trash keeps 30 days
        except Exception as exc:  # noqa: BLE001 - closing must not fail on a busy database
            print(f"{self.library.path}: could not purge removed documents ({exc})")
        super().closeEvent(event)
