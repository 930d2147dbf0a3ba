"""Actor colours in the window: kept across corrections, merges, pane changes and restarts; the user picks one."""

from __future__ import annotations

from desktop_app.ui import dialogs
from tests.ui.window_fixtures import wait_for_analyses

PICKED = "#A01010"


def _colours(window) -> dict[str, str]:
    comparison = window.compare_view.current_comparison()
    return comparison.colours() if comparison is not None else {}


def _first_speakers(window) -> set[str]:
    """The first eight speakers: their quote tints are kept apart, so they keep their colours."""
    comparison = window.compare_view.current_comparison()
    return {a.key for a in comparison.actors if sum(a.quotes.values())}.intersection(
        [a.key for a in comparison.actors if sum(a.quotes.values())][:8])


def _moved(before: dict[str, str], now: dict[str, str]) -> set[str]:
    return {k for k, c in now.items() if k in before and before[k] != c}


def _two_sided(window) -> list:
    """The actors of the comparison that the left document names, most mentioned first."""
    comparison = window.compare_view.current_comparison()
    return [a for a in comparison.actors if a.counts["left"]]


def test_colours_stay_through_merge_hide_pane_change_and_restart(window_factory, qtbot):
    window = window_factory()
    before = _colours(window)
    first = _first_speakers(window)
    actors = _two_sided(window)
    assert len(actors) >= 4
    source, target, hidden = actors[1], actors[0], actors[2]
    doc_ids = window.sidebar.actor_doc_ids(source.key)

    window.corrections.merge_actor(doc_ids, source.key, target.key, name=source.name, into_name=target.name)
    qtbot.waitUntil(lambda: source.key not in _colours(window), timeout=20000)
    wait_for_analyses(qtbot, window)
    after_merge = _colours(window)
    assert after_merge[target.key] == before[target.key]  # the merged actor keeps the target's colour
    # Nobody else moved, but for a speaker who became one of the first eight and whose colour
    # was too close to another's of them: that one (at most) is given a new colour, for good.
    moved = _moved(before, after_merge)
    assert not moved & first and len(moved) <= 1
    before.update(after_merge)

    window.corrections.hide_actor(window.sidebar.actor_doc_ids(hidden.key), hidden.key, name=hidden.name)
    qtbot.waitUntil(lambda: hidden.key not in _colours(window), timeout=20000)
    moved = _moved(before, _colours(window))
    assert not moved & first and len(moved) <= 1
    before.update(_colours(window))

    window.compare_view.close_document("right")  # a pane change: the left's actors keep theirs
    qtbot.waitUntil(lambda: window.compare_view.doc_ids()["right"] is None, timeout=5000)
    left_only = _colours(window)
    assert left_only and not _moved(before, left_only)

    window.undo_stack.undo()
    window.undo_stack.undo()
    window_factory.close(window)
    again = window_factory()  # a restart: the colours come from the library
    restored = _colours(again)
    moved = _moved(before, restored)  # the merge and the hiding undone: the same two texts again
    assert not moved & first and len(moved) <= 2


def test_the_user_picks_an_actors_colour_from_the_sidebar(window_factory, qtbot, monkeypatch):
    window = window_factory()
    actor = _two_sided(window)[0]
    others = {k: c for k, c in _colours(window).items() if k != actor.key}
    asked = []

    def pick(parent, title, initial):
        asked.append((title, initial))
        return PICKED

    monkeypatch.setattr(dialogs, "ask_colour", pick)
    menu = window.sidebar.actor_menu(actor.key)
    (colour_action,) = [a for a in menu.actions() if a.text() == "Colour…"]
    colour_action.trigger()
    assert asked == [(f"Colour of {actor.name}", actor.colour)]
    assert _colours(window)[actor.key] == PICKED
    assert window.sidebar.model.rowCount() > 0
    for key, colour in _colours(window).items():  # the others keep theirs, unless too close to the pick
        if key != actor.key and key in others:
            assert colour == others[key] or colour != PICKED
    window_factory.close(window)
    again = window_factory()
    assert _colours(again)[actor.key] == PICKED
    stored = again.library.actor_colours([actor.key])[actor.key]
    assert stored.chosen and stored.colour == PICKED


def test_the_chart_offers_the_colour_of_the_bar_under_the_mouse(window_factory, qtbot, monkeypatch):
    window = window_factory()
    monkeypatch.setattr(dialogs, "ask_colour", lambda parent, title, initial: None)  # the user cancels
    actor = _two_sided(window)[0]
    menu = window.chart.context_menu(actor.key)
    assert menu.actions()[0].text() == f"Colour of {actor.name}…"
    with qtbot.waitSignal(window.chart.colour_requested) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args == [actor.key]
    assert _colours(window)[actor.key] == actor.colour  # cancelled: nothing changed
    assert not any("Colour" in a.text() for a in window.chart.context_menu(None).actions())


def test_colours_are_given_only_once_every_open_pane_is_analysed(window, monkeypatch):
    """Which seed's analysis finishes first must not decide the colours: a comparison shown while
    one open pane still waits for its analysis gives (stores) none; the one with both does."""
    view, library = window.compare_view, window.library
    given = set(library.actor_colours())
    assert given
    with library.writing() as conn:
        conn.execute("DELETE FROM actor_colours")  # a library that has given no colour yet
    right_id, real = view.doc_ids()["right"], view._view
    monkeypatch.setattr(view, "_view", lambda doc_id: None if doc_id == right_id else real(doc_id))
    view._rebuild()  # the left is in, the right still analysing
    assert library.actor_colours() == {}
    assert view.current_comparison() is not None  # the left is shown meanwhile, coloured
    monkeypatch.setattr(view, "_view", real)
    view._rebuild()
    assert set(library.actor_colours()) == given
