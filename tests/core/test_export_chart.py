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
