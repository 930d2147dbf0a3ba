"""Keyboard only: Tab through the window region by region, Ctrl+Tab between regions, the library's
search box leading into its results, Ctrl+Y redoing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_fixtures import SEED_NEWS, doc_id_by_title

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _region_of(window, widget) -> str:
    names = {"library": window.library_pane, "left": window.compare_view.pane("left"),
             "right": window.compare_view.pane("right"), "find": window.find_bar, "sidebar": window.sidebar,
             "chart": window.chart, "viewpoints": window.viewpoints_panel}
    for name, region in names.items():
        if widget is region or region.isAncestorOf(widget):
            return name
    return "elsewhere"


def test_tab_leaves_the_library_table_and_visits_every_region_in_order(window, qtbot):
    table = window.library_pane.table
    _focus(qtbot, window.library_pane.search_box)
    visited = ["library"]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        region = _region_of(window, QApplication.focusWidget())
        if region != visited[-1]:
            visited.append(region)
        if region == "library" and len(visited) > 1:
            break
    assert visited[:6] == ["library", "left", "right", "sidebar", "chart", "viewpoints"]
    assert visited[-1] == "library"  # round the window and back
    # From the table one Tab leaves it (its cells are not tab stops).
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert _region_of(window, QApplication.focusWidget()) == "left"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is table


def test_ctrl_tab_and_ctrl_shift_tab_jump_between_regions(window, qtbot):
    _focus(qtbot, window.library_pane.table)
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
        seen.append(_region_of(window, QApplication.focusWidget()))
    assert seen == ["left", "right", "sidebar", "chart"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert _region_of(window, QApplication.focusWidget()) == "sidebar"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL | SHIFT)
    assert _region_of(window, QApplication.focusWidget()) == "right"


def test_down_and_return_in_the_search_box_reach_the_results(window, qtbot):
    pane = window.library_pane
    news = doc_id_by_title(window, SEED_NEWS)
    window.compare_view.close_document("left")
    _focus(qtbot, pane.search_box)
    qtbot.keyClicks(pane.search_box, "Ranstorp")  # QTest types ASCII only
    qtbot.keyClick(pane.search_box, Qt.Key.Key_Down)  # without waiting for the search's pause
    assert QApplication.focusWidget() is pane.table
    assert pane.selected_ids() == [news]
    _focus(qtbot, pane.search_box)
    qtbot.keyClick(pane.search_box, Qt.Key.Key_Return)
    assert window.compare_view.doc_ids()["left"] == news
    assert QApplication.focusWidget() is pane.table


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(window, qtbot):
    left = window.compare_view.pane("left")
    quote = next(q for q in left.view.analysis.quotes)
    window.corrections.not_quote(left.doc_id, quote)
    stack = window.undo_stack
    done = stack.index()
    _focus(qtbot, left.text_edit)
    qtbot.keyClick(left.text_edit, Qt.Key.Key_Z, CTRL)
    assert stack.index() == done - 1
    qtbot.keyClick(left.text_edit, Qt.Key.Key_Y, CTRL)
    assert stack.index() == done
