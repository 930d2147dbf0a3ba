"""The printed texts as lines on pages: whole lines on one page each, in the texts' order, rows in step."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.export.paper import balanced_rows, side_views
from desktop_app.core.filters import FilterCriteria
from desktop_app.ui.print_layout import build_print_pages
from desktop_app.ui.printing import page_body
from tests.export_fixtures import long_comparison, seed_comparison


def _placed(pages, column_x):
    """(page, top, bottom, text) of every placed line of the column whose text starts at ``column_x``."""
    out = []
    for index in sorted(pages.pages):
        for layout, first, end, origin in pages.pages[index].lines:
            if origin.x() != column_x:
                continue
            for number in range(first, end):
                line = layout.lineAt(number)
                top = origin.y() + line.y()
                out.append((index, top, top + line.height(),
                            layout.text()[line.textStart():line.textStart() + line.textLength()]))
    return out


def test_every_line_lies_whole_on_one_page(qtbot):
    body = page_body(QPrinter())
    printed = build_print_pages(long_comparison(120), FilterCriteria(), body)
    texts = printed.texts
    assert printed.page_count() >= 4
    for column_x in texts._x:
        lines = _placed(texts, column_x)
        assert len({page for page, *_ in lines}) >= 4
        for page, top, bottom, _ in lines:
            assert page * body.height() <= top and bottom <= (page + 1) * body.height() + 1e-6


def test_the_columns_hold_the_texts_in_order(qtbot, tmp_path):
    comparison = seed_comparison(tmp_path)
    criteria = FilterCriteria()
    printed = build_print_pages(comparison, criteria, page_body(QPrinter()))
    views = side_views(comparison, criteria)
    for column_x, view in zip(printed.texts._x, (views["left"], views["right"])):
        printed_text = "".join(text for *_, text in _placed(printed.texts, column_x))
        expected = view.title + "".join(
            run.text + "".join(f"\u2009\u00a0{b}\u00a0" for b in run.badges)
            for paragraph in view.paragraphs for run in paragraph.runs)
        assert printed_text == expected
        tops = [top for _, top, _, _ in _placed(printed.texts, column_x)]
        assert tops == sorted(tops)


def test_rows_start_level_in_both_columns(qtbot, tmp_path):
    """Each row's first lines, left and right, stand at the same height (the rows keep step)."""
    comparison = seed_comparison(tmp_path)
    printed = build_print_pages(comparison, FilterCriteria(), page_body(QPrinter()))
    views = side_views(comparison, FilterCriteria())
    rows = balanced_rows(views["left"], views["right"])
    firsts = []
    for column_x, column, view in zip(printed.texts._x, (0, 1), (views["left"], views["right"])):
        lines = _placed(printed.texts, column_x)
        starts, at, title = [], 0, len(view.title)
        while title > 0:  # the title's lines
            title -= len(lines[at][3])
            at += 1
        for pair in rows:
            starts.append(lines[at][1] if pair[column] else None)
            text = sum(len(run.text) + sum(len(b) + 3 for b in run.badges)
                       for paragraph in pair[column] for run in paragraph.runs)
            while text > 0:
                text -= len(lines[at][3])
                at += 1
        firsts.append(starts)
    level = [(a, b) for a, b in zip(*firsts) if a is not None and b is not None]
    height = printed.texts.page_height
    same_page = [(a, b) for a, b in level if int(a // height) == int(b // height)]  # else one moved on
    assert len(same_page) >= 5
    assert all(abs(a - b) < 1e-6 for a, b in same_page)
