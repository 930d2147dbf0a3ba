"""The viewpoints service: off the UI thread, after the chart's start-up import, newest request wins,
failures said in one line; the dock's busy bar only for a comparison that takes over a second."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.ui import chart_loader, viewpoints_service
from desktop_app.ui.viewpoints_service import ViewpointsService
from tests.ui.viewpoint_fixtures import wait_for_viewpoints


class _LoadingChart(QObject):
    loaded = Signal()
    settled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.settling = True


def test_the_first_comparison_waits_for_the_charts_import_and_its_drawing(window, qtbot, monkeypatch):
    wait_for_viewpoints(qtbot, window)
    stub = _LoadingChart()
    monkeypatch.setattr(chart_loader, "loader", lambda: stub)
    service = ViewpointsService(window.library, QUndoStack())
    busy = []
    service.busy_changed.connect(busy.append)
    service.set_comparison(window.current_comparison())
    assert service.busy and service._job is None and service.corrected is None
    stub.loaded.emit()  # pyqtgraph is in, the chart not yet drawn: still waiting
    assert service.busy and service._job is None
    stub.settling = False
    stub.settled.emit()
    assert service._job is not None
    qtbot.waitUntil(lambda: service.corrected is not None, timeout=60_000)
    assert busy == [True, False]
    assert len(service.corrected.comparison.links) == len(window.viewpoints.corrected.comparison.links)
    service.shutdown()


def test_a_failed_comparison_is_said_in_one_line(window, qtbot, monkeypatch):
    wait_for_viewpoints(qtbot, window)

    def broken(left, right, corrections):
        raise ValueError("the word lists are damaged")

    monkeypatch.setattr(viewpoints_service, "_compare", broken)
    window.compare_view.swap()  # new sides: computed anew
    qtbot.waitUntil(lambda: not window.viewpoints.busy, timeout=60_000)
    assert window.viewpoints.corrected is None
    assert window.viewpoints_panel.status.text() == "The comparison failed: ValueError: the word lists are damaged"
    assert window.viewpoints_panel.model.rowCount() == 0 and window.compare_view.splitter.rows == []


def test_the_newest_comparison_wins(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    first = window.current_comparison()
    window.compare_view.swap()
    window.compare_view.swap()  # back: the swapped comparison is asked for and at once superseded
    wait_for_viewpoints(qtbot, window)
    left_ids = {lk.left.speaker.name for lk in window.viewpoints.corrected.comparison.links}
    assert "Magnus Ranstorp" in left_ids  # the news text is on the left again
    assert window.viewpoints.comparison.left.document.id == first.left.document.id


def test_the_busy_bar_shows_only_after_a_second(window, qtbot):
    panel = window.viewpoints_panel
    panel.set_busy(True)
    assert panel.progress.isHidden()
    timer = panel._busy_timer  # the delay, not the clock: a loaded machine may take longer than any wait
    assert timer.isActive() and timer.isSingleShot() and timer.interval() >= 1000
    timer.timeout.emit()  # the second has passed
    assert not panel.progress.isHidden()
    panel.set_busy(False)
    assert panel.progress.isHidden()
