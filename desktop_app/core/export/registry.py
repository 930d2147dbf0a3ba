"""Which writer makes which file: a ``{format: writer}`` registry for the comparison and one for the chart.

The formats that need no Qt (HTML, CSV, JSON; the chart as SVG and CSV) are registered here. PDF and
PNG need Qt's painting: ``desktop_app.ui.printing`` registers them when it is imported (the window
does so; the command line imports it, with an offscreen QApplication, before such an export).
Every file is written through ``atomic_write``: whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart import DEFAULT_TOP_N, render_chart_csv, render_chart_svg
from desktop_app.core.export.files import ExportError, Progress, atomic_write, write_bytes
from desktop_app.core.filters import FilterCriteria

# A writer fills the file it is given (a temporary file, renamed into place once complete).
ComparisonWriter = Callable[[Path, Comparison, FilterCriteria, "Progress | None"], None]
ChartWriter = Callable[[Path, Comparison, FilterCriteria, int], None]  # ..., top N actors
W = TypeVar("W")


@dataclass
class Formats(Generic[W]):
    """The formats one kind of export offers, in menu order, and the writers registered for them."""

    what: str  # "comparison" | "chart", for messages
    offered: tuple[str, ...]
    writers: dict[str, W] = field(default_factory=dict)

    def register(self, fmt: str, writer: W) -> None:
        if fmt not in self.offered:
            raise ValueError(f"{fmt!r} is not a {self.what} format ({', '.join(self.offered)})")
        self.writers[fmt] = writer

    def available(self, fmt: str) -> bool:
        return fmt.lower() in self.writers

    def writer(self, fmt: str, out: Path) -> W:
        """The writer for ``fmt``, or an ``ExportError`` naming ``out`` and the formats there are."""
        fmt = fmt.lower()
        if fmt not in self.offered:
            if self.what == "chart":
                raise ExportError(f"{out}: the chart exports as {', '.join(self.offered)}, not {fmt!r}")
            raise ExportError(f"{out}: unknown format {fmt!r} (choose {', '.join(self.offered)})")
        if fmt not in self.writers:
            raise ExportError(f"{out}: {fmt.upper()} needs the print support of the window (desktop_app.ui.printing)")
        return self.writers[fmt]


COMPARISON: Formats[ComparisonWriter] = Formats("comparison", ("pdf", "html", "png", "csv", "json"))
CHART: Formats[ChartWriter] = Formats("chart", ("png", "svg", "csv"))
FORMATS = COMPARISON.offered
CHART_FORMATS = CHART.offered


def export_comparison(
    comparison: Comparison, criteria: FilterCriteria, fmt: str, out: Path, *, force: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write the comparison view as pdf, html, png, csv or json to ``out``."""
    out = Path(out)
    writer = COMPARISON.writer(fmt, out)
    if progress is not None:
        progress(f"writing {fmt.upper()}", 0, 0)
    atomic_write(out, lambda tmp: writer(tmp, comparison, criteria, progress), force=force)


def export_chart(
    comparison: Comparison, criteria: FilterCriteria, fmt: str, out: Path, *, top_n: int = DEFAULT_TOP_N,
    force: bool = False, progress: Progress | None = None,
) -> None:
    """Write the mentions chart alone as png, svg or csv: the ``top_n`` actors the chart shows."""
    out = Path(out)
    writer = CHART.writer(fmt, out)
    if progress is not None:
        progress(f"writing the chart as {fmt.upper()}", 0, 0)
    atomic_write(out, lambda tmp: writer(tmp, comparison, criteria, top_n), force=force)


# The renderers are imported when a file is written: the command line builds its parser from this
# module at every start, the window at its first export.


def _html(path: Path, comparison: Comparison, criteria: FilterCriteria, progress: Progress | None) -> None:
    from desktop_app.core.export.html import render_html

    write_bytes(path, render_html(comparison, criteria).encode("utf-8"))


def _csv(path: Path, comparison: Comparison, criteria: FilterCriteria, progress: Progress | None) -> None:
    from desktop_app.core.export.csv_export import render_csv

    write_bytes(path, render_csv(comparison, criteria))


def _json(path: Path, comparison: Comparison, criteria: FilterCriteria, progress: Progress | None) -> None:
    from desktop_app.core.export.json_export import render_json

    write_bytes(path, render_json(comparison, criteria))


def _chart_svg(path: Path, comparison: Comparison, criteria: FilterCriteria, top_n: int) -> None:
    write_bytes(path, render_chart_svg(comparison, criteria, top_n=top_n).encode("utf-8"))


def _chart_csv(path: Path, comparison: Comparison, criteria: FilterCriteria, top_n: int) -> None:
    write_bytes(path, render_chart_csv(comparison, criteria, top_n))


COMPARISON.register("html", _html)
COMPARISON.register("csv", _csv)
COMPARISON.register("json", _json)
CHART.register("svg", _chart_svg)
CHART.register("csv", _chart_csv)
