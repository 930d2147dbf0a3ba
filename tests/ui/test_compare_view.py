"""The two panes: open left/right, swap, one document in both panes, synchronized scrolling, zoom,
Find across both panes."""

from __future__ import annotations

from desktop_app.core.settings import Settings
from tests.ui.window_fixtures import SEED_NEWS, SEED_OPINION, doc_id_by_title, wait_for_analyses


def _window_with_sync(window_factory, sync: bool):
    """A window started with synchronized scrolling on or off."""
    settings = Settings.load()
    settings.sync_scroll = sync
    return window_factory(settings)


def _make_scrollable(qtbot, *panes) -> None:
    """Big text, so the short seeds scroll."""
    for pane in panes:
        pane.set_zoom(8)
    qtbot.waitUntil(lambda: all(p.text_edit.verticalScrollBar().maximum() > 0 for p in panes))


def test_open_left_and_right_then_swap(window, qtbot):
    view = window.compare_view
    news = doc_id_by_title(window, SEED_NEWS)
    opinion = doc_id_by_title(window, SEED_OPINION)
    window.open_document(opinion, "left")
    window.open_document(news, "right")
    wait_for_analyses(qtbot, window)
    assert view.doc_ids() == {"left": opinion, "right": news}
    colours = window.current_comparison().colours()
    view.swap()
    assert view.doc_ids() == {"left": news, "right": opinion}
    assert view.pane("left").title_label.text() == SEED_NEWS
    assert "Ranstorp" in view.pane("left").text_edit.toPlainText()
    assert window.current_comparison().colours() == colours  # same actors, same colours
    remembered = Settings(path=None)
    view.save_state(remembered)
    assert remembered.open_documents == {"left": news, "right": opinion}


def test_compare_two_selected_rows(window):
    news = doc_id_by_title(window, SEED_NEWS)
    opinion = doc_id_by_title(window, SEED_OPINION)
    window.open_document(news, "left")
    window.open_document(news, "right")
    window.library_pane.select_ids([news, opinion])
    window.actions.compare.trigger()
    assert window.compare_view.doc_ids() == {"left": news, "right": opinion}


def test_same_document_in_both_panes_scrolls_independently(window_factory, qtbot):
    window = _window_with_sync(window_factory, False)
    view = window.compare_view
    news = doc_id_by_title(window, SEED_NEWS)
    window.open_document(news, "left")
    window.open_document(news, "right")
    wait_for_analyses(qtbot, window)
    left, right = view.pane("left"), view.pane("right")
    assert left.text_edit.document() is not right.text_edit.document()
    _make_scrollable(qtbot, left, right)
    left.set_scroll_fraction(1.0)
    assert left.scroll_fraction() > 0.5
    assert right.scroll_fraction() == 0.0


def test_synchronized_scrolling_follows_relative_position(window_factory, qtbot):
    window = _window_with_sync(window_factory, True)
    view = window.compare_view
    left, right = view.pane("left"), view.pane("right")
    _make_scrollable(qtbot, left, right)
    left.set_scroll_fraction(0.5)
    followed = right.scroll_fraction()
    assert abs(followed - left.scroll_fraction()) < 0.15
    assert followed > 0.2
    window.actions.sync_scroll.setChecked(False)
    left.set_scroll_fraction(1.0)
    assert right.scroll_fraction() == followed


def test_zoom_changes_both_panes(window):
    panes = window.compare_view.panes()
    before = [p.text_edit.font().pointSizeF() for p in panes]
    window.actions.zoom_in.trigger()
    after = [p.text_edit.font().pointSizeF() for p in panes]
    assert all(a > b for a, b in zip(after, before))
    window.actions.zoom_reset.trigger()
    assert [p.text_edit.font().pointSizeF() for p in panes] == before


def test_find_searches_both_panes_next_and_previous(window):
    bar = window.find_bar
    left = window.compare_view.pane("left")
    window.actions.find.trigger()
    assert bar.isVisible()
    bar.search_box.setText("Örebro")  # only in the opinion piece (right pane)
    assert bar.find_next()
    assert bar.current_side == "right"
    right_cursor = window.compare_view.pane("right").text_edit.textCursor()
    assert right_cursor.selectedText() == "Örebro"
    bar.search_box.setText("säger han")  # in the news piece (left pane)
    left.text_edit.moveCursor(left.text_edit.textCursor().MoveOperation.Start)
    bar._set_side("left")
    assert bar.find_next()
    first = left.text_edit.textCursor().position()
    assert bar.find_next()
    second = left.text_edit.textCursor().position()
    assert second > first and bar.current_side == "left"
    assert bar.find_previous()
    assert left.text_edit.textCursor().position() == first
    counts = bar.counts_label.text()
    assert "left" in counts and "right" in counts
    bar.search_box.setText("xyzzy")
    assert not bar.find_next()
