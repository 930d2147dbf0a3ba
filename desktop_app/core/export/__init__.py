"""Exports of a comparison: the formats, the writers that make them, and safe writing to disk.

``export_comparison`` and ``export_chart`` pick the writer for a format from a ``{format: writer}``
registry (``registry``) and write atomically (``files``). HTML, CSV, JSON and the chart as SVG or
CSV are made here without Qt; PDF and PNG are registered by ``desktop_app.ui.printing``. The look of
every mark comes from ``core.marks``; ``paper`` cuts paragraphs into styled runs for HTML and print.

The names below are loaded on first use, so importing one light module (``files``, ``chart``) does
not import every writer: the window imports the chart's constants at start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE: dict[str, str] = {
    "criteria_for_actors": "actors",
    **dict.fromkeys(("DEFAULT_TOP_N", "MAX_TOP_N", "render_chart_csv", "render_chart_svg", "side_labels",
                     "side_titles"), "chart"),
    **dict.fromkeys(("mark_rows", "render_csv"), "csv_export"),
    **dict.fromkeys(("Cancelled", "ExportCancelled", "ExportError", "Progress", "atomic_write", "write_bytes"),
                    "files"),
    "render_html": "html",
    **dict.fromkeys(("export_data", "render_json"), "json_export"),
    **dict.fromkeys(("CHART", "CHART_FORMATS", "COMPARISON", "FORMATS", "export_chart", "export_comparison"),
                    "registry"),
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
