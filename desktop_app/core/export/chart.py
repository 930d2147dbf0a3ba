"""The mentions chart as a file: one SVG drawing and one CSV table, whoever asks for them.

The chart's right-click "Save chart", File > Export "Chart as…" and ``export --chart`` all write
these (the PNG is this SVG rendered by Qt, in ``ui.chart_drawing``), and the HTML export and the
printout embed the same drawing. The file shows what the chart shows: the ``top_n`` most mentioned
visible actors (the chart's "Top N" box), with the chart's legend labels ("Left: <title>"). The
numbers are ``core.filters.chart_rows``, the same as the on-screen bars. Written by hand so exports
need neither Qt nor pyqtgraph.
"""

from __future__ import annotations

from html import escape

from desktop_app.core import i18n
from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.filters import FilterCriteria, chart_csv, chart_rows
from desktop_app.core.palette import SIDE_COLOURS

DEFAULT_TOP_N = 10  # what the on-screen chart starts with (and ``export --chart`` without --top)
MAX_TOP_N = 50
MAX_BARS = 14  # bars in the chart of the HTML page and the printout, which have no "Top N" box
FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"


def side_titles(comparison: Comparison) -> dict[str, str]:
    """Each side's document title ("" for an empty side): page headers and the PDF's title."""
    titles = {}
    for side in SIDES:
        view = comparison.view(side)
        titles[side] = (view.document.metadata.title or view.document.source_name) if view else ""
    return titles


def side_labels(comparison: Comparison | None) -> dict[str, str]:
    """The chart's legend and CSV column labels: "Left: <title>", "Right: <title>"."""
    titles = side_titles(comparison) if comparison is not None else {side: "" for side in SIDES}
    names = {side: i18n.text(side.capitalize()) for side in titles}
    return {side: f"{names[side]}: {title}" if title else names[side] for side, title in titles.items()}


def render_chart_csv(comparison: Comparison | None, criteria: FilterCriteria, top_n: int = DEFAULT_TOP_N) -> bytes:
    """The chart's numbers, one row per actor shown; UTF-8 with BOM for spreadsheet programs."""
    labels = side_labels(comparison)
    rows = chart_rows(comparison, criteria, top_n)
    return chart_csv(rows, labels["left"], labels["right"]).encode("utf-8-sig")


def render_chart_svg(
    comparison: Comparison | None, criteria: FilterCriteria, width: int = 640, top_n: int = MAX_BARS
) -> str:
    """A complete, standalone SVG document (UTF-8 text): bars for the ``top_n`` first actors.

    One horizontal pair of bars per actor (left document above, right document below, in the two
    side colours), the actor's name in its own colour; the actors beyond ``top_n`` are named in one
    line under the chart.
    """
    rows = chart_rows(comparison, criteria, top_n=len(comparison.actors)) if comparison is not None else []
    shown, rest = rows[: max(top_n, 0)], rows[max(top_n, 0):]
    colours = comparison.colours() if comparison is not None else {}
    labels = side_labels(comparison)
    titles = side_titles(comparison) if comparison is not None else {side: "" for side in SIDES}
    sides = [s for s in SIDES if comparison is not None and comparison.view(s) is not None]
    bar_h, gap = 9, 8
    top = 30 + 14 * len(sides)
    label_w = min(220, max(110, width // 3))
    plot_w = width - label_w - 50
    name_chars = max(8, int((label_w - 10) / NAME_CHAR_PX))
    # A long name wraps at its spaces onto more lines (its row grows), never cut inside a word.
    names = [_wrap(row.name, name_chars, MAX_NAME_LINES) for row in shown]
    bars_h = bar_h * max(len(sides), 1) + gap
    row_hs = [max(bars_h, len(lines) * NAME_LINE_PX + gap) for lines in names] or [bars_h]
    more_lines = _more_lines(rest, max(20, int((width - 8) / MORE_CHAR_PX)))
    height = top + sum(row_hs) + 12 + len(more_lines) * 13 + (10 if more_lines else 10)
    peak = max((getattr(r, s) for r in shown for s in sides), default=0) or 1

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="11">',
        "<title>Mentions per actor</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#FFFFFF"/>',
        '<text x="4" y="14" font-size="13" font-weight="bold" fill="#222222">'
        f"{escape(i18n.text('Mentions per actor (by name)'))}</text>",
    ]
    for i, side in enumerate(sides):  # one line per document: long titles must not collide
        y = 22 + i * 14
        label = _clip(labels[side], max(20, int((width - 24) / 6.4)))
        out.append(f'<rect x="4" y="{y}" width="10" height="10" fill="{SIDE_COLOURS[side]}"/>')
        out.append(f'<text x="18" y="{y + 9}" fill="#222222">{escape(label)}</text>')
    if not shown:
        out.append(f'<text x="4" y="{top + 12}" fill="#555555">No actors to show.</text>')
    y = top
    for row, lines, row_h in zip(shown, names, row_hs):
        colour = colours.get(row.key, "#333333")
        first = y + row_h / 2 + 1 - (len(lines) - 1) * NAME_LINE_PX / 2
        for k, line in enumerate(lines):  # one text per line: Qt's SVG renderer places no tspans
            out.append(f'<text x="{label_w - 6}" y="{first + k * NAME_LINE_PX:.1f}" text-anchor="end" '
                       f'fill="{colour}" font-weight="bold">{escape(line)}</text>')
        bars_top = y + (row_h - bars_h) / 2
        for j, side in enumerate(sides):
            value = getattr(row, side)
            w = plot_w * value / peak
            by = bars_top + j * bar_h
            tip = f"{row.name} \u2014 {titles[side]}: {value} {'mention' if value == 1 else 'mentions'}"
            out.append(
                f'<rect x="{label_w}" y="{by:.1f}" width="{w:.1f}" height="{bar_h - 1}" '
                f'fill="{SIDE_COLOURS[side]}"><title>{escape(tip)}</title></rect>'
            )
            if value:  # no bar, no number: an empty row reads as none
                out.append(f'<text x="{label_w + w + 4:.1f}" y="{by + bar_h - 1:.1f}" font-size="9" '
                           f'fill="#333333">{value}</text>')
        y += row_h
    axis_bottom = top + sum(row_hs) - gap / 2
    out.append(f'<line x1="{label_w}" y1="{top - 3}" x2="{label_w}" y2="{axis_bottom:.1f}" stroke="#888888"/>')
    for k, line in enumerate(more_lines):  # the rest, wrapped over the whole width
        out.append(f'<text x="4" y="{axis_bottom + 18 + k * 13:.1f}" font-size="10" fill="#555555">'
                   f"{escape(line)}</text>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


NAME_CHAR_PX = 6.6  # the width of a bold 11 px character, on average
NAME_LINE_PX = 11
MAX_NAME_LINES = 3
MORE_CHAR_PX = 5.6  # a 10 px character
MAX_MORE_NAMES = 40


def _wrap(text: str, limit: int, max_lines: int) -> list[str]:
    """Lines of at most ``limit`` characters broken at spaces; a word longer than a line stays
    whole, and text past ``max_lines`` ends in an ellipsis after the last whole word."""
    words = text.split()
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " \u2026"
    return lines or [""]


def _more_lines(rest: list, limit: int) -> list[str]:
    """"+ 11 more: A, B, …" wrapped at the commas into lines of ``limit`` characters."""
    if not rest:
        return []
    names = [r.name for r in rest[:MAX_MORE_NAMES]]
    items = [f"+ {len(rest)} more: {names[0]}"] + names[1:]
    lines = [""]
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 or len(rest) > len(names) else "")
        if lines[-1] and len(lines[-1]) + 1 + len(piece) > limit:
            lines.append(piece)
        else:
            lines[-1] = f"{lines[-1]} {piece}" if lines[-1] else piece
    if len(rest) > len(names):
        lines[-1] += " \u2026"
    return lines


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
