"""The library's viewpoint corrections: kept per pair of documents, read either way round, gone with
a purged document, and brought in by the schema migration."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core import _schema
from desktop_app.core.library import Library
from tests.core.library_fixtures import FARMING, OREBRO, RETURNEES, add

LEFT = {"start": 0, "end": 7, "text": "Sverige"}
RIGHT = {"start": 0, "end": 6, "text": "Örebro"}


def test_add_list_and_delete(library: Library):
    a, b = add(library, RETURNEES), add(library, OREBRO, "b.txt")
    first = library.add_viewpoint_correction(a, b, {"op": "remove_link", "left": LEFT, "right": RIGHT})
    second = library.add_viewpoint_correction(a, b, {"op": "add_link", "left": LEFT, "right": RIGHT,
                                                     "relation": "agree"})
    assert [cid for cid, _ in library.list_viewpoint_corrections(a, b)] == [first, second]
    assert library.list_viewpoint_corrections(a, b)[0][1]["left"] == LEFT
    library.delete_viewpoint_correction(first)
    assert [cid for cid, _ in library.list_viewpoint_corrections(a, b)] == [second]


def test_the_pair_read_the_other_way_round_is_mirrored(library: Library):
    a, b, c = add(library, RETURNEES), add(library, OREBRO, "b.txt"), add(library, FARMING, "c.txt")
    library.add_viewpoint_correction(a, b, {"op": "remove_link", "left": LEFT, "right": RIGHT})
    [(_, swapped)] = library.list_viewpoint_corrections(b, a)
    assert swapped["left"] == RIGHT and swapped["right"] == LEFT
    assert library.list_viewpoint_corrections(a, c) == []  # another pair has none


def test_a_missing_document_is_refused_and_purging_removes_its_corrections(library: Library):
    a, b = add(library, RETURNEES), add(library, OREBRO, "b.txt")
    with pytest.raises(KeyError):
        library.add_viewpoint_correction(a, 999, {"op": "remove_link"})
    library.add_viewpoint_correction(a, b, {"op": "remove_link", "left": LEFT, "right": RIGHT})
    library.remove([b])
    with pytest.raises(KeyError):
        library.add_viewpoint_correction(a, b, {"op": "remove_link"})
    library.purge_removed()
    assert library.list_viewpoint_corrections(a, b) == []


def test_a_damaged_row_reads_as_a_correction_that_does_not_apply(library: Library):
    a, b = add(library, RETURNEES), add(library, OREBRO, "b.txt")
    cid = library.add_viewpoint_correction(a, b, {"op": "remove_link"})
    with library.writing() as conn:
        conn.execute("UPDATE viewpoint_corrections SET json = '{broken' WHERE id = ?", (cid,))
    [(_, data)] = library.list_viewpoint_corrections(a, b)
    from desktop_app.core.viewpoints.corrections import validate

    assert validate(data) is not None


def test_an_older_library_gains_the_table(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path), isolation_level=None)
    _schema.migrate(conn, upto=_schema.MIGRATIONS.index(_schema._v6_viewpoint_corrections))  # the one before
    conn.close()
    library = Library(path)
    try:
        a, b = add(library, RETURNEES), add(library, OREBRO, "b.txt")
        assert library.add_viewpoint_correction(a, b, {"op": "remove_link"}) > 0
    finally:
        library.close()
