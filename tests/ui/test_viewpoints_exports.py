"""What the window prints and exports carries its Viewpoints table, with the dock's filters."""

from __future__ import annotations

import csv
import io
import json
import subprocess

import lxml.html
import pytest

from desktop_app.core.export.viewpoints import COLUMNS
from desktop_app.ui.print_layout import build_print_document
from desktop_app.ui.print_pages import page_body, pdf_printer
from tests.ui.viewpoint_fixtures import dock_rows, wait_for_viewpoints


def _only_disagreements(window) -> None:
    panel = window.viewpoints_panel
    panel.filter_buttons["agree"].setChecked(False)
    panel.filter_buttons["related"].setChecked(False)


def _export(window, qtbot, path, fmt: str) -> None:
    with qtbot.waitSignal(window.print_controller.exported, timeout=60000):
        assert window.print_controller.export_to(path, "comparison", fmt)


def test_html_csv_and_json_from_the_window_hold_the_filtered_table(window, qtbot, tmp_path):
    wait_for_viewpoints(qtbot, window)
    _only_disagreements(window)
    window.filter_state.set_actor_visible("zan jankovski", False)
    shown = dock_rows(window)
    assert shown and {r.relation for r in shown} == {"disagree"}

    _export(window, qtbot, tmp_path / "v.html", "html")
    page = lxml.html.parse(str(tmp_path / "v.html")).getroot()
    cells = page.xpath('//table[@class="viewpoints"]/tbody/tr/td[@class="rel"]')
    assert len(cells) == len(shown) and all("disagree" in c.text_content() for c in cells)
    assert "only disagree" in page.xpath('//section[@class="viewpoints"]')[0].text_content()

    _export(window, qtbot, tmp_path / "v.csv", "csv")
    text = (tmp_path / "v.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text.split("\r\n\r\n", 1)[1], newline="")))
    assert rows[0] == ["Viewpoints"] and tuple(rows[1]) == COLUMNS
    links = [dict(zip(COLUMNS, r)) for r in rows[2:]]
    assert len(links) == len(shown)
    assert all(r["relation"] == "disagree" and r["left actor"] != "Zan Jankovski" for r in links)

    _export(window, qtbot, tmp_path / "v.json", "json")
    data = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))["viewpoints"]
    assert data["relations"] == ["disagree"]
    assert sum(len(q["links"]) for q in data["questions"]) == len(shown)


def test_print_layout_has_the_viewpoints_section(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    comparison, criteria = window._comparison_and_criteria()
    assert comparison.viewpoints is window.viewpoints.corrected
    assert window._comparison_and_criteria()[0] is comparison  # the same object: a preview's layout is reused
    from PySide6.QtPrintSupport import QPrinter

    document = build_print_document(comparison, criteria, page_body(QPrinter()))
    text = document.toPlainText()
    assert "Viewpoints" in text and "Right actor (polarity)" in text
    assert "\u2260 disagree" in text and "= agree" in text
    assert "Magnus Ranstorp (negative)" in text


@pytest.mark.skipif(subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
                    reason="needs poppler's pdftotext")
def test_the_printed_pdf_has_the_table(window, qtbot, tmp_path):
    wait_for_viewpoints(qtbot, window)
    _only_disagreements(window)
    out = tmp_path / "printed.pdf"
    window.print_controller.print_to(pdf_printer(out))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Viewpoints" in text and "only disagree" in text
    assert "\u2260 disagree" in text and "= agree" not in text


def test_an_export_made_while_the_comparison_runs_computes_it_in_its_worker(window, qtbot, tmp_path):
    wait_for_viewpoints(qtbot, window)
    from desktop_app.core.viewpoints.corrections import link_anchors

    comparison = window.current_comparison()
    link = window.viewpoints.corrected.comparison.links[0]
    window.library.add_viewpoint_correction(*window.viewpoints.pair(), {
        "op": "remove_link", **link_anchors(link, comparison.left.document.text, comparison.right.document.text)})
    window.viewpoints.corrected = None  # as while the engine still runs
    carrier, _ = window._comparison_and_criteria()
    assert carrier.viewpoints is None and carrier.pending  # nothing computed in the UI thread
    _export(window, qtbot, tmp_path / "early.json", "json")
    data = json.loads((tmp_path / "early.json").read_text(encoding="utf-8"))["viewpoints"]
    assert data["links_in_all"] == len(window.viewpoints._found[2].links) - 1  # with the user's correction


def test_the_swedish_printout_and_tooltip_give_the_why_in_swedish(window, qtbot):
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.core import i18n
    from desktop_app.core.export.viewpoints import viewpoint_table
    from desktop_app.ui.viewpoints_model import link_tooltip

    wait_for_viewpoints(qtbot, window)
    comparison, criteria = window._comparison_and_criteria()
    row = viewpoint_table(comparison, criteria).rows[0]
    assert row.why.startswith("shared: ")
    i18n.set_language("sv")
    try:
        text = build_print_document(comparison, criteria, page_body(QPrinter())).toPlainText()
        tooltip = link_tooltip(row)
    finally:
        i18n.set_language("en")
    assert "gemensamt: " in text and "shared: " not in text
    assert " mot " in text and " vs " not in text
    assert "gemensamt: " in tooltip and "shared: " not in tooltip
    assert row.why.startswith("shared: ")  # the data stays English
