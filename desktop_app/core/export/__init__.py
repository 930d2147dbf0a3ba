"""Exports of a comparison that need no Qt: HTML, CSV, JSON and the chart as SVG or CSV.

PDF and PNG go through the print layout in ``desktop_app.ui.printing``; ``desktop_app.exporting``
picks the right one for a format and writes the file safely.
"""

from __future__ import annotations

from desktop_app.core.export.chart_svg import chart_csv, render_chart_svg
from desktop_app.core.export.csv_export import mark_rows, render_csv
from desktop_app.core.export.html import render_html
from desktop_app.core.export.json_export import export_data, render_json

__all__ = [
    "chart_csv",
    "export_data",
    "mark_rows",
    "render_chart_svg",
    "render_csv",
    "render_html",
    "render_json",
]
