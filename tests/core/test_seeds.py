"""A new library starts with the seed texts and their seeds.json metadata, once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.core.document import Metadata
from desktop_app.core.importers import import_file
from desktop_app.core.library import Library
from desktop_app.core.seeds import import_seeds_if_empty

MANIFEST = json.loads((paths.SEEDS_DIR / "seeds.json").read_text(encoding="utf-8"))["documents"]


@pytest.fixture
def lib(data_dir: Path):
    library = Library.open_default()
    yield library
    library.close()


def test_fresh_library_gets_the_seeds_with_their_metadata(lib: Library) -> None:
    ids = import_seeds_if_empty(lib)
    assert len(ids) == len(MANIFEST) == 2
    for doc_id, entry in zip(ids, MANIFEST):
        doc = lib.get(doc_id)
        source = paths.SEEDS_DIR / entry["file"]
        assert doc.metadata == Metadata(
            title=entry["title"], authors=entry["authors"], outlet=entry["outlet"],
            date=entry["date"], genre=entry["genre"], language=entry["language"],
        )
        assert doc.source_name == entry["file"]
        assert doc.text == import_file(source).text
        assert lib.original_bytes(doc_id) == source.read_bytes()
    by_title = {row.title: row.id for row in lib.list_documents()}
    returnees = by_title["Expert: Sverige saknar koll på IS-återvändare"]
    orebro = by_title["Örebro arbetar aktivt mot våldsbejakande extremism"]
    # Both texts mention the words; the one with them in its title ranks first.
    assert lib.search("återvändare") == [returnees, orebro]
    assert lib.search('"våldsbejakande extremism"') == [orebro, returnees]
    assert lib.search("Försvarshögskolan") == [returnees]
    assert lib.get(orebro).metadata.authors[1].startswith("Per-Åke Sörman (C)")


def test_second_call_adds_nothing(lib: Library) -> None:
    first = import_seeds_if_empty(lib)
    assert import_seeds_if_empty(lib) == []
    assert [row.id for row in lib.list_documents()] == first


def test_a_library_the_user_emptied_is_not_reseeded(lib: Library) -> None:
    lib.remove(import_seeds_if_empty(lib))
    assert import_seeds_if_empty(lib) == []
    assert lib.count() == 0


def test_a_library_with_other_documents_is_not_seeded(lib: Library) -> None:
    from desktop_app.core.document import ImportedText

    lib.add(ImportedText("Egen text\n\nMin egen text.", Metadata(), "txt"),
            source_name="egen.txt", original=b"x")
    assert import_seeds_if_empty(lib) == []
    assert lib.count() == 1


def test_missing_or_unreadable_seed_is_skipped(lib: Library, tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(paths.SEEDS_DIR / MANIFEST[1]["file"], folder)
    (folder / "empty.txt").write_bytes(b"")
    entries = [{"file": "gone.txt", "title": "Borta"}, {"file": "empty.txt"}, MANIFEST[1]]
    (folder / "seeds.json").write_text(json.dumps({"documents": entries}), encoding="utf-8")

    ids = import_seeds_if_empty(lib, folder)

    assert [lib.get(doc_id).title for doc_id in ids] == [MANIFEST[1]["title"]]
    assert "gone.txt" in caplog.text
    assert "empty.txt" in caplog.text


def test_broken_seed_list_imports_nothing_and_does_not_raise(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "seeds.json").write_text("{ not json", encoding="utf-8")
    assert import_seeds_if_empty(lib, tmp_path) == []
    assert lib.count() == 0
