"""The library table at size: selections as ranges, filters, natural order, sized columns (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library
from desktop_app.ui.actions import Actions
from desktop_app.ui.library_model import DOC_ID_ROLE
from desktop_app.ui.library_pane import LibraryPane

N = 600


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    outlets = ("Dagens Nyheter", "Svenska Dagbladet", "Göteborgs-Posten")
    for i in range(N):
        text = f"Text nummer {i} om {'skolan' if i % 2 else 'vården'} i kommunen."
        meta = Metadata(title=f"Del {i + 1}", authors=["Eva Ek"] if i % 5 == 0 else [],
                        outlet=outlets[i % 3], date=f"20{10 + i % 10}-01-0{1 + i % 9}",
                        genre="opinion" if i % 4 == 0 else "news", language="en" if i % 7 == 0 else "sv")
        lib.add(ImportedText(text, meta, "txt"), source_name=f"d{i}.txt", original=text.encode())
    yield lib
    lib.close()


@pytest.fixture
def pane(library, qtbot):
    stack = QUndoStack()
    widget = LibraryPane(library, Actions(stack, stack))
    qtbot.addWidget(widget)
    widget._stack = stack
    widget.resize(900, 600)
    widget.show()
    widget.refresh()
    return widget


def test_selecting_many_documents_is_one_range_per_run(pane, library):
    changes = []
    pane.selection_changed.connect(changes.append)
    every_other = [d.id for d in library.list_documents()][::2]
    pane.select_ids(every_other)
    assert changes == [len(every_other)]  # one selection change, not one per row
    assert sorted(pane.selected_ids()) == sorted(every_other)
    all_ids = [d.id for d in library.list_documents()]
    pane.select_ids(all_ids)
    assert len(pane.table.selectionModel().selection()) == 1  # adjacent rows: one range
    assert pane.selected_count() == N


def test_a_search_keeps_the_selected_rows_it_shows(pane, library):
    all_ids = [d.id for d in library.list_documents()]
    pane.select_ids(all_ids)
    pane.search_box.setText("skolan")
    pane.run_search()
    shown = pane.proxy.rowCount()
    assert shown == N // 2
    assert pane.selected_count() == shown
    assert set(pane.selected_ids()) == set(library.search("skolan", limit=N))
    pane.search_box.clear()
    pane.run_search()
    assert pane.proxy.rowCount() == N


def test_titles_sort_by_their_numbers(pane):
    pane.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [pane.proxy.index(row, 0).data() for row in range(12)]
    assert titles == [f"Del {i}" for i in range(1, 13)]


def test_search_finds_outlet_and_authors(pane, library):
    pane.search_box.setText("Göteborgs")
    pane.run_search()
    assert pane.proxy.rowCount() == N // 3
    pane.search_box.setText("Eva Ek")
    pane.run_search()
    assert pane.proxy.rowCount() == N // 5


def test_filters_by_outlet_genre_language_and_date(pane, library):
    docs = library.list_documents()
    assert [pane.facet_boxes["outlet"].itemData(i) for i in range(pane.facet_boxes["outlet"].count())] == [
        "", "Dagens Nyheter", "Göteborgs-Posten", "Svenska Dagbladet"]
    pane.set_filter_value("outlet", "Svenska Dagbladet")
    pane.set_filter_value("genre", "opinion")
    pane.run_search()
    expected = {d.id for d in docs if d.outlet == "Svenska Dagbladet" and d.genre == "opinion"}
    assert {pane.model.doc_id_at(pane.proxy.mapToSource(pane.proxy.index(r, 0)).row())
            for r in range(pane.proxy.rowCount())} == expected
    pane.set_filter_value("outlet", "")
    pane.set_filter_value("genre", "")
    pane.set_filter_value("language", "en")
    pane.date_from.setText("2015")
    pane.date_to.setText("2016-12")
    pane.run_search()
    expected = {d.id for d in docs if d.language == "en" and "2015" <= d.date[:4] <= "2016"}
    assert pane.proxy.rowCount() == len(expected) > 0
    assert "of" in pane.count_label.text()


def test_columns_fit_their_headers_at_first_start(pane):
    header = pane.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(pane.model.columnCount()):
        text = pane.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text


def test_rows_stored_meanwhile_are_added_as_one_batch(pane, library):
    inserted = []
    pane.model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    for i in range(5):
        text = f"Ny text {i} om skolan."
        library.add(ImportedText(text, Metadata(title=f"Ny {i}"), "txt"), source_name=f"n{i}.txt",
                    original=text.encode())
    pane.search_box.setText("skolan")
    pane.run_search()
    assert pane.add_new_documents() == 5
    assert inserted == [(N, N + 4)]
    assert pane.proxy.rowCount() == N // 2 + 5  # the search in force covers the new rows
    assert pane.add_new_documents() == 0


def _qt_order(pane) -> list[int]:
    """The model rows in the table's order, as Qt maps them (row by row: the reference)."""
    proxy = pane.proxy
    return [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]


@pytest.mark.parametrize("column", [0, 1, 2, 3, 4, 5])
def test_the_proxy_order_known_in_python_is_the_one_qt_shows(pane, library, column):
    # outlet, date, genre and language have many equal values: ties must fall the same way
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        pane.table.sortByColumn(column, order)
        assert pane.proxy.source_rows() == _qt_order(pane)
        pane.search_box.setText("skolan")
        pane.run_search()
        assert pane.proxy.source_rows() == _qt_order(pane)
        assert len(_qt_order(pane)) == len(library.search("skolan", limit=10 * N)) >= N // 2
        for i in range(3):  # rows added while sorted and filtered are placed by Qt itself
            text = f"Tillagd {column} {order.value} {i} om skolan."
            library.add(ImportedText(text, Metadata(title=f"Del {i * 7}", outlet="Dagens Nyheter"), "txt"),
                        source_name=f"t{i}.txt", original=text.encode())
        pane.add_new_documents()
        assert pane.proxy.source_rows() == _qt_order(pane)
        positions = pane.proxy.proxy_positions()
        assert all(positions[row] == place for place, row in enumerate(_qt_order(pane)))
        pane.search_box.clear()
        pane.run_search()
        assert pane.proxy.source_rows() == _qt_order(pane)


def test_an_edited_row_keeps_the_known_order_right(pane, library):
    pane.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    doc_id = library.list_documents()[5].id
    library.edit_metadata(doc_id, title="Aaa först")
    pane.refresh_document(doc_id)
    assert pane.proxy.index(0, 0).data() == "Aaa först"
    assert pane.proxy.source_rows() == _qt_order(pane)


def test_a_big_selection_maps_through_a_sorted_filtered_proxy(pane, library):
    pane.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    pane.set_filter_value("outlet", "Dagens Nyheter")
    pane.run_search()
    docs = library.list_documents()
    wanted = [d.id for d in docs if d.outlet == "Dagens Nyheter" and d.genre == "news"]
    wanted += [d.id for d in docs if d.outlet != "Dagens Nyheter"][:20]  # hidden: not selected
    pane.select_ids(wanted)
    shown = [d.id for d in docs if d.outlet == "Dagens Nyheter" and d.genre == "news"]
    selected = pane.selected_ids()
    assert sorted(selected) == sorted(shown)
    # in the table's order, and what Qt itself says is selected
    rows = sorted({index.row() for index in pane.table.selectionModel().selectedRows()})
    by_qt = [pane.proxy.index(row, 0).data(DOC_ID_ROLE) for row in rows]
    assert selected == by_qt
    pane.table.selectAll()
    assert len(pane.table.selectionModel().selection()) == 1
    assert len(pane.selected_ids()) == pane.proxy.rowCount()


def test_scattered_rows_to_all_rows_is_one_selection_change(pane, library):
    ids = [d.id for d in library.list_documents()]
    pane.select_ids(ids[::3])
    assert len(pane.table.selectionModel().selection()) == N // 3
    changes = []
    pane.selection_changed.connect(changes.append)
    pane.table.selectAll()
    assert changes == [N]
    assert len(pane.table.selectionModel().selection()) == 1
    pane.select_ids(ids[1::3])
    assert changes == [N, N // 3] and sorted(pane.selected_ids()) == sorted(ids[1::3])
    pane.select_ids([])
    assert changes[-1] == 0 and not pane.table.selectionModel().hasSelection()


def test_the_headers_never_read_the_table_selection(pane, library):
    pane.select_ids([d.id for d in library.list_documents()])
    for header in (pane.table.horizontalHeader(), pane.table.verticalHeader()):
        assert header.selectionModel() is not pane.table.selectionModel()
        assert not header.selectionModel().hasSelection()
    pane.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # sorting from the header still works
    assert pane.proxy.sortColumn() == 1


def test_a_header_click_sorts_the_model_in_one_layout_change(pane, library):
    model, proxy = pane.model, pane.proxy
    layouts, resets = [], []
    model.layoutChanged.connect(lambda *args: layouts.append(1))
    model.modelReset.connect(lambda: resets.append(1))
    picked = [d.id for d in library.list_documents()][::4]
    pane.select_ids(picked)
    pane.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert layouts == [1] and not resets  # one layout change for all the rows
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles[:3] == [f"Del {N}", f"Del {N - 1}", f"Del {N - 2}"] and titles[-1] == "Del 1"  # natural
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == titles
    assert sorted(pane.selected_ids()) == sorted(picked)  # the selection follows its rows
    assert proxy.sortColumn() == 0 and proxy.sortOrder() == Qt.SortOrder.DescendingOrder
    pane.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    words = [model.summary(model.doc_id_at(row)).words for row in range(model.rowCount())]
    assert words == sorted(words, reverse=True)
    pane.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the library's own order again
    assert [model.doc_id_at(row) for row in range(model.rowCount())] == [d.id for d in library.list_documents()]
    assert sorted(pane.selected_ids()) == sorted(picked)


def test_a_painted_cell_shows_what_data_answers(pane):
    """The table's delegate asks for a cell's roles at once (multiData, one call per cell): it gets
    the same text and alignment that ``data`` answers role by role, through the sort and filter."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    pane.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    pane.search_box.setText("skolan")
    pane.run_search()
    delegate = QStyledItemDelegate()
    plain = QStyleOptionViewItem()
    for row in (0, 1, pane.proxy.rowCount() - 1):
        for column in range(pane.proxy.columnCount()):
            index = pane.proxy.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == str(index.data())
            alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
            expected = plain.displayAlignment if alignment is None else Qt.AlignmentFlag(alignment)
            assert option.displayAlignment == expected
            assert option.font == plain.font and option.icon.isNull()


def test_a_sort_under_a_filter_keeps_the_selection_and_the_current_row(pane, library):
    pane.set_filter_value("outlet", "Dagens Nyheter")
    pane.run_search()
    shown = [pane.proxy.index(row, 0).data(DOC_ID_ROLE) for row in range(pane.proxy.rowCount())]
    picked = shown[::3]
    pane.select_ids(picked)
    current = pane.current_id()
    for column, order in ((0, Qt.SortOrder.DescendingOrder), (5, Qt.SortOrder.AscendingOrder), (-1, 0)):
        pane.table.sortByColumn(column, Qt.SortOrder(order))
        assert sorted(pane.selected_ids()) == sorted(picked)
        assert pane.current_id() == current
        by_qt = {index.data(DOC_ID_ROLE) for index in pane.table.selectionModel().selectedRows()}
        assert by_qt == set(picked)
        assert sorted(pane.proxy.index(r, 0).data(DOC_ID_ROLE) for r in range(pane.proxy.rowCount())) == sorted(shown)


def test_a_filter_change_is_one_reset_and_keeps_the_current_row_it_shows(pane, library):
    docs = library.list_documents()
    target = next(d for d in docs if d.outlet == "Dagens Nyheter" and d.id > 10)
    pane.select_ids([])
    pane.table.selectionModel().setCurrentIndex(
        pane.proxy.mapFromSource(pane.model.index(pane.model.row_of(target.id), 2)),
        pane.table.selectionModel().SelectionFlag.NoUpdate)
    resets, removed = [], []
    pane.proxy.modelReset.connect(lambda: resets.append(1))
    pane.proxy.rowsRemoved.connect(lambda *args: removed.append(args))
    pane.set_filter_value("outlet", "Dagens Nyheter")
    pane.run_search()
    assert resets == [1] and not removed
    assert pane.current_id() == target.id and pane.table.currentIndex().column() == 2
    assert not pane.table.selectionModel().hasSelection()
    pane.set_filter_value("outlet", "Svenska Dagbladet")  # the current row is hidden: none is current
    pane.run_search()
    assert not pane.table.currentIndex().isValid()


def test_an_edited_row_under_a_filter_repaints_its_own_row(pane, library):
    pane.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    pane.set_filter_value("outlet", "Göteborgs-Posten")
    pane.run_search()
    row = 4
    doc_id = pane.proxy.index(row, 0).data(DOC_ID_ROLE)
    changed = []
    pane.proxy.dataChanged.connect(lambda top, bottom, *rest: changed.append((top.row(), bottom.row())))
    library.edit_metadata(doc_id, date="1999-12-31")
    pane.refresh_document(doc_id)
    assert changed == [(row, row)]
    assert pane.proxy.index(row, 2).data() == "1999-12-31"


def test_a_selection_of_many_ranges_is_told_once_and_a_small_one_as_qt_tells_it(pane, library):
    from desktop_app.ui.selection_ranges import QUIET_ABOVE

    ids = [d.id for d in library.list_documents()]
    told, by_qt = [], []
    pane.selection_changed.connect(told.append)
    pane.table.selectionModel().selectionChanged.connect(lambda *args: by_qt.append(1))
    many = ids[:2 * (QUIET_ABOVE + 1):2]  # QUIET_ABOVE + 1 ranges of one row
    pane.select_ids(many)
    assert told == [len(many)] and by_qt == []
    rows = {index.row() for index in pane.table.selectionModel().selectedRows()}
    assert {pane.proxy.index(row, 0).data(DOC_ID_ROLE) for row in rows} == set(many)
    few = ids[1:2 * QUIET_ABOVE:2]  # QUIET_ABOVE ranges
    pane.select_ids(few)
    assert told[-1] == len(few) and len(by_qt) == 1
    assert sorted(pane.selected_ids()) == sorted(few)
