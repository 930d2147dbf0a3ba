"""One loader for "a file path or a library id": files are read in memory, ids bring corrections."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library
from desktop_app.core.loading import LoadError, is_library_id, load_view

TEXT = (
    "Ny bro i Umeå\n\n"
    "– Vi har väntat länge på den här bron, säger kommunalrådet Anna Lindqvist (S).\n\n"
    "Enligt Trafikverket blir bron klar 2027."
)


@pytest.fixture
def library(tmp_path: Path):
    lib = Library(tmp_path / "lib.sqlite3")
    yield lib
    lib.close()


def _add(library: Library) -> int:
    meta = Metadata(title="Ny bro i Umeå", language="sv")
    return library.add(ImportedText(TEXT, meta, "txt"), source_name="bro.txt", original=b"").doc_id


def test_a_file_is_analysed_in_memory_and_not_added(tmp_path, library):
    path = tmp_path / "bro.md"
    path.write_text(TEXT, encoding="utf-8")
    view = load_view(str(path), library)
    assert view.document.id is None and view.document.source_name == "bro.md"
    assert view.document.format == "md" and view.document.text.startswith("Ny bro i Umeå")
    assert "Anna Lindqvist" in {a.name for a in view.analysis.actors}
    assert library.count() == 0
    assert load_view(str(path), None).document.text == view.document.text  # no library needed


def test_an_id_brings_the_users_corrections(library):
    doc_id = _add(library)
    plain = load_view(str(doc_id), library)
    quote = next(q for q in plain.analysis.quotes if "väntat" in TEXT[q.start : q.end])
    assert not quote.corrected
    library.add_correction(doc_id, {"op": "add_quote", "start": quote.start, "end": quote.end,
                                    "speaker": "Trafikverket", "kind": "direct"})
    for language in (None, "en"):  # also when the document is analysed afresh in another language
        view = load_view(str(doc_id), library, language=language)
        corrected = next(q for q in view.analysis.quotes if (q.start, q.end) == (quote.start, quote.end))
        assert corrected.corrected and view.analysis.actor(corrected.speaker).name == "Trafikverket"
        assert view.document.id == doc_id and view.document.metadata.language == (language or "sv")


@pytest.mark.parametrize(
    ("target", "reason"),
    [("999", "999: no document with this id in the library"), ("nope.txt", "nope.txt: no such file, and not a library id")],
)
def test_what_cannot_be_loaded_is_one_line(library, target, reason):
    with pytest.raises(LoadError) as error:
        load_view(target, library)
    assert str(error.value) == reason


def test_a_broken_file_names_itself(tmp_path, library):
    path = tmp_path / "tom.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError) as error:
        load_view(str(path), library)
    assert str(error.value).startswith("tom.txt: ") and "\n" not in str(error.value)


def test_a_file_named_like_a_number_is_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert is_library_id("7")
    Path("7").write_text(TEXT, encoding="utf-8")
    assert not is_library_id("7") and load_view("7", None).document.id is None
