"""The mentions chart alone: SVG drawing and CSV numbers, the same as the on-screen chart."""

from __future__ import annotations

import csv
import io

import lxml.etree

from desktop_app.core.export import render_chart_csv, render_chart_svg
from desktop_app.core.filters import FilterCriteria, chart_rows
from tests.export_fixtures import small_comparison

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_has_a_bar_per_actor_and_document():
    comparison = small_comparison()
    svg = lxml.etree.fromstring(render_chart_svg(comparison, FilterCriteria()).encode())
    assert svg.tag == f"{SVG}svg"
    bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == 2 * 4
    widths = {r.find(f"{SVG}title").text: float(r.get("width")) for r in bars}
    top = [w for t, w in widths.items() if t.startswith("Magnus Ranstorp") and "Ranstorp varnar" in t]
    assert top and top[0] == max(widths.values())  # 3 mentions: the longest bar
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "Magnus Ranstorp" in labels and "Kenneth Nilsson" in labels


def test_hidden_actor_leaves_the_chart():
    comparison = small_comparison()
    svg = render_chart_svg(comparison, FilterCriteria().with_actor("örebro", False))
    assert ">Örebro<" not in svg and ">Säpo<" in svg


def test_chart_csv_matches_chart_rows_and_its_top_n():
    comparison = small_comparison()
    data = render_chart_csv(comparison, FilterCriteria(), top_n=100)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["actor", "Left: Ranstorp varnar för återvändarna", "Right: Örebro arbetar aktivt mot extremism"]
    expected = chart_rows(comparison, FilterCriteria(), top_n=100)
    assert [(r[0], int(r[1]), int(r[2])) for r in rows[1:]] == [(r.name, r.left, r.right) for r in expected]
    top_two = list(csv.reader(io.StringIO(render_chart_csv(comparison, FilterCriteria(), top_n=2).decode("utf-8-sig"))))
    assert [r[0] for r in top_two[1:]] == [r.name for r in expected[:2]]


def test_svg_draws_the_top_n_and_names_the_rest():
    comparison = small_comparison()
    svg = lxml.etree.fromstring(render_chart_svg(comparison, FilterCriteria(), top_n=2).encode())
    bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == 2 * 2
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "Left: Ranstorp varnar för återvändarna" in labels
    assert any(text.startswith("+ 2 more: ") for text in labels)


def test_zero_bars_carry_no_number_and_long_names_wrap_whole():
    comparison = small_comparison()
    svg = lxml.etree.fromstring(render_chart_svg(comparison, FilterCriteria(), width=300).encode())
    numbers = [t.text for t in svg.iter(f"{SVG}text") if t.get("font-size") == "9"]
    rows = chart_rows(comparison, FilterCriteria(), top_n=100)
    assert "0" not in numbers
    assert len(numbers) == sum((r.left > 0) + (r.right > 0) for r in rows)
    words = {w for r in rows for w in r.name.split()}
    names = [t.text for t in svg.iter(f"{SVG}text") if t.get("font-weight") == "bold" and t.get("text-anchor")]
    assert all(not n.endswith("\u2026") for n in names)  # nothing clipped
    assert {w for n in names for w in n.split()} == words  # every word whole, on some line


def test_the_rest_is_wrapped_not_cut():
    from desktop_app.core.export.chart import _more_lines
    from desktop_app.core.filters import ChartRow

    rest = [ChartRow(f"k{i}", f"Långt Namn Nummer {i}", 1, 0) for i in range(12)]
    lines = _more_lines(rest, 60)
    assert len(lines) > 1 and all(len(line) <= 60 for line in lines)
    assert lines[0].startswith("+ 12 more: ") and "Långt Namn Nummer 11" in lines[-1]
