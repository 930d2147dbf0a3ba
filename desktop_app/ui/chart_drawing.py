"""The mentions chart drawn with pyqtgraph for the screen, and the chart file's drawing as an image.

``MentionsChart`` (the dock's widget) shows a ``ChartDrawing``. Saved and copied charts are not
screen grabs: ``chart_image`` renders the SVG of ``core.export.chart`` (the same drawing as the SVG
file, the HTML page and the printout), so every chart file shows the same bars and labels.
pyqtgraph is imported only when a drawing is made, never when this module is imported.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter

from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.export.chart import DEFAULT_TOP_N, MAX_BARS, MAX_TOP_N, render_chart_svg, side_labels
from desktop_app.core.filters import ChartRow, FilterCriteria
from desktop_app.core.palette import SIDE_COLOURS
from desktop_app.ui.translations import translate

__all__ = ["DEFAULT_TOP_N", "MAX_TOP_N", "ChartDrawing", "chart_image", "plot_widget", "row_at", "save_chart_png", "side_labels"]

BAR_HEIGHT = 0.38  # each actor's band is 1.0 high: left bar above its centre, right bar below


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


class _ResizeWatcher(QObject):
    """Calls back when the plot widget gets a new size (names and legend are cut to fit it)."""

    def __init__(self, callback: Any) -> None:
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def plot_widget() -> Any:
    """The pyqtgraph plot a ``ChartDrawing`` draws in: most of the drawing's cost, so it can be
    made ahead, in a turn of the event loop of its own."""
    import pyqtgraph as pg

    # No pyqtgraph menus (the chart has its own): not making them is a third of the plot's cost.
    return pg.PlotWidget(background="w", enableMenu=False)


class ChartDrawing:
    """A pyqtgraph plot of chart rows whose items are made once and updated in place.

    Re-creating bars and labels on every filter click would cost tens of milliseconds; updating
    two bar items and a pool of value labels keeps a toggle well under the 100 ms budget.
    """

    def __init__(self, widget: Any = None) -> None:
        """``widget``: the plot widget, made ahead by ``plot_widget`` (else made here)."""
        import pyqtgraph as pg

        self._pg = pg
        self.widget = plot_widget() if widget is None else widget
        item = self.plot_item = self.widget.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=False, alpha=0.25)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen("#404040")
            axis.setTextPen("#202020")
        item.setLabel("bottom", translate("MentionsChart", "Mentions by name"))
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
        self._rows: list[ChartRow] = []
        self._labels: list[Any] = []  # value labels at the bars' ends, reused between updates
        self._fitted_width = -1  # the widget's width the names and legend were last cut for
        # The widget's width is only known once it is laid out (and changes with the dock), so
        # names and legend are cut again whenever it is resized.
        self._watcher = _ResizeWatcher(self.refit)
        self.widget.installEventFilter(self._watcher)

    def show_rows(self, rows: list[ChartRow], labels: dict[str, str]) -> None:
        """Draw ``rows`` (top actor first) with ``labels`` ("left"/"right" -> legend text)."""
        self._rows = list(rows)
        self._fitted_width = self.widget.width()
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
        """Re-cut the actor names and the legend to the widget's current width (when it changed)."""
        if self._legend_texts and self.widget.width() != self._fitted_width:
            self.show_rows(self._rows, self._legend_texts)

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


def chart_image(
    comparison: Comparison | None, criteria: FilterCriteria, *, width: int = 640, scale: float = 2.0,
    top_n: int = MAX_BARS,
) -> QImage:
    """The chart file's drawing (``core.export.chart``'s SVG) rendered to an image.

    The saved PNG, the copied image and the chart of the printout; ``width`` is the SVG's own width,
    ``scale`` how many pixels each of its units gets.
    """
    from PySide6.QtSvg import QSvgRenderer  # not at start-up: only a saved, copied or printed chart needs it

    svg = render_chart_svg(comparison, criteria, width=width, top_n=top_n)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def save_chart_png(path: Path, comparison: Comparison, criteria: FilterCriteria, top_n: int) -> None:
    """The chart as a PNG file (a ``core.export`` chart writer: the same drawing as the SVG file)."""
    if not chart_image(comparison, criteria, top_n=top_n).save(str(path), "PNG"):
        raise OSError("could not write the PNG image")
