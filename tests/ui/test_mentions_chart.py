"""The mentions chart: bars follow the comparison and the filters; clicks toggle; saves work."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage

from desktop_app.core.filters import FilterCriteria
from desktop_app.core.palette import SIDE_COLOURS
from desktop_app.ui.filter_state import FilterState
from desktop_app.ui.chart_drawing import chart_image
from desktop_app.ui.mentions_chart import MentionsChart, row_at
from tests.ui.sidebar_fixtures import comparison

ALL_BARS = {
    "left": [("Stefan Löfven", 1), ("Magnus Ranstorp", 3), ("Sverige", 1), ("Örebro kommun", 0),
             ("Försvarshögskolan", 1), ("Örebro", 0)],
    "right": [("Stefan Löfven", 3), ("Magnus Ranstorp", 0), ("Sverige", 1), ("Örebro kommun", 2),
              ("Försvarshögskolan", 0), ("Örebro", 1)],
}


@pytest.fixture
def chart(qtbot):
    widget = MentionsChart(FilterState())
    qtbot.addWidget(widget)
    widget.resize(520, 380)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_comparison(comparison())
    return widget


def test_bars_show_mentions_per_side_sorted_by_total(chart):
    assert chart.plotted() == ALL_BARS
    ticks = chart.plot_widget.getPlotItem().getAxis("left")._tickLevels[0]
    assert [name for _, name in sorted(ticks, reverse=True)] == [n for n, _ in ALL_BARS["left"]]


def test_hiding_an_actor_removes_its_bars_and_top_n_limits(chart):
    chart.filter_state.set_actor_visible("magnus ranstorp", False)
    assert [name for name, _ in chart.plotted()["left"]] == [
        "Stefan Löfven", "Sverige", "Örebro kommun", "Försvarshögskolan", "Örebro"
    ]
    chart.top_n.setValue(2)
    assert chart.plotted() == {"left": [("Stefan Löfven", 1), ("Sverige", 1)], "right": [("Stefan Löfven", 3), ("Sverige", 1)]}
    chart.filter_state.clear()
    assert len(chart.plotted()["left"]) == 2


def test_clicking_a_bar_toggles_that_actor(chart, qtbot):
    plot = chart.plot_widget
    view_box = plot.getPlotItem().getViewBox()
    # Ranstorp's left bar: second row from the top, length 3
    scene_point = view_box.mapViewToScene(QPointF(1.5, 4.0 + 0.19))
    pos = plot.mapFromScene(scene_point)
    with qtbot.waitSignal(chart.filter_state.criteria_changed):
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert chart.filter_state.criteria.hidden_actors == {"magnus ranstorp"}
    assert "Magnus Ranstorp" not in [n for n, _ in chart.plotted()["left"]]


@pytest.mark.parametrize(
    ("x", "y", "key"),
    [
        (0.5, 5.19, "stefan löfven"),  # left bar, length 1
        (2.5, 4.81, "stefan löfven"),  # right bar, length 3
        (1.5, 5.19, None),  # beyond the left bar's end
        (0.5, 3.81, None),  # Ranstorp has no right bar
        (1.9, 1.81, "örebro kommun"),
        (0.5, 5.5, None),  # between rows
    ],
)
def test_row_at_hits_only_bars(chart, x, y, key):
    row = row_at(chart.rows, x, y)
    assert (row.key if row else None) == key


def test_saves_csv_png_svg(chart, tmp_path):
    chart.save_csv(tmp_path / "m.csv")
    data = (tmp_path / "m.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "actor,Left: Expert om återvändare,Right: Löfven i Örebro"
    assert lines[1:3] == ["Stefan Löfven,1,3", "Magnus Ranstorp,3,0"]
    chart.save_png(tmp_path / "m.png")
    image = QImage(str(tmp_path / "m.png"))
    assert not image.isNull() and image.width() >= 400
    chart.save_svg(tmp_path / "m.svg")
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and "Magnus Ranstorp" in svg and "Left: Expert om återvändare" in svg
    menu = chart.context_menu()
    assert [a.text() for a in menu.actions()] == [
        "Copy Chart Image", "Save Chart as PNG…", "Save Chart as SVG…", "Save Numbers as CSV…",
        "Show in All Documents"
    ]
    chart.copy_image()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().image().width() >= 400


class _QuietChart(MentionsChart):
    """Errors collected instead of shown in a message box."""

    def __init__(self, filter_state) -> None:
        super().__init__(filter_state)
        self.errors: list[str] = []

    def show_error(self, message: str) -> None:
        self.errors.append(message)


@pytest.mark.parametrize("name", ["m.png", "m.svg", "m.csv"])
def test_saves_replace_the_file_whole_through_a_temporary_file(qtbot, tmp_path, name):
    chart = _QuietChart(FilterState())
    qtbot.addWidget(chart)
    chart.resize(520, 380)
    chart.set_comparison(comparison())
    target = tmp_path / name
    target.write_bytes(b"the previous version")
    before = target.stat().st_ino
    assert chart.save_as(target) and chart.errors == []
    # A new file was moved into place (a direct write would truncate and refill the old one).
    assert target.stat().st_ino != before and target.read_bytes() != b"the previous version"
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize("name", ["m.png", "m.svg", "m.csv"])
def test_failed_save_says_so_in_one_line_and_leaves_nothing(qtbot, tmp_path, name):
    chart = _QuietChart(FilterState())
    qtbot.addWidget(chart)
    chart.set_comparison(comparison())
    target = tmp_path / "no such folder" / name
    assert not chart.save_as(target)
    (message,) = chart.errors
    assert "\n" not in message and message.count(name) == 1 and "does not exist" in message
    assert list(tmp_path.iterdir()) == []


def _colour_pixels(image: QImage, colour: str) -> int:
    target = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) == target:
                count += 1
    return count


def test_chart_image_without_a_widget(qtbot):
    full = chart_image(comparison(), FilterCriteria(), width=500, scale=1.0)
    assert full.width() == 500
    left_px, right_px = _colour_pixels(full, SIDE_COLOURS["left"]), _colour_pixels(full, SIDE_COLOURS["right"])
    assert left_px > 100 and right_px > 100
    # hiding Löfven (3 right mentions of 7) removes a good share of the right side's colour
    no_lofven = chart_image(comparison(), FilterCriteria().with_actor("stefan löfven", False), width=500, scale=1.0)
    assert _colour_pixels(no_lofven, SIDE_COLOURS["right"]) < right_px
    empty = chart_image(None, FilterCriteria(), width=300, scale=1.0)
    assert _colour_pixels(empty, SIDE_COLOURS["left"]) < 50  # no bars


def test_every_save_is_the_file_file_export_writes(chart, tmp_path):
    """The chart's menu and File > Export "Chart as…" (and ``export --chart``) write the same bytes,
    with the chart's "Top N" honoured."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.core.export import export_chart
    from desktop_app.ui.printing import PrintController

    chart.top_n.setValue(2)
    window = QWidget()
    window.chart = chart  # what the main window offers the print controller
    controller = PrintController(window, lambda: (chart._comparison, chart.filter_state.criteria))
    assert controller.chart_top_n() == 2
    for fmt in ("csv", "svg"):
        chart.save(tmp_path / f"menu.{fmt}", fmt)
        export_chart(chart._comparison, chart.filter_state.criteria, fmt, tmp_path / f"export.{fmt}",
                     top_n=controller.chart_top_n())
        assert (tmp_path / f"menu.{fmt}").read_bytes() == (tmp_path / f"export.{fmt}").read_bytes()
    rows = (tmp_path / "menu.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[1:] == ["Stefan Löfven,1,3", "Magnus Ranstorp,3,0"]


def test_empty_comparison_shows_placeholder(qtbot):
    widget = MentionsChart(FilterState())
    qtbot.addWidget(widget)
    widget.set_comparison(None)
    assert widget.rows == [] and widget.plot_widget is None
    assert widget.placeholder.text().startswith("Open two documents")


def test_pyqtgraph_is_not_imported_until_needed():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.ui.filter_state import FilterState\n"
        "from desktop_app.ui.mentions_chart import MentionsChart\n"
        "chart = MentionsChart(FilterState())\n"
        "chart.set_comparison(None)\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


def test_names_and_legend_are_cut_to_the_width_the_chart_gets(chart, qtbot):
    """A narrow dock: long actor names and document titles are cut with an ellipsis so the bars keep
    their room, and widening the chart shows them in full again."""
    from desktop_app.core.compare import build_comparison
    from tests.ui.sidebar_fixtures import comparison as base

    long_name = "Center mot våldsbejakande extremism i Västra Götaland"
    compared = base()
    compared.left.analysis.actors[0].name = long_name
    compared = build_comparison(compared.left, compared.right)
    chart.set_comparison(compared)
    axis = chart.plot_widget.getPlotItem().getAxis("left")

    def names() -> list[str]:
        return [name for _, name in axis._tickLevels[0]]

    chart.resize(300, 380)
    qtbot.waitUntil(lambda: any(n.endswith("\u2026") and n.startswith("Center") for n in names()))
    legend = [label.text for _, label in chart.drawing.legend.items]
    assert any("\u2026" in text for text in legend)
    chart.resize(1400, 380)
    qtbot.waitUntil(lambda: long_name in names())


class _Loader(QObject):
    """Stands in for the background import of pyqtgraph (``chart_loader.loader()``)."""

    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.loading = False
        self.held = 0

    def start(self) -> None:
        self.loading = True

    def hold(self) -> bool:
        self.held += 1
        return True

    def release(self) -> None:
        self.held -= 1


@pytest.mark.parametrize("comparison_first", [True, False])
def test_the_plot_is_made_when_pyqtgraph_arrives_not_in_a_comparison(qtbot, monkeypatch, comparison_first):
    """Made then, the plot's cost never lands on the first comparison's rebuild; the bars are the same."""
    from desktop_app.ui import chart_loader

    stub = _Loader()
    monkeypatch.setattr(chart_loader, "loader", lambda: stub)
    widget = MentionsChart(FilterState())
    qtbot.addWidget(widget)
    widget.resize(520, 380)
    widget.show()
    widget.preload()
    assert stub.held == 1  # the loader settles (the full window) when the chart says so
    if comparison_first:
        widget.set_comparison(comparison())
        assert widget.drawing is None and widget.placeholder.text() == "Loading chart\u2026"
    stub.loading = False
    stub.loaded.emit()
    plot = widget._plot_made  # the plot widget now, the rest of the drawing in the next turn
    assert plot is not None and widget.drawing is None and stub.held == 1
    qtbot.waitUntil(lambda: widget.drawing is not None)  # with or without a comparison to show
    made = widget.drawing
    assert made.widget is plot and widget._plot_made is None
    if comparison_first:  # its bars on screen first
        assert stub.held == 1 and widget._holding is plot.viewport()
    qtbot.waitUntil(lambda: stub.held == 0)  # painted, or nothing to paint: released once
    if not comparison_first:
        widget.set_comparison(comparison())
    assert widget.drawing is made and widget.plotted() == ALL_BARS
    assert stub.held == 0 and widget._holding is None
