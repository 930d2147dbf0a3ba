"""The library table at size: selections as ranges, filters, natural order, sized columns (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library
from desktop_app.ui.actions import Actions
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
