"""The library store: documents in and out unchanged, duplicates, undoable removal, schema."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from desktop_app.core import _schema
from desktop_app.core.library import documents as library_module
from desktop_app.core.document import ImportedText, Metadata, content_sha256
from desktop_app.core.library import AddResult, Library, LibraryBusy, LibraryError
from tests.core.library_fixtures import FARMING, OREBRO, RETURNEES, add, imported, lib, three  # noqa: F401


def fts_rows(path: Path) -> int:
    """Rows really in the full-text index (the docsize shadow table has one per indexed row)."""
    with sqlite3.connect(path) as conn:
        # rank 1: also compare the index with the documents table it indexes.
        conn.execute(
            "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"
        )
        return conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]


# -- documents in and out ------------------------------------------------------------------------


def test_add_and_get_roundtrip_keeps_swedish_text_and_metadata(lib: Library) -> None:
    meta = Metadata(
        title="Örebro arbetar aktivt",
        authors=["Per-Åke Sörman (C)", "Kenneth Nilsson (S)"],
        outlet="Nerikes Allehanda",
        date="2019-03-28",
        genre="opinion",
        language="sv",
    )
    result = lib.add(ImportedText(OREBRO, meta, "md"), source_name="örebro.md", original=b"x")
    doc = lib.get(result.doc_id)

    assert result == AddResult("imported", doc.id, "Örebro arbetar aktivt")
    assert doc.text == OREBRO
    assert doc.metadata == meta
    assert doc.source_name == "örebro.md"
    assert doc.format == "md"
    assert doc.sha256 == content_sha256(OREBRO)
    stamp = datetime.fromisoformat(doc.imported_at)
    assert stamp.utcoffset() == timezone.utc.utcoffset(None)
    assert abs((datetime.now(timezone.utc) - stamp).total_seconds()) < 60


def test_original_bytes_are_kept_exactly(lib: Library) -> None:
    original = "Återvändare\r\n\r\nFörsvarshögskolan\x00".encode("cp1252") + bytes(range(256))
    result = lib.add(imported("Återvändare\n\nFörsvarshögskolan"), source_name="a.txt",
                     original=original)
    assert lib.original_bytes(result.doc_id) == original


def test_missing_title_falls_back_to_first_line_and_odd_genre_to_other(lib: Library) -> None:
    doc_id = add(lib, "\n  Rubrik   med  luft \n\nBrödtext.", genre="reportage")
    doc = lib.get(doc_id)
    assert doc.title == "Rubrik med luft"
    assert doc.metadata.genre == "other"


def test_empty_text_is_refused_with_the_file_name(lib: Library) -> None:
    with pytest.raises(ValueError, match="tom.txt"):
        lib.add(imported(" \n\n "), source_name="tom.txt", original=b" ")
    assert lib.count() == 0


def test_list_documents_gives_summaries_in_id_order(lib: Library, three: dict[str, int]) -> None:
    rows = lib.list_documents()
    assert [row.id for row in rows] == sorted(three.values())
    first = rows[0]
    assert (first.title, first.genre, first.source_name) == (
        "Sverige saknar koll på IS-återvändare", "news", "000.txt")
    assert first.words == 33  # "IS-återvändare" counts as two words
    assert lib.count() == 3


def test_get_unknown_id_raises_key_error(lib: Library) -> None:
    with pytest.raises(KeyError):
        lib.get(42)
    with pytest.raises(KeyError):
        lib.original_bytes(42)


def test_identical_content_is_reported_as_duplicate(lib: Library) -> None:
    first = add(lib, RETURNEES, "000.txt")
    again = lib.add(imported(RETURNEES, title="Another title"), source_name="copy.html",
                    original=b"<p>different bytes</p>")
    assert again == AddResult("duplicate", first, "Sverige saknar koll på IS-återvändare")
    assert lib.count() == 1
    assert lib.original_bytes(first) == RETURNEES.encode("utf-8")


def test_reimporting_a_removed_document_restores_it(lib: Library) -> None:
    doc_id = add(lib, RETURNEES)
    lib.remove([doc_id])
    result = lib.add(imported(RETURNEES), source_name="again.txt", original=b"again")
    assert result == AddResult("imported", doc_id, "Sverige saknar koll på IS-återvändare")
    assert lib.removed_ids() == []
    assert lib.search("återvändare") == [doc_id]


def test_update_metadata_changes_list_and_title_search(lib: Library) -> None:
    doc_id = add(lib, FARMING, title="Regnrapport")
    assert lib.search("regnrapport") == [doc_id]
    lib.update_metadata(doc_id, Metadata(title="Skördetider", outlet="Land", genre="news"))
    assert lib.get(doc_id).metadata.outlet == "Land"
    assert lib.list_documents()[0].title == "Skördetider"
    assert lib.search("skördetider") == [doc_id]
    assert lib.search("regnrapport") == []  # the old title is gone from the index
    assert lib.search("sällsynta") == [doc_id]
    with pytest.raises(KeyError):
        lib.update_metadata(999, Metadata(title="x"))


# -- removal -------------------------------------------------------------------------------------


def test_removal_hides_from_list_search_and_get_until_restored(
    lib: Library, three: dict[str, int]
) -> None:
    target = three["orebro"]
    assert lib.remove([target, 999]) == [target]
    assert lib.remove([target]) == []  # already removed
    assert target not in [row.id for row in lib.list_documents()]
    assert lib.search("våldsbejakande") == []
    assert lib.count() == 2
    assert lib.removed_ids() == [target]
    with pytest.raises(KeyError):
        lib.get(target)

    assert lib.restore([target, three["farming"]]) == [target]
    assert lib.search("våldsbejakande") == [target]
    assert lib.get(target).text == OREBRO
    assert lib.removed_ids() == []


def test_purge_deletes_removed_documents_with_everything_attached(
    lib: Library, three: dict[str, int]
) -> None:
    gone, kept = three["orebro"], three["returnees"]
    lib.save_analysis(gone, "1", {"actors": []})
    lib.add_correction(gone, {"op": "rename"})
    lib.remove([gone])

    assert lib.purge_removed() == 1
    assert lib.purge_removed() == 0
    assert lib.removed_ids() == []
    assert lib.restore([gone]) == []
    assert lib.list_corrections(gone) == []
    assert lib.load_analysis(gone, "1") is None
    assert lib.search("återvändare") == [kept]
    assert fts_rows(lib.path) == 2
    with sqlite3.connect(lib.path) as conn:
        assert conn.execute("SELECT count(*) FROM originals").fetchone()[0] == 2
    # A new document never takes a purged id: old references cannot point at the wrong text.
    assert add(lib, "Helt ny text.") > max(three.values())


# -- analyses and corrections --------------------------------------------------------------------


def test_analysis_is_stale_when_engine_version_changes(lib: Library) -> None:
    doc_id = add(lib, RETURNEES)
    assert lib.load_analysis(doc_id, "1.0") is None
    data = {"actors": [{"name": "Magnus Ranstorp", "roles": ["terrorforskare"]}], "quotes": []}
    lib.save_analysis(doc_id, "1.0", data)
    assert lib.load_analysis(doc_id, "1.0") == data
    assert lib.load_analysis(doc_id, "1.1") is None
    lib.save_analysis(doc_id, "1.1", {"actors": []})
    assert lib.load_analysis(doc_id, "1.1") == {"actors": []}
    assert lib.load_analysis(doc_id, "1.0") is None
    with pytest.raises(KeyError):
        lib.save_analysis(999, "1.0", data)


def test_corrections_roundtrip_in_creation_order(lib: Library) -> None:
    doc_id, other = add(lib, RETURNEES), add(lib, OREBRO)
    first = lib.add_correction(doc_id, {"op": "speaker", "quote": [10, 40], "actor": "Åsa"})
    second = lib.add_correction(doc_id, {"op": "remove_quote", "quote": [50, 60]})
    lib.add_correction(other, {"op": "merge"})
    assert lib.list_corrections(doc_id) == [
        (first, {"op": "speaker", "quote": [10, 40], "actor": "Åsa"}),
        (second, {"op": "remove_quote", "quote": [50, 60]}),
    ]
    lib.delete_correction(first)
    assert [cid for cid, _ in lib.list_corrections(doc_id)] == [second]
    assert len(lib.list_corrections(other)) == 1
    with pytest.raises(KeyError):
        lib.add_correction(999, {"op": "x"})


def test_corrections_are_deleted_with_their_document(lib: Library) -> None:
    doc_id = add(lib, RETURNEES)
    lib.add_correction(doc_id, {"op": "speaker"})
    lib.remove([doc_id])
    lib.purge_removed()
    with sqlite3.connect(lib.path) as conn:
        assert conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


# -- transactions, schema, concurrency -----------------------------------------------------------


def test_failed_add_leaves_no_trace(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(library_module, "_insert_original", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        lib.add(imported(RETURNEES), source_name="a.txt", original=b"a")
    monkeypatch.undo()

    assert lib.count() == 0
    assert lib.list_documents() == []
    assert lib.search("återvändare") == []
    assert fts_rows(lib.path) == 0
    # The failed attempt does not block importing the same text for real.
    doc_id = add(lib, RETURNEES)
    assert lib.original_bytes(doc_id) == RETURNEES.encode("utf-8")
    assert lib.search("återvändare") == [doc_id]


def test_database_uses_wal_and_enforces_foreign_keys(lib: Library) -> None:
    with sqlite3.connect(lib.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == _schema.SCHEMA_VERSION
    with pytest.raises(KeyError):
        lib.add_correction(12345, {})


@pytest.mark.parametrize("old_version", range(1, _schema.SCHEMA_VERSION))
def test_older_schema_is_migrated_keeping_documents(tmp_path: Path, old_version: int) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert _schema.migrate(conn, upto=old_version) == old_version
    conn.execute(
        "INSERT INTO documents (title, sha256, imported_at, words, text) VALUES (?, ?, ?, ?, ?)",
        ("Gammal", content_sha256(OREBRO), "2020-01-01T00:00:00+00:00", 24, OREBRO),
    )
    conn.execute("INSERT INTO originals (doc_id, data) VALUES (1, x'00ff')")
    conn.close()

    with Library(path) as lib:
        assert [row.title for row in lib.list_documents()] == ["Gammal"]
        assert lib.search("våldsbejakande") == [1]
        assert lib.original_bytes(1) == b"\x00\xff"
        assert lib.remove([1]) == [1]  # the soft-delete column came with the migration
        assert lib.restore([1]) == [1]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == _schema.SCHEMA_VERSION
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id, title FROM documents "
            "WHERE removed_at IS NULL ORDER BY id"
        ).fetchall()
    assert "COVERING INDEX documents_list" in str(plan)  # the list no longer reads the text


def test_newer_schema_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {_schema.SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError) as error:
        Library(path)
    assert str(error.value).startswith(f"{path}: made by a newer Viewpoints")
    assert "\n" not in str(error.value)


def test_a_file_that_is_not_a_database_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database. " * 100)
    with pytest.raises(LibraryError) as error:
        Library(path)
    assert str(error.value) == f"{path}: not a Viewpoints library (not an SQLite database)"
    assert path.read_bytes() == b"These are my notes, not a database. " * 100


def test_second_writer_waits_for_the_lock_instead_of_failing(lib: Library) -> None:
    other = sqlite3.connect(lib.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another app instance in the middle of an import
    timer = threading.Timer(0.5, other.execute, ("COMMIT",))
    started = time.monotonic()
    timer.start()
    try:
        doc_id = add(lib, RETURNEES)
    finally:
        timer.join()
        other.close()
    assert time.monotonic() - started >= 0.4
    assert lib.get(doc_id).text == RETURNEES


def test_without_enough_busy_timeout_a_locked_library_fails(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path, busy_timeout=0.1) as impatient:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(LibraryBusy, match="busy .*: nothing was changed") as error:
                add(impatient, RETURNEES)
            assert str(error.value).startswith(f"{path}: ") and "\n" not in str(error.value)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert impatient.count() == 0


def test_two_library_objects_import_concurrently(lib: Library) -> None:
    second = Library(lib.path)
    errors: list[BaseException] = []

    def import_many(target: Library, prefix: str) -> None:
        try:
            for n in range(40):
                add(target, f"{prefix} rubrik {n}\n\nText nummer {n} från {prefix}.")
        except BaseException as exc:  # reported below; a thread cannot fail the test itself
            errors.append(exc)

    threads = [threading.Thread(target=import_many, args=(lib, "gui")),
               threading.Thread(target=import_many, args=(second, "worker"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.close()
    assert errors == []
    assert lib.count() == 80
    assert len(lib.search("worker")) == 40


def test_one_library_object_can_be_shared_between_threads(lib: Library) -> None:
    errors: list[BaseException] = []

    def work(prefix: str) -> None:
        try:
            for n in range(25):
                doc_id = add(lib, f"{prefix} {n}\n\nInnehåll {prefix} {n}.")
                assert lib.get(doc_id).title == f"{prefix} {n}"
                lib.search(prefix)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(name,)) for name in ("ett", "två", "tre")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert lib.count() == 75


def test_open_default_uses_the_data_dir(data_dir: Path) -> None:
    with Library.open_default() as lib:
        add(lib, RETURNEES)
        assert lib.path == data_dir / "library.sqlite3"
    with Library.open_default() as reopened:
        assert reopened.count() == 1


def test_closed_library_says_so(tmp_path: Path) -> None:
    lib = Library(tmp_path / "library.sqlite3")
    lib.close()
    lib.close()  # closing twice is harmless
    with pytest.raises(LibraryError, match="closed"):
        lib.count()


def test_open_library_seeds_a_new_library_only(data_dir: Path) -> None:
    from desktop_app.core.library import open_library

    with open_library() as first:
        seeds = first.list_documents()
        assert len(seeds) == 2 and first.path == data_dir / "library.sqlite3"
        first.remove([d.id for d in seeds])
    with open_library() as again:  # the user removed the seeds: they do not come back
        assert again.count() == 0
    with open_library(seed=False) as plain:
        assert plain.count() == 0


def test_copy_to_makes_a_whole_separate_library(lib: Library, tmp_path: Path) -> None:
    doc_id = add(lib, RETURNEES)
    lib.add_correction(doc_id, {"op": "not_quote", "start": 0, "end": 3})
    (tmp_path / "copy").mkdir()
    with lib.copy_to(tmp_path / "copy" / "library.sqlite3") as copy:
        assert copy.get(doc_id).text == RETURNEES and len(copy.list_corrections(doc_id)) == 1
        add(copy, OREBRO)
        assert copy.count() == 2
    assert lib.count() == 1  # the original is untouched
