"""The library model's sort and the proxy's filter give the rows they gave before, with less work:
sort keys cached by text across resets, titles keyed as an import's rows arrive, the filter's
per-row answer worked out once per change (issue 11, item 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core import i18n
from desktop_app.core.library import DocumentSummary
from desktop_app.core.library.listing import natural_key
from desktop_app.ui import library_model
from desktop_app.ui.library_model import COLUMNS, GENRE_COLUMN, WORDS_COLUMN, LibraryModel
from desktop_app.ui.library_proxy import LibraryFilterProxy


def _docs(count=60, start=1):
    outlets = ("DN 10", "DN 9", "SvD", "")
    genres = ("news", "opinion", "", "analysis")
    return [DocumentSummary(i, f"Del {i % 17}" if i % 5 else f"del {i % 17}", outlets[i % 4], f"20{10 + i % 7}-01-0{1 + i % 3}",
                            genres[i % 4], "en" if i % 3 == 0 else "sv", (i * 37) % 11, f"d{i}.txt", "")
            for i in range(start, start + count)]


def _reference(docs, column, order):
    """The order the model gave before: the library's order, then a stable sort on the key."""
    def key(doc):
        if column == WORDS_COLUMN:
            return doc.words
        value = getattr(doc, COLUMNS[column][0])
        return natural_key(str(i18n.text(value) if column == GENRE_COLUMN and value else value))
    return [d.id for d in sorted(docs, key=key, reverse=order == Qt.SortOrder.DescendingOrder)]


@pytest.fixture
def model(qapp):
    m = LibraryModel()
    yield m


@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_as_before_ties_in_library_order(model, column, order):
    docs = _docs()
    model.set_documents(docs)
    model.sort_rows(column, order)
    assert [model.doc_id_at(r) for r in range(model.rowCount())] == _reference(docs, column, order)
    more = _docs(25, start=100)
    model.append_documents(more)  # an import's batch moves to its places
    assert [model.doc_id_at(r) for r in range(model.rowCount())] == _reference(docs + more, column, order)
    model.sort_rows(-1)
    assert [model.doc_id_at(r) for r in range(model.rowCount())] == [d.id for d in docs + more]


def test_keys_survive_a_reset_and_titles_are_keyed_as_rows_arrive(model, monkeypatch):
    calls = []
    monkeypatch.setattr(library_model, "natural_key", lambda text: calls.append(text) or natural_key(text))
    docs = [DocumentSummary(i, f"Titel {i}", "DN", "", "", "sv", i, "", "") for i in range(1, 41)]
    model.set_documents(docs[:20])
    model.sort_rows(0)
    assert len(calls) == 20  # one key per distinct title
    model.set_documents(docs[:20])  # a reset (an undo, a restore): the keys stay
    model.sort_rows(0, Qt.SortOrder.DescendingOrder)
    assert len(calls) == 20
    model.sort_rows(-1)
    model.append_documents(docs[20:])  # a batch of an import: its titles keyed on arrival
    assert len(calls) == 40
    model.sort_rows(0)
    assert len(calls) == 40
    assert [model.doc_id_at(r) for r in range(model.rowCount())] == _reference(docs, 0, Qt.SortOrder.AscendingOrder)


def _shown(proxy, model):
    return [model.doc_id_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]


def test_the_filter_follows_the_model_while_it_is_on(model):
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    docs = _docs(30)
    model.set_documents(docs)
    allowed = {d.id for d in docs if d.id % 3 == 0} | {101, 104}
    proxy.set_allowed_ids(allowed)
    assert _shown(proxy, model) == sorted(i for i in allowed if i <= 30)
    model.append_documents(_docs(6, start=100))  # rows added under the filter
    assert _shown(proxy, model) == sorted(allowed)
    model.remove_ids([3, 101])
    assert _shown(proxy, model) == sorted(allowed - {3, 101})
    model.sort_rows(5, Qt.SortOrder.DescendingOrder)
    assert sorted(_shown(proxy, model)) == sorted(allowed - {3, 101})
    assert _shown(proxy, model) == [model.doc_id_at(r) for r in proxy.source_rows()]
    proxy.set_allowed_ids(None)
    assert len(_shown(proxy, model)) == model.rowCount() == 34
    proxy.set_allowed_ids(set())
    assert _shown(proxy, model) == []


def test_rows_of_and_ids_at_map_in_one_pass(model):
    docs = _docs(10)
    model.set_documents(docs)
    assert model.rows_of([5, 999, 1, 5]) == [4, 0, 4]
    assert model.ids_at([0, 9, 3]) == [1, 10, 4]
    others = _docs(3, start=9)  # ids 9 and 10 are shown, 11 is not
    assert model.missing(iter(others)) == [others[2]]
