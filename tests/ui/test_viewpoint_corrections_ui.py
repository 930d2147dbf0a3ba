"""Correcting links in the window: remove, change the relation, link two selected passages; each one
undoable, stored in the library, kept across re-analysis and a restart; stale ones shown, forgettable."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from desktop_app.core.viewpoints.corrections import anchor
from desktop_app.ui import viewpoints_dock
from tests.ui.viewpoint_fixtures import dock_rows, row_between, select, wait_for_viewpoints


def _spans(window) -> set:
    return {(r.left_span, r.right_span, r.relation) for r in dock_rows(window)}


def _quote_correction(window, qtbot) -> None:
    """A quote correction in the left text: its analysis changes, the engine compares anew."""
    left = window.compare_view.pane("left")
    quote = next(q for q in left.view.analysis.quotes if "jätteproblem" in left.document.text[q.start:q.end])
    analysed = window.current_comparison().left
    window.corrections.change_speaker(left.doc_id, quote, "Zan Jankovski")
    assert window.viewpoints.busy  # the engine runs again on the new analysis
    wait_for_viewpoints(qtbot, window)
    assert window.current_comparison().left is not analysed


def test_remove_a_link_undo_redo_and_keep_it_across_reanalysis_and_restart(window_factory, qtbot):
    window = window_factory()
    wait_for_viewpoints(qtbot, window)
    before = _spans(window)
    row = row_between(window, "Zan Jankovski", "agree")
    select(window, row)
    window.actions.remove_link.trigger()
    gone = (row.left_span, row.right_span, row.relation)
    assert gone not in _spans(window) and len(_spans(window)) == len(before) - 1
    assert window.undo_stack.undoText() == "Remove viewpoint link"
    assert len(window.library.list_viewpoint_corrections(*window.viewpoints.pair())) == 1

    window.undo_stack.undo()
    assert _spans(window) == before
    assert window.library.list_viewpoint_corrections(*window.viewpoints.pair()) == []
    window.undo_stack.redo()
    assert gone not in _spans(window)

    _quote_correction(window, qtbot)  # re-analysis of the left text: the link stays removed
    assert gone not in _spans(window)
    assert not window.viewpoints_panel.dropped.isVisible()

    window_factory.close(window)
    window = window_factory()
    wait_for_viewpoints(qtbot, window)
    assert gone not in {(r.left_span, r.right_span, r.relation) for r in dock_rows(window)}


def test_change_a_links_relation_and_undo(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    row = row_between(window, "Stefan Löfven", "agree")
    select(window, row)
    window.actions.mark_disagree.trigger()
    changed = next(r for r in dock_rows(window) if (r.left_span, r.right_span) == (row.left_span, row.right_span))
    assert changed.relation == "disagree" and changed.origin == "changed"
    assert "relation set by hand (found: agree)" in changed.why
    assert window.viewpoints_panel.current_row() == changed  # still selected, now marked red
    [mark] = window.compare_view.pane("left").text_edit.extraSelections()
    assert mark.format.background().color().name().upper() == "#B2182B"
    assert window.undo_stack.undoText() == "Mark link as disagree"
    window.undo_stack.undo()
    again = next(r for r in dock_rows(window) if (r.left_span, r.right_span) == (row.left_span, row.right_span))
    assert again.relation == "agree" and again.origin == "engine"


def _select_text(pane, text: str) -> tuple[int, int]:
    start = pane.document.text.index(text)
    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(pane.highlighter.to_position(start))
    cursor.setPosition(pane.highlighter.to_position(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    pane.text_edit.setTextCursor(cursor)
    return start, start + len(text)


def test_link_two_selected_passages_by_hand(window, qtbot, monkeypatch):
    wait_for_viewpoints(qtbot, window)
    left, right = window.compare_view.panes()
    asked = []
    monkeypatch.setattr(viewpoints_dock, "ask_relation", lambda parent, current=None: asked.append(1) or "disagree")
    assert not window.actions.link_passages.isEnabled()
    lspan = _select_text(left, "Ett hundratal personer som stridit för IS har återvänt till Sverige")
    assert not window.actions.link_passages.isEnabled()  # only one side chosen
    rspan = _select_text(right, "Det finns ett fåtal som lämnat Sverige för att fara till krigshärjade områden")
    assert window.actions.link_passages.isEnabled()
    count = len(dock_rows(window))
    window.actions.link_passages.trigger()
    assert asked
    added = [r for r in dock_rows(window) if r.origin == "added"]
    assert len(added) == 1 and len(dock_rows(window)) == count + 1
    assert (added[0].left_span, added[0].right_span, added[0].relation) == (lspan, rspan, "disagree")
    assert window.undo_stack.undoText() == "Link passages (disagree)"
    assert window.viewpoints_panel.current_row() == added[0]  # shown: selected, both passages marked
    assert [m.cursor.selectedText() for m in left.text_edit.extraSelections()] == [left.document.text[slice(*lspan)]]
    # its band is drawn in the gap too
    assert (lspan, rspan) in {(r.left_span, r.right_span) for r in window.compare_view.splitter.rows}
    window.undo_stack.undo()
    assert not [r for r in dock_rows(window) if r.origin == "added"]


def test_cancelling_the_relation_links_nothing(window, qtbot, monkeypatch):
    wait_for_viewpoints(qtbot, window)
    left, right = window.compare_view.panes()
    monkeypatch.setattr(viewpoints_dock, "ask_relation", lambda parent, current=None: None)
    _select_text(left, "Ett hundratal personer")
    _select_text(right, "Det finns ett fåtal")
    window.actions.link_passages.trigger()
    assert window.undo_stack.count() == 0 and not [r for r in dock_rows(window) if r.origin == "added"]


def test_a_correction_that_no_longer_applies_is_shown_and_can_be_forgotten(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    pair = window.viewpoints.pair()
    view = window.current_comparison()
    stale = {"op": "set_relation", "relation": "agree",
             "left": anchor(view.left.document.text, 0, 30),
             "right": {"start": 5, "end": 40, "text": "Ord som aldrig stod i texten"}}
    window.library.add_viewpoint_correction(*pair, stale)
    before = _spans(window)
    window.viewpoints.reapply()
    panel = window.viewpoints_panel
    assert not panel.dropped.isHidden() and "no longer" in panel.dropped.text()
    assert "no longer in the right text" in panel.dropped.toolTip()
    assert _spans(window) == before  # applied to nothing
    panel.forget_requested.emit()
    assert panel.dropped.isHidden()
    assert window.library.list_viewpoint_corrections(*pair) == []
    window.undo_stack.undo()  # forgetting is undoable too
    assert len(window.library.list_viewpoint_corrections(*pair)) == 1 and not panel.dropped.isHidden()


def test_swapping_the_panes_keeps_the_corrections(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    row = row_between(window, "Zan Jankovski", "agree")
    select(window, row)
    window.actions.remove_link.trigger()
    window.compare_view.swap()
    wait_for_viewpoints(qtbot, window)
    assert all((r.right_span, r.left_span) != (row.left_span, row.right_span) for r in dock_rows(window))
    assert any(r.right_actor == "Magnus Ranstorp" for r in dock_rows(window))
