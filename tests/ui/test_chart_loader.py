"""The chart loader: ``loaded`` when pyqtgraph is in, ``settled`` once what drew with it at once is on
screen (every ``hold`` released); what waits for the full window runs then (``when_settled``)."""

from __future__ import annotations

from desktop_app.ui import chart_loader
from desktop_app.ui.chart_loader import PyqtgraphLoader


def _watched(loader: PyqtgraphLoader) -> list[str]:
    said: list[str] = []
    loader.loaded.connect(lambda: said.append("loaded"))
    loader.settled.connect(lambda: said.append("settled"))
    return said


def test_settled_waits_for_every_hold_and_comes_once(qapp):
    loader = PyqtgraphLoader()
    said = _watched(loader)
    assert not loader.settling  # never started
    assert loader.hold() and loader.hold()
    loader._state = "loading"  # as ``start`` leaves it, without importing anything here
    assert loader.settling
    loader._on_finished("")
    assert said == ["loaded"] and loader.settling and not loader.loading
    loader.release()
    assert said == ["loaded"]
    loader.release()
    assert said == ["loaded", "settled"] and not loader.settling
    loader.release()  # one too many: nothing more
    assert said == ["loaded", "settled"]
    assert not loader.hold()  # too late to hold


def test_without_a_hold_settled_follows_loaded_at_once(qapp):
    loader = PyqtgraphLoader()
    said = _watched(loader)
    loader._state = "loading"
    loader._on_finished("")
    assert said == ["loaded", "settled"]


def test_when_settled_runs_at_once_or_once_when_it_settles(qapp, monkeypatch):
    loader = PyqtgraphLoader()
    monkeypatch.setattr(chart_loader, "loader", lambda: loader)
    ran: list[str] = []
    chart_loader.when_settled(lambda: ran.append("idle"))  # nothing under way
    assert ran == ["idle"]
    loader.hold()
    loader._state = "loading"
    chart_loader.when_settled(lambda: ran.append("later"))
    loader._on_finished("")
    assert ran == ["idle"]
    loader.release()
    assert ran == ["idle", "later"]
    loader.settled.emit()  # connected once only
    assert ran == ["idle", "later"]


def test_the_window_takes_drops_once_the_full_window_is_up(window, qtbot):
    qtbot.waitUntil(lambda: not chart_loader.loader().settling, timeout=60_000)
    targets = window.imports.controller._targets
    panes = window.compare_view.panes()
    assert targets == {window: None, panes[0]: "left", panes[1]: "right"}
    assert window.acceptDrops() and all(pane.acceptDrops() for pane in panes)
