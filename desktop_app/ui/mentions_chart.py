"""The mentions chart: for the top actors, how often each document names them (grouped bars).

The numbers come from ``core.filters.chart_rows`` (the same the exports use); ``chart_drawing``
draws them with pyqtgraph. pyqtgraph is not imported at start-up, because importing it costs launch
time: the main window has ``chart_loader`` import it in the background after the first paint.
Saves (PNG, SVG, CSV) and the copied image are the chart file of ``core.export.chart`` for the
actors shown: the same files as File > Export "Chart as…", written whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.export.chart import DEFAULT_TOP_N, MAX_TOP_N, side_labels
from desktop_app.core.export.files import ExportError
from desktop_app.core.filters import ChartRow, chart_rows
from desktop_app.ui import chart_loader
from desktop_app.ui.chart_drawing import ChartDrawing, chart_image, plot_widget, row_at
from desktop_app.ui.filter_state import FilterState

if TYPE_CHECKING:
    import pyqtgraph as pg

LOADING_TEXT = QT_TRANSLATE_NOOP("MentionsChart", "Loading chart\u2026")
LOADING_STEP_MS = 1  # between making the plot widget and the rest of the drawing: a pass of the event loop
# The chart holds the loader's ``settled`` (the full window) until its first plot is painted: at most this long.
SETTLE_LIMIT_MS = 2000


class MentionsChart(QWidget):
    """The chart widget: top-N spin box over the plot; follows FilterState; click a bar to toggle."""

    colour_requested = Signal(str)  # actor key: the user wants to pick the actor's colour
    actor_everywhere_requested = Signal(str)  # an actor's name: list them across the library

    def __init__(self, filter_state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionsChart")
        self.filter_state = filter_state
        self._comparison: Comparison | None = None
        self.rows: list[ChartRow] = []
        self.drawing: ChartDrawing | None = None  # made on first use: imports pyqtgraph
        self._plot_made: pg.PlotWidget | None = None  # the drawing's plot, made ahead (``_on_loaded``)
        self._holding: QWidget | None = None  # while this chart holds the loader: itself, or the plot's viewport

        self.top_n = QSpinBox()
        self.top_n.setRange(1, MAX_TOP_N)
        self.top_n.setValue(DEFAULT_TOP_N)
        self.top_n.setPrefix(self.tr("Top "))
        self.top_n.setSuffix(self.tr(" actors"))
        self.top_n.setToolTip(self.tr("How many actors the chart shows, most mentioned first"))
        self.top_n.valueChanged.connect(lambda _: self.refresh())
        controls = QHBoxLayout()
        controls.addWidget(self.top_n)
        controls.addStretch(1)

        self.placeholder = QLabel(self.tr("Open two documents to compare who is mentioned how often."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addLayout(self._stack, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        filter_state.criteria_changed.connect(lambda _: self.refresh())

    # --- public ---

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self.refresh()

    def refresh(self) -> None:
        """Recompute the rows from the comparison and the current criteria, and redraw."""
        self.rows = chart_rows(self._comparison, self.filter_state.criteria, self.top_n.value())
        if not self.rows:
            self.placeholder.setText(
                self.tr("No actors to show.") if self._comparison is not None
                else self.tr("Open two documents to compare who is mentioned how often.")
            )
            self._stack.setCurrentWidget(self.placeholder)
            if self.drawing is not None:
                self.drawing.show_rows([], self._legend_labels())
            return
        drawing = self._ensure_drawing()
        if drawing is None:  # pyqtgraph is still being imported in the background
            self.placeholder.setText(self.tr(LOADING_TEXT))
            self._stack.setCurrentWidget(self.placeholder)
            return
        drawing.show_rows(self.rows, self._legend_labels())
        self._stack.setCurrentWidget(drawing.widget)

    def preload(self) -> None:
        """Import pyqtgraph in the background now; until it is there the chart says it is loading."""
        background = chart_loader.loader()
        if self._holding is None and background.hold():  # the full window is up once the plot is painted
            self._holding = self
        background.loaded.connect(self._on_loaded)
        background.start()

    def _on_loaded(self) -> None:
        """pyqtgraph is there: the plot is made now, with or without a comparison to show.

        Making the plot is the chart's one big cost (tens of milliseconds of pyqtgraph's Python);
        made here it never lands on top of a comparison's rebuild (the first one after start-up,
        often during an import), which then only updates the bars. It is made in two steps: the
        plot widget now, its bars, legend and first drawing a moment later.
        """
        if self._holding is not None:
            QTimer.singleShot(SETTLE_LIMIT_MS, self, self._release)  # whatever happens to the drawing
        if self.drawing is None:
            self._plot_made = plot_widget()
        # Not a zero timer: that one runs in the same pass of the event loop, before the window
        # paints; this one leaves a paint and the window's other timers in between. Not longer
        # either: every millisecond of it is one more before the full window.
        QTimer.singleShot(LOADING_STEP_MS, self, self._finish_loading)

    def _finish_loading(self) -> None:
        self._ensure_drawing()
        self.refresh()
        if self._holding is self:  # the loader settles after the plot's first paint (none to wait for: now)
            plot = self.plot_widget
            if plot is None or not plot.isVisible():
                self._release()
            else:
                self._holding = plot.viewport()
                self._holding.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._holding and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._release)  # after this paint
        return False

    def _release(self) -> None:
        """The chart's first plot is on screen (or it has waited long enough): the loader may settle."""
        holding, self._holding = self._holding, None
        if holding is None:
            return
        if holding is not self:
            holding.removeEventFilter(self)
        chart_loader.loader().release()

    @property
    def plot_widget(self) -> pg.PlotWidget | None:
        return self.drawing.widget if self.drawing is not None else None

    def plotted(self) -> dict[str, list[tuple[str, int]]]:
        """What the bars show: side -> [(actor name, length)], top actor first (for tests and checks)."""
        if self.drawing is None:
            return {side: [] for side in SIDES}
        return self.drawing.plotted(self.rows)

    def click_at(self, x: float, y: float) -> str | None:
        """Toggle the actor whose bar is at chart coordinates (x, y); returns its key."""
        row = row_at(self.rows, x, y)
        if row is not None:
            self.filter_state.toggle_actor(row.key)
        return row.key if row else None

    def image(self) -> QImage:
        """The chart as it is saved and copied: the chart file's drawing of the actors shown (top N)."""
        return chart_image(self._comparison, self.filter_state.criteria, top_n=self.top_n.value())

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())

    def save(self, path: Path, fmt: str) -> None:
        """The chart as png, svg or csv: the very file File > Export "Chart as…" writes for this view.

        Written whole or not at all (``ExportError`` says why); the file dialog has already asked
        before replacing a file.
        """
        import desktop_app.ui.printing  # noqa: F401 - registers the PNG writer (the Qt formats)
        from desktop_app.core.export.registry import export_chart

        export_chart(self._comparison, self.filter_state.criteria, fmt, Path(path), top_n=self.top_n.value(),
                     force=True)

    def save_png(self, path: Path) -> None:
        self.save(path, "png")

    def save_svg(self, path: Path) -> None:
        self.save(path, "svg")

    def save_csv(self, path: Path) -> None:
        """The chart's numbers, UTF-8 with a byte-order mark so spreadsheet programs read å, ä, ö."""
        self.save(path, "csv")

    def save_as(self, path: Path) -> bool:
        """Save as the file name's type (.png, .svg or .csv); a failure is shown in one line."""
        try:
            self.save(Path(path), Path(path).suffix.lower().lstrip("."))
        except ExportError as exc:
            self.show_error(str(exc))
            return False
        return True

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Save Chart"), message)

    def actor_at(self, pos: QPoint) -> str | None:
        """The key of the actor whose bar is under ``pos`` (this widget's coordinates), if any."""
        plot = self.plot_widget
        if plot is None or not self.rows:
            return None
        view_box = plot.getPlotItem().getViewBox()
        scene_pos = plot.mapToScene(plot.mapFrom(self, pos))
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = view_box.mapSceneToView(scene_pos)
        row = row_at(self.rows, point.x(), point.y())
        return row.key if row else None

    def context_menu(self, key: str | None = None) -> QMenu:
        """Copy and save the chart; on a bar, also pick that actor's colour."""
        menu = QMenu(self)
        if key is not None:
            name = next((r.name for r in self.rows if r.key == key), key)
            menu.addAction(self.tr("Colour of {name}…").format(name=name), lambda: self.colour_requested.emit(key))
            menu.addSeparator()
        has_rows = bool(self.rows)
        for text, slot in (
            (self.tr("Copy Chart Image"), self.copy_image),
            (self.tr("Save Chart as PNG…"), lambda: self._ask_save(self.tr("PNG image (*.png)"), ".png")),
            (self.tr("Save Chart as SVG…"), lambda: self._ask_save(self.tr("SVG drawing (*.svg)"), ".svg")),
            (self.tr("Save Numbers as CSV…"), lambda: self._ask_save(self.tr("CSV table (*.csv)"), ".csv")),
        ):
            menu.addAction(text, slot).setEnabled(has_rows)
        if has_rows:  # an actor of the chart across the library
            everywhere = menu.addMenu(self.tr("Show in All Documents"))
            for row in self.rows:
                everywhere.addAction(row.name, lambda n=row.name: self.actor_everywhere_requested.emit(n))
        return menu

    # --- internals ---

    def _legend_labels(self) -> dict[str, str]:
        return side_labels(self._comparison)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.drawing is not None:
            self.drawing.refit()

    def _ensure_drawing(self) -> ChartDrawing | None:
        if self.drawing is None:
            if chart_loader.loader().loading:
                return None  # ``preload`` redraws when the import is done: never wait for it here
            made, self._plot_made = self._plot_made, None
            self.drawing = ChartDrawing(made)
            plot = self.drawing.widget
            plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            plot.customContextMenuRequested.connect(lambda pos: self._on_context_menu(plot.mapTo(self, pos)))
            plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
            plot.setToolTip(self.tr("Click a bar to hide that actor; right-click to copy or save"))
            shown = self._stack.currentWidget()
            self._stack.addWidget(plot)
            if shown is not None:  # the size it will be shown at: names and legend cut once, not redone
                plot.setGeometry(shown.geometry())
        return self.drawing

    def _on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.plot_widget is None:
            return
        view_box = self.plot_widget.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(event.scenePos()):
            return
        point: QPointF = view_box.mapSceneToView(event.scenePos())
        if self.click_at(point.x(), point.y()) is not None:
            event.accept()

    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu(self.actor_at(pos)).exec(self.mapToGlobal(pos))

    def _ask_save(self, file_filter: str, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save Chart", f"mentions{suffix}", file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.save_as(Path(path))

