"""Repairing damaged libraries: what is readable is saved whole, the rest comes from a backup or is named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.document import content_sha256
from desktop_app.core.library import Library, LibraryDamaged, backup, repair
from tests.core.library_damage import DAMAGES, damage, filled_library

# Documents (of 80) a repair must get back whole, without a backup.
AT_LEAST = {"page_mid": 78, "pages_three": 75, "truncated": 25}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> tuple[Path, dict[int, str]]:
    folder = tmp_path_factory.mktemp("healthy")
    path = folder / "library.sqlite3"
    texts = filled_library(path)
    return path, texts


def _damaged(healthy, tmp_path: Path, kind: str) -> Path:
    folder = tmp_path / kind
    folder.mkdir()
    return damage(kind, healthy[0], folder / "library.sqlite3")


@pytest.mark.parametrize("kind", DAMAGES)
def test_every_damage_is_found_and_repaired_into_whole_documents(healthy, tmp_path, kind):
    path = _damaged(healthy, tmp_path, kind)
    damaged_bytes = path.read_bytes()
    assert not repair.check(path).ok

    report = repair.repair(path)

    assert report.outcome == "repaired", report.lines()
    assert repair.check(path).ok, repair.check(path).lines()
    assert report.kept is not None and report.kept.read_bytes() == damaged_bytes  # kept, unchanged
    texts = healthy[1]
    with Library(path) as lib:
        documents = lib.list_documents()
        assert len(documents) >= AT_LEAST.get(kind, 80)
        for summary in documents:
            document = lib.get(summary.id)
            assert document.text == texts[summary.id]  # whole or absent, never half-right
            assert document.sha256 == content_sha256(document.text)
        found = documents[-1]
        assert lib.search(f"märke{found.title.split()[1]}x") == [found.id]
        assert lib.info("seeded") is not None  # a repaired library is never seeded again
    assert all(line and "\n" not in line for line in report.lines())


def test_what_a_repair_reports(healthy, tmp_path):
    lines = "\n".join(repair.repair(_damaged(healthy, tmp_path, "bad_text")).lines())
    assert "2 damaged text(s) read again from the original file" in lines
    lines = "\n".join(repair.repair(_damaged(healthy, tmp_path, "bad_json")).lines())
    assert "Unreadable authors of 2 document(s) are now empty" in lines
    assert "1 dropped" in lines and "1 damaged ones will be recomputed" in lines
    lines = "\n".join(repair.repair(_damaged(healthy, tmp_path, "first_page")).lines())
    assert "80 of them read straight from the file's pages" in lines
    lines = "\n".join(repair.repair(_damaged(healthy, tmp_path, "truncated")).lines())
    assert "Lost:" in lines and "import them again" in lines


def test_corrections_and_trash_survive_a_repair(healthy, tmp_path):
    source = tmp_path / "source.sqlite3"
    source.write_bytes(healthy[0].read_bytes())
    with Library(source) as lib:
        lib.remove([2])
        before = [(e.id, e.doc_id, e.data) for e in lib.correction_entries()]
    path = damage("page_mid", source, tmp_path / "library.sqlite3")
    assert repair.repair(path).outcome == "repaired"
    with Library(path) as lib:
        assert lib.removed_ids() == [2]
        assert [(e.id, e.doc_id, e.data) for e in lib.correction_entries()] == before


def test_a_backup_fills_in_what_the_damage_took(healthy, tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(healthy[0].read_bytes())
    with Library(path) as lib, lib.reading() as conn:
        made = backup.make_backup(conn, path, "daily")
    damage("truncated", healthy[0], path)

    report = repair.repair(path)

    assert report.outcome == "repaired" and report.backup == made
    assert report.found.from_backup > 0
    assert any("from the backup of" in line for line in report.lines())
    with Library(path) as lib:
        assert lib.count() == 80
        assert all(lib.get(d.id).text == healthy[1][d.id] for d in lib.list_documents())


def test_nothing_readable_falls_back_to_the_backup(healthy, tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(healthy[0].read_bytes())
    with Library(path) as lib, lib.reading() as conn:
        backup.make_backup(conn, path, "daily")
    path.write_bytes(b"\x00" * 50_000)  # nothing of the library is left

    report = repair.repair(path)

    assert report.outcome == "restored", report.lines()
    assert any(line.startswith("Restored the backup of") for line in report.lines())
    with Library(path) as lib:
        assert lib.count() == 80


def test_nothing_readable_and_no_backup_leaves_the_file_alone(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"garbage " * 4000)
    report = repair.repair(path)
    assert report.outcome == "failed" and not report.usable
    assert "nothing could be read and there is no backup" in report.lines()[-1]
    assert path.read_bytes() == b"garbage " * 4000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]  # no temporaries


def test_a_healthy_library_is_left_alone(healthy, tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(healthy[0].read_bytes())
    report = repair.repair(path)
    assert report.outcome == "healthy" and report.lines() == [f"{path}: the library is healthy: nothing to repair"]
    assert path.read_bytes() == healthy[0].read_bytes()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporaries


def test_restore_backup_keeps_the_library_it_replaces(healthy, tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(healthy[0].read_bytes())
    with Library(path) as lib:
        with lib.reading() as conn:
            backup.make_backup(conn, path, "daily")
        lib.remove([1, 2, 3])
        lib.empty_trash()
    report = repair.restore_backup(path)
    assert report.outcome == "restored" and report.kept is not None
    with Library(path) as lib:
        assert lib.count() == 80
    with Library(report.kept) as kept:
        assert kept.count() == 77


def test_a_library_of_a_newer_version_is_never_touched(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = path.read_bytes()
    report = repair.repair(path)
    assert report.outcome == "failed" and "newer Viewpoints" in report.error
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["documents_root", "truncated", "drop_documents", "bad_text"])
def test_reading_a_damaged_library_is_one_line_naming_it(healthy, tmp_path, kind):
    path = _damaged(healthy, tmp_path, kind)
    with pytest.raises(LibraryDamaged) as error:
        with Library(path, read_only=True) as lib:
            for summary in lib.list_documents():
                lib.get(summary.id)
            lib.search("märke5x")
    message = str(error.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and "viewpoints repair" in message
