"""Automatic backups: daily, after a large import, before an upgrade; a few kept; never of damage."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest

from desktop_app.core import _schema
from desktop_app.core.document import content_sha256
from desktop_app.core.library import Library, LibraryDamaged, backup, open_library
from tests.core.library_damage import damage
from tests.core.library_fixtures import OREBRO, RETURNEES, add


def test_open_library_keeps_one_backup_a_day(data_dir):
    with open_library() as lib:
        path = lib.path
    [first] = backup.list_backups(path)
    assert first.reason == "daily" and first.path.parent == data_dir / "backups"
    with open_library():
        pass
    assert backup.list_backups(path) == [first]
    with Library(path) as lib, lib.reading() as conn:
        assert backup.backup_if_due(conn, path, now=first.made_at + timedelta(hours=23)) is None
        later = backup.backup_if_due(conn, path, now=first.made_at + timedelta(hours=25))
    assert later is not None and backup.list_backups(path) == [later, first]


def test_a_backup_is_a_whole_library_of_its_own(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        doc_id = add(lib, RETURNEES)
        lib.add_correction(doc_id, {"op": "hide_actor", "key": "polisen"})
        with lib.reading() as conn:
            made = backup.make_backup(conn, path, "manual")
    assert not list(made.path.parent.glob(f"{made.path.name}-*"))  # no -wal beside it
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with Library(made.path) as copy:
        assert copy.get(doc_id).text == RETURNEES and len(copy.list_corrections(doc_id)) == 1


def test_only_the_newest_generations_are_kept(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib, lib.reading() as conn:
        made = [backup.make_backup(conn, path, "manual") for _ in range(backup.GENERATIONS + 2)]
    assert backup.list_backups(path) == made[::-1][:backup.GENERATIONS]
    assert not made[0].path.exists()


def test_a_backup_is_known_by_the_time_in_its_name_and_a_name_that_is_no_time_is_left_out(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib, lib.reading() as conn:
        made = backup.make_backup(conn, path, "manual")
    [listed] = backup.list_backups(path)
    assert listed.made_at == made.made_at and listed.made_at.tzinfo is not None  # to the microsecond, UTC
    (made.path.parent / "library-20261302T101010000000Z-daily.sqlite3").write_bytes(b"")  # month 13
    assert backup.list_backups(path) == [made]


def test_a_large_import_is_backed_up_when_it_closes(tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "LARGE_IMPORT_DOCUMENTS", 3)
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        for n in range(2):
            add(lib, f"Rubrik {n}\n\nText {n}.")
    assert backup.list_backups(path) == []
    with Library(path) as lib:
        for n in range(2, 5):
            add(lib, f"Rubrik {n}\n\nText {n}.")
    [made] = backup.list_backups(path)
    assert made.reason == "after-import"
    with Library(made.path) as copy:
        assert copy.count() == 5


def test_a_damaged_library_is_not_backed_up_over_the_good_copies(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        for n in range(60):
            add(lib, f"Rubrik {n}\n\n" + f"Text nummer {n} om Malmö och Göteborg. " * 60)
        with lib.reading() as conn:
            good = backup.make_backup(conn, path, "daily")
    damage("page_mid", path, tmp_path / "damaged.sqlite3").replace(path)
    with sqlite3.connect(path) as conn, pytest.raises(LibraryDamaged, match="no backup was made"):
        backup.make_backup(conn, path, "daily")
    assert backup.list_backups(path) == [good]


def test_an_upgrade_keeps_a_backup_of_the_library_as_it_was(tmp_path):
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    _schema.migrate(conn, upto=3)
    conn.execute("INSERT INTO documents (title, sha256, imported_at, text) VALUES ('Gammal', ?, '2020', ?)",
                 (content_sha256(OREBRO), OREBRO))
    conn.close()
    Library(path).close()
    [made] = backup.list_backups(path)
    assert made.reason == "before-upgrade"
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3


def test_what_a_killed_backup_left_is_removed_by_the_next(tmp_path):
    path = tmp_path / "library.sqlite3"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    folder = tmp_path / "backups"
    folder.mkdir()
    part = folder / f".library-20240101T000000000000Z-daily.sqlite3.part-{dead.pid}"
    part.write_bytes(b"half")
    with Library(path) as lib, lib.reading() as conn:
        backup.make_backup(conn, path, "manual")
    assert not part.exists()
