"""What keeps the UI thread short on big libraries: the count never widens the pane, a search under
a big selection tells its listeners once with the right count, an import's progress is thinned
out in the worker. The same rows and the same selection as before each change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library
from desktop_app.ui.actions import Actions
from desktop_app.ui.import_controller import throttled
from desktop_app.ui.library_pane import LibraryPane

N = 300


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    for i in range(N):
        text = f"Text nummer {i} om {'skolan' if i % 3 == 0 else 'vården'} i kommunen."
        lib.add(ImportedText(text, Metadata(title=f"Del {i + 1}", language="sv"), "txt"),
                source_name=f"d{i}.txt", original=text.encode())
    yield lib
    lib.close()


@pytest.fixture
def pane(library, qtbot):
    stack = QUndoStack()
    widget = LibraryPane(library, Actions(stack, stack))
    qtbot.addWidget(widget)
    widget._stack = stack
    widget.resize(160, 600)
    widget.show()
    widget.refresh()
    return widget


def test_the_count_never_widens_the_pane(pane):
    narrowest = pane.minimumSizeHint().width()
    pane.count_label.setText("3,334 of 10,002 documents in the library")
    assert pane.count_label.minimumSizeHint().width() <= narrowest
    assert pane.minimumSizeHint().width() == narrowest
    assert pane.count_label.wordWrap()  # a narrow pane wraps the count, it does not cut it


def test_a_search_under_a_big_selection_keeps_the_shown_rows_and_tells_once(pane, library):
    every_other = [d.id for d in library.list_documents()][::2]  # 150 ranges: made quietly
    pane.select_ids(every_other)
    counts = []
    pane.selection_changed.connect(counts.append)
    pane.search_box.setText("skolan")
    pane.run_search()
    found = set(library.search("skolan", limit=N))
    kept = found & set(every_other)
    assert pane.proxy.rowCount() == len(found)
    assert set(pane.selected_ids()) == kept
    assert counts == [len(kept)] and pane.selected_count() == len(kept)
    counts.clear()
    pane.search_box.clear()
    pane.run_search()
    assert pane.proxy.rowCount() == N
    assert set(pane.selected_ids()) == kept  # what was deselected by being hidden stays so
    assert counts == [len(kept)]


def test_a_search_that_hides_every_selected_row_says_nothing_is_selected(pane, library):
    hidden = [d.id for d in library.list_documents() if d.id not in set(library.search("skolan", limit=N))]
    pane.select_ids(hidden[:3])
    counts = []
    pane.selection_changed.connect(counts.append)
    pane.search_box.setText("skolan")
    pane.run_search()
    assert pane.selected_ids() == [] and counts == [0]


def test_selected_ids_follow_the_table_order_through_ranges(pane, library):
    ids = [d.id for d in library.list_documents()]
    wanted = ids[5:9] + ids[20:21] + ids[100:140]
    pane.select_ids(list(reversed(wanted)))
    assert pane.selected_ids() == wanted


def test_an_imports_progress_is_passed_on_at_most_once_an_interval():
    now = [0.0]
    reports = []
    progress = throttled(lambda path, done, total: reports.append((path, done, total)), 0.05,
                         clock=lambda: now[0])
    progress(0, 1000, "")
    for done in range(1, 1001):
        now[0] += 0.001  # a file a millisecond
        progress(done, 1000, f"f{done}")
    dones = [done for _path, done, _total in reports]
    assert dones[:2] == [0, 1] and dones[-1] == 1000  # the first and the last file are always said
    assert len(dones) <= 1000 * 0.001 / 0.05 + 3
    assert all(b - a >= 49 for a, b in zip(dones[1:-1], dones[2:-1]))
    assert reports[-1] == ("f1000", 1000, 1000)
