"""The main window: assembles the library pane, the comparison, the docks, menus and status bar.

It holds no behaviour of its own beyond wiring: each pane owns what it does, services (analysis,
corrections, import, printing) live in their own modules, and the window connects their signals.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QWidget,
)

from desktop_app import APP_NAME, __version__, paths
from desktop_app.core.compare import Comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import TRASH_DAYS, Library
from desktop_app.core.settings import Settings
from desktop_app.ui import window_parts
from desktop_app.ui.actions import Actions, icon
from desktop_app.ui.analysis_runner import AnalysisRunner
from desktop_app.ui.compare_view import CompareView
from desktop_app.ui.corrections import CorrectionService
from desktop_app.ui.filter_sidebar import FilterSidebar
from desktop_app.ui.filter_state import FilterState
from desktop_app.ui.find_bar import FindBar
from desktop_app.ui.library_pane import LibraryPane, RemoveDocumentsCommand
from desktop_app.ui.mentions_chart import MentionsChart

if TYPE_CHECKING:  # imported on first use: not needed to paint the window (start-up time)
    from desktop_app.ui.import_controller import ImportController
    from desktop_app.ui.printing import PrintController


def geometry_settings() -> QSettings:
    """QSettings for window geometry only, kept next to the JSON settings."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
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
        self._initial_documents: dict[str, int | None] | None = None

        self.library_pane = LibraryPane(library, self.actions, self)
        self.compare_view = CompareView(library, self.runner, self)
        self.find_bar = FindBar(self.compare_view, self)
        centre = QWidget(self)
        window_parts.stack_vertically(centre, self.compare_view, self.find_bar)
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
        self.sidebar_dock = self._dock("Filters", "filterDock", self.sidebar, Qt.DockWidgetArea.RightDockWidgetArea)
        self.chart_dock = self._dock("Mentions", "chartDock", self.chart, Qt.DockWidgetArea.RightDockWidgetArea)
        self._import_controller: ImportController | None = None  # made on first use (start-up time)
        self._print_controller: PrintController | None = None

        self._build_status_bar()
        window_parts.build_menus(self)
        window_parts.build_tool_bar(self)
        self._connect()
        self.library_pane.refresh()
        self._restore()

    # -- public API used by the other modules -----------------------------------------------

    def open_document(self, doc_id: int, side: str) -> None:
        self._initial_documents = None  # the user chose: the restored documents are not wanted
        try:
            self.compare_view.open_document(doc_id, side)
        except KeyError:
            self.show_message(f"Document {doc_id} is not in the library.")

    @property
    def import_controller(self) -> ImportController:
        """The drag-and-drop / background import service, made on first use."""
        if self._import_controller is None:
            from desktop_app.ui.import_controller import ImportController

            self._import_controller = ImportController(self.library.path, self)
            window_parts.connect_import_controller(self, self._import_controller)
        return self._import_controller

    @property
    def print_controller(self) -> PrintController:
        """Print, preview and export, made on first use."""
        if self._print_controller is None:
            from desktop_app.ui.printing import PrintController

            self._print_controller = PrintController(self, self._comparison_and_criteria)
        return self._print_controller

    def current_comparison(self) -> Comparison | None:
        return self.compare_view.current_comparison()

    def show_message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    def remove_documents(self, doc_ids: list[int]) -> None:
        """Remove documents from the library as one undoable step (Edit > Undo restores them)."""
        if doc_ids:
            self.undo_stack.push(RemoveDocumentsCommand(self.library, doc_ids, self._on_removed))

    def import_paths(self, file_paths: list[Path], side: str | None = None) -> None:
        window_parts.import_paths(self, file_paths, side)

    # -- construction helpers ---------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.analysis_label = QLabel(self)
        self.analysis_progress = QProgressBar(self)
        self.analysis_progress.setRange(0, 0)  # busy indicator: the engine reports no fractions
        self.analysis_progress.setMaximumWidth(140)
        self.analysis_progress.setMaximumHeight(14)
        self.analysis_progress.hide()
        self.statusBar().addPermanentWidget(self.analysis_label)
        self.statusBar().addPermanentWidget(self.analysis_progress)

    def _connect(self) -> None:
        a = self.actions
        pane = self.library_pane
        a.import_files.triggered.connect(lambda: window_parts.ask_import_files(self))
        a.import_folder.triggered.connect(lambda: window_parts.ask_import_folder(self))
        a.paste.triggered.connect(lambda: window_parts.paste_clipboard(self))
        a.remove.triggered.connect(lambda: self.remove_documents(pane.selected_ids()))
        a.quit.triggered.connect(self.close)
        a.swap.triggered.connect(self.compare_view.swap)
        a.sync_scroll.toggled.connect(self._set_sync_scroll)
        a.zoom_in.triggered.connect(lambda: self._zoom(+1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self._zoom(None))
        a.find.triggered.connect(self.find_bar.activate)
        a.find_next.triggered.connect(self.find_bar.find_next)
        a.find_previous.triggered.connect(self.find_bar.find_previous)
        a.about.triggered.connect(self._about)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))
        pane.open_requested.connect(lambda doc_id, side: self.open_document(doc_id, side))
        pane.compare_requested.connect(self._compare)
        pane.selection_changed.connect(self._update_actions)
        self.compare_view.comparison_changed.connect(self._on_comparison_changed)
        self.compare_view.documents_changed.connect(self._on_documents_changed)
        self.compare_view.analysis_failed.connect(
            lambda doc_id, reason: self.show_message(f"Analysis of document {doc_id} failed: {reason}")
        )
        self.runner.analysis_started.connect(self._on_analysis_started)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self.runner.analysis_ready.connect(self.library_pane.refresh_document)
        for side_pane in self.compare_view.panes():
            side_pane.context_menu_requested.connect(self._show_pane_menu)
        window_parts.connect_services(self)
        self._update_actions()

    # -- slots --------------------------------------------------------------------------------

    def _compare(self, left: int, right: int) -> None:
        self.open_document(left, "left")
        self.open_document(right, "right")

    def _on_removed(self, doc_ids: list[int], removed: bool) -> None:
        self.library_pane.refresh()
        if removed:
            self.compare_view.close_documents(set(doc_ids))
        noun = "document" if len(doc_ids) == 1 else "documents"
        verb = "Removed" if removed else "Restored"
        hint = " (Edit > Undo brings them back)" if removed else ""
        self.show_message(f"{verb} {len(doc_ids)} {noun}{hint}.")

    def _on_comparison_changed(self, comparison: Comparison | None) -> None:
        ids = {side: doc_id for side, doc_id in self.compare_view.doc_ids().items() if doc_id is not None}
        self.sidebar.set_comparison(comparison, ids)
        self.chart.set_comparison(comparison)
        self._update_actions()

    def _on_documents_changed(self, doc_ids: dict) -> None:
        self.settings.open_documents = dict(doc_ids)
        titles = [self.compare_view.pane(s).title_label.text() for s, d in doc_ids.items() if d]
        self.setWindowTitle(f"{' ↔ '.join(titles)} — {APP_NAME}" if titles else APP_NAME)
        self._update_actions()

    def _on_analysis_started(self, doc_id: int) -> None:
        summary = self.library_pane.model.summary(doc_id)
        title = summary.title if summary else f"document {doc_id}"
        self.analysis_label.setText(f"Analysing “{title}”…")

    def _on_busy_changed(self, busy: bool) -> None:
        self.analysis_progress.setVisible(busy)
        if not busy:
            self.analysis_label.setText("")

    def _update_actions(self, *_args: object) -> None:
        a = self.actions
        selected = self.library_pane.selected_ids()
        a.remove.setEnabled(bool(selected))
        a.open_left.setEnabled(bool(selected))
        a.open_right.setEnabled(bool(selected))
        a.compare.setEnabled(bool(selected))
        has_doc = any(d is not None for d in self.compare_view.doc_ids().values())
        for action in a.comparison_actions():
            action.setEnabled(has_doc)

    def _set_sync_scroll(self, on: bool) -> None:
        self.settings.sync_scroll = on
        self.compare_view.set_sync_scroll(on)

    def _zoom(self, delta: int | None) -> None:
        steps = 0 if delta is None else self.settings.zoom + delta
        for side_pane in self.compare_view.panes():
            side_pane.set_zoom(steps)
        self.settings.zoom = self.compare_view.pane("left").zoom

    def _show_pane_menu(self, side: str, global_pos) -> None:  # noqa: ANN001
        from desktop_app.ui.pane_menu import build_pane_menu

        side_pane = self.compare_view.pane(side)
        viewport_pos = side_pane.text_edit.viewport().mapFromGlobal(global_pos)
        build_pane_menu(side_pane, viewport_pos, self.corrections).exec(global_pos)

    def _comparison_and_criteria(self) -> tuple[Comparison | None, FilterCriteria]:
        return self.current_comparison(), self.filter_state.criteria

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>Who says what in news texts: speakers and their quotes highlighted, claims marked, "
            "two texts side by side.</p>"
            f"<p>Library: <code>{self.library.path}</code></p>",
        )

    # -- state --------------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        geometry = geometry_settings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)
        restored = False
        if s.window_state:
            try:
                restored = self.restoreState(QByteArray(base64.b64decode(s.window_state)))
            except ValueError:
                restored = False
        if not restored:
            docks = [self.sidebar_dock, self.chart_dock]
            self.resizeDocks(docks, [340, 340], Qt.Orientation.Horizontal)
            self.resizeDocks(docks, [520, 360], Qt.Orientation.Vertical)
        if len(s.main_splitter) == 2 and all(v >= 0 for v in s.main_splitter):
            self.splitter.setSizes(s.main_splitter)
        if len(s.compare_splitter) == 2 and all(v >= 0 for v in s.compare_splitter):
            self.compare_view.splitter.setSizes(s.compare_splitter)
        self.actions.sync_scroll.setChecked(s.sync_scroll)
        self.compare_view.set_sync_scroll(s.sync_scroll)
        if s.zoom:
            for side_pane in self.compare_view.panes():
                side_pane.set_zoom(s.zoom)
        column, order = (s.library_sort + [-1, 0])[:2]
        if 0 <= column < self.library_pane.model.columnCount():
            self.library_pane.table.sortByColumn(column, Qt.SortOrder(order))
        wanted = dict(s.open_documents)
        if all(v is None for v in wanted.values()):
            wanted = window_parts.first_start_documents(self.library_pane.model.documents())
        self._initial_documents = wanted  # opened after the first paint (see _after_first_paint)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", True):
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        """What start-up leaves until the window is on screen; none of it blocks the UI thread."""
        if self._closed:
            return
        self.chart.preload()  # pyqtgraph is imported in the background, the chart waits for it
        window_parts.install_drop_targets(self)
        wanted, self._initial_documents = self._initial_documents, None
        if wanted is None:
            return  # the user opened something already
        for side, doc_id in wanted.items():
            if self.compare_view.pane(side).doc_id is not None:
                continue  # something was opened meanwhile (a drop, a click)
            if doc_id is not None and self.library_pane.model.row_of(doc_id) is not None:
                self.open_document(doc_id, side)

    def save_state(self) -> None:
        """Write layout, splitter sizes, open documents and view options (JSON + QSettings)."""
        s = self.settings
        s.window_state = base64.b64encode(bytes(self.saveState().data())).decode("ascii")
        s.main_splitter = list(self.splitter.sizes())
        s.compare_splitter = list(self.compare_view.splitter.sizes())
        s.open_documents = dict(self.compare_view.doc_ids())
        header = self.library_pane.table.horizontalHeader()
        s.library_sort = [header.sortIndicatorSection(), header.sortIndicatorOrder().value]
        s.save()
        geometry_settings().setValue("geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.save_state()
        self.runner.shutdown(3000)
        if self._print_controller is not None:
            self._print_controller.shutdown()  # a cancelled export leaves no half-written file
        try:
            self.library.empty_trash(older_than_days=TRASH_DAYS)  # the trash keeps 30 days
        except Exception as exc:  # noqa: BLE001 - closing must not fail on a busy database
            print(f"{self.library.path}: could not purge removed documents ({exc})")
        super().closeEvent(event)
