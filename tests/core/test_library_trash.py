"""The trash: removed documents stay across restarts until 30 days have passed or it is emptied."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from desktop_app.core.library import TRASH_DAYS, Library, open_library
from tests.core.library_fixtures import FARMING, OREBRO, RETURNEES, add


def _age(path, doc_id: int, days: float) -> None:
    when = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE documents SET removed_at = ? WHERE id = ?", (when, doc_id))


def test_removed_documents_stay_in_the_trash_across_restarts(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        kept, removed = add(lib, RETURNEES, genre="news"), add(lib, OREBRO, outlet="NA")
        lib.add_correction(removed, {"op": "hide_actor", "key": "polisen"})
        assert lib.remove([removed]) == [removed]
    with Library(path) as lib:
        [entry] = lib.trash_entries()
        assert (entry.id, entry.title, entry.outlet) == (removed, "Örebro arbetar aktivt mot våldsbejakande extremism", "NA")
        removed_at = datetime.fromisoformat(entry.removed_at)
        assert datetime.fromisoformat(entry.expires_at) - removed_at == timedelta(days=TRASH_DAYS)
        assert [d.id for d in lib.list_documents()] == [kept] and lib.search("Örebro") == []
        assert lib.restore([removed]) == [removed]
        assert len(lib.list_corrections(removed)) == 1  # everything came back with it
        assert lib.trash_entries() == []


def test_empty_trash_deletes_for_good_what_is_old_enough_or_everything(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        old, recent, kept = add(lib, RETURNEES), add(lib, OREBRO), add(lib, FARMING)
        lib.remove([old, recent])
        _age(path, old, TRASH_DAYS + 1)
        assert lib.empty_trash(older_than_days=TRASH_DAYS) == 1
        assert lib.removed_ids() == [recent]
        assert lib.empty_trash() == 1
        assert lib.removed_ids() == [] and lib.restore([old, recent]) == []
        assert [d.id for d in lib.list_documents()] == [kept]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM originals").fetchone()[0] == 1


def test_opening_the_library_empties_what_passed_thirty_days(data_dir):
    with open_library() as lib:
        first, second = (d.id for d in lib.list_documents())
        lib.remove([first, second])
    _age(data_dir / "library.sqlite3", first, TRASH_DAYS + 0.1)
    with open_library() as lib:
        assert lib.removed_ids() == [second]


def test_thousands_removed_and_restored_at_once_and_their_rows_read_back(tmp_path):
    from desktop_app.core.document import ImportedText, Metadata
    from desktop_app.core.library import Library

    library = Library(tmp_path / "many.sqlite3")
    try:
        ids = [library.add(ImportedText(f"Text {i}.", Metadata(title=f"T {i}"), "txt"), source_name=f"{i}.txt",
                           original=b"x").doc_id for i in range(1200)]
        assert library.remove(ids[::2] + [99999]) == ids[::2]
        assert library.remove(ids[::2]) == []  # in the trash already
        assert [s.id for s in library.summaries(ids)] == ids[1::2]
        assert library.restore(ids) == ids[::2]
        assert [s.id for s in library.summaries(ids[:3])] == ids[:3]
    finally:
        library.close()


def test_thousands_move_in_one_transaction_reporting_each_chunk(tmp_path):
    from desktop_app.core.document import ImportedText, Metadata

    with Library(tmp_path / "library.sqlite3") as lib:
        ids = [lib.add(ImportedText(f"Text {i}.", Metadata(title=f"T {i}"), "txt"), source_name=f"{i}.txt",
                       original=b"x").doc_id for i in range(1200)]
        steps: list[tuple[int, int]] = []
        assert lib.remove(ids, progress=lambda done, total: steps.append((done, total))) == ids
        assert steps == [(500, 1200), (1000, 1200), (1200, 1200)]
        steps.clear()
        assert lib.restore(ids[:10] + [10**6], progress=lambda done, total: steps.append((done, total))) == ids[:10]
        assert steps == [(11, 11)] and lib.count() == 10
