"""The mentions chart drawn with pyqtgraph: the plot item, its bars and labels, and off-screen renders.

``MentionsChart`` (the dock's widget) shows a ``ChartDrawing``; ``render_chart_image`` and
``render_chart_svg`` draw the same chart without showing a widget (clipboard, PNG and SVG saves).
pyqtgraph is imported only when a drawing is made, never when this module is imported.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QImage, QPainter

from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.filters import ChartRow, FilterCriteria, chart_rows
from desktop_app.core.palette import SIDE_COLOURS

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


class _ResizeWatcher(QObject):
    """Calls back when the plot widget gets a new size (names and legend are cut to fit it)."""

    def __init__(self, callback: Any) -> None:
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


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
        self._rows: list[ChartRow] = []
        self._labels: list[Any] = []  # value labels at the bars' ends, reused between updates
        # The widget's width is only known once it is laid out (and changes with the dock), so
        # names and legend are cut again whenever it is resized.
        self._watcher = _ResizeWatcher(self.refit)
        self.widget.installEventFilter(self._watcher)

    def show_rows(self, rows: list[ChartRow], labels: dict[str, str]) -> None:
        """Draw ``rows`` (top actor first) with ``labels`` ("left"/"right" -> legend text)."""
        self._rows = list(rows)
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
        """Re-cut the actor names and the legend to the widget's current width."""
        if self._legend_texts:
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
        raise OSError("could not write the drawing")


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
