"""The mentions chart: for the top actors, how often each document names them (grouped bars).

The numbers come from ``core.filters.chart_rows`` (the same the exports use); this module only
draws them with pyqtgraph. pyqtgraph is imported on first use, not at start-up, because importing
it costs launch time. ``render_chart_image`` draws the same chart into a QImage without showing
a widget, for printing and PNG export (pyqtgraph's PrintExporter is disabled upstream).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QImage, QPainter, QResizeEvent
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
from desktop_app.core.filters import ChartRow, FilterCriteria, chart_csv, chart_rows
from desktop_app.core.palette import SIDE_COLOURS
from desktop_app.ui.filter_state import FilterState

if TYPE_CHECKING:
    import pyqtgraph as pg

DEFAULT_TOP_N = 10
MAX_TOP_N = 50
BAR_HEIGHT = 0.38  # each actor's band is 1.0 high: left bar above its centre, right bar below


def side_labels(comparison: Comparison | None) -> dict[str, str]:
    """Legend and CSV labels: "Left: <title>", "Right: <title>"."""
    labels = {}
    for side in SIDES:
        view = comparison.view(side) if comparison is not None else None
        title = view.document.title if view is not None else ""
        labels[side] = f"{side.capitalize()}: {title}" if title else side.capitalize()
    return labels


def bar_geometry(rows: list[ChartRow]) -> dict[str, tuple[list[float], list[int]]]:
    """Side -> (bar centres on the y axis, bar lengths): the most mentioned actor on top."""
    n = len(rows)
    centres = [float(n - 1 - i) for i in range(n)]
    return {
        "left": ([c + BAR_HEIGHT / 2 for c in centres], [r.left for r in rows]),
        "right": ([c - BAR_HEIGHT / 2 for c in centres], [r.right for r in rows]),
    }


def row_at(rows: list[ChartRow], x: float, y: float) -> ChartRow | None:
    """The actor whose bar (left or right) contains the chart point (x, y), if any."""
    for side, (centres, lengths) in bar_geometry(rows).items():
        for row, centre, length in zip(rows, centres, lengths):
            if abs(y - centre) <= BAR_HEIGHT / 2 and 0 <= x <= max(length, 0):
                return row
    return None


class ChartDrawing:
    """A pyqtgraph plot of chart rows whose items are made once and updated in place.

    Re-creating bars and labels on every filter click would cost tens of milliseconds; updating
    two bar items and a pool of value labels keeps a toggle well under the 100 ms budget.
    """

    def __init__(self) -> None:
        import pyqtgraph as pg

        self._pg = pg
        self.widget = pg.PlotWidget(background="w")
        item = self.plot_item = self.widget.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=False, alpha=0.25)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen("#404040")
            axis.setTextPen("#202020")
        item.setLabel("bottom", "Mentions by name")
        item.setTitle(" ")  # reserves a strip above the plot for the legend, so it hides no bar
        self.legend = pg.LegendItem(colCount=2, labelTextColor="#202020", horSpacing=16, verSpacing=-4)
        self.legend.setParentItem(item)
        self.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 0))
        self.bars: dict[str, Any] = {}
        for side in SIDES:
            bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, brush=SIDE_COLOURS[side], pen=None)
            item.addItem(bar)
            self.legend.addItem(bar, side.capitalize())
            self.bars[side] = bar
        self._legend_texts: dict[str, str] = {}
        self._labels: list[Any] = []  # value labels at the bars' ends, reused between updates

    def show_rows(self, rows: list[ChartRow], labels: dict[str, str]) -> None:
        """Draw ``rows`` (top actor first) with ``labels`` ("left"/"right" -> legend text)."""
        geometry = bar_geometry(rows)
        values: list[tuple[int, float]] = []
        for side, (centres, lengths) in geometry.items():
            self.bars[side].setOpts(x0=[0] * len(rows), y=centres, width=lengths, height=BAR_HEIGHT)
            values += [(length, centre) for centre, length in zip(centres, lengths) if length]
        self.set_legend(labels)
        self._show_values(values)
        n = len(rows)
        left_axis = self.plot_item.getAxis("left")
        metrics = QFontMetrics(left_axis.style.get("tickFont") or self.widget.font())
        widest = max(80, int(self.widget.width() * 0.4))  # long names are cut, the bars keep room
        names = [metrics.elidedText(r.name, Qt.TextElideMode.ElideRight, widest) for r in rows]
        left_axis.setTicks([[(float(n - 1 - i), name) for i, name in enumerate(names)], []])
        left_axis.setWidth(max((metrics.horizontalAdvance(name) for name in names), default=20) + 16)
        longest = max((max(r.left, r.right) for r in rows), default=0)
        step = _tick_step(longest)
        self.plot_item.getAxis("bottom").setTickSpacing(step, step)
        self.plot_item.setRange(
            xRange=(0, max(longest * 1.12, 1)), yRange=(-0.6, max(n, 1) - 0.4), padding=0
        )

    def set_legend(self, labels: dict[str, str]) -> None:
        """Legend texts, cut to fit the plot's current width (two entries side by side)."""
        self._legend_texts = dict(labels)
        metrics = QFontMetrics(self.widget.font())
        room = max(40, (self.widget.width() - 16) // 2 - 44)
        for (_, label), side in zip(self.legend.items, SIDES):
            label.setText(escape(metrics.elidedText(labels[side], Qt.TextElideMode.ElideRight, room)))

    def refit(self) -> None:
        """Re-cut the legend after a resize."""
        if self._legend_texts:
            self.set_legend(self._legend_texts)

    def plotted(self, rows: list[ChartRow]) -> dict[str, list[tuple[str, int]]]:
        """Side -> [(actor name, bar length)] as the bar items hold them."""
        return {
            side: [(row.name, int(width)) for row, width in zip(rows, bar.opts["width"])]
            for side, bar in self.bars.items()
        }

    def _show_values(self, values: list[tuple[int, float]]) -> None:
        while len(self._labels) < len(values):
            label = self._pg.TextItem("", color="#202020", anchor=(0, 0.5))
            self.plot_item.addItem(label)
            self._labels.append(label)
        for label, (value, centre) in zip(self._labels, values):
            label.setText(str(value))
            label.setPos(value, centre)
            label.setVisible(True)
        for label in self._labels[len(values):]:
            label.setVisible(False)


def _tick_step(longest: int) -> int:
    """A whole-number tick step giving about five ticks: 1, 2, 5, 10, 20, 50…"""
    step = 1
    while longest / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if longest / step <= 6:
                break
    return step


def render_chart_image(
    comparison: Comparison | None, criteria: FilterCriteria, width: int, height: int, top_n: int = DEFAULT_TOP_N
) -> QImage:
    """The mentions chart drawn into an image, without showing any widget (print, PNG export)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    _render_offscreen(comparison, criteria, width, height, top_n, image)
    return image


def render_chart_svg(
    comparison: Comparison | None,
    criteria: FilterCriteria,
    path: Path,
    width: int,
    height: int,
    top_n: int = DEFAULT_TOP_N,
) -> None:
    """The mentions chart as an SVG drawing (vector), as shown on screen.

    Qt's own SVG generator paints the plot: pyqtgraph 0.14's SVGExporter cannot parse the path
    data Qt 6.12 writes.
    """
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setTitle("Mentions per actor")
    _render_offscreen(comparison, criteria, width, height, top_n, generator)
    if not Path(path).exists():
        raise OSError(f"{Path(path).name}: could not write the drawing")


def _render_offscreen(
    comparison: Comparison | None, criteria: FilterCriteria, width: int, height: int, top_n: int, device: Any
) -> None:
    drawing = ChartDrawing()
    widget = drawing.widget
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(width, height)
    drawing.show_rows(chart_rows(comparison, criteria, top_n), side_labels(comparison))
    widget.show()  # lays out the plot; WA_DontShowOnScreen keeps it off screen
    QGuiApplication.processEvents()
    painter = QPainter(device)
    try:
        widget.render(painter)
    finally:
        painter.end()
        widget.close()
        widget.deleteLater()


class MentionsChart(QWidget):
    """The chart widget: top-N spin box over the plot; follows FilterState; click a bar to toggle."""

    def __init__(self, filter_state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionsChart")
        self.filter_state = filter_state
        self._comparison: Comparison | None = None
        self.rows: list[ChartRow] = []
        self.drawing: ChartDrawing | None = None  # made on first use: imports pyqtgraph

        self.top_n = QSpinBox()
        self.top_n.setRange(1, MAX_TOP_N)
        self.top_n.setValue(DEFAULT_TOP_N)
        self.top_n.setPrefix("Top ")
        self.top_n.setSuffix(" actors")
        self.top_n.setToolTip("How many actors the chart shows, most mentioned first")
        self.top_n.valueChanged.connect(lambda _: self.refresh())
        controls = QHBoxLayout()
        controls.addWidget(self.top_n)
        controls.addStretch(1)

        self.placeholder = QLabel("Open two documents to compare who is mentioned how often.")
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
                "No actors to show." if self._comparison is not None
                else "Open two documents to compare who is mentioned how often."
            )
            self._stack.setCurrentWidget(self.placeholder)
            if self.drawing is not None:
                self.drawing.show_rows([], self._legend_labels())
            return
        drawing = self._ensure_drawing()
        drawing.show_rows(self.rows, self._legend_labels())
        self._stack.setCurrentWidget(drawing.widget)

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

    def image(self, width: int | None = None, height: int | None = None) -> QImage:
        return render_chart_image(
            self._comparison, self.filter_state.criteria,
            width or max(self.width(), 400), height or max(self.height(), 300), self.top_n.value(),
        )

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())

    def save_png(self, path: Path) -> None:
        if not self.image().save(str(path), "PNG"):
            raise OSError(f"{Path(path).name}: could not write the image")

    def save_svg(self, path: Path) -> None:
        render_chart_svg(
            self._comparison, self.filter_state.criteria, path,
            max(self.width(), 400), max(self.height(), 300), self.top_n.value(),
        )

    def save_csv(self, path: Path) -> None:
        """The chart's numbers, UTF-8 with a byte-order mark so spreadsheet programs read å, ä, ö."""
        labels = side_labels(self._comparison)
        Path(path).write_text(chart_csv(self.rows, labels["left"], labels["right"]), encoding="utf-8-sig", newline="")

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        has_rows = bool(self.rows)
        for text, slot in (
            ("Copy Chart Image", self.copy_image),
            ("Save Chart as PNG…", lambda: self._ask_save("PNG image (*.png)", ".png", self.save_png)),
            ("Save Chart as SVG…", lambda: self._ask_save("SVG drawing (*.svg)", ".svg", self.save_svg)),
            ("Save Numbers as CSV…", lambda: self._ask_save("CSV table (*.csv)", ".csv", self.save_csv)),
        ):
            menu.addAction(text, slot).setEnabled(has_rows)
        return menu

    # --- internals ---

    def _legend_labels(self) -> dict[str, str]:
        return side_labels(self._comparison)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.drawing is not None:
            self.drawing.refit()

    def _ensure_drawing(self) -> ChartDrawing:
        if self.drawing is None:
            self.drawing = ChartDrawing()
            plot = self.drawing.widget
            plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            plot.customContextMenuRequested.connect(lambda pos: self._on_context_menu(plot.mapTo(self, pos)))
            plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
            plot.setToolTip("Click a bar to hide that actor; right-click to copy or save")
            self._stack.addWidget(plot)
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
        self.context_menu().exec(self.mapToGlobal(pos))

    def _ask_save(self, file_filter: str, suffix: str, save: Any) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save Chart", f"mentions{suffix}", file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            save(Path(path))
        except OSError as exc:
            QMessageBox.warning(self, "Save Chart", f"{Path(path).name}: {exc.strerror or exc}")
