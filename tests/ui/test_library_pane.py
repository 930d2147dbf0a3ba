"""The library pane: the table lists the documents, sorts, searches through FTS, removes with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library
from desktop_app.core.seeds import import_seeds_if_empty
from desktop_app.core.settings import Settings
from desktop_app.ui.actions import Actions
from desktop_app.ui.library_model import DOC_ID_ROLE, LibraryModel
from desktop_app.ui.library_jobs import RemoveDocumentsCommand
from desktop_app.ui.library_pane import LibraryPane

EXTRA = [
    ("Kommunen satsar på skolan", "Örebro kommun satsar på förskolor och skolgårdar.", "NA", "2020-01-02"),
    ("Budget i regionen", "Regionen lägger budget för vården och kollektivtrafiken.", "SvD", "2018-05-06"),
]


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    import_seeds_if_empty(lib)
    for title, text, outlet, date in EXTRA:
        meta = Metadata(title=title, outlet=outlet, date=date, genre="news", language="sv")
        lib.add(ImportedText(text, meta, "txt"), source_name=f"{title}.txt", original=text.encode())
    yield lib
    lib.close()


def _new_pane(library, qtbot) -> LibraryPane:
    stack = QUndoStack()
    widget = LibraryPane(library, Actions(stack, stack))
    qtbot.addWidget(widget)
    widget._stack = stack  # keep the stack (and its actions) alive with the pane
    widget.refresh()
    return widget


@pytest.fixture
def pane(library, qtbot):
    return _new_pane(library, qtbot)


def _titles(pane: LibraryPane) -> list[str]:
    proxy = pane.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_model_passes_qtmodeltester(library, qtmodeltester):
    model = LibraryModel()
    model.set_documents(library.list_documents())
    qtmodeltester.check(model)


def test_proxy_passes_qtmodeltester(pane, qtmodeltester):
    pane.search_box.setText("Ranstorp")
    pane.run_search()
    qtmodeltester.check(pane.proxy)


def test_table_lists_every_document_with_metadata(pane, library):
    assert pane.proxy.rowCount() == 4
    titles = _titles(pane)
    assert "Expert: Sverige saknar koll på IS-återvändare" in titles
    row = titles.index("Expert: Sverige saknar koll på IS-återvändare")
    cells = [pane.proxy.index(row, c).data() for c in range(6)]
    assert cells[1:5] == ["TT", "2017-06-22", "news", "sv"]
    assert int(cells[5].replace("\u202f", "")) == next(
        d.words for d in library.list_documents() if d.title == cells[0]
    )
    assert pane.count_label.text() == "4 documents"


def test_sorting_by_date_and_by_words_numerically(pane, library):
    pane.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    dates = [pane.proxy.index(r, 2).data() for r in range(pane.proxy.rowCount())]
    assert dates == sorted(dates)
    pane.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    ids = [pane.proxy.index(r, 0).data(DOC_ID_ROLE) for r in range(pane.proxy.rowCount())]
    words = {d.id: d.words for d in library.list_documents()}
    assert [words[i] for i in ids] == sorted(words.values(), reverse=True)


def test_search_filters_through_fts_with_swedish_words(pane, qtbot):
    qtbot.keyClicks(pane.search_box, "Ranstorp")  # typed: the search runs after a short pause
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 1, timeout=10_000)
    assert _titles(pane) == ["Expert: Sverige saknar koll på IS-återvändare"]
    assert pane.count_label.text() == "1 of 4 documents"
    pane.search_box.setText("återvändarna")
    pane.run_search()
    assert _titles(pane) == ["Expert: Sverige saknar koll på IS-återvändare"]
    pane.search_box.setText("skolgårdar")
    pane.run_search()
    assert _titles(pane) == ["Kommunen satsar på skolan"]
    pane.search_box.setText('"xyzzy" OR ( NEAR *')  # FTS syntax typed by a user is just text
    pane.run_search()
    assert pane.proxy.rowCount() == 0
    pane.search_box.clear()
    pane.run_search()
    assert pane.proxy.rowCount() == 4


def test_open_and_compare_requests(pane, qtbot):
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    pane.table.setFocus()
    pane.select_ids([1])
    with qtbot.waitSignal(pane.open_requested, timeout=1000) as blocker:
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert blocker.args == [1, "left"]
    with qtbot.waitSignal(pane.open_requested, timeout=1000) as blocker:
        qtbot.keyClick(pane.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [1, "right"]
    pane.select_ids([1, 3])
    with qtbot.waitSignal(pane.compare_requested, timeout=1000) as blocker:
        assert pane.request_compare()
    assert blocker.args == [1, 3]


def test_double_click_opens_left(pane, qtbot):
    pane.show()
    qtbot.waitExposed(pane)
    row = pane.proxy.mapFromSource(pane.model.index(pane.model.row_of(2), 0))
    rect = pane.table.visualRect(row)
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(pane.open_requested, timeout=1000) as blocker:
        qtbot.mouseDClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [2, "left"]


def test_sort_order_survives_a_restart(pane, library, qtbot):
    pane.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    settings = Settings(path=None)
    pane.save_state(settings)
    assert settings.library_sort == [2, Qt.SortOrder.DescendingOrder.value]
    restarted = _new_pane(library, qtbot)
    restarted.restore_state(settings)
    dates = [restarted.proxy.index(r, 2).data() for r in range(restarted.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_unsorted_and_damaged_sort_settings_keep_the_library_order(pane, library, qtbot):
    unsorted = Settings(path=None)
    pane.save_state(unsorted)
    assert unsorted.library_sort[0] == -1
    for saved in (unsorted.library_sort, [99, 0], [1, 7], []):
        settings = Settings(path=None)
        settings.library_sort = saved
        restarted = _new_pane(library, qtbot)
        restarted.restore_state(settings)
        assert _titles(restarted) == _titles(pane)


def test_remove_and_undo_restore(pane, library):
    stack = QUndoStack()
    changes: list[tuple[list[int], bool]] = []

    def changed(ids, removed):
        changes.append((ids, removed))
        pane.refresh()

    stack.push(RemoveDocumentsCommand(library, [1, 3], changed))
    assert pane.proxy.rowCount() == 2
    assert sorted(library.removed_ids()) == [1, 3]
    stack.undo()
    assert pane.proxy.rowCount() == 4
    assert library.removed_ids() == []
    stack.redo()
    assert pane.proxy.rowCount() == 2
    assert changes == [([1, 3], True), ([1, 3], False), ([1, 3], True)]
