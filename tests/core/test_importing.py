"""Batch import into a real library: outcomes, duplicates, progress, cancel, bad files skipped."""

from __future__ import annotations

import pytest

from desktop_app import paths
from desktop_app.core.importing import ImportOutcome, import_one, import_paths
from desktop_app.core.library import Library
from tests.core.importer_samples import make_docx


@pytest.fixture
def batch(tmp_path):
    """A folder with two good texts, a bad one between them, a copy, and a hidden file."""
    folder = tmp_path / "inkorg"
    (folder / "del2").mkdir(parents=True)
    (folder / "a_nyhet.txt").write_bytes(
        (paths.SEEDS_DIR / "000_2061872dff862ea4.txt").read_bytes())
    (folder / "b_trasig.docx").write_bytes(b"PK\x03\x04 inte en riktig zip")
    (folder / "c_debatt.docx").write_bytes(make_docx(
        ["Örebro svarar", "Vi arbetar aktivt med polisen, säger Kenneth Nilsson."],
        title="Örebro svarar"))
    (folder / "del2" / "kopia.txt").write_bytes(
        (paths.SEEDS_DIR / "000_2061872dff862ea4.txt").read_bytes().replace(b"\n", b"\r\n"))
    (folder / ".dold.txt").write_text("Syns inte.")
    return folder


def test_batch_continues_past_a_bad_file(library, batch):
    outcomes = import_paths(library, [batch])
    summary = [(o.path.rsplit("/", 1)[-1], o.status, o.message) for o in outcomes]
    assert summary == [
        ("a_nyhet.txt", "imported", "imported as 1"),
        ("b_trasig.docx", "error",
         "error: damaged or truncated DOCX file (not a readable ZIP archive)"),
        ("c_debatt.docx", "imported", "imported as 2"),
        ("kopia.txt", "duplicate", "duplicate of 1"),  # CRLF copy: same normalized text
    ]
    assert outcomes[2].title == "Örebro svarar"
    assert outcomes[1].doc_id is None and outcomes[3].doc_id == 1
    assert library.count() == 2
    stored = library.get(2)
    assert stored.text == ("Örebro svarar\n\nVi arbetar aktivt med polisen, säger Kenneth "
                           "Nilsson.")
    assert library.original_bytes(1) == (batch / "a_nyhet.txt").read_bytes()


def test_progress_and_cancel(library, batch):
    calls: list[tuple[int, int, str]] = []
    outcomes = import_paths(library, [batch], progress=lambda *args: calls.append(args),
                            cancelled=lambda: len(calls) > 2)
    assert [(done, total) for done, total, _ in calls] == [(0, 4), (1, 4), (2, 4)]
    assert calls[1][2].endswith("a_nyhet.txt")
    assert [o.status for o in outcomes] == ["imported", "error"]
    assert library.count() == 1


def test_import_one_reports_missing_and_oversize_files(library, tmp_path):
    missing = import_one(library, tmp_path / "borta.txt")
    assert missing == ImportOutcome(str(tmp_path / "borta.txt"), "error", None,
                                    "error: file not found")
    big = tmp_path / "stor.txt"
    big.write_bytes(b"Ord. " * 400)
    outcome = import_one(library, big, max_bytes=1000)
    assert (outcome.status, outcome.message) == (
        "error", "error: file is too large (2.0 KB; the limit is 1000 bytes)")
    assert library.count() == 0


def test_import_one_into_a_closed_library_is_an_error_not_a_crash(tmp_path):
    lib = Library(tmp_path / "stängd.sqlite3")
    lib.close()
    path = tmp_path / "a.txt"
    path.write_text("En text.", encoding="utf-8")
    outcome = import_one(lib, path)
    assert outcome.status == "error"
    assert outcome.message.startswith("error: could not store it (")
