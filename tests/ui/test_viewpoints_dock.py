"""The Viewpoints dock on the seeds: its model, selecting a link, the connectors in the gap, filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt

from desktop_app.core.export.viewpoints import RELATION_STYLES, ViewpointsTable, viewpoint_table, with_viewpoints
from desktop_app.core.filters import FilterCriteria
from desktop_app.ui.viewpoints_model import ACTORS_ROLE, LEFT, RELATION, RIGHT, ROW_ROLE, ViewpointsModel
from tests.ui.viewpoint_fixtures import colour_pixels, dock_rows, row_between, select, wait_for_viewpoints

RANSTORP = "magnus ranstorp"


def _table(window) -> ViewpointsTable:
    comparison = with_viewpoints(window.current_comparison(), window.viewpoints.corrected)
    return viewpoint_table(comparison, FilterCriteria())


def test_the_model_passes_qtmodeltester(window, qtbot, qtmodeltester):
    wait_for_viewpoints(qtbot, window)
    model = ViewpointsModel()
    qtmodeltester.check(model)  # empty
    model.set_table(_table(window))
    qtmodeltester.check(model)
    assert model.rowCount() > 1 and model.rowCount(model.index(0, 0)) >= 1
    assert model.columnCount() == 3
    assert model.link_count() == len(window.viewpoints.corrected.comparison.links)


def test_the_dock_shows_the_seeds_questions_and_links(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    rows = dock_rows(window)
    assert len(rows) == len(window.viewpoints.corrected.comparison.links) > 0
    pairs = {(r.left_actor, r.relation, r.right_actor) for r in rows}
    assert ("Magnus Ranstorp", "disagree", "the authors") in pairs
    assert ("Stefan Löfven", "agree", "the authors") in pairs
    model = window.viewpoints_panel.model
    question = model.index(0, 0)
    label = model.data(question, Qt.ItemDataRole.DisplayRole)
    assert label.startswith(model.groups[0].label)
    actors = [model.data(model.index(i, 0), ACTORS_ROLE) for i in range(model.rowCount())]
    assert any("Magnus Ranstorp \u2212" in left and "the authors" in right for left, right in actors)
    link = model.index(0, 0, question)
    assert model.data(link.siblingAtColumn(LEFT), Qt.ItemDataRole.DisplayRole).startswith(rows[0].left_actor)
    assert model.data(link.siblingAtColumn(RIGHT), Qt.ItemDataRole.DisplayRole).startswith(rows[0].right_actor)
    assert not model.data(link.siblingAtColumn(RELATION), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(link.siblingAtColumn(RELATION), Qt.ItemDataRole.AccessibleTextRole) == rows[0].relation
    assert model.data(link, ROW_ROLE) == rows[0]
    assert "question" in window.viewpoints_panel.status.text()


def _visible(pane, offset: int) -> bool:
    rect = pane.text_edit.cursorRect(_cursor(pane, offset))
    return 0 <= rect.top() and rect.bottom() <= pane.text_edit.viewport().height()


def _cursor(pane, offset: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(pane.highlighter.to_position(offset))
    return cursor


def test_selecting_a_link_scrolls_both_panes_to_its_passages_and_marks_them(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    left, right = window.compare_view.panes()
    for pane in (left, right):
        pane.text_edit.verticalScrollBar().setValue(0)
    row = row_between(window, "Stefan Löfven", "agree")  # near the end of the left text
    assert not _visible(left, row.left_span[0])
    select(window, row)
    assert _visible(left, row.left_span[0]) and _visible(right, row.right_span[0])
    for pane, span in ((left, row.left_span), (right, row.right_span)):
        [mark] = pane.text_edit.extraSelections()
        assert (pane.highlighter.to_offset(mark.cursor.selectionStart()),
                pane.highlighter.to_offset(mark.cursor.selectionEnd())) == span
        assert mark.format.background().color().name().upper() == RELATION_STYLES["agree"].colour
    window.viewpoints_panel.tree.clearSelection()
    assert left.text_edit.extraSelections() == [] and right.text_edit.extraSelections() == []


def _gap_image(window):
    gap = window.compare_view.splitter.gap()
    gap.repaint()
    return gap, gap.grab().toImage()


def test_connectors_are_drawn_in_the_gap_in_the_relations_colours(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    gap, image = _gap_image(window)
    assert image.width() >= 30 and gap.bands
    assert colour_pixels(image, RELATION_STYLES["disagree"].colour) > 20
    # the selected link is drawn stronger, in its relation's colour
    select(window, row_between(window, "Stefan Löfven", "agree"))
    gap, image = _gap_image(window)
    assert colour_pixels(image, RELATION_STYLES["agree"].colour) > 20
    on_screen = {(b.row.left_span, b.row.right_span) for b in gap.bands}
    # they follow scrolling: scrolled to the top, other bands (or the same ones elsewhere) show
    window.compare_view.set_sync_scroll(False)
    for pane in window.compare_view.panes():
        pane.text_edit.verticalScrollBar().setValue(0)
    gap, moved = _gap_image(window)
    assert moved != image
    assert len(gap.bands) <= len(dock_rows(window))
    assert on_screen  # something was drawn near the selected link


def test_clicking_a_connector_selects_its_link(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    gap, _ = _gap_image(window)
    band = gap.bands[0]
    rect = band.path.boundingRect()
    point = next(QPoint(gap.width() // 2, y) for y in range(int(rect.top()), int(rect.bottom()) + 1)
                 if band.path.contains(QPoint(gap.width() // 2, y)))
    if gap.band_at(point).row is not band.row:  # a band drawn over it: that one is meant
        band = gap.band_at(point)
    qtbot.mouseClick(gap, Qt.MouseButton.LeftButton, pos=point)
    assert window.viewpoints_panel.current_row() == band.row


def test_the_actor_filter_limits_the_links(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    before = dock_rows(window)
    window.filter_state.set_actor_visible(RANSTORP, False)
    after = dock_rows(window)
    assert after and len(after) < len(before)
    assert all(r.left_actor != "Magnus Ranstorp" for r in after)
    assert {(r.left_span, r.right_span) for r in window.compare_view.splitter.rows} == {
        (r.left_span, r.right_span) for r in after}
    assert "filters hide" in window.viewpoints_panel.status.text()
    window.filter_state.set_actor_visible(RANSTORP, True)
    assert len(dock_rows(window)) == len(before)


def test_the_relation_filter_shows_only_disagreements(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    panel = window.viewpoints_panel
    panel.filter_buttons["agree"].setChecked(False)
    panel.filter_buttons["related"].setChecked(False)
    assert panel.relations == frozenset({"disagree"})
    rows = dock_rows(window)
    assert rows and {r.relation for r in rows} == {"disagree"}
    assert {r.relation for r in window.compare_view.splitter.rows} == {"disagree"}
    gap, image = _gap_image(window)
    assert colour_pixels(image, RELATION_STYLES["agree"].colour, tolerance=30) == 0
    panel.set_relations(frozenset(RELATION_STYLES))
    assert {r.relation for r in dock_rows(window)} >= {"agree", "disagree"}


def test_the_context_menu_offers_the_corrections(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    panel = window.viewpoints_panel
    tree = panel.tree
    index = panel.model.index(0, 0, panel.model.index(0, 0))
    menu = panel.build_menu(tree.visualRect(index).center())
    texts = [a.text() for a in menu.actions()]
    assert any("Remove Link" in t for t in texts) and any("Disagree" in t for t in texts)
    assert window.actions.remove_link.isEnabled()
    assert window.actions.mark_disagree.isChecked() == (panel.current_row().relation == "disagree")
    assert not window.actions.link_passages.isEnabled()  # nothing is selected in the panes


def test_nothing_is_compared_with_one_document(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    window.compare_view.close_document("right")
    assert dock_rows(window) == [] and window.compare_view.splitter.rows == []
    assert "each pane" in window.viewpoints_panel.status.text()
    assert window.viewpoints_panel.model.index(0, 0) == QModelIndex()


def test_synchronized_scrolling_keeps_a_selected_links_passages_side_by_side(window, qtbot):
    wait_for_viewpoints(qtbot, window)
    view = window.compare_view
    view.set_sync_scroll(True)
    left, right = view.panes()
    row = row_between(window, "Stefan Löfven", "agree")  # late in the left text, early in the right one
    select(window, row)
    before = (left.scroll_fraction(), right.scroll_fraction())
    assert abs(before[0] - before[1]) > 0.1  # the two passages sit at different heights of their texts
    left.set_scroll_fraction(before[0] - 0.05)
    assert abs((right.scroll_fraction() - before[1]) - (left.scroll_fraction() - before[0])) < 0.02
    view.set_sync_scroll(False)
    view.set_sync_scroll(True)  # switched on again: the panes follow each other's position as before
    assert abs(right.scroll_fraction() - left.scroll_fraction()) < 0.02
