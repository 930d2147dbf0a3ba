"""The filter sidebar: actor list with counts, ticking, clicking, clearing, searching, models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import Library
from desktop_app.ui.actor_model import KEY_ROLE
from desktop_app.ui.corrections import CorrectionService
from desktop_app.ui.filter_sidebar import FilterSidebar
from desktop_app.ui.filter_state import FilterState
from tests.ui.sidebar_fixtures import add_documents, comparison


@pytest.fixture
def sidebar(qtbot, library):
    state = FilterState()
    widget = FilterSidebar(state, CorrectionService(library, QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(320, 800)
    widget.set_comparison(comparison(), add_documents(library))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(sidebar: FilterSidebar) -> dict[str, list[tuple[str, str, str, bool]]]:
    """Group title -> [(name, left, right, checked)] as the user sees them (through the proxy)."""
    model = sidebar.tree.model()
    groups = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        rows = []
        for r in range(model.rowCount(group)):
            name = model.index(r, 0, group)
            rows.append(
                (
                    name.data(),
                    model.index(r, 1, group).data(),
                    model.index(r, 2, group).data(),
                    name.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value,
                )
            )
        groups[group.data()] = rows
    return groups


def _index_of(sidebar: FilterSidebar, key: str) -> QModelIndex:
    return sidebar.proxy.mapFromSource(sidebar.model.indexFromItem(sidebar.model.name_item(key)))


def test_lists_actors_grouped_by_kind_with_counts(sidebar):
    assert _rows(sidebar) == {
        "People (2)": [("Stefan Löfven", "1", "3", True), ("Magnus Ranstorp", "3", "0", True)],
        "Organizations (2)": [("Örebro kommun", "0", "2", True), ("Försvarshögskolan", "1", "0", True)],
        "Places (2)": [("Sverige", "1", "1", True), ("Örebro", "0", "1", True)],
    }
    colours = comparison().colours()
    icon = sidebar.model.name_item("magnus ranstorp").icon()
    assert icon.pixmap(12, 12).toImage().pixelColor(6, 6).name().upper() == colours["magnus ranstorp"]


def test_space_on_an_actor_unticks_it_in_the_filter_state(sidebar, qtbot):
    index = _index_of(sidebar, "sverige")
    sidebar.tree.setCurrentIndex(index)
    with qtbot.waitSignal(sidebar.filter_state.criteria_changed) as blocker:
        qtbot.keyClick(sidebar.tree, Qt.Key.Key_Space)
    assert blocker.args[0].hidden_actors == {"sverige"}
    assert _rows(sidebar)["Places (2)"][0] == ("Sverige", "1", "1", False)
    assert sidebar.clear_button.isEnabled()


def _check_rect(tree, index):
    option = QStyleOptionViewItem()
    option.initFrom(tree.viewport())
    option.rect = tree.visualRect(index)
    option.features = (
        QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        | QStyleOptionViewItem.ViewItemFeature.HasDisplay
        | QStyleOptionViewItem.ViewItemFeature.HasDecoration
    )
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)


def test_clicking_checkbox_toggles_and_clicking_name_activates(sidebar, qtbot):
    index = _index_of(sidebar, "magnus ranstorp")
    tree = sidebar.tree
    activated = []
    sidebar.actor_activated.connect(activated.append)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=_check_rect(tree, index).center())
    assert sidebar.filter_state.criteria.hidden_actors == {"magnus ranstorp"}
    assert activated == []
    name_pos = tree.visualRect(index).center()
    with qtbot.waitSignal(sidebar.actor_activated) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=name_pos)
    assert blocker.args == ["magnus ranstorp"]
    assert sidebar.filter_state.criteria.hidden_actors == {"magnus ranstorp"}  # not toggled back
    # a click on a count cell of the same row activates too; Enter on the current row as well
    count_pos = tree.visualRect(index.siblingAtColumn(2)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=count_pos)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert activated == ["magnus ranstorp"] * 3


def test_state_changes_elsewhere_show_in_the_sidebar_and_clear_resets(sidebar, qtbot):
    state = sidebar.filter_state
    state.set_criteria(FilterCriteria().with_actor("stefan löfven", False).with_kind("direct", False))
    assert _rows(sidebar)["People (2)"][0][3] is False
    assert not sidebar.kind_boxes["direct"].isChecked()
    sidebar.only_matching.click()
    assert state.criteria.only_matching_paragraphs
    sidebar.kind_boxes["claim:stance"].click()
    assert not state.criteria.kind_visible("claim:stance")
    qtbot.mouseClick(sidebar.clear_button, Qt.MouseButton.LeftButton)
    assert state.criteria == FilterCriteria()
    assert all(row[3] for rows in _rows(sidebar).values() for row in rows)
    assert all(box.isChecked() for box in sidebar.kind_boxes.values())
    assert not sidebar.only_matching.isChecked() and not sidebar.clear_button.isEnabled()


def test_text_box_filters_the_list(sidebar, qtbot):
    qtbot.keyClicks(sidebar.search, "bro")
    assert _rows(sidebar) == {
        "Organizations (2)": [("Örebro kommun", "0", "2", True)],
        "Places (2)": [("Örebro", "0", "1", True)],
    }
    sidebar.search.clear()
    sidebar.search.setText("terrorforskare")  # roles match too
    assert list(_rows(sidebar).values()) == [[("Magnus Ranstorp", "3", "0", True)]]
    sidebar.search.setText("nobody at all")
    assert _rows(sidebar) == {}


def test_new_comparison_keeps_filter_and_empty_comparison_clears(sidebar):
    sidebar.filter_state.set_actor_visible("sverige", False)
    sidebar.set_comparison(comparison(), {"left": 1, "right": 2})
    assert _rows(sidebar)["Places (2)"][0][3] is False
    sidebar.set_comparison(None, {})
    assert sidebar.model.rowCount() == 0


def test_actor_menu_offers_corrections_that_reach_the_library(sidebar, library):
    menu = sidebar.actor_menu("sverige")
    texts = [a.text() for a in menu.actions()]
    assert "Rename…" in texts and "Hide Sverige" in texts
    merge = next(a.menu() for a in menu.actions() if a.text() == "Merge into")
    assert "Örebro" in [a.text() for a in merge.actions()] and "Sverige" not in [a.text() for a in merge.actions()]
    next(a for a in menu.actions() if a.text() == "Hide Sverige").trigger()
    for doc_id in (1, 2):  # Sverige is in both documents: one correction each, one undo step
        assert [data for _, data in library.list_corrections(doc_id)] == [
            {"op": "hide_actor", "key": "sverige", "name": "Sverige"}
        ]
    assert sidebar.corrections.undo_stack.count() == 1
    assert sidebar.corrections.undo_stack.undoText() == "Hide Sverige"
    assert sidebar.actor_doc_ids("magnus ranstorp") == [1]


def test_models_pass_qtmodeltester(sidebar, qtmodeltester):
    qtmodeltester.check(sidebar.model)
    qtmodeltester.check(sidebar.proxy)
    sidebar.search.setText("ö")
    qtmodeltester.check(sidebar.proxy)


def test_group_rows_have_no_key(sidebar):
    group = sidebar.model.index(0, 0)
    assert group.data(KEY_ROLE) is None and sidebar.model.key_at(group) is None


def test_seeds_sidebar_and_chart_show_ranstorp_and_lofven(qtbot, tmp_path):
    """With the real engine on the seed texts: the actors of the news text with their counts."""
    from desktop_app.core import analysis_store
    from desktop_app.core.compare import build_comparison
    from desktop_app.core.seeds import import_seeds_if_empty
    from desktop_app.ui.mentions_chart import MentionsChart

    library = Library(tmp_path / "seeded.sqlite")
    try:
        news, opinion = import_seeds_if_empty(library)
        views = [analysis_store.document_view(library, doc_id) for doc_id in (news, opinion)]
        compared = build_comparison(*views)
        state = FilterState()
        widget = FilterSidebar(state, CorrectionService(library, QUndoStack()))
        qtbot.addWidget(widget)
        widget.set_comparison(compared, {"left": news, "right": opinion})
        people = dict((name, (left, right)) for name, left, right, _ in _rows(widget)[next(
            g for g in _rows(widget) if g.startswith("People"))])
        assert people["Magnus Ranstorp"] == ("3", "0")
        assert people["Stefan Löfven"] == ("1", "0")
        chart = MentionsChart(state)
        qtbot.addWidget(chart)
        chart.set_comparison(compared)
        assert ("Magnus Ranstorp", 3) in chart.plotted()["left"]
        state.set_actor_visible("magnus ranstorp", False)
        assert "Magnus Ranstorp" not in [name for name, _ in chart.plotted()["left"]]
    finally:
        library.close()


def test_thousands_of_filter_changes_do_not_abort_the_interpreter():
    """PySide6 6.12.0 drops a reference to True on every emit() and aborts; pyproject pins < 6.12."""
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from desktop_app.ui.filter_state import FilterState\n"
        "state = FilterState()\n"
        "seen = []\n"
        "state.criteria_changed.connect(lambda c: seen.append(1))\n"
        "for i in range(20000):\n"
        "    state.toggle_actor(f'actor {i % 7}')\n"
        "print(len(seen))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "20000"


def test_every_co_author_is_counted_as_a_speaker(qtbot, library):
    """Seed 003: each of the three signers speaks the eleven author passages, not only the first."""
    from tests.opinion_fixtures import SIGNER_KEYS, opinion_comparison

    compared = opinion_comparison()
    quotes = {a.key: a.quotes["left"] for a in compared.actors}
    assert [quotes[key] for key in SIGNER_KEYS] == [11, 11, 11]
    widget = FilterSidebar(FilterState(), CorrectionService(library, QUndoStack()))
    qtbot.addWidget(widget)
    widget.set_comparison(compared, {"left": 3})
    for key in SIGNER_KEYS:
        assert "left: 1 mentions, 11 quotes" in widget.model.name_item(key).toolTip()


def test_only_matching_and_clear_filters_stay_in_sight_in_a_short_dock(sidebar, qtbot):
    """A dock 300 px high: the two switches are on screen; the legend is in reach by scrolling."""
    sidebar.resize(300, 300)
    qtbot.waitUntil(lambda: sidebar.height() == 300)
    area = sidebar.rect()
    for control in (sidebar.only_matching, sidebar.clear_button, sidebar.search):
        assert control.isVisible()
        corner = control.mapTo(sidebar, control.rect().bottomRight())
        assert area.contains(corner), control.text() if hasattr(control, "text") else control
    from PySide6.QtWidgets import QScrollArea

    scroll = sidebar.legend.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None and scroll.widget().isAncestorOf(sidebar.legend)
    scroll.ensureWidgetVisible(sidebar.legend)  # where the scroll wheel takes it
    assert not sidebar.legend.visibleRegion().isEmpty()
