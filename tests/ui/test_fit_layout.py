"""Small screens: at 1024×700 and 1366×768 the reading panes keep a readable width, the docks and the
library give way first, and a title never breaks inside a word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.fit_layout import MIN_DOCK_WIDTH, MIN_LIBRARY_WIDTH, MIN_PANE_WIDTH, plan_widths


@pytest.mark.parametrize("width, pane_at_least", [(1024, 240), (1366, MIN_PANE_WIDTH - 20)])
def test_panes_stay_readable_on_small_screens(window, qtbot, width, pane_at_least):
    window.resize(width, 700 if width == 1024 else 768)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    window.fitter.fit_panes()
    QApplication.processEvents()
    panes = window.compare_view.panes()
    assert all(p.width() >= pane_at_least for p in panes), [p.width() for p in panes]
    assert window.library_pane.width() >= MIN_LIBRARY_WIDTH - 10  # still there to open documents from
    assert window.sidebar_dock.width() >= MIN_DOCK_WIDTH - 10  # the chart's names stay legible
    for pane in panes:  # the header's title is never narrower than its longest word
        label = pane.title_label
        longest = max(label.fontMetrics().horizontalAdvance(w) for w in label.text().split())
        assert label.width() >= longest


def test_the_docks_give_way_before_the_library():
    library, dock = plan_widths(1366, 40, 330, 380)
    assert library == 330 and dock < 380  # the docks narrow first, the library keeps its width
    assert 2 * MIN_PANE_WIDTH + 40 + library + dock == 1366  # just enough for the panes
    library, dock = plan_widths(1200, 40, 330, 380)
    assert dock == MIN_DOCK_WIDTH and MIN_LIBRARY_WIDTH <= library < 330  # then the library
    assert plan_widths(2400, 40, 330, 380) == (330, 380)  # room enough: nothing moves
    assert plan_widths(1024, 40, 330, 380) == (MIN_LIBRARY_WIDTH, MIN_DOCK_WIDTH)  # both at their least
