"""The library under faults: a full disk, a read-only file, a second writer, a first start cut short."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_app.core import _schema
from desktop_app.core.document import content_sha256
from desktop_app.core.importing import import_paths
from desktop_app.core.library import (
    BUSY_REASON,
    DiskFull,
    Library,
    LibraryBusy,
    LibraryDamaged,
    LibraryReadOnly,
    backup,
    connection,
    open_library,
)
from tests.core.library_fixtures import OREBRO, RETURNEES, add, imported

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def full_disk(monkeypatch):
    """SQLite's own "database or disk is full" for every connection we open: the file may not grow."""
    real = connection.connect

    def connect(path, **kwargs):
        conn = real(path, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(connection, "connect", connect)


# -- a full disk ----------------------------------------------------------------------------------


def test_a_full_disk_refuses_the_document_in_one_line_and_stores_nothing(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        add(lib, OREBRO)
    real = connection.connect
    monkeypatch.setattr(connection, "connect", lambda p, **kw: _limited(real(p, **kw)))
    with Library(path) as lib:
        with pytest.raises(DiskFull) as error:
            add(lib, RETURNEES * 100)
        assert str(error.value) == f"{path}: the disk is full: nothing was changed"
        assert lib.count() == 1 and lib.search("återvändare") == []
    monkeypatch.undo()
    with Library(path) as lib:  # room again: the same document goes in
        add(lib, RETURNEES * 100)
        assert len(lib.search("återvändare")) == 1


def _limited(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    return conn


def test_an_import_on_a_full_disk_says_so_per_file(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    source = tmp_path / "a.txt"
    source.write_text(RETURNEES * 100, encoding="utf-8")
    real = connection.connect
    monkeypatch.setattr(connection, "connect", lambda p, **kw: _limited(real(p, **kw)))
    with Library(path) as lib:
        [outcome] = import_paths(lib, [source])
    assert outcome.status == "error"
    assert outcome.message == f"error: could not store it ({path}: the disk is full: nothing was changed)"


def test_a_new_library_on_a_full_disk_leaves_no_file(tmp_path, full_disk):
    path = tmp_path / "data" / "library.sqlite3"
    with pytest.raises(DiskFull) as error:
        Library(path)
    assert str(error.value) == f"{path}: the disk is full: no library was created"
    assert list(path.parent.iterdir()) == []  # no empty library.sqlite3, no temporary


# -- read-only ------------------------------------------------------------------------------------


def test_a_read_only_library_reads_and_refuses_changes_in_one_line(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        doc_id = add(lib, RETURNEES)
    before = path.read_bytes()
    with Library(path, read_only=True) as lib:
        assert lib.read_only and lib.get(doc_id).text == RETURNEES
        assert lib.search("återvändare") == [doc_id]
        for change in (lambda: lib.remove([doc_id]), lambda: add(lib, OREBRO),
                       lambda: lib.edit_metadata(doc_id, title="Ny"), lambda: lib.empty_trash(),
                       lambda: lib.add_correction(doc_id, {"op": "not_claim", "start": 0, "end": 2})):
            with pytest.raises(LibraryReadOnly, match=r": the library is read-only: nothing was changed$"):
                change()
        lib.save_analysis(doc_id, "v1", {"quotes": []})  # kept in memory: reading never writes
        assert lib.load_analysis(doc_id, "v1") == {"quotes": []}
        with Library(path, read_only=True) as other:  # the window's worker shares it
            assert other.analysis_version(doc_id) == "v1"
    assert path.read_bytes() == before
    with Library(path) as lib:
        assert lib.load_analysis(doc_id, "v1") is None


def test_a_read_only_library_of_an_older_schema_is_upgraded_in_memory_only(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    _schema.migrate(conn, upto=3)
    conn.execute("INSERT INTO documents (title, authors, outlet, sha256, imported_at, text) "
                 "VALUES ('Gammal', '[\"Åsa Lindström\"]', 'Nerikes Allehanda', ?, '2020', ?)",
                 (content_sha256(OREBRO), OREBRO))
    conn.close()
    before = path.read_bytes()
    with Library(path, read_only=True) as lib:
        assert lib.search("Lindström") == [1] and lib.search("Nerikes") == [1]
    assert path.read_bytes() == before


# -- a second writer ------------------------------------------------------------------------------


def _hold_lock(path: Path, seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_a_lock_held_past_the_busy_timeout_is_retried_within_the_budget(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    with Library(path, busy_timeout=0.2) as lib:
        holder = _hold_lock(path, 0.45)  # longer than one wait, shorter than three
        doc_id = add(lib, RETURNEES)
        holder.join()
        assert lib.get(doc_id).text == RETURNEES


def test_a_lock_held_past_the_budget_fails_and_the_next_writes_fail_fast(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    files = []
    for n in range(3):
        files.append(tmp_path / f"{n}.txt")
        files[-1].write_text(f"Rubrik {n}\n\nText nummer {n} om Malmö.", encoding="utf-8")
    with Library(path, busy_timeout=0.1) as lib:
        holder = _hold_lock(path, 2.0)
        started = time.monotonic()
        outcomes = import_paths(lib, files)
        elapsed = time.monotonic() - started
        holder.join()
        assert [o.status for o in outcomes] == ["error"] * 3
        assert all(BUSY_REASON in o.message for o in outcomes)
        assert elapsed < 1.5  # the first file used the budget; the others tried once each
        with pytest.raises(LibraryBusy):
            holder = _hold_lock(path, 0.5)
            try:
                add(lib, OREBRO)
            finally:
                holder.join()
        assert import_paths(lib, files)[0].status == "imported"  # free again: all goes in


# -- the first start ------------------------------------------------------------------------------


def test_a_first_start_cut_short_before_seeding_is_seeded_at_the_next(data_dir):
    path = data_dir / "library.sqlite3"
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(path, isolation_level=None)  # what an older version left: schema, no seeds
    _schema.migrate(conn, upto=3)
    conn.close()
    with open_library() as lib:
        assert lib.count() == 2 and lib.info("seeded")
        lib.remove([d.id for d in lib.list_documents()])
        lib.empty_trash()
    with open_library() as lib:  # emptied by the user: not seeded again
        assert lib.count() == 0


def test_a_creation_killed_half_way_leaves_no_library_and_is_cleared(data_dir):
    data_dir.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = data_dir / f".library.sqlite3.creating-{dead.pid}-0badf00d"
    leftover.write_bytes(b"half a library")
    Path(f"{leftover}-journal").write_bytes(b"x")
    with open_library() as lib:
        assert lib.count() == 2
    assert not leftover.exists() and not Path(f"{leftover}-journal").exists()


KILLED_START = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from desktop_app.core import seeds
real = seeds.import_seeds_if_empty
def slow(library, seeds_dir=None):
    ids = real(library, seeds_dir)
    print("seeded", flush=True)
    time.sleep(30)  # killed here: the schema and the seeds exist, under a temporary name only
    return ids
seeds.import_seeds_if_empty = slow
from desktop_app.core.library import open_library
open_library()
"""


def test_killed_between_schema_and_seeds_the_next_start_has_the_seeds(data_dir):
    env = dict(os.environ, VIEWPOINTS_DATA_DIR=str(data_dir))
    proc = subprocess.Popen([sys.executable, "-c", KILLED_START, str(REPO)], env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "seeded"
    proc.kill()
    proc.wait()
    assert not (data_dir / "library.sqlite3").exists()  # never an empty library
    with open_library() as lib:
        assert [d.source_name for d in lib.list_documents()] == sorted(
            d.source_name for d in lib.list_documents())
        assert lib.count() == 2
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".")] == []


def test_an_empty_library_file_is_new_unless_there_are_backups(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "library.sqlite3"
    path.write_bytes(b"")  # what a full disk left in older versions
    with open_library() as lib:
        assert lib.count() == 2
        with lib.reading() as conn:
            backup.make_backup(conn, path, "manual")
    path.write_bytes(b"")
    with pytest.raises(LibraryDamaged, match="the library file is empty"):
        open_library()
