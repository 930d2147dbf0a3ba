"""Editing a document's metadata (stored, undoable) and searching titles, authors and outlets."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict

import pytest

from desktop_app.core import _schema
from desktop_app.core.document import Metadata, content_sha256
from desktop_app.core.library import Library
from tests.core.library_fixtures import FARMING, OREBRO, RETURNEES, add, lib  # noqa: F401


def test_an_edit_is_stored_and_returns_what_it_replaced(lib):
    doc_id = add(lib, OREBRO, title="Örebro arbetar", authors=["Per-Åke Sörman"], genre="opinion")
    previous = lib.edit_metadata(doc_id, title="  Örebro  och polisen ", authors=["Kenneth Nilsson", " "],
                                 outlet="Nerikes Allehanda", date="2019-03-28", language="sv")
    assert previous == Metadata("Örebro arbetar", ["Per-Åke Sörman"], "", "", "opinion", "")
    assert lib.get(doc_id).metadata == Metadata("Örebro och polisen", ["Kenneth Nilsson"],
                                                "Nerikes Allehanda", "2019-03-28", "opinion", "sv")
    assert lib.summary(doc_id).outlet == "Nerikes Allehanda"
    lib.edit_metadata(doc_id, check=False, **asdict(previous))  # undo
    assert lib.get(doc_id).metadata == previous


@pytest.mark.parametrize("change, message", [
    ({"title": "   "}, "the title cannot be empty"),
    ({"genre": "satire"}, "genre must be one of news, opinion, interview, other"),
    ({"date": "28 mars 2019"}, "date must look like 2019-03-28"),
    ({"date": "2019-02-30"}, "date must look like"),
    ({"language": "Svenska"}, "language must be a code"),
    ({"authors": "Per Lind"}, "authors must be a list of names"),
    ({"publisher": "x"}, "no metadata field publisher"),
])
def test_a_bad_value_is_refused_and_nothing_changes(lib, change, message):
    doc_id = add(lib, OREBRO, title="Örebro")
    before = lib.get(doc_id).metadata
    with pytest.raises(ValueError, match=message):
        lib.edit_metadata(doc_id, **change)
    assert lib.get(doc_id).metadata == before


def test_undo_restores_values_an_importer_stored_in_another_form(lib):
    doc_id = add(lib, OREBRO, title="Örebro", date="28 mars 2019")
    previous = lib.edit_metadata(doc_id, date="2019-03-28")
    lib.edit_metadata(doc_id, check=False, **asdict(previous))
    assert lib.get(doc_id).metadata.date == "28 mars 2019"


def test_changing_what_the_engine_reads_drops_the_stored_analysis(lib):
    doc_id = add(lib, OREBRO, title="Örebro")
    lib.save_analysis(doc_id, "v", {"quotes": []})
    lib.edit_metadata(doc_id, outlet="NA", date="2019")
    assert lib.load_analysis(doc_id, "v") == {"quotes": []}
    lib.edit_metadata(doc_id, language="en")
    assert lib.load_analysis(doc_id, "v") is None
    with pytest.raises(KeyError):
        lib.edit_metadata(9999, title="x")


def test_search_finds_authors_and_outlets_and_ranks_the_title_first(lib):
    by_author = add(lib, RETURNEES, title="Sverige saknar koll", authors=["Åsa Lindström"], outlet="TT")
    in_title = add(lib, FARMING, title="Lindström får regn", outlet="Nerikes Allehanda")
    other = add(lib, OREBRO, title="Örebro arbetar")
    assert lib.search("lindström") == [in_title, by_author]
    assert lib.search("nerikes allehanda") == [in_title]
    assert lib.search("åsa") == [by_author]
    lib.edit_metadata(other, authors=["Åsa Berg"], outlet="TT")  # an edit reindexes at once
    assert lib.search("åsa") == [by_author, other] or lib.search("åsa") == [other, by_author]
    assert set(lib.search("tt")) == {by_author, other}
    lib.edit_metadata(other, authors=[])
    assert lib.search("åsa") == [by_author]


@pytest.mark.parametrize("old_version", range(1, _schema.SCHEMA_VERSION))
def test_an_old_library_is_migrated_and_searched_by_author_and_outlet(tmp_path, old_version):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    _schema.migrate(conn, upto=old_version)
    conn.execute(
        "INSERT INTO documents (title, authors, outlet, sha256, imported_at, words, text) "
        "VALUES ('Gammal', '[\"Per-Åke Sörman (C)\"]', 'Nerikes Allehanda', ?, '2020-01-01', 24, ?)",
        (content_sha256(OREBRO), OREBRO))
    conn.close()
    with Library(path) as lib:
        assert lib.search("sörman") == [1] and lib.search("allehanda") == [1]
        assert lib.search("våldsbejakande") == [1] and lib.search("gammal") == [1]
        if old_version < 4:  # it held documents when the seeding note came: never seeded
            assert lib.info("seeded") is not None
        lib.edit_metadata(1, outlet="NA")
        assert lib.search("allehanda") == [] and lib.search("na") == [1]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == _schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
