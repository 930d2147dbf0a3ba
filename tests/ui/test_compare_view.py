"""The two panes: open left/right, swap, one document in both panes, synchronized scrolling, zoom,
Find across both panes."""

from __future__ import annotations

import pytest

from desktop_app.core.seeds import import_seeds_if_empty
from desktop_app.core.settings import Settings
from desktop_app.ui.analysis_runner import AnalysisRunner
from desktop_app.ui.compare_view import CompareView
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


# -- the view's own state between sessions ----------------------------------------------------


@pytest.fixture
def make_view(library, qtbot):
    """Makes CompareViews (no window) on a library holding the seeds; ``make_view.documents`` lists it."""
    import_seeds_if_empty(library)
    runners: list[AnalysisRunner] = []

    def make() -> CompareView:
        runner = AnalysisRunner(library)
        runners.append(runner)
        view = CompareView(library, runner)
        qtbot.addWidget(view)
        view.resize(1000, 600)
        return view

    make.documents = library.list_documents()
    yield make
    for runner in runners:
        runner.wait()  # the analyses the opened documents started; then nothing more is reported
        runner.shutdown()


@pytest.fixture
def seeded_view(make_view):
    return make_view(), make_view.documents


def test_view_state_round_trip(make_view):
    view, documents = make_view(), make_view.documents
    first, second = documents[0].id, documents[1].id
    view.open_document(second, "left")
    view.open_document(first, "right")
    view.set_sync_scroll(False)
    view.zoom_by(+3)
    view.zoom_by(-1)
    view.splitter.setSizes([300, 700])
    settings = Settings(path=None)
    view.save_state(settings)
    assert settings.open_documents == {"left": second, "right": first}
    assert (settings.sync_scroll, settings.zoom) == (False, 2)
    assert settings.compare_splitter == view.splitter.sizes()

    restarted = make_view()
    restarted.restore_state(settings)
    assert not restarted.sync_scroll and [p.zoom for p in restarted.panes()] == [2, 2]
    assert restarted.doc_ids() == {"left": None, "right": None}  # the documents wait for the first paint
    restarted.open_restored_documents(documents)
    assert restarted.doc_ids() == {"left": second, "right": first}
    view.zoom_by(None)
    assert [p.zoom for p in view.panes()] == [0, 0]


def test_first_start_shows_the_first_two_documents(seeded_view):
    view, documents = seeded_view
    view.restore_state(Settings(path=None))
    view.open_restored_documents(documents)
    assert view.doc_ids() == {"left": documents[0].id, "right": documents[1].id}


def test_a_document_the_user_opens_first_wins_over_the_restored_ones(seeded_view):
    view, documents = seeded_view
    settings = Settings(path=None)
    settings.open_documents = {"left": documents[0].id, "right": documents[1].id}
    view.restore_state(settings)
    view.open_document(documents[1].id, "left")  # before the window was on screen
    view.open_restored_documents(documents)
    assert view.doc_ids() == {"left": documents[1].id, "right": None}


def test_restored_documents_no_longer_in_the_library_are_left_out(seeded_view):
    view, documents = seeded_view
    settings = Settings(path=None)
    settings.open_documents = {"left": 999, "right": documents[0].id}
    view.restore_state(settings)
    view.open_restored_documents(documents)
    assert view.doc_ids() == {"left": None, "right": documents[0].id}


def test_opening_documents_in_turn_keeps_one_text_document_per_pane(window, qtbot):
    """Each open replaces the pane's text document and deletes the one it built before."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QTextDocument

    news = doc_id_by_title(window, SEED_NEWS)
    opinion = doc_id_by_title(window, SEED_OPINION)
    pane = window.compare_view.pane("left")
    for doc_id in (news, opinion, news, opinion):
        window.open_document(doc_id, "left")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_for_analyses(qtbot, window)
    built = pane.findChildren(QTextDocument, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert built == [pane.text_edit.document()]
    assert "Örebro" in pane.text_edit.toPlainText()


def test_analyses_ready_together_are_shown_in_one_rebuild(seeded_view, qtbot):
    """Both panes' analyses finishing at once (after start-up): one comparison, the same as one
    built at once, and the view says an analysis is pending until it is shown."""
    view, documents = seeded_view
    left, right = documents[0].id, documents[1].id
    view.open_documents({"left": left, "right": right})
    qtbot.waitUntil(lambda: not view.analysis_pending() and all(p.view is not None for p in view.panes()),
                    timeout=120_000)
    built_at_once = view.current_comparison()
    changes = []
    view.comparison_changed.connect(changes.append)
    view._runner.analysis_ready.emit(left)
    view._runner.analysis_ready.emit(right)
    assert changes == [] and view.analysis_pending()  # not yet: in the event loop's next turn
    qtbot.waitUntil(lambda: bool(changes))
    qtbot.wait(20)
    assert len(changes) == 1 and not view.analysis_pending()
    shown = changes[0]
    assert [(a.key, a.colour) for a in shown.actors] == [(a.key, a.colour) for a in built_at_once.actors]
    assert [p.view.document.id for p in view.panes()] == [left, right]


def test_a_rebuild_due_when_the_window_closes_reads_no_closed_library(library, qtbot):
    """An analysis that finishes as the window closes leaves a rebuild queued: it must not run."""
    import_seeds_if_empty(library)
    first = library.list_documents()[0].id
    runner = AnalysisRunner(library)
    view = CompareView(library, runner)
    qtbot.addWidget(view)
    view.open_document(first, "left")
    runner.wait()
    qtbot.waitUntil(lambda: not view.analysis_pending(), timeout=60_000)
    runner.analysis_ready.emit(first)  # as a job ending in the last turn before the window closed
    assert view.analysis_pending()  # the rebuild is queued
    runner.shutdown()
    library.close()
    qtbot.wait(50)  # the queued rebuild's turn: an exception here fails the test (pytest-qt)
    assert not view.analysis_pending()
